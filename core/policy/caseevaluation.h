// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/jobcontext.h"
#include "../common/result.h"
#include "../frequency/frequencyannotation.h"
#include "../frequency/frequencyceiling.h"
#include "../vcf/vcfreader.h"
#include "consentprofile.h"
#include "indication.h"
#include "policy.h"
#include "policydecision.h"
#include "policyvariantadapter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Core {

class FrequencyStore;
class KnowledgeStore;

/*!
 * Everything a case is evaluated with: the policy, the patient's consent, the indication,
 * and the data sources (knowledge base, frequency caches). The stores are borrowed and must
 * outlive the evaluation.
 */
struct CaseEvaluationInput
{
    Policy policy;
    ConsentProfile consent;
    Indication indication;
    const KnowledgeStore *knowledge = nullptr;
    QList<const FrequencyStore *> caches;
    QString proband;        //!< sample name; empty: the trio's child, else the first sample
    Sex sex = Sex::Unknown; //!< overrides the pedigree when not Unknown
    GenomeBuild build = GenomeBuild::Unknown; //!< overrides the build detected from the file
    /*! Lab classifications by PolicyVariant::key() ("6-26092913-G-A"). */
    QHash<QString, Significance> labClassifications;
};

/*!
 * One case run through the flow of DESIGN.md: the proband's variants (PolicyVariantAdapter),
 * their population frequencies (FrequencyAnnotator over the caches), and the PolicyEngine's
 * decision with reasons for each. The GUI, the CLI and the report builder share it, so the
 * same inputs give the same decisions everywhere.
 */
class CaseEvaluation
{
public:
    /*!
     * Evaluates \a loaded. Refuses, naming both builds, caches or a knowledge base of another
     * genome build than the case (a knowledge base whose gene model, or ClinVar, exists only
     * for other builds); refuses a case whose build is unknown unless the input gives one.
     * Reentrant; reports progress and honours cancellation through \a job.
     */
    static Result<CaseEvaluation> evaluate(const LoadedVariants &loaded,
                                           const CaseEvaluationInput &input,
                                           const JobContext &job = {});

    GenomeBuild build() const { return m_build; }
    int proband() const { return m_proband; }
    int mother() const { return m_mother; }
    int father() const { return m_father; }
    Sex sex() const { return m_sex; }

    const PolicyRun &run() const { return m_run; }
    const QList<PolicyVariant> &variants() const { return m_variants; }
    /*! VariantStore row of variants().at(i). */
    qsizetype rowOf(int variant) const { return m_rows.at(variant); }
    /*! The decision for a VariantStore row, or null when the proband does not carry it. */
    const PolicyDecision *decisionForRow(qsizetype row) const;
    const PolicyVariant *variantForRow(qsizetype row) const;
    /*! Population frequencies of every row; empty when no cache was given. */
    const std::optional<FrequencyAnnotation> &frequencies() const { return m_frequencies; }
    qsizetype inClinVar() const { return m_inClinVar; }

private:
    GenomeBuild m_build = GenomeBuild::Unknown;
    int m_proband = 0;
    int m_mother = -1;
    int m_father = -1;
    Sex m_sex = Sex::Unknown;
    PolicyRun m_run;
    QList<PolicyVariant> m_variants;
    QList<qsizetype> m_rows;
    QHash<qsizetype, int> m_indexOfRow;
    std::optional<FrequencyAnnotation> m_frequencies;
    qsizetype m_inClinVar = 0;
};

} // namespace Core
