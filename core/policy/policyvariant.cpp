// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyvariant.h"

#include "../common/tr.h"

namespace Core {

QString significanceKey(Significance significance)
{
    switch (significance) {
    case Significance::Unknown:
        return QStringLiteral("unknown");
    case Significance::Pathogenic:
        return QStringLiteral("pathogenic");
    case Significance::LikelyPathogenic:
        return QStringLiteral("likely-pathogenic");
    case Significance::Uncertain:
        return QStringLiteral("uncertain");
    case Significance::LikelyBenign:
        return QStringLiteral("likely-benign");
    case Significance::Benign:
        return QStringLiteral("benign");
    case Significance::Conflicting:
        return QStringLiteral("conflicting");
    case Significance::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

Significance significanceFromKey(const QString &key, bool *ok)
{
    const QString lower = key.trimmed().toLower();
    Significance result = Significance::Unknown;
    bool found = true;
    if (lower == QLatin1String("pathogenic") || lower == QLatin1String("p"))
        result = Significance::Pathogenic;
    else if (lower == QLatin1String("likely-pathogenic") || lower == QLatin1String("lp"))
        result = Significance::LikelyPathogenic;
    else if (lower == QLatin1String("uncertain") || lower == QLatin1String("vus"))
        result = Significance::Uncertain;
    else if (lower == QLatin1String("likely-benign") || lower == QLatin1String("lb"))
        result = Significance::LikelyBenign;
    else if (lower == QLatin1String("benign") || lower == QLatin1String("b"))
        result = Significance::Benign;
    else if (lower == QLatin1String("conflicting"))
        result = Significance::Conflicting;
    else if (lower == QLatin1String("other"))
        result = Significance::Other;
    else if (lower == QLatin1String("unknown") || lower.isEmpty())
        result = Significance::Unknown;
    else
        found = false;
    if (ok)
        *ok = found;
    return result;
}

QString significanceLabel(Significance significance)
{
    switch (significance) {
    case Significance::Unknown:
        return Tr::tr("unclassified");
    case Significance::Pathogenic:
        return Tr::tr("pathogenic");
    case Significance::LikelyPathogenic:
        return Tr::tr("likely pathogenic");
    case Significance::Uncertain:
        return Tr::tr("uncertain significance");
    case Significance::LikelyBenign:
        return Tr::tr("likely benign");
    case Significance::Benign:
        return Tr::tr("benign");
    case Significance::Conflicting:
        return Tr::tr("conflicting classifications");
    case Significance::Other:
        return Tr::tr("other (not a pathogenicity classification)");
    }
    return {};
}

QString normalizedContig(const QString &contig)
{
    QString name = contig;
    if (name.startsWith(QLatin1String("chr"), Qt::CaseInsensitive))
        name = name.mid(3);
    if (name == QLatin1String("M") || name == QLatin1String("m"))
        return QStringLiteral("MT");
    if (name == QLatin1String("x"))
        return QStringLiteral("X");
    if (name == QLatin1String("y"))
        return QStringLiteral("Y");
    return name;
}

QString PolicyVariant::key() const
{
    return QStringLiteral("%1-%2-%3-%4")
            .arg(normalizedContig(contig))
            .arg(position)
            .arg(reference, alternate);
}

} // namespace Core
