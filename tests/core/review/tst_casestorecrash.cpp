// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of CaseStore: a child process (genomedesk review write-loop) writes reviews and
// prints "ack KEY" after each write returned; it is killed with SIGKILL at random moments 50
// times on SQLite (20 times on a real PostgreSQL server started by the test, skipped with a
// message only when none can be started). Afterwards the SQLite file passes PRAGMA
// integrity_check, every acknowledged review is present, and the audit log chain is intact.
#include "postgresserver.h"
#include "reviewfixture.h"

#include <core/review/auditlog.h>
#include <core/review/fieldcipher.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <signal.h>

using namespace Core;
using namespace ReviewFixture;

class TestCaseStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedWriterLosesNothingAcknowledged_data();
    void killedWriterLosesNothingAcknowledged();

private:
    ReviewTest::PostgresServer m_server;
    QString m_whyNoServer;
};

void TestCaseStoreCrash::initTestCase()
{
    if (!m_server.start(&m_whyNoServer))
        qWarning().noquote() << "the PostgreSQL run will be skipped:" << m_whyNoServer;
}

void TestCaseStoreCrash::cleanupTestCase()
{
    m_server.stop();
}

void TestCaseStoreCrash::killedWriterLosesNothingAcknowledged_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("kills");
    QTest::newRow("sqlite") << false << 50;
    QTest::newRow("postgresql") << true << 20;
}

void TestCaseStoreCrash::killedWriterLosesNothingAcknowledged()
{
    QFETCH(bool, postgres);
    QFETCH(int, kills);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QString path = directory.filePath(QStringLiteral("cases.db"));
    if (postgres) {
        if (!m_server.isStarted())
            QSKIP(qPrintable(m_whyNoServer));
        path = m_server.createDatabase();
        QVERIFY(!path.isEmpty());
    }
    const QString keyFile = directory.filePath(QStringLiteral("case.key"));
    QVERIFY(FieldCipher::writeKeyFile(keyFile).has_value());
    CaseStore::KeySource key;
    key.keyFile = keyFile;
    QString caseId;
    {
        auto store = CaseStore::open(path, key, fastOptions());
        QVERIFY(store.has_value());
        Users users;
        QVERIFY(addUsers(*store.value(), users));
        QVERIFY(store.value()->addPatient(users.counsellor, QStringLiteral("PK9"), {}));
        const auto created
                = store.value()->createCase(users.counsellor, caseInput(QStringLiteral("PK9")));
        QVERIFY(created.has_value());
        caseId = created->caseId;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("GENOMEDESK_PASSWORD"), kPassword);
    environment.remove(QStringLiteral("GENOMEDESK_PASSPHRASE"));

    QSet<QString> acknowledged;
    int killedWhileWriting = 0;
    QElapsedTimer timer;
    timer.start();
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.setProcessEnvironment(environment);
        writer.start(QStringLiteral(GENOMEDESK_BINARY),
                     {QStringLiteral("review"),
                      QStringLiteral("write-loop"),
                      QStringLiteral("--db"),
                      path,
                      QStringLiteral("--key-file"),
                      keyFile,
                      QStringLiteral("--user"),
                      QStringLiteral("carl"),
                      QStringLiteral("--start"),
                      QString::number(round * 1000000),
                      caseId});
        QVERIFY(writer.waitForStarted(10000));
        // Kill at a random moment after the writer is up: sometimes right after its first
        // acknowledged write, sometimes a while later, mostly in the middle of a transaction.
        QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
        QTest::qWait(int(random->bounded(0, 120)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QStringList lines
                = QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'));
        // The last line may be cut off by the kill: only complete lines count as acknowledged.
        for (int i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(QLatin1String("ack ")), qPrintable(lines.at(i)));
            acknowledged.insert(lines.at(i).mid(4));
        }
        if (lines.size() > 1)
            ++killedWhileWriting;
    }
    qInfo("%d kills in %lld ms, %lld acknowledged reviews",
          kills,
          timer.elapsed(),
          qint64(acknowledged.size()));
    QVERIFY(killedWhileWriting >= kills * 9 / 10);
    QVERIFY(acknowledged.size() >= kills);

    // The file is sound (PostgreSQL: the server rolled the killed client's transaction back;
    // what is left is checked through the store below).
    if (!postgres) {
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // Every acknowledged review is there, whole.
    auto store = CaseStore::open(path, key, fastOptions());
    QVERIFY(store.has_value());
    const auto reviews = store.value()->reviews(caseId);
    QVERIFY(reviews.has_value());
    QSet<QString> present;
    for (const VariantReview &review : reviews.value()) {
        present.insert(review.variantKey);
        QCOMPARE(review.criteria.codes(), QStringLiteral("PM2_Supporting"));
        QVERIFY(review.comment.startsWith(QLatin1String("write loop")));
    }
    for (const QString &variant : std::as_const(acknowledged))
        QVERIFY2(present.contains(variant), qPrintable(variant));
    // Every stored review (acknowledged or not) has its audit entry, and the chain holds.
    const auto verification = AuditLog::verify(path);
    QVERIFY(verification.has_value());
    QVERIFY2(verification->intact, qPrintable(verification->problem));
    const auto entries = store.value()->auditEntries();
    int reviewEntries = 0;
    for (const AuditEntry &entry : entries.value()) {
        if (entry.action == QLatin1String("review.set"))
            ++reviewEntries;
    }
    QCOMPARE(reviewEntries, int(reviews->size()));
}

QTEST_GUILESS_MAIN(TestCaseStoreCrash)
#include "tst_casestorecrash.moc"
