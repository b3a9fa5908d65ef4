// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
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
};

/*!
 * Reads VCF (plain, gzip or bgzip) and BCF files with htslib into a VariantStore.
 *
 * Multi-allelic records are split into one row per ALT allele with genotypes and AD
 * re-indexed; gVCF reference blocks (`<NON_REF>`/`<*>` only) and records without an ALT are
 * skipped and counted. A malformed record stops the load with an Error naming the file, the
 * line (text VCF) and the record: a partially read case is never shown as complete.
 *
 * read() is reentrant: call it from a worker thread; it reports progress in bytes of the
 * file and returns Error::Code::Cancelled when \a job is cancelled.
 */
class VcfReader final
{
public:
    struct Options
    {
        int decompressionThreads = 2; //!< extra BGZF threads (htslib hts_set_threads)
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
