// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore and AuditLog on a real PostgreSQL server that the test starts on 127.0.0.1
// (initdb into a temporary directory, as user nobody when run as root). Skipped with a message
// when the server binaries or the Qt QPSQL driver are missing.
#include "reviewfixture.h"

#include <core/review/auditlog.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Core;
using namespace ReviewFixture;

class TestCaseStorePostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void schemaAndReopen();
    void workflow();
    void wrongPassphrase();
    void tampering_data();
    void tampering();
    void dataFilesHoldNoName();

private:
    bool runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr);
    bool execute(const QString &database, const QStringList &statements);
    QString location() const
    {
        return QStringLiteral("postgresql://genomedesk@127.0.0.1:%1/%2")
                .arg(m_port)
                .arg(m_database);
    }
    /*! A store with three users, a patient P1 and its case with three reviews. */
    bool populate(QString *caseId);

    QString m_binaries;
    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_dataDirectory;
    int m_port = 0;
    bool m_started = false;
    QString m_database;
    int m_databaseCounter = 0;
};

bool TestCaseStorePostgres::runTool(const QString &tool,
                                    const QStringList &arguments,
                                    QString *output)
{
    QProcess process;
    QString program = QDir(m_binaries).filePath(tool);
    QStringList all = arguments;
    if (::geteuid() == 0) {
        // PostgreSQL refuses to run as root.
        all.prepend(program);
        all = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")}
              + all;
        program = QStringLiteral("runuser");
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, all);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << tool << "failed:" << text;
        return false;
    }
    return true;
}

bool TestCaseStorePostgres::execute(const QString &database, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase connection
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        connection.setHostName(QStringLiteral("127.0.0.1"));
        connection.setPort(m_port);
        connection.setUserName(QStringLiteral("genomedesk"));
        connection.setDatabaseName(database);
        if (!connection.open()) {
            qWarning() << connection.lastError().text();
            ok = false;
        }
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(connection);
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

void TestCaseStorePostgres::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("The Qt PostgreSQL driver (libqt6sql6-psql) is not installed");
    QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (initdb.isEmpty()) {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                             .entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                        QDir::Name | QDir::Reversed);
        for (const QString &version : versions) {
            const QString candidate
                    = QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version);
            if (QFile::exists(candidate)) {
                initdb = candidate;
                break;
            }
        }
    }
    if (initdb.isEmpty())
        QSKIP("PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql");
    m_binaries = QFileInfo(QFileInfo(initdb).canonicalFilePath()).absolutePath();
    if (!QFile::exists(QDir(m_binaries).filePath(QStringLiteral("pg_ctl"))))
        QSKIP("pg_ctl not found next to initdb");

    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    // The server runs as nobody when the test runs as root: let it into the directory.
    QVERIFY(QFile::setPermissions(m_directory->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::WriteOther
                                          | QFile::ExeOther));
    m_dataDirectory = m_directory->filePath(QStringLiteral("data"));
    QVERIFY(runTool(QStringLiteral("initdb"),
                    {QStringLiteral("-D"),
                     m_dataDirectory,
                     QStringLiteral("-U"),
                     QStringLiteral("genomedesk"),
                     QStringLiteral("-A"),
                     QStringLiteral("trust"),
                     QStringLiteral("-E"),
                     QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C"),
                     QStringLiteral("--no-sync")}));
    for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
        m_port = int(QRandomGenerator::global()->bounded(20000, 60000));
        m_started = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"),
                             m_dataDirectory,
                             QStringLiteral("-l"),
                             m_directory->filePath(QStringLiteral("server.log")),
                             QStringLiteral("-w"),
                             QStringLiteral("-o"),
                             QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1")
                                     .arg(m_port)
                                     .arg(m_directory->path()),
                             QStringLiteral("start")});
    }
    QVERIFY2(m_started, "the PostgreSQL server did not start");
}

void TestCaseStorePostgres::cleanupTestCase()
{
    if (m_started) {
        QVERIFY(runTool(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"),
                         m_dataDirectory,
                         QStringLiteral("-m"),
                         QStringLiteral("fast"),
                         QStringLiteral("-w"),
                         QStringLiteral("stop")}));
    }
}

void TestCaseStorePostgres::init()
{
    m_database = QStringLiteral("cases_%1").arg(++m_databaseCounter);
    QVERIFY(execute(QStringLiteral("postgres"),
                    {QStringLiteral("CREATE DATABASE %1").arg(m_database)}));
}

bool TestCaseStorePostgres::populate(QString *caseId)
{
    auto store = CaseStore::open(location(), passphrase(), fastOptions());
    if (!store) {
        qWarning() << store.error().toString();
        return false;
    }
    Users users;
    if (!addUsers(*store.value(), users))
        return false;
    if (!store.value()->addPatient(users.counsellor,
                                   QStringLiteral("P1"),
                                   {QStringLiteral("Xaverine Quellmalz"), QDate(1977, 3, 14), {}}))
        return false;
    const auto created
            = store.value()->createCase(users.counsellor, caseInput(QStringLiteral("P1")));
    if (!created)
        return false;
    *caseId = created->caseId;
    for (int i = 1; i <= 3; ++i) {
        if (!store.value()->setReview(users.counsellor,
                                      created->caseId,
                                      review(QStringLiteral("1-%1-A-G").arg(i),
                                             Significance::Uncertain,
                                             QStringLiteral("PM2_Supporting"))))
            return false;
    }
    return true; // 8 audit entries
}

void TestCaseStorePostgres::schemaAndReopen()
{
    QString caseId;
    QVERIFY(populate(&caseId));
    auto store = CaseStore::open(location(), passphrase(), fastOptions());
    QVERIFY(store.has_value());
    QCOMPARE(store.value()->schemaVersion(), 1);
    QCOMPARE(store.value()->reviews(caseId)->size(), 3);
    QCOMPARE(store.value()->patient(QStringLiteral("P1"))->identity.name,
             QStringLiteral("Xaverine Quellmalz"));
    const auto verification = AuditLog::verify(location());
    QVERIFY(verification.has_value());
    QVERIFY(verification->intact);
    QCOMPARE(verification->entries, qint64(8));
}

void TestCaseStorePostgres::workflow()
{
    auto opened = CaseStore::open(location(), passphrase(), fastOptions());
    QVERIFY(opened.has_value());
    CaseStore &store = *opened.value();
    QVERIFY(!store.addUser(nullptr, QStringLiteral("carl"), UserRole::Counsellor, kPassword));
    Users users;
    QVERIFY(addUsers(store, users));
    QVERIFY(!store.addUser(&users.counsellor, QStringLiteral("eve"), UserRole::Admin, kPassword));
    QVERIFY(store.authenticate(QStringLiteral("gina"), kPassword).has_value());
    QVERIFY(!store.authenticate(QStringLiteral("gina"), QStringLiteral("wrong password")));

    const QString key = QStringLiteral("6-26092913-G-A");
    QStringList caseIds;
    for (const QString &pseudonym : {QStringLiteral("PA"), QStringLiteral("PB")}) {
        QVERIFY(store.addPatient(users.counsellor, pseudonym, {}));
        const auto created = store.createCase(users.counsellor, caseInput(pseudonym));
        QVERIFY(created.has_value());
        caseIds << created->caseId;
    }
    QVERIFY(store.setReview(
            users.counsellor,
            caseIds[0],
            review(key, Significance::Uncertain, QStringLiteral("PM2_Supporting"))));
    QVERIFY(!store.sign(users.geneticist, caseIds[0])); // not reviewed yet
    QVERIFY(store.markReviewed(users.counsellor, caseIds[0]));
    QVERIFY(!store.sign(users.counsellor, caseIds[0]));
    const auto v1 = store.sign(users.geneticist, caseIds[0]);
    QVERIFY(v1.has_value());
    QCOMPARE(v1->sha256,
             QString::fromLatin1(
                     QCryptographicHash::hash(v1->content, QCryptographicHash::Sha256).toHex()));

    auto change
            = review(key, Significance::LikelyPathogenic, QStringLiteral("PM2_Supporting,PS3,PP1"));
    QVERIFY(!store.setReview(users.geneticist, caseIds[0], change));
    change.changeReason = QStringLiteral("functional study published");
    const auto changed = store.setReview(users.geneticist, caseIds[0], change);
    QVERIFY(changed.has_value());
    QCOMPARE(changed->reportVersion, 2);
    const auto versions = store.reportVersions(caseIds[0]);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(0).content, v1->content);
    QVERIFY(versions->at(0).isSigned);
    QVERIFY(!versions->at(1).isSigned);
    // The signed version is frozen by a trigger.
    QVERIFY(!execute(
            m_database,
            {QStringLiteral("UPDATE report_versions SET content = 'x' WHERE version = 1")}));

    QVERIFY(store.setReview(users.geneticist,
                            caseIds[1],
                            review(key, Significance::Pathogenic, QStringLiteral("PVS1,PS3"))));
    const auto prior = store.priorClassifications(key, caseIds[1]);
    QVERIFY(prior.has_value());
    QCOMPARE(prior->size(), 1);
    QCOMPARE(prior->first().caseId, caseIds[0]);
    QCOMPARE(prior->first().patientPseudonym, QStringLiteral("PA"));
    QCOMPARE(prior->first().classification, Significance::LikelyPathogenic);
    QCOMPARE(prior->first().reviewer, QStringLiteral("gina"));

    const auto exported = store.exportCase(caseIds[0], false);
    QVERIFY(exported.has_value());
    QCOMPARE(exported->value(QStringLiteral("reportVersions")).toArray().size(), 2);
    QVERIFY(store.verifyAudit()->intact);
}

void TestCaseStorePostgres::wrongPassphrase()
{
    {
        auto store = CaseStore::open(location(), passphrase(), fastOptions());
        QVERIFY(store.has_value());
    }
    const auto wrong
            = CaseStore::open(location(), passphrase(QStringLiteral("nope")), fastOptions());
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message().contains(QLatin1String("wrong passphrase")));
}

void TestCaseStorePostgres::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");

    QTest::newRow("edited") << QStringList{QStringLiteral(
            "UPDATE audit_log SET after_state = replace(after_state, 'uncertain', 'benign') WHERE "
            "sequence = 6")} << qint64(6);
    QTest::newRow("deleted") << QStringList{QStringLiteral(
            "DELETE FROM audit_log WHERE sequence = 4")}
                             << qint64(4);
    QTest::newRow("reordered")
            << QStringList{QStringLiteral("UPDATE audit_log SET sequence = -6 WHERE sequence = 6"),
                           QStringLiteral("UPDATE audit_log SET sequence = 6 WHERE sequence = 7"),
                           QStringLiteral("UPDATE audit_log SET sequence = 7 WHERE sequence = -6")}
            << qint64(6);
    QTest::newRow("truncated") << QStringList{QStringLiteral(
            "DELETE FROM audit_log WHERE sequence >= 7")}
                               << qint64(7);
}

void TestCaseStorePostgres::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QString caseId;
    QVERIFY(populate(&caseId));
    QVERIFY(AuditLog::verify(location())->intact);
    // The triggers refuse the change...
    QVERIFY(!execute(m_database, {statements.first()}));
    // ...so the attacker disables them first.
    QVERIFY(execute(m_database,
                    QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")}
                            + statements));
    const auto verification = AuditLog::verify(location());
    QVERIFY(verification.has_value());
    QVERIFY(!verification->intact);
    QCOMPARE(verification->firstBadSequence, firstBad);
}

void TestCaseStorePostgres::dataFilesHoldNoName()
{
    QString caseId;
    QVERIFY(populate(&caseId));
    QVERIFY(execute(m_database, {QStringLiteral("CHECKPOINT")}));
    QByteArray bytes;
    QDirIterator files(m_dataDirectory, QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
            ++count;
        }
    }
    QVERIFY(count > 10);
    QVERIFY(bytes.contains("PM2_Supporting")); // the data is there...
    QVERIFY(!bytes.contains("Quellmalz"));     // ...but not the name
    QVERIFY(!bytes.contains("1977-03-14"));
}

QTEST_GUILESS_MAIN(TestCaseStorePostgres)
#include "tst_casestorepostgres.moc"
