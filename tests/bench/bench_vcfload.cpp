// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a VCF/BCF with GenomeDesk's reader and prints: seconds, CPU seconds of the load (all
// threads), variants, peak RSS, bytes per variant, store bytes per variant (one line of
// key=value pairs).
#include <core/variant/filtercascade.h>
#include <core/variant/variantquery.h>
#include <core/vcf/vcfreader.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

namespace {

qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

/*! User and system CPU seconds of the process so far, all threads. */
double cpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(
                stderr, "usage: %s FILE [threads [records-per-batch]] [--load-only]\n", argv[0]);
        return 2;
    }
    Core::VcfReader::initializeLibrary();
    Core::VcfReader::Options options;
    const QStringList arguments = app.arguments();
    // --load-only: exit after the load (the filter and sort steps below are not timed).
    const bool loadOnly = arguments.contains(QStringLiteral("--load-only"));
    QStringList positional = arguments.mid(1);
    positional.removeAll(QStringLiteral("--load-only"));
    if (positional.size() > 1)
        options.decompressionThreads = positional.at(1).toInt();
    // 0: parse and extract on one thread (the reader before the two-stage pipeline).
    if (positional.size() > 2)
        options.recordsPerBatch = positional.at(2).toInt();
    const qint64 baseline = peakResidentBytes();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const Core::JobContext job;
    const auto loaded = Core::VcfReader::read(positional.at(0), job, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double loadCpuSeconds = cpuSeconds() - cpuBefore;
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 2;
    }
    const qint64 variants = loaded->store->size();
    const qint64 peak = peakResidentBytes();
    std::printf("seconds=%.3f load_cpu_seconds=%.3f variants=%lld peak_rss_bytes=%lld "
                "rss_bytes_per_variant=%.1f store_bytes_per_variant=%.1f\n",
                seconds,
                loadCpuSeconds,
                static_cast<long long>(variants),
                static_cast<long long>(peak),
                double(peak - baseline) / double(qMax<qint64>(1, variants)),
                double(loaded->store->memoryUsage()) / double(qMax<qint64>(1, variants)));
    if (loadOnly)
        return 0;

    // The review window's interactive steps, timed in core (target: each <= 100 ms).
    const auto timed = [](const char *name, const auto &step) {
        QElapsedTimer timer;
        timer.start();
        const size_t rows = step();
        const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
        std::printf("%s_ms=%.1f rows=%zu %s\n",
                    name,
                    milliseconds,
                    rows,
                    milliseconds <= 100.0 ? "PASS" : "FAIL(target<=100ms)");
        return rows;
    };
    std::vector<quint32> kept;
    timed("preset_quality_filter", [&] {
        kept = Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0)
                       .run(*loaded->store, loaded->inheritance.get())
                       .rows;
        return kept.size();
    });
    timed("preset_coding_filter", [&] {
        return Core::FilterCascade::preset(Core::FilterCascade::Preset::RareCoding, 0)
                .run(*loaded->store, loaded->inheritance.get())
                .rows.size();
    });
    std::vector<quint32> sorted;
    timed("sort_by_quality", [&] {
        sorted = Core::VariantQuery::sorted(
                *loaded->store, kept, Core::VariantQuery::SortKey::Quality, false);
        return sorted.size();
    });
    timed("sort_all_by_position_descending", [&] {
        return Core::VariantQuery::sorted(*loaded->store,
                                          Core::VariantQuery::allRows(*loaded->store),
                                          Core::VariantQuery::SortKey::Position,
                                          false)
                .size();
    });
    timed("sort_all_by_depth", [&] {
        return Core::VariantQuery::sorted(*loaded->store,
                                          Core::VariantQuery::allRows(*loaded->store),
                                          Core::VariantQuery::SortKey::Depth,
                                          true)
                .size();
    });
    return sorted.size() == kept.size() ? 0 : 1;
}
