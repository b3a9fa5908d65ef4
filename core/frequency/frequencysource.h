// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../vcf/genomebuild.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Core {

/*! The type of the values of one stored field (one column of every chunk). */
enum class FrequencyFieldType : quint8 {
    Integer = 1, //!< exact counts (AC, AN, nhomalt), 0 ... 2^62; missing allowed
    Float = 2,   //!< 32-bit floats as written in the source (faf95), NaN when missing
    String = 3,  //!< short text (grpmax), empty when missing
};

/*! "Integer", "Float" or "String" (a file-format key, not translated). */
QString frequencyFieldTypeName(FrequencyFieldType type);

/*!
 * A population (genetic ancestry group, cohort, subset) of a source. The label "all" is the
 * whole source (gnomAD's unsuffixed AC/AN/nhomalt).
 */
struct FrequencyPopulation
{
    QString label;           //!< "nfe", "afr", "all", "joint_nfe"; a file-format key
    QString description;     //!< "Non-Finnish European"; may be empty
    qint64 sampleCount = -1; //!< individuals in the population; -1 when the source does not say
};

/*!
 * One stored field of a source: a metric ("AC", "AN", "nhomalt", "faf95", "grpmax" or any
 * name a field mapping gives) of one population, read from one INFO key of the sites VCF.
 */
struct FrequencyField
{
    QString metric;     //!< "AC", "AN", "nhomalt", "faf95", "grpmax", ...
    QString population; //!< a FrequencyPopulation label
    QString infoKey;    //!< INFO key in the sites VCF ("AC_nfe")
    FrequencyFieldType type = FrequencyFieldType::Integer;

    /*! "<metric>" for population "all", else "<metric>_<population>" (e.g. "AC_nfe"). */
    QString name() const;
};

/*!
 * A source of frequencies in a cache: where the numbers came from. Every value shown to a
 * clinician carries its source's name and version.
 */
struct FrequencySource
{
    qint64 id = 0;          //!< row id in the cache file
    QString name;           //!< short key, also the prefix of annotation keys ("gnomad")
    QString version;        //!< "4.1"
    QString origin;         //!< file name of the sites VCF, or the Beacon node URL
    QString assembly;       //!< "GRCh38"
    QString licence;        //!< free text ("CC0-1.0"); may be empty
    QDateTime retrieved;    //!< when the data was obtained (UTC)
    QDateTime imported;     //!< when it was written into the cache (UTC)
    qint64 recordCount = 0; //!< records read from the sites VCF
    qint64 siteCount = 0;   //!< stored sites (one per ALT allele, duplicates dropped)
    QList<FrequencyPopulation> populations;
    QList<FrequencyField> fields; //!< in column order

    /*! Index of the field with \a metric and \a population, or -1. */
    int fieldIndex(const QString &metric, const QString &population) const;
};

/*!
 * The contig name used inside caches: without a "chr" prefix, and "MT" for the mitochondrion
 * ("chr1" -> "1", "chrM" -> "MT", "M" -> "MT", "chrUn_x" -> "Un_x"), so that a case named one
 * way matches a source named the other way.
 */
QByteArray normalizedContigName(const QByteArray &name);

} // namespace Core
