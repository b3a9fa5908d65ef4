// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencysource.h"

namespace Core {

QString frequencyFieldTypeName(FrequencyFieldType type)
{
    switch (type) {
    case FrequencyFieldType::Integer:
        return QStringLiteral("Integer");
    case FrequencyFieldType::Float:
        return QStringLiteral("Float");
    case FrequencyFieldType::String:
        return QStringLiteral("String");
    }
    return QStringLiteral("Integer");
}

QString FrequencyField::name() const
{
    if (population.isEmpty() || population == QLatin1String("all"))
        return metric;
    return metric + QLatin1Char('_') + population;
}

int FrequencySource::fieldIndex(const QString &metric, const QString &population) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).metric == metric && fields.at(i).population == population)
            return i;
    }
    return -1;
}

QByteArray normalizedContigName(const QByteArray &name)
{
    QByteArray bare = name;
    if (bare.size() > 3
        && (bare.startsWith("chr") || bare.startsWith("Chr") || bare.startsWith("CHR")))
        bare = bare.mid(3);
    if (bare == "M" || bare == "m" || bare == "Mt" || bare == "mt")
        return QByteArrayLiteral("MT");
    return bare;
}

} // namespace Core
