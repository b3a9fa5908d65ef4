// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "beaconregion.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace Core {

/*! One region that a Beacon source was fetched for, and when (1-based, inclusive). */
struct BeaconFetchedRegion
{
    QString source; //!< "beacon:<node>"
    QByteArray contig;
    qint64 first = 0;
    qint64 last = 0;
    QDateTime fetchedAt; //!< UTC
};

/*!
 * When each region of each Beacon source in a frequency cache was fetched: the table
 * `beacon_fetched_regions` in the cache's SQLite file (core/frequency/FORMAT.md, "Beacon fetch
 * times"), kept through a connection of its own next to FrequencyStore's, so that the cache's
 * own tables and chunk encoding stay untouched.
 *
 * A sync asks staleParts() which parts of its regions are older than the node's maximum age
 * (or were never fetched), fetches only those, and record()s them after the source was written.
 * The review asks fetchedAt() for the age of one site. Recording after the source's own
 * transaction means a crash between the two makes the next sync fetch again, never skip.
 *
 * One object per thread, like FrequencyStore.
 */
class BeaconFreshness final
{
public:
    enum class OpenMode {
        ReadOnly,  //!< a cache without the table simply has no fetch times
        ReadWrite, //!< the table is created when missing
    };
    static Result<std::unique_ptr<BeaconFreshness>> open(const QString &cachePath,
                                                         OpenMode mode = OpenMode::ReadOnly);
    ~BeaconFreshness();
    BeaconFreshness(const BeaconFreshness &) = delete;
    BeaconFreshness &operator=(const BeaconFreshness &) = delete;

    /*!
     * Stores that \a regions of \a source were fetched at \a fetchedAt (one transaction).
     * Older records lying wholly inside a new region are dropped.
     */
    Result<void>
    record(const QString &source, const QList<BeaconRegion> &regions, const QDateTime &fetchedAt);

    /*!
     * The parts of \a regions that no record of \a source fetched at or after \a freshSince
     * covers, sorted by contig and position.
     */
    QList<BeaconRegion> staleParts(const QString &source,
                                   const QList<BeaconRegion> &regions,
                                   const QDateTime &freshSince) const;

    /*! The newest fetch time of \a source covering \a contig:\a position; empty when none. */
    std::optional<QDateTime>
    fetchedAt(const QString &source, const QByteArray &contig, qint64 position) const;

    /*! Every record of \a source (all sources when empty), for listings and tests. */
    QList<BeaconFetchedRegion> regions(const QString &source = QString()) const;

    /*! Drops every record of \a source (when its cached data is gone). */
    Result<void> forget(const QString &source);

private:
    explicit BeaconFreshness(QString path);
    QList<BeaconFetchedRegion>
    overlapping(const QString &source, const QByteArray &contig, qint64 first, qint64 last) const;
    Error sqlError(const QString &what) const;
    /*! Whether the table exists; looked up again while it does not (a sync in another
     * connection may create it after this one was opened). */
    bool tableExists() const;

    QString m_path;
    sqlite3 *m_database = nullptr;
    mutable bool m_hasTable = false;
};

/*!
 * A sentence for the review: how long ago \a fetchedAt was, relative to \a now ("3 days ago",
 * "5 hours ago", "just now").
 */
QString beaconAgeText(const QDateTime &fetchedAt, const QDateTime &now);

} // namespace Core
