// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "reportmodel.h"

#include <QString>

namespace Core {

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
    static QString toHtml(const ReportModel &model);
    static Result<void> writePdf(const ReportModel &model, const QString &path);
    static Result<void> writeHtml(const ReportModel &model, const QString &path);
};

} // namespace Core
