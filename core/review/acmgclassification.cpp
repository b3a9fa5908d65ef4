// SPDX-License-Identifier: GPL-3.0-or-later
#include "acmgclassification.h"

#include <cstdlib>

#include "../common/tr.h"

#include <QJsonObject>

namespace Core {

namespace {

struct CriterionInfo
{
    AcmgCriterion criterion;
    const char *code;
    AcmgStrength strength;
};

constexpr CriterionInfo kCriteria[kAcmgCriterionCount] = {
        {AcmgCriterion::PVS1, "PVS1", AcmgStrength::VeryStrong},
        {AcmgCriterion::PS1, "PS1", AcmgStrength::Strong},
        {AcmgCriterion::PS2, "PS2", AcmgStrength::Strong},
        {AcmgCriterion::PS3, "PS3", AcmgStrength::Strong},
        {AcmgCriterion::PS4, "PS4", AcmgStrength::Strong},
        {AcmgCriterion::PM1, "PM1", AcmgStrength::Moderate},
        {AcmgCriterion::PM2, "PM2", AcmgStrength::Moderate},
        {AcmgCriterion::PM3, "PM3", AcmgStrength::Moderate},
        {AcmgCriterion::PM4, "PM4", AcmgStrength::Moderate},
        {AcmgCriterion::PM5, "PM5", AcmgStrength::Moderate},
        {AcmgCriterion::PM6, "PM6", AcmgStrength::Moderate},
        {AcmgCriterion::PP1, "PP1", AcmgStrength::Supporting},
        {AcmgCriterion::PP2, "PP2", AcmgStrength::Supporting},
        {AcmgCriterion::PP3, "PP3", AcmgStrength::Supporting},
        {AcmgCriterion::PP4, "PP4", AcmgStrength::Supporting},
        {AcmgCriterion::PP5, "PP5", AcmgStrength::Supporting},
        {AcmgCriterion::BA1, "BA1", AcmgStrength::StandAlone},
        {AcmgCriterion::BS1, "BS1", AcmgStrength::Strong},
        {AcmgCriterion::BS2, "BS2", AcmgStrength::Strong},
        {AcmgCriterion::BS3, "BS3", AcmgStrength::Strong},
        {AcmgCriterion::BS4, "BS4", AcmgStrength::Strong},
        {AcmgCriterion::BP1, "BP1", AcmgStrength::Supporting},
        {AcmgCriterion::BP2, "BP2", AcmgStrength::Supporting},
        {AcmgCriterion::BP3, "BP3", AcmgStrength::Supporting},
        {AcmgCriterion::BP4, "BP4", AcmgStrength::Supporting},
        {AcmgCriterion::BP5, "BP5", AcmgStrength::Supporting},
        {AcmgCriterion::BP6, "BP6", AcmgStrength::Supporting},
        {AcmgCriterion::BP7, "BP7", AcmgStrength::Supporting},
};

const CriterionInfo &info(AcmgCriterion criterion)
{
    return kCriteria[int(criterion)];
}

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

} // namespace

QString acmgCriterionCode(AcmgCriterion criterion)
{
    return QString::fromLatin1(info(criterion).code);
}

AcmgDirection acmgDirection(AcmgCriterion criterion)
{
    return int(criterion) >= int(AcmgCriterion::BA1) ? AcmgDirection::Benign
                                                     : AcmgDirection::Pathogenic;
}

AcmgStrength acmgDefaultStrength(AcmgCriterion criterion)
{
    return info(criterion).strength;
}

bool acmgIsSupported(AcmgCriterion criterion)
{
    return criterion != AcmgCriterion::PP5 && criterion != AcmgCriterion::BP6;
}

QString acmgStrengthKey(AcmgStrength strength)
{
    switch (strength) {
    case AcmgStrength::StandAlone:
        return QStringLiteral("StandAlone");
    case AcmgStrength::VeryStrong:
        return QStringLiteral("VeryStrong");
    case AcmgStrength::Strong:
        return QStringLiteral("Strong");
    case AcmgStrength::Moderate:
        return QStringLiteral("Moderate");
    case AcmgStrength::Supporting:
        return QStringLiteral("Supporting");
    }
    return {};
}

QString acmgStrengthLabel(AcmgStrength strength)
{
    switch (strength) {
    case AcmgStrength::StandAlone:
        return Tr::tr("stand-alone");
    case AcmgStrength::VeryStrong:
        return Tr::tr("very strong");
    case AcmgStrength::Strong:
        return Tr::tr("strong");
    case AcmgStrength::Moderate:
        return Tr::tr("moderate");
    case AcmgStrength::Supporting:
        return Tr::tr("supporting");
    }
    return {};
}

QList<AcmgCriterion> acmgAllCriteria()
{
    QList<AcmgCriterion> list;
    for (const CriterionInfo &entry : kCriteria)
        list << entry.criterion;
    return list;
}

QString AcmgEvidence::code() const
{
    const QString base = acmgCriterionCode(criterion);
    if (strength == acmgDefaultStrength(criterion))
        return base;
    return base + QLatin1Char('_') + acmgStrengthKey(strength);
}

int AcmgEvidence::points() const
{
    int value = 0;
    switch (strength) {
    case AcmgStrength::StandAlone:
        return 0;
    case AcmgStrength::VeryStrong:
        value = 8;
        break;
    case AcmgStrength::Strong:
        value = 4;
        break;
    case AcmgStrength::Moderate:
        value = 2;
        break;
    case AcmgStrength::Supporting:
        value = 1;
        break;
    }
    return acmgDirection(criterion) == AcmgDirection::Benign ? -value : value;
}

Result<AcmgEvidence> AcmgEvidence::parse(const QString &code, const QString &evidence)
{
    const QString trimmed = code.trimmed();
    const int underscore = trimmed.indexOf(QLatin1Char('_'));
    const QString base = (underscore < 0 ? trimmed : trimmed.left(underscore)).toUpper();
    const QString suffix = underscore < 0 ? QString() : trimmed.mid(underscore + 1);

    const CriterionInfo *found = nullptr;
    for (const CriterionInfo &entry : kCriteria) {
        if (base == QLatin1String(entry.code))
            found = &entry;
    }
    if (!found)
        return invalid(Tr::tr("unknown ACMG/AMP criterion \"%1\"").arg(trimmed));
    if (!acmgIsSupported(found->criterion)) {
        return invalid(Tr::tr("%1 is not used: ClinGen SVI recommends against the "
                              "\"reputable source\" criteria; assess the evidence itself")
                               .arg(base));
    }

    AcmgEvidence result;
    result.criterion = found->criterion;
    result.strength = found->strength;
    result.evidence = evidence;
    if (suffix.isEmpty())
        return result;

    // Accept "VeryStrong", "Very_Strong", "verystrong", "Supporting", "Moderate", "Strong".
    const QString normalized = suffix.toLower().remove(QLatin1Char('_'));
    if (normalized == QLatin1String("verystrong"))
        result.strength = AcmgStrength::VeryStrong;
    else if (normalized == QLatin1String("strong"))
        result.strength = AcmgStrength::Strong;
    else if (normalized == QLatin1String("moderate"))
        result.strength = AcmgStrength::Moderate;
    else if (normalized == QLatin1String("supporting"))
        result.strength = AcmgStrength::Supporting;
    else
        return invalid(Tr::tr("unknown strength \"%1\" in \"%2\" (use VeryStrong, Strong, "
                              "Moderate or Supporting)")
                               .arg(suffix, trimmed));

    if (found->criterion == AcmgCriterion::BA1)
        return invalid(Tr::tr("BA1 is stand-alone and takes no strength modifier"));
    if (acmgDirection(found->criterion) == AcmgDirection::Benign
        && result.strength == AcmgStrength::VeryStrong) {
        return invalid(
                Tr::tr("benign criteria cannot be applied at very strong (%1)").arg(trimmed));
    }
    return result;
}

Result<AcmgClassification> AcmgClassification::fromCodes(const QString &codes)
{
    return fromCodes(codes.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

Result<AcmgClassification> AcmgClassification::fromCodes(const QStringList &codes)
{
    AcmgClassification classification;
    for (const QString &code : codes) {
        if (code.trimmed().isEmpty())
            continue;
        const auto added = classification.add(code);
        if (!added)
            return added.error();
    }
    return classification;
}

Result<AcmgClassification> AcmgClassification::fromJson(const QJsonArray &array)
{
    AcmgClassification classification;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto added = classification.add(object.value(QLatin1String("code")).toString(),
                                              object.value(QLatin1String("evidence")).toString());
        if (!added)
            return added.error();
    }
    return classification;
}

Result<void> AcmgClassification::add(const AcmgEvidence &evidence)
{
    if (!acmgIsSupported(evidence.criterion))
        return AcmgEvidence::parse(acmgCriterionCode(evidence.criterion)).error();
    if (contains(evidence.criterion)) {
        return invalid(Tr::tr("criterion %1 is given more than once")
                               .arg(acmgCriterionCode(evidence.criterion)));
    }
    m_criteria << evidence;
    return {};
}

Result<void> AcmgClassification::add(const QString &code, const QString &evidence)
{
    const auto parsed = AcmgEvidence::parse(code, evidence);
    if (!parsed)
        return parsed.error();
    return add(parsed.value());
}

bool AcmgClassification::contains(AcmgCriterion criterion) const
{
    for (const AcmgEvidence &entry : m_criteria) {
        if (entry.criterion == criterion)
            return true;
    }
    return false;
}

QString AcmgClassification::codes() const
{
    QStringList list;
    for (const AcmgEvidence &entry : m_criteria)
        list << entry.code();
    return list.join(QLatin1Char(','));
}

QJsonArray AcmgClassification::toJson() const
{
    QJsonArray array;
    for (const AcmgEvidence &entry : m_criteria) {
        array.append(QJsonObject{{QStringLiteral("code"), entry.code()},
                                 {QStringLiteral("evidence"), entry.evidence}});
    }
    return array;
}

AcmgClassification::RulesResult AcmgClassification::evaluateRules() const
{
    int veryStrong = 0, strong = 0, moderate = 0, supporting = 0;
    int standAlone = 0, benignStrong = 0, benignSupporting = 0;
    for (const AcmgEvidence &entry : m_criteria) {
        if (acmgDirection(entry.criterion) == AcmgDirection::Pathogenic) {
            switch (entry.strength) {
            case AcmgStrength::StandAlone: // not reachable for pathogenic criteria
            case AcmgStrength::VeryStrong:
                ++veryStrong;
                break;
            case AcmgStrength::Strong:
                ++strong;
                break;
            case AcmgStrength::Moderate:
                ++moderate;
                break;
            case AcmgStrength::Supporting:
                ++supporting;
                break;
            }
        } else {
            switch (entry.strength) {
            case AcmgStrength::StandAlone:
                ++standAlone;
                break;
            case AcmgStrength::VeryStrong: // refused by parse(); counted as strong if set by hand
            case AcmgStrength::Strong:
                ++benignStrong;
                break;
            case AcmgStrength::Moderate: // Table 5 has no benign moderate: count as supporting
            case AcmgStrength::Supporting:
                ++benignSupporting;
                break;
            }
        }
    }

    // Pathogenic side, Richards 2015 Table 5, in the order of the table.
    RulesResult pathogenic;
    pathogenic.significance = Significance::Unknown;
    auto setPathogenic = [&pathogenic](Significance significance, const char *reason) {
        if (pathogenic.significance == Significance::Unknown) {
            pathogenic.significance = significance;
            pathogenic.reason = QString::fromLatin1(reason);
        }
    };
    if (veryStrong >= 1) {
        if (strong >= 1 || veryStrong >= 2)
            setPathogenic(Significance::Pathogenic, "pathogenic-i-a");
        else if (moderate >= 2)
            setPathogenic(Significance::Pathogenic, "pathogenic-i-b");
        else if (moderate >= 1 && supporting >= 1)
            setPathogenic(Significance::Pathogenic, "pathogenic-i-c");
        else if (supporting >= 2)
            setPathogenic(Significance::Pathogenic, "pathogenic-i-d");
    }
    if (strong >= 2)
        setPathogenic(Significance::Pathogenic, "pathogenic-ii");
    if (strong >= 1) {
        if (moderate >= 3)
            setPathogenic(Significance::Pathogenic, "pathogenic-iii-a");
        else if (moderate >= 2 && supporting >= 2)
            setPathogenic(Significance::Pathogenic, "pathogenic-iii-b");
        else if (moderate >= 1 && supporting >= 4)
            setPathogenic(Significance::Pathogenic, "pathogenic-iii-c");
    }
    if (veryStrong >= 1 && moderate >= 1)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-i");
    if (strong >= 1 && moderate >= 1)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-ii");
    if (strong >= 1 && supporting >= 2)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-iii");
    if (moderate >= 3)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-iv");
    if (moderate >= 2 && supporting >= 2)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-v");
    if (moderate >= 1 && supporting >= 4)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-vi");
    if (veryStrong >= 1 && supporting >= 1)
        setPathogenic(Significance::LikelyPathogenic, "likely-pathogenic-svi-pvs1-supporting");

    RulesResult benign;
    benign.significance = Significance::Unknown;
    if (standAlone >= 1) {
        benign = {Significance::Benign, QStringLiteral("benign-i")};
    } else if (benignStrong >= 2) {
        benign = {Significance::Benign, QStringLiteral("benign-ii")};
    } else if (benignStrong >= 1 && benignSupporting >= 1) {
        benign = {Significance::LikelyBenign, QStringLiteral("likely-benign-i")};
    } else if (benignSupporting >= 2) {
        benign = {Significance::LikelyBenign, QStringLiteral("likely-benign-ii")};
    }

    const bool pathogenicMet = pathogenic.significance != Significance::Unknown;
    const bool benignMet = benign.significance != Significance::Unknown;
    if (pathogenicMet && benignMet)
        return {Significance::Uncertain, QStringLiteral("conflicting")};
    if (pathogenicMet)
        return pathogenic;
    if (benignMet)
        return benign;
    return {Significance::Uncertain, QStringLiteral("insufficient")};
}

Significance AcmgClassification::byRules() const
{
    return evaluateRules().significance;
}

QString AcmgClassification::rulesReason() const
{
    return evaluateRules().reason;
}

int AcmgClassification::points() const
{
    int total = 0;
    for (const AcmgEvidence &entry : m_criteria)
        total += entry.points();
    return total;
}

Significance AcmgClassification::classForPoints(int points)
{
    if (points >= 10)
        return Significance::Pathogenic;
    if (points >= 6)
        return Significance::LikelyPathogenic;
    if (points >= 0)
        return Significance::Uncertain;
    if (points >= -6)
        return Significance::LikelyBenign;
    return Significance::Benign;
}

Significance AcmgClassification::byPoints() const
{
    if (hasStandAloneBenign())
        return Significance::Benign;
    return classForPoints(points());
}

namespace {

/*! "9 points", "−3 points": tr() fills %n only for counts >= 0, so the sign is added here. */
QString pointsText(int points)
{
    const QString text = Tr::tr("%n point(s)", nullptr, std::abs(points));
    return points < 0 ? QStringLiteral("−") + text : text;
}

} // namespace

QString AcmgClassification::summary() const
{
    const RulesResult rules = evaluateRules();
    return Tr::tr("%1 by the Richards 2015 rules (%2); %3 by points (%4)")
            .arg(significanceLabel(rules.significance),
                 rules.reason,
                 significanceLabel(byPoints()),
                 hasStandAloneBenign() ? Tr::tr("BA1 stand-alone") : pointsText(points()));
}

} // namespace Core
