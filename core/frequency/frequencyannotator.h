// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "../vcf/genomebuild.h"
#include "frequencyannotation.h"

#include <QList>

namespace Core {

class FrequencyStore;
class VariantStore;

/*!
 * Looks up every row of a VariantStore in every source of one or more frequency caches, by a
 * merge of the position-sorted rows with the position-ordered chunks of each source (one
 * chunk read per 64 kb window that holds variants, never one query per variant).
 *
 * Matching: contig names are normalised (chr1 = 1, chrM = MT), and REF/ALT of each row are
 * trimmed like the sites at import (SitesVcfImporter::normalizeAlleles()), then compared
 * exactly. A row on a contig the source lacks, outside the span it covers on that contig, or
 * in a 64 kb window where the source has no chunk (no site) is FrequencyStatus::NoData; a row
 * in a window with sites but without a matching site is NotFound.
 *
 * The stores must outlive the annotator and be used by the calling thread only.
 */
class FrequencyAnnotator final
{
public:
    explicit FrequencyAnnotator(QList<const FrequencyStore *> stores);

    /*!
     * Refuses (before any lookup) a cache of another build than \a caseBuild (take it from
     * LoadSummary::build) and a source name present in two caches. Reports progress in rows;
     * returns Error::Code::Cancelled when \a job is cancelled.
     */
    Result<FrequencyAnnotation>
    annotate(const VariantStore &variants, GenomeBuild caseBuild, const JobContext &job) const;
    Result<FrequencyAnnotation> annotate(const VariantStore &variants, GenomeBuild caseBuild) const;

    /*! Refuses duplicate source names and caches of another build (shared with the CLI). */
    static Result<void> checkStores(const QList<const FrequencyStore *> &stores,
                                    GenomeBuild caseBuild);

private:
    QList<const FrequencyStore *> m_stores;
};

} // namespace Core
