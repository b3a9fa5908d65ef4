// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-made report model shared by the export tests: one primary pathogenic finding (HFE,
// homozygous, GRCh37), one secondary likely-pathogenic finding (BRCA2, heterozygous), one VUS
// (hemizygous on chrX) and one finding without classification. Not real patient data.
#pragma once

#include <core/report/reportmodel.h>

#include <QTimeZone>

namespace TestData {

inline Core::ReportFinding finding(const QString &contig,
                                   qint64 position,
                                   const QString &reference,
                                   const QString &alternate,
                                   const QString &gene,
                                   const QString &zygosity,
                                   Core::ReportSection section,
                                   const QString &classificationKey)
{
    Core::ReportFinding result;
    result.variant.contig = contig;
    result.variant.position = position;
    result.variant.reference = reference;
    result.variant.alternate = alternate;
    result.variant.gene = gene;
    result.variant.zygosity = zygosity;
    result.variant.depth = QStringLiteral("40");
    result.variant.alleleBalance
            = zygosity == QLatin1String("het") ? QStringLiteral("0.48") : QStringLiteral("1.00");
    result.section = section;
    result.classificationKey = classificationKey;
    result.classification = classificationKey; // "translated" label
    return result;
}

inline Core::ReportModel sampleReport(bool signedReport)
{
    Core::ReportModel model;
    model.reportId = QStringLiteral("GD-20261101-0123456789AB");
    model.caseId = QStringLiteral("CASE-42");
    model.sample = QStringLiteral("PROBAND");
    model.inputFile = QStringLiteral("case42.vcf.gz");
    model.inputSha256
            = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    model.genomeBuild = QStringLiteral("GRCh37");
    model.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc());
    model.laboratory = QStringLiteral("Genetics Lab Example");
    model.patientPseudonym = QStringLiteral("PSN-7F3A");
    model.sex = QStringLiteral("female");
    model.indication = QStringLiteral("iron overload");
    model.policyName = QStringLiteral("ACMG SF v3.2 (1+MG profile) revision 1");

    Core::ReportFinding hfe = finding(QStringLiteral("6"),
                                      26093141,
                                      QStringLiteral("G"),
                                      QStringLiteral("A"),
                                      QStringLiteral("HFE"),
                                      QStringLiteral("hom-alt"),
                                      Core::ReportSection::Primary,
                                      QStringLiteral("pathogenic"));
    hfe.variant.transcript = QStringLiteral("NM_000410.4");
    hfe.variant.hgvsCoding = QStringLiteral("c.845G>A");
    hfe.variant.hgvsProtein = QStringLiteral("p.Cys282Tyr");
    hfe.criteria = QStringList{QStringLiteral("PS3"), QStringLiteral("PM3_Strong")};
    hfe.clinvar = QStringLiteral("Pathogenic (2 stars), VCV000009");
    Core::ReportFrequency gnomad;
    gnomad.source = QStringLiteral("gnomAD");
    gnomad.version = QStringLiteral("2.1.1");
    gnomad.population = QStringLiteral("nfe");
    gnomad.alleleCount = 3900;
    gnomad.alleleNumber = 62000;
    gnomad.alleleFrequency = 0.0629;
    gnomad.found = true;
    Core::ReportFrequency beacon;
    beacon.source = QStringLiteral("GoE-NL (Beacon)");
    beacon.version = QStringLiteral("2026-10-30");
    beacon.population = QStringLiteral("all");
    beacon.found = false;
    hfe.frequencies = {gnomad, beacon};
    hfe.inheritance = QStringLiteral("inherited from both parents");
    hfe.reasons = QStringList{QStringLiteral("answers the indication")};
    hfe.comment = QStringLiteral("confirmed by Sanger");
    hfe.decisionKey = QStringLiteral("report-primary");

    Core::ReportFinding brca2 = finding(QStringLiteral("13"),
                                        32914438,
                                        QStringLiteral("T"),
                                        QStringLiteral("TA"),
                                        QStringLiteral("BRCA2"),
                                        QStringLiteral("het"),
                                        Core::ReportSection::Secondary,
                                        QStringLiteral("likely-pathogenic"));
    brca2.variant.hgvsCoding = QStringLiteral("NM_000059.4:c.5946dup");
    brca2.variant.hgvsProtein = QStringLiteral("p.Ser1982fs");
    brca2.consentCategory = QStringLiteral("acmg-sf-cancer");
    brca2.decisionKey = QStringLiteral("report-secondary");

    Core::ReportFinding vus = finding(QStringLiteral("chrX"),
                                      153296777,
                                      QStringLiteral("C"),
                                      QStringLiteral("T"),
                                      QStringLiteral("MECP2"),
                                      QStringLiteral("hemizygous"),
                                      Core::ReportSection::Uncertain,
                                      QStringLiteral("uncertain"));
    vus.variant.transcript = QStringLiteral("ENST00000303391.11");
    vus.variant.hgvsCoding = QStringLiteral("c.1162C>T");

    Core::ReportFinding unclassified = finding(QStringLiteral("GL000192.1"),
                                               1000,
                                               QStringLiteral("A"),
                                               QStringLiteral("G"),
                                               QString(),
                                               QStringLiteral("het"),
                                               Core::ReportSection::Uncertain,
                                               QStringLiteral("unknown"));

    model.findings = {hfe, brca2, vus, unclassified};

    Core::ReportConsentLine cancer;
    cancer.category = QStringLiteral("acmg-sf-cancer");
    cancer.label = QStringLiteral("Hereditary cancer");
    cancer.consented = true;
    cancer.findings = 1;
    model.consent = {cancer};

    if (signedReport) {
        model.signOff.name = QStringLiteral("Dr. A. Example");
        model.signOff.role = QStringLiteral("Clinical geneticist");
        model.signOff.signedAt = QDateTime(QDate(2026, 11, 2), QTime(14, 5), QTimeZone::utc());
    }
    return model;
}

} // namespace TestData
