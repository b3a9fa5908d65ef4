// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acmgclassification.h"

#include <QList>
#include <QString>

namespace Core {

class Policy;
struct PolicyVariant;

/*!
 * One criterion proposed by GenomeDesk from the data (frequency cache, consequence), with the
 * evidence that supports it. A suggestion is never applied on its own: the reviewer accepts
 * or rejects it, and an accepted suggestion becomes an AcmgEvidence of the classification.
 */
struct AcmgSuggestion
{
    enum class Decision : quint8 { Pending, Accepted, Rejected };

    AcmgEvidence evidence; //!< criterion, strength and evidence text (names source and version)
    Decision decision = Decision::Pending;
    QString decisionComment; //!< why the reviewer rejected or accepted it; may be empty

    void accept(const QString &comment = {})
    {
        decision = Decision::Accepted;
        decisionComment = comment;
    }
    void reject(const QString &comment = {})
    {
        decision = Decision::Rejected;
        decisionComment = comment;
    }
};

/*! "pending", "accepted", "rejected" (stable keys). */
QString acmgDecisionKey(AcmgSuggestion::Decision decision);

/*!
 * Frequency thresholds used for BA1, BS1 and PM2_Supporting. All are allele frequencies in
 * [0,1].
 *
 * - BA1: AF >= ba1 (default 0.05, Richards 2015; the policy's "ba1" value when a policy is
 *   given).
 * - BS1: AF > bs1 and below BA1. The policy gene's maximum credible allele frequency
 *   when the policy has one for the gene; otherwise 0.01, a generic ceiling for rare Mendelian
 *   disease (GenomeDesk default, documented here and named in the evidence text).
 * - PM2_Supporting: AF < pm2 (default 0.0001) in a source that covers the site, or absent from
 *   it (ClinGen SVI 2020: PM2 at supporting strength).
 */
struct AcmgFrequencyThresholds
{
    double ba1 = 0.05;
    double bs1 = 0.01;
    double pm2 = 0.0001;
    QString origin; //!< where the values came from ("policy acmg-sf-3.2 v3.2 r1", "defaults")
    bool ba1Exempt = false; //!< the variant is a named BA1 exception of the policy (HFE C282Y)
};

/*!
 * Proposes criteria from what GenomeDesk knows about a variant. Only the criteria that the
 * data supports are proposed: BA1, BS1 or PM2_Supporting from the maximum population
 * frequency, and a PVS1 candidate from null-variant consequences (stop_gained,
 * frameshift_variant, splice_acceptor_variant, splice_donor_variant at very strong;
 * start_lost at moderate, as the ClinGen SVI PVS1 decision tree caps initiation codon
 * variants). PP5 and BP6 are never proposed. Stateless; thread: any.
 */
class AcmgSuggestions final
{
public:
    /*! Thresholds of \a policy for \a variant's gene (see AcmgFrequencyThresholds). */
    static AcmgFrequencyThresholds thresholds(const Policy &policy, const PolicyVariant &variant);
    /*! GenomeDesk defaults when no policy is in force. */
    static AcmgFrequencyThresholds defaultThresholds();

    /*!
     * Suggestions for \a variant. A variant with no frequency and no frequencySource gets no
     * frequency criterion (nothing is known); with no frequency but a source named it counts as
     * absent from that source (PM2_Supporting).
     */
    static QList<AcmgSuggestion> suggest(const PolicyVariant &variant,
                                         const AcmgFrequencyThresholds &thresholds);
    static QList<AcmgSuggestion> suggest(const PolicyVariant &variant, const Policy &policy);

    /*! The accepted suggestions as a classification (rejected and pending ones are left out). */
    static Result<AcmgClassification> accepted(const QList<AcmgSuggestion> &suggestions);
};

} // namespace Core
