// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../policy/caseevaluation.h"
#include "reportmodel.h"

#include <QHash>

namespace Core {

/*! The reviewer's word on one variant, as the case store keeps it. */
struct ReviewedVariant
{
    QString classificationKey; //!< significanceKey(): "pathogenic", "likely-pathogenic", ...
    QStringList criteria;      //!< "PVS1", "PM2_Supporting"
    QString comment;
};

/*! What a report says beyond the evaluated variants: who, for whom, and the review. */
struct ReportContext
{
    QString language = QStringLiteral("en");
    int version = 1;
    QString laboratory;
    QString patientPseudonym;
    QString patientName;      //!< clinical copy only
    QString patientBirthDate; //!< clinical copy only
    QString referrer;
    ReportSignOff signOff;
    QHash<QString, ReviewedVariant> reviews; //!< by PolicyVariant::key()
    bool listUncertain = true;               //!< list VUS in the indication's genes (lab policy)
};

/*!
 * Turns an evaluated case into the ReportModel of a clinician-facing report: findings by
 * section with classification, criteria, frequencies and their sources, ClinVar and the
 * policy's reasons; consent per category; data sources; limitations; sign-off.
 *
 * Fixed texts and the policy's reasons come out in the language of the calling thread's
 * Core::ScopedTranslation (see ReportLanguage), so build inside it. Deterministic for the
 * same inputs and \a createdAt. Thread: any.
 */
class ReportBuilder final
{
public:
    static ReportModel build(const LoadedVariants &loaded,
                             const CaseEvaluation &evaluation,
                             const CaseEvaluationInput &input,
                             const ReportContext &context,
                             const QString &caseId,
                             const QString &inputSha256,
                             const QDateTime &createdAt);
};

} // namespace Core
