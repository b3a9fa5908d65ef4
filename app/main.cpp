// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <core/vcf/vcfreader.h>
#include <ui/mainwindow.h>
#include <ui/uilanguage.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/*!
 * Qt warns on every start when XDG_RUNTIME_DIR is unset (root shells, CI) and then uses
 * a private directory in /tmp; create that directory up front and say so in the environment.
 */
void ensureRuntimeDirectory()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString directory = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(::getuid());
    QDir().mkpath(directory);
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(directory));
#endif
}

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("genomedesk: ") << message << Qt::endl;
    return App::UsageOrInputError;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto isCommand = [](const QString &name) {
        const QList<App::Command> &commands = App::commands();
        return std::any_of(commands.cbegin(), commands.cend(), [&name](const App::Command &entry) {
            return name == QLatin1String(entry.name);
        });
    };
    // "genomedesk FILE" opens the file in the window (desktop entry, file manager).
    const bool opensFile = arguments.size() == 2 && !arguments.at(1).startsWith(QLatin1Char('-'))
                           && !isCommand(arguments.at(1)) && QFileInfo(arguments.at(1)).isFile();
    const bool subcommand
            = !opensFile && arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'));
    const bool wantsWindow
            = opensFile || (!subcommand ? arguments.size() == 1 : App::demoWantsGui(arguments));

    if (wantsWindow && !hasDisplay())
        return fail(Tr::tr("no display found: run a subcommand (see --help) or start under a "
                           "desktop session or xvfb-run"));
    if (!wantsWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the CLI renders reports without a display

    ensureRuntimeDirectory();
#ifdef Q_OS_UNIX
    // Past a file-size limit, a write must fail with EFBIG (reported, previous file kept)
    // instead of the process being killed by SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    std::unique_ptr<QGuiApplication> app;
    if (wantsWindow)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GenomeDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("genomedesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("genomedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GENOMEDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(Tr::tr("GenomeDesk"));
    Core::VcfReader::initializeLibrary();
    // Messages and help in the saved UI language, else the system's (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG); machine-readable output (--json, TSV, VCF, exit codes) does not change.
    // The window of `demo --gui` speaks it too (read only; the plain window saves it below).
    if (!wantsWindow || subcommand)
        Gui::UiLanguage::applySavedWithoutSaving();

    if (subcommand) {
        const QString command = arguments.at(1);
        QStringList rest = arguments.mid(2);
        rest.prepend(QStringLiteral("genomedesk %1").arg(command));
        for (const App::Command &entry : App::commands()) {
            if (command == QLatin1String(entry.name))
                return entry.run(rest);
        }
        return fail(Tr::tr("unknown command '%1' (see genomedesk --help)").arg(command));
    }

    QCommandLineParser parser;
    QString description = Tr::tr("GenomeDesk: clinical genomics case review.\n\n"
                                 "Without a command, opens the review window. Commands:");
    // The descriptions in one column, two spaces after the longest command name.
    qsizetype nameWidth = 0;
    for (const App::Command &entry : App::commands())
        nameWidth = std::max(nameWidth, qsizetype(std::strlen(entry.name)));
    for (const App::Command &entry : App::commands()) {
        description += QStringLiteral("\n  %1  %2")
                               .arg(QLatin1String(entry.name), -int(nameWidth))
                               .arg(QCoreApplication::translate("App", entry.description));
    }
    description += QStringLiteral("\n\n")
                   + Tr::tr("Run 'genomedesk <command> --help' for a command's options.");
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Tr::tr("A VCF or BCF file to open in the window."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(version)) {
        QTextStream(stdout)
                << QStringLiteral("genomedesk %1").arg(QStringLiteral(GENOMEDESK_VERSION))
                << Qt::endl;
        return App::Success;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return App::Success;
    }

    Gui::UiLanguage::applySaved();
    Gui::MainWindow window;
    window.show();
    // "genomedesk FILE" (the desktop entry's %F, a double click on a VCF) opens the file.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}
