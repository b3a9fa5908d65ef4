// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "../family/inheritance.h"
#include "../family/pedigree.h"
#include "../variant/variantstore.h"
#include "loadsummary.h"

#include <QString>

#include <memory>

namespace Core {

/*! The result of reading a VCF/BCF: the variants and what the load did. */
struct LoadedVariants
{
    std::shared_ptr<VariantStore> store;
    LoadSummary summary;
    std::optional<Pedigree> pedigree;
    /*! Segregation flags per row when the pedigree holds a trio present in the file. */
    std::shared_ptr<const InheritanceAnalysis> inheritance;
    TrioSamples trio;
};

/*!
 * Reads VCF (plain, gzip or bgzip) and BCF files with htslib into a VariantStore.
 *
 * Multi-allelic records are split into one row per ALT allele with genotypes, AD and the
 * INFO fields declared Number=A or Number=R re-indexed, and FORMAT/PL (when declared Number=G)
 * re-indexed to the genotypes of each ALT (0/0, 0/k, k/k; haploid 0, k; a PL with the wrong
 * number of values is not kept and counted as "pl-wrong-count"). A file that declares no PL but
 * FORMAT/GL (Number=G) has its GL kept as PL (round(-10 * GL), the call's smallest made 0;
 * records counted in LoadSummary::notes as "pl-from-gl"). A FORMAT/AD without one value per
 * allele is not kept for that call and counted as "ad-wrong-count". FORMAT/PS and
 * phased GTs give each call its phase set; gVCF reference blocks
 * (`<NON_REF>`/`<*>` only) and records without an ALT are skipped and counted. A malformed record
 * stops the load with an Error naming the file, the line (text VCF) and the record: a partially
 * read case is never shown as complete.
 *
 * After splitting, alleles are trimmed and, with a reference FASTA, indels are left-aligned
 * (see Normalizer); every altered row is counted in LoadSummary::altered and flagged in the
 * store. With a PED file, males' hom-alt calls outside the PARs become hemizygous and the
 * first complete trio is analysed (InheritanceAnalysis).
 *
 * read() is reentrant: call it from a worker thread; it reports progress in bytes of the
 * file and returns Error::Code::Cancelled when \a job is cancelled. It reads in two stages: a
 * thread of its own reads and parses the records (htslib) in batches ahead of the calling
 * thread, which extracts them into the store in file order (Options::recordsPerBatch); the
 * result, and the error and record reported for a bad file, are those of one thread.
 */
class VcfReader final
{
public:
    struct Options
    {
        int decompressionThreads = 2; //!< extra BGZF threads (htslib hts_set_threads)
        QStringList samples;          //!< load only these samples (all when empty)
        QString referenceFasta;       //!< left-align indels and check REF against it
        QString pedigreeFile;         //!< PED: sexes (hemizygous calls) and trio analysis
        bool trimAlleles = true;      //!< trim shared bases after splitting
        /*! Keep INFO fields declared Number=A/R per row (VariantStore::alleleInfo()). */
        bool keepAlleleInfo = true;
        /*!
         * Records parsed per batch by a reader thread ahead of the calling thread, which
         * extracts them into the store (a few batches are in flight); 0 parses on the calling
         * thread. The result is the same either way. Small batches keep the records in flight
         * in the CPU caches (4096 cost measurably more CPU than 256-1024 on a 1M-variant file).
         */
        int recordsPerBatch = 512;
    };

    /*!
     * Sets htslib's own logging once at startup: silent, unless debug output of the
     * genomedesk.core.vcf category is enabled (QT_LOGGING_RULES).
     */
    static void initializeLibrary();

    static Result<LoadedVariants>
    read(const QString &path, const JobContext &job, const Options &options);
    static Result<LoadedVariants> read(const QString &path);
};

} // namespace Core
