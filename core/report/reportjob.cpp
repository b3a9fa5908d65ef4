// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"

#include "../common/tr.h"
#include "fhirexport.h"
#include "phenopacketexport.h"
#include "reportlanguage.h"
#include "reportrenderer.h"
#include "reportsignature.h"

#include <QCryptographicHash>

namespace Core {

Result<ReportModel>
writeReport(const LoadedVariants &loaded, const ReportRequest &request, const JobContext &job)
{
    const auto translator = ReportLanguage::translator(request.language);
    if (!translator)
        return translator.error();
    const ScopedTranslation scope(translator.value().get());

    ReportTemplate reportTemplate = ReportTemplate::builtin();
    if (!request.templateDirectory.isEmpty()) {
        auto custom = ReportTemplate::fromDirectory(request.templateDirectory);
        if (!custom)
            return custom.error();
        reportTemplate = std::move(custom).value();
    }

    const Result<QString> checksum = sha256OfFile(loaded.summary.file);
    if (!checksum)
        return checksum.error();
    const QDateTime createdAt = request.createdAt.isValid() ? request.createdAt.toUTC()
                                                            : QDateTime::currentDateTimeUtc();

    ReportContext context = request.context;
    context.language = request.language;
    if (!request.pkcs12Path.isEmpty()) {
        const auto signer = ReportSignature::signerOf(request.pkcs12Path, request.pkcs12Passphrase);
        if (!signer)
            return signer.error();
        context.signOff.name = signer->commonName;
        context.signOff.role
                = request.signerRole.isEmpty() ? Tr::tr("Clinical geneticist") : request.signerRole;
        context.signOff.signedAt = createdAt;
    }

    ReportModel model;
    if (request.evaluation) {
        const auto evaluation = CaseEvaluation::evaluate(loaded, *request.evaluation, job);
        if (!evaluation)
            return evaluation.error();
        model = ReportBuilder::build(loaded,
                                     evaluation.value(),
                                     *request.evaluation,
                                     context,
                                     request.caseId,
                                     checksum.value(),
                                     createdAt);
    } else {
        model = ReportModel::fromLoadedVariants(
                loaded, 0, request.caseId, checksum.value(), createdAt);
        model.language = request.language;
        model.signOff = context.signOff;
    }
    if (job.isCancelled())
        return Error(Error::Code::Cancelled, Tr::tr("cancelled"));

    // The content's fingerprint, printed in the PDF: the FHIR bundle is the machine-readable
    // form of the same content, so a reader can tie the PDF to the exported data.
    const QByteArray fhir = FhirExport::bundle(model, request.hgncIds);
    model.contentSha256 = QString::fromLatin1(
            QCryptographicHash::hash(fhir, QCryptographicHash::Sha256).toHex());

    if (!request.pdfPath.isEmpty()) {
        const auto pdf = ReportRenderer::renderPdf(model, reportTemplate);
        if (!pdf)
            return pdf.error();
        if (!request.pkcs12Path.isEmpty()) {
            const auto signature = ReportSignature::sign(
                    pdf.value(), request.pkcs12Path, request.pkcs12Passphrase, createdAt);
            if (!signature)
                return signature.error();
            if (auto written = ReportRenderer::writeFile(request.pdfPath + QStringLiteral(".p7s"),
                                                         signature.value());
                !written)
                return written.error();
        }
        if (auto written = ReportRenderer::writeFile(request.pdfPath, pdf.value()); !written)
            return written.error();
    }
    if (!request.htmlPath.isEmpty()) {
        if (auto written = ReportRenderer::writeHtml(model, request.htmlPath, reportTemplate);
            !written)
            return written.error();
    }
    if (!request.fhirPath.isEmpty()) {
        if (auto written = ReportRenderer::writeFile(request.fhirPath, fhir); !written)
            return written.error();
    }
    if (!request.phenopacketPath.isEmpty()) {
        if (auto written
            = ReportRenderer::writeFile(request.phenopacketPath,
                                        PhenopacketExport::phenopacket(model, request.hgncIds));
            !written)
            return written.error();
    }
    return model;
}

Result<ReportModel> writeVariantReport(const LoadedVariants &loaded,
                                       const QString &caseId,
                                       const QString &pdfPath,
                                       const QDateTime &createdAt)
{
    ReportRequest request;
    request.caseId = caseId;
    request.pdfPath = pdfPath;
    request.createdAt = createdAt;
    return writeReport(loaded, request);
}

} // namespace Core
