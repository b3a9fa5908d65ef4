// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/varianttablemodel.h>

#include <core/vcf/vcfreader.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Gui;

class TestVariantTableModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel()
    {
        VariantTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(VariantTableModel::FixedColumnCount));
    }

    void showsTheStore()
    {
        const auto loaded
                = Core::VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
        QVERIFY(loaded.has_value());

        VariantTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStore(loaded->store);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(),
                 VariantTableModel::FixedColumnCount + 2 * VariantTableModel::SampleColumnCount);

        QCOMPARE(model.headerData(VariantTableModel::Alternate, Qt::Horizontal, Qt::DisplayRole)
                         .toString(),
                 QStringLiteral("Alt"));
        const int motherGenotype
                = VariantTableModel::FixedColumnCount + VariantTableModel::SampleColumnCount;
        QCOMPARE(model.headerData(motherGenotype, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("MOTHER genotype"));

        QCOMPARE(model.index(3, VariantTableModel::Reference).data().toString(),
                 QStringLiteral("CTT"));
        QCOMPARE(model.index(3, VariantTableModel::Filter).data().toString(),
                 QStringLiteral("LowQual"));
        QCOMPARE(model.index(0, VariantTableModel::FixedColumnCount).data().toString(),
                 QStringLiteral("heterozygous"));
        QCOMPARE(model.index(3, VariantTableModel::FixedColumnCount).data().toString(),
                 QStringLiteral("homozygous (phased)"));
        QCOMPARE(model.index(6, VariantTableModel::FixedColumnCount).data().toString(),
                 QStringLiteral("hemizygous"));
        QCOMPARE(model.index(3, motherGenotype).data().toString(), QStringLiteral("no call"));
        QCOMPARE(model.index(5, VariantTableModel::Quality).data().toString(), QStringLiteral("."));
        QCOMPARE(model.index(0, VariantTableModel::Position)
                         .data(VariantTableModel::SortRole)
                         .toLongLong(),
                 1000);
        const int depth = VariantTableModel::FixedColumnCount + VariantTableModel::Depth;
        QCOMPARE(model.index(0, depth).data().toString(), QStringLiteral("22"));
    }

    void sortsAndFiltersInCore();
};

void TestVariantTableModel::sortsAndFiltersInCore()
{
    const auto loaded
            = Core::VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
    QVERIFY(loaded.has_value());
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(loaded->store);

    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(VariantTableModel::Quality, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.index(0, VariantTableModel::Quality).data().toString(), QStringLiteral("99.0"));
    QCOMPARE(model.storeRow(0), 6);
    QCOMPARE(model.index(0, VariantTableModel::Contig).data().toString(), QStringLiteral("chrX"));

    Core::VariantFilter filter;
    filter.passOnly = true;
    model.setRows(Core::VariantQuery::filter(*loaded->store, filter));
    QCOMPARE(model.rowCount(), 6);
    model.sort(VariantTableModel::Position, Qt::AscendingOrder);
    QCOMPARE(model.storeRow(5), 7);
}

QTEST_MAIN(TestVariantTableModel)
#include "tst_varianttablemodel.moc"
