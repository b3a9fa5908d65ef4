// SPDX-License-Identifier: GPL-3.0-or-later
// `genomedesk report` from a reviewed and signed case of a case database: the real binary,
// a real SQLite case database made by the case commands, the PDF read back with pdftotext.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_configDirectory; //!< GENOMEDESK_CONFIG_DIRECTORY for the next runs

    Run run(const QStringList &arguments,
            const QString &password = {},
            const QString &newPassword = {},
            const QString &signPassphrase = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("GENOMEDESK_PASSPHRASE"),
                           QStringLiteral("test passphrase 1"));
        environment.remove(QStringLiteral("GENOMEDESK_PASSWORD"));
        environment.remove(QStringLiteral("GENOMEDESK_NEW_PASSWORD"));
        if (!password.isEmpty())
            environment.insert(QStringLiteral("GENOMEDESK_PASSWORD"), password);
        if (!newPassword.isEmpty())
            environment.insert(QStringLiteral("GENOMEDESK_NEW_PASSWORD"), newPassword);
        if (!m_configDirectory.isEmpty())
            environment.insert(QStringLiteral("GENOMEDESK_CONFIG_DIRECTORY"), m_configDirectory);
        else
            environment.insert(QStringLiteral("GENOMEDESK_CONFIG_DIRECTORY"),
                               m_dir.filePath(QStringLiteral("no-config")));
        if (!signPassphrase.isEmpty())
            environment.insert(QStringLiteral("GENOMEDESK_SIGN_PASSPHRASE"), signPassphrase);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GENOMEDESK_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = QString::fromUtf8(process.readAllStandardOutput());
        result.error = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void reportOfASignedCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (scripts/setup-deps.sh installs poppler-utils)");
        const QString db = m_dir.filePath(QStringLiteral("cases.gddb"));
        const QString vcf = m_dir.filePath(QStringLiteral("proband.vcf"));
        QVERIFY(QFile::copy(QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/demo.vcf"), vcf));
        const QString consent
                = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/consent.json");
        QFile identity(m_dir.filePath(QStringLiteral("identity.json")));
        QVERIFY(identity.open(QIODevice::WriteOnly));
        identity.write(R"({"name": "Xaverine Quellmalz", "birthDate": "1977-03-14"})");
        identity.close();

        Run result = run({QStringLiteral("user"),
                          QStringLiteral("add"),
                          QStringLiteral("--db"),
                          db,
                          QStringLiteral("--role"),
                          QStringLiteral("admin"),
                          QStringLiteral("ada")},
                         {},
                         QStringLiteral("ada-password-1"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        result = run({QStringLiteral("user"),
                      QStringLiteral("add"),
                      QStringLiteral("--db"),
                      db,
                      QStringLiteral("--user"),
                      QStringLiteral("ada"),
                      QStringLiteral("--role"),
                      QStringLiteral("geneticist"),
                      QStringLiteral("gina")},
                     QStringLiteral("ada-password-1"),
                     QStringLiteral("gina-password-1"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        result = run({QStringLiteral("case"),         QStringLiteral("create"),
                      QStringLiteral("--db"),         db,
                      QStringLiteral("--user"),       QStringLiteral("gina"),
                      QStringLiteral("--patient"),    QStringLiteral("P0042"),
                      QStringLiteral("--identity"),   identity.fileName(),
                      QStringLiteral("--indication"), QStringLiteral("Cardiomyopathy"),
                      QStringLiteral("--referrer"),   QStringLiteral("Dr. Referrer"),
                      QStringLiteral("--consent"),    consent,
                      QStringLiteral("--file"),       vcf,
                      QStringLiteral("--policy"),     QStringLiteral("acmg-sf-3.2")},
                     QStringLiteral("gina-password-1"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        const QString caseId = result.output.trimmed();
        QCOMPARE(caseId, QStringLiteral("P0042-C1"));
        result = run({QStringLiteral("review"),
                      QStringLiteral("set"),
                      QStringLiteral("--db"),
                      db,
                      QStringLiteral("--user"),
                      QStringLiteral("gina"),
                      caseId,
                      QStringLiteral("13-32340312-G-A"),
                      QStringLiteral("--class"),
                      QStringLiteral("P"),
                      QStringLiteral("--criteria"),
                      QStringLiteral("PVS1,PS4_Moderate,PM2_Supporting"),
                      QStringLiteral("--comment"),
                      QStringLiteral("Nonsense variant, reviewed")},
                     QStringLiteral("gina-password-1"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        for (const QString &step : {QStringLiteral("mark-reviewed"), QStringLiteral("sign")}) {
            result = run({QStringLiteral("case"),
                          step,
                          QStringLiteral("--db"),
                          db,
                          QStringLiteral("--user"),
                          QStringLiteral("gina"),
                          caseId},
                         QStringLiteral("gina-password-1"));
            QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        }

        // The pseudonymous copy: reviewed classification with criteria, signer, no name.
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        result = run({QStringLiteral("report"),
                      QStringLiteral("--db"),
                      db,
                      QStringLiteral("--case"),
                      caseId,
                      QStringLiteral("--policy"),
                      QStringLiteral("acmg-sf-3.2"),
                      QStringLiteral("--out"),
                      pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("P0042")));
        QVERIFY(text.contains(QStringLiteral("BRCA2")));
        QVERIFY(text.contains(QStringLiteral("PVS1, PS4_Moderate, PM2_Supporting")));
        QVERIFY(text.contains(QStringLiteral("Nonsense variant, reviewed")));
        QVERIFY(text.contains(QStringLiteral("Signed by gina")));
        QVERIFY(text.contains(QStringLiteral("Dr. Referrer")));
        QVERIFY(!text.contains(QStringLiteral("Quellmalz")));

        // The clinical copy shows the decrypted identity.
        result = run({QStringLiteral("report"),
                      QStringLiteral("--db"),
                      db,
                      QStringLiteral("--case"),
                      caseId,
                      QStringLiteral("--policy"),
                      QStringLiteral("acmg-sf-3.2"),
                      QStringLiteral("--clinical-copy"),
                      QStringLiteral("--out"),
                      pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Xaverine Quellmalz")));

        // Another policy than the case was evaluated with is refused, naming both.
        result = run({QStringLiteral("report"),
                      QStringLiteral("--db"),
                      db,
                      QStringLiteral("--case"),
                      caseId,
                      QStringLiteral("--policy"),
                      QStringLiteral("acmg-sf-3.3"),
                      QStringLiteral("--out"),
                      pdf});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.error.contains(QStringLiteral("acmg-sf-3.2")), qPrintable(result.error));
    }

    void signedReportVerifies()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("openssl or pdftotext is not installed (scripts/setup-deps.sh)");
        // A test CA and a geneticist's certificate in a PKCS#12 file, made here.
        const QString script
                = QStringLiteral(
                          "set -e; cd '%1';"
                          "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "
                          "-keyout ca.key -out ca.pem -days 30 -subj '/CN=Test Hospital CA' "
                          "2>/dev/null;"
                          "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "
                          "gina.key "
                          "-out gina.csr -subj '/CN=Dr Gina Genetics/O=Test Hospital' 2>/dev/null;"
                          "openssl x509 -req -in gina.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
                          "-days 5 "
                          "-out gina.pem 2>/dev/null;"
                          "openssl pkcs12 -export -inkey gina.key -in gina.pem -certfile ca.pem "
                          "-passout pass:p12-secret -out gina.p12")
                          .arg(m_dir.path());
        QProcess openssl;
        openssl.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        const QString demo = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/");
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        Run result = run({QStringLiteral("report"),
                          demo + QStringLiteral("demo.vcf"),
                          QStringLiteral("--policy"),
                          QStringLiteral("acmg-sf-3.2"),
                          QStringLiteral("--reviews"),
                          demo + QStringLiteral("reviews.json"),
                          QStringLiteral("--sign"),
                          m_dir.filePath(QStringLiteral("gina.p12")),
                          QStringLiteral("--out"),
                          pdf},
                         {},
                         {},
                         QStringLiteral("p12-secret"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        QVERIFY(QFileInfo::exists(pdf + QStringLiteral(".p7s")));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Signed by Dr Gina Genetics")));
        QVERIFY(text.contains(QStringLiteral("SHA-256")));
        QVERIFY(!text.contains(QStringLiteral("not for clinical use")));

        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        result = run({QStringLiteral("verify-report"), pdf, QStringLiteral("--ca"), ca});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output + result.error));
        // One changed byte: invalid, and says why.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        file.seek(0);
        file.write(bytes);
        file.close();
        result = run({QStringLiteral("verify-report"),
                      pdf,
                      QStringLiteral("--sig"),
                      pdf + QStringLiteral(".p7s"),
                      QStringLiteral("--ca"),
                      ca});
        QCOMPARE(result.exitCode, 1);
        // A wrong passphrase is refused with a clear message.
        result = run({QStringLiteral("report"),
                      demo + QStringLiteral("demo.vcf"),
                      QStringLiteral("--sign"),
                      m_dir.filePath(QStringLiteral("gina.p12")),
                      QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.pdf"))},
                     {},
                     {},
                     QStringLiteral("wrong"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void hospitalSettingsNameTheLaboratory()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        m_configDirectory = m_dir.filePath(QStringLiteral("etc"));
        QVERIFY(QDir().mkpath(m_configDirectory));
        QFile config(m_configDirectory + QStringLiteral("/genomedesk.conf"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[lab]\nname=Example University Hospital, Clinical "
                     "Genetics\n[locked]\nkeys=lab/name\n");
        config.close();
        const QString pdf = m_dir.filePath(QStringLiteral("lab.pdf"));
        const QString demo = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/");
        Run result = run({QStringLiteral("report"),
                          demo + QStringLiteral("demo.vcf"),
                          QStringLiteral("--policy"),
                          QStringLiteral("acmg-sf-3.2"),
                          QStringLiteral("--laboratory"),
                          QStringLiteral("Someone else"),
                          QStringLiteral("--out"),
                          pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Example University Hospital, Clinical Genetics")));
        QVERIFY(!text.contains(QStringLiteral("Someone else"))); // locked by IT
        // A broken system file is reported, not ignored (it may hold IT's locks).
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[lab\nname=\x01\n[locked]\nkeys=lab/name,\n");
        config.close();
        result = run({QStringLiteral("report"),
                      demo + QStringLiteral("demo.vcf"),
                      QStringLiteral("--out"),
                      pdf});
        m_configDirectory.clear();
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.error.contains(QStringLiteral("genomedesk.conf")),
                 qPrintable(result.error));
    }

    void exportsAndLanguage()
    {
        const QString out = m_dir.filePath(QStringLiteral("de"));
        QVERIFY(QDir().mkpath(out));
        const QString pdf = out + QStringLiteral("/report.pdf");
        const QString fhir = out + QStringLiteral("/report.fhir.json");
        const QString phenopacket = out + QStringLiteral("/report.phenopacket.json");
        const QString demo = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/");
        const Run result = run({QStringLiteral("report"),
                                demo + QStringLiteral("demo.vcf"),
                                QStringLiteral("--policy"),
                                QStringLiteral("acmg-sf-3.2"),
                                QStringLiteral("--consent"),
                                demo + QStringLiteral("consent.json"),
                                QStringLiteral("--reviews"),
                                demo + QStringLiteral("reviews.json"),
                                QStringLiteral("--lang"),
                                QStringLiteral("de"),
                                QStringLiteral("--out"),
                                pdf,
                                QStringLiteral("--fhir"),
                                fhir,
                                QStringLiteral("--phenopacket"),
                                phenopacket});
        QVERIFY2(result.exitCode == 0, qPrintable(result.error));
        QCOMPARE(result.output.trimmed().split(QLatin1Char('\n')).last(), pdf);
        // The first line counts the findings in the plural forms of the UI language (the
        // report itself is German): "0 primary findings, 6 secondary findings" in English (no
        // indication given: nothing is primary).
        const QString summaryLine = result.output.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(summaryLine.contains(QLatin1String("(de): "))
                         && !summaryLine.contains(QLatin1String("(s)")),
                 qPrintable(summaryLine));
        if (summaryLine.startsWith(QLatin1String("Report "))) {
            QVERIFY2(summaryLine.endsWith(
                             QLatin1String("(de): 0 primary findings, 6 secondary findings")),
                     qPrintable(summaryLine));
        }
        QFile bundle(fhir);
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(bundle.readAll()).object();
        QCOMPARE(root.value(QLatin1String("resourceType")).toString(), QStringLiteral("Bundle"));
        QVERIFY(QFileInfo::exists(phenopacket));
        const Run bad = run({QStringLiteral("report"),
                             demo + QStringLiteral("demo.vcf"),
                             QStringLiteral("--lang"),
                             QStringLiteral("xx"),
                             QStringLiteral("--out"),
                             pdf});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.error.contains(QStringLiteral("de")));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
