// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: rendering a clinical report with many findings (target: 100 findings < 1 s).
// Prints the time of the model -> HTML -> QTextDocument -> PDF step, best of a few runs.
//   bench_report [findings=100] [runs=3]
#include <core/report/reportrenderer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace Core;

static ReportModel modelWith(int count)
{
    ReportModel model;
    model.reportId = QStringLiteral("GD-BENCH");
    model.caseId = QStringLiteral("BENCH-0001");
    model.sample = QStringLiteral("BENCH-0001");
    model.genomeBuild = QStringLiteral("GRCh38");
    model.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    model.policyName = QStringLiteral("acmg-sf-3.2 v3.2 r1");
    model.indication = QStringLiteral("benchmark panel");
    model.dataSources << QStringLiteral("gnomAD 4.1 (GRCh38)");
    model.limitations << QStringLiteral("Benchmark report.");
    for (int i = 0; i < count; ++i) {
        ReportFinding finding;
        finding.section = i % 3 == 0 ? ReportSection::Primary : ReportSection::Secondary;
        finding.variant.contig = QStringLiteral("chr%1").arg(1 + i % 22);
        finding.variant.position = 1000000 + i * 977;
        finding.variant.reference = QStringLiteral("G");
        finding.variant.alternate = QStringLiteral("A");
        finding.variant.gene = QStringLiteral("GENE%1").arg(i);
        finding.variant.transcript = QStringLiteral("NM_%1.3").arg(100000 + i);
        finding.variant.hgvsCoding = QStringLiteral("c.%1G>A").arg(100 + i);
        finding.variant.hgvsProtein = QStringLiteral("p.Arg%1Ter").arg(30 + i);
        finding.variant.zygosity = QStringLiteral("het");
        finding.variant.depth = QStringLiteral("40");
        finding.variant.genotypeQuality = QStringLiteral("99");
        finding.variant.alleleBalance = QStringLiteral("0.50");
        finding.variant.filter = QStringLiteral("PASS");
        finding.classificationKey = QStringLiteral("pathogenic");
        finding.classification = QStringLiteral("pathogenic");
        finding.criteria = {QStringLiteral("PVS1"), QStringLiteral("PM2_Supporting")};
        for (const char *population : {"all", "nfe"}) {
            ReportFrequency frequency;
            frequency.source = QStringLiteral("gnomAD");
            frequency.version = QStringLiteral("4.1");
            frequency.population = QLatin1String(population);
            frequency.alleleCount = 3;
            frequency.alleleNumber = 152000;
            frequency.alleleFrequency = 3.0 / 152000;
            frequency.found = true;
            finding.frequencies << frequency;
        }
        finding.reasons = {QStringLiteral("Population allele frequency is below the ceilings."),
                           QStringLiteral("The gene is on the policy's list."),
                           QStringLiteral("The patient opted in: report as a secondary finding.")};
        finding.consentCategory = QStringLiteral("actionable-adult-onset");
        model.findings << finding;
    }
    return model;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int findings = arguments.size() > 1 ? arguments.at(1).toInt() : 100;
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 3;
    const ReportModel model = modelWith(findings);
    const ReportTemplate reportTemplate = ReportTemplate::builtin();
    qint64 best = std::numeric_limits<qint64>::max();
    qsizetype bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto pdf = ReportRenderer::renderPdf(model, reportTemplate);
        best = std::min(best, timer.elapsed());
        if (!pdf) {
            QTextStream(stderr) << pdf.error().toString() << Qt::endl;
            return 1;
        }
        bytes = pdf->size();
    }
    QTextStream(stdout) << QStringLiteral("report with %1 findings: %2 ms (best of %3), %4 kB PDF; "
                                          "target < 1000 ms: %5")
                                   .arg(findings)
                                   .arg(best)
                                   .arg(runs)
                                   .arg(bytes / 1024)
                                   .arg(best < 1000 ? QStringLiteral("met")
                                                    : QStringLiteral("NOT met"))
                        << Qt::endl;
    return best < 1000 ? 0 : 1;
}
