// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconsync.h"

#include "../common/tr.h"
#include "../frequency/frequencystore.h"
#include "beaconcachewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Core {

BeaconSync::BeaconSync(FrequencyStore &store, QList<BeaconNode> nodes, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nodes(std::move(nodes))
{}

void BeaconSync::start(const QList<BeaconQueryVariant> &variants,
                       const QList<BeaconRegion> &regions)
{
    m_timer.start();
    m_running = int(m_nodes.size());
    if (m_nodes.isEmpty()) {
        QTimer::singleShot(0, this, &BeaconSync::finished);
        return;
    }
    for (const BeaconNode &node : std::as_const(m_nodes)) {
        auto *client = new BeaconClient(node, this);
        m_clients.append(client);
        connect(client,
                &BeaconClient::finished,
                this,
                [this, client](const BeaconFetchResult &result) {
                    onClientFinished(client, result);
                });
        QList<BeaconRegion> nodeRegions = regions;
        if (node.padding) {
            nodeRegions += padBeaconRegions(variants, node.windowBases);
            m_regions.insert(node.name, nodeRegions);
            client->start(nodeRegions);
        } else {
            QList<BeaconRegion> exact = regions;
            for (const BeaconQueryVariant &variant : variants)
                exact.append(
                        {normalizedContigName(variant.contig), variant.position, variant.position});
            m_regions.insert(node.name, exact);
            // Regions given explicitly are range queries even without padding.
            if (!regions.isEmpty())
                client->start(regions);
            else
                client->startExact(variants);
        }
    }
}

void BeaconSync::cancel()
{
    for (BeaconClient *client : std::as_const(m_clients))
        client->cancel();
}

void BeaconSync::onClientFinished(BeaconClient *client, const BeaconFetchResult &result)
{
    BeaconNodeReport report;
    report.node = result.node;
    report.ok = result.ok;
    report.message = result.errorMessage;
    report.variants = result.variants.size();
    report.requests = result.requestCount;
    report.milliseconds = m_timer.elapsed();
    if (result.ok) {
        BeaconNodeData data;
        data.sourceName = client->node().sourceName();
        data.origin = client->node().variantsUrl().toString(QUrl::RemoveUserInfo);
        data.assembly = client->node().assembly;
        data.retrieved = result.retrieved;
        data.datasetIds = result.datasetIds;
        data.regions = m_regions.value(result.node);
        data.variants = result.variants;
        auto written = writeBeaconSource(m_store, data);
        if (written) {
            report.sitesWritten = written.value();
        } else {
            report.ok = false;
            report.message = Tr::tr("Cannot write to the cache: %1").arg(written.error().message());
        }
    }
    m_reports.append(report);
    Q_EMIT nodeFinished(report);
    Q_EMIT progress(m_reports.size(), m_nodes.size());
    if (--m_running == 0)
        Q_EMIT finished();
}

QList<BeaconRequestLogEntry> BeaconSync::requestLog() const
{
    QList<BeaconRequestLogEntry> log;
    for (const BeaconClient *client : m_clients)
        log += client->requestLog();
    return log;
}

QByteArray BeaconSync::requestLogJson() const
{
    QByteArray out;
    const QList<BeaconRequestLogEntry> log = requestLog();
    for (const BeaconRequestLogEntry &entry : log) {
        const QJsonObject object{
                {QStringLiteral("sent"), entry.sent.toString(Qt::ISODateWithMs)},
                {QStringLiteral("node"), entry.node},
                {QStringLiteral("method"), entry.method},
                {QStringLiteral("url"), entry.url},
                {QStringLiteral("body"), QString::fromUtf8(entry.body)},
                {QStringLiteral("attempt"), entry.attempt},
                {QStringLiteral("httpStatus"), entry.httpStatus},
                {QStringLiteral("outcome"), entry.outcome},
                {QStringLiteral("milliseconds"), entry.milliseconds},
                {QStringLiteral("responseBytes"), entry.responseBytes},
        };
        out += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace Core
