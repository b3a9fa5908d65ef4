// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinvarvalues.h"

#include "../vcf/consequenceparser.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace Core::ClinVarValues {

Significance significance(const QString &clinicalSignificance)
{
    // The first term before '|' or ',' is the germline classification; the rest are modifiers
    // such as "|risk_factor".
    const QString value = clinicalSignificance.trimmed();
    if (value.isEmpty() || value == QLatin1String("."))
        return Significance::Unknown;
    const QString lower = value.toLower();
    if (lower.startsWith(QLatin1String("conflicting_interpretations_of_pathogenicity"))
        || lower.startsWith(QLatin1String("conflicting_classifications_of_pathogenicity")))
        return Significance::Conflicting;
    const QString first = lower.section(QLatin1Char('|'), 0, 0);
    if (first.contains(QLatin1String("low_penetrance")))
        return Significance::Other;
    if (first == QLatin1String("pathogenic"))
        return Significance::Pathogenic;
    if (first == QLatin1String("likely_pathogenic")
        || first == QLatin1String("pathogenic/likely_pathogenic"))
        return Significance::LikelyPathogenic;
    if (first == QLatin1String("uncertain_significance"))
        return Significance::Uncertain;
    if (first == QLatin1String("likely_benign") || first == QLatin1String("benign/likely_benign"))
        return Significance::LikelyBenign;
    if (first == QLatin1String("benign"))
        return Significance::Benign;
    return Significance::Other;
}

int stars(const QString &reviewStatus)
{
    const QString value = reviewStatus.trimmed().toLower();
    if (value == QLatin1String("practice_guideline"))
        return 4;
    if (value == QLatin1String("reviewed_by_expert_panel"))
        return 3;
    if (value == QLatin1String("criteria_provided,_multiple_submitters,_no_conflicts"))
        return 2;
    if (value == QLatin1String("criteria_provided,_single_submitter")
        || value == QLatin1String("criteria_provided,_conflicting_classifications")
        || value == QLatin1String("criteria_provided,_conflicting_interpretations"))
        return 1;
    if (value == QLatin1String("no_assertion_criteria_provided")
        || value == QLatin1String("no_classification_provided")
        || value == QLatin1String("no_classification_for_the_single_variant")
        || value == QLatin1String("no_assertion_provided")
        || value == QLatin1String("no_interpretation_for_the_single_variant"))
        return 0;
    return -1;
}

QString mostSevereConsequence(const QString &molecularConsequence)
{
    QString best;
    int bestRank = 0;
    for (const QString &entry : molecularConsequence.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // ClinVar labels some SO terms its own way ("nonsense" for SO:0001587 stop_gained).
        const QString id = entry.section(QLatin1Char('|'), 0, 0);
        QString term = entry.section(QLatin1Char('|'), 1, 1);
        if (id == QLatin1String("SO:0001587"))
            term = QStringLiteral("stop_gained");
        else if (id == QLatin1String("SO:0001582"))
            term = QStringLiteral("start_lost");
        else if (id == QLatin1String("SO:0001578"))
            term = QStringLiteral("stop_lost");
        if (term.isEmpty())
            continue;
        const int rank = ConsequenceParser::severity(term);
        if (best.isEmpty() || rank < bestRank) {
            best = term;
            bestRank = rank;
        }
    }
    return best;
}

QString decode(const QString &value)
{
    QString text = QUrl::fromPercentEncoding(value.toUtf8());
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

} // namespace Core::ClinVarValues
