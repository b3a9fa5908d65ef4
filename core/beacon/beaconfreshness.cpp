// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconfreshness.h"

#include "../common/tr.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcBeaconFreshness, "genomedesk.core.beacon.freshness", QtWarningMsg)

namespace Core {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3 *database, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return {};
    }
    return Statement(statement);
}

void bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

QByteArray timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

constexpr const char *kCreateTable
        = "CREATE TABLE IF NOT EXISTS beacon_fetched_regions ("
          " source TEXT NOT NULL, contig TEXT NOT NULL,"
          " first_position INTEGER NOT NULL, last_position INTEGER NOT NULL,"
          " fetched_at TEXT NOT NULL);"
          "CREATE INDEX IF NOT EXISTS beacon_fetched_regions_by_place"
          " ON beacon_fetched_regions (source, contig, first_position);";

} // namespace

BeaconFreshness::BeaconFreshness(QString path)
    : m_path(std::move(path))
{}

BeaconFreshness::~BeaconFreshness()
{
    sqlite3_close_v2(m_database);
}

Error BeaconFreshness::sqlError(const QString &what) const
{
    return Error(Error::Code::FileUnwritable,
                 Tr::tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_database))),
                 m_path);
}

Result<std::unique_ptr<BeaconFreshness>> BeaconFreshness::open(const QString &cachePath,
                                                               OpenMode mode)
{
    if (!QFile::exists(cachePath))
        return Error(Error::Code::FileNotFound,
                     Tr::tr("The frequency cache does not exist."),
                     cachePath);
    std::unique_ptr<BeaconFreshness> freshness(new BeaconFreshness(cachePath));
    const int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                      | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(
                QFile::encodeName(cachePath).constData(), &freshness->m_database, flags, nullptr)
        != SQLITE_OK)
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("Cannot open the frequency cache: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(freshness->m_database))),
                     cachePath);
    sqlite3_busy_timeout(freshness->m_database, 5000);
    if (mode == OpenMode::ReadWrite) {
        if (sqlite3_exec(freshness->m_database, kCreateTable, nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return freshness->sqlError(Tr::tr("Cannot create the table of Beacon fetch times"));
        freshness->m_hasTable = true;
    } else {
        Statement statement = prepare(freshness->m_database,
                                      "SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                      " AND name = 'beacon_fetched_regions'");
        if (!statement)
            return Error(Error::Code::UnsupportedFormat,
                         Tr::tr("Not a frequency cache: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(freshness->m_database))),
                         cachePath);
        freshness->m_hasTable = sqlite3_step(statement.get()) == SQLITE_ROW;
    }
    return freshness;
}

bool BeaconFreshness::tableExists() const
{
    if (m_hasTable)
        return true;
    Statement statement = prepare(m_database,
                                  "SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                  " AND name = 'beacon_fetched_regions'");
    m_hasTable = statement && sqlite3_step(statement.get()) == SQLITE_ROW;
    return m_hasTable;
}

Result<void> BeaconFreshness::record(const QString &source,
                                     const QList<BeaconRegion> &regions,
                                     const QDateTime &fetchedAt)
{
    if (!m_hasTable)
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("The frequency cache was opened read-only."),
                     m_path);
    if (sqlite3_exec(m_database, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(Tr::tr("Cannot record the Beacon fetch times"));
    Statement remove = prepare(m_database,
                               "DELETE FROM beacon_fetched_regions WHERE source = ?1"
                               " AND contig = ?2 AND first_position >= ?3 AND last_position <= ?4"
                               " AND fetched_at <= ?5");
    Statement insert = prepare(m_database,
                               "INSERT INTO beacon_fetched_regions"
                               " (source, contig, first_position, last_position, fetched_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)");
    bool ok = remove && insert;
    const QByteArray sourceText = source.toUtf8();
    const QByteArray time = timeText(fetchedAt);
    for (const BeaconRegion &region : regions) {
        if (!ok)
            break;
        for (sqlite3_stmt *statement : {remove.get(), insert.get()}) {
            sqlite3_reset(statement);
            bindText(statement, 1, sourceText);
            bindText(statement, 2, region.contig);
            sqlite3_bind_int64(statement, 3, region.first);
            sqlite3_bind_int64(statement, 4, region.last);
            bindText(statement, 5, time);
            ok = ok && sqlite3_step(statement) == SQLITE_DONE;
        }
    }
    if (!ok) {
        const Error error = sqlError(Tr::tr("Cannot record the Beacon fetch times"));
        sqlite3_exec(m_database, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    if (sqlite3_exec(m_database, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error error = sqlError(Tr::tr("Cannot record the Beacon fetch times"));
        sqlite3_exec(m_database, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    return {};
}

Result<void> BeaconFreshness::forget(const QString &source)
{
    if (!m_hasTable)
        return {};
    Statement statement
            = prepare(m_database, "DELETE FROM beacon_fetched_regions WHERE source = ?1");
    if (!statement)
        return sqlError(Tr::tr("Cannot remove the Beacon fetch times"));
    bindText(statement.get(), 1, source.toUtf8());
    if (sqlite3_step(statement.get()) != SQLITE_DONE)
        return sqlError(Tr::tr("Cannot remove the Beacon fetch times"));
    return {};
}

QList<BeaconFetchedRegion> BeaconFreshness::overlapping(const QString &source,
                                                        const QByteArray &contig,
                                                        qint64 first,
                                                        qint64 last) const
{
    QList<BeaconFetchedRegion> result;
    if (!tableExists())
        return result;
    Statement statement = prepare(m_database,
                                  "SELECT first_position, last_position, fetched_at"
                                  " FROM beacon_fetched_regions WHERE source = ?1 AND contig = ?2"
                                  " AND first_position <= ?4 AND last_position >= ?3"
                                  " ORDER BY first_position");
    if (!statement) {
        qCWarning(lcBeaconFreshness) << m_path << sqlite3_errmsg(m_database);
        return result;
    }
    bindText(statement.get(), 1, source.toUtf8());
    bindText(statement.get(), 2, contig);
    sqlite3_bind_int64(statement.get(), 3, first);
    sqlite3_bind_int64(statement.get(), 4, last);
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
        BeaconFetchedRegion region;
        region.source = source;
        region.contig = contig;
        region.first = sqlite3_column_int64(statement.get(), 0);
        region.last = sqlite3_column_int64(statement.get(), 1);
        region.fetchedAt = QDateTime::fromString(columnText(statement.get(), 2), Qt::ISODateWithMs);
        region.fetchedAt.setTimeSpec(Qt::UTC);
        result.append(region);
    }
    return result;
}

QList<BeaconRegion> BeaconFreshness::staleParts(const QString &source,
                                                const QList<BeaconRegion> &regions,
                                                const QDateTime &freshSince) const
{
    QList<BeaconRegion> stale;
    for (const BeaconRegion &region : regions) {
        QList<BeaconFetchedRegion> fresh
                = overlapping(source, region.contig, region.first, region.last);
        fresh.erase(std::remove_if(fresh.begin(),
                                   fresh.end(),
                                   [&freshSince](const BeaconFetchedRegion &record) {
                                       return !record.fetchedAt.isValid()
                                              || record.fetchedAt < freshSince;
                                   }),
                    fresh.end());
        // Sorted by first position: walk the region and cut out what fresh records cover.
        qint64 next = region.first;
        for (const BeaconFetchedRegion &record : std::as_const(fresh)) {
            if (record.first > next)
                stale.append({region.contig, next, std::min(record.first - 1, region.last)});
            next = std::max(next, record.last + 1);
            if (next > region.last)
                break;
        }
        if (next <= region.last)
            stale.append({region.contig, next, region.last});
    }
    // Merge what overlaps or touches (regions given twice, neighbouring pieces).
    return mergedBeaconRegions(std::move(stale));
}

std::optional<QDateTime>
BeaconFreshness::fetchedAt(const QString &source, const QByteArray &contig, qint64 position) const
{
    std::optional<QDateTime> newest;
    const QList<BeaconFetchedRegion> records = overlapping(source, contig, position, position);
    for (const BeaconFetchedRegion &record : records) {
        if (record.fetchedAt.isValid() && (!newest || record.fetchedAt > *newest))
            newest = record.fetchedAt;
    }
    return newest;
}

QList<BeaconFetchedRegion> BeaconFreshness::regions(const QString &source) const
{
    QList<BeaconFetchedRegion> result;
    if (!tableExists())
        return result;
    Statement statement = prepare(m_database,
                                  "SELECT source, contig, first_position, last_position, fetched_at"
                                  " FROM beacon_fetched_regions WHERE ?1 = '' OR source = ?1"
                                  " ORDER BY source, contig, first_position");
    if (!statement)
        return result;
    bindText(statement.get(), 1, source.toUtf8());
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
        BeaconFetchedRegion region;
        region.source = columnText(statement.get(), 0);
        region.contig = columnText(statement.get(), 1).toUtf8();
        region.first = sqlite3_column_int64(statement.get(), 2);
        region.last = sqlite3_column_int64(statement.get(), 3);
        region.fetchedAt = QDateTime::fromString(columnText(statement.get(), 4), Qt::ISODateWithMs);
        region.fetchedAt.setTimeSpec(Qt::UTC);
        result.append(region);
    }
    return result;
}

QString beaconAgeText(const QDateTime &fetchedAt, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, fetchedAt.secsTo(now));
    if (seconds < 60)
        return Tr::tr("just now");
    if (seconds < 3600)
        return Tr::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return Tr::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return Tr::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace Core
