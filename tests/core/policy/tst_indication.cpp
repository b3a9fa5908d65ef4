// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/policy/indication.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestIndication : public QObject
{
    Q_OBJECT

private slots:
    void geneList();
    void badSymbol();
    void panelAppGreenGenesOnly();
    void sharedPanelApp();
    void phenotypeTermsAndFreeText();
    void phenotypeWithoutGenes();
    void badHpoTerm_data();
    void badHpoTerm();
};

void TestIndication::geneList()
{
    const auto indication = Indication::loadFile(
            QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/policy/indication-hboc.txt"));
    QVERIFY(indication.has_value());
    QCOMPARE(indication->genes,
             (QStringList{
                     QStringLiteral("BRCA1"), QStringLiteral("BRCA2"), QStringLiteral("PALB2")}));
    QVERIFY(indication->contains(QStringLiteral("BRCA2")));
    QVERIFY(!indication->contains(QStringLiteral("MUTYH")));
    QCOMPARE(indication->name, QStringLiteral("indication-hboc.txt"));
}

void TestIndication::phenotypeTermsAndFreeText()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("epilepsy.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Ordered for early-onset epilepsy\n"
               "Indication: epileptic encephalopathy, onset at 4 months\n"
               "HP:0001250 Seizure\n"
               "HP:0001263, Global developmental delay # from the referral\n"
               "HP:0001250 Seizure\n"
               "SCN1A, KCNQ2\n"
               "STXBP1\n");
    file.close();
    const auto indication = Indication::loadFile(path);
    QVERIFY2(indication.has_value(),
             qPrintable(indication ? QString() : indication.error().toString()));
    QCOMPARE(indication->genes,
             (QStringList{
                     QStringLiteral("KCNQ2"), QStringLiteral("SCN1A"), QStringLiteral("STXBP1")}));
    // Labels are not mistaken for gene symbols; a repeated term is kept once.
    QCOMPARE(indication->phenotypeIds(),
             (QStringList{QStringLiteral("HP:0001250"), QStringLiteral("HP:0001263")}));
    QCOMPARE(indication->phenotypes.at(0).label, QStringLiteral("Seizure"));
    QCOMPARE(indication->phenotypes.at(1).label, QStringLiteral("Global developmental delay"));
    QCOMPARE(indication->description,
             QStringLiteral("epileptic encephalopathy, onset at 4 months"));
    QVERIFY(indication->hasPhenotype());
    QVERIFY(!indication->isEmpty());
    QVERIFY(indication->contains(QStringLiteral("SCN1A")));
    QVERIFY(!indication->contains(QStringLiteral("Seizure")));
}

void TestIndication::phenotypeWithoutGenes()
{
    // Phenotype only: kept, but no gene makes a finding primary.
    const auto indication = Indication::fromText(
            QStringLiteral("phenotype: dilated cardiomyopathy\nHP:0001644\n"),
            QStringLiteral("referral"));
    QVERIFY(indication.has_value());
    QVERIFY(indication->isEmpty());
    QVERIFY(indication->hasPhenotype());
    QCOMPARE(indication->phenotypeIds(), QStringList{QStringLiteral("HP:0001644")});
    QCOMPARE(indication->phenotypes.at(0).label, QString());
    QCOMPARE(indication->description, QStringLiteral("dilated cardiomyopathy"));
    QVERIFY(!indication->contains(QStringLiteral("TTN")));
    QCOMPARE(indication->name, QStringLiteral("referral"));
}

void TestIndication::badHpoTerm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("term");
    QTest::newRow("six digits") << QStringLiteral("BRCA1\nHP:000125 Seizure\n") << 2
                                << QStringLiteral("HP:000125");
    QTest::newRow("letters") << QStringLiteral("HP:00012AB\n") << 1 << QStringLiteral("HP:00012AB");
    QTest::newRow("lower case") << QStringLiteral("# x\n\nhp:0001250\n") << 3
                                << QStringLiteral("hp:0001250");
}

void TestIndication::badHpoTerm()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, term);
    const auto indication = Indication::fromText(text, {}, QStringLiteral("indication.txt"));
    QVERIFY(!indication.has_value());
    QCOMPARE(indication.error().line(), line);
    QCOMPARE(indication.error().file(), QStringLiteral("indication.txt"));
    QVERIFY2(indication.error().message().contains(term), qPrintable(indication.error().message()));
    QVERIFY(indication.error().message().contains(QLatin1String("HPO")));
}

void TestIndication::badSymbol()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("genes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BRCA1\n# comment\nBRCA2 (HBOC)\n");
    file.close();
    const auto indication = Indication::loadFile(path);
    QVERIFY(!indication.has_value());
    QCOMPARE(indication.error().line(), 3);
}

void TestIndication::panelAppGreenGenesOnly()
{
    const auto indication
            = Indication::loadFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/knowledge/panel.tsv"));
    QVERIFY2(indication.has_value(),
             qPrintable(indication ? QString() : indication.error().toString()));
    // TTN is amber (confidence 2) and the region row is not a gene.
    QCOMPARE(indication->genes, (QStringList{QStringLiteral("MYBPC3"), QStringLiteral("MYH7")}));
    QCOMPARE(indication->name, QStringLiteral("Test cardiomyopathy v1.2"));
}

void TestIndication::sharedPanelApp()
{
    const QString tsv = QStringLiteral(GENOMEDESK_SHARED_DATA_DIR
                                       "/panels/panelapp_panels.3panels.genes.tsv");
    if (!QFile::exists(tsv))
        QSKIP("shared data not present: panels/panelapp_panels.3panels.genes.tsv");
    const auto indication = Indication::loadFile(tsv);
    QVERIFY(indication.has_value());
    QVERIFY(indication->contains(QStringLiteral("BAP1")));
    QVERIFY(indication->name.contains(QStringLiteral("Familial melanoma v2.5")));
}

QTEST_GUILESS_MAIN(TestIndication)
#include "tst_indication.moc"
