// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Core {

/*! The reference genome assembly a file was aligned to. */
enum class GenomeBuild { Unknown, GRCh37, GRCh38 };

/*! "GRCh37", "GRCh38" or "unknown" (a file-format key, not translated). */
QString genomeBuildName(GenomeBuild build);
/*! Parses "GRCh37"/"hg19"/"b37" and "GRCh38"/"hg38" (any case); Unknown otherwise. */
GenomeBuild genomeBuildFromName(const QString &name);

struct ContigLength
{
    QString name;      //!< as written in the file ("chr1" or "1")
    qint64 length = 0; //!< in bases; 0 when the header does not say
};

/*!
 * Detects the assembly from the lengths of the primary chromosomes in the header
 * (`##contig=<ID=..,length=..>`), falling back to the `##reference` line.
 * Contig names with or without "chr" are recognised. Returns Unknown when the evidence is
 * missing or contradictory.
 */
GenomeBuild detectGenomeBuild(const QList<ContigLength> &contigs, const QString &reference = {});

} // namespace Core
