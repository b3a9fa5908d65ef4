// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseevaluation.h"

#include "../common/tr.h"
#include "../frequency/frequencyannotator.h"
#include "../frequency/frequencystore.h"
#include "../knowledge/knowledgestore.h"
#include "policyengine.h"

namespace Core {

namespace {

/*! Fills the proband's frequency ceiling from the annotation, saying where it came from. */
void applyFrequencies(const FrequencyAnnotation &annotation,
                      const QList<qsizetype> &rows,
                      QList<PolicyVariant> &variants)
{
    const QStringList excluded = frequencyCeilingExcludedPopulations();
    for (qsizetype i = 0; i < variants.size(); ++i) {
        PolicyVariant &variant = variants[i];
        const qsizetype row = rows.at(i);
        const auto maximum = annotation.maximumPopulationFrequency(
                row, kFrequencyCeilingMinimumAlleleNumber, excluded);
        if (maximum && maximum->hasAlleleFrequency()) {
            variant.maximumPopulationFrequency = maximum->alleleFrequency;
            variant.frequencySource
                    = QStringLiteral("%1 %2 %3")
                              .arg(maximum->source, maximum->version, maximum->population);
            continue;
        }
        // Covered by a source but absent from it: frequency 0, and the reason says so.
        QStringList absent;
        for (int source = 0; source < annotation.sourceCount(); ++source) {
            if (annotation.status(row, source) == FrequencyStatus::NotFound) {
                absent << QStringLiteral("%1 %2").arg(annotation.source(source).name,
                                                      annotation.source(source).version);
            }
        }
        if (!absent.isEmpty()) {
            variant.maximumPopulationFrequency = 0.0;
            variant.frequencySource
                    = Tr::tr("not found in %1").arg(absent.join(QStringLiteral(", ")));
        }
    }
}

/*!
 * A knowledge base whose gene model or ClinVar exists only for other builds would annotate
 * nothing (or the wrong genes) without a word: refused, naming both builds. A knowledge base
 * without that kind of data at all is fine (the file's own annotations are used).
 */
std::optional<Error> checkKnowledgeBuild(const KnowledgeStore &knowledge, GenomeBuild build)
{
    const QString buildName = genomeBuildName(build);
    QStringList geneBuilds;
    QStringList clinvarBuilds;
    for (const KnowledgeSource &source : knowledge.sources()) {
        QStringList *builds = source.kind == QLatin1String("genes")     ? &geneBuilds
                              : source.kind == QLatin1String("clinvar") ? &clinvarBuilds
                                                                        : nullptr;
        if (builds && !builds->contains(source.build))
            builds->append(source.build);
    }
    geneBuilds.sort();
    clinvarBuilds.sort();
    if (!geneBuilds.isEmpty() && !geneBuilds.contains(buildName)) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the knowledge base's gene model is %1 but the case is %2; import a "
                            "gene model of the case's build")
                             .arg(geneBuilds.join(QStringLiteral(", ")), buildName),
                     knowledge.path());
    }
    if (!clinvarBuilds.isEmpty() && !clinvarBuilds.contains(buildName)) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the knowledge base's ClinVar is %1 but the case is %2; import "
                            "ClinVar of the case's build")
                             .arg(clinvarBuilds.join(QStringLiteral(", ")), buildName),
                     knowledge.path());
    }
    return std::nullopt;
}

} // namespace

Result<CaseEvaluation> CaseEvaluation::evaluate(const LoadedVariants &loaded,
                                                const CaseEvaluationInput &input,
                                                const JobContext &job)
{
    const VariantStore &store = *loaded.store;
    CaseEvaluation evaluation;
    evaluation.m_build = input.build != GenomeBuild::Unknown ? input.build : loaded.summary.build;
    if (evaluation.m_build != GenomeBuild::GRCh37 && evaluation.m_build != GenomeBuild::GRCh38) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the genome build of the case is unknown; choose GRCh37 or GRCh38"),
                     loaded.summary.file);
    }
    const QString buildName = genomeBuildName(evaluation.m_build);
    for (const FrequencyStore *cache : input.caches) {
        if (cache->build() != evaluation.m_build) {
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("the frequency cache is %1 but the case is %2; use a cache of "
                                "the case's build")
                                 .arg(genomeBuildName(cache->build()), buildName),
                         cache->path());
        }
    }

    if (input.knowledge) {
        if (auto error = checkKnowledgeBuild(*input.knowledge, evaluation.m_build))
            return std::move(*error);
    }

    const QStringList samples = store.samples();
    if (samples.isEmpty()) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the case has no samples, so there is no patient to evaluate"),
                     loaded.summary.file);
    }
    PolicyVariantAdapter::Options options;
    options.build = buildName;
    if (input.proband.isEmpty() && loaded.trio.child >= 0) {
        options.proband = loaded.trio.child;
        options.mother = loaded.trio.mother;
        options.father = loaded.trio.father;
        options.sex = loaded.trio.childSex;
    } else {
        const QString proband = input.proband.isEmpty() ? samples.first() : input.proband;
        if (!samples.contains(proband)) {
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("there is no sample %1 in the case").arg(proband),
                         loaded.summary.file);
        }
        options.proband = int(samples.indexOf(proband));
        if (options.proband == loaded.trio.child) {
            options.mother = loaded.trio.mother;
            options.father = loaded.trio.father;
        }
        if (loaded.pedigree)
            options.sex = loaded.pedigree->sexOf(proband);
    }
    if (input.sex != Sex::Unknown)
        options.sex = input.sex;
    evaluation.m_proband = options.proband;
    evaluation.m_mother = options.mother;
    evaluation.m_father = options.father;
    evaluation.m_sex = options.sex;

    job.setProgress(0, 3);
    PolicyVariantAdapter::Output converted
            = PolicyVariantAdapter::convert(store, input.knowledge, options);
    if (job.isCancelled())
        return Error(Error::Code::Cancelled, Tr::tr("cancelled"));
    job.setProgress(1, 3);

    QStringList dataVersions;
    if (input.knowledge)
        dataVersions << input.knowledge->dataVersions();
    if (!input.caches.isEmpty()) {
        auto annotation = FrequencyAnnotator(input.caches).annotate(store, evaluation.m_build, job);
        if (!annotation)
            return annotation.error();
        applyFrequencies(annotation.value(), converted.rows, converted.variants);
        evaluation.m_frequencies = std::move(annotation).value();
        for (const FrequencyStore *cache : input.caches) {
            for (const FrequencySource &source : cache->sources()) {
                // Name, version, build, where it came from and when it was retrieved.
                QStringList details{buildName};
                if (!source.origin.isEmpty())
                    details << source.origin;
                if (source.retrieved.isValid())
                    details << Tr::tr("retrieved %1")
                                       .arg(source.retrieved.toUTC().toString(Qt::ISODate));
                dataVersions << QStringLiteral("%1 %2 (%3)")
                                        .arg(source.name,
                                             source.version,
                                             details.join(QStringLiteral(", ")));
            }
        }
    }
    job.setProgress(2, 3);

    for (PolicyVariant &variant : converted.variants) {
        const auto lab = input.labClassifications.constFind(variant.key());
        if (lab != input.labClassifications.cend())
            variant.labSignificance = lab.value();
    }
    PolicyEngine engine(input.policy, input.consent, input.indication);
    engine.setDataVersions(dataVersions);
    evaluation.m_run = engine.evaluate(converted.variants);
    evaluation.m_variants = std::move(converted.variants);
    evaluation.m_rows = std::move(converted.rows);
    evaluation.m_inClinVar = converted.inClinVar;
    evaluation.m_indexOfRow.reserve(evaluation.m_rows.size());
    for (qsizetype i = 0; i < evaluation.m_rows.size(); ++i)
        evaluation.m_indexOfRow.insert(evaluation.m_rows.at(i), int(i));
    job.setProgress(3, 3);
    return evaluation;
}

const PolicyDecision *CaseEvaluation::decisionForRow(qsizetype row) const
{
    const auto index = m_indexOfRow.constFind(row);
    if (index == m_indexOfRow.cend())
        return nullptr;
    // The engine gives the decisions in input order; search only if that ever changes.
    const int variant = index.value();
    if (variant < m_run.decisions.size() && m_run.decisions.at(variant).index == variant)
        return &m_run.decisions.at(variant);
    for (const PolicyDecision &decision : m_run.decisions) {
        if (decision.index == variant)
            return &decision;
    }
    return nullptr;
}

const PolicyVariant *CaseEvaluation::variantForRow(qsizetype row) const
{
    const auto index = m_indexOfRow.constFind(row);
    return index == m_indexOfRow.cend() ? nullptr : &m_variants.at(index.value());
}

} // namespace Core
