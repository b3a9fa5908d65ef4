// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../family/pedigree.h"
#include "../variant/variantstore.h"

#include <QString>

#include <cmath>
#include <limits>

namespace Core {

/*! A classification on the five-tier ACMG/AMP scale, plus the ClinVar states that are not. */
enum class Significance : quint8 {
    Unknown,          //!< no classification available
    Pathogenic,       //!< P (includes "Pathogenic/Likely_pathogenic" when reduced to one tier)
    LikelyPathogenic, //!< LP
    Uncertain,        //!< VUS
    LikelyBenign,     //!< LB
    Benign,           //!< B
    Conflicting,      //!< ClinVar "Conflicting_classifications/interpretations_of_pathogenicity"
    Other,            //!< drug_response, risk_factor, not_provided, ...
};

/*! "pathogenic", "likely-pathogenic", ... : stable keys for files, not translated. */
QString significanceKey(Significance significance);
/*! Parses a key of significanceKey() or a short form ("P", "LP", "VUS", "LB", "B"). */
Significance significanceFromKey(const QString &key, bool *ok = nullptr);
/*! Translated label ("likely pathogenic"). */
QString significanceLabel(Significance significance);

/*!
 * Everything the PolicyEngine needs to know about one variant of the proband, as a plain
 * value: it can be filled from a VariantStore row and the KnowledgeStore (see
 * PolicyVariantAdapter) or written by hand in a test.
 *
 * Coordinates are 1-based (VCF POS); contig names without "chr" are as good as with.
 */
struct PolicyVariant
{
    static constexpr double kUnknownFrequency = -1.0;

    // Where and what.
    QString contig;      //!< "6" or "chr6"
    qint64 position = 0; //!< 1-based
    QString reference;   //!< REF allele
    QString alternate;   //!< ALT allele
    QString build;       //!< "GRCh37" / "GRCh38"; empty when unknown

    // Gene and effect.
    QString geneSymbol;  //!< HGNC symbol; empty when intergenic
    QString hgncId;      //!< "HGNC:4886"; may be empty
    QString consequence; //!< most severe SO term ("stop_gained"); empty when unknown
    QString hgvsCoding;  //!< "NM_000410.4:c.845G>A" or "c.845G>A"; may be empty
    QString hgvsProtein; //!< "p.Cys282Tyr" or "p.C282Y"; may be empty

    // Genotypes: the proband, and the parents when the case is a trio.
    Zygosity zygosity = Zygosity::Missing;
    Sex sex = Sex::Unknown;
    bool trio = false; //!< true when mother and father were sequenced
    Zygosity motherZygosity = Zygosity::Missing;
    Zygosity fatherZygosity = Zygosity::Missing;
    /*!
     * Read-backed or statistical phase of a heterozygous call: phaseSet identifies the block
     * (0 = not phased) and haplotype is 0 or 1 within it ("0|1" -> 1, "1|0" -> 0). Two calls
     * are phased relative to each other only when their phaseSet is the same. From a VCF (see
     * PolicyVariantAdapter): FORMAT/PS + 1, or a negative id for phased calls of a file
     * without PS (one phase set per contig).
     */
    qint64 phaseSet = 0;
    int haplotype = -1;

    // Classification evidence.
    Significance clinvarSignificance = Significance::Unknown;
    int clinvarStars = -1; //!< 0..4; -1 when not in ClinVar
    QString clinvarVariationId;
    Significance labSignificance = Significance::Unknown; //!< the lab's own classification

    // Population frequency.
    double maximumPopulationFrequency = kUnknownFrequency; //!< AF in [0,1]; negative = unknown
    QString frequencySource; //!< "gnomAD v4.1 nfe" - shown in the reason

    bool hasFrequency() const { return maximumPopulationFrequency >= 0.0; }
    /*! "6-26092913-G-A" (contig without "chr"): key for decisions and policy variant rules. */
    QString key() const;
};

/*! "chr6" -> "6", "chrM" / "M" -> "MT"; other names unchanged. */
QString normalizedContig(const QString &contig);

} // namespace Core
