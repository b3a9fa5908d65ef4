// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: genomedesk-beacon speaks the UI language saved by genomedesk, else the system's
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), like the genomedesk subcommands: usage errors and
// --help. Its exit codes, the "listening on port" line and the HTTP API's JSON (read by Beacon
// clients anywhere) do not change with the language.
#include "../core/beacon/beacontestsupport.h"
#include "../support/languagesupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestBeaconLanguage : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_directory; // an empty settings directory (no saved UI language), the cache

    QProcessEnvironment environment(const QString &locale,
                                    const QString &language = {},
                                    const QString &configDirectory = {}) const
    {
        return TestSupport::localeEnvironment(
                configDirectory.isEmpty() ? m_directory.path() : configDirectory, locale, language);
    }

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GENOMEDESK_BEACON_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /*! \a source as the child should print it: English, or its translation (must differ). */
    static QString expected(const QString &language, const char *context, const char *source)
    {
        if (language.isEmpty())
            return QString::fromUtf8(source);
        const QString text = TestSupport::translationInTs(
                language, QLatin1String(context), QString::fromUtf8(source));
        if (text.isEmpty() || text == QString::fromUtf8(source))
            return {};
        return text;
    }

    /*! The status line and body of a GET on a running node (the headers hold a date). */
    static QByteArray get(int port, const QByteArray &path)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (!socket.waitForConnected(5000))
            return QByteArrayLiteral("not connected");
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        const QByteArray answer = BeaconTest::readFor(socket, 10000);
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return QByteArrayLiteral("no complete answer: ") + answer;
        return answer.left(answer.indexOf("\r\n")) + '\n' + answer.mid(headerEnd + 4);
    }

    /*! Starts a node on 127.0.0.1 with \a environment; returns its port (0 on failure). */
    int startNode(const QProcessEnvironment &environment, QProcess &process) const
    {
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GENOMEDESK_BEACON_BINARY),
                      {QStringLiteral("--cache"),
                       m_directory.filePath(QStringLiteral("cohort.gdfreq")),
                       QStringLiteral("--port"),
                       QStringLiteral("0"),
                       QStringLiteral("--address"),
                       QStringLiteral("127.0.0.1")});
        if (!process.waitForStarted(5000))
            return 0;
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 10000) {
            process.waitForReadyRead(200);
            line += process.readAllStandardOutput();
        }
        // The line scripts read is the same in every language.
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() != 4 || words.mid(0, 3).join(' ') != "listening on port") {
            qWarning() << "unexpected first line:" << line << process.readAllStandardError();
            return 0;
        }
        return words.at(3).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        BeaconTest::makeCohortCache(m_directory.filePath(QStringLiteral("cohort.gdfreq")));
    }

    void usageErrorFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("translationLanguage");
        QTest::newRow("LC_ALL=de_DE.UTF-8")
                << QStringLiteral("de_DE.UTF-8") << QString() << QStringLiteral("de");
        QTest::newRow("LC_ALL=C.UTF-8 LANGUAGE=de")
                << QStringLiteral("C.UTF-8") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("LC_ALL=fr_FR.UTF-8")
                << QStringLiteral("fr_FR.UTF-8") << QString() << QStringLiteral("fr");
        QTest::newRow("LC_ALL=C.UTF-8") << QStringLiteral("C.UTF-8") << QString() << QString();
    }

    void usageErrorFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, translationLanguage);
        const QProcessEnvironment env = environment(locale, language);

        const QString required
                = expected(translationLanguage, "main", "--cache and --port are required.");
        QVERIFY(!required.isEmpty());
        const Run missing = run({}, env);
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err, QStringLiteral("genomedesk-beacon: ") + required + QLatin1Char('\n'));
        QVERIFY(missing.out.isEmpty());

        const QString invalidPort = expected(translationLanguage, "main", "invalid port: %1");
        QVERIFY(!invalidPort.isEmpty());
        const Run badPort = run({QStringLiteral("--cache"),
                                 m_directory.filePath(QStringLiteral("cohort.gdfreq")),
                                 QStringLiteral("--port"),
                                 QStringLiteral("70000")},
                                env);
        QCOMPARE(badPort.exitCode, 2);
        QCOMPARE(badPort.err,
                 QStringLiteral("genomedesk-beacon: ") + invalidPort.arg(QStringLiteral("70000"))
                         + QLatin1Char('\n'));
    }

    // --help names the program as people type it, not by the path it was started with; an
    // unknown option is a usage error (exit 2, one line), as in genomedesk; --version prints
    // the version.
    void helpAndErrorsNameTheProgram()
    {
        const QProcessEnvironment env = environment(QStringLiteral("C.UTF-8"));
        const Run help = run({QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QLatin1String("Usage: genomedesk-beacon [options]")),
                 qPrintable(help.out));
        QVERIFY(!help.out.contains(QLatin1String(GENOMEDESK_BEACON_BINARY)));
        const Run unknown = run({QStringLiteral("--frobnicate")}, env);
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(unknown.err.startsWith(QLatin1String("genomedesk-beacon: "))
                         && unknown.err.contains(QLatin1String("frobnicate")),
                 qPrintable(unknown.err));
        const Run version = run({QStringLiteral("--version")}, env);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("genomedesk-beacon ")),
                 qPrintable(version.out));
    }

    void helpFollowsTheLocale_data() { usageErrorFollowsTheLocale_data(); }

    void helpFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, translationLanguage);
        const Run help = run({QStringLiteral("--help")}, environment(locale, language));
        QCOMPARE(help.exitCode, 0);
        for (const char *source : {"Serves a frequency cache as a Beacon v2 aggregated node.",
                                   "Frequency cache (.gdfreq).",
                                   "TCP port (0: any free port)."}) {
            const QString text = expected(translationLanguage, "main", source);
            QVERIFY2(!text.isEmpty(), source);
            // The help wraps long texts at 80 columns: compare with whitespace collapsed.
            QVERIFY2(help.out.simplified().contains(text.simplified()), qPrintable(help.out));
        }
        // Option names and their order do not change; hidden testing options stay hidden.
        const qsizetype cache = help.out.indexOf(QLatin1String("--cache <file>"));
        const qsizetype port = help.out.indexOf(QLatin1String("--port <number>"));
        QVERIFY2(cache > 0 && port > cache, qPrintable(help.out));
        QVERIFY(!help.out.contains(QLatin1String("--simulate-fault")));
        QVERIFY(help.err.isEmpty());
    }

    void savedLanguageWinsOverTheSystemLanguage()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("GenomeDesk"))));
        QFile settings(config.filePath(QStringLiteral("GenomeDesk/genomedesk.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=fr\n");
        settings.close();
        const Run result = run(
                {},
                environment(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de"), config.path()));
        QCOMPARE(result.exitCode, 2);
        const QString french
                = expected(QStringLiteral("fr"), "main", "--cache and --port are required.");
        QVERIFY(!french.isEmpty());
        QCOMPARE(result.err, QStringLiteral("genomedesk-beacon: ") + french + QLatin1Char('\n'));
        // The beacon only reads the settings, and writes none of its own.
        QCOMPARE(settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray(),
                 QByteArray("[ui]\nlanguage=fr\n"));
        QCOMPARE(QDir(config.filePath(QStringLiteral("GenomeDesk"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("genomedesk.conf")});
    }

    void apiAnswersDoNotChangeWithTheLanguage()
    {
        QProcess english;
        QProcess german;
        const int englishPort = startNode(environment(QStringLiteral("C.UTF-8")), english);
        const int germanPort = startNode(
                environment(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de")), german);
        const auto stop = [](QProcess &process) {
            process.kill();
            process.waitForFinished(3000);
        };
        if (englishPort == 0 || germanPort == 0) {
            stop(english);
            stop(german);
            QFAIL("a node did not start");
        }
        // Metadata, a found variant, and errors whose messages come from translated core texts
        // (a bad parameter, an unknown endpoint, a wrong method's text is not reachable by GET).
        const QList<QByteArray> paths{
                "/info",
                "/map",
                "/g_variants?referenceName=17&start=43045711&referenceBases=G&alternateBases=A"
                "&assemblyId=GRCh38",
                "/g_variants?referenceName=17&start=x&referenceBases=G&alternateBases=A",
                "/no-such-endpoint",
        };
        for (const QByteArray &path : paths) {
            const QByteArray inEnglish = get(englishPort, path);
            const QByteArray inGerman = get(germanPort, path);
            QVERIFY2(inEnglish.startsWith("HTTP/1.1 "), inEnglish.constData());
            // The answer is JSON (no timing fields in these answers: compared byte for byte).
            QJsonParseError error;
            QJsonDocument::fromJson(inEnglish.mid(inEnglish.indexOf('\n') + 1), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, inEnglish.constData());
            QCOMPARE(inGerman, inEnglish);
        }
        // The error texts are the English ones, not only equal.
        QVERIFY(get(germanPort, "/no-such-endpoint").contains("No such endpoint"));
        stop(english);
        stop(german);
    }
};

QTEST_GUILESS_MAIN(TestBeaconLanguage)
#include "tst_beaconlanguage.moc"
