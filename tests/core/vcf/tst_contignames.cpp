// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/contignames.h>

#include <QTest>

using namespace Core;

class TestContigNames : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chr1") << "chr1"
                              << "1";
        QTest::newRow("bare 22") << "22"
                                 << "22";
        QTest::newRow("chrX") << "chrX"
                              << "X";
        QTest::newRow("chrM") << "chrM"
                              << "MT";
        QTest::newRow("MT") << "MT"
                            << "MT";
        QTest::newRow("alt locus kept") << "chr1_KI270706v1_random"
                                        << "chr1_KI270706v1_random";
        QTest::newRow("decoy kept") << "hs37d5"
                                    << "hs37d5";
        QTest::newRow("chr23 is not primary") << "chr23"
                                              << "chr23";
    }

    void canonical()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(canonicalContig(name), expected);
    }

    void ranks()
    {
        QVERIFY(contigRank(QStringLiteral("chr2")) < contigRank(QStringLiteral("chr10")));
        QVERIFY(contigRank(QStringLiteral("22")) < contigRank(QStringLiteral("X")));
        QVERIFY(contigRank(QStringLiteral("chrY")) < contigRank(QStringLiteral("chrM")));
        QVERIFY(contigRank(QStringLiteral("MT")) < contigRank(QStringLiteral("GL000192.1")));
        QVERIFY(isChromosomeX(QStringLiteral("chrX")));
        QVERIFY(isChromosomeY(QStringLiteral("Y")));
        QVERIFY(isPrimaryContig(QStringLiteral("chr21")));
        QVERIFY(!isPrimaryContig(QStringLiteral("chrUn_gl000220")));
    }
};

QTEST_GUILESS_MAIN(TestContigNames)
#include "tst_contignames.moc"
