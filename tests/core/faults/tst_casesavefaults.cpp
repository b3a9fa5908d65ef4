// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection on the case database, end to end through the genomedesk executable: a disk
// that fills up while a review is saved (RLIMIT_FSIZE in the child, SIGXFSZ ignored so that
// write() fails with EFBIG), a read-only case database, and a case database locked by another
// process. Each must end with one clear error line that names the database file, and what was
// saved before (cases, reviews, the audit chain) must be intact and still verify.
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../../support/genomedeskprocess.h"

using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = QStringLiteral("fault injection passphrase");
const QString kPassword = QStringLiteral("carl-password-1");

struct Run
{
    int exitCode = -1;
    QString output;
    QString error;
};

QByteArray digest(const QString &path)
{
    return TestSupport::sha256HexOfFile(path);
}

} // namespace

class TestCaseSaveFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diskFullDuringReviewSave();
    void readOnlyCaseDatabase();
    void caseDatabaseLockedByAnotherProcess();

private:
    /*! Runs genomedesk; \a fileSizeLimit > 0 caps every file it writes; \a asNobody drops root. */
    static Run run(const QStringList &arguments,
                   const QString &password = {},
                   const QString &newPassword = {},
                   qint64 fileSizeLimit = 0,
                   bool asNobody = false);
    /*! A fresh case database in \a directory with users ada (admin), carl and case P0001-C1. */
    QString prepareDatabase(const QString &directory);
    QStringList reviewArguments(const QString &database, const QString &comment) const;
    /*! What `case show` and `audit verify` say: the saved state as a user sees it. */
    QString savedState(const QString &database) const;

    QTemporaryDir m_directory;
};

Run TestCaseSaveFaults::run(const QStringList &arguments,
                            const QString &password,
                            const QString &newPassword,
                            qint64 fileSizeLimit,
                            bool asNobody)
{
    const TestSupport::ProcessRun run = TestSupport::runGenomeDesk(
            arguments,
            TestSupport::genomeDeskEnvironment(kPassphrase, password, newPassword),
            {fileSizeLimit, asNobody});
    return Run{run.exitCode, QString::fromUtf8(run.output), QString::fromUtf8(run.error)};
}

QString TestCaseSaveFaults::prepareDatabase(const QString &directory)
{
    const QString database = directory + u"/cases.db"_s;
    Run result = run({u"user"_s, u"add"_s, u"--db"_s, database, u"--role"_s, u"admin"_s, u"ada"_s},
                     {},
                     u"ada-password-1"_s);
    if (result.exitCode != 0) {
        qWarning().noquote() << result.error;
        return {};
    }
    result = run({u"user"_s,
                  u"add"_s,
                  u"--db"_s,
                  database,
                  u"--user"_s,
                  u"ada"_s,
                  u"--role"_s,
                  u"counsellor"_s,
                  u"carl"_s},
                 u"ada-password-1"_s,
                 kPassword);
    if (result.exitCode != 0) {
        qWarning().noquote() << result.error;
        return {};
    }
    const QString identity = directory + u"/identity.json"_s;
    QFile file(identity);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"name": "Hermine Vogelsang", "birthDate": "1968-11-02"})");
    file.close();
    result = run({u"case"_s,
                  u"create"_s,
                  u"--db"_s,
                  database,
                  u"--user"_s,
                  u"carl"_s,
                  u"--patient"_s,
                  u"P0001"_s,
                  u"--identity"_s,
                  identity,
                  u"--indication"_s,
                  u"Cardiomyopathy"_s},
                 kPassword);
    if (result.exitCode != 0) {
        qWarning().noquote() << result.error;
        return {};
    }
    result = run(reviewArguments(database, u"first look"_s), kPassword);
    if (result.exitCode != 0) {
        qWarning().noquote() << result.error;
        return {};
    }
    return database;
}

QStringList TestCaseSaveFaults::reviewArguments(const QString &database,
                                                const QString &comment) const
{
    return {u"review"_s,
            u"set"_s,
            u"--db"_s,
            database,
            u"--user"_s,
            u"carl"_s,
            u"P0001-C1"_s,
            u"6-26092913-G-A"_s,
            u"--class"_s,
            u"LP"_s,
            u"--criteria"_s,
            u"PVS1,PM2_Supporting"_s,
            u"--comment"_s,
            comment};
}

QString TestCaseSaveFaults::savedState(const QString &database) const
{
    const Run shown = run({u"case"_s, u"show"_s, u"--db"_s, database, u"P0001-C1"_s}, kPassword);
    const Run verified = run({u"audit"_s, u"verify"_s, u"--db"_s, database}, kPassword);
    return QString::number(shown.exitCode) + shown.output + QString::number(verified.exitCode)
           + verified.output;
}

void TestCaseSaveFaults::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

void TestCaseSaveFaults::diskFullDuringReviewSave()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString database = prepareDatabase(directory.path());
    QVERIFY(!database.isEmpty());
    const QString before = savedState(database);
    QVERIFY2(before.contains(u"first look"_s), qPrintable(before));
    QVERIFY2(before.startsWith(u'0'), qPrintable(before));

    // A long comment makes the database grow by far more than the limit allows.
    const qint64 size = QFileInfo(database).size();
    const QString longComment = QString(100000, u'x');
    const Run full = run(reviewArguments(database, longComment), kPassword, {}, size + 4096);
    qInfo("error shown: %s", qPrintable(full.error.trimmed()));
    QCOMPARE(full.exitCode, 2);
    // The line for the user (after any log line) names the file and says what happened.
    const QString shown = full.error.trimmed().split(u'\n').constLast();
    QVERIFY2(shown.startsWith(u"genomedesk: "_s), qPrintable(full.error));
    QVERIFY2(shown.contains(u"cases.db"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"disk full"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"not saved"_s), qPrintable(shown));

    // Nothing already saved is lost, the audit chain still verifies, nothing half-written shows.
    QCOMPARE(savedState(database), before);
    QVERIFY(!QFile::exists(database + u"-journal"_s)
            || QFileInfo(database + u"-journal"_s).size() == 0);

    // With space again the same save succeeds.
    const Run retried = run(reviewArguments(database, longComment), kPassword);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.error));
    QVERIFY(savedState(database).contains(longComment.left(1000)));
    const Run verified = run({u"audit"_s, u"verify"_s, u"--db"_s, database}, kPassword);
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.error));
}

void TestCaseSaveFaults::readOnlyCaseDatabase()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString database = prepareDatabase(directory.path());
    QVERIFY(!database.isEmpty());
    const QString before = savedState(database);
    const QByteArray bytes = digest(database);
    // Readable by everyone, writable by no one (the directory neither: no journal).
    QVERIFY(QFile::setPermissions(
            database, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(directory.path(),
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    const Run refused = run(reviewArguments(database, u"second look"_s), kPassword, {}, 0, true);
    QFile::setPermissions(directory.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qInfo("error shown: %s", qPrintable(refused.error.trimmed()));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.error.contains(u"cases.db"_s), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"read-only"_s) || refused.error.contains(u"readonly"_s)
                     || refused.error.contains(u"read only"_s)
                     || refused.error.contains(u"permission"_s, Qt::CaseInsensitive),
             qPrintable(refused.error));
    QCOMPARE(digest(database), bytes);
    QCOMPARE(savedState(database), before);
}

void TestCaseSaveFaults::caseDatabaseLockedByAnotherProcess()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString database = prepareDatabase(directory.path());
    QVERIFY(!database.isEmpty());
    const QString before = savedState(database);
    {
        // Another process holds a write transaction (Qt's SQLite driver, in this process).
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
        connection.setDatabaseName(database);
        QVERIFY2(connection.open(), qPrintable(connection.lastError().text()));
        QSqlQuery query(connection);
        QVERIFY2(query.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(query.lastError().text()));
        const Run locked = run(reviewArguments(database, u"second look"_s), kPassword);
        qInfo("error shown: %s", qPrintable(locked.error.trimmed()));
        QCOMPARE(locked.exitCode, 2);
        QVERIFY2(locked.error.contains(u"cases.db"_s), qPrintable(locked.error));
        QVERIFY2(locked.error.contains(u"locked"_s) || locked.error.contains(u"busy"_s),
                 qPrintable(locked.error));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        connection.close();
    }
    QSqlDatabase::removeDatabase(u"lock"_s);
    QCOMPARE(savedState(database), before);
    const Run retried = run(reviewArguments(database, u"second look"_s), kPassword);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.error));
    QVERIFY(savedState(database).contains(u"second look"_s));
}

QTEST_GUILESS_MAIN(TestCaseSaveFaults)
#include "tst_casesavefaults.moc"
