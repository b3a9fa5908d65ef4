// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"

#include "reportrenderer.h"

namespace Core {

Result<ReportModel> writeVariantReport(const LoadedVariants &loaded,
                                       const QString &caseId,
                                       const QString &pdfPath,
                                       const QDateTime &createdAt)
{
    const Result<QString> checksum = sha256OfFile(loaded.summary.file);
    if (!checksum)
        return checksum.error();
    ReportModel model
            = ReportModel::fromLoadedVariants(loaded, 0, caseId, checksum.value(), createdAt);
    const Result<void> written = ReportRenderer::writePdf(model, pdfPath);
    if (!written)
        return written.error();
    return model;
}

} // namespace Core
