// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: Beacon v2 g_variants response parsing (Core::parseBeaconVariantsResponse), the
// code that reads what a remote node sends. The input is the response body; its size selects
// the node's coordinate convention and the queried contig's naming, so that seeds stay plain
// JSON files.
#include "fuzzsupport.h"

#include <core/beacon/beaconresponse.h>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bool zeroBased = size & 1;
    const QByteArray contig = (size & 2) ? QByteArrayLiteral("chr17") : QByteArrayLiteral("17");
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto page = Core::parseBeaconVariantsResponse(body, contig, zeroBased);
    if (!page)
        return 0;
    quint64 sum = quint64(page->totalResults) + quint64(page->skippedRecords); // wraps
    for (const Core::BeaconVariant &variant : page->variants) {
        sum += quint64(variant.position) + variant.reference.size() + variant.alternate.size();
        for (const Core::BeaconPopulationFrequency &frequency : variant.frequencies)
            sum += quint64(frequency.alleleCount) + frequency.population.size();
    }
    FuzzSupport::keep(sum);
    return 0;
}
