// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk report: a clinician-facing report (PDF, HTML, FHIR, Phenopacket), signed on
// request; and the demo's reviewed report.
#include "commands.h"

#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/knowledge/knowledgestore.h>
#include <core/policy/caseevaluation.h>
#include <core/report/reportjob.h>
#include <core/report/reportlanguage.h>
#include <core/review/casestore.h>
#include <core/settings/deploymentsettings.h>
#include <core/vcf/vcfreader.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

/*! The stores a report reads, kept open while it is written. */
struct ReportSources
{
    std::unique_ptr<Core::KnowledgeStore> knowledge;
    std::vector<std::unique_ptr<Core::FrequencyStore>> caches;
};

Core::Result<QHash<QString, Core::ReviewedVariant>> readReviews(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error(Core::Error::Code::FileUnreadable, file.errorString(), path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Core::Error(Core::Error::Code::MalformedRecord,
                           Tr::tr("not a reviews JSON file: %1").arg(parseError.errorString()),
                           path);
    }
    QHash<QString, Core::ReviewedVariant> reviews;
    const QJsonArray list = document.object().value(QLatin1String("reviews")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Core::ReviewedVariant review;
        bool ok = false;
        const Core::Significance significance
                = Core::significanceFromKey(object.value(QLatin1String("class")).toString(), &ok);
        if (!ok) {
            return Core::Error(Core::Error::Code::MalformedRecord,
                               Tr::tr("unknown classification \"%1\"")
                                       .arg(object.value(QLatin1String("class")).toString()),
                               path);
        }
        review.classificationKey = Core::significanceKey(significance);
        for (const QJsonValue &criterion : object.value(QLatin1String("criteria")).toArray())
            review.criteria << criterion.toString();
        review.comment = object.value(QLatin1String("comment")).toString();
        reviews.insert(object.value(QLatin1String("variant")).toString(), review);
    }
    return reviews;
}

/*! Prints the written files, one per line, the PDF last (scripts take the last line). */
void printWritten(const Core::ReportRequest &request, const Core::ReportModel &model)
{
    //: %3 "1 primary finding", %4 "5 secondary findings"
    standardOutput()
            << Tr::tr("Report %1 (%2): %3, %4")
                       .arg(model.reportId,
                            model.language,
                            Tr::tr("%n primary finding(s)",
                                   nullptr,
                                   int(model.findingsIn(Core::ReportSection::Primary).size())),
                            Tr::tr("%n secondary finding(s)",
                                   nullptr,
                                   int(model.findingsIn(Core::ReportSection::Secondary).size())))
            << Qt::endl;
    for (const QString &path :
         {request.htmlPath,
          request.fhirPath,
          request.phenopacketPath,
          request.pkcs12Path.isEmpty() ? QString() : request.pdfPath + QStringLiteral(".p7s"),
          request.pdfPath}) {
        if (!path.isEmpty())
            standardOutput() << QFileInfo(path).absoluteFilePath() << Qt::endl;
    }
}

/*!
 * Fills \a request and \a input from case \a caseId of the case database: patient pseudonym
 * (and, for the clinical copy, the decrypted name and birth date), referrer, indication,
 * consent, the reviews with their criteria and comments, and the sign-off of the current
 * report version. Returns the case's first input file. Refuses a case evaluated with another
 * policy than the one installed.
 */
Core::Result<QString> fillFromCase(const Core::CaseStore &store,
                                   const QString &caseId,
                                   bool clinicalCopy,
                                   Core::ReportRequest &request,
                                   Core::CaseEvaluationInput &input)
{
    const auto record = store.caseRecord(caseId);
    if (!record)
        return record.error();
    const Core::CaseInput &stored = record->input;
    if (!stored.policyChecksum.isEmpty() && stored.policyChecksum != input.policy.checksum) {
        return Core::Error(Core::Error::Code::InvalidArgument,
                           Tr::tr("case %1 was evaluated with policy %2 (sha256 %3) but --policy "
                                  "gives sha256 %4; give the same policy file")
                                   .arg(caseId,
                                        stored.policyId,
                                        stored.policyChecksum.left(12),
                                        input.policy.checksum.left(12)),
                           store.path());
    }
    request.caseId = caseId;
    request.context.patientPseudonym = stored.patientPseudonym;
    request.context.referrer = stored.referrer;
    request.context.version = record->reportVersion;
    if (!stored.indication.isEmpty() && input.indication.name.isEmpty())
        input.indication.name = stored.indication;
    if (!stored.consentProfile.isEmpty()) {
        auto consent
                = Core::ConsentProfile::fromCaseJson(stored.consentProfile,
                                                     QStringLiteral("case %1 consent").arg(caseId),
                                                     &input.policy);
        if (!consent)
            return consent.error();
        input.consent = consent.value();
    }
    if (clinicalCopy) {
        const auto patient = store.patient(stored.patientPseudonym);
        if (!patient)
            return patient.error();
        request.context.patientName = patient->identity.name;
        if (patient->identity.birthDate.isValid())
            request.context.patientBirthDate = patient->identity.birthDate.toString(Qt::ISODate);
    }
    const auto reviews = store.reviews(caseId);
    if (!reviews)
        return reviews.error();
    for (const Core::VariantReview &review : reviews.value()) {
        Core::ReviewedVariant reviewed;
        reviewed.classificationKey = Core::significanceKey(review.classification);
        reviewed.criteria = review.criteria.codes().split(QLatin1Char(','), Qt::SkipEmptyParts);
        reviewed.comment = review.comment;
        request.context.reviews.insert(review.variantKey, reviewed);
        input.labClassifications.insert(review.variantKey, review.classification);
    }
    if (record->status == Core::CaseStatus::Signed) {
        const auto versions = store.reportVersions(caseId);
        if (!versions)
            return versions.error();
        for (const Core::ReportVersion &version : versions.value()) {
            if (version.version == record->reportVersion && version.isSigned) {
                request.context.signOff.name = version.signedBy;
                request.context.signOff.role = Tr::tr("Clinical geneticist");
                request.context.signOff.signedAt = version.signedTime;
            }
        }
    }
    if (stored.files.isEmpty()) {
        return Core::Error(Core::Error::Code::InvalidArgument,
                           Tr::tr("case %1 has no input file").arg(caseId),
                           store.path());
    }
    return stored.files.first().path;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Writes a report of a case. Without --policy it lists the variants; with a "
                   "policy and the patient's consent it is a clinician-facing report with "
                   "primary and secondary findings, frequencies with their sources, the "
                   "policy's reasons, limitations and a sign-off, optionally signed."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("VCF, VCF.gz or BCF file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("out")},
                                    Tr::tr("PDF file to write."),
                                    Tr::tr("report.pdf"));
    const QCommandLineOption caseId(
            QStringLiteral("case"), Tr::tr("Case identifier printed on the report."), Tr::tr("id"));
    const QCommandLineOption language(
            QStringLiteral("lang"),
            Tr::tr("Language of the report: %1 (default en).")
                    .arg(Core::ReportLanguage::available().join(QStringLiteral(", "))),
            Tr::tr("language"),
            QStringLiteral("en"));
    const QCommandLineOption html(
            QStringLiteral("html"), Tr::tr("Also write the report as HTML."), Tr::tr("file.html"));
    const QCommandLineOption fhir(QStringLiteral("fhir"),
                                  Tr::tr("Also write a FHIR R4 Genomics Reporting bundle."),
                                  Tr::tr("file.json"));
    const QCommandLineOption phenopacket(QStringLiteral("phenopacket"),
                                         Tr::tr("Also write a GA4GH Phenopacket v2."),
                                         Tr::tr("file.json"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    Tr::tr("Secondary-findings policy id or JSON file."),
                                    Tr::tr("policy"));
    const QCommandLineOption consent(QStringLiteral("consent"),
                                     Tr::tr("The patient's consent profile (JSON)."),
                                     Tr::tr("consent.json"));
    const QCommandLineOption indication(QStringLiteral("indication"),
                                        Tr::tr("Indication gene list or PanelApp TSV."),
                                        Tr::tr("file"));
    const QCommandLineOption kb(
            QStringLiteral("kb"), Tr::tr("Knowledge base (genes, ClinVar)."), Tr::tr("K.gdkb"));
    const QCommandLineOption cache(
            QStringLiteral("cache"), Tr::tr("Frequency cache (repeatable)."), Tr::tr("C.gdfreq"));
    const QCommandLineOption ped(
            QStringLiteral("ped"), Tr::tr("Pedigree (PED) of a trio."), Tr::tr("PED"));
    const QCommandLineOption reviews(QStringLiteral("reviews"),
                                     Tr::tr("Classifications with criteria and comments (JSON, "
                                            "as \"case export\" writes them)."),
                                     Tr::tr("file.json"));
    const QCommandLineOption laboratory(QStringLiteral("laboratory"),
                                        Tr::tr("Laboratory name printed on the report."),
                                        Tr::tr("text"));
    const QCommandLineOption referrer(
            QStringLiteral("referrer"), Tr::tr("Referring clinician."), Tr::tr("text"));
    const QCommandLineOption sign(QStringLiteral("sign"),
                                  Tr::tr("Sign the PDF with this PKCS#12 certificate and key "
                                         "(passphrase in GENOMEDESK_SIGN_PASSPHRASE); writes "
                                         "PDF.p7s."),
                                  Tr::tr("cert.p12"));
    const QCommandLineOption reportTemplate(QStringLiteral("template"),
                                            Tr::tr("Directory with report.html, report.css and "
                                                   "a logo."),
                                            Tr::tr("dir"));
    const QCommandLineOption database(QStringLiteral("db"),
                                      Tr::tr("Case database: report the case given by --case "
                                             "with its consent, reviews and sign-off (key in "
                                             "GENOMEDESK_PASSPHRASE or --key-file)."),
                                      Tr::tr("cases.gddb"));
    const QCommandLineOption keyFile(
            QStringLiteral("key-file"), Tr::tr("Key file of the case database."), Tr::tr("file"));
    const QCommandLineOption clinicalCopy(QStringLiteral("clinical-copy"),
                                          Tr::tr("With --db: print the patient's name and birth "
                                                 "date (decrypted) besides the pseudonym."));
    parser.addOptions({output,  caseId,      language,   html, fhir,           phenopacket,
                       policy,  consent,     indication, kb,   cache,          ped,
                       reviews, laboratory,  referrer,   sign, reportTemplate, database,
                       keyFile, clinicalCopy});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    QStringList files = parser.positionalArguments();
    const bool fromDatabase = parser.isSet(database);
    if (fromDatabase ? files.size() > 1 : files.size() != 1)
        return usageError(Tr::tr("report: expects exactly one file"));
    if (!parser.isSet(output))
        return usageError(Tr::tr("report: --out is required"));
    if (fromDatabase && (!parser.isSet(caseId) || !parser.isSet(policy)))
        return usageError(Tr::tr("report: --db needs --case and --policy"));
    if ((parser.isSet(consent) || parser.isSet(indication) || parser.isSet(reviews))
        && !parser.isSet(policy))
        return usageError(Tr::tr("report: --consent, --indication and --reviews need --policy"));

    Core::ReportRequest request;
    request.pdfPath = parser.value(output);
    request.htmlPath = parser.value(html);
    request.fhirPath = parser.value(fhir);
    request.phenopacketPath = parser.value(phenopacket);
    request.language = parser.value(language);
    request.templateDirectory = parser.value(reportTemplate);
    request.caseId = parser.isSet(caseId) || files.isEmpty()
                             ? parser.value(caseId)
                             : QFileInfo(files.first()).completeBaseName();
    request.createdAt = QDateTime::currentDateTimeUtc();
    request.context.laboratory = parser.value(laboratory);
    // Hospital IT's defaults (/etc/genomedesk/genomedesk.conf): laboratory name and template.
    const auto deployment = Core::DeploymentSettings::load();
    if (!deployment)
        return usageError(deployment.error().toString());
    if (!parser.isSet(laboratory) || deployment->isLocked(Core::DeploymentSettings::LabName))
        request.context.laboratory
                = deployment->systemValue(Core::DeploymentSettings::LabName).toString();
    if (!parser.isSet(reportTemplate)
        || deployment->isLocked(Core::DeploymentSettings::ReportTemplateDirectory))
        request.templateDirectory
                = deployment->systemValue(Core::DeploymentSettings::ReportTemplateDirectory)
                          .toString();
    request.context.referrer = parser.value(referrer);
    if (parser.isSet(sign)) {
        request.pkcs12Path = parser.value(sign);
        request.pkcs12Passphrase = QProcessEnvironment::systemEnvironment().value(
                QStringLiteral("GENOMEDESK_SIGN_PASSPHRASE"));
    }
    if (!Core::ReportLanguage::available().contains(request.language)) {
        return usageError(
                Tr::tr("report: no report language \"%1\"; available: %2")
                        .arg(request.language,
                             Core::ReportLanguage::available().join(QStringLiteral(", "))));
    }

    ReportSources sources;
    if (parser.isSet(policy)) {
        Core::CaseEvaluationInput input;
        Core::PolicyRegistry registry;
        if (const auto loaded = registry.load(parser.value(policy)); !loaded)
            return usageError(loaded.error().toString());
        input.policy = registry.active();
        if (parser.isSet(consent)) {
            auto profile = Core::ConsentProfile::loadFile(parser.value(consent), &input.policy);
            if (!profile)
                return usageError(profile.error().toString());
            input.consent = profile.value();
        }
        if (parser.isSet(indication)) {
            auto genes = Core::Indication::loadFile(parser.value(indication));
            if (!genes)
                return usageError(genes.error().toString());
            input.indication = genes.value();
        }
        if (parser.isSet(kb)) {
            if (!QFileInfo::exists(parser.value(kb)))
                return usageError(Tr::tr("%1: knowledge base not found").arg(parser.value(kb)));
            auto opened = Core::KnowledgeStore::open(parser.value(kb));
            if (!opened)
                return usageError(opened.error().toString());
            sources.knowledge = std::move(opened).value();
            input.knowledge = sources.knowledge.get();
            request.hgncIds = sources.knowledge->geneCatalogue();
        }
        for (const QString &path : parser.values(cache)) {
            if (!QFileInfo::exists(path))
                return usageError(Tr::tr("%1: frequency cache not found").arg(path));
            auto opened = Core::FrequencyStore::open(path);
            if (!opened)
                return usageError(opened.error().toString());
            input.caches << opened.value().get();
            sources.caches.push_back(std::move(opened).value());
        }
        if (parser.isSet(reviews)) {
            auto read = readReviews(parser.value(reviews));
            if (!read)
                return usageError(read.error().toString());
            request.context.reviews = read.value();
            for (auto it = request.context.reviews.cbegin(); it != request.context.reviews.cend();
                 ++it)
                input.labClassifications.insert(it.key(),
                                                Core::significanceFromKey(it->classificationKey));
        }
        if (fromDatabase) {
            Core::CaseStore::KeySource key;
            key.keyFile = parser.value(keyFile);
            key.passphrase = QProcessEnvironment::systemEnvironment().value(
                    QStringLiteral("GENOMEDESK_PASSPHRASE"));
            if (key.keyFile.isEmpty() && key.passphrase.isEmpty())
                return usageError(Tr::tr("report: set the passphrase in GENOMEDESK_PASSPHRASE or "
                                         "give --key-file"));
            if (!QFileInfo::exists(parser.value(database)))
                return usageError(
                        Tr::tr("%1: case database not found").arg(parser.value(database)));
            auto store = Core::CaseStore::open(parser.value(database), key);
            if (!store)
                return usageError(store.error().toString());
            auto file = fillFromCase(*store.value(),
                                     parser.value(caseId),
                                     parser.isSet(clinicalCopy),
                                     request,
                                     input);
            if (!file)
                return usageError(file.error().toString());
            if (files.isEmpty())
                files << file.value();
        }
        request.evaluation = input;
    }

    Core::VcfReader::Options options;
    options.pedigreeFile = parser.value(ped);
    const auto loaded = Core::VcfReader::read(files.first(), {}, options);
    if (!loaded)
        return usageError(loaded.error().toString());
    const auto report = Core::writeReport(loaded.value(), request);
    if (!report)
        return usageError(report.error().toString());
    printWritten(request, report.value());
    return Success;
}

std::optional<DemoInputs> prepareDemo(const QString &directory)
{
    const QDir out(directory);
    DemoInputs demo;
    // The demo's population frequencies go into a cache like a real source would.
    const QString sitesPath = out.absoluteFilePath(QStringLiteral("demo-frequencies.vcf"));
    demo.cachePath = out.absoluteFilePath(QStringLiteral("demo.gdfreq"));
    QFile::remove(sitesPath);
    if (!QFile::copy(QStringLiteral(":/demo/demo-frequencies.vcf"), sitesPath)) {
        usageError(Tr::tr("cannot write %1").arg(sitesPath));
        return std::nullopt;
    }
    QFile::setPermissions(sitesPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    {
        auto cache = Core::FrequencyStore::open(demo.cachePath,
                                                Core::FrequencyStore::OpenMode::ReadWrite);
        if (!cache) {
            usageError(cache.error().toString());
            return std::nullopt;
        }
        Core::SitesVcfImporter::Options importOptions;
        importOptions.sourceName = QStringLiteral("demo_cohort");
        importOptions.version = QStringLiteral("2026.1");
        importOptions.licence = QStringLiteral("synthetic demo data");
        importOptions.retrieved = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const Core::JobContext job;
        const auto imported
                = Core::SitesVcfImporter::import(*cache.value(), sitesPath, importOptions, job);
        if (!imported) {
            usageError(imported.error().toString());
            return std::nullopt;
        }
    }

    Core::PolicyRegistry registry;
    if (const auto loadedPolicy = registry.load(QStringLiteral("acmg-sf-3.2")); !loadedPolicy) {
        usageError(loadedPolicy.error().toString());
        return std::nullopt;
    }
    demo.policy = registry.active();
    QFile consentFile(QStringLiteral(":/demo/consent.json"));
    consentFile.open(QIODevice::ReadOnly);
    auto consent = Core::ConsentProfile::loadData(
            consentFile.readAll(), QStringLiteral("consent.json"), &demo.policy);
    if (!consent) {
        usageError(consent.error().toString());
        return std::nullopt;
    }
    demo.consent = consent.value();
    auto indication = Core::Indication::loadFile(QStringLiteral(":/demo/indication.txt"));
    if (!indication) {
        usageError(indication.error().toString());
        return std::nullopt;
    }
    demo.indication = indication.value();
    demo.indication.name = Tr::tr("Hereditary cardiomyopathy and arrhythmia (demo gene list)");
    auto reviews = readReviews(QStringLiteral(":/demo/reviews.json"));
    if (!reviews) {
        usageError(reviews.error().toString());
        return std::nullopt;
    }
    demo.reviews = reviews.value();
    for (auto it = demo.reviews.cbegin(); it != demo.reviews.cend(); ++it)
        demo.classifications.insert(it.key(), Core::significanceFromKey(it->classificationKey));
    return demo;
}

int writeDemoReport(const QString &directory, const QString &vcfPath, const QString &language)
{
    const QDir out(directory);
    const auto demo = prepareDemo(directory);
    if (!demo)
        return UsageOrInputError;
    auto cache = Core::FrequencyStore::open(demo->cachePath);
    if (!cache)
        return usageError(cache.error().toString());
    Core::CaseEvaluationInput input;
    input.policy = demo->policy;
    input.consent = demo->consent;
    input.indication = demo->indication;
    input.labClassifications = demo->classifications;
    input.sex = demo->sex;
    input.caches << cache.value().get();

    Core::ReportRequest request;
    request.context.reviews = demo->reviews;
    request.evaluation = input;
    request.caseId = QStringLiteral("DEMO-0001");
    request.language = language;
    request.context.laboratory = Tr::tr("GenomeDesk demo laboratory");
    request.context.referrer = Tr::tr("Dr. Demo Referrer, cardiology");
    request.createdAt = QDateTime::currentDateTimeUtc();
    request.pdfPath = out.absoluteFilePath(QStringLiteral("report.pdf"));
    request.htmlPath = out.absoluteFilePath(QStringLiteral("report.html"));
    request.fhirPath = out.absoluteFilePath(QStringLiteral("report.fhir.json"));
    request.phenopacketPath = out.absoluteFilePath(QStringLiteral("report.phenopacket.json"));

    const auto loaded = Core::VcfReader::read(vcfPath);
    if (!loaded)
        return usageError(loaded.error().toString());
    const auto report = Core::writeReport(loaded.value(), request);
    if (!report)
        return usageError(report.error().toString());
    standardOutput() << loaded->summary.toText() << Qt::endl;
    printWritten(request, report.value());
    return Success;
}

} // namespace App
