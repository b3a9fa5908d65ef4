// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "../policy/policyvariant.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core {

/*!
 * The 28 ACMG/AMP criteria of Richards et al. 2015 (Genet Med 17:405), in the paper's order:
 * 16 pathogenic (PVS1, PS1-4, PM1-6, PP1-5) and 12 benign (BA1, BS1-4, BP1-7).
 *
 * PP5 and BP6 ("reputable source") exist in the enumeration for completeness but are never
 * accepted: ClinGen SVI (Biesecker & Harrison 2018) recommends against them, so
 * AcmgEvidence::parse() and AcmgClassification::add() refuse them with a message.
 */
enum class AcmgCriterion : quint8 {
    PVS1,
    PS1,
    PS2,
    PS3,
    PS4,
    PM1,
    PM2,
    PM3,
    PM4,
    PM5,
    PM6,
    PP1,
    PP2,
    PP3,
    PP4,
    PP5,
    BA1,
    BS1,
    BS2,
    BS3,
    BS4,
    BP1,
    BP2,
    BP3,
    BP4,
    BP5,
    BP6,
    BP7,
};

/*! Number of criteria in AcmgCriterion (28). */
constexpr int kAcmgCriterionCount = 28;

/*!
 * Strength at which a criterion is applied. Each criterion has a default strength (PVS1 very
 * strong, PM2 moderate, ...); ClinGen SVI allows applying it at another level, written with a
 * suffix: "PM2_Supporting", "PVS1_Strong", "PP1_Strong", "BS3_Supporting".
 */
enum class AcmgStrength : quint8 {
    StandAlone, //!< BA1 only
    VeryStrong,
    Strong,
    Moderate,
    Supporting,
};

/*! Whether a criterion is evidence for pathogenicity or for benignity. */
enum class AcmgDirection : quint8 { Pathogenic, Benign };

/*! "PVS1", "PM2", ...: the code of \a criterion (not translated). */
QString acmgCriterionCode(AcmgCriterion criterion);
/*! Pathogenic for PVS/PS/PM/PP, benign for BA/BS/BP. */
AcmgDirection acmgDirection(AcmgCriterion criterion);
/*! The strength of \a criterion as defined by Richards 2015 (PM2 -> Moderate). */
AcmgStrength acmgDefaultStrength(AcmgCriterion criterion);
/*! False for PP5 and BP6, which GenomeDesk deliberately does not use. */
bool acmgIsSupported(AcmgCriterion criterion);
/*! "VeryStrong", "Strong", "Moderate", "Supporting", "StandAlone" (the code suffix). */
QString acmgStrengthKey(AcmgStrength strength);
/*! Translated strength ("very strong"). */
QString acmgStrengthLabel(AcmgStrength strength);
/*! All 28 criteria in order. */
QList<AcmgCriterion> acmgAllCriteria();

/*!
 * One criterion applied to a variant, at a strength, with the evidence that supports it
 * ("gnomAD v4.1 nfe AF 0.00002 < 0.0001"). A plain value.
 */
struct AcmgEvidence
{
    AcmgCriterion criterion = AcmgCriterion::PVS1;
    AcmgStrength strength = AcmgStrength::VeryStrong;
    QString evidence; //!< free text; kept with the criterion in the case store

    /*! "PM2" at the default strength, "PM2_Supporting" otherwise. */
    QString code() const;
    /*! Tavtigian 2018/2020 points: VS 8, S 4, M 2, P 1; negative for benign; BA1 0. */
    int points() const;

    /*!
     * Parses a code ("PVS1", "pm2_supporting", "PVS1_Strong", "PP1_VeryStrong"). Refuses
     * unknown criteria, unknown suffixes, PP5/BP6, a suffix on BA1, and very strong benign.
     */
    static Result<AcmgEvidence> parse(const QString &code, const QString &evidence = {});

    bool operator==(const AcmgEvidence &other) const
    {
        return criterion == other.criterion && strength == other.strength
               && evidence == other.evidence;
    }
};

/*!
 * A set of applied criteria and the classification they give, computed two ways and shown
 * side by side:
 *
 * - by the combining rules of Richards 2015 (Table 5), where a criterion counts at its applied
 *   strength (PM2_Supporting counts as supporting). Benign criteria applied at moderate count
 *   as supporting (Table 5 has no benign moderate row). Two additions, both documented in
 *   rulesReason(): two very strong criteria are pathogenic (the second counts as the strong
 *   of rule i-a), and PVS1 with at least one supporting criterion is likely pathogenic
 *   (ClinGen SVI 2020 recommendation for PVS1 + PM2_Supporting). When the pathogenic criteria
 *   reach LP or P and the benign criteria reach LB or B, the evidence is contradictory and
 *   the result is VUS.
 * - by the points scale of Tavtigian 2018/2020: VS 8, S 4, M 2, P 1, benign negative;
 *   P >= 10, LP 6..9, VUS 0..5, LB -1..-6, B <= -7. BA1 is stand-alone benign.
 *
 * A plain value; thread: any.
 */
class AcmgClassification
{
public:
    AcmgClassification() = default;

    /*! Parses a comma-separated list of codes ("PVS1,PM2_Supporting"). */
    static Result<AcmgClassification> fromCodes(const QString &codes);
    static Result<AcmgClassification> fromCodes(const QStringList &codes);
    /*! Reads the array written by toJson(). */
    static Result<AcmgClassification> fromJson(const QJsonArray &array);

    /*! Adds a criterion; refuses PP5/BP6 and a criterion that is already present. */
    Result<void> add(const AcmgEvidence &evidence);
    /*! Parses \a code and adds it with \a evidence. */
    Result<void> add(const QString &code, const QString &evidence = {});
    bool contains(AcmgCriterion criterion) const;

    const QList<AcmgEvidence> &criteria() const { return m_criteria; }
    bool isEmpty() const { return m_criteria.isEmpty(); }
    /*! "PVS1,PM2_Supporting" in the order added. */
    QString codes() const;
    /*! [{"code":"PVS1","evidence":"..."}, ...] */
    QJsonArray toJson() const;

    /*! Classification by the Richards 2015 rules. */
    Significance byRules() const;
    /*!
     * Which rule gave byRules(): "pathogenic-i-a" ... "likely-pathogenic-vi",
     * "likely-pathogenic-svi-pvs1-supporting", "benign-i", "benign-ii", "likely-benign-i",
     * "likely-benign-ii", "conflicting", "insufficient". Stable keys (not translated).
     */
    QString rulesReason() const;
    /*! Sum of the points of all criteria (BA1 counts 0; see hasStandAloneBenign()). */
    int points() const;
    /*! Classification by the points scale; Benign whenever BA1 is applied. */
    Significance byPoints() const;
    bool hasStandAloneBenign() const { return contains(AcmgCriterion::BA1); }
    /*! Translated one-line summary: "likely pathogenic (rules: ...); likely pathogenic (9 points)".
     */
    QString summary() const;

    /*! Classification on the points scale for a given total (no BA1). */
    static Significance classForPoints(int points);

private:
    struct RulesResult
    {
        Significance significance = Significance::Uncertain;
        QString reason;
    };
    RulesResult evaluateRules() const;

    QList<AcmgEvidence> m_criteria;
};

} // namespace Core
