// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk sync: refresh a frequency cache from Beacon v2 nodes. The work is done by
// core/beacon (BeaconSync); this file only parses and prints.
#include "commands.h"

#include <core/beacon/beaconfreshness.h>
#include <core/beacon/beaconsync.h>
#include <core/frequency/frequencystore.h>
#include <core/knowledge/knowledgestore.h>
#include <core/vcf/genomebuild.h>
#include <core/vcf/vcfreader.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <limits>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

// The build a gene is looked up in: the cache's, or (while the cache is empty) the nodes'
// assembly when they all agree. Empty when the nodes disagree.
QString syncBuild(const Core::FrequencyStore &store, const QList<Core::BeaconNode> &nodes)
{
    if (store.build() != Core::GenomeBuild::Unknown)
        return Core::genomeBuildName(store.build());
    QString build;
    for (const Core::BeaconNode &node : nodes) {
        if (!build.isEmpty() && node.assembly.compare(build, Qt::CaseInsensitive) != 0)
            return {};
        build = node.assembly;
    }
    return build.isEmpty() ? QStringLiteral("GRCh38") : build;
}

// The span of every gene model record of \a symbol in \a build, padded like a variant
// (the default node window, widened outward to the grid) so that the edges of the request
// are not the gene's. An Error names the gene, the knowledge base and the builds.
Core::Result<QList<Core::BeaconRegion>>
geneRegions(const QString &knowledgeBase, const QString &symbol, const QString &build)
{
    if (!QFileInfo::exists(knowledgeBase))
        return Core::Error(
                Core::Error::Code::FileNotFound, Tr::tr("knowledge base not found"), knowledgeBase);
    auto store = Core::KnowledgeStore::open(knowledgeBase);
    if (!store)
        return store.error();
    QStringList geneBuilds;
    for (const Core::KnowledgeSource &source : store.value()->sources())
        if (source.kind == QLatin1String("genes") && !geneBuilds.contains(source.build))
            geneBuilds.append(source.build);
    if (!geneBuilds.contains(build, Qt::CaseInsensitive))
        return Core::Error(
                Core::Error::Code::InvalidArgument,
                geneBuilds.isEmpty()
                        ? Tr::tr("the knowledge base has no gene model; the cache needs %1")
                                  .arg(build)
                        : Tr::tr("the knowledge base's gene model is for %1, the cache is %2")
                                  .arg(geneBuilds.join(QLatin1String(", ")), build),
                knowledgeBase);
    QStringList contigs;
    for (int number = 1; number <= 22; ++number)
        contigs.append(QString::number(number));
    contigs << QStringLiteral("X") << QStringLiteral("Y") << QStringLiteral("MT");
    QList<Core::BeaconRegion> spans;
    for (const QString &contig : std::as_const(contigs)) {
        const QList<Core::GeneRecord> genes
                = store.value()->genesAt(build, contig, 1, std::numeric_limits<qint32>::max());
        for (const Core::GeneRecord &gene : genes)
            if (gene.symbol.compare(symbol, Qt::CaseInsensitive) == 0)
                spans.append({contig.toLatin1(), gene.start, gene.end});
    }
    if (spans.isEmpty())
        return Core::Error(Core::Error::Code::InvalidArgument,
                           Tr::tr("gene %1 is not in the %2 gene model of the knowledge base")
                                   .arg(symbol, build),
                           knowledgeBase);
    QList<Core::BeaconRegion> regions;
    const qint64 window = Core::BeaconNode().windowBases;
    for (const Core::BeaconRegion &span : std::as_const(spans)) {
        const QList<Core::BeaconRegion> padded = Core::padBeaconRegions(
                {{span.contig, span.first, {}, {}}, {span.contig, span.last, {}, {}}}, window);
        regions.append({span.contig, padded.first().first, padded.last().last});
    }
    return regions;
}

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Fetches allele frequencies for a case or regions from Beacon v2 nodes into a "
                   "frequency cache. Exit status 0: every node answered; 1: some nodes failed "
                   "(the others were written); 2: bad usage or input."));
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
    const QCommandLineOption gene(
            QStringLiteral("gene"),
            Tr::tr("Gene symbol whose span (from the gene model of --kb, padded like a variant) "
                   "is synced as a region; repeatable."),
            QStringLiteral("symbol"));
    const QCommandLineOption knowledgeBase(
            QStringLiteral("kb"),
            Tr::tr("Knowledge base (.gdkb) whose gene model resolves --gene."),
            QStringLiteral("file"));
    const QCommandLineOption log(
            QStringLiteral("request-log"),
            Tr::tr("Write every request sent (URL and body, no tokens) as JSON lines."),
            QStringLiteral("file"));
    const QCommandLineOption maxAge(
            QStringLiteral("max-age"),
            Tr::tr("Fetch again only regions fetched more than this many days ago (0: all); "
                   "default: each node's maxAgeDays in the node list (30)."),
            QStringLiteral("days"));
    parser.addOptions({cache, nodes, vcf, region, gene, knowledgeBase, log, maxAge});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(cache) || !parser.isSet(nodes))
        return usageError(Tr::tr("sync needs --cache and --nodes."));
    if (parser.isSet(vcf) == (parser.isSet(region) || parser.isSet(gene)))
        return usageError(Tr::tr("sync needs either --vcf or --region/--gene."));
    if (parser.isSet(gene) && !parser.isSet(knowledgeBase))
        return usageError(Tr::tr("--gene needs --kb (the knowledge base with the gene model)."));

    int maximumAgeDays = Core::BeaconSync::kNodeMaximumAge;
    if (parser.isSet(maxAge)) {
        bool ok = false;
        maximumAgeDays = parser.value(maxAge).toInt(&ok);
        if (!ok || maximumAgeDays < 0 || maximumAgeDays > 3650)
            return usageError(Tr::tr("--max-age must be a number of days, 0 ... 3650."));
    }

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

    const QStringList symbols = parser.values(gene);
    if (!symbols.isEmpty()) {
        const QString build = syncBuild(*store.value(), nodeList.value());
        if (build.isEmpty())
            return usageError(Tr::tr("--gene: the nodes name different assemblies and the "
                                     "cache %1 has no build yet; give --region instead")
                                      .arg(parser.value(cache)));
        for (const QString &symbol : symbols) {
            auto resolved = geneRegions(parser.value(knowledgeBase), symbol, build);
            if (!resolved)
                return usageError(resolved.error().toString());
            regions += resolved.value();
        }
    }

    Core::BeaconSync sync(*store.value(), nodeList.value());
    sync.setMaximumAgeDays(maximumAgeDays);
    QEventLoop loop;
    QObject::connect(&sync, &Core::BeaconSync::finished, &loop, &QEventLoop::quit);
    QTextStream out(stdout);
    QObject::connect(
            &sync,
            &Core::BeaconSync::nodeFinished,
            &loop,
            [&out](const Core::BeaconNodeReport &report) {
                if (report.ok && report.upToDate)
                    out << Tr::tr("node %1: up to date, %2 region(s) fetched within %3 day(s), "
                                  "0 requests")
                                    .arg(report.node)
                                    .arg(report.regionsFresh)
                                    .arg(report.maxAgeDays)
                        << Qt::endl;
                else if (report.ok)
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
    auto fetchTimes = Core::BeaconFreshness::open(parser.value(cache));
    for (const Core::FrequencySource &source : store.value()->sources()) {
        if (!source.name.startsWith(QLatin1String("beacon:")))
            continue;
        out << Tr::tr("source %1: %2 sites, retrieved %3 (%4 minutes ago)")
                        .arg(source.name)
                        .arg(source.siteCount)
                        .arg(source.retrieved.toString(Qt::ISODate))
                        .arg(source.retrieved.secsTo(now) / 60)
            << Qt::endl;
        // The age of each region the source holds (what a review shows per site).
        const QList<Core::BeaconFetchedRegion> fetched
                = fetchTimes ? fetchTimes.value()->regions(source.name)
                             : QList<Core::BeaconFetchedRegion>();
        for (const Core::BeaconFetchedRegion &region : fetched)
            out << Tr::tr("  region %1:%2-%3 fetched %4 (%5)")
                            .arg(QString::fromUtf8(region.contig))
                            .arg(region.first)
                            .arg(region.last)
                            .arg(region.fetchedAt.toString(Qt::ISODate),
                                 Core::beaconAgeText(region.fetchedAt, now))
                << Qt::endl;
    }
    bool allOk = true;
    for (const Core::BeaconNodeReport &report : sync.reports())
        allOk = allOk && report.ok;
    return allOk ? 0 : 1;
}

} // namespace App
