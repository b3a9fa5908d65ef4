// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beaconclient.h"
#include "beaconfreshness.h"
#include "beaconnode.h"
#include "beaconregion.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Core {

class FrequencyStore;

/*! How one node fared in a sync. */
struct BeaconNodeReport
{
    QString node;
    bool ok = false;
    QString message;         //!< translated error; empty when ok
    qint64 variants = 0;     //!< variants the node returned
    qint64 sitesWritten = 0; //!< sites of the source after the merge
    qint64 requests = 0;
    qint64 milliseconds = 0;
    qint64 regionsFetched = 0; //!< regions (or exact positions) asked for
    qint64 regionsFresh = 0;   //!< wanted regions wholly fetched within the maximum age
    bool upToDate = false;     //!< nothing was older than the maximum age: no request sent
    int maxAgeDays = 0;        //!< the maximum age applied (0: everything fetched)
};

/*!
 * "Refresh frequencies": asks every node at once, each through its own BeaconClient, and
 * writes each node's answer into the store as source "beacon:<node>" (one transaction) as soon
 * as that node is done. A slow, failing or malformed node is reported and never delays the
 * others' writes or touches their sources; a failed node's existing source is left as it was.
 *
 * Padded nodes (the default) get the regions: the given ones, or the variants padded by the
 * node's window (padBeaconRegions()). Nodes with padding off get exact queries for the
 * variants. The store must outlive the sync and is written in the sync's thread.
 *
 * Freshness (switched on with setMaximumAgeDays(), as "genomedesk sync" and the sync dialog
 * do): the regions of every node are compared with the fetch times kept in the cache
 * (BeaconFreshness); only the parts not fetched within the node's maxAgeDays (or the override)
 * are asked for, and a node with nothing stale sends no request at all.
 * The parts that were fetched are recorded with the fetch time after the source was written.
 */
class BeaconSync final : public QObject
{
    Q_OBJECT

public:
    BeaconSync(FrequencyStore &store, QList<BeaconNode> nodes, QObject *parent = nullptr);
    ~BeaconSync() override;

    /*! Starts every node; finished() follows once all have ended. */
    void start(const QList<BeaconQueryVariant> &variants, const QList<BeaconRegion> &regions);
    void cancel();
    static constexpr int kNodeMaximumAge = -1; //!< each node's maxAgeDays
    /*!
     * Switches freshness on (call before start()): \a days replaces every node's maxAgeDays
     * (0: fetch everything again), kNodeMaximumAge uses each node's. Off by default: every
     * region is fetched (fetch times are recorded either way).
     */
    void setMaximumAgeDays(int days) { m_maximumAgeDays = days; }

    const QList<BeaconNodeReport> &reports() const { return m_reports; }
    /*! Every request of every node (no tokens), in the order they were sent per node. */
    QList<BeaconRequestLogEntry> requestLog() const;
    /*! The log as JSON lines (one request per line). */
    QByteArray requestLogJson() const;

Q_SIGNALS:
    void nodeFinished(const Core::BeaconNodeReport &report);
    /*! Requests answered by \a node so far, of \a total known (grows with pagination). */
    void nodeProgress(const QString &node, qint64 done, qint64 total);
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void onClientFinished(BeaconClient *client, const BeaconFetchResult &result);

    FrequencyStore &m_store;
    QList<BeaconNode> m_nodes;
    QList<BeaconClient *> m_clients;
    QHash<QString, QList<BeaconRegion>> m_regions;
    QHash<QString, BeaconNodeReport> m_freshness; //!< per node: what start() found fresh
    std::unique_ptr<BeaconFreshness> m_fetchTimes;
    int m_maximumAgeDays = -2; //!< -2: freshness off; -1: each node's own
    QList<BeaconNodeReport> m_reports;
    QElapsedTimer m_timer;
    int m_running = 0;
};

} // namespace Core
