// SPDX-License-Identifier: GPL-3.0-or-later
// Core::PackageVerifier against real CMS signatures made by the openssl command line with keys
// and certificates generated for this run (nothing secret is stored in the repository).
#include <core/security/packageverifier.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Core::PackageVerification;
using Core::PackageVerifier;

class TestPackageVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                                 << "failed:" << process.readAllStandardError();
            return false;
        }
        return true;
    }

    bool selfSigned(const QString &name, const QString &algorithm, const QString &subject)
    {
        QStringList arguments = {QStringLiteral("req"),
                                 QStringLiteral("-x509"),
                                 QStringLiteral("-newkey"),
                                 algorithm};
        if (algorithm == QLatin1String("ec"))
            arguments << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:P-256");
        arguments << QStringLiteral("-nodes") << QStringLiteral("-keyout")
                  << path(name + QStringLiteral(".key")) << QStringLiteral("-out")
                  << path(name + QStringLiteral(".pem")) << QStringLiteral("-days")
                  << QStringLiteral("2") << QStringLiteral("-subj") << subject;
        return openssl(arguments);
    }

    bool sign(const QString &file,
              const QString &signer,
              const QString &signature,
              const QStringList &extra = {})
    {
        return openssl(QStringList{QStringLiteral("cms"),
                                   QStringLiteral("-sign"),
                                   QStringLiteral("-binary"),
                                   QStringLiteral("-in"),
                                   file,
                                   QStringLiteral("-signer"),
                                   path(signer + QStringLiteral(".pem")),
                                   QStringLiteral("-inkey"),
                                   path(signer + QStringLiteral(".key")),
                                   QStringLiteral("-out"),
                                   signature}
                       + extra);
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command line tool is not installed (scripts/setup-deps.sh)");
        // A hospital CA, a release signer issued by it, a self-signed RSA signer ("rsa"), an
        // unrelated signer. OpenSSL 3.0 cannot make Ed25519 CMS signatures, so none is tested.
        QVERIFY(selfSigned(QStringLiteral("ca"),
                           QStringLiteral("ec"),
                           QStringLiteral("/CN=Test Hospital CA")));
        QVERIFY(openssl({QStringLiteral("req"),
                         QStringLiteral("-newkey"),
                         QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"),
                         path(QStringLiteral("signer.key")),
                         QStringLiteral("-out"),
                         path(QStringLiteral("signer.csr")),
                         QStringLiteral("-subj"),
                         QStringLiteral("/CN=GenomeDesk Release Signing")}));
        QVERIFY(openssl({QStringLiteral("x509"),
                         QStringLiteral("-req"),
                         QStringLiteral("-in"),
                         path(QStringLiteral("signer.csr")),
                         QStringLiteral("-CA"),
                         path(QStringLiteral("ca.pem")),
                         QStringLiteral("-CAkey"),
                         path(QStringLiteral("ca.key")),
                         QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-days"),
                         QStringLiteral("2"),
                         QStringLiteral("-out"),
                         path(QStringLiteral("signer.pem"))}));
        QVERIFY(selfSigned(QStringLiteral("rsa"),
                           QStringLiteral("rsa:2048"),
                           QStringLiteral("/CN=RSA Signer")));
        QVERIFY(selfSigned(
                QStringLiteral("other"), QStringLiteral("ec"), QStringLiteral("/CN=Someone Else")));

        // A 3 MiB "package": larger than one read block of the verifier.
        QByteArray package(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(package.data()), package.size() / 4);
        writeFile(path(QStringLiteral("genomedesk.deb")), package);
        writeFile(path(QStringLiteral("another.deb")), QByteArray("another package"));

        const QString deb = path(QStringLiteral("genomedesk.deb"));
        QVERIFY(sign(deb,
                     QStringLiteral("signer"),
                     path(QStringLiteral("signer.sig")),
                     {QStringLiteral("-outform"), QStringLiteral("DER")}));
        QVERIFY(sign(deb,
                     QStringLiteral("signer"),
                     path(QStringLiteral("signer-pem.sig")),
                     {QStringLiteral("-outform"), QStringLiteral("PEM")}));
        QVERIFY(sign(
                deb,
                QStringLiteral("signer"),
                path(QStringLiteral("signer-nocerts.sig")),
                {QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-nocerts")}));
        QVERIFY(sign(deb,
                     QStringLiteral("rsa"),
                     path(QStringLiteral("rsa.sig")),
                     {QStringLiteral("-outform"), QStringLiteral("DER")}));
        QVERIFY(sign(path(QStringLiteral("another.deb")),
                     QStringLiteral("signer"),
                     path(QStringLiteral("another.sig")),
                     {QStringLiteral("-outform"), QStringLiteral("DER")}));

        QByteArray tampered = package;
        tampered[1000] = char(tampered.at(1000) ^ 0x01);
        writeFile(path(QStringLiteral("tampered.deb")), tampered);
        writeFile(path(QStringLiteral("truncated.deb")), package.left(package.size() - 1));
        writeFile(path(QStringLiteral("appended.deb")), package + QByteArray("\n"));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<int>("status");

        const int valid = int(PackageVerification::Status::Valid);
        const int mismatch = int(PackageVerification::Status::ContentMismatch);
        const int untrusted = int(PackageVerification::Status::UntrustedSigner);
        QTest::newRow("valid, issuing CA trusted") << "genomedesk.deb"
                                                   << "signer.sig"
                                                   << "ca.pem" << valid;
        QTest::newRow("valid, signer certificate pinned") << "genomedesk.deb"
                                                          << "signer.sig"
                                                          << "signer.pem" << valid;
        QTest::newRow("valid, PEM signature") << "genomedesk.deb"
                                              << "signer-pem.sig"
                                              << "ca.pem" << valid;
        QTest::newRow("valid, signature without certificates, signer pinned")
                << "genomedesk.deb"
                << "signer-nocerts.sig"
                << "signer.pem" << valid;
        QTest::newRow("valid, RSA signer") << "genomedesk.deb"
                                           << "rsa.sig"
                                           << "rsa.pem" << valid;
        QTest::newRow("tampered: one bit flipped") << "tampered.deb"
                                                   << "signer.sig"
                                                   << "ca.pem" << mismatch;
        QTest::newRow("tampered: truncated") << "truncated.deb"
                                             << "signer.sig"
                                             << "ca.pem" << mismatch;
        QTest::newRow("tampered: byte appended") << "appended.deb"
                                                 << "signer.sig"
                                                 << "ca.pem" << mismatch;
        QTest::newRow("signature of another file") << "genomedesk.deb"
                                                   << "another.sig"
                                                   << "ca.pem" << mismatch;
        QTest::newRow("signer not trusted") << "genomedesk.deb"
                                            << "signer.sig"
                                            << "other.pem" << untrusted;
        QTest::newRow("RSA signer, CA trusted instead") << "genomedesk.deb"
                                                        << "rsa.sig"
                                                        << "ca.pem" << untrusted;
        QTest::newRow("no certificates in signature, CA only") << "genomedesk.deb"
                                                               << "signer-nocerts.sig"
                                                               << "ca.pem" << untrusted;
    }

    void verify()
    {
        QFETCH(QString, package);
        QFETCH(QString, signature);
        QFETCH(QString, certificate);
        QFETCH(int, status);
        const auto result
                = PackageVerifier::verify(path(package), path(signature), path(certificate));
        QVERIFY2(result.has_value(),
                 qPrintable(result.has_value() ? QString() : result.error().toString()));
        QCOMPARE(int(result->status), status);
        QCOMPARE(result->isValid(), status == int(PackageVerification::Status::Valid));
        QCOMPARE(result->reason.isEmpty(), result->isValid());
        const QByteArray expected
                = QCryptographicHash::hash(readFile(path(package)), QCryptographicHash::Sha256)
                          .toHex();
        QCOMPARE(result->sha256.toLatin1(), expected);
        if (result->isValid())
            QVERIFY(result->signerSubject.startsWith(QLatin1String("CN=")));
        if (status == int(PackageVerification::Status::ContentMismatch))
            QVERIFY(result->reason.contains(QLatin1String("changed after signing")));
    }

    void inputErrors_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<int>("code");
        const int notFound = int(Core::Error::Code::FileNotFound);
        const int unsupported = int(Core::Error::Code::UnsupportedFormat);
        QTest::newRow("missing package") << "missing.deb"
                                         << "signer.sig"
                                         << "ca.pem" << notFound;
        QTest::newRow("missing signature") << "genomedesk.deb"
                                           << "missing.sig"
                                           << "ca.pem" << notFound;
        QTest::newRow("missing certificate") << "genomedesk.deb"
                                             << "signer.sig"
                                             << "missing.pem" << notFound;
        QTest::newRow("signature is not CMS") << "genomedesk.deb"
                                              << "another.deb"
                                              << "ca.pem" << unsupported;
        QTest::newRow("certificate file holds a key") << "genomedesk.deb"
                                                      << "signer.sig"
                                                      << "ca.key" << unsupported;
    }

    void inputErrors()
    {
        QFETCH(QString, package);
        QFETCH(QString, signature);
        QFETCH(QString, certificate);
        QFETCH(int, code);
        const auto result
                = PackageVerifier::verify(path(package), path(signature), path(certificate));
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().code()), code);
        QVERIFY(!result.error().message().isEmpty());
    }

    void sha256OfEmptyFile()
    {
        writeFile(path(QStringLiteral("empty")), QByteArray());
        const auto digest = PackageVerifier::sha256(path(QStringLiteral("empty")));
        QVERIFY(digest.has_value());
        QCOMPARE(
                digest.value(),
                QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_GUILESS_MAIN(TestPackageVerifier)
#include "tst_packageverifier.moc"
