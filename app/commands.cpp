// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <core/report/reportjob.h>
#include <core/vcf/vcfreader.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPalette>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace App {

namespace {

// A dark palette as dark desktop themes set it (Fusion's roles), for `demo --palette dark`.
QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x19));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

const QString kDemoCaseId = QStringLiteral("DEMO-0001");

/*! Copies the bundled demo VCF into \a directory (it must be a real file for htslib). */
std::optional<QString> extractDemoCase(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        usageError(Tr::tr("cannot create the output directory %1").arg(directory));
        return std::nullopt;
    }
    const QString target = QDir(directory).absoluteFilePath(QStringLiteral("demo.vcf"));
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/demo/demo.vcf"), target)) {
        usageError(Tr::tr("cannot write the demo case to %1").arg(target));
        return std::nullopt;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return target;
}

} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Show "genomedesk load" rather than the path the program was started with.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
        standardOutput() << text;
        standardOutput().flush();
        return Success;
    }
    return std::nullopt;
}

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    standardError() << QStringLiteral("genomedesk: ") << message << Qt::endl;
    return UsageOrInputError;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {"demo",
             QT_TRANSLATE_NOOP("App", "run the whole path on the bundled demo case"),
             runDemo},
            {"load", QT_TRANSLATE_NOOP("App", "read a VCF/BCF file and print a summary"), runLoad},
            {"report",
             QT_TRANSLATE_NOOP("App",
                               "write a clinician-facing report (PDF, HTML, FHIR, Phenopacket)"),
             runReport},
            {"kb",
             QT_TRANSLATE_NOOP("App", "import genes, ClinVar and panels into a knowledge base"),
             runKb},
            {"policy",
             QT_TRANSLATE_NOOP("App", "list policies or apply one with consent to a case"),
             runPolicy},
            {"cache",
             QT_TRANSLATE_NOOP("App", "import, inspect or remove sources of a frequency cache"),
             runCache},
            {"annotate",
             QT_TRANSLATE_NOOP("App", "annotate a VCF/BCF with frequencies from caches"),
             runAnnotate},
            {"verify-package",
             QT_TRANSLATE_NOOP("App", "check a package against its signature before install"),
             runVerifyPackage},
            {"verify-report",
             QT_TRANSLATE_NOOP("App", "check a signed report PDF against its signature"),
             runVerifyReport},
            {"sync",
             QT_TRANSLATE_NOOP("App",
                               "fetch frequencies from Beacon v2 nodes into a frequency cache"),
             runSync},
            {"case",
             QT_TRANSLATE_NOOP("App", "create, list, show, export, mark reviewed and sign cases"),
             runCase},
            {"review",
             QT_TRANSLATE_NOOP("App", "record a variant's classification and ACMG/AMP criteria"),
             runReview},
            {"user", QT_TRANSLATE_NOOP("App", "add or list users of a case database"), runUser},
            {"audit",
             QT_TRANSLATE_NOOP("App", "verify or print the audit log of a case database"),
             runAudit},
    };
    return list;
}

int runSubcommand(const QStringList &arguments, const QList<Command> &subcommands)
{
    const QString command = arguments.value(0); // "genomedesk case"
    const QString subcommand = arguments.value(1);
    for (const Command &entry : subcommands) {
        if (subcommand == QLatin1String(entry.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(command + QLatin1Char(' ') + subcommand);
            return entry.run(rest);
        }
    }
    QStringList listed;
    qsizetype nameWidth = 0;
    for (const Command &entry : subcommands) {
        if (entry.description) {
            listed << QLatin1String(entry.name);
            nameWidth = std::max(nameWidth, qsizetype(std::strlen(entry.name)));
        }
    }
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        QString text = Tr::tr("Usage: %1 <subcommand> [options]").arg(command);
        const QString name = command.section(QLatin1Char(' '), 1);
        for (const Command &entry : commands()) {
            if (name == QLatin1String(entry.name))
                text += QLatin1Char('\n') + QCoreApplication::translate("App", entry.description);
        }
        text += QStringLiteral("\n\n") + Tr::tr("Subcommands:");
        for (const Command &entry : subcommands) {
            if (entry.description) {
                text += QStringLiteral("\n  %1  %2")
                                .arg(QLatin1String(entry.name), -int(nameWidth))
                                .arg(QCoreApplication::translate("App", entry.description));
            }
        }
        text += QStringLiteral("\n\n")
                + Tr::tr("Run '%1 <subcommand> --help' for its options.").arg(command);
        standardOutput() << text << Qt::endl;
        return Success;
    }
    const QString names = listed.join(QStringLiteral(", "));
    if (subcommand.isEmpty()) {
        return usageError(Tr::tr("%1: expects a subcommand: %2 (see %3 --help)")
                                  .arg(command.section(QLatin1Char(' '), 1), names, command));
    }
    return usageError(
            Tr::tr("%1: unknown subcommand \"%2\"; expected %3 (see %4 --help)")
                    .arg(command.section(QLatin1Char(' '), 1), subcommand, names, command));
}

bool demoWantsGui(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("demo")
           && arguments.contains(QLatin1String("--gui"));
}

int runLoad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Reads a VCF or BCF file and prints a summary."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("VCF, VCF.gz or BCF file"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the summary as JSON."));
    const QCommandLineOption ped(QStringLiteral("ped"),
                                 Tr::tr("PED file: sexes and trio analysis."),
                                 Tr::tr("file.ped"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Tr::tr("Load only this sample (repeat or comma-separate)."),
                                    Tr::tr("name"));
    const QCommandLineOption fasta(QStringLiteral("fasta"),
                                   Tr::tr("Reference FASTA (with .fai) to left-align indels."),
                                   Tr::tr("ref.fa"));
    parser.addOptions({json, ped, sample, fasta});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(Tr::tr("load: expects exactly one file"));

    Core::VcfReader::Options options;
    options.pedigreeFile = parser.value(ped);
    options.referenceFasta = parser.value(fasta);
    for (const QString &value : parser.values(sample))
        options.samples += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const Core::JobContext job;
    const auto loaded = Core::VcfReader::read(files.first(), job, options);
    if (!loaded)
        return usageError(loaded.error().toString());
    if (parser.isSet(json))
        standardOutput() << QJsonDocument(loaded->summary.toJson()).toJson(QJsonDocument::Indented);
    else
        standardOutput() << loaded->summary.toText() << Qt::endl;
    return Success;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Runs the whole path on the bundled demo case: load, frequencies, policy with "
                   "consent, reviewed report (PDF, HTML, FHIR, Phenopacket)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("out")},
                                    Tr::tr("Directory for the demo case and its report "
                                           "(default: ./genomedesk-demo)."),
                                    Tr::tr("dir"),
                                    QStringLiteral("genomedesk-demo"));
    const QCommandLineOption gui(QStringLiteral("gui"),
                                 Tr::tr("Open the demo case in the window."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Tr::tr("With --gui: save a PNG of the window once the "
                                               "case is open, then quit."),
                                        Tr::tr("file.png"));
    const QCommandLineOption screenshots(
            QStringLiteral("screenshots"),
            Tr::tr("With --gui: fill the screen, save PNGs of the window, detail pane, QC "
                   "dashboard and report preview into a folder, then quit."),
            Tr::tr("dir"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      Tr::tr("Language of the demo report (en, de, fr, nl, it, "
                                             "es, pl)."),
                                      Tr::tr("language"),
                                      QStringLiteral("en"));
    const QCommandLineOption palette(QStringLiteral("palette"),
                                     Tr::tr("With --gui: colours of the window, \"system\" "
                                            "(default) or \"dark\", to look at the dark "
                                            "appearance where the desktop offers none."),
                                     Tr::tr("palette"),
                                     QStringLiteral("system"));
    parser.addOptions({output, gui, screenshot, screenshots, language, palette});
    if (const auto exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
                Tr::tr("demo: unexpected argument %1").arg(parser.positionalArguments().first()));

    const QString paletteName = parser.value(palette);
    if (paletteName != QLatin1String("system") && paletteName != QLatin1String("dark"))
        return usageError(
                Tr::tr("demo: --palette is \"system\" or \"dark\", not %1").arg(paletteName));

    const auto vcfPath = extractDemoCase(parser.value(output));
    if (!vcfPath)
        return UsageOrInputError;

    if (parser.isSet(gui)) {
        // The window opens the demo as a reviewer would see it: the demo's consent,
        // indication and population frequencies (imported into a cache first).
        const auto demo = prepareDemo(parser.value(output));
        if (!demo)
            return UsageOrInputError;
        Gui::MainWindow::CaseSetup setup;
        setup.consent = demo->consent;
        setup.indication = demo->indication;
        setup.classifications = demo->classifications;
        setup.sex = demo->sex;
        setup.caches = QStringList{demo->cachePath};
        if (paletteName == QLatin1String("dark"))
            QApplication::setPalette(darkPalette());
        Gui::MainWindow window;
        if (parser.isSet(screenshot)) {
            const QString png = parser.value(screenshot);
            const auto save = [&window, png](bool) {
                const bool saved = window.grab().save(png);
                if (saved)
                    standardOutput() << QFileInfo(png).absoluteFilePath() << Qt::endl;
                else
                    usageError(Tr::tr("cannot write the screenshot %1").arg(png));
                QCoreApplication::exit(saved ? Success : UsageOrInputError);
            };
            QObject::connect(&window,
                             &Gui::MainWindow::evaluationFinished,
                             &window,
                             [&window, save](bool ok) {
                                 // Show a reported finding in the detail pane, as a reviewer would.
                                 window.selectFirstReportedVariant();
                                 QTimer::singleShot(200, &window, [save, ok] { save(ok); });
                             });
        }
        if (parser.isSet(screenshots)) {
            const QString folder = parser.value(screenshots);
            if (const QScreen *screen = QGuiApplication::primaryScreen())
                window.resize(screen->availableGeometry().size());
            QObject::connect(
                    &window,
                    &Gui::MainWindow::evaluationFinished,
                    &window,
                    [&window, folder](bool) {
                        window.selectFirstReportedVariant();
                        QTimer::singleShot(300, &window, [&window, folder] {
                            QString error;
                            const QStringList files = window.saveScreenshots(folder, &error);
                            for (const QString &file : files)
                                standardOutput() << file << Qt::endl;
                            if (!error.isEmpty())
                                usageError(error);
                            QCoreApplication::exit(error.isEmpty() ? Success : UsageOrInputError);
                        });
                    });
        }
        window.show();
        window.openCase(*vcfPath, setup);
        return QApplication::exec();
    }

    return writeDemoReport(parser.value(output), *vcfPath, parser.value(language));
}

} // namespace App
