// SPDX-License-Identifier: GPL-3.0-or-later
#include "fhirexport.h"

#include "../common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace Core {

namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kHgvs = QStringLiteral("http://varnomen.hgvs.org");
const QString kHgnc = QStringLiteral("http://www.genenames.org/geneId");
const QString kRefSeq = QStringLiteral("http://www.ncbi.nlm.nih.gov/refseq");
const QString kEnsembl = QStringLiteral("http://www.ensembl.org");
const QString kClinVar = QStringLiteral("http://www.ncbi.nlm.nih.gov/clinvar");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
const QString kV2Table0074 = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074");
const QString kObservationCategory
        = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString kGenomicsIg = QStringLiteral("http://hl7.org/fhir/uv/genomics-reporting");
const QString kTbdCodes
        = QStringLiteral("http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs");
const QString kSecondaryFindingExtension
        = QStringLiteral("http://hl7.org/fhir/StructureDefinition/observation-secondaryFinding");
// Identifier systems of this application (URNs: a hospital has no registered URL for them).
const QString kPseudonymSystem = QStringLiteral("urn:genomedesk:patient-pseudonym");
const QString kReportIdSystem = QStringLiteral("urn:genomedesk:report-id");
const QString kSampleSystem = QStringLiteral("urn:genomedesk:sample");

// Namespace of the name-based (version 5) UUIDs of every resource in a bundle.
const QUuid kNamespace(QStringLiteral("{6f1b0a52-3c39-4b7e-9d7e-2f6f0f4a9c11}"));

QJsonObject coding(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject object{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        object.insert(QStringLiteral("display"), display);
    return object;
}

QJsonObject concept(const QJsonObject &codingValue, const QString &text = {})
{
    QJsonObject object{{QStringLiteral("coding"), QJsonArray{codingValue}}};
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    return object;
}

QJsonObject loincConcept(const QString &code, const QString &display, const QString &text = {})
{
    return concept(coding(kLoinc, code, display), text);
}

QJsonObject reference(const QString &fullUrl)
{
    return QJsonObject{{QStringLiteral("reference"), fullUrl}};
}

QJsonObject meta(const QString &profile)
{
    return QJsonObject{
            {QStringLiteral("profile"),
             QJsonArray{QStringLiteral("%1/StructureDefinition/%2").arg(kGenomicsIg, profile)}}};
}

QJsonObject component(const QString &loinc, const QString &display)
{
    return QJsonObject{{QStringLiteral("code"), loincConcept(loinc, display)}};
}

QJsonObject
componentWithConcept(const QString &loinc, const QString &display, const QJsonObject &value)
{
    QJsonObject object = component(loinc, display);
    object.insert(QStringLiteral("valueCodeableConcept"), value);
    return object;
}

QJsonArray genomicCategories()
{
    return QJsonArray{
            concept(coding(kObservationCategory,
                           QStringLiteral("laboratory"),
                           QStringLiteral("Laboratory"))),
            concept(coding(kV2Table0074, QStringLiteral("GE"), QStringLiteral("Genetics")))};
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/*! "1".."22", "X", "Y", "MT" for the names of primary chromosomes; empty otherwise. */
QString primaryChromosome(const QString &contig)
{
    QString name = contig;
    if (name.startsWith(QLatin1String("chr"), Qt::CaseInsensitive))
        name = name.mid(3);
    name = name.toUpper();
    if (name == QLatin1String("M"))
        name = QStringLiteral("MT");
    if (name == QLatin1String("X") || name == QLatin1String("Y") || name == QLatin1String("MT"))
        return name;
    bool ok = false;
    const int number = name.toInt(&ok);
    return ok && number >= 1 && number <= 22 ? QString::number(number) : QString();
}

QJsonObject assemblyConcept(const QString &build)
{
    if (build == QLatin1String("GRCh37"))
        return loincConcept(QStringLiteral("LA14029-5"), QStringLiteral("GRCh37"));
    if (build == QLatin1String("GRCh38"))
        return loincConcept(QStringLiteral("LA26806-2"), QStringLiteral("GRCh38"));
    return {};
}

QJsonObject allelicStateConcept(const QString &zygosity)
{
    // "het-other-alt" (1/2) carries one copy of this allele: heterozygous for it.
    if (zygosity == QLatin1String("het") || zygosity == QLatin1String("het-other-alt"))
        return loincConcept(QStringLiteral("LA6706-1"), QStringLiteral("Heterozygous"));
    if (zygosity == QLatin1String("hom-alt"))
        return loincConcept(QStringLiteral("LA6705-3"), QStringLiteral("Homozygous"));
    if (zygosity == QLatin1String("hemizygous"))
        return loincConcept(QStringLiteral("LA6707-9"), QStringLiteral("Hemizygous"));
    return {};
}

QJsonObject significanceConcept(const QString &key, const QString &label)
{
    struct Code
    {
        const char *key;
        const char *code;
        const char *display;
    };
    static const Code codes[] = {
            {"pathogenic", "LA6668-3", "Pathogenic"},
            {"likely-pathogenic", "LA26332-9", "Likely pathogenic"},
            {"uncertain", "LA26333-7", "Uncertain significance"},
            {"likely-benign", "LA26334-5", "Likely benign"},
            {"benign", "LA6675-8", "Benign"},
    };
    for (const Code &entry : codes) {
        if (key == QLatin1String(entry.key))
            return loincConcept(
                    QString::fromLatin1(entry.code), QString::fromLatin1(entry.display), label);
    }
    return {};
}

/*! c.HGVS with its transcript ("NM_000410.4:c.845G>A"), as HGVS requires a reference. */
QString codingHgvs(const ReportVariant &variant)
{
    if (variant.hgvsCoding.isEmpty() || variant.hgvsCoding.contains(QLatin1Char(':'))
        || variant.transcript.isEmpty())
        return variant.hgvsCoding;
    return QStringLiteral("%1:%2").arg(variant.transcript, variant.hgvsCoding);
}

QString transcriptOf(const ReportVariant &variant)
{
    if (!variant.transcript.isEmpty())
        return variant.transcript;
    const qsizetype colon = variant.hgvsCoding.indexOf(QLatin1Char(':'));
    return colon > 0 ? variant.hgvsCoding.left(colon) : QString();
}

QString clinVarAccession(const QString &clinvar)
{
    static const QRegularExpression accession(
            QStringLiteral("\\b(VCV\\d+(?:\\.\\d+)?|RCV\\d+(?:\\.\\d+)?)\\b"));
    const QRegularExpressionMatch match = accession.match(clinvar);
    return match.hasMatch() ? match.captured(1) : QString();
}

QJsonObject fractionQuantity(double value)
{
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("system"), kUcum},
                       {QStringLiteral("code"), QStringLiteral("1")}};
}

QString variantKey(const ReportVariant &variant)
{
    return QStringLiteral("%1:%2:%3>%4")
            .arg(variant.contig)
            .arg(variant.position)
            .arg(variant.reference, variant.alternate);
}

class BundleBuilder
{
public:
    BundleBuilder(const ReportModel &model, const QHash<QString, QString> &hgncIds)
        : m_model(model)
        , m_hgncIds(hgncIds)
        , m_signed(!model.signOff.name.isEmpty())
    {}

    QJsonObject build();

private:
    QString fullUrl(const QString &key) const
    {
        return QStringLiteral("urn:uuid:")
               + QUuid::createUuidV5(kNamespace, m_model.reportId + QLatin1Char('/') + key)
                         .toString(QUuid::WithoutBraces);
    }
    QString status() const
    {
        return m_signed ? QStringLiteral("final") : QStringLiteral("preliminary");
    }
    void add(const QString &url, QJsonObject resource)
    {
        resource.insert(QStringLiteral("id"), url.mid(QStringLiteral("urn:uuid:").size()));
        m_entries.append(QJsonObject{{QStringLiteral("fullUrl"), url},
                                     {QStringLiteral("resource"), resource}});
    }
    QJsonObject secondaryFindingExtension() const;
    QJsonObject variantObservation(const ReportFinding &finding) const;
    QJsonObject implicationObservation(const ReportFinding &finding,
                                       const QString &variantUrl) const;
    void addBaseFields(QJsonObject &observation, const ReportFinding &finding) const;

    const ReportModel &m_model;
    const QHash<QString, QString> &m_hgncIds;
    const bool m_signed;
    QString m_patientUrl;
    QString m_specimenUrl;
    QJsonArray m_entries;
};

QJsonObject BundleBuilder::secondaryFindingExtension() const
{
    // The code system of this extension only knows "ACMG version 1/2"; the binding is
    // extensible, so a policy it does not list (ACMG SF v3.x, 1+MG) is given as text.
    const QString policy = m_model.policyName.isEmpty() ? QStringLiteral("secondary finding")
                                                        : m_model.policyName;
    return QJsonObject{{QStringLiteral("url"), kSecondaryFindingExtension},
                       {QStringLiteral("valueCodeableConcept"),
                        QJsonObject{{QStringLiteral("text"), policy}}}};
}

void BundleBuilder::addBaseFields(QJsonObject &observation, const ReportFinding &finding) const
{
    observation.insert(QStringLiteral("resourceType"), QStringLiteral("Observation"));
    observation.insert(QStringLiteral("status"), status());
    observation.insert(QStringLiteral("category"), genomicCategories());
    observation.insert(QStringLiteral("subject"), reference(m_patientUrl));
    if (!m_specimenUrl.isEmpty())
        observation.insert(QStringLiteral("specimen"), reference(m_specimenUrl));
    if (m_model.createdAt.isValid())
        observation.insert(QStringLiteral("issued"), isoUtc(m_model.createdAt));
    if (finding.section == ReportSection::Secondary)
        observation.insert(QStringLiteral("extension"), QJsonArray{secondaryFindingExtension()});
}

QJsonObject BundleBuilder::variantObservation(const ReportFinding &finding) const
{
    const ReportVariant &variant = finding.variant;
    QJsonObject observation;
    addBaseFields(observation, finding);
    observation.insert(QStringLiteral("meta"), meta(QStringLiteral("variant")));
    observation.insert(
            QStringLiteral("code"),
            loincConcept(QStringLiteral("69548-6"), QStringLiteral("Genetic variant assessment")));
    observation.insert(QStringLiteral("valueCodeableConcept"),
                       loincConcept(QStringLiteral("LA9633-4"), QStringLiteral("Present")));

    QJsonArray components;
    if (!variant.gene.isEmpty()) {
        const QString hgncId = m_hgncIds.value(variant.gene);
        const QJsonObject gene = hgncId.isEmpty()
                                         ? QJsonObject{{QStringLiteral("text"), variant.gene}}
                                         : concept(coding(kHgnc, hgncId, variant.gene));
        components.append(componentWithConcept(
                QStringLiteral("48018-6"), QStringLiteral("Gene studied [ID]"), gene));
    }
    const QString transcript = transcriptOf(variant);
    if (!transcript.isEmpty()) {
        const QString system = transcript.startsWith(QLatin1String("ENST")) ? kEnsembl : kRefSeq;
        components.append(componentWithConcept(QStringLiteral("51958-7"),
                                               QStringLiteral("Transcript reference sequence [ID]"),
                                               concept(coding(system, transcript))));
    }
    const QString codingChange = codingHgvs(variant);
    if (!codingChange.isEmpty())
        components.append(componentWithConcept(QStringLiteral("48004-6"),
                                               QStringLiteral("DNA change (c.HGVS)"),
                                               concept(coding(kHgvs, codingChange))));
    if (!variant.hgvsProtein.isEmpty())
        components.append(componentWithConcept(QStringLiteral("48005-3"),
                                               QStringLiteral("Amino acid change (pHGVS)"),
                                               concept(coding(kHgvs, variant.hgvsProtein))));
    const QString accession = FhirExport::chromosomeAccession(m_model.genomeBuild, variant.contig);
    if (!accession.isEmpty())
        components.append(componentWithConcept(QStringLiteral("48013-7"),
                                               QStringLiteral("Genomic reference sequence [ID]"),
                                               concept(coding(kRefSeq, accession))));
    const QJsonObject assembly = assemblyConcept(m_model.genomeBuild);
    if (!assembly.isEmpty())
        components.append(
                componentWithConcept(QStringLiteral("62374-4"),
                                     QStringLiteral("Human reference sequence assembly version"),
                                     assembly));
    components.append(
            componentWithConcept(QStringLiteral("92822-6"),
                                 QStringLiteral("Genomic coordinate system [Type]"),
                                 loincConcept(QStringLiteral("LA30102-0"),
                                              QStringLiteral("1-based character counting"))));
    {
        QJsonObject range
                = component(QStringLiteral("81254-5"), QStringLiteral("Variant exact start-end"));
        const qint64 end = variant.position + qMax<qint64>(1, variant.reference.size()) - 1;
        range.insert(QStringLiteral("valueRange"),
                     QJsonObject{{QStringLiteral("low"),
                                  QJsonObject{{QStringLiteral("value"), double(variant.position)}}},
                                 {QStringLiteral("high"),
                                  QJsonObject{{QStringLiteral("value"), double(end)}}}});
        components.append(range);
    }
    if (!variant.reference.isEmpty()) {
        QJsonObject ref
                = component(QStringLiteral("69547-8"), QStringLiteral("Genomic ref allele [ID]"));
        ref.insert(QStringLiteral("valueString"), variant.reference);
        components.append(ref);
    }
    if (!variant.alternate.isEmpty()) {
        QJsonObject alt
                = component(QStringLiteral("69551-0"), QStringLiteral("Genomic alt allele [ID]"));
        alt.insert(QStringLiteral("valueString"), variant.alternate);
        components.append(alt);
    }
    components.append(componentWithConcept(
            QStringLiteral("48002-0"),
            QStringLiteral("Genomic source class [Type]"),
            loincConcept(QStringLiteral("LA6683-2"), QStringLiteral("Germline"))));
    const QJsonObject allelicState = allelicStateConcept(variant.zygosity);
    if (!allelicState.isEmpty())
        components.append(componentWithConcept(
                QStringLiteral("53034-5"), QStringLiteral("Allelic state"), allelicState));
    bool balanceOk = false;
    const double balance = variant.alleleBalance.toDouble(&balanceOk);
    if (balanceOk && balance >= 0.0 && balance <= 1.0) {
        QJsonObject fraction = component(QStringLiteral("81258-6"),
                                         QStringLiteral("Sample variant allelic frequency [NFr]"));
        fraction.insert(QStringLiteral("valueQuantity"), fractionQuantity(balance));
        components.append(fraction);
    }
    const QString clinvar = clinVarAccession(finding.clinvar);
    if (!clinvar.isEmpty())
        components.append(
                componentWithConcept(QStringLiteral("81252-9"),
                                     QStringLiteral("Discrete genetic variant"),
                                     concept(coding(kClinVar, clinvar), finding.clinvar)));
    for (const ReportFrequency &frequency : finding.frequencies) {
        if (!frequency.found || frequency.alleleFrequency < 0.0)
            continue;
        // Source, version and population travel in the code text: a frequency must always
        // say where it came from.
        const QString provenance
                = QStringLiteral("%1 %2 %3")
                          .arg(frequency.source, frequency.version, frequency.population)
                          .simplified();
        QJsonObject population = QJsonObject{
                {QStringLiteral("code"),
                 loincConcept(QStringLiteral("92821-8"),
                              QStringLiteral("Population allele frequency"),
                              provenance)},
                {QStringLiteral("valueQuantity"), fractionQuantity(frequency.alleleFrequency)}};
        components.append(population);
    }
    observation.insert(QStringLiteral("component"), components);
    return observation;
}

QJsonObject BundleBuilder::implicationObservation(const ReportFinding &finding,
                                                  const QString &variantUrl) const
{
    QJsonObject observation;
    addBaseFields(observation, finding);
    observation.insert(QStringLiteral("meta"), meta(QStringLiteral("diagnostic-implication")));
    observation.insert(QStringLiteral("code"),
                       concept(coding(kTbdCodes,
                                      QStringLiteral("diagnostic-implication"),
                                      QStringLiteral("Diagnostic Implication"))));
    observation.insert(QStringLiteral("derivedFrom"), QJsonArray{reference(variantUrl)});
    observation.insert(
            QStringLiteral("component"),
            QJsonArray{componentWithConcept(
                    QStringLiteral("53037-8"),
                    QStringLiteral("Genetic variation clinical significance [Imp]"),
                    significanceConcept(finding.classificationKey, finding.classification))});
    QJsonArray notes;
    if (!finding.criteria.isEmpty())
        notes.append(QJsonObject{{QStringLiteral("text"),
                                  Tr::tr("ACMG/AMP criteria: %1")
                                          .arg(finding.criteria.join(QStringLiteral(", ")))}});
    if (!finding.inheritance.isEmpty())
        notes.append(QJsonObject{
                {QStringLiteral("text"), Tr::tr("Inheritance: %1").arg(finding.inheritance)}});
    if (!finding.consentCategory.isEmpty())
        notes.append(QJsonObject{{QStringLiteral("text"),
                                  Tr::tr("Consent category: %1").arg(finding.consentCategory)}});
    for (const QString &reason : finding.reasons)
        notes.append(QJsonObject{{QStringLiteral("text"), Tr::tr("Policy: %1").arg(reason)}});
    if (!finding.comment.isEmpty())
        notes.append(QJsonObject{
                {QStringLiteral("text"), Tr::tr("Reviewer's comment: %1").arg(finding.comment)}});
    if (!notes.isEmpty())
        observation.insert(QStringLiteral("note"), notes);
    return observation;
}

QJsonObject BundleBuilder::build()
{
    // Patient: the pseudonym; identifying data only in the clinical copy.
    m_patientUrl = fullUrl(QStringLiteral("patient"));
    {
        const QString pseudonym
                = m_model.patientPseudonym.isEmpty() ? m_model.caseId : m_model.patientPseudonym;
        QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                            {QStringLiteral("identifier"),
                             QJsonArray{QJsonObject{{QStringLiteral("system"), kPseudonymSystem},
                                                    {QStringLiteral("value"), pseudonym}}}}};
        if (m_model.sex == QLatin1String("female") || m_model.sex == QLatin1String("male"))
            patient.insert(QStringLiteral("gender"), m_model.sex);
        else
            patient.insert(QStringLiteral("gender"), QStringLiteral("unknown"));
        if (!m_model.patientName.isEmpty()) {
            patient.insert(QStringLiteral("name"),
                           QJsonArray{QJsonObject{{QStringLiteral("text"), m_model.patientName}}});
            static const QRegularExpression isoDate(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
            if (isoDate.match(m_model.patientBirthDate).hasMatch())
                patient.insert(QStringLiteral("birthDate"), m_model.patientBirthDate);
        }
        add(m_patientUrl, patient);
    }
    if (!m_model.sample.isEmpty()) {
        m_specimenUrl = fullUrl(QStringLiteral("specimen"));
        add(m_specimenUrl,
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Specimen")},
                        {QStringLiteral("identifier"),
                         QJsonArray{QJsonObject{{QStringLiteral("system"), kSampleSystem},
                                                {QStringLiteral("value"), m_model.sample}}}},
                        {QStringLiteral("subject"), reference(m_patientUrl)}});
    }
    QString organizationUrl;
    if (!m_model.laboratory.isEmpty()) {
        organizationUrl = fullUrl(QStringLiteral("laboratory"));
        add(organizationUrl,
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Organization")},
                        {QStringLiteral("name"), m_model.laboratory}});
    }
    QString practitionerUrl;
    if (m_signed) {
        practitionerUrl = fullUrl(QStringLiteral("signer"));
        QJsonObject practitioner{
                {QStringLiteral("resourceType"), QStringLiteral("Practitioner")},
                {QStringLiteral("name"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), m_model.signOff.name}}}}};
        if (!m_model.signOff.role.isEmpty())
            practitioner.insert(QStringLiteral("qualification"),
                                QJsonArray{QJsonObject{{QStringLiteral("code"),
                                                        QJsonObject{{QStringLiteral("text"),
                                                                     m_model.signOff.role}}}}});
        add(practitionerUrl, practitioner);
    }

    // Observations, then the report that lists them.
    QJsonArray results;
    QHash<QString, int> seen;
    for (const ReportFinding &finding : m_model.findings) {
        QString key = variantKey(finding.variant);
        const int occurrence = seen[key]++;
        if (occurrence > 0)
            key += QStringLiteral("#%1").arg(occurrence);
        const QString variantUrl = fullUrl(QStringLiteral("variant/") + key);
        add(variantUrl, variantObservation(finding));
        results.append(reference(variantUrl));
        if (!significanceConcept(finding.classificationKey, {}).isEmpty()) {
            const QString implicationUrl = fullUrl(QStringLiteral("implication/") + key);
            add(implicationUrl, implicationObservation(finding, variantUrl));
            results.append(reference(implicationUrl));
        }
    }

    const QString reportUrl = fullUrl(QStringLiteral("report"));
    QJsonObject report{
            {QStringLiteral("resourceType"), QStringLiteral("DiagnosticReport")},
            {QStringLiteral("meta"), meta(QStringLiteral("genomic-report"))},
            {QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), kReportIdSystem},
                                    {QStringLiteral("value"), m_model.reportId}}}},
            {QStringLiteral("status"), status()},
            {QStringLiteral("category"),
             QJsonArray{concept(
                     coding(kV2Table0074, QStringLiteral("GE"), QStringLiteral("Genetics")))}},
            {QStringLiteral("code"),
             loincConcept(QStringLiteral("51969-4"), QStringLiteral("Genetic analysis report"))},
            {QStringLiteral("subject"), reference(m_patientUrl)},
    };
    if (!results.isEmpty())
        report.insert(QStringLiteral("result"), results);
    if (!m_specimenUrl.isEmpty())
        report.insert(QStringLiteral("specimen"), QJsonArray{reference(m_specimenUrl)});
    if (!organizationUrl.isEmpty())
        report.insert(QStringLiteral("performer"), QJsonArray{reference(organizationUrl)});
    if (!practitionerUrl.isEmpty())
        report.insert(QStringLiteral("resultsInterpreter"), QJsonArray{reference(practitionerUrl)});
    if (m_signed && m_model.signOff.signedAt.isValid())
        report.insert(QStringLiteral("issued"), isoUtc(m_model.signOff.signedAt));
    else if (m_model.createdAt.isValid())
        report.insert(QStringLiteral("issued"), isoUtc(m_model.createdAt));
    // The report first: readers look for it there.
    QJsonArray entries;
    entries.append(QJsonObject{{QStringLiteral("fullUrl"), reportUrl},
                               {QStringLiteral("resource"), [&] {
                                    QJsonObject resource = report;
                                    resource.insert(
                                            QStringLiteral("id"),
                                            reportUrl.mid(QStringLiteral("urn:uuid:").size()));
                                    return resource;
                                }()}});
    for (const QJsonValue &entry : std::as_const(m_entries))
        entries.append(entry);

    QJsonObject bundle{
            {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"),
             fullUrl(QStringLiteral("bundle")).mid(QStringLiteral("urn:uuid:").size())},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("identifier"),
             QJsonObject{
                     {QStringLiteral("system"), kReportIdSystem},
                     {QStringLiteral("value"),
                      QStringLiteral("%1/v%2").arg(m_model.reportId).arg(m_model.reportVersion)}}},
            {QStringLiteral("entry"), entries},
    };
    if (m_model.createdAt.isValid())
        bundle.insert(QStringLiteral("timestamp"), isoUtc(m_model.createdAt));
    return bundle;
}

} // namespace

QString FhirExport::chromosomeAccession(const QString &genomeBuild, const QString &contig)
{
    const QString chromosome = primaryChromosome(contig);
    if (chromosome.isEmpty())
        return {};
    if (chromosome == QLatin1String("MT")) // both assemblies use the rCRS
        return genomeBuild == QLatin1String("GRCh37") || genomeBuild == QLatin1String("GRCh38")
                       ? QStringLiteral("NC_012920.1")
                       : QString();
    // Versions of NC_000001..NC_000024 in GRCh37; GRCh38 is one version higher for each.
    static const int grch37Versions[24] = {10, 11, 11, 11, 9,  11, 13, 10, 11, 10, 9,  11,
                                           10, 8,  9,  9,  10, 9,  9,  10, 8,  10, 10, 9};
    int number = 0;
    if (chromosome == QLatin1String("X"))
        number = 23;
    else if (chromosome == QLatin1String("Y"))
        number = 24;
    else
        number = chromosome.toInt();
    int version = grch37Versions[number - 1];
    if (genomeBuild == QLatin1String("GRCh38"))
        ++version;
    else if (genomeBuild != QLatin1String("GRCh37"))
        return {};
    return QStringLiteral("NC_%1.%2").arg(number, 6, 10, QLatin1Char('0')).arg(version);
}

QByteArray FhirExport::bundle(const ReportModel &model, const QHash<QString, QString> &hgncIds)
{
    BundleBuilder builder(model, hgncIds);
    return QJsonDocument(builder.build()).toJson(QJsonDocument::Indented);
}

} // namespace Core
