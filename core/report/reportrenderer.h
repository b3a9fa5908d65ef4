// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "reportmodel.h"

#include <QImage>
#include <QString>

namespace Core {

/*!
 * The layout of a report: an HTML skeleton with {{placeholders}}, a stylesheet and a logo,
 * read from a directory (report.html, report.css, logo.png or logo.svg) so that a hospital
 * can adapt them without rebuilding. The built-in one is in resources/report/.
 */
struct ReportTemplate
{
    QString html;
    QString stylesheet;
    QImage logo;
    QString directory;

    static ReportTemplate builtin();
    /*! Refuses a template without the {{findings}} or {{signoff}} placeholder. */
    static Result<ReportTemplate> fromDirectory(const QString &directory);
};

/*!
 * Renders a ReportModel as HTML and as an A4 PDF (HTML -> QTextDocument -> QPdfWriter) with
 * a header carrying the report id and a "page X of Y" footer.
 *
 * Needs a QGuiApplication (fonts); may run in a worker thread. Files are written through
 * QSaveFile, so a failed write leaves any previous file untouched.
 */
class ReportRenderer final
{
public:
    static QString toHtml(const ReportModel &model,
                          const ReportTemplate &reportTemplate = ReportTemplate::builtin());
    /*! The PDF in memory (to sign it before it is written). */
    static Result<QByteArray> renderPdf(const ReportModel &model,
                                        const ReportTemplate &reportTemplate
                                        = ReportTemplate::builtin());
    static Result<void> writePdf(const ReportModel &model,
                                 const QString &path,
                                 const ReportTemplate &reportTemplate = ReportTemplate::builtin());
    /*!
     * Writes \a data to \a path through a temporary file and a rename, every write checked:
     * on a full disk the previous file stays and no temporary file is left. Used for every
     * file of a report (PDF, HTML, exports, signature).
     */
    static Result<void> writeFile(const QString &path, const QByteArray &data);
    static Result<void> writeHtml(const ReportModel &model,
                                  const QString &path,
                                  const ReportTemplate &reportTemplate = ReportTemplate::builtin());
};

} // namespace Core
