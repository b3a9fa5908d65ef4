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
