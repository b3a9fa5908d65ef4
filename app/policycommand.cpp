// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk policy: list and check policies, apply one to a case.
#include "commands.h"

#include <core/family/pedigree.h>
#include <core/frequency/frequencyannotator.h>
#include <core/frequency/frequencystore.h>
#include <core/knowledge/knowledgestore.h>
#include <core/policy/caseevaluation.h>
#include <core/policy/policyengine.h>
#include <core/policy/policyvariantadapter.h>
#include <core/vcf/vcfreader.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

int runPolicyList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the policies shipped with GenomeDesk."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    standardOutput() << QStringLiteral("id\tversion\trevision\tgenes\tconsent model\tsha256\ttitle")
                     << Qt::endl;
    for (const QString &id : Core::PolicyLoader::builtinIds()) {
        const auto policy = Core::PolicyLoader().loadFile(Core::PolicyLoader::resolve(id));
        if (!policy)
            return usageError(policy.error().toString());
        standardOutput() << policy->id << '\t' << policy->version << '\t' << policy->revision
                         << '\t' << policy->genes.size() << '\t' << policy->consentModel << '\t'
                         << policy->checksum << '\t' << policy->title << Qt::endl;
    }
    return Success;
}

int runPolicyCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Validates a policy file; with --kb its genes are checked against the gene "
                   "model."));
    const QCommandLineOption kb(
            QStringLiteral("kb"), Tr::tr("Knowledge base file."), Tr::tr("K.gdkb"));
    parser.addOption(kb);
    parser.addPositionalArgument(QStringLiteral("policy"), Tr::tr("Policy id or JSON file."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("policy check: give one policy id or file"));
    Core::PolicyLoader loader;
    if (parser.isSet(kb)) {
        auto store = Core::KnowledgeStore::open(parser.value(kb));
        if (!store)
            return usageError(store.error().toString());
        loader.setKnownGenes(store.value()->geneCatalogue());
    }
    const auto policy
            = loader.loadFile(Core::PolicyLoader::resolve(parser.positionalArguments().first()));
    if (!policy)
        return usageError(policy.error().toString());
    standardOutput()
            << Tr::tr("%1: valid, %2 genes").arg(policy->displayVersion()).arg(policy->genes.size())
            << Qt::endl;
    return Success;
}

QString zygosityText(Core::Zygosity zygosity)
{
    return Core::zygosityKey(zygosity);
}

Core::Result<void> writeOutput(const QString &path,
                               const Core::PolicyRun &run,
                               const QList<Core::PolicyVariant> &variants)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error(Core::Error::Code::FileUnwritable,
                           Tr::tr("cannot write: %1").arg(file.errorString()),
                           path);
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonArray decisions;
        for (const Core::PolicyDecision &decision : run.decisions) {
            const Core::PolicyVariant &variant = variants.at(decision.index);
            decisions.append(QJsonObject{
                    {QStringLiteral("variant"), decision.variantKey},
                    {QStringLiteral("gene"), decision.gene},
                    {QStringLiteral("zygosity"), zygosityText(variant.zygosity)},
                    {QStringLiteral("consequence"), variant.consequence},
                    {QStringLiteral("clinvar"), Core::significanceKey(variant.clinvarSignificance)},
                    {QStringLiteral("clinvarStars"), variant.clinvarStars},
                    {QStringLiteral("decision"), Core::decisionKey(decision.decision)},
                    {QStringLiteral("consentCategory"), decision.consentCategory},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(decision.reasons)},
            });
        }
        const QJsonObject root{
                {QStringLiteral("policy"),
                 QJsonObject{{QStringLiteral("id"), run.policyId},
                             {QStringLiteral("version"), run.policyVersion},
                             {QStringLiteral("revision"), run.policyRevision},
                             {QStringLiteral("sha256"), run.policyChecksum}}},
                {QStringLiteral("dataVersions"), QJsonArray::fromStringList(run.dataVersions)},
                {QStringLiteral("consent"), run.consentSummary},
                {QStringLiteral("indication"), run.indication},
                {QStringLiteral("decisions"), decisions},
        };
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        QTextStream stream(&file);
        stream << "## policy=" << run.policyId << " version=" << run.policyVersion
               << " revision=" << run.policyRevision << " sha256=" << run.policyChecksum << '\n';
        for (const QString &version : run.dataVersions)
            stream << "## data=" << version << '\n';
        stream << "## consent=" << run.consentSummary << '\n';
        stream << "## indication=" << run.indication << '\n';
        stream << "variant\tgene\tzygosity\tconsequence\tclinvar\tclinvar_stars\tdecision\t"
                  "consent_category\treasons\n";
        for (const Core::PolicyDecision &decision : run.decisions) {
            const Core::PolicyVariant &variant = variants.at(decision.index);
            QString reasons = decision.reasons.join(QStringLiteral(" | "));
            reasons.replace(QLatin1Char('\t'), QLatin1Char(' '));
            stream << decision.variantKey << '\t' << decision.gene << '\t'
                   << zygosityText(variant.zygosity) << '\t' << variant.consequence << '\t'
                   << Core::significanceKey(variant.clinvarSignificance) << '\t'
                   << variant.clinvarStars << '\t' << Core::decisionKey(decision.decision) << '\t'
                   << decision.consentCategory << '\t' << reasons << '\n';
        }
        stream.flush();
    }
    if (!file.commit())
        return Core::Error(Core::Error::Code::FileUnwritable,
                           Tr::tr("cannot write: %1").arg(file.errorString()),
                           path);
    return {};
}

int runPolicyApply(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Applies a secondary-findings policy with the patient's consent to a case and "
                   "writes one decision with its reasons per variant the proband carries."));
    const QCommandLineOption kb(
            QStringLiteral("kb"), Tr::tr("Knowledge base file."), Tr::tr("K.gdkb"));
    const QCommandLineOption policyOption(QStringLiteral("policy"),
                                          Tr::tr("Policy id (see \"policy list\") or JSON file."),
                                          Tr::tr("policy"));
    const QCommandLineOption consentOption(QStringLiteral("consent"),
                                           Tr::tr("The patient's consent profile (JSON)."),
                                           Tr::tr("consent.json"));
    const QCommandLineOption indicationOption(
            QStringLiteral("indication"),
            Tr::tr("Indication: gene list, PanelApp TSV, or panel:<id> from the knowledge base."),
            Tr::tr("file"));
    const QCommandLineOption pedOption(
            QStringLiteral("ped"), Tr::tr("Pedigree (PED) of a trio."), Tr::tr("PED"));
    const QCommandLineOption probandOption(QStringLiteral("proband"),
                                           Tr::tr("Sample name of the patient (default: the "
                                                  "trio's child, else the first sample)."),
                                           Tr::tr("sample"));
    const QCommandLineOption sexOption(QStringLiteral("sex"),
                                       Tr::tr("The patient's sex when there is no PED: male or "
                                              "female."),
                                       Tr::tr("sex"));
    const QCommandLineOption buildOption(QStringLiteral("build"),
                                         Tr::tr("Genome build when the VCF does not tell."),
                                         Tr::tr("build"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         Tr::tr("Frequency cache for the frequency ceilings "
                                                "(repeatable)."),
                                         Tr::tr("C.gdfreq"));
    const QCommandLineOption outputOption(
            QStringLiteral("out"), Tr::tr("Decisions as .tsv or .json."), Tr::tr("file"));
    parser.addOptions({kb,
                       policyOption,
                       consentOption,
                       indicationOption,
                       pedOption,
                       probandOption,
                       sexOption,
                       buildOption,
                       cacheOption,
                       outputOption});
    parser.addPositionalArgument(QStringLiteral("case"), Tr::tr("The case VCF/BCF."));
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("policy apply: give one case VCF"));
    for (const QCommandLineOption *required : {&policyOption, &consentOption, &outputOption}) {
        if (!parser.isSet(*required))
            return usageError(
                    Tr::tr("policy apply: --%1 is required").arg(required->names().first()));
    }

    std::unique_ptr<Core::KnowledgeStore> knowledge;
    if (parser.isSet(kb)) {
        if (!QFileInfo::exists(parser.value(kb)))
            return usageError(Tr::tr("%1: knowledge base not found").arg(parser.value(kb)));
        auto opened = Core::KnowledgeStore::open(parser.value(kb));
        if (!opened)
            return usageError(opened.error().toString());
        knowledge = std::move(opened).value();
    }
    Core::PolicyRegistry registry;
    if (const auto loaded = registry.load(parser.value(policyOption)); !loaded)
        return usageError(loaded.error().toString());
    const Core::Policy &policy = registry.active();
    const auto consent = Core::ConsentProfile::loadFile(parser.value(consentOption), &policy);
    if (!consent)
        return usageError(consent.error().toString());

    Core::Indication indication;
    if (parser.isSet(indicationOption)) {
        const QString value = parser.value(indicationOption);
        if (value.startsWith(QLatin1String("panel:"))) {
            if (!knowledge)
                return usageError(Tr::tr("policy apply: --indication panel:<id> needs --kb"));
            QStringList genes;
            QString name;
            for (const Core::PanelGene &gene : knowledge->panelGenes(value.mid(6))) {
                if (gene.confidence.isEmpty() || gene.confidence == QLatin1String("3"))
                    genes << gene.symbol;
                name = QStringLiteral("%1 v%2").arg(gene.panelName, gene.panelVersion);
            }
            if (genes.isEmpty())
                return usageError(Tr::tr("policy apply: no panel %1 in the knowledge base")
                                          .arg(value.mid(6)));
            indication = Core::Indication::fromGenes(genes, name);
        } else {
            auto loaded = Core::Indication::loadFile(value);
            if (!loaded)
                return usageError(loaded.error().toString());
            indication = loaded.value();
        }
    }

    Core::VcfReader::Options readOptions;
    if (parser.isSet(pedOption))
        readOptions.pedigreeFile = parser.value(pedOption);
    const auto loaded
            = Core::VcfReader::read(parser.positionalArguments().first(), {}, readOptions);
    if (!loaded)
        return usageError(loaded.error().toString());

    Core::CaseEvaluationInput input;
    input.policy = policy;
    input.consent = consent.value();
    input.indication = indication;
    input.knowledge = knowledge.get();
    input.proband = parser.value(probandOption);
    if (parser.isSet(buildOption)) {
        input.build = Core::genomeBuildFromName(parser.value(buildOption));
        if (input.build == Core::GenomeBuild::Unknown)
            return usageError(Tr::tr("policy apply: --build must be GRCh37 or GRCh38"));
    }
    if (parser.isSet(sexOption)) {
        const QString sex = parser.value(sexOption);
        if (sex != QLatin1String("male") && sex != QLatin1String("female"))
            return usageError(Tr::tr("policy apply: --sex must be male or female"));
        input.sex = sex == QLatin1String("male") ? Core::Sex::Male : Core::Sex::Female;
    }
    std::vector<std::unique_ptr<Core::FrequencyStore>> caches;
    for (const QString &path : parser.values(cacheOption)) {
        if (!QFileInfo::exists(path))
            return usageError(Tr::tr("%1: frequency cache not found").arg(path));
        auto opened = Core::FrequencyStore::open(path);
        if (!opened)
            return usageError(opened.error().toString());
        input.caches << opened.value().get();
        caches.push_back(std::move(opened).value());
    }
    const auto evaluation = Core::CaseEvaluation::evaluate(loaded.value(), input);
    if (!evaluation)
        return usageError(evaluation.error().toString());
    const Core::PolicyRun &run = evaluation->run();
    if (const auto written = writeOutput(parser.value(outputOption), run, evaluation->variants());
        !written)
        return usageError(written.error().toString());

    standardOutput() << Tr::tr("%1: %2 variant(s) carried by %3 (%4 in ClinVar); %5 "
                               "report-primary, %6 report-secondary, %7 suppressed-by-consent, "
                               "%8 needs-review, %9 not-reportable")
                                .arg(policy.displayVersion())
                                .arg(evaluation->variants().size())
                                .arg(QStringLiteral("#%1").arg(evaluation->proband() + 1))
                                .arg(evaluation->inClinVar())
                                .arg(run.count(Core::Decision::ReportPrimary))
                                .arg(run.count(Core::Decision::ReportSecondary))
                                .arg(run.count(Core::Decision::SuppressedByConsent))
                                .arg(run.count(Core::Decision::NeedsReview))
                                .arg(run.count(Core::Decision::NotReportable))
                     << Qt::endl;
    return Success;
}

} // namespace

int runPolicy(const QStringList &arguments)
{
    return runSubcommand(
            arguments,
            {{"list",
              QT_TRANSLATE_NOOP("App", "list the policies shipped with GenomeDesk"),
              runPolicyList},
             {"check", QT_TRANSLATE_NOOP("App", "validate a policy file"), runPolicyCheck},
             {"apply",
              QT_TRANSLATE_NOOP("App", "apply a policy with the patient's consent to a case"),
              runPolicyApply}});
}

} // namespace App
