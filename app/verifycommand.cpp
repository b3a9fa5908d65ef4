// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk verify-package: checks an installer against its detached CMS signature and the
// hospital's trusted certificate before it is installed.
#include "commands.h"

#include <core/security/packageverifier.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

} // namespace

int runVerifyPackage(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Checks a package against its detached CMS signature and a trusted "
                   "certificate. Exit code 0: valid; 1: the package did not verify; 2: bad "
                   "usage or unreadable input."));
    const QCommandLineOption package(QStringLiteral("package"),
                                     Tr::tr("The package (.deb, .rpm, .tar.gz, SHA256SUMS)."),
                                     Tr::tr("file"));
    const QCommandLineOption signature(QStringLiteral("signature"),
                                       Tr::tr("Its detached CMS signature (DER or PEM)."),
                                       Tr::tr("file"));
    const QCommandLineOption certificate(
            QStringLiteral("certificate"),
            Tr::tr("The trusted certificate(s), PEM: the signer's or the issuing CA's."),
            Tr::tr("file"));
    parser.addOptions({package, signature, certificate});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        err << QStringLiteral("genomedesk: ")
            << Tr::tr("verify-package: unexpected argument %1")
                        .arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return UsageOrInputError;
    }
    for (const QCommandLineOption &option : {package, signature, certificate}) {
        if (!parser.isSet(option)) {
            err << QStringLiteral("genomedesk: ")
                << Tr::tr("verify-package: --%1 is required").arg(option.names().constFirst())
                << Qt::endl;
            return UsageOrInputError;
        }
    }

    const QString packagePath = parser.value(package);
    const auto result = Core::PackageVerifier::verify(
            packagePath, parser.value(signature), parser.value(certificate));
    if (!result) {
        err << QStringLiteral("genomedesk: ") << result.error().toString() << Qt::endl;
        return UsageOrInputError;
    }
    if (!result->isValid()) {
        err << QStringLiteral("genomedesk: ")
            << Tr::tr("VERIFICATION FAILED for %1: %2. Do not install it.")
                        .arg(packagePath, result->reason)
            << Qt::endl;
        return Failure;
    }
    out << Tr::tr("OK: %1 is signed by %2").arg(packagePath, result->signerSubject) << Qt::endl;
    out << Tr::tr("SHA-256: %1").arg(result->sha256) << Qt::endl;
    return Success;
}

} // namespace App
