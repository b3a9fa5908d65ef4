// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "reportmodel.h"

#include <QDateTime>
#include <QString>

namespace Core {

/*!
 * The whole report step for a loaded case: checksums the input, builds the model for the
 * first sample and writes the PDF to \a pdfPath. Used by the CLI and the GUI alike.
 * Thread: any (needs a QGuiApplication for fonts).
 */
Result<ReportModel> writeVariantReport(const LoadedVariants &loaded,
                                       const QString &caseId,
                                       const QString &pdfPath,
                                       const QDateTime &createdAt);

} // namespace Core
