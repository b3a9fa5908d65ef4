// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/vcf/genomebuild.h>

#include <QTest>

using namespace Core;

class TestGenomeBuild : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QList<ContigLength>>("contigs");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<GenomeBuild>("expected");

        QTest::newRow("GRCh38 with chr prefix")
                << QList<ContigLength>{{QStringLiteral("chr1"), 248956422},
                                       {QStringLiteral("chrX"), 156040895}}
                << QString() << GenomeBuild::GRCh38;
        QTest::newRow("GRCh37 without prefix")
                << QList<ContigLength>{{QStringLiteral("1"), 249250621},
                                       {QStringLiteral("2"), 243199373}}
                << QString() << GenomeBuild::GRCh37;
        QTest::newRow("lengths win over a contradicting reference line")
                << QList<ContigLength>{{QStringLiteral("1"), 249250621}}
                << QStringLiteral("file:///ref/GRCh38.fa") << GenomeBuild::GRCh37;
        QTest::newRow("mixed lengths are not guessed")
                << QList<ContigLength>{{QStringLiteral("1"), 249250621},
                                       {QStringLiteral("2"), 242193529}}
                << QString() << GenomeBuild::Unknown;
        QTest::newRow("reference line only, hg19")
                << QList<ContigLength>{{QStringLiteral("chr1"), 0}} << QStringLiteral("hg19.fasta")
                << GenomeBuild::GRCh37;
        QTest::newRow("reference line only, GRCh38")
                << QList<ContigLength>{} << QStringLiteral("GRCh38_full_analysis_set.fa")
                << GenomeBuild::GRCh38;
        QTest::newRow("unknown contigs")
                << QList<ContigLength>{{QStringLiteral("scaffold_7"), 12345}} << QString()
                << GenomeBuild::Unknown;
        QTest::newRow("mitochondrion alone says nothing")
                << QList<ContigLength>{{QStringLiteral("chrM"), 16569}} << QString()
                << GenomeBuild::Unknown;
    }

    void detect()
    {
        QFETCH(QList<ContigLength>, contigs);
        QFETCH(QString, reference);
        QFETCH(GenomeBuild, expected);
        QCOMPARE(detectGenomeBuild(contigs, reference), expected);
    }

    void names()
    {
        QCOMPARE(genomeBuildName(GenomeBuild::GRCh37), QStringLiteral("GRCh37"));
        QCOMPARE(genomeBuildName(GenomeBuild::GRCh38), QStringLiteral("GRCh38"));
        QCOMPARE(genomeBuildName(GenomeBuild::Unknown), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestGenomeBuild)
#include "tst_genomebuild.moc"
