// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyvariant.h"

#include <QList>
#include <QString>

namespace Core {

class KnowledgeStore;
class VariantStore;

/*!
 * Fills PolicyVariants from the rows of a VariantStore: genotypes of the proband (and the
 * parents in a trio), the gene and consequence from VEP/SnpEff when the file had them, else
 * from the KnowledgeStore's gene model; ClinVar by exact allele (build, contig, position, REF,
 * ALT). Population frequency and the lab's classification are left for the caller to fill.
 */
class PolicyVariantAdapter final
{
public:
    struct Options
    {
        QString build;   //!< "GRCh37"/"GRCh38" of the VariantStore
        int proband = 0; //!< sample index
        int mother = -1; //!< sample index, -1 when not sequenced
        int father = -1;
        Sex sex = Sex::Unknown;
        bool carriedOnly = true; //!< skip rows where the proband has no copy of the ALT
    };

    struct Output
    {
        QList<PolicyVariant> variants;
        QList<qsizetype> rows; //!< VariantStore row of each variant
        qsizetype skippedNotCarried = 0;
        qsizetype annotatedFromFile = 0;  //!< gene/consequence from VEP/SnpEff
        qsizetype annotatedFromModel = 0; //!< gene/consequence from the gene model
        qsizetype inClinVar = 0;
    };

    /*! \a knowledge may be null: then only the file's own annotations are used. */
    static Output
    convert(const VariantStore &store, const KnowledgeStore *knowledge, const Options &options);
};

} // namespace Core
