// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets that work over a frequency cache: a small real cache imported
// once, at initialisation, from a sites VCF given as text.
#pragma once

#include "fuzzsupport.h"

#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace FuzzSupport {

/*!
 * A cache in the temporary directory with \a sitesVcf imported as source \a sourceName
 * (version \a version); aborts with the error when that fails (the target cannot run).
 */
inline std::unique_ptr<Core::FrequencyStore>
importedCache(const char *sitesVcf, const QString &sourceName, const QString &version)
{
    const QTemporaryDir &directory = temporaryDirectory();
    const QString sites = directory.filePath(QStringLiteral("sites.vcf"));
    if (!writeFile(sites, sitesVcf))
        std::abort();
    auto store = Core::FrequencyStore::open(directory.filePath(QStringLiteral("cache.gdfreq")),
                                            Core::FrequencyStore::OpenMode::ReadWrite);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        std::abort();
    }
    Core::SitesVcfImporter::Options options;
    options.sourceName = sourceName;
    options.version = version;
    options.decompressionThreads = 0;
    const auto imported
            = Core::SitesVcfImporter::import(*store.value(), sites, options, Core::JobContext());
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
        std::abort();
    }
    return std::move(store).value();
}

} // namespace FuzzSupport
