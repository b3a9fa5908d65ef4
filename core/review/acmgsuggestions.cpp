// SPDX-License-Identifier: GPL-3.0-or-later
#include "acmgsuggestions.h"

#include "../common/tr.h"
#include "../policy/policy.h"
#include "../policy/policyvariant.h"

#include <QLocale>
#include <QRegularExpression>

namespace Core {

namespace {

QString frequencyText(double value)
{
    return Tr::frequency(value, 4);
}

bool sameVariant(const PolicyNamedVariant &named, const PolicyVariant &variant)
{
    const QString key = variant.key();
    for (const QString &candidate : named.keys) {
        if (candidate == key)
            return true;
    }
    if (!variant.hgvsProtein.isEmpty() && named.hgvsProtein.contains(variant.hgvsProtein))
        return true;
    return false;
}

} // namespace

QString acmgDecisionKey(AcmgSuggestion::Decision decision)
{
    switch (decision) {
    case AcmgSuggestion::Decision::Pending:
        return QStringLiteral("pending");
    case AcmgSuggestion::Decision::Accepted:
        return QStringLiteral("accepted");
    case AcmgSuggestion::Decision::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

AcmgFrequencyThresholds AcmgSuggestions::defaultThresholds()
{
    AcmgFrequencyThresholds thresholds;
    thresholds.origin = Tr::tr("GenomeDesk defaults");
    return thresholds;
}

AcmgFrequencyThresholds AcmgSuggestions::thresholds(const Policy &policy,
                                                    const PolicyVariant &variant)
{
    AcmgFrequencyThresholds thresholds;
    thresholds.ba1 = policy.ba1;
    thresholds.origin = Tr::tr("policy %1").arg(policy.displayVersion());
    const PolicyGene *gene = policy.gene(variant.geneSymbol);
    if (!gene && !variant.hgncId.isEmpty())
        gene = policy.geneByHgncId(variant.hgncId);
    if (gene) {
        if (gene->maximumCredibleFrequency >= 0.0)
            thresholds.bs1 = gene->maximumCredibleFrequency;
        for (const PolicyNamedVariant &named : gene->variants) {
            if (named.ba1Exempt && sameVariant(named, variant))
                thresholds.ba1Exempt = true;
        }
    }
    return thresholds;
}

QList<AcmgSuggestion> AcmgSuggestions::suggest(const PolicyVariant &variant, const Policy &policy)
{
    return suggest(variant, thresholds(policy, variant));
}

QList<AcmgSuggestion> AcmgSuggestions::suggest(const PolicyVariant &variant,
                                               const AcmgFrequencyThresholds &thresholds)
{
    QList<AcmgSuggestion> suggestions;
    auto add = [&suggestions](AcmgCriterion criterion, AcmgStrength strength, const QString &text) {
        AcmgSuggestion suggestion;
        suggestion.evidence.criterion = criterion;
        suggestion.evidence.strength = strength;
        suggestion.evidence.evidence = text;
        suggestions << suggestion;
    };

    // Frequency criteria: at most one of BA1, BS1, PM2_Supporting.
    const QString source = variant.frequencySource.isEmpty() ? Tr::tr("an unnamed source")
                                                             : variant.frequencySource;
    if (variant.hasFrequency()) {
        const double frequency = variant.maximumPopulationFrequency;
        if (frequency >= thresholds.ba1 && !thresholds.ba1Exempt) {
            add(AcmgCriterion::BA1,
                AcmgStrength::StandAlone,
                Tr::tr("Maximum population allele frequency %1 in %2 is at or above the BA1 "
                       "threshold %3 (%4).")
                        .arg(frequencyText(frequency),
                             source,
                             frequencyText(thresholds.ba1),
                             thresholds.origin));
        } else if (frequency > thresholds.bs1 && !thresholds.ba1Exempt) {
            add(AcmgCriterion::BS1,
                AcmgStrength::Strong,
                Tr::tr("Maximum population allele frequency %1 in %2 is above the BS1 "
                       "threshold %3 (%4).")
                        .arg(frequencyText(frequency),
                             source,
                             frequencyText(thresholds.bs1),
                             thresholds.origin));
        } else if (frequency < thresholds.pm2) {
            add(AcmgCriterion::PM2,
                AcmgStrength::Supporting,
                frequency <= 0.0
                        ? Tr::tr("Absent from %1 (allele frequency 0; PM2 at supporting "
                                 "strength per ClinGen SVI).")
                                  .arg(source)
                        : Tr::tr("Maximum population allele frequency %1 in %2 is below %3 "
                                 "(PM2 at supporting strength per ClinGen SVI).")
                                  .arg(frequencyText(frequency),
                                       source,
                                       frequencyText(thresholds.pm2)));
        }
    } else if (!variant.frequencySource.isEmpty()) {
        add(AcmgCriterion::PM2,
            AcmgStrength::Supporting,
            Tr::tr("Absent from %1 (PM2 at supporting strength per ClinGen SVI).").arg(source));
    }

    // PVS1 candidate from the consequence; the reviewer checks that loss of function is a
    // disease mechanism of the gene and walks the SVI decision tree.
    const QStringList terms = variant.consequence.split(QRegularExpression(QStringLiteral("[&,]")),
                                                        Qt::SkipEmptyParts);
    static const QStringList nullTerms = {QStringLiteral("stop_gained"),
                                          QStringLiteral("frameshift_variant"),
                                          QStringLiteral("splice_acceptor_variant"),
                                          QStringLiteral("splice_donor_variant")};
    const QString gene = variant.geneSymbol.isEmpty() ? Tr::tr("the gene") : variant.geneSymbol;
    for (const QString &rawTerm : terms) {
        const QString term = rawTerm.trimmed();
        if (nullTerms.contains(term)) {
            add(AcmgCriterion::PVS1,
                AcmgStrength::VeryStrong,
                Tr::tr("Candidate: %1 is a null variant in %2; confirm that loss of function is "
                       "a known disease mechanism and check the ClinGen SVI PVS1 decision tree "
                       "(last exon, NMD, rescue).")
                        .arg(term, gene));
            break;
        }
        if (term == QLatin1String("start_lost")) {
            add(AcmgCriterion::PVS1,
                AcmgStrength::Moderate,
                Tr::tr("Candidate: start_lost in %1; initiation codon variants are PVS1 at "
                       "moderate strength at most (ClinGen SVI PVS1 decision tree).")
                        .arg(gene));
            break;
        }
    }
    return suggestions;
}

Result<AcmgClassification> AcmgSuggestions::accepted(const QList<AcmgSuggestion> &suggestions)
{
    AcmgClassification classification;
    for (const AcmgSuggestion &suggestion : suggestions) {
        if (suggestion.decision != AcmgSuggestion::Decision::Accepted)
            continue;
        const auto added = classification.add(suggestion.evidence);
        if (!added)
            return added.error();
    }
    return classification;
}

} // namespace Core
