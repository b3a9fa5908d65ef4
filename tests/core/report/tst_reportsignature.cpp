// SPDX-License-Identifier: GPL-3.0-or-later
// Core::ReportSignature with a test CA, signers and PKCS#12 files made by the openssl command
// line for this run (nothing secret is stored in the repository).
#include <core/report/reportsignature.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Core::ReportSignature;
using Core::SignatureVerification;
using Reason = Core::SignatureVerification::Reason;

namespace {

const QString kPassphrase = QStringLiteral("correct horse");

QByteArray samplePdf()
{
    // The signature covers bytes; a small PDF-like file is enough.
    QByteArray bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
    for (int i = 0; i < 200; ++i)
        bytes += "% finding " + QByteArray::number(i) + " HFE c.845G>A p.Cys282Tyr\n";
    bytes += "%%EOF\n";
    return bytes;
}

} // namespace

class TestReportSignature : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool openssl(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                                 << "failed:" << process.readAllStandardError();
            return false;
        }
        if (output)
            *output = process.readAllStandardOutput();
        return true;
    }

    bool newKey(const QString &name)
    {
        return openssl({QStringLiteral("genpkey"),
                        QStringLiteral("-algorithm"),
                        QStringLiteral("EC"),
                        QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"),
                        QStringLiteral("-out"),
                        path(name + QStringLiteral(".key"))});
    }

    bool selfSignedCa(const QString &name, const QString &subject)
    {
        return newKey(name)
               && openssl({QStringLiteral("req"),
                           QStringLiteral("-x509"),
                           QStringLiteral("-new"),
                           QStringLiteral("-key"),
                           path(name + QStringLiteral(".key")),
                           QStringLiteral("-days"),
                           QStringLiteral("30"),
                           QStringLiteral("-subj"),
                           subject,
                           QStringLiteral("-out"),
                           path(name + QStringLiteral(".pem"))});
    }

    bool request(const QString &name, const QString &subject)
    {
        return newKey(name)
               && openssl({QStringLiteral("req"),
                           QStringLiteral("-new"),
                           QStringLiteral("-key"),
                           path(name + QStringLiteral(".key")),
                           QStringLiteral("-subj"),
                           subject,
                           QStringLiteral("-out"),
                           path(name + QStringLiteral(".csr"))});
    }

    /*! A certificate for \a name issued by \a ca with the given validity (openssl ca dates). */
    bool issue(const QString &name,
               const QString &ca,
               const QString &subject,
               const QString &startDate,
               const QString &endDate)
    {
        const QString config = path(ca + QStringLiteral(".cnf"));
        if (!QFile::exists(config)) {
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            const QString directory = path(ca + QStringLiteral("-db"));
            QDir().mkpath(directory);
            QFile(directory + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
            QFile serial(directory + QStringLiteral("/serial"));
            if (!serial.open(QIODevice::WriteOnly))
                return false;
            serial.write("1000\n");
            serial.close();
            file.write(QStringLiteral("[ ca ]\ndefault_ca = test\n[ test ]\n"
                                      "database = %1/index.txt\nnew_certs_dir = %1\n"
                                      "serial = %1/serial\ndefault_md = sha256\n"
                                      "policy = anything\nunique_subject = no\n"
                                      "[ anything ]\ncommonName = supplied\n"
                                      "organizationName = optional\n")
                               .arg(directory)
                               .toUtf8());
        }
        return request(name, subject)
               && openssl({QStringLiteral("ca"),
                           QStringLiteral("-batch"),
                           QStringLiteral("-notext"),
                           QStringLiteral("-config"),
                           config,
                           QStringLiteral("-cert"),
                           path(ca + QStringLiteral(".pem")),
                           QStringLiteral("-keyfile"),
                           path(ca + QStringLiteral(".key")),
                           QStringLiteral("-in"),
                           path(name + QStringLiteral(".csr")),
                           QStringLiteral("-startdate"),
                           startDate,
                           QStringLiteral("-enddate"),
                           endDate,
                           QStringLiteral("-out"),
                           path(name + QStringLiteral(".pem"))});
    }

    bool pkcs12(const QString &name, const QString &ca = {})
    {
        QStringList arguments = {QStringLiteral("pkcs12"),
                                 QStringLiteral("-export"),
                                 QStringLiteral("-inkey"),
                                 path(name + QStringLiteral(".key")),
                                 QStringLiteral("-in"),
                                 path(name + QStringLiteral(".pem")),
                                 QStringLiteral("-passout"),
                                 QStringLiteral("pass:") + kPassphrase,
                                 QStringLiteral("-out"),
                                 path(name + QStringLiteral(".p12"))};
        if (!ca.isEmpty())
            arguments << QStringLiteral("-certfile") << path(ca + QStringLiteral(".pem"));
        return openssl(arguments);
    }

    /*! A signature made by the openssl command line (signing time: now). */
    QByteArray cliSignature(const QString &signer, const QByteArray &content)
    {
        writeFile(path(QStringLiteral("cli-content.pdf")), content);
        const QString output = path(signer + QStringLiteral("-cli.p7s"));
        if (!openssl({QStringLiteral("cms"),
                      QStringLiteral("-sign"),
                      QStringLiteral("-binary"),
                      QStringLiteral("-md"),
                      QStringLiteral("sha256"),
                      QStringLiteral("-in"),
                      path(QStringLiteral("cli-content.pdf")),
                      QStringLiteral("-signer"),
                      path(signer + QStringLiteral(".pem")),
                      QStringLiteral("-inkey"),
                      path(signer + QStringLiteral(".key")),
                      QStringLiteral("-outform"),
                      QStringLiteral("DER"),
                      QStringLiteral("-out"),
                      output}))
            return {};
        return readFile(output);
    }

    static void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QByteArray signWith(const QString &name, const QByteArray &content, const QDateTime &time = {})
    {
        const auto signature = ReportSignature::sign(
                content, path(name + QStringLiteral(".p12")), kPassphrase, time);
        if (!signature) {
            qWarning().noquote() << signature.error().toString();
            return {};
        }
        return signature.value();
    }

    SignatureVerification verify(const QByteArray &content,
                                 const QByteArray &signature,
                                 const QString &ca,
                                 const QDateTime &at = QDateTime::currentDateTimeUtc())
    {
        const auto result = ReportSignature::verify(
                content, signature, path(ca + QStringLiteral(".pem")), at);
        if (!result) {
            qWarning().noquote() << result.error().toString();
            return {};
        }
        return result.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command line tool is not installed (scripts/setup-deps.sh)");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto date = [](const QDateTime &time) {
            return time.toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
        };
        // The hospital CA and its geneticist; an expired and a future certificate of the same
        // CA; a second, unrelated CA with its own signer; a self-signed "other" certificate.
        QVERIFY(selfSignedCa(QStringLiteral("ca"),
                             QStringLiteral("/CN=Test Genetics CA/O=Test Hospital")));
        QVERIFY(issue(QStringLiteral("signer"),
                      QStringLiteral("ca"),
                      QStringLiteral("/CN=Dr. A. Example/O=Genetics Lab Example"),
                      date(now.addDays(-1)),
                      date(now.addDays(2))));
        QVERIFY(pkcs12(QStringLiteral("signer"), QStringLiteral("ca")));
        QVERIFY(issue(QStringLiteral("expired"),
                      QStringLiteral("ca"),
                      QStringLiteral("/CN=Dr. Expired/O=Genetics Lab Example"),
                      QStringLiteral("20200101000000Z"),
                      QStringLiteral("20210101000000Z")));
        QVERIFY(pkcs12(QStringLiteral("expired"), QStringLiteral("ca")));
        QVERIFY(issue(QStringLiteral("future"),
                      QStringLiteral("ca"),
                      QStringLiteral("/CN=Dr. Future/O=Genetics Lab Example"),
                      date(now.addYears(5)),
                      date(now.addYears(6))));
        QVERIFY(selfSignedCa(QStringLiteral("otherca"), QStringLiteral("/CN=Unrelated CA")));
        QVERIFY(issue(QStringLiteral("othersigner"),
                      QStringLiteral("otherca"),
                      QStringLiteral("/CN=Dr. Elsewhere/O=Another Lab"),
                      date(now.addDays(-1)),
                      date(now.addDays(2))));
        QVERIFY(pkcs12(QStringLiteral("othersigner"), QStringLiteral("otherca")));
        QVERIFY(selfSignedCa(QStringLiteral("selfsigned"), QStringLiteral("/CN=Dr. Self")));
        QVERIFY(pkcs12(QStringLiteral("selfsigned")));
    }

    void signerOf()
    {
        const auto signer
                = ReportSignature::signerOf(path(QStringLiteral("signer.p12")), kPassphrase);
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().toString()));
        QCOMPARE(signer->commonName, QStringLiteral("Dr. A. Example"));
        QCOMPARE(signer->organization, QStringLiteral("Genetics Lab Example"));
        QVERIFY(signer->notBefore < QDateTime::currentDateTimeUtc());
        QVERIFY(signer->notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(signer->notAfter <= QDateTime::currentDateTimeUtc().addDays(2));
        // The fingerprint as the openssl command line computes it.
        QByteArray fingerprint;
        QVERIFY(openssl({QStringLiteral("x509"),
                         QStringLiteral("-in"),
                         path(QStringLiteral("signer.pem")),
                         QStringLiteral("-noout"),
                         QStringLiteral("-fingerprint"),
                         QStringLiteral("-sha256")},
                        &fingerprint));
        const QString expected = QString::fromLatin1(fingerprint)
                                         .section(QLatin1Char('='), 1)
                                         .trimmed()
                                         .remove(QLatin1Char(':'))
                                         .toLower();
        QCOMPARE(signer->certificateSha256, expected);
    }

    void wrongPassphrase()
    {
        const auto signer = ReportSignature::signerOf(path(QStringLiteral("signer.p12")),
                                                      QStringLiteral("wrong"));
        QVERIFY(!signer);
        QCOMPARE(signer.error().code(), Core::Error::Code::InvalidArgument);
        QVERIFY2(signer.error().message().contains(QLatin1String("passphrase")),
                 qPrintable(signer.error().message()));
        const auto signature = ReportSignature::sign(
                samplePdf(), path(QStringLiteral("signer.p12")), QStringLiteral("wrong"));
        QVERIFY(!signature);
        QVERIFY(signature.error().message().contains(QLatin1String("passphrase")));
        QCOMPARE(signature.error().file(), path(QStringLiteral("signer.p12")));
    }

    void badInputFiles()
    {
        const auto missing = ReportSignature::sign(
                samplePdf(), path(QStringLiteral("missing.p12")), kPassphrase);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Core::Error::Code::FileNotFound);
        const auto notPkcs12
                = ReportSignature::signerOf(path(QStringLiteral("ca.pem")), kPassphrase);
        QVERIFY(!notPkcs12);
        QCOMPARE(notPkcs12.error().code(), Core::Error::Code::UnsupportedFormat);
        const auto noCa = ReportSignature::verify(samplePdf(),
                                                  QByteArray("x"),
                                                  path(QStringLiteral("missing-ca.pem")),
                                                  QDateTime::currentDateTimeUtc());
        QVERIFY(!noCa);
        QCOMPARE(noCa.error().code(), Core::Error::Code::FileNotFound);
    }

    void validSignature()
    {
        const QByteArray pdf = samplePdf();
        // Not earlier than the CA, which was made a moment ago.
        const QDateTime signingTime = QDateTime::currentDateTimeUtc();
        const QByteArray signature = signWith(QStringLiteral("signer"), pdf, signingTime);
        QVERIFY(!signature.isEmpty());
        const SignatureVerification result = verify(pdf, signature, QStringLiteral("ca"));
        QVERIFY2(result.valid, qPrintable(result.message));
        QCOMPARE(result.reason, Reason::Valid);
        QCOMPARE(result.signer.commonName, QStringLiteral("Dr. A. Example"));
        QCOMPARE(result.signingTime.toSecsSinceEpoch(), signingTime.toSecsSinceEpoch());
        QCOMPARE(result.contentSha256,
                 QString::fromLatin1(
                         QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));

        // Judged at the signing time: still valid after the certificate has expired.
        const SignatureVerification later = verify(
                pdf, signature, QStringLiteral("ca"), QDateTime::currentDateTimeUtc().addYears(3));
        QVERIFY2(later.valid, qPrintable(later.message));

        // Trusting the signer's own certificate (pinned) works too.
        QVERIFY(verify(pdf, signature, QStringLiteral("signer")).valid);
    }

    void interoperatesWithOpenSslCommandLine()
    {
        // Our signature verifies with `openssl cms -verify`, and theirs with ours.
        const QByteArray pdf = samplePdf();
        writeFile(path(QStringLiteral("report.pdf")), pdf);
        writeFile(path(QStringLiteral("report.pdf.p7s")), signWith(QStringLiteral("signer"), pdf));
        QVERIFY(openssl({QStringLiteral("cms"),
                         QStringLiteral("-verify"),
                         QStringLiteral("-binary"),
                         QStringLiteral("-inform"),
                         QStringLiteral("DER"),
                         QStringLiteral("-in"),
                         path(QStringLiteral("report.pdf.p7s")),
                         QStringLiteral("-content"),
                         path(QStringLiteral("report.pdf")),
                         QStringLiteral("-CAfile"),
                         path(QStringLiteral("ca.pem")),
                         QStringLiteral("-purpose"),
                         QStringLiteral("any"),
                         QStringLiteral("-out"),
                         path(QStringLiteral("verified.out"))}));
        const SignatureVerification theirs
                = verify(pdf, cliSignature(QStringLiteral("signer"), pdf), QStringLiteral("ca"));
        QVERIFY2(theirs.valid, qPrintable(theirs.message));

        // PEM signatures are read as well.
        QByteArray pem;
        QVERIFY(openssl({QStringLiteral("cms"),
                         QStringLiteral("-cmsout"),
                         QStringLiteral("-inform"),
                         QStringLiteral("DER"),
                         QStringLiteral("-in"),
                         path(QStringLiteral("report.pdf.p7s")),
                         QStringLiteral("-outform"),
                         QStringLiteral("PEM")},
                        &pem));
        QVERIFY(pem.startsWith("-----BEGIN"));
        QVERIFY(verify(pdf, pem, QStringLiteral("ca")).valid);
    }

    void oneChangedByte_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("first byte") << 0;
        QTest::newRow("middle") << int(samplePdf().size() / 2);
        QTest::newRow("last byte") << int(samplePdf().size() - 1);
    }

    void oneChangedByte()
    {
        QFETCH(int, offset);
        const QByteArray pdf = samplePdf();
        const QByteArray signature = signWith(QStringLiteral("signer"), pdf);
        QByteArray changed = pdf;
        changed[offset] = char(changed.at(offset) ^ 0x01);
        const SignatureVerification result = verify(changed, signature, QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::ContentChanged);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(result.signer.commonName, QStringLiteral("Dr. A. Example"));

        // One byte more (an appended incremental update) is a change too.
        QCOMPARE(verify(pdf + "\n", signature, QStringLiteral("ca")).reason,
                 Reason::ContentChanged);
    }

    void unknownSigner_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("trusted");
        QTest::newRow("self-signed certificate") << "selfsigned"
                                                 << "ca";
        QTest::newRow("signer of another CA") << "othersigner"
                                              << "ca";
        QTest::newRow("our signer, other CA trusted") << "signer"
                                                      << "otherca";
    }

    void unknownSigner()
    {
        QFETCH(QString, signer);
        QFETCH(QString, trusted);
        const QByteArray pdf = samplePdf();
        const QByteArray signature = signWith(signer, pdf);
        QVERIFY(!signature.isEmpty());
        const SignatureVerification result = verify(pdf, signature, trusted);
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::UnknownSigner);
        QVERIFY2(!result.message.isEmpty(), qPrintable(result.message));
    }

    void otherCaVerifiesItsOwnSigner()
    {
        const QByteArray pdf = samplePdf();
        QVERIFY(verify(pdf, signWith(QStringLiteral("othersigner"), pdf), QStringLiteral("otherca"))
                        .valid);
    }

    void expiredCertificate()
    {
        const QByteArray pdf = samplePdf();
        // We refuse to sign with it ...
        const auto refused
                = ReportSignature::sign(pdf, path(QStringLiteral("expired.p12")), kPassphrase);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QLatin1String("expired")),
                 qPrintable(refused.error().message()));
        // ... and a signature made with it anyway (openssl cms) does not verify.
        const QByteArray signature = cliSignature(QStringLiteral("expired"), pdf);
        QVERIFY(!signature.isEmpty());
        const SignatureVerification result = verify(pdf, signature, QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::CertificateExpired);
        QCOMPARE(result.signer.commonName, QStringLiteral("Dr. Expired"));
        QVERIFY(result.message.contains(QLatin1String("Dr. Expired")));
    }

    void notYetValidCertificate()
    {
        const QByteArray pdf = samplePdf();
        const SignatureVerification result
                = verify(pdf, cliSignature(QStringLiteral("future"), pdf), QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::CertificateNotYetValid);
    }

    void signingTimeInTheFuture()
    {
        const QByteArray pdf = samplePdf();
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
        const QByteArray signature = signWith(QStringLiteral("signer"), pdf, tomorrow);
        QVERIFY(!signature.isEmpty());
        const SignatureVerification result = verify(pdf, signature, QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::MalformedSignature);
        // Verified on that day, it is fine.
        QVERIFY(verify(pdf, signature, QStringLiteral("ca"), tomorrow.addSecs(1)).valid);
    }

    void malformedSignature_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("this is not a signature");
        QTest::newRow("PEM garbage")
                << QByteArray("-----BEGIN CMS-----\nAAAA\n-----END CMS-----\n");
    }

    void malformedSignature()
    {
        QFETCH(QByteArray, signature);
        const SignatureVerification result = verify(samplePdf(), signature, QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::MalformedSignature);
    }

    void noSignedAttributes()
    {
        // `openssl cms -sign -noattr`: a valid CMS signature, but without a signing time.
        const QByteArray pdf = samplePdf();
        writeFile(path(QStringLiteral("noattr.pdf")), pdf);
        QVERIFY(openssl({QStringLiteral("cms"),
                         QStringLiteral("-sign"),
                         QStringLiteral("-binary"),
                         QStringLiteral("-noattr"),
                         QStringLiteral("-in"),
                         path(QStringLiteral("noattr.pdf")),
                         QStringLiteral("-signer"),
                         path(QStringLiteral("signer.pem")),
                         QStringLiteral("-inkey"),
                         path(QStringLiteral("signer.key")),
                         QStringLiteral("-outform"),
                         QStringLiteral("DER"),
                         QStringLiteral("-out"),
                         path(QStringLiteral("noattr.p7s"))}));
        const SignatureVerification result
                = verify(pdf, readFile(path(QStringLiteral("noattr.p7s"))), QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::MalformedSignature);
        QVERIFY2(result.message.contains(QLatin1String("signed attributes")),
                 qPrintable(result.message));
    }

    void damagedSignatureValue()
    {
        // The last bytes of the DER are the signature value: changed, the signature no longer
        // verifies with the signer's key although the PDF is unchanged.
        const QByteArray pdf = samplePdf();
        QByteArray signature = signWith(QStringLiteral("signer"), pdf);
        QVERIFY(!signature.isEmpty());
        signature[signature.size() - 3] = char(signature.at(signature.size() - 3) ^ 0x40);
        const SignatureVerification result = verify(pdf, signature, QStringLiteral("ca"));
        QVERIFY(!result.valid);
        QCOMPARE(result.reason, Reason::MalformedSignature);
    }
};

QTEST_GUILESS_MAIN(TestReportSignature)
#include "tst_reportsignature.moc"
