// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmodel.h"

#include "../common/tr.h"

#include <QFileInfo>

#include <cmath>

namespace Core {

namespace {

QString numberOrDot(int value)
{
    return value < 0 ? QStringLiteral(".") : QString::number(value);
}

} // namespace

ReportModel ReportModel::fromLoadedVariants(const LoadedVariants &loaded,
                                            int sampleIndex,
                                            const QString &caseId,
                                            const QString &inputSha256,
                                            const QDateTime &createdAt)
{
    const VariantStore &store = *loaded.store;
    ReportModel model;
    model.caseId = caseId;
    model.sample = sampleIndex >= 0 && sampleIndex < store.sampleCount()
                           ? store.samples().at(sampleIndex)
                           : QString();
    model.inputFile = QFileInfo(loaded.summary.file).fileName();
    model.inputSha256 = inputSha256;
    model.genomeBuild = genomeBuildName(loaded.summary.build);
    model.createdAt = createdAt.toUTC();
    model.recordsRead = loaded.summary.recordsRead;
    model.skippedRecords = loaded.summary.skippedTotal();
    model.loadWarnings = loaded.summary.warnings;
    model.reportId = QStringLiteral("GD-%1-%2")
                             .arg(model.createdAt.toString(QStringLiteral("yyyyMMdd")),
                                  inputSha256.left(12).toUpper());

    model.variants.reserve(store.size());
    for (qsizetype row = 0; row < store.size(); ++row) {
        if (auto variant = reportVariantOf(store, row, model.sample.isEmpty() ? -1 : sampleIndex))
            model.variants.append(*variant);
    }
    return model;
}

std::optional<ReportVariant>
reportVariantOf(const VariantStore &store, qsizetype row, int sampleIndex)
{
    ReportVariant variant;
    variant.contig = store.contig(row);
    variant.position = store.position(row);
    variant.reference = QString::fromLatin1(store.reference(row));
    variant.alternate = QString::fromLatin1(store.alternate(row));
    variant.type = variantTypeKey(store.type(row));
    variant.gene = store.gene(row);
    variant.consequence = store.consequence(row);
    variant.transcript = store.transcript(row);
    variant.hgvsCoding = store.hgvsC(row);
    variant.hgvsProtein = store.hgvsP(row);
    variant.filter = store.filter(row);
    if (sampleIndex >= 0 && sampleIndex < store.sampleCount()) {
        const GenotypeCall call = store.genotype(row, sampleIndex);
        if (call.zygosity == Zygosity::HomRef || call.zygosity == Zygosity::Missing
            || call.zygosity == Zygosity::OtherAlt)
            return std::nullopt; // the sample does not carry this allele
        variant.zygosity = zygosityKey(call.zygosity);
        variant.depth = numberOrDot(call.depth);
        variant.genotypeQuality = numberOrDot(call.genotypeQuality);
        const double balance = call.alleleBalance();
        variant.alleleBalance
                = balance < 0 ? QStringLiteral(".") : QString::number(balance, 'f', 2);
    }
    return variant;
}

QString reportSectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Primary:
        return QStringLiteral("primary");
    case ReportSection::Secondary:
        return QStringLiteral("secondary");
    case ReportSection::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QString();
}

QList<ReportFinding> ReportModel::findingsIn(ReportSection section) const
{
    QList<ReportFinding> result;
    for (const ReportFinding &finding : findings) {
        if (finding.section == section)
            result.append(finding);
    }
    return result;
}

} // namespace Core
