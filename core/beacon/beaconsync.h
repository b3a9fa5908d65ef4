// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beaconclient.h"
#include "beaconnode.h"
#include "beaconregion.h"

#include <QList>
#include <QObject>

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
 */
class BeaconSync final : public QObject
{
    Q_OBJECT

public:
    BeaconSync(FrequencyStore &store, QList<BeaconNode> nodes, QObject *parent = nullptr);

    /*! Starts every node; finished() follows once all have ended. */
    void start(const QList<BeaconQueryVariant> &variants, const QList<BeaconRegion> &regions);
    void cancel();

    const QList<BeaconNodeReport> &reports() const { return m_reports; }
    /*! Every request of every node (no tokens), in the order they were sent per node. */
    QList<BeaconRequestLogEntry> requestLog() const;
    /*! The log as JSON lines (one request per line). */
    QByteArray requestLogJson() const;

Q_SIGNALS:
    void nodeFinished(const Core::BeaconNodeReport &report);
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void onClientFinished(BeaconClient *client, const BeaconFetchResult &result);

    FrequencyStore &m_store;
    QList<BeaconNode> m_nodes;
    QList<BeaconClient *> m_clients;
    QHash<QString, QList<BeaconRegion>> m_regions;
    QList<BeaconNodeReport> m_reports;
    QElapsedTimer m_timer;
    int m_running = 0;
};

} // namespace Core
