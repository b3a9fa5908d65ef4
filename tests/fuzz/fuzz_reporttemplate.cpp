// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: report template rendering (Core::ReportTemplate::fromDirectory and
// Core::ReportRenderer::toHtml). The input is split at its first NUL byte: the part before is a
// hospital's report.html, the part after is text from the case (laboratory, indication, gene,
// comment, policy reasons, ...). Checks, beyond "no crash, no sanitizer report":
// - text from the case is escaped: a "<script" appears in the output only if the template has it;
// - text from the case cannot inject a placeholder: the output has as many sign-off blocks as
//   the template asks for, whatever the case text says.
#include "fuzzsupport.h"

#include <core/report/reportrenderer.h>

#include <QDir>

#include <cstdint>

namespace {

Core::ReportModel modelWith(const QString &caseText)
{
    Core::ReportModel model;
    model.reportId = QStringLiteral("R-FUZZ");
    model.caseId = caseText;
    model.laboratory = caseText;
    model.indication = caseText;
    model.referrer = caseText;
    model.genomeBuild = QStringLiteral("GRCh38");
    Core::ReportFinding finding;
    finding.variant.contig = QStringLiteral("17");
    finding.variant.position = 43045712;
    finding.variant.reference = QStringLiteral("G");
    finding.variant.alternate = QStringLiteral("A");
    finding.variant.gene = caseText;
    finding.variant.hgvsCoding = caseText;
    finding.classificationKey = QStringLiteral("pathogenic");
    finding.classification = caseText;
    finding.criteria = {caseText};
    finding.comment = caseText;
    finding.reasons = {caseText};
    Core::ReportFrequency frequency;
    frequency.source = caseText;
    frequency.version = caseText;
    frequency.population = caseText;
    finding.frequencies = {frequency};
    model.findings = {finding};
    return model;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray templateHtml = split < 0 ? input : input.left(split);
    const QString caseText = split < 0 ? QString() : QString::fromUtf8(input.mid(split + 1));

    const QDir directory(FuzzSupport::temporaryDirectory().path());
    if (!FuzzSupport::writeFile(directory.filePath(QStringLiteral("report.html")), templateHtml)
        || !FuzzSupport::writeFile(directory.filePath(QStringLiteral("report.css")),
                                   QByteArray("body{}")))
        return 0;
    const auto loaded = Core::ReportTemplate::fromDirectory(directory.path());
    if (!loaded) {
        // Refused templates must say why.
        if (loaded.error().message().isEmpty())
            __builtin_trap();
        return 0;
    }
    const Core::ReportModel model = modelWith(caseText);
    const QString html = Core::ReportRenderer::toHtml(model, loaded.value());
    FuzzSupport::keep(quint64(html.size()));

    const QString source = loaded.value().html;
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive)
        && !source.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap();
    // The same template with harmless case text: the placeholders the case text spells must not
    // add sections.
    const QString plain
            = Core::ReportRenderer::toHtml(modelWith(QStringLiteral("x")), loaded.value());
    const QLatin1String signoffMarker("<div class=\"signoff\">");
    if (html.count(signoffMarker) != plain.count(signoffMarker))
        __builtin_trap();
    return 0;
}
