// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantstatistics.h"

#include "../family/inheritance.h"
#include "../vcf/contignames.h"

namespace Core {

namespace {

bool isTransition(char a, char b)
{
    auto purine = [](char c) {
        return c == 'A' || c == 'G';
    };
    return a != b && purine(a) == purine(b);
}

int bin(int value)
{
    return value < 0 ? -1 : std::min(value / 10, VariantStatistics::kBins - 1);
}

} // namespace

double VariantStatistics::transitionTransversionRatio() const
{
    return transversions > 0 ? double(transitions) / double(transversions) : 0.0;
}

double VariantStatistics::heterozygousHomozygousRatio() const
{
    return homozygous > 0 ? double(heterozygous) / double(homozygous) : 0.0;
}

double VariantStatistics::chromosomeXHeterozygosity() const
{
    const qint64 total = chromosomeXHeterozygous + chromosomeXHomozygous;
    return total > 0 ? double(chromosomeXHeterozygous) / double(total) : -1.0;
}

VariantStatistics
VariantStatistics::compute(const VariantStore &store, int sample, GenomeBuild build)
{
    VariantStatistics statistics;
    if (sample < 0 || sample >= store.sampleCount())
        return statistics;
    std::vector<int> ranks;
    for (const QString &contig : store.contigs())
        ranks.push_back(contigRank(contig));

    for (qsizetype row = 0; row < store.size(); ++row) {
        const GenotypeCall call = store.genotype(row, sample);
        const bool heterozygous
                = call.zygosity == Zygosity::Het || call.zygosity == Zygosity::HetOtherAlt;
        const bool homozygous
                = call.zygosity == Zygosity::HomAlt || call.zygosity == Zygosity::Hemizygous;
        if (!heterozygous && !homozygous)
            continue;
        ++statistics.carried;
        (heterozygous ? statistics.heterozygous : statistics.homozygous) += 1;
        switch (store.type(row)) {
        case VariantType::Snv: {
            ++statistics.snvs;
            const char reference = store.reference(row).at(0);
            const char alternate = store.alternate(row).at(0);
            (isTransition(reference, alternate) ? statistics.transitions : statistics.transversions)
                    += 1;
            break;
        }
        case VariantType::Mnv:
            ++statistics.mnvs;
            break;
        case VariantType::Insertion:
            ++statistics.insertions;
            break;
        case VariantType::Deletion:
            ++statistics.deletions;
            break;
        case VariantType::Complex:
            ++statistics.complex;
            break;
        case VariantType::Structural:
            ++statistics.structural;
            break;
        }
        if (const int depth = bin(call.depth); depth >= 0)
            ++statistics.depthBins[size_t(depth)];
        if (const int quality = bin(call.genotypeQuality); quality >= 0)
            ++statistics.genotypeQualityBins[size_t(quality)];
        const int rank = ranks[size_t(store.contigIndex(row))];
        ++statistics.perContigRank[rank];
        if (!statistics.contigNames.contains(rank))
            statistics.contigNames.insert(
                    rank, rank >= 1000 ? QStringLiteral("other") : store.contig(row));
        if (isChromosomeX(store.contig(row))
            && isHaploidInMales(store.contig(row), store.position(row), build))
            (heterozygous ? statistics.chromosomeXHeterozygous : statistics.chromosomeXHomozygous)
                    += 1;
    }
    return statistics;
}

} // namespace Core
