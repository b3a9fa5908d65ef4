// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/variant/variantstore.h>

#include <QTest>

#include <cmath>

using namespace Core;

class TestVariantStore : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("reference");
        QTest::addColumn<QByteArray>("alternate");
        QTest::addColumn<VariantType>("type");
        QTest::newRow("snv") << QByteArray("A") << QByteArray("G") << VariantType::Snv;
        QTest::newRow("mnv") << QByteArray("AC") << QByteArray("GT") << VariantType::Mnv;
        QTest::newRow("insertion")
                << QByteArray("A") << QByteArray("ATT") << VariantType::Insertion;
        QTest::newRow("deletion") << QByteArray("ATT") << QByteArray("A") << VariantType::Deletion;
        QTest::newRow("complex") << QByteArray("ATT") << QByteArray("GC") << VariantType::Complex;
        QTest::newRow("symbolic") << QByteArray("N") << QByteArray("<DUP>")
                                  << VariantType::Structural;
        QTest::newRow("breakend") << QByteArray("G") << QByteArray("G]17:198982]")
                                  << VariantType::Structural;
    }

    void classify()
    {
        QFETCH(QByteArray, reference);
        QFETCH(QByteArray, alternate);
        QFETCH(VariantType, type);
        QCOMPARE(VariantStore::classify(reference, alternate), type);
    }

    void appendAndReadBack()
    {
        VariantStore store({QStringLiteral("S1"), QStringLiteral("S2")});
        GenotypeCall calls[2];
        calls[0].zygosity = Zygosity::Het;
        calls[0].phased = true;
        calls[0].depth = 30;
        calls[0].genotypeQuality = 99;
        calls[0].referenceDepth = 14;
        calls[0].alternateDepth = 16;
        calls[1].zygosity = Zygosity::Missing;
        const qsizetype row
                = store.append("chr7", 117559590, "ATCT", "A", 812.5f, "PASS", false, calls);
        QCOMPARE(row, 0);

        calls[0] = GenotypeCall();
        calls[0].zygosity = Zygosity::HomAlt;
        calls[0].depth = 100000; // saturates
        store.append("chr7", 117559600, "A", "G", std::nanf(""), "LowQual;SB", true, calls);

        QCOMPARE(store.size(), 2);
        QCOMPARE(store.sampleCount(), 2);
        QCOMPARE(store.contig(0), QStringLiteral("chr7"));
        QCOMPARE(store.contigs().size(), 1);
        QCOMPARE(store.position(0), 117559590);
        QCOMPARE(store.reference(0), QByteArray("ATCT"));
        QCOMPARE(store.type(0), VariantType::Deletion);
        QCOMPARE(store.quality(0), 812.5f);
        QVERIFY(std::isnan(store.quality(1)));
        QVERIFY(store.isPass(0));
        QCOMPARE(store.filter(1), QStringLiteral("LowQual;SB"));
        QVERIFY(store.isFromMultiallelic(1));

        const GenotypeCall first = store.genotype(0, 0);
        QCOMPARE(first.zygosity, Zygosity::Het);
        QVERIFY(first.phased);
        QCOMPARE(first.depth, 30);
        QCOMPARE(first.genotypeQuality, 99);
        QCOMPARE(first.alleleBalance(), 16.0 / 30.0);
        const GenotypeCall missing = store.genotype(0, 1);
        QCOMPARE(missing.zygosity, Zygosity::Missing);
        QCOMPARE(missing.depth, GenotypeCall::kMissing);
        QVERIFY(missing.alleleBalance() < 0);
        QCOMPARE(store.genotype(1, 0).depth, 65534);
        QVERIFY(!store.genotype(1, 0).phased);
    }

    void allelesAreInterned()
    {
        VariantStore store;
        for (int i = 0; i < 1000; ++i)
            store.append("chr1", i + 1, "A", "G", 1.0f, "PASS", false, nullptr);
        const qint64 thousand = store.memoryUsage();
        for (int i = 0; i < 1000; ++i)
            store.append("chr1", 2000 + i, "A", "G", 1.0f, "PASS", false, nullptr);
        // Per-row cost stays a few dozen bytes: alleles are stored once.
        QVERIFY(store.memoryUsage() - thousand < 1000 * 64);
        QCOMPARE(store.reference(1999), QByteArray("A"));
    }

    void keys()
    {
        QCOMPARE(zygosityKey(Zygosity::HomAlt), QStringLiteral("hom-alt"));
        QCOMPARE(variantTypeKey(VariantType::Insertion), QStringLiteral("insertion"));
    }

    /*! Keys are for files; the names shown to readers are words (and translated). */
    void typeNames()
    {
        QCOMPARE(variantTypeName(VariantType::Snv), QStringLiteral("SNV"));
        QCOMPARE(variantTypeName(VariantType::Structural), QStringLiteral("Structural"));
        QCOMPARE(variantTypeNameOfKey(QStringLiteral("deletion")), QStringLiteral("Deletion"));
        QCOMPARE(variantTypeNameOfKey(variantTypeKey(VariantType::Mnv)), QStringLiteral("MNV"));
        QCOMPARE(variantTypeNameOfKey(QStringLiteral("inversion")), QStringLiteral("inversion"));
        QCOMPARE(zygosityName(Zygosity::HomAlt), QStringLiteral("homozygous"));
        QCOMPARE(zygosityNameOfKey(zygosityKey(Zygosity::HetOtherAlt)),
                 QStringLiteral("heterozygous (with other ALT)"));
        QCOMPARE(zygosityNameOfKey(QStringLiteral("het")), QStringLiteral("heterozygous"));
        QCOMPARE(zygosityNameOfKey(QStringLiteral("unknown")), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestVariantStore)
#include "tst_variantstore.moc"
