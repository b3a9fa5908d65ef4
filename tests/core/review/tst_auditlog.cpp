// SPDX-License-Identifier: GPL-3.0-or-later
// AuditLog: the hash chain of a real case database, and tampering done with raw SQL on the
// file (edit, delete, reorder, truncate, re-hashed edit, appended entry), each detected with the
// first bad entry named.
#include "reviewfixture.h"

#include <core/review/auditlog.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace ReviewFixture;

namespace {

/*! Runs \a statements on the file with a separate, plain SQLite connection. */
bool tamper(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(path);
        if (!raw.open())
            return false;
        for (const QString &statement : statements) {
            QSqlQuery query(raw);
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

const QStringList kDropTriggers = {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                   QStringLiteral("DROP TRIGGER audit_log_no_delete")};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactChain();
    void triggersRefuseChanges();
    void tampering_data();
    void tampering();
    void rehashedEditBreaksTheNextLink();
    void missingFile();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_directory;
    int m_entries = 0;
};

void TestAuditLog::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_path = m_directory->filePath(QStringLiteral("cases.db"));
    auto store = CaseStore::open(m_path, passphrase(), fastOptions());
    QVERIFY(store.has_value());
    Users users;
    QVERIFY(addUsers(*store.value(), users));                                       // entries 1-3
    QVERIFY(store.value()->addPatient(users.counsellor, QStringLiteral("P1"), {})); // 4
    const auto created
            = store.value()->createCase(users.counsellor, caseInput(QStringLiteral("P1")));
    QVERIFY(created.has_value());  // 5
    for (int i = 1; i <= 3; ++i) { // 6-8
        QVERIFY(store.value()->setReview(users.counsellor,
                                         created->caseId,
                                         review(QStringLiteral("1-%1-A-G").arg(i),
                                                Significance::Uncertain,
                                                QStringLiteral("PM2_Supporting"))));
    }
    m_entries = 8;
}

void TestAuditLog::intactChain()
{
    const auto verification = AuditLog::verify(m_path);
    QVERIFY(verification.has_value());
    QVERIFY(verification->intact);
    QCOMPARE(verification->entries, qint64(m_entries));
    QCOMPARE(verification->firstBadSequence, qint64(0));

    const auto entries = AuditLog::entries(m_path);
    QVERIFY(entries.has_value());
    QCOMPARE(entries->size(), m_entries);
    QString previous;
    for (const AuditEntry &entry : entries.value()) {
        QCOMPARE(entry.previousHash, previous);
        QCOMPARE(entry.hash.size(), 64);
        QCOMPARE(entry.computeHash(previous), entry.hash);
        QCOMPARE(entry.time.timeSpec(), Qt::UTC);
        previous = entry.hash;
    }
    QCOMPARE(entries->at(3).actor, QStringLiteral("carl"));
    QCOMPARE(entries->at(3).entity, QStringLiteral("patient:P1"));
    QCOMPARE(entries->at(5).action, QStringLiteral("review.set"));
    QVERIFY(entries->at(5).before.isEmpty());
    QVERIFY(entries->at(5).after.contains(QLatin1String("PM2_Supporting")));
}

void TestAuditLog::triggersRefuseChanges()
{
    QVERIFY(!tamper(m_path,
                    {QStringLiteral("UPDATE audit_log SET actor = 'eve' WHERE sequence = 2")}));
    QVERIFY(!tamper(m_path, {QStringLiteral("DELETE FROM audit_log WHERE sequence = 8")}));
    QVERIFY(AuditLog::verify(m_path)->intact);
}

void TestAuditLog::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");

    QTest::newRow("edited after_state")
            << QStringList{QStringLiteral("UPDATE audit_log SET after_state = "
                                          "replace(after_state, 'uncertain', 'benign') WHERE "
                                          "sequence = 6")}
            << qint64(6) << QStringLiteral("altered");
    QTest::newRow("edited actor") << QStringList{QStringLiteral(
            "UPDATE audit_log SET actor = 'gina' WHERE sequence = 2")}
                                  << qint64(2) << QStringLiteral("altered");
    QTest::newRow("edited time") << QStringList{QStringLiteral(
            "UPDATE audit_log SET time = "
            "'2020-01-01T00:00:00.000Z' WHERE sequence = 7")}
                                 << qint64(7) << QStringLiteral("altered");
    QTest::newRow("deleted middle")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE sequence = 4")} << qint64(4)
            << QStringLiteral("missing");
    QTest::newRow("deleted first")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE sequence = 1")} << qint64(1)
            << QStringLiteral("missing");
    QTest::newRow("deleted and renumbered")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE sequence = 4"),
                           QStringLiteral("UPDATE audit_log SET sequence = sequence - 1 WHERE "
                                          "sequence > 4")}
            << qint64(4) << QStringLiteral("chain");
    QTest::newRow("reordered (swapped 6 and 7)")
            << QStringList{QStringLiteral("UPDATE audit_log SET sequence = -6 WHERE sequence = 6"),
                           QStringLiteral("UPDATE audit_log SET sequence = 6 WHERE sequence = 7"),
                           QStringLiteral("UPDATE audit_log SET sequence = 7 WHERE sequence = -6")}
            << qint64(6) << QStringLiteral("chain");
    QTest::newRow("truncated (last two gone)")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE sequence >= 7")} << qint64(7)
            << QStringLiteral("truncated");
    QTest::newRow("truncated to nothing") << QStringList{QStringLiteral("DELETE FROM audit_log")}
                                          << qint64(1) << QStringLiteral("truncated");
    QTest::newRow("appended forged entry") << QStringList{QStringLiteral(
            "INSERT INTO audit_log (sequence, actor, time, action, entity, before_state, "
            "after_state, previous_hash, hash) SELECT 9, 'eve', time, action, entity, "
            "before_state, after_state, hash, hash FROM audit_log WHERE sequence = 8")}
                                           << qint64(9) << QStringLiteral("altered");
}

void TestAuditLog::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    QVERIFY(tamper(m_path, kDropTriggers + statements));
    const auto verification = AuditLog::verify(m_path);
    QVERIFY(verification.has_value());
    QVERIFY(!verification->intact);
    QCOMPARE(verification->firstBadSequence, firstBad);
    QVERIFY2(verification->problem.contains(problem), qPrintable(verification->problem));
    QVERIFY2(verification->problem.contains(QString::number(firstBad)),
             qPrintable(verification->problem));

    // The store reports the same through its own connection.
    auto store = CaseStore::open(m_path, passphrase(), fastOptions());
    QVERIFY(store.has_value());
    const auto again = store.value()->verifyAudit();
    QVERIFY(again.has_value());
    QCOMPARE(again->firstBadSequence, firstBad);
}

void TestAuditLog::rehashedEditBreaksTheNextLink()
{
    // A careful forger edits entry 5 and recomputes its hash: entry 6 no longer follows it.
    auto entries = AuditLog::entries(m_path);
    QVERIFY(entries.has_value());
    AuditEntry forged = entries->at(4);
    forged.actor = QStringLiteral("gina");
    forged.hash = forged.computeHash(forged.previousHash);
    QVERIFY(tamper(m_path,
                   kDropTriggers
                           + QStringList{QStringLiteral("UPDATE audit_log SET actor = 'gina', hash "
                                                        "= '%1' WHERE sequence = 5")
                                                 .arg(forged.hash)}));
    const auto verification = AuditLog::verify(m_path);
    QVERIFY(verification.has_value());
    QVERIFY(!verification->intact);
    QCOMPARE(verification->firstBadSequence, qint64(6));
    QVERIFY(verification->problem.contains(QLatin1String("chain")));
}

void TestAuditLog::missingFile()
{
    const auto result = AuditLog::verify(m_directory->filePath(QStringLiteral("nope.db")));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::FileNotFound);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
