// SPDX-License-Identifier: GPL-3.0-or-later
// genomedesk kb: import genes, ClinVar and panels into a knowledge base; show what it holds.
#include "commands.h"

#include <core/knowledge/knowledgestore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

int runKbImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Imports one file into a knowledge base (created when missing)."));
    const QCommandLineOption kb(
            QStringLiteral("kb"), Tr::tr("Knowledge base file."), Tr::tr("K.gdkb"));
    const QCommandLineOption gtf(QStringLiteral("gtf"),
                                 Tr::tr("Gene model as GTF or GFF3 (genes, transcripts, exons)."),
                                 Tr::tr("file"));
    const QCommandLineOption bed(QStringLiteral("bed"),
                                 Tr::tr("Gene spans as BED (e.g. the MANE genes BED)."),
                                 Tr::tr("file"));
    const QCommandLineOption clinvar(
            QStringLiteral("clinvar"), Tr::tr("ClinVar VCF."), Tr::tr("file"));
    const QCommandLineOption panel(QStringLiteral("panel"),
                                   Tr::tr("Gene panel: PanelApp TSV or panel BED."),
                                   Tr::tr("file"));
    const QCommandLineOption build(QStringLiteral("build"),
                                   Tr::tr("Genome build of the file: GRCh37 or GRCh38 (gene "
                                          "models need it; ClinVar reads ##reference)."),
                                   Tr::tr("build"));
    parser.addOptions({kb, gtf, bed, clinvar, panel, build});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(kb))
        return usageError(Tr::tr("kb import: --kb is required"));
    const int given = int(parser.isSet(gtf)) + int(parser.isSet(bed)) + int(parser.isSet(clinvar))
                      + int(parser.isSet(panel));
    if (given != 1)
        return usageError(
                Tr::tr("kb import: give exactly one of --gtf, --bed, --clinvar, --panel"));

    auto store = Core::KnowledgeStore::open(parser.value(kb));
    if (!store)
        return usageError(store.error().toString());
    Core::Result<Core::KnowledgeImportSummary> imported = Core::Error();
    if (parser.isSet(gtf))
        imported = store.value()->importGeneModel(parser.value(gtf), parser.value(build));
    else if (parser.isSet(bed))
        imported = store.value()->importGeneBed(parser.value(bed), parser.value(build));
    else if (parser.isSet(clinvar))
        imported = store.value()->importClinVar(parser.value(clinvar), parser.value(build));
    else
        imported = store.value()->importPanel(parser.value(panel));
    if (!imported)
        return usageError(imported.error().toString());
    const Core::KnowledgeImportSummary &summary = imported.value();
    standardOutput() << Tr::tr("%1: %2 record(s) read, %3 stored, %4 skipped")
                                .arg(summary.source.displayName())
                                .arg(summary.recordsRead)
                                .arg(summary.recordsStored)
                                .arg(summary.recordsSkipped)
                     << Qt::endl;
    return Success;
}

int runKbInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the sources held by a knowledge base."));
    const QCommandLineOption kb(
            QStringLiteral("kb"), Tr::tr("Knowledge base file."), Tr::tr("K.gdkb"));
    parser.addOption(kb);
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.isSet(kb))
        return usageError(Tr::tr("kb info: --kb is required"));
    auto store = Core::KnowledgeStore::open(parser.value(kb));
    if (!store)
        return usageError(store.error().toString());
    standardOutput() << QStringLiteral("kind\tsource\tbuild\trecords\timported\tsha256")
                     << Qt::endl;
    for (const Core::KnowledgeSource &source : store.value()->sources()) {
        standardOutput() << source.kind << '\t' << source.name << ' ' << source.version << '\t'
                         << source.build << '\t' << source.records << '\t'
                         << source.importedAt.toString(Qt::ISODate) << '\t' << source.sha256
                         << Qt::endl;
    }
    return Success;
}

} // namespace

int runKb(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{"import",
                           QT_TRANSLATE_NOOP("App", "import one file into a knowledge base"),
                           runKbImport},
                          {"info",
                           QT_TRANSLATE_NOOP("App", "list the sources held by a knowledge base"),
                           runKbInfo}});
}

} // namespace App
