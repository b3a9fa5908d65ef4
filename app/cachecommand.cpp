// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk cache import|info|remove and genomedesk annotate: the frequency cache from the
// command line. The work is done by core/frequency; this file only parses and prints.
#include "commands.h"

#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/frequency/vcffrequencyannotator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <memory>
#include <optional>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

Core::GenomeBuild parseBuild(const QString &text, bool *ok)
{
    *ok = true;
    const QString lower = text.toLower();
    if (lower == QLatin1String("grch37") || lower == QLatin1String("hg19"))
        return Core::GenomeBuild::GRCh37;
    if (lower == QLatin1String("grch38") || lower == QLatin1String("hg38"))
        return Core::GenomeBuild::GRCh38;
    *ok = text.isEmpty();
    return Core::GenomeBuild::Unknown;
}

int runCacheImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Imports a sites VCF/BCF (gnomAD naming, or a field map) into a frequency "
                   "cache as one source; a source of the same name is replaced when the import "
                   "completes."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   Tr::tr("The cache file (.gdfreq); created when missing."),
                                   Tr::tr("file"));
    const QCommandLineOption vcf(
            QStringLiteral("vcf"), Tr::tr("The sites VCF/BCF."), Tr::tr("file"));
    const QCommandLineOption source(
            QStringLiteral("source"),
            Tr::tr("Source name, also the prefix of annotation keys (gnomad)."),
            Tr::tr("name"));
    const QCommandLineOption version(
            QStringLiteral("version"), Tr::tr("Source version (4.1)."), Tr::tr("version"));
    const QCommandLineOption populations(QStringLiteral("populations"),
                                         Tr::tr("Populations to import besides the whole source, "
                                                "comma-separated (afr,nfe); default: every gnomAD "
                                                "group in the header."),
                                         Tr::tr("labels"));
    const QCommandLineOption fieldMap(QStringLiteral("field-map"),
                                      Tr::tr("Tab-separated lines: metric, population, INFO key "
                                             "[, type]; or: population, label, description "
                                             "[, sample count]."),
                                      Tr::tr("file"));
    const QCommandLineOption licence(
            QStringLiteral("licence"), Tr::tr("Licence of the data (CC0-1.0)."), Tr::tr("text"));
    const QCommandLineOption origin(
            QStringLiteral("origin"),
            Tr::tr("Where the data came from (URL); default: the file name."),
            Tr::tr("text"));
    const QCommandLineOption build(QStringLiteral("build"),
                                   Tr::tr("GRCh37 or GRCh38, when the header does not tell."),
                                   Tr::tr("build"));
    const QCommandLineOption retrieved(
            QStringLiteral("retrieved"),
            Tr::tr("When the data was obtained (ISO 8601); default: the file's time."),
            Tr::tr("date"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      Tr::tr("Print progress to stderr."));
    parser.addOptions({cache,
                       vcf,
                       source,
                       version,
                       populations,
                       fieldMap,
                       licence,
                       origin,
                       build,
                       retrieved,
                       progress});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("cache import: unexpected argument %1")
                                  .arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption *required : {&cache, &vcf, &source, &version}) {
        if (!parser.isSet(*required))
            return usageError(
                    Tr::tr("cache import: --%1 is required").arg(required->names().constFirst()));
    }
    if (parser.isSet(populations) && parser.isSet(fieldMap))
        return usageError(Tr::tr("cache import: give --populations or --field-map, not both"));

    Core::SitesVcfImporter::Options options;
    options.sourceName = parser.value(source);
    options.version = parser.value(version);
    options.licence = parser.value(licence);
    options.origin = parser.value(origin);
    options.fieldMapPath = parser.value(fieldMap);
    if (parser.isSet(populations))
        options.populations = parser.value(populations).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    options.build = parseBuild(parser.value(build), &ok);
    if (!ok)
        return usageError(Tr::tr("cache import: --build must be GRCh37 or GRCh38"));
    if (parser.isSet(retrieved)) {
        options.retrieved = QDateTime::fromString(parser.value(retrieved), Qt::ISODate);
        if (!options.retrieved.isValid())
            return usageError(Tr::tr("cache import: --retrieved is not an ISO 8601 date"));
    }

    auto store = Core::FrequencyStore::open(parser.value(cache),
                                            Core::FrequencyStore::OpenMode::ReadWrite);
    if (!store)
        return usageError(store.error().toString());
    const bool showProgress = parser.isSet(progress);
    int lastPercent = -1;
    const Core::JobContext job([showProgress, &lastPercent](qint64 done, qint64 total) {
        if (!showProgress || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            standardError() << Tr::tr("importing: %1%").arg(percent) << Qt::endl;
        }
    });
    const auto summary
            = Core::SitesVcfImporter::import(*store.value(), parser.value(vcf), options, job);
    if (!summary)
        return usageError(summary.error().toString());
    const QLocale locale;
    standardOutput() << Tr::tr("%1 %2: %3 records, %4 sites, %5 fields, %6 populations")
                                .arg(summary->source.name,
                                     summary->source.version,
                                     locale.toString(summary->records),
                                     locale.toString(summary->sites))
                                .arg(summary->source.fields.size())
                                .arg(summary->source.populations.size())
                     << Qt::endl;
    for (const QString &warning : summary->warnings)
        standardError() << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    return Success;
}

QJsonObject describe(const Core::FrequencyStore &store)
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), store.path());
    object.insert(QStringLiteral("format_version"), store.formatVersion());
    object.insert(QStringLiteral("build"), Core::genomeBuildName(store.build()));
    object.insert(QStringLiteral("size_bytes"), store.fileSize());
    object.insert(QStringLiteral("created"), store.created().toString(Qt::ISODate));
    QJsonArray sources;
    for (const Core::FrequencySource &source : store.sources()) {
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), source.name);
        entry.insert(QStringLiteral("version"), source.version);
        entry.insert(QStringLiteral("origin"), source.origin);
        entry.insert(QStringLiteral("assembly"), source.assembly);
        entry.insert(QStringLiteral("licence"), source.licence);
        entry.insert(QStringLiteral("retrieved"), source.retrieved.toString(Qt::ISODate));
        entry.insert(QStringLiteral("imported"), source.imported.toString(Qt::ISODate));
        entry.insert(QStringLiteral("records"), source.recordCount);
        entry.insert(QStringLiteral("sites"), source.siteCount);
        const auto [chunks, bytes] = store.chunkStatistics(source);
        entry.insert(QStringLiteral("chunks"), chunks);
        entry.insert(QStringLiteral("chunk_bytes"), bytes);
        entry.insert(QStringLiteral("bytes_per_site"),
                     source.siteCount > 0 ? double(bytes) / double(source.siteCount) : 0.0);
        QJsonArray populations;
        for (const Core::FrequencyPopulation &population : source.populations) {
            QJsonObject item;
            item.insert(QStringLiteral("label"), population.label);
            item.insert(QStringLiteral("description"), population.description);
            item.insert(QStringLiteral("sample_count"), population.sampleCount);
            populations.append(item);
        }
        entry.insert(QStringLiteral("populations"), populations);
        QJsonArray fields;
        for (const Core::FrequencyField &field : source.fields) {
            QJsonObject item;
            item.insert(QStringLiteral("name"), field.name());
            item.insert(QStringLiteral("metric"), field.metric);
            item.insert(QStringLiteral("population"), field.population);
            item.insert(QStringLiteral("info_key"), field.infoKey);
            item.insert(QStringLiteral("type"), Core::frequencyFieldTypeName(field.type));
            fields.append(item);
        }
        entry.insert(QStringLiteral("fields"), fields);
        QJsonArray coverage;
        for (const Core::FrequencyCoverage &span : store.coverage(source)) {
            QJsonObject item;
            item.insert(QStringLiteral("contig"), QString::fromUtf8(span.contig));
            item.insert(QStringLiteral("first_position"), span.firstPosition);
            item.insert(QStringLiteral("last_position"), span.lastPosition);
            item.insert(QStringLiteral("sites"), span.siteCount);
            coverage.append(item);
        }
        entry.insert(QStringLiteral("coverage"), coverage);
        sources.append(entry);
    }
    object.insert(QStringLiteral("sources"), sources);
    return object;
}

int runCacheInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Prints the sources, populations, sites, size and build of a frequency cache."));
    const QCommandLineOption cache(
            QStringLiteral("cache"), Tr::tr("The cache file (.gdfreq)."), Tr::tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({cache, json});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(cache))
        return usageError(Tr::tr("cache info: --cache is required"));
    auto store = Core::FrequencyStore::open(parser.value(cache));
    if (!store)
        return usageError(store.error().toString());
    const QJsonObject object = describe(*store.value());
    if (parser.isSet(json)) {
        standardOutput() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale locale;
    QTextStream &out = standardOutput();
    out << Tr::tr("%1: frequency cache format %2, build %3, %4 bytes")
                    .arg(store.value()->path())
                    .arg(store.value()->formatVersion())
                    .arg(Core::genomeBuildName(store.value()->build()),
                         locale.toString(store.value()->fileSize()))
        << Qt::endl;
    if (store.value()->sources().isEmpty())
        out << Tr::tr("no sources") << Qt::endl;
    for (const QJsonValue &value : object.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        out << Tr::tr("source %1 %2 (%3, %4), licence: %5")
                        .arg(source.value(QStringLiteral("name")).toString(),
                             source.value(QStringLiteral("version")).toString(),
                             source.value(QStringLiteral("origin")).toString(),
                             source.value(QStringLiteral("assembly")).toString(),
                             source.value(QStringLiteral("licence")).toString())
            << Qt::endl;
        out << Tr::tr("  retrieved %1, imported %2")
                        .arg(source.value(QStringLiteral("retrieved")).toString(),
                             source.value(QStringLiteral("imported")).toString())
            << Qt::endl;
        out << Tr::tr("  %1 records, %2 sites, %3 chunks, %4 bytes per site")
                        .arg(locale.toString(
                                     qint64(source.value(QStringLiteral("records")).toDouble())),
                             locale.toString(
                                     qint64(source.value(QStringLiteral("sites")).toDouble())),
                             locale.toString(
                                     qint64(source.value(QStringLiteral("chunks")).toDouble())),
                             locale.toString(
                                     source.value(QStringLiteral("bytes_per_site")).toDouble(),
                                     'f',
                                     2))
            << Qt::endl;
        QStringList populations;
        for (const QJsonValue &population : source.value(QStringLiteral("populations")).toArray()) {
            const QJsonObject item = population.toObject();
            QString text = item.value(QStringLiteral("label")).toString();
            const QString description = item.value(QStringLiteral("description")).toString();
            if (!description.isEmpty())
                text += QStringLiteral(" (%1)").arg(description);
            const qint64 samples = qint64(item.value(QStringLiteral("sample_count")).toDouble());
            if (samples >= 0)
                text += QStringLiteral(" n=%1").arg(samples);
            populations.append(text);
        }
        out << Tr::tr("  populations: %1").arg(populations.join(QLatin1String(", "))) << Qt::endl;
        QStringList fields;
        for (const QJsonValue &field : source.value(QStringLiteral("fields")).toArray())
            fields.append(field.toObject().value(QStringLiteral("name")).toString());
        out << Tr::tr("  fields: %1").arg(fields.join(QLatin1String(", "))) << Qt::endl;
    }
    return Success;
}

int runCacheRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Removes a source and its sites from a frequency cache."));
    const QCommandLineOption cache(
            QStringLiteral("cache"), Tr::tr("The cache file (.gdfreq)."), Tr::tr("file"));
    const QCommandLineOption source(
            QStringLiteral("source"), Tr::tr("The source to remove."), Tr::tr("name"));
    parser.addOptions({cache, source});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(cache) || !parser.isSet(source))
        return usageError(Tr::tr("cache remove: --cache and --source are required"));
    auto store = Core::FrequencyStore::open(parser.value(cache),
                                            Core::FrequencyStore::OpenMode::ReadWrite);
    if (!store)
        return usageError(store.error().toString());
    if (auto result = store.value()->removeSource(parser.value(source)); !result)
        return usageError(result.error().toString());
    return Success;
}

} // namespace

int runCache(const QStringList &arguments)
{
    return runSubcommand(
            arguments,
            {{"import",
              QT_TRANSLATE_NOOP("App",
                                "import a sites VCF/BCF into a frequency cache as one source"),
              runCacheImport},
             {"info",
              QT_TRANSLATE_NOOP("App",
                                "print the sources, populations, sites, size and build of a cache"),
              runCacheInfo},
             {"remove",
              QT_TRANSLATE_NOOP("App", "remove a source and its sites from a cache"),
              runCacheRemove}});
}

int runAnnotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Annotates a VCF/BCF with population frequencies from one or more frequency "
                   "caches; INFO keys are <source>_<field> (gnomad_AF_nfe)."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("VCF, VCF.gz or BCF file"));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   Tr::tr("A cache file (.gdfreq); may be given several times."),
                                   Tr::tr("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("out")},
                                    Tr::tr("Output: .vcf.gz, .bcf, .vcf or .tsv."),
                                    Tr::tr("file"));
    const QCommandLineOption fields(
            QStringLiteral("fields"),
            Tr::tr("Only these fields, comma-separated, without the source prefix (AC,AN,AF,"
                   "AC_nfe,status); default: all."),
            Tr::tr("list"));
    parser.addOptions({cache, output, fields});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("annotate: expects exactly one input file"));
    if (!parser.isSet(cache) || !parser.isSet(output))
        return usageError(Tr::tr("annotate: --cache and --out are required"));

    std::vector<std::unique_ptr<Core::FrequencyStore>> stores;
    QList<const Core::FrequencyStore *> pointers;
    for (const QString &path : parser.values(cache)) {
        auto store = Core::FrequencyStore::open(path);
        if (!store)
            return usageError(store.error().toString());
        pointers.append(store.value().get());
        stores.push_back(std::move(store).value());
    }
    Core::VcfFrequencyAnnotator::Options options;
    for (const QString &field : parser.value(fields).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.fields.append(field.trimmed());
    if (parser.isSet(fields) && options.fields.isEmpty())
        return usageError(Tr::tr("annotate: --fields needs at least one field name"));
    const Core::JobContext job;
    const auto summary
            = Core::VcfFrequencyAnnotator::annotate(parser.positionalArguments().constFirst(),
                                                    parser.value(output),
                                                    pointers,
                                                    job,
                                                    options);
    if (!summary)
        return usageError(summary.error().toString());
    for (const QString &warning : summary->warnings)
        standardError() << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    QStringList counts;
    for (auto it = summary->found.cbegin(); it != summary->found.cend(); ++it)
        counts.append(Tr::tr("%1: %2 found").arg(it.key()).arg(it.value()));
    standardOutput() << Tr::tr("%1 records, %2 alleles; %3")
                                .arg(summary->records)
                                .arg(summary->alleles)
                                .arg(counts.join(QLatin1String(", ")))
                     << Qt::endl;
    return Success;
}

} // namespace App
