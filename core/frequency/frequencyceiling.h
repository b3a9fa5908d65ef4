// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frequencyannotation.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Core {

/*!
 * "Rare in these populations": an allele-frequency ceiling for the filter cascade, the way a
 * clinician asks for it — at most 1% in every chosen population, or in the highest
 * population (gnomAD's grpmax) when none is chosen, optionally on the filtering allele
 * frequency (FAF95) where the source gives one.
 *
 * A variant that no source has (not found, or no data for the region) passes: absence from
 * the population data is what "rare" means. Populations with fewer than
 * minimumAlleleNumber alleles at the site do not count, so a frequency of 1/4 among two
 * genotyped people does not remove a variant.
 */
struct FrequencyCeiling
{
    double maximum = 0.01; //!< in [0,1]
    /*! Population labels ("nfe", "afr", "all"); empty: every population except \a excluded. */
    QStringList populations;
    /*! Used when \a populations is empty, e.g. the groups gnomAD leaves out of grpmax. */
    QStringList excluded;
    bool useFilteringAlleleFrequency = false; //!< compare FAF95 where a source has it
    qint64 minimumAlleleNumber = 0;

    /*! Translated, for the cascade: "Allele frequency ≤ 1% in nfe, afr". */
    QString description() const;
};

/*!
 * A FrequencyCeiling bound to one FrequencyAnnotation: field indices are looked up once, so
 * keeps() costs a few array reads per source and population (a genome filters in well under
 * a second). Thread: any, while the annotation lives.
 */
class FrequencyCeilingFilter final
{
public:
    FrequencyCeilingFilter(const FrequencyAnnotation &annotation, const FrequencyCeiling &ceiling);

    /*! The highest frequency that counts for \a row; NaN when no population counts. */
    double frequency(qsizetype row) const;
    /*! True when frequency() is at most the ceiling, or unknown. */
    bool keeps(qsizetype row) const;

private:
    struct Column
    {
        int source = 0;
        int alleleCount = -1;
        int alleleNumber = -1;
        int alleleFrequency = -1;
        int filteringAlleleFrequency = -1;
    };

    const FrequencyAnnotation *m_annotation = nullptr;
    FrequencyCeiling m_ceiling;
    std::vector<Column> m_columns;
};

/*!
 * Populations left out when the highest population frequency is taken, as gnomAD leaves them
 * out of grpmax (founder or unassigned groups), and the minimum allele number that counts.
 */
QStringList frequencyCeilingExcludedPopulations();
constexpr qint64 kFrequencyCeilingMinimumAlleleNumber = 2000;

/*! The population labels of every source of \a annotation, in first-seen order, "all" first. */
QStringList frequencyPopulations(const FrequencyAnnotation &annotation);

} // namespace Core
