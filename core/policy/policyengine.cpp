// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyengine.h"

#include "../common/tr.h"

#include <QLocale>
#include <QMap>

namespace Core {

namespace {

enum class Origin { Unknown, Maternal, Paternal, DeNovo };
enum class Phase { Unknown, Trans, Cis };

bool carries(Zygosity zygosity)
{
    return zygosity == Zygosity::Het || zygosity == Zygosity::HomAlt
           || zygosity == Zygosity::Hemizygous || zygosity == Zygosity::HetOtherAlt;
}

bool isHeterozygous(Zygosity zygosity)
{
    return zygosity == Zygosity::Het || zygosity == Zygosity::HetOtherAlt;
}

QString frequencyText(double frequency)
{
    return Tr::frequency(frequency, 3);
}

QString zygosityLabel(Zygosity zygosity)
{
    switch (zygosity) {
    case Zygosity::Het:
    case Zygosity::HetOtherAlt:
        return Tr::tr("heterozygous");
    case Zygosity::HomAlt:
        return Tr::tr("homozygous");
    case Zygosity::Hemizygous:
        return Tr::tr("hemizygous");
    case Zygosity::HomRef:
        return Tr::tr("homozygous reference");
    case Zygosity::OtherAlt:
        return Tr::tr("another alternate allele");
    case Zygosity::Missing:
        return Tr::tr("no call");
    }
    return {};
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return Tr::tr("male");
    case Sex::Female:
        return Tr::tr("female");
    case Sex::Unknown:
        return Tr::tr("sex unknown");
    }
    return {};
}

Origin originOf(const PolicyVariant &variant)
{
    if (!variant.trio)
        return Origin::Unknown;
    const auto known = [](Zygosity zygosity) {
        return zygosity != Zygosity::Missing && zygosity != Zygosity::OtherAlt;
    };
    if (!known(variant.motherZygosity) || !known(variant.fatherZygosity))
        return Origin::Unknown;
    const bool mother = carries(variant.motherZygosity);
    const bool father = carries(variant.fatherZygosity);
    if (mother && !father)
        return Origin::Maternal;
    if (father && !mother)
        return Origin::Paternal;
    if (!mother && !father)
        return Origin::DeNovo;
    return Origin::Unknown;
}

Phase phaseOf(const PolicyVariant &first, const PolicyVariant &second)
{
    const Origin a = originOf(first);
    const Origin b = originOf(second);
    if ((a == Origin::Maternal && b == Origin::Paternal)
        || (a == Origin::Paternal && b == Origin::Maternal))
        return Phase::Trans;
    if ((a == Origin::Maternal || a == Origin::Paternal) && a == b)
        return Phase::Cis;
    if (first.phaseSet != 0 && first.phaseSet == second.phaseSet && first.haplotype >= 0
        && second.haplotype >= 0)
        return first.haplotype == second.haplotype ? Phase::Cis : Phase::Trans;
    return Phase::Unknown;
}

// What the per-variant checks found before the per-gene rule is applied.
struct Assessment
{
    bool final = false;     // the decision is made
    bool candidate = false; // a P/LP (or named) variant that the gene rule must judge
    bool review = false;    // the classification needs review; counts as a possible hit
    const PolicyGene *gene = nullptr;
    bool namedVariant = false;
    PolicyDecision decision;
};

bool isNamedVariant(const PolicyVariant &variant, const PolicyNamedVariant &named)
{
    const QString key = variant.key();
    if (!variant.build.isEmpty() && named.keys.value(variant.build) == key)
        return true;
    if (variant.build.isEmpty()) {
        for (const QString &candidate : named.keys) {
            if (candidate == key)
                return true;
        }
    }
    if (!variant.hgvsProtein.isEmpty()) {
        const QString protein = variant.hgvsProtein.section(QLatin1Char(':'), -1);
        for (const QString &spelling : named.hgvsProtein) {
            if (protein == spelling || protein == QStringLiteral("p.(%1)").arg(spelling.mid(2)))
                return true;
        }
    }
    return false;
}

} // namespace

PolicyEngine::PolicyEngine(Policy policy, ConsentProfile consent, Indication indication)
    : m_policy(std::move(policy))
    , m_consent(std::move(consent))
    , m_indication(std::move(indication))
{}

PolicyRun PolicyEngine::evaluate(const QList<PolicyVariant> &variants) const
{
    PolicyRun run;
    run.policyId = m_policy.id;
    run.policyVersion = m_policy.version;
    run.policyRevision = m_policy.revision;
    run.policyChecksum = m_policy.checksum;
    run.dataVersions = m_dataVersions;
    run.indication = m_indication.name;
    for (const PhenotypeTerm &term : m_indication.phenotypes)
        run.indicationPhenotypes << (term.label.isEmpty()
                                             ? term.id
                                             : QStringLiteral("%1 %2").arg(term.id, term.label));
    run.indicationText = m_indication.description;
    QStringList choices;
    for (auto it = m_consent.choices.cbegin(); it != m_consent.choices.cend(); ++it)
        choices << QStringLiteral("%1=%2").arg(it.key(),
                                               *it == ConsentProfile::Choice::OptIn
                                                       ? QStringLiteral("opt-in")
                                                       : QStringLiteral("opt-out"));
    run.consentSummary
            = QStringLiteral("%1; %2; recorded %3 by %4")
                      .arg(m_consent.minor ? QStringLiteral("minor") : QStringLiteral("adult"),
                           choices.join(QLatin1Char(',')),
                           m_consent.recordedOn.toString(Qt::ISODate),
                           m_consent.recordedBy);

    QList<Assessment> assessments;
    assessments.reserve(variants.size());
    for (qsizetype index = 0; index < variants.size(); ++index) {
        const PolicyVariant &variant = variants.at(index);
        assessments.append(Assessment());
        Assessment &current = assessments.last();
        PolicyDecision &stored = current.decision;
        stored.index = int(index);
        stored.variantKey = variant.key();
        stored.gene = variant.geneSymbol;
        const auto decide = [&](Decision value, const QString &reason) {
            stored.decision = value;
            stored.reasons << reason;
            current.final = true;
        };

        if (variant.geneSymbol.isEmpty()) {
            decide(Decision::NotReportable, Tr::tr("The variant is not in a known gene."));
            continue;
        }
        const QString gene = variant.geneSymbol;
        if (!carries(variant.zygosity)) {
            decide(Decision::NotReportable,
                   Tr::tr("The patient does not carry this allele (genotype: %1).")
                           .arg(zygosityLabel(variant.zygosity)));
            continue;
        }
        const PolicyGene *policyGene = m_policy.gene(gene);
        if (!policyGene) {
            // Symbols change between annotation releases; the HGNC id does not.
            policyGene = m_policy.geneByHgncId(variant.hgncId);
            if (policyGene)
                stored.reasons << Tr::tr("%1 (%2) is %3 in the policy.")
                                          .arg(gene, variant.hgncId, policyGene->symbol);
        }
        current.gene = policyGene;
        const bool inIndication = m_indication.contains(gene);

        const PolicyNamedVariant *named = nullptr;
        if (policyGene) {
            for (const PolicyNamedVariant &candidate : policyGene->variants) {
                if (isNamedVariant(variant, candidate))
                    named = &candidate;
            }
        }

        // Frequency ceilings.
        if (variant.hasFrequency()) {
            const QString frequency = frequencyText(variant.maximumPopulationFrequency);
            const QString source = variant.frequencySource.isEmpty() ? Tr::tr("source not given")
                                                                     : variant.frequencySource;
            if (variant.maximumPopulationFrequency >= m_policy.ba1) {
                if (named && named->ba1Exempt) {
                    stored.reasons << Tr::tr("Population allele frequency %1 (%2) is above the "
                                             "BA1 threshold of %3, but the policy exempts %4 %5 "
                                             "from BA1.")
                                              .arg(frequency,
                                                   source,
                                                   frequencyText(m_policy.ba1),
                                                   gene,
                                                   named->name);
                } else {
                    decide(Decision::NotReportable,
                           Tr::tr("Population allele frequency %1 (%2) is at or above the BA1 "
                                  "threshold of %3: benign by frequency.")
                                   .arg(frequency, source, frequencyText(m_policy.ba1)));
                    continue;
                }
            } else if (policyGene && policyGene->maximumCredibleFrequency >= 0.0
                       && variant.maximumPopulationFrequency > policyGene->maximumCredibleFrequency
                       && !(named && named->ba1Exempt)) {
                decide(Decision::NotReportable,
                       Tr::tr("Population allele frequency %1 (%2) is above the maximum credible "
                              "frequency of %3 for %4.")
                               .arg(frequency,
                                    source,
                                    frequencyText(policyGene->maximumCredibleFrequency),
                                    gene));
                continue;
            } else {
                stored.reasons << Tr::tr("Population allele frequency %1 (%2) is below the "
                                         "policy's ceilings.")
                                          .arg(frequency, source);
            }
        } else {
            stored.reasons << Tr::tr("No population frequency is available; the frequency "
                                     "ceilings could not be checked.");
        }

        // Classification: the lab's own classification, else ClinVar with enough stars.
        Significance effective = Significance::Unknown;
        bool lowStars = false;
        if (m_policy.labOverride && variant.labSignificance != Significance::Unknown) {
            effective = variant.labSignificance;
            stored.reasons << Tr::tr("The laboratory classified the variant as %1; this "
                                     "overrides ClinVar.")
                                      .arg(significanceLabel(effective));
        } else if (variant.clinvarSignificance != Significance::Unknown) {
            effective = variant.clinvarSignificance;
            const int stars = qMax(0, variant.clinvarStars);
            if (effective == Significance::Conflicting) {
                stored.reasons << Tr::tr("ClinVar reports conflicting classifications "
                                         "(%n review star(s)).",
                                         nullptr,
                                         stars);
            } else if ((effective == Significance::Pathogenic
                        || effective == Significance::LikelyPathogenic)
                       && stars < m_policy.clinvarMinimumStars) {
                lowStars = true;
                stored.reasons << Tr::tr("ClinVar classifies it as %1 with %n review star(s), "
                                         "below the policy's minimum of %2.",
                                         nullptr,
                                         stars)
                                          .arg(significanceLabel(effective))
                                          .arg(m_policy.clinvarMinimumStars);
            } else {
                stored.reasons << Tr::tr("ClinVar classifies it as %1 (%n review star(s)).",
                                         nullptr,
                                         stars)
                                          .arg(significanceLabel(effective));
            }
        } else {
            stored.reasons << Tr::tr("The variant has no classification (not in ClinVar and "
                                     "not classified by the laboratory).");
        }
        const bool reportable
                = !lowStars
                  && m_policy.reportableSignificances.contains(significanceKey(effective));
        const bool truncating = m_policy.truncatingConsequences.contains(variant.consequence);
        const bool unclassifiedTruncating = effective == Significance::Unknown && truncating;

        // Primary findings: the indication decides, the secondary-findings rules do not.
        if (inIndication) {
            const QString where = m_indication.name.isEmpty()
                                          ? Tr::tr("%1 is in the case's indication.").arg(gene)
                                          : Tr::tr("%1 is in the case's indication (%2).")
                                                    .arg(gene, m_indication.name);
            stored.reasons << where;
            if (reportable)
                decide(Decision::ReportPrimary,
                       Tr::tr("A %1 variant in an indication gene is a primary finding.")
                               .arg(significanceLabel(effective)));
            else if (lowStars || effective == Significance::Conflicting
                     || effective == Significance::Uncertain || unclassifiedTruncating)
                decide(Decision::NeedsReview,
                       Tr::tr("The classification must be reviewed before this primary finding "
                              "can be reported or dismissed."));
            else
                decide(Decision::NotReportable,
                       Tr::tr("Only pathogenic and likely pathogenic variants are reported."));
            continue;
        }

        if (!policyGene) {
            decide(Decision::NotReportable,
                   Tr::tr("%1 is neither in the indication nor on the policy's list (%2).")
                           .arg(gene, m_policy.id));
            continue;
        }
        stored.reasons << Tr::tr("%1 is on the policy's list (%2, rule: %3).")
                                  .arg(gene, m_policy.id, geneRuleKey(policyGene->rule));

        if (policyGene->rule == GeneRule::SpecificVariantHomozygous) {
            QStringList names;
            for (const PolicyNamedVariant &entry : policyGene->variants)
                names << entry.name;
            const QString list = names.join(QStringLiteral(", "));
            if (!named) {
                decide(Decision::NotReportable,
                       Tr::tr("For %1 only homozygous %2 is reported; this variant is not %2.")
                               .arg(gene, list));
                continue;
            }
            if (effective == Significance::Benign || effective == Significance::LikelyBenign) {
                decide(Decision::NotReportable,
                       Tr::tr("%1 is listed by the policy, but classified as %2.")
                               .arg(named->name, significanceLabel(effective)));
                continue;
            }
            current.namedVariant = true;
            current.candidate = true;
            stored.reasons
                    << Tr::tr("The variant is %1 %2, named by the policy.").arg(gene, named->name);
            continue;
        }

        if (effective == Significance::Conflicting) {
            current.review = true;
            if (m_policy.conflicting == QLatin1String("needs-review"))
                decide(Decision::NeedsReview,
                       Tr::tr("Conflicting classifications in a policy gene must be reviewed."));
            else
                decide(Decision::NotReportable,
                       Tr::tr("The policy does not report variants with conflicting "
                              "classifications."));
            continue;
        }
        if (lowStars) {
            current.review = true;
            decide(Decision::NeedsReview,
                   Tr::tr("The classification must be confirmed by the laboratory before it can "
                          "be reported."));
            continue;
        }
        if (unclassifiedTruncating) {
            current.review = m_policy.unclassifiedTruncating == QLatin1String("needs-review");
            if (current.review)
                decide(Decision::NeedsReview,
                       Tr::tr("An unclassified %1 variant in a policy gene must be classified.")
                               .arg(variant.consequence));
            else
                decide(Decision::NotReportable,
                       Tr::tr("Only classified pathogenic and likely pathogenic variants are "
                              "reported."));
            continue;
        }
        if (!reportable) {
            decide(Decision::NotReportable,
                   Tr::tr("Only pathogenic and likely pathogenic variants are reported."));
            continue;
        }
        if (policyGene->rule == GeneRule::TruncatingOnly) {
            if (variant.consequence.isEmpty()) {
                decide(Decision::NeedsReview,
                       Tr::tr("For %1 only truncating variants are reported, and the consequence "
                              "of this variant is not known.")
                               .arg(gene));
                continue;
            }
            if (!truncating) {
                decide(Decision::NotReportable,
                       Tr::tr("For %1 only truncating variants are reported; %2 is not "
                              "truncating.")
                               .arg(gene, variant.consequence));
                continue;
            }
            stored.reasons << Tr::tr("The variant is truncating (%1).").arg(variant.consequence);
        }
        current.candidate = true;
    }

    // Per-gene rules: biallelic genes need the other hits of the same gene.
    QMap<QString, QList<int>> hetHitsByGene;
    QMap<QString, int> reviewsByGene;
    for (int i = 0; i < assessments.size(); ++i) {
        const Assessment &assessment = assessments.at(i);
        const QString gene = assessment.gene ? assessment.gene->symbol : variants.at(i).geneSymbol;
        if (assessment.candidate && isHeterozygous(variants.at(i).zygosity))
            hetHitsByGene[gene] << i;
        if (assessment.review)
            reviewsByGene[gene] += 1;
    }

    for (int i = 0; i < assessments.size(); ++i) {
        Assessment &assessment = assessments[i];
        if (assessment.final || !assessment.candidate)
            continue;
        const PolicyVariant &variant = variants.at(i);
        const PolicyGene &gene = *assessment.gene;
        PolicyDecision &decision = assessment.decision;
        const QString symbol = gene.symbol;
        const QString zygosity = zygosityLabel(variant.zygosity);
        QString consentCategory = gene.consentCategory;
        bool reportable = false;
        bool review = false;

        // Two or more heterozygous hits: reportable unless all pairs are proven in cis.
        const auto judgeCompound = [&]() {
            const QList<int> &hits = hetHitsByGene.value(symbol);
            Phase best = Phase::Cis;
            for (int other : hits) {
                if (other == i)
                    continue;
                const Phase phase = phaseOf(variant, variants.at(other));
                if (phase == Phase::Trans)
                    best = Phase::Trans;
                else if (phase == Phase::Unknown && best != Phase::Trans)
                    best = Phase::Unknown;
            }
            if (best == Phase::Trans) {
                reportable = true;
                decision.reasons << Tr::tr("%1 has %2 heterozygous P/LP variants in trans "
                                           "(phase from the parents or phased calls): biallelic.")
                                            .arg(symbol)
                                            .arg(hits.size());
            } else if (best == Phase::Unknown) {
                if (m_policy.unphasedCompoundHeterozygous == QLatin1String("report")) {
                    reportable = true;
                    decision.reasons << Tr::tr("%1 has %2 heterozygous P/LP variants: possible "
                                               "compound heterozygote, phase unknown; presumed "
                                               "biallelic, confirm the phase.")
                                                .arg(symbol)
                                                .arg(hits.size());
                } else {
                    review = true;
                    decision.reasons << Tr::tr("%1 has %2 heterozygous P/LP variants: possible "
                                               "compound heterozygote, phase unknown; the policy "
                                               "asks for review.")
                                                .arg(symbol)
                                                .arg(hits.size());
                }
            } else {
                decision.decision = Decision::NotReportable;
                decision.reasons << Tr::tr("The heterozygous P/LP variants in %1 are on the same "
                                           "parental allele (in cis): not biallelic → not "
                                           "reportable.")
                                            .arg(symbol);
            }
        };
        const auto singleHit = [&](const QString &reason) {
            if (reviewsByGene.value(symbol) > 0) {
                review = true;
                decision.reasons << Tr::tr("Another variant in %1 needs review; together they "
                                           "could be biallelic.")
                                            .arg(symbol);
            } else if (m_policy.reportCarriers
                       && m_policy.hasConsentCategory(QStringLiteral("carrier-status"))) {
                reportable = true;
                consentCategory = QStringLiteral("carrier-status");
                decision.reasons << Tr::tr("One heterozygous P/LP variant in %1: carrier status, "
                                           "which this policy reports.")
                                            .arg(symbol);
            } else {
                decision.decision = Decision::NotReportable;
                decision.reasons << reason;
            }
        };

        switch (gene.rule) {
        case GeneRule::AnyPathogenic:
        case GeneRule::TruncatingOnly:
            reportable = true;
            decision.reasons << Tr::tr("%1 is reported for every P/LP variant (%2 found).")
                                        .arg(symbol, zygosity);
            break;
        case GeneRule::XLinked:
            reportable = true;
            decision.reasons << Tr::tr("%1 is X-linked: hemizygous, heterozygous and homozygous "
                                       "P/LP variants are reported (%2, %3).")
                                        .arg(symbol, zygosity, sexLabel(variant.sex));
            break;
        case GeneRule::Biallelic:
            if (variant.zygosity == Zygosity::HomAlt) {
                reportable = true;
                decision.reasons << Tr::tr("%1 is biallelic-only; a homozygous P/LP variant is "
                                           "reportable.")
                                            .arg(symbol);
            } else if (variant.zygosity == Zygosity::Hemizygous) {
                reportable = true;
                decision.reasons << Tr::tr("%1 is biallelic-only; a hemizygous P/LP variant "
                                           "(no second allele) is reportable.")
                                            .arg(symbol);
            } else if (hetHitsByGene.value(symbol).size() >= 2) {
                judgeCompound();
            } else {
                singleHit(Tr::tr("%1 is biallelic-only; one heterozygous P/LP variant found → "
                                 "not reportable.")
                                  .arg(symbol));
            }
            break;
        case GeneRule::XLinkedBiallelic:
            if (variant.zygosity == Zygosity::HomAlt || variant.zygosity == Zygosity::Hemizygous) {
                reportable = true;
                decision.reasons << Tr::tr("%1: hemizygous and homozygous P/LP variants are "
                                           "reported (%2, %3).")
                                            .arg(symbol, zygosity, sexLabel(variant.sex));
            } else if (variant.sex == Sex::Male) {
                reportable = true;
                decision.reasons << Tr::tr("%1 is on chromosome X and the patient is male: the "
                                           "heterozygous call is read as hemizygous.")
                                            .arg(symbol);
            } else if (hetHitsByGene.value(symbol).size() >= 2) {
                judgeCompound();
            } else if (variant.sex == Sex::Unknown) {
                review = true;
                decision.reasons << Tr::tr("%1: one heterozygous P/LP variant and the patient's "
                                           "sex is unknown; in a male it would be hemizygous.")
                                            .arg(symbol);
            } else {
                singleHit(Tr::tr("%1: a single heterozygous P/LP variant in a female is not "
                                 "reported; only hemizygous, homozygous or two heterozygous "
                                 "variants are.")
                                  .arg(symbol));
            }
            break;
        case GeneRule::SpecificVariantHomozygous:
            if (variant.zygosity == Zygosity::HomAlt) {
                reportable = true;
                decision.reasons << Tr::tr("%1: the named variant is homozygous, which the policy "
                                           "reports.")
                                            .arg(symbol);
            } else {
                decision.decision = Decision::NotReportable;
                decision.reasons << Tr::tr("%1: only homozygotes of the named variant are "
                                           "reported; %2 carriers and compound heterozygotes "
                                           "are not.")
                                            .arg(symbol, zygosity);
            }
            break;
        }

        if (review) {
            decision.decision = Decision::NeedsReview;
            continue;
        }
        if (!reportable)
            continue;

        if (m_indication.isEmpty() && m_indication.hasPhenotype()) {
            const QStringList ids = m_indication.phenotypeIds();
            decision.reasons << Tr::tr("The indication describes the phenotype (%1) but names no "
                                       "genes, so no finding is primary; %2 is a secondary "
                                       "finding.")
                                        .arg(ids.isEmpty() ? m_indication.description
                                                           : ids.join(QStringLiteral(", ")),
                                             symbol);
        }

        // Consent.
        decision.consentCategory = consentCategory;
        const QString recorded
                = Tr::tr("recorded on %1 by %2")
                          .arg(m_consent.recordedOn.toString(Qt::ISODate), m_consent.recordedBy);
        if (m_consent.minor && gene.onset == QLatin1String("adult")
            && !m_policy.minorsReportAdultOnset) {
            decision.decision = Decision::SuppressedByConsent;
            decision.reasons << Tr::tr("The patient is a minor: adult-onset conditions are not "
                                       "reported for minors by default.");
            continue;
        }
        // The reasons name the category as the report and the consent form do, not by its id.
        const QString categoryLabel = m_policy.consentCategoryLabel(consentCategory);
        switch (m_consent.choice(consentCategory)) {
        case ConsentProfile::Choice::OptIn:
            decision.decision = Decision::ReportSecondary;
            decision.reasons << Tr::tr("The patient opted in to \"%1\" (%2): report as a "
                                       "secondary finding.")
                                        .arg(categoryLabel, recorded);
            break;
        case ConsentProfile::Choice::OptOut:
            decision.decision = Decision::SuppressedByConsent;
            decision.reasons
                    << Tr::tr("The patient opted out of \"%1\" (%2).").arg(categoryLabel, recorded);
            break;
        case ConsentProfile::Choice::NotRecorded:
            if (m_policy.consentModel == QLatin1String("opt-out")) {
                decision.decision = Decision::ReportSecondary;
                decision.reasons << Tr::tr("No choice is recorded for \"%1\"; under the policy's "
                                           "opt-out model it is reported as a secondary finding.")
                                            .arg(categoryLabel);
            } else {
                decision.decision = Decision::SuppressedByConsent;
                decision.reasons << Tr::tr("No consent is recorded for \"%1\"; the policy's "
                                           "opt-in model requires it.")
                                            .arg(categoryLabel);
            }
            break;
        }
    }

    for (const Assessment &assessment : assessments)
        run.decisions << assessment.decision;
    return run;
}

} // namespace Core
