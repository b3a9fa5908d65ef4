// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconcachewriter.h"

#include "../common/tr.h"
#include "../frequency/frequencystore.h"
#include "../frequency/sitesvcfimporter.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <map>
#include <tuple>
#include <vector>

namespace Core {

namespace {

constexpr int kMetricCount = 4; // AC, AN, nhomalt, AF

QString safeLabel(const QString &text)
{
    QString label = text;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_]"));
    label.replace(unsafe, QStringLiteral("_"));
    return label.left(64);
}

struct SiteValues
{
    std::map<QString, std::array<double, kMetricCount>> populations; // -1 / NaN when missing
};

} // namespace

Result<qint64> writeBeaconSource(FrequencyStore &store, const BeaconNodeData &data)
{
    using Key = std::tuple<qint64, QByteArray, QByteArray>;
    std::map<QByteArray, std::map<Key, SiteValues>> sites;
    std::map<QByteArray, std::pair<qint64, qint64>> coverage;
    QMap<QString, QString> descriptions;

    QSet<QString> upstreamSources;
    for (const BeaconVariant &variant : data.variants) {
        for (const BeaconPopulationFrequency &frequency : variant.frequencies)
            upstreamSources.insert(frequency.source);
    }
    const bool prefix = upstreamSources.size() > 1;

    auto inRegions = [&data](const QByteArray &contig, qint64 position) {
        for (const BeaconRegion &region : data.regions) {
            if (region.contig == contig && position >= region.first && position <= region.last)
                return true;
        }
        return false;
    };
    auto extend = [&coverage](const QByteArray &contig, qint64 first, qint64 last) {
        auto it = coverage.find(contig);
        if (it == coverage.end())
            coverage[contig] = {first, last};
        else
            it->second = {std::min(it->second.first, first), std::max(it->second.second, last)};
    };

    // What the source already holds outside the new regions stays.
    if (const FrequencySource *existing = store.source(data.sourceName)) {
        const FrequencySource old = *existing;
        for (const FrequencyPopulation &population : old.populations)
            descriptions.insert(population.label, population.description);
        for (const FrequencyCoverage &span : store.coverage(old)) {
            extend(span.contig, span.firstPosition, span.lastPosition);
            for (const qint64 window : store.windows(old, span.contig)) {
                auto chunk = store.chunk(old, span.contig, window);
                if (!chunk)
                    return chunk.error();
                if (!chunk.value())
                    continue;
                const FrequencyChunk &oldSites = *chunk.value();
                for (qsizetype site = 0; site < oldSites.size(); ++site) {
                    if (inRegions(span.contig, oldSites.position(site)))
                        continue;
                    SiteValues &values = sites[span.contig][Key{oldSites.position(site),
                                                                oldSites.reference(site),
                                                                oldSites.alternate(site)}];
                    for (const FrequencyPopulation &population : old.populations) {
                        std::array<double, kMetricCount> figures{-1, -1, -1, std::nan("")};
                        const char *metrics[] = {"AC", "AN", "nhomalt", "AF"};
                        for (int metric = 0; metric < kMetricCount; ++metric) {
                            const int column = old.fieldIndex(QLatin1String(metrics[metric]),
                                                              population.label);
                            if (column < 0)
                                continue;
                            figures[size_t(metric)]
                                    = metric == 3 ? double(oldSites.floating(site, column))
                                                  : double(oldSites.integer(site, column));
                        }
                        values.populations[population.label] = figures;
                    }
                }
            }
        }
    }

    for (const BeaconRegion &region : data.regions)
        extend(region.contig, region.first, region.last);
    for (const BeaconVariant &variant : data.variants) {
        qint64 position = variant.position;
        QByteArray reference = variant.reference;
        QByteArray alternate = variant.alternate;
        if (reference.isEmpty() || alternate.isEmpty())
            continue; // trimmed (VCF-less) indels cannot be matched without the anchor base
        SitesVcfImporter::normalizeAlleles(position, reference, alternate);
        SiteValues &values = sites[variant.contig][Key{position, reference, alternate}];
        for (const BeaconPopulationFrequency &frequency : variant.frequencies) {
            const QString label = prefix ? safeLabel(frequency.source) + QLatin1Char('_')
                                                   + safeLabel(frequency.population)
                                         : safeLabel(frequency.population);
            if (!descriptions.contains(label))
                descriptions.insert(label,
                                    prefix ? frequency.source + QStringLiteral(": ")
                                                     + frequency.population
                                           : frequency.population);
            if (values.populations.count(label))
                continue; // the first figures of a label win
            values.populations[label] = {double(frequency.alleleCount),
                                         double(frequency.alleleNumber),
                                         double(frequency.homozygotes),
                                         frequency.alleleFrequency};
        }
    }

    FrequencySource source;
    source.name = data.sourceName;
    source.version = data.datasetIds.join(QStringLiteral(","));
    source.origin = data.origin;
    source.assembly = data.assembly;
    source.retrieved = data.retrieved;
    source.imported = QDateTime::currentDateTimeUtc();
    const QStringList labels = descriptions.keys();
    for (const QString &label : labels) {
        source.populations.append({label, descriptions.value(label), -1});
        source.fields.append({QStringLiteral("AC"), label, QString(), FrequencyFieldType::Integer});
        source.fields.append({QStringLiteral("AN"), label, QString(), FrequencyFieldType::Integer});
        source.fields.append(
                {QStringLiteral("nhomalt"), label, QString(), FrequencyFieldType::Integer});
        source.fields.append({QStringLiteral("AF"), label, QString(), FrequencyFieldType::Float});
    }
    QList<FrequencyFieldType> types;
    for (const FrequencyField &field : std::as_const(source.fields))
        types.append(field.type);

    auto writer = store.beginSource(source);
    if (!writer)
        return writer.error();
    qint64 siteCount = 0;
    for (const auto &contigEntry : sites) {
        // Not a structured binding: C++17 does not let the lambda below capture one (clang).
        const auto &contig = contigEntry.first;
        const auto &contigSites = contigEntry.second;
        qint64 currentWindow = -1;
        FrequencyChunk chunk(types);
        auto flush = [&]() -> Result<void> {
            if (chunk.size() > 0) {
                auto written = writer.value()->writeChunk(contig, currentWindow, std::move(chunk));
                if (!written)
                    return written.error();
            }
            chunk = FrequencyChunk(types);
            return {};
        };
        for (const auto &[key, values] : contigSites) {
            const auto &[position, reference, alternate] = key;
            const qint64 window = FrequencyChunk::windowOf(position);
            if (window != currentWindow) {
                auto flushed = flush();
                if (!flushed)
                    return flushed.error();
                currentWindow = window;
            }
            const qsizetype site = chunk.append(position, reference, alternate);
            for (const auto &[label, figures] : values.populations) {
                const int populationIndex = int(labels.indexOf(label));
                for (int metric = 0; metric < 3; ++metric) {
                    if (figures[size_t(metric)] >= 0)
                        chunk.setInteger(site,
                                         populationIndex * kMetricCount + metric,
                                         qint64(figures[size_t(metric)]));
                }
                if (!std::isnan(figures[3]))
                    chunk.setFloat(site, populationIndex * kMetricCount + 3, float(figures[3]));
            }
            ++siteCount;
        }
        auto flushed = flush();
        if (!flushed)
            return flushed.error();
    }
    for (const auto &[contig, span] : coverage) {
        qint64 count = 0;
        if (auto it = sites.find(contig); it != sites.end())
            count = qint64(it->second.size());
        auto written = writer.value()->writeCoverage({contig, span.first, span.second, count});
        if (!written)
            return written.error();
    }
    auto committed = writer.value()->commit(qint64(data.variants.size()), siteCount);
    if (!committed)
        return committed.error();
    return siteCount;
}

} // namespace Core
