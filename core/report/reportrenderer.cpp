// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "../common/logging.h"
#include "../common/tr.h"
#include "../variant/variantstore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
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

Result<void> writeFileChecked(const QString &path, const QByteArray &data)
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

ReportTemplate ReportTemplate::builtin()
{
    Result<ReportTemplate> builtin = fromDirectory(QStringLiteral(":/report"));
    if (builtin)
        return builtin.value();
    // Without the resources linked in (a library user, a unit test): a plain layout.
    ReportTemplate plain;
    plain.html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>{{title}}</title>"
                                "<style>{{stylesheet}}</style></head><body><h1>{{title}}</h1>"
                                "{{header}}{{summary}}{{findings}}{{methods}}{{sources}}"
                                "{{limitations}}{{signoff}}</body></html>");
    plain.stylesheet = QStringLiteral("body { font-family: 'DejaVu Sans'; font-size: 9pt; }");
    return plain;
}

Result<void> ReportRenderer::writeFile(const QString &path, const QByteArray &data)
{
    return writeFileChecked(path, data);
}

Result<ReportTemplate> ReportTemplate::fromDirectory(const QString &directory)
{
    ReportTemplate result;
    QFile html(directory + QStringLiteral("/report.html"));
    if (!html.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable, html.errorString(), html.fileName());
    result.html = QString::fromUtf8(html.readAll());
    for (const char *required : {"{{findings}}", "{{signoff}}"}) {
        if (!result.html.contains(QLatin1String(required))) {
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("the report template has no %1 placeholder")
                                 .arg(QLatin1String(required)),
                         html.fileName());
        }
    }
    QFile css(directory + QStringLiteral("/report.css"));
    if (css.open(QIODevice::ReadOnly))
        result.stylesheet = QString::fromUtf8(css.readAll());
    for (const QString &name : {QStringLiteral("logo.png"), QStringLiteral("logo.svg")}) {
        const QString path = directory + QLatin1Char('/') + name;
        QImage image(path);
        if (!image.isNull()) {
            result.logo = image.scaledToHeight(qMin(image.height(), 120), Qt::SmoothTransformation);
            break;
        }
    }
    result.directory = directory;
    return result;
}

namespace {

QString paragraph(const QString &text, const QString &cssClass = {})
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(escaped(text));
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, escaped(text));
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escaped(text));
}

/*! An allele frequency with three significant digits and no exponent: 0.0000252. */
QString frequencyNumber(double value, const QLocale &locale)
{
    if (value <= 0)
        return locale.toString(0);
    const int decimals = std::clamp(2 - int(std::floor(std::log10(value))), 2, 9);
    return locale.toString(value, 'f', decimals);
}

QString frequencyText(const ReportFrequency &frequency, const QLocale &locale)
{
    const QString where = QStringLiteral("%1 %2, %3")
                                  .arg(frequency.source, frequency.version, frequency.population);
    if (!frequency.found)
        return Tr::tr("not found (%1)").arg(where);
    QString value = frequency.alleleFrequency >= 0
                            ? frequencyNumber(frequency.alleleFrequency, locale)
                            : QStringLiteral("–");
    if (frequency.alleleCount >= 0 && frequency.alleleNumber > 0) {
        value += QStringLiteral(" (%1/%2)")
                         .arg(locale.toString(frequency.alleleCount),
                              locale.toString(frequency.alleleNumber));
    }
    if (frequency.homozygotes > 0)
        value += QLatin1Char(' ')
                 + Tr::tr("%1 homozygous").arg(locale.toString(frequency.homozygotes));
    return QStringLiteral("%1 — %2").arg(value, where);
}

QString findingTitle(const ReportFinding &finding)
{
    QStringList parts;
    parts << (finding.variant.gene.isEmpty() ? Tr::tr("intergenic") : finding.variant.gene);
    if (!finding.variant.hgvsCoding.isEmpty())
        parts << finding.variant.hgvsCoding;
    if (!finding.variant.hgvsProtein.isEmpty())
        parts << QStringLiteral("(%1)").arg(finding.variant.hgvsProtein);
    if (finding.variant.hgvsCoding.isEmpty()) {
        parts << QStringLiteral("%1:%2 %3>%4")
                         .arg(finding.variant.contig)
                         .arg(finding.variant.position)
                         .arg(finding.variant.reference, finding.variant.alternate);
    }
    return parts.join(QLatin1Char(' '));
}

/*!
 * Moves a paragraph that a page break would cut to the next page (a paragraph shorter than
 * half a page, outside tables): a finding's reasons are read as one piece, and Qt draws the
 * last line above a page's top again on that page (clipped, but left in the PDF's text, which
 * pdftotext and copy/paste then show twice).
 */
void keepParagraphsTogether(QTextDocument &document, qreal pageHeight)
{
    // One paragraph at a time: moving one moves everything after it.
    for (int moved = 0; moved < 1000; ++moved) {
        // The whole document laid out first: the layout is lazy, and a change to a document
        // laid out only up to the changed paragraph left later pages out of pageCount().
        document.pageCount();
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        QTextBlock cut;
        for (QTextBlock block = document.begin(); block.isValid() && !cut.isValid();
             block = block.next()) {
            if (QTextCursor(block).currentTable()
                || (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QRectF bounds = layout->blockBoundingRect(block); // lays the block out
            if (block.layout()->lineCount() >= 2 && bounds.height() < pageHeight / 2
                && int(bounds.top() / pageHeight) != int((bounds.bottom() - 1) / pageHeight))
                cut = block;
        }
        if (!cut.isValid())
            return;
        QTextBlockFormat format = cut.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(cut).setBlockFormat(format);
    }
}

QString findingTable(const ReportFinding &finding, const ReportModel &model, const QLocale &locale)
{
    // Paragraphs rather than a table: paragraphs break across pages line by line, while a
    // table cell can be cut through a line of text.
    QString html = heading(3, findingTitle(finding));
    const auto line = [&html](const QString &label,
                              const QString &value,
                              const QString &cssClass = {}) {
        if (value.isEmpty())
            return;
        html += QStringLiteral("<p class=\"field\"><b>%1:</b> <span%3>%2</span></p>\n")
                        .arg(escaped(label),
                             escaped(value).replace(QLatin1Char('\n'), QLatin1String("<br>")),
                             cssClass.isEmpty() ? QString()
                                                : QStringLiteral(" class=\"%1\"").arg(cssClass));
    };
    line(Tr::tr("Classification"),
         finding.classification,
         QStringLiteral("badge-%1").arg(finding.classificationKey));
    line(Tr::tr("ACMG/AMP criteria"), finding.criteria.join(QStringLiteral(", ")));
    line(Tr::tr("Transcript"), finding.variant.transcript);
    line(Tr::tr("Position (%1)").arg(model.genomeBuild),
         QStringLiteral("%1:%2 %3>%4")
                 .arg(finding.variant.contig, locale.toString(finding.variant.position))
                 .arg(finding.variant.reference, finding.variant.alternate));
    line(Tr::tr("Consequence"), finding.variant.consequence);
    line(Tr::tr("Zygosity"), zygosityNameOfKey(finding.variant.zygosity));
    line(Tr::tr("Inheritance"), finding.inheritance);
    QStringList frequencies;
    for (const ReportFrequency &frequency : finding.frequencies)
        frequencies << frequencyText(frequency, locale);
    line(Tr::tr("Population frequency"),
         frequencies.isEmpty() ? Tr::tr("no population data available")
                               : frequencies.join(QLatin1Char('\n')));
    line(Tr::tr("ClinVar"), finding.clinvar.isEmpty() ? Tr::tr("not in ClinVar") : finding.clinvar);
    line(Tr::tr("Why it is reported"), finding.reasons.join(QLatin1Char('\n')));
    line(Tr::tr("Comment"), finding.comment);
    line(Tr::tr("Sequencing quality"),
         Tr::tr("depth %1, genotype quality %2, allele balance %3, filter %4")
                 .arg(finding.variant.depth,
                      finding.variant.genotypeQuality,
                      finding.variant.alleleBalance,
                      finding.variant.filter));
    return html;
}

QString variantListing(const ReportModel &model, const QLocale &locale)
{
    QString html = heading(2, Tr::tr("Variants"));
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
                     variant.consequence.isEmpty() ? variantTypeNameOfKey(variant.type)
                                                   : variant.consequence,
                     zygosityNameOfKey(variant.zygosity),
                     variant.depth,
                     variant.genotypeQuality,
                     variant.alleleBalance,
                     variant.filter});
    }
    return html + QStringLiteral("</tbody></table>\n");
}

bool isClinical(const ReportModel &model)
{
    return !model.policyName.isEmpty();
}

QString summaryText(const ReportModel &model)
{
    const int primary = int(model.findingsIn(ReportSection::Primary).size());
    const int secondary = int(model.findingsIn(ReportSection::Secondary).size());
    if (primary == 0 && secondary == 0) {
        return Tr::tr("No reportable variant was found in the genes assessed for the indication "
                      "or, with the patient's consent, for secondary findings.");
    }
    return Tr::tr("%1 and %2 are reported.")
            .arg(Tr::tr("%n primary finding(s)", nullptr, primary),
                 Tr::tr("%n secondary finding(s)", nullptr, secondary));
}

} // namespace

QString ReportRenderer::toHtml(const ReportModel &model, const ReportTemplate &reportTemplate)
{
    const QLocale locale(model.language);
    QHash<QString, QString> blocks;
    const QString title
            = isClinical(model) ? Tr::tr("Genomic test report") : Tr::tr("Genomic variant report");
    blocks.insert(QStringLiteral("title"), escaped(title));
    blocks.insert(QStringLiteral("language"), escaped(model.language));
    blocks.insert(QStringLiteral("stylesheet"), reportTemplate.stylesheet);
    blocks.insert(QStringLiteral("laboratory"), escaped(model.laboratory));
    if (!reportTemplate.logo.isNull())
        blocks.insert(QStringLiteral("logo"), QStringLiteral("<img src=\"genomedesk:logo\">"));

    QString header = QStringLiteral("<table class=\"header\" cellpadding=\"1\">\n");
    QList<QPair<QString, QString>> fields = {
            {Tr::tr("Report id"),
             model.reportVersion > 1
                     ? Tr::tr("%1, version %2").arg(model.reportId).arg(model.reportVersion)
                     : model.reportId},
            {Tr::tr("Patient (pseudonym)"),
             model.patientPseudonym.isEmpty() ? model.caseId : model.patientPseudonym},
    };
    if (!model.patientName.isEmpty())
        fields.append({Tr::tr("Name"), model.patientName});
    if (!model.patientBirthDate.isEmpty()) {
        const QDate birth = QDate::fromString(model.patientBirthDate, Qt::ISODate);
        fields.append({Tr::tr("Date of birth"),
                       birth.isValid() ? locale.toString(birth, QLocale::ShortFormat)
                                       : model.patientBirthDate});
    }
    if (isClinical(model) && !model.sex.isEmpty()) {
        const QString sex = model.sex == QLatin1String("male")     ? Tr::tr("male")
                            : model.sex == QLatin1String("female") ? Tr::tr("female")
                                                                   : Tr::tr("not known");
        fields.append({Tr::tr("Sex"), sex});
    }
    fields.append({Tr::tr("Case"), model.caseId});
    fields.append({Tr::tr("Sample"), model.sample});
    if (!model.referrer.isEmpty())
        fields.append({Tr::tr("Referring clinician"), model.referrer});
    if (!model.indication.isEmpty())
        fields.append({Tr::tr("Indication"), model.indication});
    fields.append({Tr::tr("Genome build"), model.genomeBuild});
    fields.append(
            {Tr::tr("Report date"), locale.toString(model.createdAt.date(), QLocale::LongFormat)});
    for (const auto &[label, value] : fields)
        header += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                          .arg(escaped(label), escaped(value));
    header += QStringLiteral("</table>\n");
    blocks.insert(QStringLiteral("header"), header);

    QString findings;
    if (isClinical(model)) {
        blocks.insert(QStringLiteral("summary"),
                      heading(2, Tr::tr("Summary"))
                              + paragraph(summaryText(model), QStringLiteral("summary")));
        findings += heading(2, Tr::tr("Primary findings"));
        const QList<ReportFinding> primary = model.findingsIn(ReportSection::Primary);
        if (primary.isEmpty())
            findings += paragraph(
                    Tr::tr("No reportable variant was found in the genes of the indication."),
                    QStringLiteral("none"));
        for (const ReportFinding &finding : primary)
            findings += findingTable(finding, model, locale);

        findings += heading(2, Tr::tr("Secondary findings"));
        findings += paragraph(Tr::tr("Secondary findings were sought under %1, in the categories "
                                     "the patient consented to:")
                                      .arg(model.policyName),
                              QStringLiteral("small"));
        QStringList choices;
        for (const ReportConsentLine &line : model.consent) {
            choices << QStringLiteral("%1: %2").arg(
                    line.label,
                    line.consented ? Tr::tr("wishes to be informed")
                                   : Tr::tr("does not wish to be informed"));
        }
        if (!choices.isEmpty()) {
            QString list = QStringLiteral("<ul class=\"small\">");
            for (const QString &choice : choices)
                list += QStringLiteral("<li>%1</li>").arg(escaped(choice));
            findings += list + QStringLiteral("</ul>\n");
        }
        const QList<ReportFinding> secondary = model.findingsIn(ReportSection::Secondary);
        for (const ReportConsentLine &line : model.consent) {
            QList<ReportFinding> inCategory;
            for (const ReportFinding &finding : secondary) {
                if (finding.consentCategory == line.category)
                    inCategory << finding;
            }
            if (!line.consented && inCategory.isEmpty()) {
                // Deliberately silent on whether anything was found: the patient chose not to know.
                findings += paragraph(Tr::tr("%1: not reported — the patient chose not to receive "
                                             "these findings.")
                                              .arg(line.label),
                                      QStringLiteral("none"));
                continue;
            }
            if (inCategory.isEmpty()) {
                findings += paragraph(Tr::tr("%1: none found.").arg(line.label),
                                      QStringLiteral("none"));
                continue;
            }
            findings += QStringLiteral("<p class=\"category\"><b>%1</b></p>\n")
                                .arg(escaped(line.label));
            for (const ReportFinding &finding : inCategory)
                findings += findingTable(finding, model, locale);
        }
        // Findings whose category is not one of the consent lines (a policy without them).
        for (const ReportFinding &finding : secondary) {
            const bool listed = std::any_of(model.consent.cbegin(),
                                            model.consent.cend(),
                                            [&](const ReportConsentLine &line) {
                                                return line.category == finding.consentCategory;
                                            });
            if (!listed)
                findings += findingTable(finding, model, locale);
        }
        const QList<ReportFinding> uncertain = model.findingsIn(ReportSection::Uncertain);
        if (!uncertain.isEmpty()) {
            findings += heading(2, Tr::tr("Variants of uncertain significance"));
            findings += paragraph(Tr::tr("Listed per laboratory policy because they lie in genes "
                                         "of the indication; they are not a diagnosis and should "
                                         "not be used for clinical decisions on their own."),
                                  QStringLiteral("small"));
            for (const ReportFinding &finding : uncertain)
                findings += findingTable(finding, model, locale);
        }
    } else {
        blocks.insert(
                QStringLiteral("summary"),
                heading(2, Tr::tr("Summary"))
                        + paragraph(Tr::tr("%n variant(s) carried by the sample are listed below.",
                                           nullptr,
                                           int(model.variants.size()))));
        findings = variantListing(model, locale);
    }
    blocks.insert(QStringLiteral("findings"), findings);

    QString methods = heading(2, Tr::tr("Methods and inputs"));
    methods += paragraph(Tr::tr("Input file: %1").arg(model.inputFile), QStringLiteral("small"));
    methods += paragraph(Tr::tr("SHA-256: %1").arg(model.inputSha256), QStringLiteral("small"));
    methods += paragraph(Tr::tr("%n record(s) read, %1 skipped (reference blocks, records "
                                "without ALT).",
                                nullptr,
                                int(model.recordsRead))
                                 .arg(model.skippedRecords),
                         QStringLiteral("small"));
    if (!model.loadWarnings.isEmpty())
        methods += paragraph(model.loadWarnings.join(QStringLiteral("; ")),
                             QStringLiteral("small"));
    blocks.insert(QStringLiteral("methods"), methods);

    if (!model.dataSources.isEmpty()) {
        QString sources = heading(2, Tr::tr("Data sources and versions"));
        for (const QString &source : model.dataSources)
            sources += paragraph(source, QStringLiteral("small"));
        if (!model.policyChecksum.isEmpty())
            sources += paragraph(Tr::tr("Policy file SHA-256: %1").arg(model.policyChecksum),
                                 QStringLiteral("small"));
        blocks.insert(QStringLiteral("sources"), sources);
    }

    QString limitations = heading(2, Tr::tr("Limitations"));
    if (isClinical(model)) {
        for (const QString &limitation : model.limitations)
            limitations += paragraph(limitation, QStringLiteral("small"));
    } else {
        limitations += paragraph(Tr::tr("This report lists the variants as called in the input "
                                        "file. Population frequencies, the secondary-findings "
                                        "policy and ACMG/AMP classification have not been applied; "
                                        "the report is not signed and is not for clinical use."),
                                 QStringLiteral("small"));
    }
    blocks.insert(QStringLiteral("limitations"), limitations);

    QString signoff = QStringLiteral("<div class=\"signoff\">") + heading(2, Tr::tr("Sign-off"));
    if (model.signOff.name.isEmpty()) {
        signoff += paragraph(Tr::tr("Draft — not signed, not for clinical use."),
                             QStringLiteral("none"));
    } else {
        signoff += paragraph(
                Tr::tr("Signed by %1, %2, on %3.")
                        .arg(model.signOff.name,
                             model.signOff.role,
                             locale.toString(model.signOff.signedAt.toUTC(), QLocale::LongFormat)));
        signoff += paragraph(Tr::tr("The electronic signature is in the file that accompanies this "
                                    "PDF; check it with \"genomedesk verify-report\"."),
                             QStringLiteral("small"));
    }
    if (!model.contentSha256.isEmpty()) {
        signoff += paragraph(
                Tr::tr("Report content SHA-256 (FHIR export): %1").arg(model.contentSha256),
                QStringLiteral("small"));
    }
    signoff += QStringLiteral("</div>\n");
    blocks.insert(QStringLiteral("signoff"), signoff);

    // Replace the placeholders in one pass, so text from the case can never inject one.
    QString html;
    const QString &source = reportTemplate.html;
    qsizetype position = 0;
    while (position < source.size()) {
        const qsizetype open = source.indexOf(QLatin1String("{{"), position);
        if (open < 0) {
            html += QStringView(source).mid(position);
            break;
        }
        const qsizetype close = source.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            html += QStringView(source).mid(position);
            break;
        }
        html += QStringView(source).mid(position, open - position);
        html += blocks.value(source.mid(open + 2, close - open - 2).trimmed());
        position = close + 2;
    }
    return html;
}

Result<void> ReportRenderer::writeHtml(const ReportModel &model,
                                       const QString &path,
                                       const ReportTemplate &reportTemplate)
{
    return writeFile(path, toHtml(model, reportTemplate).toUtf8());
}

Result<QByteArray> ReportRenderer::renderPdf(const ReportModel &model,
                                             const ReportTemplate &reportTemplate)
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
        // No ligatures: "fi" stays two letters, so the PDF's text can be searched and
        // copied (and read back by pdftotext) as written.
        QFont font(QStringLiteral("DejaVu Sans"), 9);
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        if (!reportTemplate.logo.isNull()) {
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(QStringLiteral("genomedesk:logo")),
                                 reportTemplate.logo);
        }
        document.setHtml(toHtml(model, reportTemplate));

        const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
        document.setPageSize(QSizeF(body.width(), body.height()));
        keepParagraphsTogether(document, body.height());
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error(Error::Code::Internal, Tr::tr("cannot start the PDF"));
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
                             model.signOff.name.isEmpty()
                                     ? Tr::tr("Not signed — not for clinical use")
                                     : Tr::tr("Signed by %1").arg(model.signOff.name));
        }
        if (!painter.end())
            return Error(Error::Code::Internal, Tr::tr("cannot finish the PDF"));
    }
    // QPdfWriter stamps the current time as /CreationDate; the report's own time makes the
    // bytes depend only on the model (same length, so the cross-reference offsets hold).
    const QByteArray stamp("/CreationDate (D:");
    if (const qsizetype at = pdf.indexOf(stamp); at >= 0) {
        const QByteArray created
                = model.createdAt.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
        if (created.size() == 14 && pdf.size() >= at + stamp.size() + 14)
            pdf.replace(at + stamp.size(), 14, created);
    }
    qCDebug(lcReport) << "report rendered" << model.reportId;
    return pdf;
}

Result<void> ReportRenderer::writePdf(const ReportModel &model,
                                      const QString &path,
                                      const ReportTemplate &reportTemplate)
{
    const Result<QByteArray> pdf = renderPdf(model, reportTemplate);
    if (!pdf)
        return pdf.error();
    return writeFile(path, pdf.value());
}

} // namespace Core
