// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/family/pedigree.h>

#include <QTest>

using namespace Core;

class TestPedigree : public QObject
{
    Q_OBJECT

private slots:
    void readsATrio()
    {
        const auto pedigree
                = Pedigree::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.ped"));
        QVERIFY(pedigree.has_value());
        QCOMPARE(pedigree->members().size(), 3);
        QCOMPARE(pedigree->sexOf(QStringLiteral("KID")), Sex::Male);
        QCOMPARE(pedigree->sexOf(QStringLiteral("MOTHER")), Sex::Female);
        QCOMPARE(pedigree->sexOf(QStringLiteral("NOBODY")), Sex::Unknown);
        QCOMPARE(pedigree->member(QStringLiteral("KID"))->affected, AffectedStatus::Affected);
        const QList<Pedigree::Trio> trios = pedigree->trios();
        QCOMPARE(trios.size(), 1);
        QCOMPARE(trios.first().child, QStringLiteral("KID"));
        QCOMPARE(trios.first().father, QStringLiteral("FATHER"));
        QCOMPARE(trios.first().mother, QStringLiteral("MOTHER"));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("five columns")
                << QByteArray("F A 0 0 1 2\nF B 0 0 1\n") << qint64(2) << "6 columns";
        QTest::newRow("bad sex") << QByteArray("# header\nF A 0 0 male 2\n") << qint64(2) << "sex";
        QTest::newRow("own parent") << QByteArray("F A A 0 1 2\n") << qint64(1) << "own parent";
        QTest::newRow("duplicate")
                << QByteArray("F A 0 0 1 2\nF A 0 0 1 2\n") << qint64(2) << "twice";
        QTest::newRow("empty") << QByteArray("# only a comment\n") << qint64(0) << "nobody";
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, line);
        QFETCH(QString, messagePart);
        const auto pedigree = Pedigree::parse(text, QStringLiteral("family.ped"));
        QVERIFY(!pedigree.has_value());
        QCOMPARE(pedigree.error().file(), QStringLiteral("family.ped"));
        QCOMPARE(pedigree.error().line(), line);
        QVERIFY2(pedigree.error().message().contains(messagePart),
                 qPrintable(pedigree.error().message()));
    }

    void unknownValuesAndWindowsLineEndings()
    {
        const auto pedigree = Pedigree::parse("F\tA\t0\t0\t0\t-9\r\nF\tB\t0\t0\t2\t0\r\n",
                                              QStringLiteral("x.ped"));
        QVERIFY(pedigree.has_value());
        QCOMPARE(pedigree->members().size(), 2);
        QCOMPARE(pedigree->sexOf(QStringLiteral("A")), Sex::Unknown);
        QCOMPARE(pedigree->member(QStringLiteral("B"))->affected, AffectedStatus::Unknown);
        QVERIFY(pedigree->trios().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPedigree)
#include "tst_pedigree.moc"
