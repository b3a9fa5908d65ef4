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
    auto toObject = [](const QMap<QString, qint64> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    QJsonArray sampleArray;
    for (int i = 0; i < samples.size(); ++i) {
        sampleArray.append(QJsonObject{
                {QStringLiteral("name"), samples.at(i)},
                {QStringLiteral("sex"), sampleSexes.value(i, QStringLiteral("unknown"))},
                {QStringLiteral("affected"), sampleAffected.value(i, QStringLiteral("unknown"))},
        });
    }

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
            {QStringLiteral("sampleDetails"), sampleArray},
            {QStringLiteral("skipped"), toObject(skipped)},
            {QStringLiteral("altered"), toObject(altered)},
            {QStringLiteral("trio"),
             trioSamples.isEmpty() ? QJsonValue()
                                   : QJsonObject{{QStringLiteral("child"), trioSamples.value(0)},
                                                 {QStringLiteral("father"), trioSamples.value(1)},
                                                 {QStringLiteral("mother"), trioSamples.value(2)},
                                                 {QStringLiteral("rows"), toObject(trio)}}},
            {QStringLiteral("elapsedMilliseconds"), elapsedMilliseconds},
            {QStringLiteral("skippedTotal"), skippedTotal()},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

} // namespace Core
