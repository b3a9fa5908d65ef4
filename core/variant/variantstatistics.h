// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "variantstore.h"

#include <QMap>
#include <QString>

#include <array>

namespace Core {

/*!
 * Quality-control numbers of one sample for the QC dashboard: variant types, Ti/Tv,
 * het/hom ratio, depth and GQ distributions, counts per chromosome, and the X heterozygosity
 * used to check the sex given in the PED file.
 */
struct VariantStatistics
{
    static constexpr int kBins = 10;

    qint64 carried = 0; //!< rows where the sample carries the ALT
    qint64 snvs = 0;
    qint64 mnvs = 0;
    qint64 insertions = 0;
    qint64 deletions = 0;
    qint64 complex = 0;
    qint64 structural = 0;
    qint64 transitions = 0;
    qint64 transversions = 0;
    qint64 heterozygous = 0;
    qint64 homozygous = 0; //!< hom-alt and hemizygous
    qint64 chromosomeXHeterozygous = 0;
    qint64 chromosomeXHomozygous = 0;
    std::array<qint64, kBins> depthBins{};           //!< DP in bins of 10 reads, last bin: ≥ 90
    std::array<qint64, kBins> genotypeQualityBins{}; //!< GQ in bins of 10, last bin: ≥ 90
    QMap<int, qint64> perContigRank;                 //!< contigRank() -> count, karyotype order
    QMap<int, QString> contigNames;                  //!< contigRank() -> name as in the file

    double transitionTransversionRatio() const;
    double heterozygousHomozygousRatio() const;
    /*! Fraction of heterozygous calls on X outside the PARs in [0,1]; negative without calls. */
    double chromosomeXHeterozygosity() const;

    static VariantStatistics compute(const VariantStore &store, int sample, GenomeBuild build);
};

} // namespace Core
