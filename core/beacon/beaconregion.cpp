// SPDX-License-Identifier: GPL-3.0-or-later
#include "beaconregion.h"

#include "../common/tr.h"
#include "../frequency/frequencysource.h"
#include "../variant/variantstore.h"

#include <QRegularExpression>

#include <algorithm>

namespace Core {

QList<BeaconRegion> mergedBeaconRegions(QList<BeaconRegion> regions)
{
    std::sort(regions.begin(), regions.end(), [](const BeaconRegion &a, const BeaconRegion &b) {
        return a.contig != b.contig ? a.contig < b.contig : a.first < b.first;
    });
    QList<BeaconRegion> merged;
    for (const BeaconRegion &region : std::as_const(regions)) {
        if (!merged.isEmpty() && merged.last().contig == region.contig
            && region.first <= merged.last().last + 1)
            merged.last().last = std::max(merged.last().last, region.last);
        else
            merged.append(region);
    }
    return merged;
}

QList<BeaconRegion>
padBeaconRegions(const QList<BeaconQueryVariant> &variants, qint64 window, qint64 grid)
{
    grid = std::max<qint64>(grid, 1);
    QList<BeaconRegion> regions;
    regions.reserve(variants.size());
    for (const BeaconQueryVariant &variant : variants) {
        BeaconRegion region;
        region.contig = normalizedContigName(variant.contig);
        const qint64 first = std::max<qint64>(1, variant.position - window);
        const qint64 last = variant.position + window;
        // Outward to the grid: first becomes k*grid + 1, last becomes m*grid.
        region.first = ((first - 1) / grid) * grid + 1;
        region.last = ((last + grid - 1) / grid) * grid;
        regions.append(region);
    }
    return mergedBeaconRegions(std::move(regions));
}

QList<BeaconQueryVariant> beaconQueryVariants(const VariantStore &store)
{
    QList<BeaconQueryVariant> variants;
    variants.reserve(store.size());
    for (qsizetype row = 0; row < store.size(); ++row) {
        variants.append({normalizedContigName(store.contig(row).toUtf8()),
                         store.position(row),
                         store.reference(row),
                         store.alternate(row)});
    }
    return variants;
}

Result<BeaconRegion> parseBeaconRegion(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^([A-Za-z0-9_.]+):([0-9,]+)-([0-9,]+)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    bool firstOk = false;
    bool lastOk = false;
    BeaconRegion region;
    if (match.hasMatch()) {
        region.contig = normalizedContigName(match.captured(1).toUtf8());
        region.first = match.captured(2).remove(QLatin1Char(',')).toLongLong(&firstOk);
        region.last = match.captured(3).remove(QLatin1Char(',')).toLongLong(&lastOk);
    }
    if (!firstOk || !lastOk || region.first < 1 || region.last < region.first)
        return Error(
                Error::Code::InvalidArgument,
                Tr::tr("Not a region: \"%1\" (expected contig:start-end, 1-based).").arg(text));
    return region;
}

} // namespace Core
