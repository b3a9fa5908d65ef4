// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Core {

enum class Decision : quint8 {
    ReportPrimary,       //!< "report-primary": a reportable finding in the indication
    ReportSecondary,     //!< "report-secondary": a reportable finding in a policy gene outside it
    SuppressedByConsent, //!< "suppressed-by-consent": reportable, but the patient did not consent
    NotReportable,       //!< "not-reportable"
    NeedsReview,         //!< "needs-review": the rules cannot decide; a geneticist must
};

QString decisionKey(Decision decision);
QString decisionLabel(Decision decision);

/*! The decision for one variant with the reasons, in order, in plain (translated) language. */
struct PolicyDecision
{
    int index = -1;     //!< index of the variant in the engine's input
    QString variantKey; //!< PolicyVariant::key()
    QString gene;
    Decision decision = Decision::NotReportable;
    QString consentCategory; //!< category consulted, empty when consent was not involved
    QStringList reasons;
};

/*! All decisions of one run with the versions they depend on. */
struct PolicyRun
{
    QString policyId;
    QString policyVersion;
    int policyRevision = 0;
    QString policyChecksum;
    QStringList dataVersions; //!< "ClinVar 2021-10-25 GRCh38", "MANE 1.0 GRCh38", ...
    QString consentSummary;
    QString indication;
    QStringList indicationPhenotypes; //!< "HP:0001250 Seizure" (HPO id and label as given)
    QString indicationText;           //!< the indication's free text
    QList<PolicyDecision> decisions;  //!< in input order

    int count(Decision decision) const;
};

} // namespace Core
