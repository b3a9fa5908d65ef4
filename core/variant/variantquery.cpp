// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantquery.h"

#include "../family/inheritance.h"
#include "../vcf/consequenceparser.h"
#include "../vcf/contignames.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Core {

namespace {

bool carries(Zygosity zygosity)
{
    return zygosity == Zygosity::Het || zygosity == Zygosity::HomAlt
           || zygosity == Zygosity::Hemizygous || zygosity == Zygosity::HetOtherAlt;
}

} // namespace

std::vector<quint32> VariantQuery::allRows(const VariantStore &store)
{
    std::vector<quint32> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

std::vector<quint32> VariantQuery::filter(const VariantStore &store,
                                          const VariantFilter &filter,
                                          const InheritanceAnalysis *inheritance)
{
    const bool sampleConditions = filter.carriersOnly || filter.minimumDepth >= 0
                                  || filter.minimumGenotypeQuality >= 0
                                  || filter.minimumAlleleBalance >= 0;
    const bool validSample = filter.sample >= 0 && filter.sample < store.sampleCount();
    const QString wantedContig
            = filter.contig.isEmpty() ? QString() : canonicalContig(filter.contig);
    // Per-contig decision once, not per row.
    std::vector<char> contigMatches(size_t(store.contigs().size()), 1);
    if (!wantedContig.isEmpty()) {
        for (int i = 0; i < store.contigs().size(); ++i)
            contigMatches[size_t(i)] = canonicalContig(store.contigs().at(i)) == wantedContig;
    }
    QHash<QString, int> severityCache;

    std::vector<quint32> rows;
    rows.reserve(size_t(store.size()));
    for (qsizetype row = 0; row < store.size(); ++row) {
        if (!contigMatches[size_t(store.contigIndex(row))])
            continue;
        if (!wantedContig.isEmpty()) {
            const qint64 position = store.position(row);
            if (position < filter.start || (filter.end > 0 && position > filter.end))
                continue;
        }
        if (filter.passOnly && !store.isPass(row))
            continue;
        if (filter.minimumQuality >= 0) {
            const float quality = store.quality(row);
            if (std::isnan(quality) || quality < filter.minimumQuality)
                continue;
        }
        if (!filter.types.isEmpty() && !filter.types.contains(store.type(row)))
            continue;
        if (!filter.genes.isEmpty() && !filter.genes.contains(store.gene(row)))
            continue;
        if (filter.maximumSeverityRank >= 0) {
            const QString consequence = store.consequence(row);
            auto it = severityCache.constFind(consequence);
            if (it == severityCache.constEnd())
                it = severityCache.insert(consequence, ConsequenceParser::severity(consequence));
            if (consequence.isEmpty() || it.value() > filter.maximumSeverityRank)
                continue;
        }
        if (filter.inheritanceFlags != 0
            && (!inheritance || (inheritance->flags(row) & filter.inheritanceFlags) == 0))
            continue;
        if (sampleConditions) {
            if (!validSample)
                continue;
            const GenotypeCall call = store.genotype(row, filter.sample);
            if (filter.carriersOnly && !carries(call.zygosity))
                continue;
            if (filter.minimumDepth >= 0 && call.depth < filter.minimumDepth)
                continue;
            if (filter.minimumGenotypeQuality >= 0
                && call.genotypeQuality < filter.minimumGenotypeQuality)
                continue;
            if (filter.minimumAlleleBalance >= 0
                && call.alleleBalance() < filter.minimumAlleleBalance)
                continue;
        }
        rows.push_back(quint32(row));
    }
    return rows;
}

std::vector<quint32> VariantQuery::sorted(const VariantStore &store,
                                          std::vector<quint32> rows,
                                          SortKey key,
                                          bool ascending,
                                          int sample)
{
    // One numeric key per row, then a stable sort of (key, row) pairs.
    std::vector<std::pair<double, quint32>> keyed;
    keyed.reserve(rows.size());
    std::vector<int> contigRanks;
    for (const QString &contig : store.contigs())
        contigRanks.push_back(contigRank(contig));

    QHash<QString, double> textRanks;
    auto rankTexts = [&](auto text) {
        QStringList distinct;
        QSet<QString> seen;
        for (quint32 row : rows) {
            const QString value = text(row);
            if (!seen.contains(value)) {
                seen.insert(value);
                distinct.append(value);
            }
        }
        std::sort(distinct.begin(), distinct.end(), [](const QString &a, const QString &b) {
            // Empty values sort last.
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        for (int i = 0; i < distinct.size(); ++i)
            textRanks.insert(distinct.at(i), i);
    };
    const bool validSample = sample >= 0 && sample < store.sampleCount();
    if (key == SortKey::Gene)
        rankTexts([&](quint32 row) { return store.gene(row); });
    else if (key == SortKey::Filter)
        rankTexts([&](quint32 row) { return store.filter(row); });

    for (quint32 row : rows) {
        double value = 0;
        switch (key) {
        case SortKey::Position:
            // rank (0..26) * 1e14 + contig index (< 65536) * 1e9 + position (< 1e9): exact
            // in a double.
            value = double(std::min(contigRanks[size_t(store.contigIndex(row))], 26)) * 1e14
                    + double(store.contigIndex(row)) * 1e9 + double(store.position(row));
            break;
        case SortKey::Quality:
            value = std::isnan(store.quality(row)) ? -1 : double(store.quality(row));
            break;
        case SortKey::Type:
            value = double(store.type(row));
            break;
        case SortKey::Filter:
            value = textRanks.value(store.filter(row));
            break;
        case SortKey::Gene:
            value = textRanks.value(store.gene(row));
            break;
        case SortKey::Severity:
            value = store.consequence(row).isEmpty()
                            ? 1e6
                            : double(ConsequenceParser::severity(store.consequence(row)));
            break;
        case SortKey::Depth:
            value = validSample ? store.genotype(row, sample).depth : -1;
            break;
        case SortKey::GenotypeQuality:
            value = validSample ? store.genotype(row, sample).genotypeQuality : -1;
            break;
        case SortKey::AlleleBalance:
            value = validSample ? store.genotype(row, sample).alleleBalance() : -1;
            break;
        case SortKey::Zygosity:
            value = validSample ? double(store.zygosity(row, sample)) : -1;
            break;
        }
        keyed.emplace_back(value, row);
    }
    if (ascending) {
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
    } else {
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first > b.first;
        });
    }
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
    return rows;
}

} // namespace Core
