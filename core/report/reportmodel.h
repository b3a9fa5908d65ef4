// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../vcf/vcfreader.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Core {

/*! One variant line of a report, already formatted for display (not translated keys). */
struct ReportVariant
{
    QString contig;
    qint64 position = 0; //!< 1-based
    QString reference;
    QString alternate;
    QString type; //!< variantTypeKey()
    QString gene; //!< from the input's VEP/SnpEff annotation; empty when absent
    QString consequence;
    QString transcript;
    QString zygosity; //!< zygosityKey() of the reported sample
    QString depth;    //!< "32" or "." when missing
    QString genotypeQuality;
    QString alleleBalance; //!< "0.48" or "."
    QString filter;
};

/*!
 * The content of a clinician-facing report, independent of how it is rendered.
 * Built from a loaded case; everything printed is in here, so rendering is deterministic
 * for the same model.
 */
struct ReportModel
{
    QString reportId;
    QString caseId;
    QString sample;
    QString inputFile;   //!< file name only, no directory
    QString inputSha256; //!< hex
    QString genomeBuild;
    QDateTime createdAt; //!< UTC
    qint64 recordsRead = 0;
    qint64 skippedRecords = 0;
    QStringList loadWarnings;
    QList<ReportVariant> variants;

    /*!
     * Builds the model for \a sampleIndex of \a loaded. \a inputSha256 is the checksum of
     * the input file (see sha256OfFile()). Thread: any.
     */
    static ReportModel fromLoadedVariants(const LoadedVariants &loaded,
                                          int sampleIndex,
                                          const QString &caseId,
                                          const QString &inputSha256,
                                          const QDateTime &createdAt);
};

/*! Hex SHA-256 of a file, streamed; an Error names the file when it cannot be read. */
Result<QString> sha256OfFile(const QString &path);

} // namespace Core
