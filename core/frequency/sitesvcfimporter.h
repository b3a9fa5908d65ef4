// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "../vcf/genomebuild.h"
#include "frequencysource.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Core {

class FrequencyStore;

/*!
 * Imports a sites VCF/BCF (gnomAD or any file with per-population counts in INFO) into a
 * FrequencyStore as one source.
 *
 * Field naming follows gnomAD v4: for the whole source ("all") AC, AN, nhomalt, faf95,
 * grpmax (v2: popmax) and fafmax_faf95_max; for each population <p> AC_<p>, AN_<p>,
 * nhomalt_<p> and faf95_<p>. Joint v4.1 data are the populations "joint" and "joint_<p>"
 * (AC_joint_<p>). AF is not stored: it is computed from AC/AN when both exist. FILTER is
 * stored as the text field "filter". A field map (see parseFieldMap()) replaces this naming.
 *
 * Each ALT allele becomes one site (multi-allelic records are split; Number=A values are
 * taken per allele, Number=1 values shared). Alleles are normalised by trimming the bases
 * shared at the end, then at the start (moving POS), keeping at least one base; symbolic,
 * breakend and '*' alleles are skipped and counted. When the same (contig, POS, REF, ALT)
 * occurs more than once, the first record in the file wins and the others are counted as
 * duplicates. Sites of every FILTER value are kept, as `bcftools annotate` does.
 *
 * The file must be sorted (by contig blocks and position). The whole import is one SQL
 * transaction: on an error or cancellation nothing changes in the cache, and an existing
 * source of the same name is replaced only when the import completes.
 */
class SitesVcfImporter final
{
public:
    struct Options
    {
        QString sourceName;      //!< required: "gnomad"
        QString version;         //!< required: "4.1"
        QString origin;          //!< default: the file name of the VCF
        QString licence;         //!< free text, may be empty
        QDateTime retrieved;     //!< default: the VCF's modification time
        QStringList populations; //!< labels to import besides "all"; empty: every gnomAD group in
                                 //!< the header
        QString fieldMapPath;    //!< a field map file; replaces the gnomAD naming
        GenomeBuild build = GenomeBuild::Unknown; //!< when the header does not tell
        int decompressionThreads = 2;
        /*!
         * VCF text whose imported fields are all Integer (gnomAD's AC/AN/nhomalt) and FILTER:
         * the importer reads CHROM, POS, REF, ALT, FILTER and those INFO values straight
         * from each line, without building an htslib record; a line it does not fully
         * understand goes through htslib's vcf_parse() as before. Same sites and values
         * either way; false reads every line through htslib (tests compare the two).
         */
        bool parseLines = true;
    };

    struct Summary
    {
        FrequencySource source;    //!< as stored
        qint64 records = 0;        //!< data records read
        qint64 sites = 0;          //!< sites stored
        qint64 chunks = 0;         //!< chunks written
        qint64 duplicates = 0;     //!< alleles dropped because an earlier record had them
        qint64 skippedAlleles = 0; //!< symbolic, breakend and '*' alleles
        qint64 linesParsed = 0;    //!< records read without an htslib record (parseLines)
        QStringList warnings;      //!< translated
    };

    /*!
     * Imports \a vcfPath into \a store. Reports progress in bytes of the (compressed) file;
     * returns Error::Code::Cancelled when \a job is cancelled.
     */
    static Result<Summary> import(FrequencyStore &store,
                                  const QString &vcfPath,
                                  const Options &options,
                                  const JobContext &job);

    /*!
     * Reads a field map: a tab-separated text file, '#' starts a comment. A line
     * `<metric> <population> <INFO key> [Integer|Float|String]` maps one field (the type
     * defaults to the INFO key's type in the VCF header); a line
     * `population <label> <description> [<sample count>]` describes a population.
     */
    static Result<std::pair<QList<FrequencyField>, QList<FrequencyPopulation>>>
    parseFieldMap(const QString &path);

    /*!
     * Normalises one allele pair in place: trims shared trailing bases, then shared leading
     * bases (increasing \a position), keeping at least one base in each allele.
     */
    static void normalizeAlleles(qint64 &position, QByteArray &reference, QByteArray &alternate);

    /*!
     * Whether an ALT allele is one that is neither imported nor looked up: the spanning
     * deletion `*`, a symbolic allele (`<DEL>`), a breakend (`[`, `]`) or a missing `.`.
     */
    static bool isSkippedAllele(QByteArrayView allele);
};

} // namespace Core
