// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadsummary.h"

#include <QJsonArray>

namespace Core {

qint64 LoadSummary::skippedTotal() const
{
    qint64 total = 0;
    for (qint64 count : skipped)
        total += count;
    return total;
}

QJsonObject LoadSummary::toJson() const
{
    QJsonObject contigs;
    for (auto it = variantsPerContig.cbegin(); it != variantsPerContig.cend(); ++it)
        contigs.insert(it.key(), it.value());
    QJsonObject skippedObject;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        skippedObject.insert(it.key(), it.value());

    return QJsonObject{
            {QStringLiteral("file"), file},
            {QStringLiteral("format"), format},
            {QStringLiteral("compression"), compression},
            {QStringLiteral("formatVersion"), formatVersion},
            {QStringLiteral("genomeBuild"), genomeBuildName(build)},
            {QStringLiteral("samples"), QJsonArray::fromStringList(samples)},
            {QStringLiteral("recordsRead"), recordsRead},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("snvs"), snvs},
            {QStringLiteral("mnvs"), mnvs},
            {QStringLiteral("indels"), indels},
            {QStringLiteral("structural"), structural},
            {QStringLiteral("multiallelicRecords"), multiallelicRecords},
            {QStringLiteral("filteredVariants"), filteredVariants},
            {QStringLiteral("contigs"), contigs},
            {QStringLiteral("skipped"), skippedObject},
            {QStringLiteral("skippedTotal"), skippedTotal()},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

} // namespace Core
