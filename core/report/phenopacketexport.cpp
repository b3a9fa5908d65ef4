// SPDX-License-Identifier: GPL-3.0-or-later
#include "phenopacketexport.h"

#include "../common/tr.h"
#include "fhirexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Core {

namespace {

QJsonObject ontologyClass(const QString &id, const QString &label)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
}

QJsonObject allelicState(const QString &zygosity)
{
    // "het-other-alt" (1/2) carries one copy of this allele: heterozygous for it.
    if (zygosity == QLatin1String("het") || zygosity == QLatin1String("het-other-alt"))
        return ontologyClass(QStringLiteral("GENO:0000135"), QStringLiteral("heterozygous"));
    if (zygosity == QLatin1String("hom-alt"))
        return ontologyClass(QStringLiteral("GENO:0000136"), QStringLiteral("homozygous"));
    if (zygosity == QLatin1String("hemizygous"))
        return ontologyClass(QStringLiteral("GENO:0000134"), QStringLiteral("hemizygous"));
    return {};
}

QString acmgClassification(const QString &key)
{
    if (key == QLatin1String("pathogenic"))
        return QStringLiteral("PATHOGENIC");
    if (key == QLatin1String("likely-pathogenic"))
        return QStringLiteral("LIKELY_PATHOGENIC");
    if (key == QLatin1String("uncertain"))
        return QStringLiteral("UNCERTAIN_SIGNIFICANCE");
    if (key == QLatin1String("likely-benign"))
        return QStringLiteral("LIKELY_BENIGN");
    if (key == QLatin1String("benign"))
        return QStringLiteral("BENIGN");
    return QStringLiteral("NOT_PROVIDED");
}

bool isPathogenic(const QString &key)
{
    return key == QLatin1String("pathogenic") || key == QLatin1String("likely-pathogenic");
}

QString interpretationStatus(const ReportFinding &finding)
{
    switch (finding.section) {
    case ReportSection::Primary:
        return isPathogenic(finding.classificationKey) ? QStringLiteral("CONTRIBUTORY")
                                                       : QStringLiteral("CANDIDATE");
    case ReportSection::Uncertain:
        return QStringLiteral("CANDIDATE");
    case ReportSection::Secondary:
        break;
    }
    return QStringLiteral("UNKNOWN_STATUS");
}

QString codingHgvs(const ReportVariant &variant)
{
    if (variant.hgvsCoding.isEmpty() || variant.hgvsCoding.contains(QLatin1Char(':'))
        || variant.transcript.isEmpty())
        return variant.hgvsCoding;
    return QStringLiteral("%1:%2").arg(variant.transcript, variant.hgvsCoding);
}

QString variantKey(const ReportVariant &variant)
{
    return QStringLiteral("%1:%2:%3>%4")
            .arg(variant.contig)
            .arg(variant.position)
            .arg(variant.reference, variant.alternate);
}

QJsonObject expression(const QString &syntax, const QString &value)
{
    return QJsonObject{{QStringLiteral("syntax"), syntax}, {QStringLiteral("value"), value}};
}

QString sexOf(const QString &sex)
{
    if (sex == QLatin1String("female"))
        return QStringLiteral("FEMALE");
    if (sex == QLatin1String("male"))
        return QStringLiteral("MALE");
    return QStringLiteral("UNKNOWN_SEX");
}

QJsonObject variationDescriptor(const ReportModel &model,
                                const ReportFinding &finding,
                                const QHash<QString, QString> &hgncIds,
                                bool *usesHgnc)
{
    const ReportVariant &variant = finding.variant;
    QJsonObject descriptor{{QStringLiteral("id"), variantKey(variant)},
                           {QStringLiteral("moleculeContext"), QStringLiteral("genomic")}};
    const QString coding = codingHgvs(variant);
    QStringList label;
    if (!variant.gene.isEmpty()) {
        QJsonObject gene{{QStringLiteral("symbol"), variant.gene}};
        const QString hgncId = hgncIds.value(variant.gene);
        if (!hgncId.isEmpty()) {
            gene.insert(QStringLiteral("valueId"), hgncId);
            *usesHgnc = true;
        }
        descriptor.insert(QStringLiteral("geneContext"), gene);
        label.append(variant.gene);
    }
    QJsonArray expressions;
    if (!coding.isEmpty()) {
        expressions.append(expression(QStringLiteral("hgvs.c"), coding));
        label.append(coding);
    }
    if (!variant.hgvsProtein.isEmpty()) {
        expressions.append(expression(QStringLiteral("hgvs.p"), variant.hgvsProtein));
        label.append(QStringLiteral("(%1)").arg(variant.hgvsProtein));
    }
    const QString accession = FhirExport::chromosomeAccession(model.genomeBuild, variant.contig);
    if (!accession.isEmpty() && variant.reference.size() == 1 && variant.alternate.size() == 1
        && variant.reference != variant.alternate)
        expressions.append(expression(QStringLiteral("hgvs.g"),
                                      QStringLiteral("%1:g.%2%3>%4")
                                              .arg(accession)
                                              .arg(variant.position)
                                              .arg(variant.reference, variant.alternate)));
    if (!expressions.isEmpty())
        descriptor.insert(QStringLiteral("expressions"), expressions);
    descriptor.insert(QStringLiteral("label"),
                      label.isEmpty() ? variantKey(variant) : label.join(QLatin1Char(' ')));

    QJsonObject vcfRecord{{QStringLiteral("genomeAssembly"), model.genomeBuild},
                          {QStringLiteral("chrom"), variant.contig},
                          // uint64: a string in the protobuf JSON mapping
                          {QStringLiteral("pos"), QString::number(variant.position)},
                          {QStringLiteral("ref"), variant.reference},
                          {QStringLiteral("alt"), variant.alternate}};
    if (!variant.filter.isEmpty())
        vcfRecord.insert(QStringLiteral("filter"), variant.filter);
    descriptor.insert(QStringLiteral("vcfRecord"), vcfRecord);

    const QJsonObject state = allelicState(variant.zygosity);
    if (!state.isEmpty())
        descriptor.insert(QStringLiteral("allelicState"), state);
    return descriptor;
}

} // namespace

QByteArray PhenopacketExport::phenopacket(const ReportModel &model,
                                          const QHash<QString, QString> &hgncIds)
{
    const bool isSigned = !model.signOff.name.isEmpty();
    const QString subjectId
            = model.patientPseudonym.isEmpty() ? model.caseId : model.patientPseudonym;
    bool usesHgnc = false;

    QJsonArray interpretations;
    for (const ReportSection section :
         {ReportSection::Primary, ReportSection::Secondary, ReportSection::Uncertain}) {
        QJsonArray genomicInterpretations;
        for (const ReportFinding &finding : model.findings) {
            if (finding.section != section)
                continue;
            const bool actionable = section == ReportSection::Secondary
                                    && isPathogenic(finding.classificationKey);
            QJsonObject variantInterpretation{
                    {QStringLiteral("acmgPathogenicityClassification"),
                     acmgClassification(finding.classificationKey)},
                    {QStringLiteral("therapeuticActionability"),
                     actionable ? QStringLiteral("ACTIONABLE")
                                : QStringLiteral("UNKNOWN_ACTIONABILITY")},
                    {QStringLiteral("variationDescriptor"),
                     variationDescriptor(model, finding, hgncIds, &usesHgnc)}};
            genomicInterpretations.append(QJsonObject{
                    {QStringLiteral("subjectOrBiosampleId"), subjectId},
                    {QStringLiteral("interpretationStatus"), interpretationStatus(finding)},
                    {QStringLiteral("variantInterpretation"), variantInterpretation}});
        }
        if (genomicInterpretations.isEmpty())
            continue;
        QString summary;
        switch (section) {
        case ReportSection::Primary:
            summary = model.indication.isEmpty() ? Tr::tr("Primary findings")
                                                 : Tr::tr("Primary findings for the indication: %1")
                                                           .arg(model.indication);
            break;
        case ReportSection::Secondary:
            summary = Tr::tr("Secondary findings");
            if (!model.policyName.isEmpty())
                summary = Tr::tr("Secondary findings (%1)").arg(model.policyName);
            break;
        case ReportSection::Uncertain:
            summary = Tr::tr("Variants of uncertain significance");
            break;
        }
        interpretations.append(QJsonObject{
                {QStringLiteral("id"),
                 QStringLiteral("%1-%2").arg(model.reportId, reportSectionKey(section))},
                {QStringLiteral("progressStatus"),
                 isSigned ? QStringLiteral("COMPLETED") : QStringLiteral("IN_PROGRESS")},
                {QStringLiteral("summary"), summary},
                {QStringLiteral("diagnosis"),
                 QJsonObject{{QStringLiteral("genomicInterpretations"), genomicInterpretations}}}});
    }

    QJsonArray resources{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("geno")},
            {QStringLiteral("name"), QStringLiteral("Genotype Ontology")},
            {QStringLiteral("url"), QStringLiteral("http://purl.obolibrary.org/obo/geno.owl")},
            {QStringLiteral("version"), QStringLiteral("2020-03-08")},
            {QStringLiteral("namespacePrefix"), QStringLiteral("GENO")},
            {QStringLiteral("iriPrefix"), QStringLiteral("http://purl.obolibrary.org/obo/GENO_")}}};
    if (usesHgnc)
        resources.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("hgnc")},
                {QStringLiteral("name"), QStringLiteral("HUGO Gene Nomenclature Committee")},
                {QStringLiteral("url"), QStringLiteral("https://www.genenames.org")},
                // The ids come from the knowledge base; its version is in the report's data
                // sources.
                {QStringLiteral("version"), QStringLiteral("unspecified")},
                {QStringLiteral("namespacePrefix"), QStringLiteral("HGNC")},
                {QStringLiteral("iriPrefix"),
                 QStringLiteral("https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/")}});

    QJsonObject metaData{
            {QStringLiteral("createdBy"),
             model.laboratory.isEmpty() ? QStringLiteral("GenomeDesk") : model.laboratory},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("phenopacketSchemaVersion"), QStringLiteral("2.0")},
            {QStringLiteral("externalReferences"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("id"), model.reportId},
                     {QStringLiteral("description"),
                      Tr::tr("GenomeDesk report, version %1").arg(model.reportVersion)}}}}};
    if (model.createdAt.isValid())
        metaData.insert(QStringLiteral("created"), model.createdAt.toUTC().toString(Qt::ISODate));
    if (isSigned)
        metaData.insert(QStringLiteral("submittedBy"), model.signOff.name);

    QJsonObject subject{{QStringLiteral("id"), subjectId},
                        {QStringLiteral("sex"), sexOf(model.sex)}};

    QJsonObject phenopacket{{QStringLiteral("id"), model.reportId},
                            {QStringLiteral("subject"), subject},
                            {QStringLiteral("metaData"), metaData}};
    if (!interpretations.isEmpty())
        phenopacket.insert(QStringLiteral("interpretations"), interpretations);
    if (!model.inputFile.isEmpty()) {
        QJsonObject attributes{{QStringLiteral("genomeAssembly"), model.genomeBuild},
                               {QStringLiteral("fileFormat"), QStringLiteral("VCF")}};
        if (!model.inputSha256.isEmpty())
            attributes.insert(QStringLiteral("sha256"), model.inputSha256);
        QJsonObject file{{QStringLiteral("uri"), QUrl::fromLocalFile(model.inputFile).toString()},
                         {QStringLiteral("fileAttributes"), attributes}};
        if (!model.sample.isEmpty())
            file.insert(QStringLiteral("individualToFileIdentifiers"),
                        QJsonObject{{subjectId, model.sample}});
        phenopacket.insert(QStringLiteral("files"), QJsonArray{file});
    }
    return QJsonDocument(phenopacket).toJson(QJsonDocument::Indented);
}

} // namespace Core
