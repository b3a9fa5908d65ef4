// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyvariantadapter.h"

#include "../knowledge/knowledgestore.h"
#include "../variant/variantstore.h"

namespace Core {

namespace {

bool carries(Zygosity zygosity)
{
    return zygosity == Zygosity::Het || zygosity == Zygosity::HomAlt
           || zygosity == Zygosity::Hemizygous || zygosity == Zygosity::HetOtherAlt;
}

// PolicyVariant::phaseSet is 0 when not phased: PS values (>= 0) become PS + 1, the whole
// contig of a file without PS stays negative. Only equality of the ids matters.
qint64 phaseSetId(qint64 phaseSet)
{
    return phaseSet >= 0 ? phaseSet + 1 : phaseSet;
}

} // namespace

PolicyVariantAdapter::Output PolicyVariantAdapter::convert(const VariantStore &store,
                                                           const KnowledgeStore *knowledge,
                                                           const Options &options)
{
    Output output;
    const bool trio = options.mother >= 0 && options.father >= 0;
    for (qsizetype row = 0; row < store.size(); ++row) {
        const GenotypeCall call = store.genotype(row, options.proband);
        const Zygosity zygosity = call.zygosity;
        if (options.carriedOnly && !carries(zygosity)) {
            ++output.skippedNotCarried;
            continue;
        }
        PolicyVariant variant;
        variant.contig = store.contig(row);
        variant.position = store.position(row);
        variant.reference = QString::fromUtf8(store.reference(row));
        variant.alternate = QString::fromUtf8(store.alternate(row));
        variant.build = options.build;
        variant.zygosity = zygosity;
        variant.sex = options.sex;
        variant.trio = trio;
        if (call.phased && call.phaseSet != GenotypeCall::kMissing
            && (zygosity == Zygosity::Het || zygosity == Zygosity::HetOtherAlt)) {
            variant.phaseSet = phaseSetId(call.phaseSet);
            variant.haplotype = call.onFirstHaplotype ? 0 : 1;
        }
        if (trio) {
            variant.motherZygosity = store.genotype(row, options.mother).zygosity;
            variant.fatherZygosity = store.genotype(row, options.father).zygosity;
        }
        if (store.hasConsequences() && !store.gene(row).isEmpty()) {
            // VEP/SnpEff annotations win over the gene model.
            variant.geneSymbol = store.gene(row);
            variant.consequence = store.consequence(row);
            variant.hgvsCoding = store.hgvsC(row);
            variant.hgvsProtein = store.hgvsP(row);
            ++output.annotatedFromFile;
        } else if (knowledge) {
            const RegionAnnotation region = knowledge->annotate(
                    options.build, variant.contig, variant.position, variant.reference);
            variant.geneSymbol = region.gene;
            variant.hgncId = region.hgncId;
            variant.consequence = region.consequence;
            if (!region.gene.isEmpty())
                ++output.annotatedFromModel;
        }
        if (knowledge) {
            if (const auto clinvar = knowledge->clinVar(options.build,
                                                        variant.contig,
                                                        variant.position,
                                                        variant.reference,
                                                        variant.alternate)) {
                variant.clinvarSignificance = clinvar->significance;
                variant.clinvarStars = clinvar->stars;
                variant.clinvarVariationId = clinvar->variationId;
                if (variant.geneSymbol.isEmpty() && !clinvar->genes.isEmpty())
                    variant.geneSymbol = clinvar->genes.first();
                // ClinVar's molecular consequence is more specific than a region from spans.
                if (!clinvar->consequence.isEmpty()
                    && (variant.consequence.isEmpty()
                        || variant.consequence == QLatin1String("coding_sequence_variant")))
                    variant.consequence = clinvar->consequence;
                ++output.inClinVar;
            }
        }
        output.variants << variant;
        output.rows << row;
    }
    return output;
}

} // namespace Core
