// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/consentprofile.h>
#include <core/policy/indication.h>
#include <core/policy/policy.h>
#include <core/report/reportbuilder.h>

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>

#include <QTextStream>
#include <optional>

namespace App {

/*! stdout and stderr of the command line, shared by every command. */
QTextStream &standardOutput();
QTextStream &standardError();
/*! Prints "genomedesk: MESSAGE" as one line on stderr; returns UsageOrInputError. */
int usageError(const QString &message);

/*!
 * Parses \a arguments with \a parser (adds --help; long options may have one dash). Returns
 * Success after printing the help for --help ("genomedesk <command>" in place of the program
 * path), UsageOrInputError after printing the parser's error, else nothing: go on.
 */
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

/*! Exit codes of the command line. */
enum ExitCode { Success = 0, Failure = 1, UsageOrInputError = 2 };

/*!
 * The subcommands. Each takes its own arguments (argv[0] is "genomedesk <command>"),
 * parses them with QCommandLineParser and returns an exit code. They expect a
 * QGuiApplication (offscreen is enough); runDemo() needs a QApplication when --gui is given.
 */
int runDemo(const QStringList &arguments);
int runLoad(const QStringList &arguments);
int runReport(const QStringList &arguments); // app/reportcommand.cpp
/*! The demo case's evaluation inputs, its frequency cache written into a directory. */
struct DemoInputs
{
    QString cachePath;
    Core::Policy policy;
    Core::ConsentProfile consent;
    Core::Indication indication;
    QHash<QString, Core::ReviewedVariant> reviews;
    QHash<QString, Core::Significance> classifications;
    Core::Sex sex = Core::Sex::Female; //!< the demo patient (no PED file)
};
/*! Imports the demo frequencies into DIRECTORY/demo.gdfreq and reads the demo's consent,
 * indication and reviews; prints the error and returns nothing on failure. */
std::optional<DemoInputs> prepareDemo(const QString &directory);
/*! The demo's reviewed report in \a directory from the extracted demo VCF. */
int writeDemoReport(const QString &directory, const QString &vcfPath, const QString &language);
int runKb(const QStringList &arguments);       // app/kbcommand.cpp
int runPolicy(const QStringList &arguments);   // app/policycommand.cpp
int runCache(const QStringList &arguments);    // app/cachecommand.cpp
int runAnnotate(const QStringList &arguments); // app/cachecommand.cpp
int runVerifyPackage(const QStringList &arguments);
int runVerifyReport(const QStringList &arguments); // app/verifyreportcommand.cpp
int runSync(const QStringList &arguments);         // app/synccommand.cpp
int runCase(const QStringList &arguments);         // casecommand.cpp
int runReview(const QStringList &arguments);       // casecommand.cpp
int runUser(const QStringList &arguments);         // casecommand.cpp
int runAudit(const QStringList &arguments);        // casecommand.cpp

/*! A subcommand of genomedesk: its name, a one-line description and its entry point. */
struct Command
{
    const char *name;
    const char *description; //!< translated with QCoreApplication::translate("App", ...)
    int (*run)(const QStringList &arguments);
};

/*! All subcommands, in the order --help lists them. Add new commands here. */
const QList<Command> &commands();

/*!
 * Runs a command made of subcommands (genomedesk case create ...): \a arguments[0] is
 * "genomedesk <command>", [1] the subcommand, which runs with "genomedesk <command>
 * <subcommand>" as its argv[0]. --help (or -h) lists \a subcommands with their descriptions
 * (after the command's own from commands()); no or an unknown subcommand is a usage error that
 * names them. A subcommand without a description is not listed (hidden: for tests).
 */
int runSubcommand(const QStringList &arguments, const QList<Command> &subcommands);

/*! True when \a arguments ("demo ...") ask for a window. */
bool demoWantsGui(const QStringList &arguments);

} // namespace App
