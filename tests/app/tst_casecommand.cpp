// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the genomedesk binary: user add, case create/list/show/export,
// review set, case mark-reviewed/sign, audit verify; secrets only from the environment. The
// workflow and the tamper check run on an SQLite file and on a real PostgreSQL server started by
// the test on 127.0.0.1 (skipped with a message only when none can be started).
#include "../core/review/postgresserver.h"
#include "../support/genomedeskprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = QStringLiteral("end-to-end passphrase");

struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

} // namespace

class TestCaseCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeWorkflow_data();
    void wholeWorkflow();
    void badInput();
    void tamperedAuditFails_data();
    void tamperedAuditFails();

private:
    Run run(const QStringList &arguments,
            const QString &password = {},
            const QString &newPassword = {},
            bool withPassphrase = true);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_directory;
    QString m_database;
    ReviewTest::PostgresServer m_server;
    QString m_whyNoServer;
    QString m_postgresDatabase; //!< the URL wholeWorkflow used on PostgreSQL
};

Run TestCaseCommand::run(const QStringList &arguments,
                         const QString &password,
                         const QString &newPassword,
                         bool withPassphrase)
{
    const TestSupport::ProcessRun run = TestSupport::runGenomeDesk(
            arguments,
            TestSupport::genomeDeskEnvironment(
                    withPassphrase ? kPassphrase : QString(), password, newPassword),
            {},
            60000);
    return Run{run.exitCode, QString::fromUtf8(run.output), QString::fromUtf8(run.error)};
}

QString TestCaseCommand::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCaseCommand::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = m_directory.filePath(QStringLiteral("cases.db"));
    if (!m_server.start(&m_whyNoServer))
        qWarning().noquote() << "PostgreSQL runs will be skipped:" << m_whyNoServer;
}

void TestCaseCommand::cleanupTestCase()
{
    m_server.stop();
}

void TestCaseCommand::wholeWorkflow_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestCaseCommand::wholeWorkflow()
{
    QFETCH(bool, postgres);
    QString db = m_database;
    if (postgres) {
        if (!m_server.isStarted())
            QSKIP(qPrintable(m_whyNoServer));
        db = m_postgresDatabase = m_server.createDatabase();
        QVERIFY(!db.isEmpty());
    }
    // Users: the first is an admin added without --user.
    Run result = run({u"user"_s, u"add"_s, u"--db"_s, db, u"--role"_s, u"admin"_s, u"ada"_s},
                     {},
                     u"ada-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    result = run({u"user"_s,
                  u"add"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"ada"_s,
                  u"--role"_s,
                  u"counsellor"_s,
                  u"carl"_s},
                 u"ada-password-1"_s,
                 u"carl-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    result = run({u"user"_s,
                  u"add"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"ada"_s,
                  u"--role"_s,
                  u"geneticist"_s,
                  u"gina"_s},
                 u"ada-password-1"_s,
                 u"gina-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    // A counsellor cannot add users.
    result = run({u"user"_s,
                  u"add"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"carl"_s,
                  u"--role"_s,
                  u"admin"_s,
                  u"eve"_s},
                 u"carl-password-1"_s,
                 u"eve-password-1"_s);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.error.count(QLatin1Char('\n')), 1);

    const QString identity = writeFile(
            QStringLiteral("identity.json"),
            R"({"name": "Xaverine Quellmalz", "birthDate": "1977-03-14", "identifiers": {"mrn": "MRN-77"}})");
    const QString consent
            = writeFile(QStringLiteral("consent.json"), R"({"actionable-adult-onset": true})");
    const QString vcf = writeFile(QStringLiteral("proband.vcf"), "##fileformat=VCFv4.2\n");
    result = run({u"case"_s,
                  u"create"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"carl"_s,
                  u"--patient"_s,
                  u"P0001"_s,
                  u"--identity"_s,
                  identity,
                  u"--indication"_s,
                  u"Cardiomyopathy"_s,
                  u"--referrer"_s,
                  u"Dr. Who"_s,
                  u"--consent"_s,
                  consent,
                  u"--file"_s,
                  vcf,
                  u"--policy"_s,
                  u"acmg-sf-3.2"_s,
                  u"--cache-version"_s,
                  u"gnomAD=v4.1"_s,
                  u"--kb-version"_s,
                  u"ClinVar 2025-01"_s},
                 u"carl-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    QCOMPARE(result.output.trimmed(), QStringLiteral("P0001-C1"));

    result = run({u"review"_s,
                  u"set"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"carl"_s,
                  u"P0001-C1"_s,
                  u"6-26092913-G-A"_s,
                  u"--class"_s,
                  u"LP"_s,
                  u"--criteria"_s,
                  u"PVS1,PM2_Supporting"_s,
                  u"--evidence"_s,
                  u"PVS1=stop_gained, NMD predicted"_s,
                  u"--comment"_s,
                  u"first look"_s,
                  u"--accept-suggestion"_s,
                  u"PVS1"_s,
                  u"--reject-suggestion"_s,
                  u"BS1=local founder allele, not benign"_s},
                 u"carl-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    QVERIFY2(result.output.contains(QLatin1String("likely pathogenic")), qPrintable(result.output));
    QVERIFY2(result.output.contains(QLatin1String("9 point")), qPrintable(result.output));

    // A counsellor cannot sign; the case must be reviewed first anyway.
    result = run(
            {u"case"_s, u"mark-reviewed"_s, u"--db"_s, db, u"--user"_s, u"carl"_s, u"P0001-C1"_s},
            u"carl-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    result = run({u"case"_s, u"sign"_s, u"--db"_s, db, u"--user"_s, u"carl"_s, u"P0001-C1"_s},
                 u"carl-password-1"_s);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.error.contains(QLatin1String("geneticist")));
    result = run({u"case"_s, u"sign"_s, u"--db"_s, db, u"--user"_s, u"gina"_s, u"P0001-C1"_s},
                 u"gina-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    QVERIFY(result.output.contains(QLatin1String("signed by gina")));

    // A change after signing needs a reason and opens version 2.
    result = run({u"review"_s,
                  u"set"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"gina"_s,
                  u"P0001-C1"_s,
                  u"6-26092913-G-A"_s,
                  u"--class"_s,
                  u"P"_s,
                  u"--criteria"_s,
                  u"PVS1,PS3,PM2_Supporting"_s},
                 u"gina-password-1"_s);
    QCOMPARE(result.exitCode, 2);
    result = run({u"review"_s,
                  u"set"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"gina"_s,
                  u"P0001-C1"_s,
                  u"6-26092913-G-A"_s,
                  u"--class"_s,
                  u"P"_s,
                  u"--criteria"_s,
                  u"PVS1,PS3,PM2_Supporting"_s,
                  u"--reason"_s,
                  u"functional study"_s,
                  u"--final"_s},
                 u"gina-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    QVERIFY(result.output.contains(QLatin1String("report version 2")));

    // A second case of another patient with the same variant shows the earlier one.
    const QString identity2
            = writeFile(QStringLiteral("identity2.json"), R"({"name": "Other Person"})");
    result = run({u"case"_s,
                  u"create"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"carl"_s,
                  u"--patient"_s,
                  u"P0002"_s,
                  u"--identity"_s,
                  identity2},
                 u"carl-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    result = run({u"review"_s,
                  u"set"_s,
                  u"--db"_s,
                  db,
                  u"--user"_s,
                  u"carl"_s,
                  u"P0002-C1"_s,
                  u"6-26092913-G-A"_s,
                  u"--class"_s,
                  u"VUS"_s},
                 u"carl-password-1"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));

    result = run({u"case"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.output.contains(QLatin1String("P0001-C1\tP0001\tdraft\t2")));
    QVERIFY(result.output.contains(QLatin1String("P0002-C1\tP0002\tdraft\t1")));
    QVERIFY(!result.output.contains(QLatin1String("Quellmalz")));

    result = run({u"case"_s, u"show"_s, u"--db"_s, db, u"P0002-C1"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.output.contains(
                     QLatin1String("Also classified in case P0001-C1 (patient P0001): pathogenic")),
             qPrintable(result.output));
    QVERIFY(!result.output.contains(QLatin1String("Quellmalz")));
    result = run({u"case"_s, u"show"_s, u"--db"_s, db, u"P0001-C1"_s});
    QVERIFY(result.output.contains(QLatin1String("acmg-sf-3.2")));
    QVERIFY2(result.output.contains(QLatin1String("Suggestion BS1 rejected by carl on ")),
             qPrintable(result.output));
    QVERIFY(result.output.contains(QLatin1String(": local founder allele, not benign")));
    QVERIFY(result.output.contains(QLatin1String("Suggestion PVS1 accepted by carl")));
    QVERIFY(result.output.contains(QLatin1String("1: signed by gina")));
    QVERIFY(result.output.contains(QLatin1String("2: open (functional study)")));

    const QString exported = m_directory.filePath(QStringLiteral("case.json"));
    result = run({u"case"_s, u"export"_s, u"--db"_s, db, u"P0001-C1"_s, u"--out"_s, exported});
    QCOMPARE(result.exitCode, 0);
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    const QByteArray json = exportFile.readAll();
    QVERIFY(!json.contains("Quellmalz"));
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QLatin1String("caseId")).toString(), QStringLiteral("P0001-C1"));
    QCOMPARE(object.value(QLatin1String("reportVersions")).toArray().size(), 2);
    const QJsonObject firstReview
            = object.value(QLatin1String("reviews")).toArray().at(0).toObject();
    QCOMPARE(firstReview.value(QLatin1String("classification")).toString(),
             QStringLiteral("pathogenic"));
    QCOMPARE(firstReview.value(QLatin1String("suggestions")).toArray().size(), 2);
    result = run({u"case"_s, u"export"_s, u"--db"_s, db, u"P0001-C1"_s, u"--identified"_s});
    QVERIFY(result.output.contains(QLatin1String("Xaverine Quellmalz")));

    result = run({u"audit"_s, u"verify"_s, u"--db"_s, db}, {}, {}, false);
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    QVERIFY(result.output.contains(QLatin1String("intact")));
    QVERIFY2(result.output.contains(QLatin1String("keyed check skipped")),
             qPrintable(result.output));
    // With the key (GENOMEDESK_PASSPHRASE) the HMACs are checked too.
    result = run({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.error));
    QVERIFY2(result.output.contains(QLatin1String("keyed check (HMAC) passed for entries from 1")),
             qPrintable(result.output));
}

void TestCaseCommand::badInput()
{
    const QString db = m_directory.filePath(QStringLiteral("bad.db"));
    struct Case
    {
        QStringList arguments;
        bool withPassphrase;
    };
    const QList<Case> cases = {
            {{u"case"_s, u"frobnicate"_s}, true},
            {{u"case"_s, u"list"_s}, true},                 // no --db
            {{u"case"_s, u"list"_s, u"--db"_s, db}, false}, // no passphrase
            {{u"user"_s, u"add"_s, u"--db"_s, db, u"--role"_s, u"king"_s, u"x"_s},
             true}, // bad role
            {{u"review"_s,
              u"set"_s,
              u"--db"_s,
              db,
              u"--user"_s,
              u"x"_s,
              u"C"_s,
              u"chr6:1"_s,
              u"--class"_s,
              u"LP"_s},
             true},
            {{u"review"_s,
              u"set"_s,
              u"--db"_s,
              db,
              u"--user"_s,
              u"x"_s,
              u"C"_s,
              u"6-1-G-A"_s,
              u"--class"_s,
              u"XX"_s},
             true},
            {{u"review"_s,
              u"set"_s,
              u"--db"_s,
              db,
              u"--user"_s,
              u"x"_s,
              u"C"_s,
              u"6-1-G-A"_s,
              u"--class"_s,
              u"LP"_s,
              u"--criteria"_s,
              u"PP5"_s},
             true},
            {{u"review"_s,
              u"set"_s,
              u"--db"_s,
              db,
              u"--user"_s,
              u"x"_s,
              u"C"_s,
              u"6-1-G-A"_s,
              u"--class"_s,
              u"LP"_s,
              u"--criteria"_s,
              u"PM2_Weak"_s},
             true},
            {{u"audit"_s,
              u"verify"_s,
              u"--db"_s,
              m_directory.filePath(QStringLiteral("missing.db"))},
             true},
    };
    for (const Case &entry : cases) {
        const Run result = run(entry.arguments,
                               QStringLiteral("some-password"),
                               QStringLiteral("some-password"),
                               entry.withPassphrase);
        QVERIFY2(result.exitCode == 2,
                 qPrintable(entry.arguments.join(u' ') + QStringLiteral(": ") + result.error));
        QVERIFY2(result.error.count(QLatin1Char('\n')) == 1,
                 qPrintable(entry.arguments.join(u' ') + QStringLiteral(": ") + result.error));
        QVERIFY(result.error.startsWith(QLatin1String("genomedesk: ")));
    }
    // A wrong passphrase on an existing database is refused clearly.
    Run created = run({u"user"_s, u"add"_s, u"--db"_s, db, u"--role"_s, u"admin"_s, u"ada"_s},
                      {},
                      u"ada-password-1"_s);
    QCOMPARE(created.exitCode, 0);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("GENOMEDESK_PASSPHRASE"), QStringLiteral("not it"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GENOMEDESK_BINARY), {u"case"_s, u"list"_s, u"--db"_s, db});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QLatin1String("wrong passphrase")));
}

void TestCaseCommand::tamperedAuditFails_data()
{
    wholeWorkflow_data();
}

void TestCaseCommand::tamperedAuditFails()
{
    // Runs after wholeWorkflow: edit one entry behind the triggers' back.
    QFETCH(bool, postgres);
    if (postgres && m_postgresDatabase.isEmpty())
        QSKIP("no PostgreSQL database from wholeWorkflow");
    const QString db = postgres ? m_postgresDatabase : m_database;
    QVERIFY(ReviewTest::rawExecute(
            db,
            {postgres ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")
                      : QStringLiteral("DROP TRIGGER audit_log_no_update"),
             QStringLiteral("UPDATE audit_log SET actor = 'gina' WHERE sequence = 6")}));
    const Run result = run({u"audit"_s, u"verify"_s, u"--db"_s, db}, {}, {}, false);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.error.contains(QLatin1String("entry 6")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestCaseCommand)
#include "tst_casecommand.moc"
