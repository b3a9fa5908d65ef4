// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "../common/logging.h"
#include "../common/tr.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace Core {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
    return html + QStringLiteral("</tr>\n");
}

/*! Header cells with relative widths in percent, so that positions never wrap. */
QString headerRow(const QList<QPair<QString, int>> &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const auto &[text, width] : cells)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(escaped(text));
    return html + QStringLiteral("</tr>\n");
}

/*!
 * Writes \a data to \a path through a temporary file and a rename. Every write is checked:
 * on a full disk the previous file stays as it was and no temporary file is left.
 */
Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::FileUnwritable, file.errorString(), path);
    const bool written = file.write(data) == data.size() && file.flush();
    if (!written)
        file.cancelWriting();
    if (!written || !file.commit()) {
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("cannot write the whole file: the disk is full or a quota or file-size "
                            "limit was reached; the previous file is unchanged"),
                     path);
    }
    return {};
}

} // namespace

QString ReportRenderer::toHtml(const ReportModel &model)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>"
                           "body { font-family: 'DejaVu Sans'; font-size: 9pt; }"
                           "h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 12px; }"
                           "table.variants { border-collapse: collapse; font-size: 8pt; }"
                           "table.variants th { background-color: #dfe6ee; }"
                           "table.variants td, table.variants th { padding: 2px 4px; }"
                           ".small { font-size: 8pt; color: #444; }"
                           "</style></head><body>\n")
                    .arg(escaped(Tr::tr("GenomeDesk variant report")));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(Tr::tr("Genomic variant report")));

    html += QStringLiteral("<table cellpadding=\"2\">\n");
    const QList<QPair<QString, QString>> header = {
            {Tr::tr("Report id"), model.reportId},
            {Tr::tr("Case"), model.caseId},
            {Tr::tr("Sample (pseudonym)"), model.sample},
            {Tr::tr("Genome build"), model.genomeBuild},
            {Tr::tr("Created (UTC)"), model.createdAt.toString(Qt::ISODate)},
    };
    for (const auto &[label, value] : header)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                        .arg(escaped(label), escaped(value));
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(escaped(Tr::tr("Summary")),
                         escaped(Tr::tr("%n variant(s) carried by the sample are listed below.",
                                        nullptr,
                                        int(model.variants.size()))));

    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Tr::tr("Variants")));
    html += QStringLiteral("<table class=\"variants\" border=\"1\" cellspacing=\"0\" "
                           "width=\"100%\">\n<thead>");
    html += headerRow({{Tr::tr("Position (%1)").arg(model.genomeBuild), 19},
                       {Tr::tr("Ref"), 8},
                       {Tr::tr("Alt"), 8},
                       {Tr::tr("Gene"), 9},
                       {Tr::tr("Consequence"), 16},
                       {Tr::tr("Zygosity"), 13},
                       {Tr::tr("Depth"), 6},
                       {Tr::tr("GQ"), 5},
                       {Tr::tr("Allele balance"), 7},
                       {Tr::tr("Filter"), 9}});
    html += QStringLiteral("</thead>\n<tbody>\n");
    for (const ReportVariant &variant : model.variants) {
        // Long alleles are shortened for the table; the full allele is in the exports.
        auto shortAllele = [](const QString &allele) {
            return allele.size() > 12 ? allele.left(10) + QStringLiteral("…") : allele;
        };
        html += row({QStringLiteral("%1:%2").arg(variant.contig, locale.toString(variant.position)),
                     shortAllele(variant.reference),
                     shortAllele(variant.alternate),
                     variant.gene,
                     variant.consequence.isEmpty() ? variant.type : variant.consequence,
                     variant.zygosity,
                     variant.depth,
                     variant.genotypeQuality,
                     variant.alleleBalance,
                     variant.filter});
    }
    html += QStringLiteral("</tbody></table>\n");

    html += QStringLiteral("<h2>%1</h2>\n<p class=\"small\">%2<br>%3<br>%4</p>\n")
                    .arg(escaped(Tr::tr("Methods and inputs")),
                         escaped(Tr::tr("Input file: %1").arg(model.inputFile)),
                         escaped(Tr::tr("SHA-256: %1").arg(model.inputSha256)),
                         escaped(Tr::tr("%n record(s) read, %1 skipped (reference blocks, records "
                                        "without ALT).",
                                        nullptr,
                                        int(model.recordsRead))
                                         .arg(model.skippedRecords)));
    if (!model.loadWarnings.isEmpty()) {
        html += QStringLiteral("<p class=\"small\">%1</p>\n")
                        .arg(escaped(model.loadWarnings.join(QStringLiteral("; "))));
    }
    html += QStringLiteral("<h2>%1</h2>\n<p class=\"small\">%2</p>\n")
                    .arg(escaped(Tr::tr("Limitations")),
                         escaped(Tr::tr("This report lists the variants as called in the input "
                                        "file. Population frequencies, the secondary-findings "
                                        "policy and ACMG/AMP classification have not been applied; "
                                        "the report is not signed and is not for clinical use.")));
    html += QStringLiteral("</body></html>\n");
    return html;
}

Result<void> ReportRenderer::writeHtml(const ReportModel &model, const QString &path)
{
    return writeFile(path, toHtml(model).toUtf8());
}

Result<void> ReportRenderer::writePdf(const ReportModel &model, const QString &path)
{
    // Rendered in memory first (a report is a few hundred kilobytes), then written and
    // checked in one place.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 22, 15, 18), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Genomic variant report %1").arg(model.reportId));
        writer.setCreator(QStringLiteral("GenomeDesk %1").arg(QStringLiteral(GENOMEDESK_VERSION)));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        document.setHtml(toHtml(model));

        const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
        document.setPageSize(QSizeF(body.width(), body.height()));
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error(Error::Code::FileUnwritable, Tr::tr("cannot start the PDF"), path);
        QFont small(QStringLiteral("DejaVu Sans"), 7);
        const qreal margin = writer.resolution() * 8 / 25.4; // 8 mm above and below the body
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            document.drawContents(&painter,
                                  QRectF(0, page * body.height(), body.width(), body.height()));
            painter.restore();

            painter.setFont(small);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF headerRect(0, -margin, body.width(), margin * 0.8);
            painter.drawText(headerRect,
                             Qt::AlignLeft | Qt::AlignBottom,
                             Tr::tr("GenomeDesk — report %1").arg(model.reportId));
            painter.drawText(headerRect,
                             Qt::AlignRight | Qt::AlignBottom,
                             Tr::tr("Case %1").arg(model.caseId));
            const QRectF footerRect(0, body.height() + margin * 0.2, body.width(), margin);
            painter.drawText(footerRect,
                             Qt::AlignRight | Qt::AlignTop,
                             Tr::tr("page %1 of %2").arg(page + 1).arg(pageCount));
            painter.drawText(footerRect,
                             Qt::AlignLeft | Qt::AlignTop,
                             Tr::tr("Not signed — not for clinical use"));
        }
        if (!painter.end())
            return Error(Error::Code::FileUnwritable, Tr::tr("cannot finish the PDF"), path);
    }
    qCDebug(lcReport) << "report rendered" << model.reportId;
    return writeFile(path, pdf);
}

} // namespace Core
