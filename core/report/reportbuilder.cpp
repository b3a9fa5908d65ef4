// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "../common/tr.h"
#include "../family/inheritance.h"
#include "../policy/policyengine.h"

#include <QCoreApplication>

namespace Core {

namespace {

QString inheritanceText(int flags, bool trio)
{
    if (!trio)
        return QString();
    if (flags & InheritanceAnalysis::DeNovo)
        return Tr::tr("de novo (absent in both parents)");
    if (flags & InheritanceAnalysis::HomozygousRecessive)
        return Tr::tr("homozygous, both parents heterozygous carriers");
    if (flags & InheritanceAnalysis::CompoundHeterozygous)
        return Tr::tr("compound heterozygous (in trans)");
    if (flags & InheritanceAnalysis::XLinked)
        return Tr::tr("X-linked, inherited from the mother");
    if (flags & InheritanceAnalysis::MendelianError)
        return Tr::tr("inconsistent with the parents' genotypes");
    return QString();
}

QString parentOrigin(const PolicyVariant &variant)
{
    if (!variant.trio)
        return QString();
    const auto carries = [](Zygosity zygosity) {
        return zygosity == Zygosity::Het || zygosity == Zygosity::HomAlt
               || zygosity == Zygosity::Hemizygous;
    };
    const bool mother = carries(variant.motherZygosity);
    const bool father = carries(variant.fatherZygosity);
    if (mother && father)
        return Tr::tr("present in both parents");
    if (mother)
        return Tr::tr("inherited from the mother");
    if (father)
        return Tr::tr("inherited from the father");
    return QString();
}

QString clinvarText(const PolicyVariant &variant)
{
    if (variant.clinvarStars < 0)
        return QString();
    QString text = Tr::tr("%1 (%n review star(s))", nullptr, variant.clinvarStars)
                           .arg(significanceLabel(variant.clinvarSignificance));
    if (!variant.clinvarVariationId.isEmpty())
        text += QStringLiteral(", VCV %1").arg(variant.clinvarVariationId);
    return text;
}

/*! The overall figure and the highest qualifying population of every source for \a row. */
QList<ReportFrequency> frequenciesOf(const FrequencyAnnotation &annotation, qsizetype row)
{
    QList<ReportFrequency> result;
    const QStringList excluded = frequencyCeilingExcludedPopulations();
    for (int source = 0; source < annotation.sourceCount(); ++source) {
        const FrequencySource &info = annotation.source(source);
        const FrequencyStatus status = annotation.status(row, source);
        if (status == FrequencyStatus::NoData)
            continue;
        const auto toReport = [&](const PopulationFrequency &figure) {
            ReportFrequency frequency;
            frequency.source = info.name;
            frequency.version = info.version;
            frequency.population = figure.population;
            frequency.found = status == FrequencyStatus::Found;
            frequency.alleleCount = figure.alleleCount;
            frequency.alleleNumber = figure.alleleNumber;
            frequency.homozygotes = figure.homozygotes;
            if (frequency.found && figure.hasAlleleFrequency())
                frequency.alleleFrequency = figure.alleleFrequency;
            else if (!frequency.found)
                frequency.alleleFrequency = 0.0;
            return frequency;
        };
        if (status == FrequencyStatus::NotFound) {
            PopulationFrequency absent;
            absent.population = QStringLiteral("all");
            result << toReport(absent);
            continue;
        }
        result << toReport(annotation.population(row, source, QStringLiteral("all")));
        std::optional<PopulationFrequency> highest;
        for (const FrequencyPopulation &population : info.populations) {
            if (population.label == QLatin1String("all") || excluded.contains(population.label))
                continue;
            const PopulationFrequency figure = annotation.population(row, source, population.label);
            if (!figure.hasAlleleFrequency()
                || (figure.alleleNumber >= 0
                    && figure.alleleNumber < kFrequencyCeilingMinimumAlleleNumber))
                continue;
            if (!highest || figure.alleleFrequency > highest->alleleFrequency)
                highest = figure;
        }
        if (highest)
            result << toReport(*highest);
    }
    return result;
}

bool consented(const Policy &policy, const ConsentProfile &consent, const QString &category)
{
    switch (consent.choice(category)) {
    case ConsentProfile::Choice::OptIn:
        return true;
    case ConsentProfile::Choice::OptOut:
        return false;
    case ConsentProfile::Choice::NotRecorded:
        break;
    }
    return policy.consentModel == QLatin1String("opt-out");
}

} // namespace

ReportModel ReportBuilder::build(const LoadedVariants &loaded,
                                 const CaseEvaluation &evaluation,
                                 const CaseEvaluationInput &input,
                                 const ReportContext &context,
                                 const QString &caseId,
                                 const QString &inputSha256,
                                 const QDateTime &createdAt)
{
    const VariantStore &store = *loaded.store;
    ReportModel model = ReportModel::fromLoadedVariants(
            loaded, evaluation.proband(), caseId, inputSha256, createdAt);
    model.genomeBuild = genomeBuildName(evaluation.build());
    model.language = context.language;
    model.reportVersion = context.version;
    model.laboratory = context.laboratory;
    model.patientPseudonym = context.patientPseudonym.isEmpty() ? caseId : context.patientPseudonym;
    model.patientName = context.patientName;
    model.patientBirthDate = context.patientBirthDate;
    model.sex = sexKey(evaluation.sex());
    model.referrer = context.referrer;
    model.indication
            = input.indication.isEmpty()
                      ? Tr::tr("none given: secondary findings only")
                      : Tr::tr("%1 (%n gene(s))", nullptr, int(input.indication.genes.size()))
                                .arg(input.indication.name);
    model.policyName = input.policy.displayVersion();
    model.policyChecksum = input.policy.checksum;
    model.signOff = context.signOff;

    // The policy's reasons again, now in the report's language (the evaluation may have been
    // made in the user's): the same engine on the same variants gives the same decisions.
    QList<PolicyVariant> variants = evaluation.variants();
    for (PolicyVariant &variant : variants) {
        const auto review = context.reviews.constFind(variant.key());
        if (review != context.reviews.cend() && !review->classificationKey.isEmpty())
            variant.labSignificance = significanceFromKey(review->classificationKey);
    }
    PolicyEngine engine(input.policy, input.consent, input.indication);
    engine.setDataVersions(evaluation.run().dataVersions);
    const PolicyRun run = engine.evaluate(variants);
    model.consentSummary = run.consentSummary;

    const auto findingOf = [&](const PolicyDecision &decision, ReportSection section) {
        const PolicyVariant &variant = variants.at(decision.index);
        const qsizetype row = evaluation.rowOf(decision.index);
        ReportFinding finding;
        finding.variant = reportVariantOf(store, row, evaluation.proband())
                                  .value_or(reportVariantOf(store, row, -1).value());
        if (finding.variant.gene.isEmpty())
            finding.variant.gene = variant.geneSymbol;
        if (finding.variant.consequence.isEmpty())
            finding.variant.consequence = variant.consequence;
        if (finding.variant.hgvsCoding.isEmpty())
            finding.variant.hgvsCoding = variant.hgvsCoding;
        if (finding.variant.hgvsProtein.isEmpty())
            finding.variant.hgvsProtein = variant.hgvsProtein;
        finding.section = section;
        const int flags = loaded.inheritance ? loaded.inheritance->flags(row) : 0;
        finding.inheritance = inheritanceText(flags, variant.trio);
        if (finding.inheritance.isEmpty())
            finding.inheritance = parentOrigin(variant);
        const auto review = context.reviews.constFind(variant.key());
        Significance significance = variant.labSignificance;
        if (significance == Significance::Unknown)
            significance = variant.clinvarSignificance;
        if (review != context.reviews.cend()) {
            finding.criteria = review->criteria;
            finding.comment = review->comment;
        }
        finding.classificationKey = significanceKey(significance);
        finding.classification = significanceLabel(significance);
        if (variant.labSignificance == Significance::Unknown
            && variant.clinvarSignificance != Significance::Unknown)
            finding.classification = Tr::tr("%1 (ClinVar; not yet classified by the laboratory)")
                                             .arg(finding.classification);
        finding.clinvar = clinvarText(variant);
        if (evaluation.frequencies())
            finding.frequencies = frequenciesOf(*evaluation.frequencies(), row);
        finding.decisionKey = decisionKey(decision.decision);
        finding.consentCategory = decision.consentCategory;
        finding.reasons = decision.reasons;
        return finding;
    };

    for (const PolicyDecision &decision : run.decisions) {
        if (decision.decision == Decision::ReportPrimary)
            model.findings << findingOf(decision, ReportSection::Primary);
    }
    for (const PolicyDecision &decision : run.decisions) {
        if (decision.decision == Decision::ReportSecondary)
            model.findings << findingOf(decision, ReportSection::Secondary);
    }
    if (context.listUncertain && !input.indication.isEmpty()) {
        for (const PolicyDecision &decision : run.decisions) {
            const PolicyVariant &variant = variants.at(decision.index);
            const Significance significance = variant.labSignificance != Significance::Unknown
                                                      ? variant.labSignificance
                                                      : variant.clinvarSignificance;
            if (significance == Significance::Uncertain
                && input.indication.contains(variant.geneSymbol)
                && decision.decision != Decision::ReportPrimary)
                model.findings << findingOf(decision, ReportSection::Uncertain);
        }
    }

    for (const ConsentCategory &category : input.policy.consentCategories) {
        ReportConsentLine line;
        line.category = category.id;
        line.label = consentCategoryLabel(category);
        line.consented = consented(input.policy, input.consent, category.id);
        for (const PolicyDecision &decision : run.decisions) {
            if (decision.consentCategory != category.id)
                continue;
            if (decision.decision == Decision::ReportSecondary)
                ++line.findings;
            else if (decision.decision == Decision::SuppressedByConsent)
                ++line.suppressed;
        }
        model.consent << line;
    }

    model.dataSources << input.policy.displayVersion();
    model.dataSources << run.dataVersions;
    model.dataSources << Tr::tr("GenomeDesk %1").arg(QCoreApplication::applicationVersion());

    model.limitations << Tr::tr(
            "Only the variants in the submitted file were assessed. Regions that were "
            "not sequenced, not covered well enough or not called by the pipeline are "
            "not assessed, so a negative result does not exclude a variant there.");
    model.limitations << Tr::tr("Structural variants, copy-number changes, repeat expansions and "
                                "mitochondrial heteroplasmy are not assessed by this report.");
    model.limitations << Tr::tr("Secondary findings were sought only in the %n gene(s) of %1.",
                                nullptr,
                                int(input.policy.genes.size()))
                                 .arg(input.policy.displayVersion());
    if (input.caches.isEmpty())
        model.limitations << Tr::tr("No population frequency data was available, so frequency "
                                    "criteria were not applied.");
    if (!input.knowledge)
        model.limitations << Tr::tr("No ClinVar data was available; only the laboratory's own "
                                    "classifications were used.");
    const int needsReview = run.count(Decision::NeedsReview);
    if (needsReview > 0)
        model.limitations << Tr::tr("%n variant(s) in policy genes need a geneticist's review "
                                    "before this report can be signed.",
                                    nullptr,
                                    needsReview);
    return model;
}

} // namespace Core
