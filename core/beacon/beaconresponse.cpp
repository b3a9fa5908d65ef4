// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconresponse.h"

#include "../common/tr.h"
#include "../frequency/frequencysource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Core {

namespace {

// -1 when absent or null; false when present but not a non-negative integer.
bool readCount(const QJsonObject &object, const char *name, const char *alias, qint64 *out)
{
    QJsonValue value = object.value(QLatin1String(name));
    if ((value.isUndefined() || value.isNull()) && alias)
        value = object.value(QLatin1String(alias));
    if (value.isUndefined() || value.isNull()) {
        *out = -1;
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9e15 || number != std::floor(number))
        return false;
    *out = qint64(number);
    return true;
}

qint64 readPosition(const QJsonObject &variation, bool *ok)
{
    const QJsonValue start = variation.value(QStringLiteral("location"))
                                     .toObject()
                                     .value(QStringLiteral("interval"))
                                     .toObject()
                                     .value(QStringLiteral("start"));
    QJsonValue value = start.isObject() ? start.toObject().value(QStringLiteral("value")) : start;
    const double number = value.toDouble(-1);
    *ok = value.isDouble() && number >= 0 && number == std::floor(number) && number < 1e12;
    // Converting a double outside qint64's range is undefined: only convert what was checked.
    return *ok ? qint64(number) : 0;
}

// A total sent by the node, or -1 when it is not a non-negative integral number that fits.
qint64 readTotal(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !(number >= 0) || number > 9e15 || number != std::floor(number))
        return -1;
    return qint64(number);
}

} // namespace

Result<BeaconResponsePage>
parseBeaconVariantsResponse(const QByteArray &body, const QByteArray &contig, bool zeroBased)
{
    auto malformed = [](const QString &message) {
        return Error(Error::Code::MalformedRecord, message);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(
                Tr::tr("The response is not a JSON object (%1).").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.contains(QStringLiteral("error")))
        return malformed(Tr::tr("The node answered with an error: %1")
                                 .arg(root.value(QStringLiteral("error"))
                                              .toObject()
                                              .value(QStringLiteral("errorMessage"))
                                              .toString()));
    QJsonValue resultSets
            = root.value(QStringLiteral("response")).toObject().value(QStringLiteral("resultSets"));
    if (resultSets.isUndefined())
        resultSets = root.value(QStringLiteral("resultSets"));
    BeaconResponsePage page;
    const QJsonObject summary = root.value(QStringLiteral("responseSummary")).toObject();
    if (resultSets.isUndefined()) {
        // A node without hits may leave out the result sets; anything else is malformed.
        if (summary.value(QStringLiteral("exists")).toBool(true))
            return malformed(Tr::tr("The response has no result sets."));
        page.totalResults = 0;
        return page;
    }
    if (!resultSets.isArray())
        return malformed(Tr::tr("\"resultSets\" is not an array."));
    if (summary.value(QStringLiteral("numTotalResults")).isDouble())
        page.totalResults = readTotal(summary.value(QStringLiteral("numTotalResults")));

    qint64 resultsCount = 0;
    const QJsonArray sets = resultSets.toArray();
    for (const QJsonValue &setValue : sets) {
        if (!setValue.isObject())
            return malformed(Tr::tr("A result set is not an object."));
        const QJsonObject set = setValue.toObject();
        const QString id = set.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !page.datasetIds.contains(id))
            page.datasetIds.append(id);
        // Both terms are at most 9e15, so the sum cannot overflow before it is capped.
        const qint64 setCount = readTotal(set.value(QStringLiteral("resultsCount")));
        if (setCount > 0)
            resultsCount = std::min<qint64>(resultsCount + setCount, qint64(9e15));
        const QJsonValue resultsValue = set.value(QStringLiteral("results"));
        if (resultsValue.isUndefined())
            continue;
        if (!resultsValue.isArray())
            return malformed(Tr::tr("\"results\" is not an array."));
        const QJsonArray results = resultsValue.toArray();
        for (const QJsonValue &resultValue : results) {
            const QJsonObject result = resultValue.toObject();
            const QJsonObject variation = result.value(QStringLiteral("variation")).toObject();
            bool ok = false;
            const qint64 start = readPosition(variation, &ok);
            const QJsonValue reference = variation.value(QStringLiteral("referenceBases"));
            const QJsonValue alternate = variation.value(QStringLiteral("alternateBases"));
            if (!ok || !reference.isString() || !alternate.isString()) {
                ++page.skippedRecords;
                continue;
            }
            BeaconVariant variant;
            variant.contig = normalizedContigName(contig);
            variant.position = zeroBased ? start + 1 : start;
            variant.reference = reference.toString().toUpper().toLatin1();
            variant.alternate = alternate.toString().toUpper().toLatin1();
            for (const QByteArray &bases : {variant.reference, variant.alternate}) {
                for (const char c : bases) {
                    if (!QByteArrayView("ACGTUNRYSWKMBDHV-.").contains(c))
                        return malformed(Tr::tr("Invalid bases in a record."));
                }
            }
            const QJsonArray entries
                    = result.value(QStringLiteral("frequencyInPopulations")).toArray();
            for (const QJsonValue &entryValue : entries) {
                const QJsonObject entry = entryValue.toObject();
                QJsonValue list = entry.value(QStringLiteral("frequencies"));
                if (!list.isArray())
                    list = entry.value(QStringLiteral("populations"));
                if (!list.isArray())
                    return malformed(Tr::tr(
                            "frequencyInPopulations has neither frequencies[] nor populations[]."));
                const QJsonArray frequencies = list.toArray();
                for (const QJsonValue &frequencyValue : frequencies) {
                    const QJsonObject item = frequencyValue.toObject();
                    BeaconPopulationFrequency frequency;
                    frequency.source = entry.value(QStringLiteral("source")).toString();
                    frequency.population = item.value(QStringLiteral("population")).toString();
                    if (frequency.population.isEmpty() || frequency.population.size() > 200)
                        return malformed(Tr::tr("A frequency has no population label."));
                    const QJsonValue af = item.value(QStringLiteral("alleleFrequency"));
                    frequency.alleleFrequency = af.toDouble(-1);
                    if (!af.isDouble() || !(frequency.alleleFrequency >= 0.0)
                        || frequency.alleleFrequency > 1.0)
                        return malformed(Tr::tr("An allele frequency is not a number in [0, 1]."));
                    if (!readCount(item, "alleleCount", nullptr, &frequency.alleleCount)
                        || !readCount(item, "alleleNumber", nullptr, &frequency.alleleNumber)
                        || !readCount(item,
                                      "alleleCountHomozygous",
                                      "genotypeHomozygous",
                                      &frequency.homozygotes)
                        || !readCount(item,
                                      "alleleCountHeterozygous",
                                      "genotypeHeterozygous",
                                      &frequency.heterozygotes)
                        || !readCount(item,
                                      "alleleCountHemizygous",
                                      "genotypeHemizygous",
                                      &frequency.hemizygotes))
                        return malformed(Tr::tr("A count is not a non-negative integer."));
                    if (frequency.alleleCount >= 0 && frequency.alleleNumber >= 0
                        && frequency.alleleCount > frequency.alleleNumber)
                        return malformed(
                                Tr::tr("An allele count is larger than its allele number."));
                    variant.frequencies.append(frequency);
                }
            }
            page.variants.append(variant);
        }
    }
    if (page.totalResults < 0)
        page.totalResults = resultsCount;
    return page;
}

} // namespace Core
