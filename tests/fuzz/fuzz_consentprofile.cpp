// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: consent files (Core::ConsentProfile::loadData), alone and against a policy
// (whose categories the consent must use).
#include "fuzzsupport.h"

#include <core/policy/consentprofile.h>
#include <core/policy/policy.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

std::optional<Core::Policy> g_policy;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    const auto policy = Core::PolicyLoader().loadFile(
            QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/test-opt-in.json"));
    if (!policy) {
        std::fprintf(stderr, "%s\n", qPrintable(policy.error().toString()));
        std::abort();
    }
    g_policy = policy.value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto alone = Core::ConsentProfile::loadData(text, QStringLiteral("fuzz-consent.json"));
    const auto checked
            = Core::ConsentProfile::loadData(text, QStringLiteral("fuzz-consent.json"), &*g_policy);
    // A consent valid against a policy is valid without one.
    if (checked && !alone)
        __builtin_trap();
    return 0;
}
