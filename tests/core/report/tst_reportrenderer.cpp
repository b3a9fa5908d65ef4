// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/report/reportjob.h>
#include <core/report/reportrenderer.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestReportRenderer : public QObject
{
    Q_OBJECT

private:
    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static LoadedVariants loadSmall()
    {
        auto loaded = VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
        return loaded.has_value() ? std::move(loaded).value() : LoadedVariants();
    }

    QTemporaryDir m_dir;
    const QDateTime m_when = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (scripts/setup-deps.sh installs poppler-utils)");
    }

    void modelListsTheSamplesVariants()
    {
        const LoadedVariants loaded = loadSmall();
        QVERIFY(loaded.store);
        const ReportModel model = ReportModel::fromLoadedVariants(
                loaded, 0, QStringLiteral("CASE-1"), QStringLiteral("ab12cd34ef56aa"), m_when);
        // CHILD carries all 8 rows.
        QCOMPARE(model.variants.size(), 8);
        QCOMPARE(model.sample, QStringLiteral("CHILD"));
        QCOMPARE(model.reportId, QStringLiteral("GD-20260301-AB12CD34EF56"));
        QCOMPARE(model.genomeBuild, QStringLiteral("GRCh38"));
        QCOMPARE(model.variants.first().zygosity, QStringLiteral("het"));
        QCOMPARE(model.variants.first().alleleBalance, QStringLiteral("0.55"));

        // MOTHER is hom-ref, 0/2 (seen from ALT T), no call or hom-ref at four rows.
        const ReportModel mother = ReportModel::fromLoadedVariants(
                loaded, 1, QStringLiteral("CASE-1"), QStringLiteral("ab12"), m_when);
        QCOMPARE(mother.sample, QStringLiteral("MOTHER"));
        QCOMPARE(mother.variants.size(), 4);
        QCOMPARE(mother.variants.first().position, 3000);
        QCOMPARE(mother.variants.first().alternate, QStringLiteral("G"));
    }

    void pdfContainsTheVariantsAndPageNumbers()
    {
        const LoadedVariants loaded = loadSmall();
        const QString pdf = m_dir.filePath(QStringLiteral("small.pdf"));
        const auto report = writeVariantReport(loaded, QStringLiteral("CASE-1"), pdf, m_when);
        QVERIFY2(report.has_value(),
                 qPrintable(report.has_value() ? QString() : report.error().toString()));

        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(report->reportId));
        QVERIFY(text.contains(QStringLiteral("CASE-1")));
        QVERIFY(text.contains(QStringLiteral("page 1 of 1")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("chr1:4,?000\\s+CTT\\s+C"))));
        QVERIFY(text.contains(QRegularExpression(
                QStringLiteral("chrX:300,?000\\s+G\\s+A\\s+SNV\\s+hemizygous"))));
        QVERIFY(text.contains(report->inputSha256));
        QVERIFY(text.contains(QStringLiteral("not for clinical use")));
    }

    /*! The listing speaks the reader's language: zygosity in words, not the file keys. */
    void listingInGerman()
    {
        const LoadedVariants loaded = loadSmall();
        ReportRequest request;
        request.caseId = QStringLiteral("CASE-1");
        request.pdfPath = m_dir.filePath(QStringLiteral("small-de.pdf"));
        request.createdAt = m_when;
        request.language = QStringLiteral("de");
        const auto report = writeReport(loaded, request);
        QVERIFY2(report.has_value(),
                 qPrintable(report.has_value() ? QString() : report.error().toString()));
        const QString pdf = request.pdfPath;
        const QString text = pdfText(pdf);
        QVERIFY2(
                text.contains(QRegularExpression(QStringLiteral("chrX:300.?000\\s+G\\s+A\\s+SNV\\s+"
                                                                "hemizygot\\b"))),
                qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\bheterozygot\\b"))),
                 qPrintable(text));
        for (const char *key : {"hemizygous", "hom-alt", "snv"})
            QVERIFY2(!text.contains(QLatin1String(key)), key);
        const QRegularExpressionMatch key
                = QRegularExpression(QStringLiteral(".{30}\\bhet\\b.{30}")).match(text);
        QVERIFY2(!key.hasMatch(), qPrintable(key.captured()));
    }

    void longReportsBreakAcrossPagesWithHeaders()
    {
        const auto loaded
                = VcfReader::read(QStringLiteral(GENOMEDESK_SOURCE_DIR "/resources/demo/demo.vcf"));
        QVERIFY(loaded.has_value());
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        QVERIFY(writeVariantReport(loaded.value(), QStringLiteral("DEMO"), pdf, m_when)
                        .has_value());
        const QString text = pdfText(pdf);
        const QRegularExpression pages(QStringLiteral("page (\\d+) of (\\d+)"));
        int seen = 0;
        int total = 0;
        for (auto it = pages.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            ++seen;
            QCOMPARE(match.captured(1).toInt(), seen);
            total = match.captured(2).toInt();
        }
        QVERIFY(seen > 1);
        QCOMPARE(seen, total);
        // The table header repeats on every page that holds variant rows.
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), total);
        int pagesWithRows = 0;
        for (const QString &page : pageTexts) {
            if (!page.contains(QRegularExpression(QStringLiteral("chr\\w+:[\\d,]+\\s"))))
                continue;
            ++pagesWithRows;
            QVERIFY(page.contains(QStringLiteral("Zygosity")));
        }
        QVERIFY(pagesWithRows > 1);
    }

    void unwritablePathIsAnErrorAndLeavesNothing()
    {
        const LoadedVariants loaded = loadSmall();
        const QString pdf = m_dir.filePath(QStringLiteral("missing-directory/report.pdf"));
        const auto report = writeVariantReport(loaded, QStringLiteral("CASE-1"), pdf, m_when);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().code(), Error::Code::FileUnwritable);
        QCOMPARE(report.error().file(), pdf);
        QVERIFY(!QFile::exists(pdf));
    }

    void htmlEscapesFileContent()
    {
        ReportModel model;
        model.caseId = QStringLiteral("<script>");
        const QString html = ReportRenderer::toHtml(model);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }
};

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
