// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frequencysource.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace Core {

/*! What a source says about one variant. */
enum class FrequencyStatus : quint8 {
    NoData, //!< the source has no data for this region (contig, span or 64 kb window without sites)
    NotFound, //!< the region is covered but the allele is not in the source
    Found,    //!< the allele is in the source; its values are available
};

/*! "no-data", "not-found", "found" (a file-format key, not translated). */
QString frequencyStatusKey(FrequencyStatus status);

/*!
 * The allele frequency GenomeDesk uses: AC/AN when both are known and AN > 0 (exact, from the
 * counts), else the source's stored AF; NaN when there is neither.
 */
inline double alleleFrequencyOf(qint64 alleleCount, qint64 alleleNumber, float storedFrequency)
{
    if (alleleCount >= 0 && alleleNumber > 0)
        return double(alleleCount) / double(alleleNumber);
    return std::isnan(storedFrequency) ? std::numeric_limits<double>::quiet_NaN()
                                       : double(storedFrequency);
}

/*!
 * The figures of one population of one source for one variant, with their provenance.
 * Counts are -1 when the source gives no value.
 */
struct PopulationFrequency
{
    QString source;     //!< source name ("gnomad")
    QString version;    //!< source version ("4.1")
    QString population; //!< label ("nfe", "all")
    FrequencyStatus status = FrequencyStatus::NoData;
    qint64 alleleCount = -1;                                                  //!< AC
    qint64 alleleNumber = -1;                                                 //!< AN
    qint64 homozygotes = -1;                                                  //!< nhomalt
    float filteringAlleleFrequency = std::numeric_limits<float>::quiet_NaN(); //!< faf95, in [0,1]

    /*! AC/AN in [0,1] when both are known and AN > 0; a stored AF otherwise; NaN if neither. */
    double alleleFrequency = std::numeric_limits<double>::quiet_NaN();
    bool hasAlleleFrequency() const { return !std::isnan(alleleFrequency); }
};

/*!
 * Population frequencies of every row of a VariantStore from one or more cache sources: the
 * result of FrequencyAnnotator::annotate(), for the variant table (ui/) and the policy engine.
 *
 * Rows are the VariantStore's rows; sources are numbered 0 ... sourceCount() - 1 in the
 * order the annotator was given (each FrequencySource carries its fields and populations).
 * Lookups are O(1). Only rows found in a source hold values, so an annotation of a genome
 * against one source of 30 fields takes about 5 bytes per row plus 4 bytes per found value
 * (integers are kept in 32 bits; the rare larger value is kept aside, exactly).
 *
 * Immutable once built; safe to read from several threads.
 */
class FrequencyAnnotation
{
public:
    FrequencyAnnotation() = default;

    qsizetype rowCount() const { return m_rowCount; }
    int sourceCount() const { return int(m_sources.size()); }
    const FrequencySource &source(int source) const { return m_sources[size_t(source)].source; }
    /*! Index of the source called \a name, or -1. */
    int sourceIndex(const QString &name) const;

    FrequencyStatus status(qsizetype row, int source) const
    {
        return FrequencyStatus(m_sources[size_t(source)].status[size_t(row)]);
    }

    /*! Integer field \a field of \a source for \a row; -1 when missing or not found. */
    qint64 integer(qsizetype row, int source, int field) const;
    /*! Float field; NaN when missing or not found. */
    float floating(qsizetype row, int source, int field) const;
    /*! Text field; empty when missing or not found. */
    QByteArray text(qsizetype row, int source, int field) const;

    /*! All figures of \a population in \a source for \a row, with provenance. */
    PopulationFrequency population(qsizetype row, int source, const QString &population) const;

    /*!
     * The population with the highest allele frequency over all sources for \a row, among
     * populations with AN >= \a minimumAlleleNumber, ignoring the whole-source "all" figures
     * and the labels in \a excluded (gnomAD leaves out asj, fin, ami, remaining from grpmax).
     * Empty when no population qualifies.
     */
    std::optional<PopulationFrequency> maximumPopulationFrequency(qsizetype row,
                                                                  qint64 minimumAlleleNumber = 0,
                                                                  const QStringList &excluded
                                                                  = {}) const;

private:
    friend class FrequencyAnnotator;

    struct SourceValues
    {
        FrequencySource source;
        std::vector<quint8> status;   // FrequencyStatus per row
        std::vector<qint32> valueRow; // row in the value columns, -1 when not found
        qint32 foundCount = 0;
        // One column per field, found rows only. An integer that does not fit 32 bits is
        // kWideInteger in its column and kept in wideIntegers (by value row, ascending).
        static constexpr qint32 kWideInteger = std::numeric_limits<qint32>::max();
        std::vector<std::vector<qint32>> integers;
        std::vector<std::vector<std::pair<qint32, qint64>>> wideIntegers;
        std::vector<std::vector<float>> floats;
        std::vector<std::vector<QByteArray>> strings;
    };

    qsizetype m_rowCount = 0;
    std::vector<SourceValues> m_sources;
};

} // namespace Core
