// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk sync: refresh a frequency cache from Beacon v2 nodes. The work is done by
// core/beacon (BeaconSync); this file only parses and prints.
#include "commands.h"

#include <core/beacon/beaconsync.h>
#include <core/frequency/frequencystore.h>
#include <core/vcf/vcfreader.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSaveFile>
#include <QTextStream>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Fetches allele frequencies for a case or regions from Beacon v2 nodes into a "
                   "frequency cache. Exit status 0: every node answered; 1: some nodes failed "
                   "(the others were written); 2: bad usage or input."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   Tr::tr("Frequency cache (.gdfreq), created when missing."),
                                   QStringLiteral("file"));
    const QCommandLineOption nodes(
            QStringLiteral("nodes"), Tr::tr("Node list (nodes.json)."), QStringLiteral("file"));
    const QCommandLineOption vcf(
            QStringLiteral("vcf"),
            Tr::tr("Case VCF/BCF whose variants are looked up (padded to regions)."),
            QStringLiteral("file"));
    const QCommandLineOption region(
            QStringLiteral("region"),
            Tr::tr("Region chr:start-end (1-based, inclusive); repeatable."),
            QStringLiteral("region"));
    const QCommandLineOption gene(QStringLiteral("gene"),
                                  Tr::tr("Gene symbol (not supported yet)."),
                                  QStringLiteral("symbol"));
    const QCommandLineOption log(
            QStringLiteral("request-log"),
            Tr::tr("Write every request sent (URL and body, no tokens) as JSON lines."),
            QStringLiteral("file"));
    parser.addOptions({cache, nodes, vcf, region, gene, log});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(cache) || !parser.isSet(nodes))
        return usageError(Tr::tr("sync needs --cache and --nodes."));
    if (parser.isSet(gene))
        return usageError(Tr::tr("--gene is not supported yet; give --region or --vcf."));
    if (parser.isSet(vcf) == parser.isSet(region))
        return usageError(Tr::tr("sync needs either --vcf or --region."));

    auto nodeList = Core::loadBeaconNodes(parser.value(nodes));
    if (!nodeList)
        return usageError(nodeList.error().toString());
    QList<Core::BeaconRegion> regions;
    const QStringList regionTexts = parser.values(region);
    for (const QString &text : regionTexts) {
        auto parsed = Core::parseBeaconRegion(text);
        if (!parsed)
            return usageError(parsed.error().toString());
        regions.append(parsed.value());
    }
    QList<Core::BeaconQueryVariant> variants;
    if (parser.isSet(vcf)) {
        auto loaded = Core::VcfReader::read(parser.value(vcf));
        if (!loaded)
            return usageError(loaded.error().toString());
        variants = Core::beaconQueryVariants(*loaded->store);
    }
    auto store = Core::FrequencyStore::open(parser.value(cache),
                                            Core::FrequencyStore::OpenMode::ReadWrite);
    if (!store)
        return usageError(store.error().toString());

    Core::BeaconSync sync(*store.value(), nodeList.value());
    QEventLoop loop;
    QObject::connect(&sync, &Core::BeaconSync::finished, &loop, &QEventLoop::quit);
    QTextStream out(stdout);
    QObject::connect(
            &sync,
            &Core::BeaconSync::nodeFinished,
            &loop,
            [&out](const Core::BeaconNodeReport &report) {
                if (report.ok)
                    out << Tr::tr("node %1: ok, %2 variants, %3 sites cached, %4 requests, %5 ms")
                                    .arg(report.node)
                                    .arg(report.variants)
                                    .arg(report.sitesWritten)
                                    .arg(report.requests)
                                    .arg(report.milliseconds)
                        << Qt::endl;
                else
                    out << Tr::tr("node %1: FAILED after %2 ms: %3")
                                    .arg(report.node)
                                    .arg(report.milliseconds)
                                    .arg(report.message)
                        << Qt::endl;
            });
    sync.start(variants, regions);
    loop.exec();

    if (parser.isSet(log)) {
        QSaveFile file(parser.value(log));
        if (!file.open(QIODevice::WriteOnly) || file.write(sync.requestLogJson()) < 0
            || !file.commit())
            return usageError(Tr::tr("%1: cannot write the request log").arg(parser.value(log)));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Core::FrequencySource &source : store.value()->sources()) {
        if (!source.name.startsWith(QLatin1String("beacon:")))
            continue;
        out << Tr::tr("source %1: %2 sites, retrieved %3 (%4 minutes ago)")
                        .arg(source.name)
                        .arg(source.siteCount)
                        .arg(source.retrieved.toString(Qt::ISODate))
                        .arg(source.retrieved.secsTo(now) / 60)
            << Qt::endl;
    }
    bool allOk = true;
    for (const Core::BeaconNodeReport &report : sync.reports())
        allOk = allOk && report.ok;
    return allOk ? 0 : 1;
}

} // namespace App
