// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: policy files (Core::PolicyLoader::loadData), with and without a set of known
// genes (the knowledge-base check).
#include "fuzzsupport.h"

#include <core/policy/policy.h>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    Core::PolicyLoader loader;
    const auto policy = loader.loadData(text, QStringLiteral("fuzz-policy.json"));
    if (policy)
        (void)policy->displayVersion();

    Core::PolicyLoader checking;
    checking.setKnownGenes({{QStringLiteral("BRCA1"), QStringLiteral("HGNC:1100")},
                            {QStringLiteral("BRCA2"), QStringLiteral("HGNC:1101")}});
    const auto checked = checking.loadData(text, QStringLiteral("fuzz-policy.json"));
    // The known-genes check can only refuse more, never accept what the plain load refused.
    if (checked && !policy)
        __builtin_trap();
    return 0;
}
