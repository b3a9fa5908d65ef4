// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk verify-report: checks a signed report PDF against its detached CMS signature and
// the hospital's trusted CA, and says why when it does not verify.
#include "commands.h"

#include <core/report/reportsignature.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

/*! A stable, untranslated key for scripts: "content-changed", ... */
QString reasonKey(Core::SignatureVerification::Reason reason)
{
    using Reason = Core::SignatureVerification::Reason;
    switch (reason) {
    case Reason::Valid:
        return QStringLiteral("valid");
    case Reason::ContentChanged:
        return QStringLiteral("content-changed");
    case Reason::UnknownSigner:
        return QStringLiteral("unknown-signer");
    case Reason::CertificateExpired:
        return QStringLiteral("certificate-expired");
    case Reason::CertificateNotYetValid:
        return QStringLiteral("certificate-not-yet-valid");
    case Reason::MalformedSignature:
        return QStringLiteral("malformed-signature");
    }
    return QStringLiteral("unknown");
}

std::optional<QByteArray> readInput(const QString &path, const QString &what)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        usageError(Tr::tr("verify-report: cannot read the %1 %2").arg(what, path));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

int runVerifyReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Checks a signed report PDF against its detached CMS signature and the "
                   "trusted CA certificate(s). Exit code 0: valid; 1: not valid (the reason is "
                   "printed); 2: bad usage or unreadable input."));
    parser.addPositionalArgument(QStringLiteral("report.pdf"), Tr::tr("The signed report."));
    const QCommandLineOption signature(
            QStringLiteral("sig"),
            Tr::tr("The detached signature (DER or PEM); default: the report's name + .p7s."),
            Tr::tr("file"));
    const QCommandLineOption certificate(
            QStringLiteral("ca"),
            Tr::tr("The trusted CA certificate(s), PEM: the issuer of the geneticists' "
                   "certificates, or a signer's own certificate."),
            Tr::tr("file"));
    parser.addOptions({signature, certificate});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(Tr::tr("verify-report: expects exactly one report PDF"));
    // The deployment settings have no trusted-CA key for reports (yet), so the CA is explicit.
    if (!parser.isSet(certificate))
        return usageError(Tr::tr("verify-report: --ca is required"));

    const QString reportPath = files.constFirst();
    const QString signaturePath = parser.isSet(signature) ? parser.value(signature)
                                                          : reportPath + QStringLiteral(".p7s");
    const auto report = readInput(reportPath, Tr::tr("report"));
    if (!report)
        return UsageOrInputError;
    const auto signatureBytes = readInput(signaturePath, Tr::tr("signature"));
    if (!signatureBytes)
        return UsageOrInputError;

    const auto result = Core::ReportSignature::verify(
            *report, *signatureBytes, parser.value(certificate), QDateTime::currentDateTimeUtc());
    if (!result)
        return usageError(result.error().toString());

    QTextStream &out = standardOutput();
    const Core::SignatureVerification &verification = result.value();
    if (verification.valid) {
        out << Tr::tr("VALID: %1").arg(reportPath) << Qt::endl;
    } else {
        out << Tr::tr("INVALID (%1): %2").arg(reasonKey(verification.reason), reportPath)
            << Qt::endl;
    }
    out << Tr::tr("Reason: %1").arg(verification.message) << Qt::endl;
    if (!verification.signer.commonName.isEmpty() || !verification.signer.subject.isEmpty()) {
        out << Tr::tr("Signer: %1").arg(verification.signer.subject) << Qt::endl;
        out << Tr::tr("Certificate SHA-256: %1").arg(verification.signer.certificateSha256)
            << Qt::endl;
    }
    if (verification.signingTime.isValid())
        out << Tr::tr("Signed at: %1").arg(verification.signingTime.toString(Qt::ISODate))
            << Qt::endl;
    out << Tr::tr("Report SHA-256: %1").arg(verification.contentSha256) << Qt::endl;
    out.flush();
    return verification.valid ? Success : Failure;
}

} // namespace App
