// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a VCF/BCF with GenomeDesk's reader and prints: seconds, variants, peak RSS,
// bytes per variant, store bytes per variant (one line of key=value pairs).
#include <core/variant/filtercascade.h>
#include <core/variant/variantquery.h>
#include <core/vcf/vcfreader.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [threads]\n", argv[0]);
        return 2;
    }
    Core::VcfReader::initializeLibrary();
    Core::VcfReader::Options options;
    if (argc > 2)
        options.decompressionThreads = QByteArray(argv[2]).toInt();
    const qint64 baseline = peakResidentBytes();
    QElapsedTimer timer;
    timer.start();
    const Core::JobContext job;
    const auto loaded = Core::VcfReader::read(QString::fromLocal8Bit(argv[1]), job, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 2;
    }
    const qint64 variants = loaded->store->size();
    const qint64 peak = peakResidentBytes();
    std::printf("seconds=%.3f variants=%lld peak_rss_bytes=%lld rss_bytes_per_variant=%.1f "
                "store_bytes_per_variant=%.1f\n",
                seconds,
                static_cast<long long>(variants),
                static_cast<long long>(peak),
                double(peak - baseline) / double(qMax<qint64>(1, variants)),
                double(loaded->store->memoryUsage()) / double(qMax<qint64>(1, variants)));

    // The review window's interactive steps, timed in core (target: each <= 100 ms).
    QElapsedTimer step;
    step.start();
    const auto cascade = Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0)
                                 .run(*loaded->store, loaded->inheritance.get());
    const double filterMilliseconds = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    const auto sorted = Core::VariantQuery::sorted(
            *loaded->store, cascade.rows, Core::VariantQuery::SortKey::Quality, false);
    const double sortMilliseconds = double(step.nsecsElapsed()) / 1e6;
    std::printf("preset_filter_ms=%.1f rows_after_filter=%zu sort_by_quality_ms=%.1f\n",
                filterMilliseconds,
                cascade.rows.size(),
                sortMilliseconds);
    return sorted.size() == cascade.rows.size() ? 0 : 1;
}
