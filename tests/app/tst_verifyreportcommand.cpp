// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `genomedesk verify-report`: the real binary, a CA and signers made by the
// openssl command line for this run, signatures made by `openssl cms -sign`.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestVerifyReportCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GENOMEDESK_BINARY),
                      QStringList{QStringLiteral("verify-report")} + arguments);
        Run result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.status = process.exitStatus();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

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

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool selfSigned(const QString &name, const QString &subject)
    {
        return openssl({QStringLiteral("req"),
                        QStringLiteral("-x509"),
                        QStringLiteral("-newkey"),
                        QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"),
                        QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"),
                        path(name + QStringLiteral(".key")),
                        QStringLiteral("-out"),
                        path(name + QStringLiteral(".pem")),
                        QStringLiteral("-days"),
                        QStringLiteral("30"),
                        QStringLiteral("-subj"),
                        subject});
    }

    bool issuedBy(const QString &name, const QString &ca, const QString &subject)
    {
        return openssl({QStringLiteral("req"),
                        QStringLiteral("-newkey"),
                        QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"),
                        QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"),
                        path(name + QStringLiteral(".key")),
                        QStringLiteral("-out"),
                        path(name + QStringLiteral(".csr")),
                        QStringLiteral("-subj"),
                        subject})
               && openssl({QStringLiteral("x509"),
                           QStringLiteral("-req"),
                           QStringLiteral("-in"),
                           path(name + QStringLiteral(".csr")),
                           QStringLiteral("-CA"),
                           path(ca + QStringLiteral(".pem")),
                           QStringLiteral("-CAkey"),
                           path(ca + QStringLiteral(".key")),
                           QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-days"),
                           QStringLiteral("2"),
                           QStringLiteral("-out"),
                           path(name + QStringLiteral(".pem"))});
    }

    bool sign(const QString &file, const QString &signer, const QString &signature)
    {
        return openssl({QStringLiteral("cms"),
                        QStringLiteral("-sign"),
                        QStringLiteral("-binary"),
                        QStringLiteral("-md"),
                        QStringLiteral("sha256"),
                        QStringLiteral("-in"),
                        file,
                        QStringLiteral("-signer"),
                        path(signer + QStringLiteral(".pem")),
                        QStringLiteral("-inkey"),
                        path(signer + QStringLiteral(".key")),
                        QStringLiteral("-outform"),
                        QStringLiteral("DER"),
                        QStringLiteral("-out"),
                        signature});
    }

    static void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QTemporaryDir m_dir;
    QByteArray m_pdf;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command line tool is not installed (scripts/setup-deps.sh)");
        QVERIFY(selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Test Genetics CA")));
        QVERIFY(issuedBy(QStringLiteral("signer"),
                         QStringLiteral("ca"),
                         QStringLiteral("/CN=Dr. A. Example/O=Genetics Lab Example")));
        QVERIFY(selfSigned(QStringLiteral("otherca"), QStringLiteral("/CN=Unrelated CA")));
        QVERIFY(issuedBy(QStringLiteral("othersigner"),
                         QStringLiteral("otherca"),
                         QStringLiteral("/CN=Dr. Elsewhere")));
        m_pdf = QByteArray("%PDF-1.4\n% GenomeDesk test report\n") + QByteArray(4000, 'x')
                + QByteArray("\n%%EOF\n");
        writeFile(path(QStringLiteral("report.pdf")), m_pdf);
        QVERIFY(sign(path(QStringLiteral("report.pdf")),
                     QStringLiteral("signer"),
                     path(QStringLiteral("report.pdf.p7s"))));
    }

    void validWithDefaultSignaturePath()
    {
        const Run result = run({path(QStringLiteral("report.pdf")),
                                QStringLiteral("--ca"),
                                path(QStringLiteral("ca.pem"))});
        QCOMPARE(result.status, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.startsWith(QLatin1String("VALID")));
        QVERIFY(result.out.contains(QLatin1String("Dr. A. Example")));
        QVERIFY(result.out.contains(QLatin1String("Signed at: ")));
        const QByteArray sha256
                = QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256).toHex();
        QVERIFY(result.out.contains(QString::fromLatin1(sha256)));
        QVERIFY(result.err.isEmpty());
    }

    void changedByte()
    {
        QByteArray changed = m_pdf;
        changed[100] = 'y';
        writeFile(path(QStringLiteral("changed.pdf")), changed);
        const Run result = run({path(QStringLiteral("changed.pdf")),
                                QStringLiteral("--sig"),
                                path(QStringLiteral("report.pdf.p7s")),
                                QStringLiteral("--ca"),
                                path(QStringLiteral("ca.pem"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith(QLatin1String("INVALID (content-changed)")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("changed after it was signed")));
    }

    void unknownSigner_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("ca");
        QTest::newRow("signer of another CA") << "othersigner"
                                              << "ca";
        QTest::newRow("other CA trusted") << "signer"
                                          << "otherca";
    }

    void unknownSigner()
    {
        QFETCH(QString, signer);
        QFETCH(QString, ca);
        const QString signature = path(signer + QStringLiteral(".p7s"));
        QVERIFY(sign(path(QStringLiteral("report.pdf")), signer, signature));
        const Run result = run({path(QStringLiteral("report.pdf")),
                                QStringLiteral("--sig"),
                                signature,
                                QStringLiteral("--ca"),
                                path(ca + QStringLiteral(".pem"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith(QLatin1String("INVALID (unknown-signer)")),
                 qPrintable(result.out));
    }

    void malformedSignature()
    {
        writeFile(path(QStringLiteral("garbage.p7s")), QByteArray("not a signature"));
        const Run result = run({path(QStringLiteral("report.pdf")),
                                QStringLiteral("--sig"),
                                path(QStringLiteral("garbage.p7s")),
                                QStringLiteral("--ca"),
                                path(QStringLiteral("ca.pem"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.startsWith(QLatin1String("INVALID (malformed-signature)")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no --ca") << QStringList{QStringLiteral("REPORT")} << "--ca is required";
        QTest::newRow("no report") << QStringList{QStringLiteral("--ca"), QStringLiteral("CA")}
                                   << "exactly one report";
        QTest::newRow("missing report") << QStringList{QStringLiteral("DIR/missing.pdf"),
                                                       QStringLiteral("--ca"),
                                                       QStringLiteral("CA")}
                                        << "cannot read the report";
        QTest::newRow("missing signature") << QStringList{QStringLiteral("REPORT"),
                                                          QStringLiteral("--sig"),
                                                          QStringLiteral("DIR/missing.p7s"),
                                                          QStringLiteral("--ca"),
                                                          QStringLiteral("CA")}
                                           << "cannot read the signature";
        QTest::newRow("missing CA") << QStringList{QStringLiteral("REPORT"),
                                                   QStringLiteral("--ca"),
                                                   QStringLiteral("DIR/missing.pem")}
                                    << "not found";
        QTest::newRow("CA file without certificate") << QStringList{QStringLiteral("REPORT"),
                                                                    QStringLiteral("--ca"),
                                                                    QStringLiteral("REPORT")}
                                                     << "no X.509 certificate";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        for (QString &argument : arguments) {
            argument.replace(QLatin1String("REPORT"), path(QStringLiteral("report.pdf")));
            argument.replace(QLatin1String("DIR"), m_dir.path());
            if (argument == QLatin1String("CA"))
                argument = path(QStringLiteral("ca.pem"));
        }
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }

    void help()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("--sig")));
        QVERIFY(result.out.contains(QLatin1String("--ca")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyReportCommand)
#include "tst_verifyreportcommand.moc"
