// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "genomebuild.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Core {

/*!
 * What a VCF/BCF load did: counts of records and variants, and every record that was not
 * turned into a variant row, with the reason. Nothing is skipped silently.
 */
struct LoadSummary
{
    QString file;
    QString format;        //!< "VCF" or "BCF"
    QString compression;   //!< "none", "gzip" or "bgzf"
    QString formatVersion; //!< "VCFv4.2"
    GenomeBuild build = GenomeBuild::Unknown;
    QStringList samples;
    qint64 recordsRead = 0; //!< data records in the file
    qint64 variants = 0;    //!< rows in the store (one per ALT allele)
    qint64 snvs = 0;
    qint64 mnvs = 0;
    qint64 indels = 0;     //!< insertions, deletions and complex indels
    qint64 structural = 0; //!< symbolic ALT alleles and breakends
    qint64 multiallelicRecords = 0;
    qint64 filteredVariants = 0; //!< rows whose FILTER is neither PASS nor missing
    QMap<QString, qint64> variantsPerContig;
    QMap<QString, qint64> skipped; //!< reason (stable key) -> number of records or alleles
    QMap<QString, qint64> altered; //!< change (stable key) -> number of variant rows
    /*!
     * What the load derived from the file without changing a variant (stable key) -> number
     * of records, e.g. "pl-from-gl": FORMAT/GL kept as PL.
     */
    QMap<QString, qint64> notes;
    QStringList sampleSexes;    //!< per sample: "male", "female", "unknown" (from PED)
    QStringList sampleAffected; //!< per sample: "affected", "unaffected", "unknown"
    QMap<QString, qint64> trio; //!< inheritance flag (stable key) -> rows, when a trio was analysed
    QStringList trioSamples;    //!< child, father, mother
    qint64 elapsedMilliseconds = 0;
    QStringList warnings; //!< translated, one per kind of problem

    qint64 skippedTotal() const;
    /*! Translated plain text, one fact per line (CLI output and the GUI's load report). */
    QString toText() const;
    /*! JSON for `genomedesk load --json`; keys are stable and not translated. */
    QJsonObject toJson() const;
};

} // namespace Core
