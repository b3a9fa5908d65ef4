// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app path of the frequency benchmark: loads a VCF into a VariantStore (not timed), then
// annotates it with one or more frequency caches (timed; nothing is written) and prints
// key=value pairs: seconds (wall), cpu_seconds, rows, and per source the found / not-found /
// no-data counts.
//   bench_frequencyannotate VCF CACHE [CACHE...]
#include <core/frequency/frequencyannotator.h>
#include <core/frequency/frequencystore.h>
#include <core/variant/variantstore.h>
#include <core/vcf/vcfreader.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s VCF CACHE [CACHE...]\n", argv[0]);
        return 2;
    }
    Core::VcfReader::initializeLibrary();
    Core::VcfReader::Options options;
    options.decompressionThreads = 2;
    const Core::JobContext job;
    const auto loaded = Core::VcfReader::read(QString::fromLocal8Bit(argv[1]), job, options);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 2;
    }
    std::vector<std::unique_ptr<Core::FrequencyStore>> stores;
    QList<const Core::FrequencyStore *> pointers;
    for (int i = 2; i < argc; ++i) {
        auto store = Core::FrequencyStore::open(QString::fromLocal8Bit(argv[i]));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 2;
        }
        pointers.append(store.value().get());
        stores.push_back(std::move(store).value());
    }

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Core::FrequencyAnnotator annotator(pointers);
    const auto annotation = annotator.annotate(*loaded->store, loaded->summary.build);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!annotation) {
        std::fprintf(stderr, "%s\n", qPrintable(annotation.error().toString()));
        return 2;
    }
    std::printf("seconds=%.3f cpu_seconds=%.3f rows=%lld",
                seconds,
                cpuSeconds,
                static_cast<long long>(annotation->rowCount()));
    for (int source = 0; source < annotation->sourceCount(); ++source) {
        long long counts[3] = {0, 0, 0};
        for (qsizetype row = 0; row < annotation->rowCount(); ++row) {
            switch (annotation->status(row, source)) {
            case Core::FrequencyStatus::Found:
                ++counts[0];
                break;
            case Core::FrequencyStatus::NotFound:
                ++counts[1];
                break;
            case Core::FrequencyStatus::NoData:
                ++counts[2];
                break;
            }
        }
        const QByteArray name = annotation->source(source).name.toUtf8();
        std::printf(" %s_found=%lld %s_not_found=%lld %s_no_data=%lld",
                    name.constData(),
                    counts[0],
                    name.constData(),
                    counts[1],
                    name.constData(),
                    counts[2]);
    }
    std::printf("\n");
    return 0;
}
