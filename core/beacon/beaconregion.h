// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Core {

class VariantStore;

/*! A region of one contig: 1-based, inclusive; contig normalised ("17", "X", "MT"). */
struct BeaconRegion
{
    QByteArray contig;
    qint64 first = 0;
    qint64 last = 0;
    bool operator==(const BeaconRegion &other) const
    {
        return contig == other.contig && first == other.first && last == other.last;
    }
};

/*! A variant to look up (1-based position, alleles as in the case). */
struct BeaconQueryVariant
{
    QByteArray contig;
    qint64 position = 0;
    QByteArray reference;
    QByteArray alternate;
};

/*!
 * The privacy padding: every variant becomes [position - window, position + window], widened
 * outward to multiples of \a grid (so the variant is not the centre of its region), clamped
 * at 1, sorted and merged where regions overlap or touch. No allele or identifier survives.
 */
/*! \a regions sorted by contig and start, overlapping or touching ones merged. */
QList<BeaconRegion> mergedBeaconRegions(QList<BeaconRegion> regions);

QList<BeaconRegion>
padBeaconRegions(const QList<BeaconQueryVariant> &variants, qint64 window, qint64 grid = 1000);

/*! The variants of every row of \a store (contig normalised). */
QList<BeaconQueryVariant> beaconQueryVariants(const VariantStore &store);

/*! Parses "chr17:43044295-43125483" (1-based, inclusive; commas allowed). */
Result<BeaconRegion> parseBeaconRegion(const QString &text);

} // namespace Core
