// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercascade.h"

#include "../common/tr.h"
#include "../family/inheritance.h"
#include "../vcf/consequenceparser.h"
#include "rowchunks_p.h"
#include "variantfiltertest_p.h"

#include <algorithm>
#include <cstring>

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
                                         const InheritanceAnalysis *inheritance,
                                         const JobContext &job) const
{
    Result result;
    if (m_steps.isEmpty()) {
        result.rows = VariantQuery::allRows(store);
        return result;
    }
    // One pass over the store: each row goes through the steps in order until one removes it,
    // which counts exactly what each step removed from the rows the steps before it kept.
    // The pass is split in chunks of rows over threads: each thread has its own tests (they
    // cache) and counts; a chunk writes the rows it keeps at its own start in the result, and
    // the chunks are then moved together in order, so the rows stay in store order.
    const size_t stepCount = size_t(m_steps.size());
    const auto size = size_t(store.size());
    const size_t chunks = RowChunks::chunkCount(size);
    const int threads = RowChunks::threadsFor(chunks);
    struct Worker
    {
        std::vector<VariantFilterTest> tests;
        std::vector<qint64> removed;
    };
    std::vector<Worker> workers(static_cast<size_t>(threads));
    for (Worker &worker : workers) {
        worker.tests.reserve(stepCount);
        for (const Step &step : m_steps)
            worker.tests.emplace_back(store, step.filter, inheritance);
        worker.removed.assign(stepCount, 0);
    }
    std::vector<const RowPredicate *> predicates; // null: the step's filter
    for (const Step &step : m_steps)
        predicates.push_back(step.predicate ? &step.predicate : nullptr);
    result.rows.resize(size);
    std::vector<size_t> kept(chunks, 0);
    const bool complete
            = RowChunks::forEach(chunks, threads, job, [&](size_t chunk, int workerIndex) {
                  Worker &worker = workers[size_t(workerIndex)];
                  const size_t start = chunk * RowChunks::kRows;
                  const size_t end = std::min(size, start + RowChunks::kRows);
                  quint32 *out = result.rows.data() + start;
                  size_t count = 0;
                  for (size_t index = start; index < end; ++index) {
                      const auto row = quint32(index);
                      size_t step = 0;
                      for (; step < stepCount; ++step) {
                          const RowPredicate *predicate = predicates[step];
                          if (predicate ? !(*predicate)(row) : !worker.tests[step].keeps(row))
                              break;
                      }
                      if (step == stepCount)
                          out[count++] = row;
                      else
                          ++worker.removed[step];
                  }
                  kept[chunk] = count;
              });
    size_t total = 0;
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
        const size_t start = chunk * RowChunks::kRows;
        if (total != start && kept[chunk] > 0) {
            std::memmove(result.rows.data() + total,
                         result.rows.data() + start,
                         kept[chunk] * sizeof(quint32));
        }
        total += kept[chunk];
    }
    result.rows.resize(total);
    if (!complete)
        return result; // incomplete, to be dropped
    std::vector<qint64> removed(stepCount, 0);
    for (const Worker &worker : workers) {
        for (size_t step = 0; step < stepCount; ++step)
            removed[step] += worker.removed[step];
    }
    qint64 before = store.size();
    for (size_t step = 0; step < stepCount; ++step) {
        const qint64 after = before - removed[step];
        result.steps.append({m_steps.at(qsizetype(step)).name, before, after});
        before = after;
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
