// SPDX-License-Identifier: GPL-3.0-or-later
// Per-region fetch times of Beacon sources (BeaconFreshness) and the sync that re-fetches only
// regions older than the maximum age: against a real genomedesk-beacon node on 127.0.0.1,
// through BeaconSync and through "genomedesk sync --max-age".

#include "beacontestsupport.h"

#include <core/beacon/beaconfreshness.h>
#include <core/beacon/beaconsync.h>
#include <core/frequency/frequencystore.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Core;

namespace {

// Moves every fetch time of \a source in \a cache \a days into the past (SQL on the file).
bool ageFetchTimes(const QString &cache, const QString &source, int days)
{
    sqlite3 *database = nullptr;
    if (sqlite3_open_v2(
                QFile::encodeName(cache).constData(), &database, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(database);
        return false;
    }
    const QByteArray time
            = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs).toLatin1();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(database,
                       "UPDATE beacon_fetched_regions SET fetched_at = ?1 WHERE source = ?2",
                       -1,
                       &statement,
                       nullptr);
    const QByteArray name = source.toUtf8();
    sqlite3_bind_text(statement, 1, time.constData(), int(time.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(statement) == SQLITE_DONE && sqlite3_changes(database) > 0;
    sqlite3_finalize(statement);
    sqlite3_close_v2(database);
    return ok;
}

QList<QByteArray> logLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

class TestBeaconFreshness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void staleParts();
    void readOnlyWithoutTable();
    void syncSkipsFreshRegions();
    void syncCommandMaxAge();

private:
    QTemporaryDir m_directory;
    QString m_cohort;
    std::unique_ptr<QProcess> m_node;
    int m_port = 0;
};

void TestBeaconFreshness::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_cohort = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    BeaconTest::makeCohortCache(m_cohort);
    m_port = BeaconTest::startNode(m_cohort, {}, m_node);
    QVERIFY(m_port > 0);
}

void TestBeaconFreshness::cleanupTestCase()
{
    BeaconTest::stopNode(m_node);
}

void TestBeaconFreshness::staleParts()
{
    const QString path = m_directory.filePath(QStringLiteral("parts.gdfreq"));
    QVERIFY(FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite));
    auto freshness = BeaconFreshness::open(path, BeaconFreshness::OpenMode::ReadWrite);
    QVERIFY2(freshness, qPrintable(freshness ? QString() : freshness.error().toString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString source = QStringLiteral("beacon:a");
    QVERIFY(freshness.value()->record(source, {{"17", 1001, 2000}}, now.addDays(-40)));
    QVERIFY(freshness.value()->record(source, {{"17", 3001, 4000}}, now.addDays(-1)));
    QVERIFY(freshness.value()->record(QStringLiteral("beacon:b"), {{"17", 1, 9000}}, now));

    const QDateTime since = now.addDays(-30);
    // Never fetched, stale, fresh and never fetched again: only the fresh part is cut out.
    QList<BeaconRegion> stale = freshness.value()->staleParts(source, {{"17", 1, 5000}}, since);
    QCOMPARE(stale, (QList<BeaconRegion>{{"17", 1, 3000}, {"17", 4001, 5000}}));
    // Wholly fresh: nothing to fetch.
    QVERIFY(freshness.value()->staleParts(source, {{"17", 3101, 3900}}, since).isEmpty());
    // Another contig, never fetched.
    stale = freshness.value()->staleParts(source, {{"X", 3101, 3900}}, since);
    QCOMPARE(stale, (QList<BeaconRegion>{{"X", 3101, 3900}}));
    // A maximum age of 50 days makes the old record fresh too.
    stale = freshness.value()->staleParts(source, {{"17", 1, 5000}}, now.addDays(-50));
    QCOMPARE(stale, (QList<BeaconRegion>{{"17", 1, 1000}, {"17", 2001, 3000}, {"17", 4001, 5000}}));

    // The newest record covering a site is its age; a refetch replaces records it contains.
    QCOMPARE(freshness.value()->fetchedAt(source, "17", 1500)->daysTo(now), 40);
    QVERIFY(!freshness.value()->fetchedAt(source, "17", 2500));
    QVERIFY(freshness.value()->record(source, {{"17", 1, 2500}}, now));
    QCOMPARE(freshness.value()->fetchedAt(source, "17", 1500)->daysTo(now), 0);
    QCOMPARE(freshness.value()->regions(source).size(), 2);
    QVERIFY(freshness.value()->forget(source));
    QVERIFY(freshness.value()->regions(source).isEmpty());
    QCOMPARE(freshness.value()->regions().size(), 1);

    // English plurals come from the translation; without one loaded the source text shows.
    QVERIFY(beaconAgeText(now.addDays(-3), now).startsWith(QLatin1String("3 day")));
    QVERIFY(beaconAgeText(now.addSecs(-5 * 3600), now).startsWith(QLatin1String("5 hour")));
    QVERIFY(beaconAgeText(now.addSecs(-61), now).startsWith(QLatin1String("1 minute")));
    QCOMPARE(beaconAgeText(now, now), QStringLiteral("just now"));
}

void TestBeaconFreshness::readOnlyWithoutTable()
{
    // A cache that never saw a sync: no table, no fetch times, nothing written.
    const QString path = m_directory.filePath(QStringLiteral("plain.gdfreq"));
    QVERIFY(FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite));
    auto freshness = BeaconFreshness::open(path);
    QVERIFY(freshness);
    QVERIFY(!freshness.value()->fetchedAt(QStringLiteral("beacon:a"), "17", 1));
    QCOMPARE(freshness.value()->staleParts(
                     QStringLiteral("beacon:a"), {{"17", 1, 10}}, QDateTime::currentDateTimeUtc()),
             (QList<BeaconRegion>{{"17", 1, 10}}));
    QVERIFY(!freshness.value()->record(QStringLiteral("beacon:a"), {{"17", 1, 10}}, {}));
    QVERIFY(!BeaconFreshness::open(m_directory.filePath(QStringLiteral("missing.gdfreq"))));
}

void TestBeaconFreshness::syncSkipsFreshRegions()
{
    const QString path = m_directory.filePath(QStringLiteral("sync.gdfreq"));
    auto store = FrequencyStore::open(path, FrequencyStore::OpenMode::ReadWrite);
    QVERIFY(store);
    BeaconNode node;
    node.name = QStringLiteral("plain");
    node.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    node.maxAgeDays = 7;
    auto run = [&](const QList<BeaconQueryVariant> &variants,
                   const QList<BeaconRegion> &regions,
                   int overrideDays,
                   QList<BeaconRequestLogEntry> *log) {
        BeaconSync sync(*store.value(), {node});
        if (overrideDays != -2) // -2: freshness left off (the default)
            sync.setMaximumAgeDays(overrideDays);
        QSignalSpy finished(&sync, &BeaconSync::finished);
        sync.start(variants, regions);
        if (!finished.wait(10000))
            return BeaconNodeReport();
        *log = sync.requestLog();
        return sync.reports().value(0);
    };
    const QList<BeaconQueryVariant> patient{{"chr17", 43045712, "G", "A"}};
    QList<BeaconRequestLogEntry> log;
    BeaconNodeReport report = run(patient, {}, -1, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(!report.upToDate);
    QCOMPARE(report.sitesWritten, qint64(4));
    QCOMPARE(log.size(), 1);
    auto freshness = BeaconFreshness::open(path);
    QVERIFY(freshness);
    const auto fetched
            = freshness.value()->fetchedAt(QStringLiteral("beacon:plain"), "17", 43045712);
    QVERIFY(fetched);
    QVERIFY(fetched->secsTo(QDateTime::currentDateTimeUtc()) < 60);

    // Within the node's 7 days: no request at all, the source unchanged.
    report = run(patient, {}, -1, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(report.upToDate);
    QCOMPARE(report.requests, qint64(0));
    QCOMPARE(report.regionsFresh, qint64(1));
    QVERIFY(log.isEmpty());
    QCOMPARE(store.value()->source(QStringLiteral("beacon:plain"))->siteCount, qint64(4));

    // Freshness is off unless a caller switches it on: such a sync fetches as before.
    report = run(patient, {}, -2, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(!report.upToDate);
    QCOMPARE(log.size(), 1);

    // A wider region: only the part that was not fetched is asked for.
    report = run({}, {{"17", 43040001, 43060000}}, -1, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(log.size(), 1);
    QVERIFY2(log.first().body.contains("\"start\":[43051000]"), log.first().body.constData());
    QCOMPARE(store.value()->source(QStringLiteral("beacon:plain"))->siteCount, qint64(4));

    // Aged beyond 7 days: fetched again, and the new time recorded.
    QVERIFY(ageFetchTimes(path, QStringLiteral("beacon:plain"), 8));
    report = run(patient, {}, -1, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(!report.upToDate);
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().body.contains("\"start\":[43040000]"));
    QCOMPARE(freshness.value()
                     ->fetchedAt(QStringLiteral("beacon:plain"), "17", 43045712)
                     ->daysTo(QDateTime::currentDateTimeUtc()),
             0);

    // A maximum age of 0 fetches everything again.
    report = run(patient, {}, 0, &log);
    QVERIFY(report.ok);
    QCOMPARE(log.size(), 1);

    // A removed source is fetched again whatever its recorded times say.
    QVERIFY(store.value()->removeSource(QStringLiteral("beacon:plain")));
    report = run(patient, {}, -1, &log);
    QVERIFY(report.ok);
    QCOMPARE(log.size(), 1);
    QCOMPARE(store.value()->source(QStringLiteral("beacon:plain"))->siteCount, qint64(4));
}

void TestBeaconFreshness::syncCommandMaxAge()
{
    const QString nodes = m_directory.filePath(QStringLiteral("nodes.json"));
    BeaconTest::writeFile(
            nodes,
            QStringLiteral(
                    R"({"nodes":[{"name":"plain","baseUrl":"http://127.0.0.1:%1","maxAgeDays":14}]})")
                    .arg(m_port)
                    .toUtf8());
    const QString cache = m_directory.filePath(QStringLiteral("cli.gdfreq"));
    auto sync = [&](const QString &log, const QStringList &extra, QString *output) {
        QProcess process;
        process.start(QStringLiteral(GENOMEDESK_BINARY),
                      QStringList{QStringLiteral("sync"),
                                  QStringLiteral("--cache"),
                                  cache,
                                  QStringLiteral("--nodes"),
                                  nodes,
                                  QStringLiteral("--region"),
                                  QStringLiteral("chr17:43040001-43050000"),
                                  QStringLiteral("--request-log"),
                                  log}
                              + extra);
        if (!process.waitForFinished(20000))
            return -1;
        *output = QString::fromUtf8(process.readAllStandardOutput()
                                    + process.readAllStandardError());
        return process.exitCode();
    };
    QString output;
    const QString first = m_directory.filePath(QStringLiteral("first.jsonl"));
    QCOMPARE(sync(first, {}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("node plain: ok, 4 variants")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("region 17:43040001-43050000 fetched")),
             qPrintable(output));
    QCOMPARE(logLines(first).size(), 1);

    // Within maxAgeDays of the node list: no request leaves the machine.
    const QString second = m_directory.filePath(QStringLiteral("second.jsonl"));
    QCOMPARE(sync(second, {}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("node plain: up to date")), qPrintable(output));
    QVERIFY(QFile::exists(second));
    QCOMPARE(logLines(second).size(), 0);

    // Ten days old: still fresh for the node's 14 days, stale for --max-age 7.
    QVERIFY(ageFetchTimes(cache, QStringLiteral("beacon:plain"), 10));
    const QString third = m_directory.filePath(QStringLiteral("third.jsonl"));
    QCOMPARE(sync(third, {}, &output), 0);
    QCOMPARE(logLines(third).size(), 0);
    QVERIFY2(output.contains(QLatin1String("(10 day")), qPrintable(output));
    const QString fourth = m_directory.filePath(QStringLiteral("fourth.jsonl"));
    QCOMPARE(sync(fourth, {QStringLiteral("--max-age"), QStringLiteral("7")}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("node plain: ok, 4 variants")), qPrintable(output));
    QCOMPARE(logLines(fourth).size(), 1);
    QVERIFY(logLines(fourth).first().contains("43040000"));
    QVERIFY2(output.contains(QLatin1String("(just now)")), qPrintable(output));

    QCOMPARE(sync(fourth, {QStringLiteral("--max-age"), QStringLiteral("-1")}, &output), 2);
}

QTEST_GUILESS_MAIN(TestBeaconFreshness)
#include "tst_beaconfreshness.moc"
