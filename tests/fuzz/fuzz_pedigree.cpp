// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: PED parsing (Core::Pedigree::parse) and the trio search over its result.
#include "fuzzsupport.h"

#include <core/family/pedigree.h>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto pedigree = Core::Pedigree::parse(text, QStringLiteral("fuzz.ped"));
    if (!pedigree)
        return 0;
    quint64 sum = 0; // unsigned: wraps instead of overflowing
    for (const Core::PedigreeMember &member : pedigree->members())
        sum += int(pedigree->sexOf(member.id)) + member.father.size();
    for (const Core::Pedigree::Trio &trio : pedigree->trios())
        sum += trio.child.size() + trio.father.size() + trio.mother.size();
    FuzzSupport::keep(sum);
    return 0;
}
