// SPDX-License-Identifier: GPL-3.0-or-later
// DetailPane's genotype table: one row per sample with DP, GQ, AD, allele balance and the
// phred-scaled genotype likelihoods (FORMAT/PL) of the shown ALT row.
#include <ui/detailpane.h>

#include <core/vcf/vcfreader.h>

#include <QTest>
#include <QTextBrowser>

using namespace Gui;

class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    static QString genotypeTableHtml(const DetailPane &pane)
    {
        const auto *browser = pane.findChild<QTextBrowser *>();
        return browser ? browser->toHtml() : QString();
    }

private slots:
    void initTestCase() { Core::VcfReader::initializeLibrary(); }

    void showsThePhredLikelihoodsOfTheSplitRow()
    {
        const auto loaded = Core::VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/likelihoods.vcf"));
        QVERIFY(loaded.has_value());
        DetailPane pane;
        // Row 2: chr1:2000 A>G, split from A>C,G; S1 1/2 with PL 400,200,300,210,0,350.
        pane.showVariant(loaded.value(), 2);
        const QString text = pane.text();
        QVERIFY2(text.contains(QLatin1String("PL")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("400,210,350")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("90,200,400")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("400,200,300")));
        // The PL column comes after the allele balance column, the other columns are kept (a
        // heading of two words is set on two lines).
        QVERIFY2(text.simplified().contains(
                         QLatin1String("Sample Genotype DP GQ AD ref/alt Allele balance PL")),
                 qPrintable(text));
        QVERIFY(genotypeTableHtml(pane).contains(QLatin1String(">PL<")));

        // Haploid (chrM, GT 1 and 0): two values per call.
        pane.showVariant(loaded.value(), 13);
        QVERIFY2(pane.text().contains(QLatin1String("255,0")), qPrintable(pane.text()));
        QVERIFY2(pane.text().contains(QLatin1String("0,255")), qPrintable(pane.text()));

        // PL written as "." is missing; a record without PL shows a dash, not zeros.
        pane.showVariant(loaded.value(), 6);
        QVERIFY(!pane.text().contains(QLatin1String("0,0,0")));
        QVERIFY2(pane.text().contains(QLatin1String(".,.,.")), qPrintable(pane.text()));
        pane.showVariant(loaded.value(), 10);
        QVERIFY(!pane.text().contains(QLatin1String(".,.,.")));
    }

    void noColumnWithoutPlInTheHeader()
    {
        const auto loaded = Core::VcfReader::read(
                QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/phased-trio.vcf"));
        QVERIFY(loaded.has_value());
        DetailPane pane;
        pane.showVariant(loaded.value(), 0);
        QVERIFY(!genotypeTableHtml(pane).contains(QLatin1String(">PL<")));
        QVERIFY2(pane.text().simplified().contains(
                         QLatin1String("Sample Genotype DP GQ AD ref/alt Allele balance")),
                 qPrintable(pane.text()));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
