// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "reportbuilder.h"
#include "reportmodel.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Core {

/*! What to write for one report, and from what. Empty paths are not written. */
struct ReportRequest
{
    QString caseId;
    QString pdfPath;
    QString htmlPath;
    QString fhirPath;
    QString phenopacketPath;
    QString language = QStringLiteral("en"); //!< see ReportLanguage::available()
    QDateTime createdAt;                     //!< UTC; the only clock the report reads
    QString templateDirectory;               //!< empty: the built-in template
    /*! With a policy: a clinical report (findings, consent, sign-off); without: a listing. */
    std::optional<CaseEvaluationInput> evaluation;
    ReportContext context;
    QHash<QString, QString> hgncIds; //!< for the exports; may be empty
    /*! Signing: the signer's PKCS#12 file and passphrase; the PDF gets a PATH.p7s beside it. */
    QString pkcs12Path;
    QString pkcs12Passphrase;
    QString signerRole; //!< printed under the signer's name, translated
};

/*!
 * The whole report step for a loaded case, shared by the CLI and the GUI: checksums the
 * input, evaluates the case with the policy and consent when given, builds the model in the
 * report's language, renders PDF/HTML, writes the FHIR and Phenopacket exports, and signs the
 * PDF. Every file is written through QSaveFile, so a failure leaves earlier files untouched.
 * Thread: any (needs a QGuiApplication for fonts).
 */
Result<ReportModel>
writeReport(const LoadedVariants &loaded, const ReportRequest &request, const JobContext &job = {});

/*! The plain variant listing for the first sample (no policy), as PDF. */
Result<ReportModel> writeVariantReport(const LoadedVariants &loaded,
                                       const QString &caseId,
                                       const QString &pdfPath,
                                       const QDateTime &createdAt);

} // namespace Core
