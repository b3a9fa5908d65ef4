// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercascade.h"

#include "../common/tr.h"
#include "../family/inheritance.h"
#include "../vcf/consequenceparser.h"

#include <algorithm>
#include <iterator>

namespace Core {

void FilterCascade::addStep(const QString &name, const VariantFilter &filter)
{
    m_steps.append({name, filter, {}});
}

void FilterCascade::addStep(const QString &name, RowPredicate predicate)
{
    m_steps.append({name, VariantFilter(), std::move(predicate)});
}

FilterCascade::Result FilterCascade::run(const VariantStore &store,
                                         const InheritanceAnalysis *inheritance) const
{
    Result result;
    result.rows = VariantQuery::allRows(store);
    for (const Step &step : m_steps) {
        if (step.predicate) {
            std::vector<quint32> next;
            next.reserve(result.rows.size());
            std::copy_if(result.rows.begin(),
                         result.rows.end(),
                         std::back_inserter(next),
                         step.predicate);
            result.steps.append({step.name, qint64(result.rows.size()), qint64(next.size())});
            result.rows = std::move(next);
            continue;
        }
        const std::vector<quint32> kept = VariantQuery::filter(store, step.filter, inheritance);
        // Intersect with what the previous steps kept (both are in store order).
        std::vector<quint32> next;
        next.reserve(std::min(kept.size(), result.rows.size()));
        std::set_intersection(result.rows.begin(),
                              result.rows.end(),
                              kept.begin(),
                              kept.end(),
                              std::back_inserter(next));
        result.steps.append({step.name, qint64(result.rows.size()), qint64(next.size())});
        result.rows = std::move(next);
    }
    return result;
}

QList<FilterCascade::Preset> FilterCascade::presets()
{
    return {Preset::AllVariants,
            Preset::QualityPass,
            Preset::RareCoding,
            Preset::DeNovo,
            Preset::Recessive,
            Preset::XLinked};
}

QString FilterCascade::presetName(Preset preset)
{
    switch (preset) {
    case Preset::AllVariants:
        return Tr::tr("All variants");
    case Preset::QualityPass:
        return Tr::tr("Good quality");
    case Preset::RareCoding:
        return Tr::tr("Coding and splice");
    case Preset::DeNovo:
        return Tr::tr("De novo (trio)");
    case Preset::Recessive:
        return Tr::tr("Recessive (trio)");
    case Preset::XLinked:
        return Tr::tr("X-linked (trio)");
    }
    return QString();
}

FilterCascade FilterCascade::preset(Preset preset, int sample)
{
    FilterCascade cascade;
    if (preset == Preset::AllVariants)
        return cascade;

    VariantFilter carrier;
    carrier.sample = sample;
    carrier.carriersOnly = true;
    cascade.addStep(Tr::tr("Carried by the patient"), carrier);

    VariantFilter pass;
    pass.passOnly = true;
    cascade.addStep(Tr::tr("FILTER is PASS"), pass);

    VariantFilter quality;
    quality.sample = sample;
    quality.minimumDepth = 10;
    quality.minimumGenotypeQuality = 20;
    cascade.addStep(Tr::tr("Depth ≥ 10 and GQ ≥ 20"), quality);
    if (preset == Preset::QualityPass)
        return cascade;

    if (preset == Preset::RareCoding) {
        VariantFilter coding;
        // Everything from transcript ablation down to splice region variants.
        coding.maximumSeverityRank
                = ConsequenceParser::severity(QStringLiteral("splice_region_variant"));
        cascade.addStep(Tr::tr("Coding or splice consequence"), coding);
        return cascade;
    }

    VariantFilter inheritance;
    switch (preset) {
    case Preset::DeNovo:
        inheritance.inheritanceFlags = InheritanceAnalysis::DeNovo;
        cascade.addStep(Tr::tr("De novo in the trio"), inheritance);
        break;
    case Preset::Recessive:
        inheritance.inheritanceFlags = InheritanceAnalysis::HomozygousRecessive
                                       | InheritanceAnalysis::CompoundHeterozygous;
        cascade.addStep(Tr::tr("Homozygous or compound heterozygous"), inheritance);
        break;
    case Preset::XLinked:
        inheritance.inheritanceFlags = InheritanceAnalysis::XLinked;
        cascade.addStep(Tr::tr("X-linked in the trio"), inheritance);
        break;
    default:
        break;
    }
    return cascade;
}

} // namespace Core
