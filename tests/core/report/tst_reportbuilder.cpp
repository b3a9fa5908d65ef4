// SPDX-License-Identifier: GPL-3.0-or-later
// The clinical report of the demo case: findings in the right sections, consent honoured,
// frequencies with their sources, and the report in each shipped language (read back from
// the PDF with pdftotext).
#include <core/common/tr.h>
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/policy/caseevaluation.h>
#include <core/report/reportbuilder.h>
#include <core/report/reportjob.h>
#include <core/report/reportlanguage.h>
#include <core/report/reportrenderer.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<LoadedVariants> m_loaded;
    std::unique_ptr<FrequencyStore> m_cache;
    CaseEvaluationInput m_input;
    ReportContext m_context;

    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    ReportModel build(const CaseEvaluationInput &input) const
    {
        const auto evaluation = CaseEvaluation::evaluate(*m_loaded, input);
        if (!evaluation)
            qFatal("%s", qPrintable(evaluation.error().toString()));
        return ReportBuilder::build(*m_loaded,
                                    evaluation.value(),
                                    input,
                                    m_context,
                                    QStringLiteral("DEMO-0001"),
                                    QStringLiteral("00"),
                                    QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString demo = QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/");
        auto loaded = VcfReader::read(demo + QStringLiteral("demo.vcf"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        m_loaded = std::move(loaded).value();

        auto cache = FrequencyStore::open(m_dir.filePath(QStringLiteral("demo.gdfreq")),
                                          FrequencyStore::OpenMode::ReadWrite);
        QVERIFY(cache);
        m_cache = std::move(cache).value();
        SitesVcfImporter::Options options;
        options.sourceName = QStringLiteral("demo_cohort");
        options.version = QStringLiteral("2026.1");
        QVERIFY(SitesVcfImporter::import(
                *m_cache, demo + QStringLiteral("demo-frequencies.vcf"), options, JobContext()));

        PolicyRegistry registry;
        QVERIFY(registry.load(QStringLiteral("acmg-sf-3.2")));
        m_input.policy = registry.active();
        auto consent
                = ConsentProfile::loadFile(demo + QStringLiteral("consent.json"), &m_input.policy);
        QVERIFY(consent);
        m_input.consent = consent.value();
        auto indication = Indication::loadFile(demo + QStringLiteral("indication.txt"));
        QVERIFY(indication);
        m_input.indication = indication.value();
        m_input.caches << m_cache.get();

        QFile reviews(demo + QStringLiteral("reviews.json"));
        QVERIFY(reviews.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(reviews.readAll()).object();
        for (const QJsonValue &value : root.value(QLatin1String("reviews")).toArray()) {
            const QJsonObject object = value.toObject();
            const QString key = object.value(QLatin1String("variant")).toString();
            m_input.labClassifications.insert(
                    key, significanceFromKey(object.value(QLatin1String("class")).toString()));
            ReviewedVariant review;
            review.classificationKey = object.value(QLatin1String("class")).toString();
            for (const QJsonValue &criterion : object.value(QLatin1String("criteria")).toArray())
                review.criteria << criterion.toString();
            m_context.reviews.insert(key, review);
        }
    }

    void findingsAreInTheirSections()
    {
        const ReportModel model = build(m_input);
        const QList<ReportFinding> primary = model.findingsIn(ReportSection::Primary);
        QCOMPARE(primary.size(), 1);
        QCOMPARE(primary.first().variant.gene, QStringLiteral("MYBPC3"));
        QCOMPARE(primary.first().criteria,
                 (QStringList{QStringLiteral("PVS1"), QStringLiteral("PM2_Supporting")}));
        QCOMPARE(primary.first().classificationKey, QStringLiteral("likely-pathogenic"));

        QStringList secondary;
        for (const ReportFinding &finding : model.findingsIn(ReportSection::Secondary))
            secondary << finding.variant.gene + QLatin1Char('/') + finding.consentCategory;
        QVERIFY2(secondary.contains(QStringLiteral("BRCA2/actionable-adult-onset")),
                 qPrintable(secondary.join(u' ')));
        QVERIFY(secondary.contains(QStringLiteral("MLH1/actionable-adult-onset")));
        // Benign (common) and VUS are never secondary findings.
        QVERIFY(!secondary.join(u' ').contains(QStringLiteral("TTN")));
        QVERIFY(!secondary.join(u' ').contains(QStringLiteral("TP53")));
        // The VUS in an indication gene is listed as such.
        const QList<ReportFinding> uncertain = model.findingsIn(ReportSection::Uncertain);
        QCOMPARE(uncertain.size(), 1);
        QCOMPARE(uncertain.first().variant.gene, QStringLiteral("KCNQ1"));
    }

    void everyFrequencyNamesItsSource()
    {
        const ReportModel model = build(m_input);
        QVERIFY(!model.findings.isEmpty());
        for (const ReportFinding &finding : model.findings) {
            QVERIFY2(!finding.frequencies.isEmpty(), qPrintable(finding.variant.gene));
            for (const ReportFrequency &frequency : finding.frequencies) {
                QCOMPARE(frequency.source, QStringLiteral("demo_cohort"));
                QCOMPARE(frequency.version, QStringLiteral("2026.1"));
                QVERIFY(!frequency.population.isEmpty());
            }
        }
        QVERIFY(model.dataSources.join(u' ').contains(QStringLiteral("demo_cohort 2026.1")));
    }

    void optingOutWithholdsTheCategory()
    {
        CaseEvaluationInput input = m_input;
        input.consent.choices.insert(QStringLiteral("actionable-adult-onset"),
                                     ConsentProfile::Choice::OptOut);
        const ReportModel model = build(input);
        for (const ReportFinding &finding : model.findingsIn(ReportSection::Secondary))
            QVERIFY(finding.consentCategory != QLatin1String("actionable-adult-onset"));
        bool found = false;
        for (const ReportConsentLine &line : model.consent) {
            if (line.category == QLatin1String("actionable-adult-onset")) {
                found = true;
                QVERIFY(!line.consented);
                QCOMPARE(line.findings, 0);
                QVERIFY(line.suppressed >= 2); // BRCA2 and MLH1 (and BRCA1)
            }
        }
        QVERIFY(found);
        // The PDF must not reveal what was withheld.
        const QString pdf = m_dir.filePath(QStringLiteral("opted-out.pdf"));
        QVERIFY(ReportRenderer::writePdf(model, pdf));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(
                QStringLiteral("Actionable conditions with onset in adulthood: not reported")));
        QVERIFY(!text.contains(QStringLiteral("BRCA2")));
        QVERIFY(!text.contains(QStringLiteral("MLH1")));
    }

    void reportInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("accents");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("äöüÄÖÜß");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("éèêàçô");
        QTest::newRow("nl") << QStringLiteral("nl") << QString();
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("àèéìòù");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("áéíóúñ");
        QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("ąćęłńóśźż");
    }

    void reportInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, accents);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const auto translator = ReportLanguage::translator(language);
        QVERIFY2(translator, qPrintable(translator ? QString() : translator.error().toString()));
        QVERIFY(translator.value());

        ReportRequest request;
        request.caseId = QStringLiteral("DEMO-0001");
        request.language = language;
        request.pdfPath = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        request.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        request.evaluation = m_input;
        request.context = m_context;
        const auto written = writeReport(*m_loaded, request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->language, language);
        const QString text = pdfText(request.pdfPath);

        // Every fixed heading is there in the language, and none in English.
        for (const char *heading : {"Summary",
                                    "Primary findings",
                                    "Secondary findings",
                                    "Methods and inputs",
                                    "Data sources and versions",
                                    "Limitations",
                                    "Sign-off"}) {
            const QString translated = translator.value()->translate("Core", heading);
            QVERIFY2(!translated.isEmpty() && translated != QLatin1String(heading),
                     qPrintable(QStringLiteral("%1 untranslated in %2")
                                        .arg(QLatin1String(heading), language)));
            QVERIFY2(text.contains(translated),
                     qPrintable(QStringLiteral("%1: no \"%2\"").arg(language, translated)));
        }
        for (const char *english : {"Primary findings",
                                    "Secondary findings",
                                    "Why it is reported",
                                    "Population frequency",
                                    "not for clinical use"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
        // Accented letters survive the PDF (fonts embedded, text extractable).
        if (!accents.isEmpty()) {
            const bool any = std::any_of(accents.cbegin(), accents.cend(), [&text](QChar c) {
                return text.contains(c);
            });
            QVERIFY2(any, qPrintable(language));
        }
        // Numbers are written the reader's way, never in exponent notation (the policy's
        // reasons once printed "5.56e-05" in every language).
        const QRegularExpression exponent(QStringLiteral("\\d[eE][-+]\\d"));
        QVERIFY2(!text.contains(exponent),
                 qPrintable(text.mid(std::max<qsizetype>(0, text.indexOf(exponent) - 80), 160)));
        // The patient's findings are there whatever the language.
        QVERIFY(text.contains(QStringLiteral("MYBPC3")));
        QVERIFY(text.contains(QStringLiteral("BRCA2")));
    }

    void sameInputsGiveTheSameBytes()
    {
        const ReportModel model = build(m_input);
        const auto first = ReportRenderer::renderPdf(model);
        QVERIFY(first);
        QTest::qWait(1100); // a second later: the PDF must not carry the rendering time
        const auto second = ReportRenderer::renderPdf(model);
        QVERIFY(second);
        QCOMPARE(first->size(), second->size());
        QVERIFY(first.value() == second.value());
        QVERIFY(first->contains("/CreationDate (D:20261126090000"));
        QCOMPARE(ReportRenderer::toHtml(model), ReportRenderer::toHtml(build(m_input)));
    }

    void unknownLanguageIsRefused()
    {
        const auto translator = ReportLanguage::translator(QStringLiteral("xx"));
        QVERIFY(!translator);
        QVERIFY(translator.error().toString().contains(QStringLiteral("de")));
    }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
