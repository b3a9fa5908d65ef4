// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the genomedesk command line: the real binary, real files, real PDFs.
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GENOMEDESK_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.status = process.exitStatus();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/") + QLatin1String(name);
    }

    QTemporaryDir m_dir;

private slots:
    void version()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("genomedesk 0.")));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top level") << QStringList{QStringLiteral("--help")} << "report";
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                              << "--gui";
        QTest::newRow("load") << QStringList{QStringLiteral("load"), QStringLiteral("--help")}
                              << "--json";
        QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
                                << "--out";
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
    }

    // The top-level help lists every command with its description in one column, after at
    // least two spaces (the longest names, verify-package and verify-report, included).
    void helpListsTheCommandsInColumns()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'));
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+)( {2,})\\S"));
        QSet<qsizetype> columns;
        QStringList names;
        // The lines after "Commands:" up to the first empty one (then come Qt's options).
        const qsizetype first = lines.indexOf(QRegularExpression(QStringLiteral(".*Commands:$")));
        QVERIFY2(first >= 0, qPrintable(result.out));
        for (qsizetype i = first + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const QRegularExpressionMatch match = commandLine.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            names << match.captured(1);
            columns.insert(match.capturedEnd(2));
        }
        QVERIFY2(names.contains(QStringLiteral("verify-package")), qPrintable(result.out));
        QVERIFY2(names.contains(QStringLiteral("verify-report")), qPrintable(result.out));
        QVERIFY2(names.contains(QStringLiteral("demo")), qPrintable(result.out));
        QCOMPARE(columns.size(), 1);
    }

    void usageErrorsExitWithTwoAndOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option")
                << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("unknown command")
                << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
        QTest::newRow("unknown subcommand option") << QStringList{QStringLiteral("load"),
                                                                  QStringLiteral("--frobnicate"),
                                                                  data("small.vcf")}
                                                   << "frobnicate";
        QTest::newRow("missing file")
                << QStringList{QStringLiteral("load"), QStringLiteral("/nonexistent/x.vcf")}
                << "/nonexistent/x.vcf";
        QTest::newRow("load without file") << QStringList{QStringLiteral("load")} << "file";
        QTest::newRow("report without --out")
                << QStringList{QStringLiteral("report"), data("small.vcf")} << "--out";
        QTest::newRow("malformed record")
                << QStringList{QStringLiteral("load"), data("malformed-columns.vcf")}
                << "line 15 (record 2)";
        QTest::newRow("cache without subcommand")
                << QStringList{QStringLiteral("cache")} << "import, info, remove";
        QTest::newRow("case with unknown subcommand")
                << QStringList{QStringLiteral("case"), QStringLiteral("frobnicate")}
                << "\"frobnicate\"; expected create, list, show, export, mark-reviewed, sign";
        QTest::newRow("review without subcommand")
                << QStringList{QStringLiteral("review")} << "expects a subcommand: set (";
    }

    // A command made of subcommands lists them with a line each on --help, and tells where
    // their options are; a hidden one (review write-loop, for a test) is not listed.
    void commandHelpListsItsSubcommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("subcommands"); // in order, separated by spaces
        QTest::newRow("cache") << "cache"
                               << "import info remove";
        QTest::newRow("case") << "case"
                              << "create list show export mark-reviewed sign";
        QTest::newRow("review") << "review"
                                << "set";
        QTest::newRow("user") << "user"
                              << "add list";
        QTest::newRow("audit") << "audit"
                               << "verify list";
        QTest::newRow("kb") << "kb"
                            << "import info";
        QTest::newRow("policy") << "policy"
                                << "list check apply";
    }

    void commandHelpListsItsSubcommands()
    {
        QFETCH(QString, command);
        QFETCH(QString, subcommands);
        const Run result = run({command, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        const QStringList lines = result.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0),
                 QStringLiteral("Usage: genomedesk %1 <subcommand> [options]").arg(command));
        const qsizetype first = lines.indexOf(QStringLiteral("Subcommands:"));
        QVERIFY2(first > 0, qPrintable(result.out));
        QStringList listed;
        for (qsizetype i = first + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const QStringList parts = lines.at(i).trimmed().split(QLatin1Char(' '));
            listed << parts.first();
            QVERIFY2(parts.size() > 2, qPrintable(lines.at(i))); // a description follows
        }
        QCOMPARE(listed.join(QLatin1Char(' ')), subcommands);
        QVERIFY(!result.out.contains(QLatin1String("write-loop")));
        QVERIFY2(result.out.contains(
                         QStringLiteral("Run 'genomedesk %1 <subcommand> --help'").arg(command)),
                 qPrintable(result.out));
    }

    void usageErrorsExitWithTwoAndOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    }

    void loadPrintsJson()
    {
        const Run result
                = run({QStringLiteral("load"), data("small.vcf"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(summary.value(QStringLiteral("recordsRead")).toInt(), 9);
        QCOMPARE(summary.value(QStringLiteral("variants")).toInt(), 8);
        QCOMPARE(summary.value(QStringLiteral("snvs")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("indels")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("genomeBuild")).toString(), QStringLiteral("GRCh38"));
        QCOMPARE(summary.value(QStringLiteral("skipped"))
                         .toObject()
                         .value(QStringLiteral("gvcf-reference-block"))
                         .toInt(),
                 1);
        QCOMPARE(summary.value(QStringLiteral("contigs"))
                         .toObject()
                         .value(QStringLiteral("chrX"))
                         .toInt(),
                 2);
    }

    void reportWritesAPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("small-report.pdf"));
        const Run result
                = run({QStringLiteral("report"), data("small.vcf"), QStringLiteral("--out"), pdf});
        QCOMPARE(result.exitCode, 0);
        // The PDF is the last line printed.
        QCOMPARE(result.out.trimmed().split(QLatin1Char('\n')).last(), pdf);
        QVERIFY(pdfText(pdf).contains(QStringLiteral("chr2:100")));
    }

    void demoWritesTheDemoReport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (scripts/setup-deps.sh installs poppler-utils)");
        const QString out = m_dir.filePath(QStringLiteral("demo"));
        const Run result = run({QStringLiteral("demo"), QStringLiteral("--out"), out});
        QCOMPARE(result.exitCode, 0);
        const QString pdf = result.out.trimmed().split(QLatin1Char('\n')).last();
        QCOMPARE(pdf, QDir(out).absoluteFilePath(QStringLiteral("report.pdf")));
        QVERIFY(result.err.isEmpty());

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("DEMO-0001")));
        // The demo is a reviewed case: the frameshift in MYBPC3 answers the cardiomyopathy
        // indication; BRCA2 and MLH1 are secondary findings the patient consented to.
        const qsizetype primary = text.indexOf(QStringLiteral("Primary findings"));
        const qsizetype secondary = text.indexOf(QStringLiteral("Secondary findings"));
        QVERIFY(primary >= 0 && secondary > primary);
        const qsizetype mybpc3 = text.indexOf(QStringLiteral("MYBPC3"), primary);
        QVERIFY(mybpc3 > primary && mybpc3 < secondary);
        QVERIFY(text.indexOf(QStringLiteral("BRCA2"), secondary) > secondary);
        QVERIFY(text.indexOf(QStringLiteral("MLH1"), secondary) > secondary);
        // TTN is common in the demo cohort (benign): never reported.
        QVERIFY(!text.contains(QStringLiteral("TTN ")));
        // Every frequency says where it came from; the opted-out category says so.
        QVERIFY(text.contains(QStringLiteral("demo_cohort 2026.1")));
        QVERIFY(text.contains(QRegularExpression(
                QStringLiteral("Carrier status for recessive conditions: not reported"))));
        QVERIFY(text.contains(QStringLiteral("Draft")));
        // No text line is printed on both sides of a page break (Qt draws the line above a
        // page's top again, clipped: invisible, but copied and read aloud twice). The demo's
        // reasons paragraph that a break cut is moved to the next page whole.
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() > 1);
        const auto longLines = [](const QString &page, bool last) {
            QStringList lines;
            for (const QString &line : page.split(QLatin1Char('\n'))) {
                if (line.trimmed().size() > 40)
                    lines << line.trimmed();
            }
            return last ? lines.mid(std::max<qsizetype>(lines.size() - 4, 0)) : lines.mid(0, 4);
        };
        for (qsizetype page = 0; page + 1 < pages.size(); ++page) {
            const QStringList before = longLines(pages.at(page), true);
            for (const QString &line : longLines(pages.at(page + 1), false))
                QVERIFY2(!before.contains(line), qPrintable(line));
        }
        // The exports of the same report are written beside it.
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.fhir.json"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.phenopacket.json"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.html"))));
    }

    void fullDiskDuringReportKeepsThePreviousReport()
    {
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("limited.pdf"));
        QFile previous(pdf);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous report");
        previous.close();

        // A 20 kB file-size limit stands in for a full disk: the PDF cannot be written.
        QProcess process;
        process.start(prlimit,
                      {QStringLiteral("--fsize=20000"),
                       QStringLiteral(GENOMEDESK_BINARY),
                       QStringLiteral("report"),
                       QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/demo.vcf"),
                       QStringLiteral("--out"),
                       pdf});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(pdf), qPrintable(error));
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("previous report"));
        // No temporary file left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("limited.pdf*")}, QDir::Files).size(),
                 1);
    }

    void windowWithoutDisplayIsRefused()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run result = run({}, environment);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("display")));
    }

    void everySharedVcfLoadsOrFailsCleanly()
    {
        const QString root = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR);
        if (!QDir(root).exists())
            QSKIP("../shared/data is absent: the public conformance corpus is not available");
        QDirIterator it(root,
                        {QStringLiteral("*.vcf"),
                         QStringLiteral("*.vcf.gz"),
                         QStringLiteral("*.vcf.bgz"),
                         QStringLiteral("*.bcf")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        int loaded = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const Run result = run({QStringLiteral("load"), path, QStringLiteral("--json")});
            QVERIFY2(result.status == QProcess::NormalExit,
                     qPrintable(QStringLiteral("crashed on ") + path));
            QVERIFY2(result.exitCode == 0 || result.exitCode == 2,
                     qPrintable(QStringLiteral("exit %1 on %2").arg(result.exitCode).arg(path)));
            if (result.exitCode == 0) {
                ++loaded;
                QVERIFY(!QJsonDocument::fromJson(result.out.toUtf8()).isNull());
            } else {
                QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
                QVERIFY2(result.err.contains(path), qPrintable(result.err));
            }
        }
        qInfo("%d shared VCF/BCF files: %d loaded, %d refused with a message",
              files,
              loaded,
              files - loaded);
        QVERIFY(files > 0);
        QVERIFY(loaded > 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
