// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the command line speaks the saved UI language, else the system's (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG); its machine-readable output and exit codes do not change.
#include "../support/genomedeskprocess.h"
#include "../support/languagesupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_config; // an empty settings directory: no saved UI language

    QProcessEnvironment environment(const QString &locale,
                                    const QString &language = {},
                                    const QString &configDirectory = {}) const
    {
        return TestSupport::localeEnvironment(
                configDirectory.isEmpty() ? m_config.path() : configDirectory, locale, language);
    }

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        const TestSupport::ProcessRun process = TestSupport::runGenomeDesk(arguments, environment);
        return {process.exitCode, process.output, QString::fromUtf8(process.error)};
    }

    /*! The translation of an App message in translations/genomedesk_<language>.ts. */
    static QString translation(const QString &language, const QString &source)
    {
        return TestSupport::translationInTs(language, QStringLiteral("App"), source);
    }

    static QString data(const char *name)
    {
        return QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/") + QLatin1String(name);
    }

private slots:
    void initTestCase() { QVERIFY(m_config.isValid()); }

    void messageFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("translationLanguage");
        QTest::newRow("LC_ALL=de_DE.UTF-8")
                << QStringLiteral("de_DE.UTF-8") << QString() << QStringLiteral("de");
        QTest::newRow("LC_ALL=de_DE.UTF-8 LANGUAGE=de")
                << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("LC_ALL=fr_FR.UTF-8")
                << QStringLiteral("fr_FR.UTF-8") << QString() << QStringLiteral("fr");
        QTest::newRow("LC_ALL=pl_PL.UTF-8")
                << QStringLiteral("pl_PL.UTF-8") << QString() << QStringLiteral("pl");
        QTest::newRow("LC_ALL=C") << QStringLiteral("C") << QString() << QString();
        QTest::newRow("LC_ALL=C.UTF-8") << QStringLiteral("C.UTF-8") << QString() << QString();
    }

    void messageFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, translationLanguage);
        const QString english = QStringLiteral("load: expects exactly one file");
        const QString expected = translationLanguage.isEmpty()
                                         ? english
                                         : translation(translationLanguage, english);
        QVERIFY(!expected.isEmpty());
        if (!translationLanguage.isEmpty())
            QVERIFY(expected != english);

        const Run usage = run({QStringLiteral("load")}, environment(locale, language));
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QStringLiteral("genomedesk: ") + expected),
                 qPrintable(usage.err));

        // Help: the command's description and its option texts.
        const Run help
                = run({QStringLiteral("cache"), QStringLiteral("info"), QStringLiteral("--help")},
                      environment(locale, language));
        QCOMPARE(help.exitCode, 0);
        const QString helpText = QString::fromUtf8(help.out);
        for (const char *source : {"Prints the sources, populations, sites, size and build of a "
                                   "frequency cache.",
                                   "The cache file (.gdfreq).",
                                   "Print JSON."}) {
            const QString english = QString::fromUtf8(source);
            const QString text = translationLanguage.isEmpty()
                                         ? english
                                         : translation(translationLanguage, english);
            QVERIFY2(!text.isEmpty(), source);
            QVERIFY2(helpText.contains(text), qPrintable(helpText));
        }
        QVERIFY(helpText.contains(QStringLiteral("--cache"))); // option names stay
    }

    void missingFileIsTranslatedWithTheSameExitCode()
    {
        const QString missing = QDir(m_config.path()).filePath(QStringLiteral("missing.vcf"));
        const Run english
                = run({QStringLiteral("load"), missing}, environment(QStringLiteral("C")));
        const Run german = run({QStringLiteral("load"), missing},
                               environment(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de")));
        QCOMPARE(english.exitCode, 2);
        QCOMPARE(german.exitCode, english.exitCode);
        QVERIFY(english.err.contains(missing));
        QVERIFY(german.err.contains(missing));
        QVERIFY2(german.err != english.err, qPrintable(german.err));
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
                {QStringLiteral("load")},
                environment(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de"), config.path()));
        QCOMPARE(result.exitCode, 2);
        const QString french = translation(QStringLiteral("fr"),
                                           QStringLiteral("load: expects exactly one file"));
        QVERIFY(!french.isEmpty());
        QVERIFY2(result.err.contains(french), qPrintable(result.err));
        // The command line only reads the settings.
        QCOMPARE(settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray(),
                 QByteArray("[ui]\nlanguage=fr\n"));
    }

    void jsonDoesNotChangeWithTheLanguage()
    {
        const QStringList arguments{
                QStringLiteral("load"), data("small.vcf"), QStringLiteral("--json")};
        const Run english = run(arguments, environment(QStringLiteral("C")));
        const Run german
                = run(arguments, environment(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de")));
        const Run polish = run(arguments, environment(QStringLiteral("pl_PL.UTF-8")));
        QCOMPARE(english.exitCode, 0);
        QVERIFY(!english.out.isEmpty());
        QCOMPARE(german.exitCode, english.exitCode);
        QCOMPARE(polish.exitCode, english.exitCode);
        // Everything but the time taken is byte-identical.
        QCOMPARE(withoutElapsedTime(german.out), withoutElapsedTime(english.out));
        QCOMPARE(withoutElapsedTime(polish.out), withoutElapsedTime(english.out));
    }

private:
    static QByteArray withoutElapsedTime(const QByteArray &json)
    {
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            return QByteArrayLiteral("not JSON: ") + error.errorString().toUtf8();
        if (!document.object().contains(QStringLiteral("elapsedMilliseconds")))
            return QByteArrayLiteral("no elapsedMilliseconds");
        QByteArray text = json;
        // Compare the raw text with the one varying value blanked, so that a change in
        // formatting or key order between languages still fails.
        const QByteArray key = "\"elapsedMilliseconds\": ";
        const qsizetype start = text.indexOf(key);
        qsizetype end = start + key.size();
        while (end < text.size() && text.at(end) >= '0' && text.at(end) <= '9')
            ++end;
        text.replace(start + key.size(), end - start - key.size(), "N");
        return text;
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
