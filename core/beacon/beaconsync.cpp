// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconsync.h"

#include "../common/tr.h"
#include "../frequency/frequencystore.h"
#include "beaconcachewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBeaconSync, "genomedesk.core.beacon.sync", QtWarningMsg)

namespace Core {

BeaconSync::BeaconSync(FrequencyStore &store, QList<BeaconNode> nodes, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nodes(std::move(nodes))
{}

BeaconSync::~BeaconSync() = default;

void BeaconSync::start(const QList<BeaconQueryVariant> &variants,
                       const QList<BeaconRegion> &regions)
{
    m_timer.start();
    m_running = int(m_nodes.size());
    if (m_nodes.isEmpty()) {
        QTimer::singleShot(0, this, &BeaconSync::finished);
        return;
    }
    auto fetchTimes = BeaconFreshness::open(m_store.path(), BeaconFreshness::OpenMode::ReadWrite);
    if (fetchTimes)
        m_fetchTimes = std::move(fetchTimes).value();
    else
        qCWarning(lcBeaconSync) << "fetch times unavailable, fetching everything:"
                                << fetchTimes.error().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BeaconNode &node : std::as_const(m_nodes)) {
        auto *client = new BeaconClient(node, this);
        m_clients.append(client);
        connect(client,
                &BeaconClient::finished,
                this,
                [this, client](const BeaconFetchResult &result) {
                    onClientFinished(client, result);
                });
        connect(client, &BeaconClient::progress, this, [this, client](qint64 done, qint64 total) {
            Q_EMIT nodeProgress(client->node().name, done, total);
        });

        // What this node should be asked for, before freshness.
        QList<BeaconRegion> wanted = regions;
        QList<BeaconQueryVariant> exactVariants;
        if (node.padding) {
            wanted += padBeaconRegions(variants, node.windowBases);
        } else {
            for (const BeaconQueryVariant &variant : variants) {
                const QByteArray contig = normalizedContigName(variant.contig);
                wanted.append({contig, variant.position, variant.position});
                if (regions.isEmpty())
                    exactVariants.append(variant);
            }
        }

        // Only what was not fetched within the maximum age (nothing is skipped for a source
        // the cache no longer holds).
        BeaconNodeReport fresh;
        fresh.maxAgeDays = m_maximumAgeDays >= 0                 ? m_maximumAgeDays
                           : m_maximumAgeDays == kNodeMaximumAge ? node.maxAgeDays
                                                                 : 0;
        QList<BeaconRegion> stale = wanted;
        if (m_fetchTimes) {
            if (!m_store.source(node.sourceName())) {
                if (auto forgotten = m_fetchTimes->forget(node.sourceName()); !forgotten)
                    qCWarning(lcBeaconSync) << forgotten.error().toString();
            } else if (fresh.maxAgeDays > 0) {
                stale = m_fetchTimes->staleParts(
                        node.sourceName(), wanted, now.addSecs(-qint64(fresh.maxAgeDays) * 86400));
            }
        }
        for (const BeaconRegion &region : std::as_const(wanted)) {
            const bool coveredByStale = std::any_of(
                    stale.cbegin(), stale.cend(), [&region](const BeaconRegion &part) {
                        return part.contig == region.contig && part.first <= region.last
                               && part.last >= region.first;
                    });
            if (!coveredByStale)
                ++fresh.regionsFresh;
        }
        fresh.upToDate = !wanted.isEmpty() && stale.isEmpty();
        fresh.regionsFetched = stale.size();
        m_freshness.insert(node.name, fresh);
        m_regions.insert(node.name, stale);

        if (!exactVariants.isEmpty()) {
            QList<BeaconQueryVariant> staleVariants;
            for (const BeaconQueryVariant &variant : std::as_const(exactVariants)) {
                const QByteArray contig = normalizedContigName(variant.contig);
                const bool isStale
                        = std::any_of(stale.cbegin(), stale.cend(), [&](const BeaconRegion &part) {
                              return part.contig == contig && part.first <= variant.position
                                     && part.last >= variant.position;
                          });
                if (isStale)
                    staleVariants.append(variant);
            }
            client->startExact(staleVariants);
        } else {
            // Regions given explicitly are range queries even without padding.
            client->start(stale);
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
    const BeaconNodeReport fresh = m_freshness.value(result.node);
    report.regionsFetched = fresh.regionsFetched;
    report.regionsFresh = fresh.regionsFresh;
    report.upToDate = fresh.upToDate;
    report.maxAgeDays = fresh.maxAgeDays;
    const QList<BeaconRegion> fetched = m_regions.value(result.node);
    if (result.ok && fetched.isEmpty()) {
        // Nothing was stale: the cached source stays as it is.
    } else if (result.ok) {
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
            if (m_fetchTimes) {
                auto recorded = m_fetchTimes->record(
                        client->node().sourceName(), fetched, result.retrieved);
                if (!recorded)
                    qCWarning(lcBeaconSync) << recorded.error().toString();
            }
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
