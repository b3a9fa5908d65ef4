// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Core {

class FrequencyStore;

/*!
 * Annotates a VCF/BCF file with population frequencies from frequency caches, streaming
 * (records are read, looked up by the same chunk merge as FrequencyAnnotator, and written one
 * by one; memory does not grow with the file).
 *
 * For each source S and each stored field F the output gets INFO/S_F (e.g. gnomad_AC_nfe,
 * gnomad_nhomalt, gnomad_grpmax), for each population P with AC and AN the computed
 * INFO/S_AF_P (S_AF for "all"), and INFO/S_status ("found", "not-found", "no-data"). All are
 * Number=A (one value per ALT allele of the record; multi-allelic records are looked up allele
 * by allele) and are declared in the output header, together with one
 * ##genomedesk_frequency_source line per source (name, version, origin, assembly, licence,
 * retrieval time). A key with no value for any allele is left out of the record.
 *
 * INFO keys that the input uses without declaring them are dropped with a warning (never
 * written undeclared). The output format follows the name: .vcf.gz/.vcf.bgz (bgzipped VCF),
 * .bcf, .vcf, or .tsv (one line per ALT allele: CHROM POS REF ALT, then the keys above). The
 * file is written under a temporary name and renamed when complete.
 */
class VcfFrequencyAnnotator final
{
public:
    struct Summary
    {
        qint64 records = 0;
        qint64 alleles = 0;
        QMap<QString, qint64> found;    //!< source -> alleles found
        QMap<QString, qint64> notFound; //!< source -> alleles in covered regions, not found
        QStringList warnings;           //!< translated
        qint64 linesKnown = 0;          //!< lines read without htslib (Options::readKnownLines)
    };

    struct Options
    {
        /*!
         * VCF output (.vcf.gz, .vcf): the new keys are appended as text to the INFO column of
         * the record's line (the input's own line when the input is VCF text and the record
         * needs no change, else htslib's formatting of it) instead of being set on the record
         * with bcf_update_info_*() and the whole record formatted again. Same values and
         * same text; false only to compare the two (tests) — BCF and TSV output, and inputs
         * that already declare one of the keys, always use the record.
         */
        bool appendInfoText = true;
        /*!
         * With the appended text from VCF text input: a line with the contig, FILTER, INFO
         * keys, FORMAT and column count of an earlier line that htslib read without adding to
         * the header is not parsed by htslib (only its POS and alleles are read; the line is
         * written as it was). Same output; false only to compare the two (tests).
         */
        bool readKnownLines = true;
        /*!
         * The keys to write, named without the source prefix as in the sources (AC, AN_nfe,
         * nhomalt, the computed AF and AF_nfe, filter, status); empty: all of them. A name
         * that no source has is an error (a misspelt field must not silently vanish).
         */
        QStringList fields;
    };

    static Result<Summary> annotate(const QString &inputPath,
                                    const QString &outputPath,
                                    const QList<const FrequencyStore *> &stores,
                                    const JobContext &job);
    static Result<Summary> annotate(const QString &inputPath,
                                    const QString &outputPath,
                                    const QList<const FrequencyStore *> &stores,
                                    const JobContext &job,
                                    const Options &options);
};

} // namespace Core
