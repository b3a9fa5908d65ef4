// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadsummary.h"

#include "../common/tr.h"

#include <QJsonArray>

namespace Core {

qint64 LoadSummary::skippedTotal() const
{
    qint64 total = 0;
    for (qint64 count : skipped)
        total += count;
    return total;
}

QString LoadSummary::toText() const
{
    const LoadSummary &summary = *this;
    QString text = Tr::tr("%1: %2 %3, %n record(s)", nullptr, int(summary.recordsRead))
                           .arg(summary.file, summary.format, summary.formatVersion);
    text += QLatin1Char('\n')
            + Tr::tr("%n variant(s): %1 SNVs, %2 MNVs, %3 indels, %4 structural",
                     nullptr,
                     int(summary.variants))
                      .arg(summary.snvs)
                      .arg(summary.mnvs)
                      .arg(summary.indels)
                      .arg(summary.structural);
    text += QLatin1Char('\n')
            + Tr::tr("genome build: %1; %n sample(s)", nullptr, int(summary.samples.size()))
                      .arg(genomeBuildName(summary.build));
    for (int i = 0; i < summary.samples.size() && i < summary.sampleSexes.size(); ++i) {
        text += QLatin1Char('\n')
                + Tr::tr("sample %1: %2, %3")
                          .arg(summary.samples.at(i),
                               summary.sampleSexes.at(i),
                               summary.sampleAffected.value(i));
    }
    for (auto it = summary.skipped.cbegin(); it != summary.skipped.cend(); ++it)
        text += QLatin1Char('\n') + Tr::tr("skipped (%1): %2").arg(it.key()).arg(it.value());
    for (auto it = summary.altered.cbegin(); it != summary.altered.cend(); ++it)
        text += QLatin1Char('\n') + Tr::tr("altered (%1): %2").arg(it.key()).arg(it.value());
    for (auto it = summary.notes.cbegin(); it != summary.notes.cend(); ++it)
        text += QLatin1Char('\n') + Tr::tr("note (%1): %2").arg(it.key()).arg(it.value());
    if (!summary.trioSamples.isEmpty()) {
        text += QLatin1Char('\n')
                + Tr::tr("trio: child %1, father %2, mother %3")
                          .arg(summary.trioSamples.value(0),
                               summary.trioSamples.value(1),
                               summary.trioSamples.value(2));
        for (auto it = summary.trio.cbegin(); it != summary.trio.cend(); ++it)
            text += QLatin1Char('\n') + Tr::tr("  %1: %2").arg(it.key()).arg(it.value());
    }
    text += QLatin1Char('\n') + Tr::tr("time: %1 ms").arg(summary.elapsedMilliseconds);
    for (const QString &warning : summary.warnings)
        text += QLatin1Char('\n') + Tr::tr("warning: %1").arg(warning);
    return text;
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
            {QStringLiteral("notes"), toObject(notes)},
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
