// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "beaconregion.h"
#include "beaconresponse.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core {

class FrequencyStore;

/*! What a node answered for some regions, ready to be cached. */
struct BeaconNodeData
{
    QString sourceName; //!< "beacon:<node>"
    QString origin;     //!< the node's g_variants URL
    QString assembly;   //!< "GRCh38"
    QDateTime retrieved;
    QStringList datasetIds;
    QList<BeaconRegion> regions; //!< what was asked (1-based)
    QList<BeaconVariant> variants;
};

/*!
 * Writes \a data into \a store as the source data.sourceName in one transaction, merged with
 * what the source already holds: its sites outside the queried regions are kept, those inside
 * are replaced by the node's answer. Alleles are trimmed like SitesVcfImporter does, so the
 * annotator matches them. Every population label becomes fields AC, AN, nhomalt (integers,
 * exact) and AF (float); labels are made file-format safe ([A-Za-z0-9_]) and prefixed with the
 * upstream source when a node reports several. The version records the node's dataset ids.
 * Returns the number of sites written.
 */
Result<qint64> writeBeaconSource(FrequencyStore &store, const BeaconNodeData &data);

} // namespace Core
