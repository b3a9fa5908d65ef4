// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/varianttablemodel.h>

#include <core/family/inheritance.h>
#include <core/variant/filtercascade.h>
#include <core/vcf/consequenceparser.h>
#include <core/vcf/vcfreader.h>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <tuple>

using namespace Gui;

namespace {

// The store rows the model shows, in table order.
std::vector<quint32> shownRows(const VariantTableModel &model)
{
    std::vector<quint32> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.push_back(quint32(model.storeRow(row)));
    return rows;
}

Core::LoadedVariants loadTrio()
{
    Core::VcfReader::Options options;
    options.pedigreeFile = QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.ped");
    auto loaded = Core::VcfReader::read(
            QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/trio/trio.vcf"), Core::JobContext(), options);
    return loaded ? std::move(loaded).value() : Core::LoadedVariants();
}

// One step on the trio's inheritance flags (the fixture has no DP/GQ for the presets).
Core::FilterCascade inheritanceCascade(int flags)
{
    Core::VariantFilter filter;
    filter.inheritanceFlags = flags;
    Core::FilterCascade cascade;
    cascade.addStep(QString::number(flags), filter);
    return cascade;
}

} // namespace

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
    void showsAndSortsThePhredLikelihoods();
    void cancelKeepsWhatIsShown();
    void filtersAndSortsInAWorker();
    void dropsSupersededResults();
    void sortKeepsTheSelectedVariant();
    void smallStoresStaySynchronous();
    void reSortsMatchTheCoreSorts();
};

// The model keeps an order per column sorted by (Core::SortOrderCache): sorting again by a
// column, in the other direction or after a new filter, in the calling thread or in the
// worker, gives the rows of VariantQuery::sorted() on the filtered rows.
void TestVariantTableModel::reSortsMatchTheCoreSorts()
{
    auto store = std::make_shared<Core::VariantStore>(
            QStringList{QStringLiteral("S1"), QStringLiteral("S2")});
    std::mt19937 random(4);
    const auto pick = [&random](int count) {
        return int(random() % unsigned(count));
    };
    const char *contigs[] = {"chr2", "chrX", "chr1"};
    const char *filters[] = {"PASS", "LowQual", "PASS"};
    const QString genes[] = {QStringLiteral("BRCA2"), QStringLiteral("tp53"), QString()};
    const QString consequences[] = {QStringLiteral("missense_variant"),
                                    QStringLiteral("stop_gained"),
                                    QStringLiteral("intron_variant")};
    constexpr int rows = 5000; // the core tests cover several chunks
    for (int row = 0; row < rows; ++row) {
        Core::GenotypeCall calls[2];
        for (Core::GenotypeCall &call : calls) {
            call.zygosity = Core::Zygosity(pick(5));
            call.depth = pick(60);
            call.genotypeQuality = pick(10) == 0 ? Core::GenotypeCall::kMissing : pick(99);
            call.alternateDepth = pick(20);
            call.referenceDepth = pick(20);
            call.totalAlleleDepth = call.alternateDepth + call.referenceDepth;
        }
        store->append(contigs[pick(3)],
                      1 + pick(1000000),
                      "A",
                      "G",
                      pick(6) == 0 ? std::numeric_limits<float>::quiet_NaN() : float(pick(300)),
                      filters[pick(3)],
                      false,
                      calls);
        Core::TranscriptConsequence consequence;
        consequence.gene = genes[(row / 100) % 3];
        consequence.consequence = consequences[pick(3)];
        store->setConsequence(row, consequence);
    }
    using Key = Core::VariantQuery::SortKey;
    const int sampleColumn = VariantTableModel::FixedColumnCount
                             + VariantTableModel::SampleColumnCount; // sample 2
    const std::vector<std::tuple<int, Key, int>> columns = {
            {VariantTableModel::Gene, Key::Gene, 0},
            {VariantTableModel::Quality, Key::Quality, 0},
            {VariantTableModel::Consequence, Key::Severity, 0},
            {VariantTableModel::Filter, Key::Filter, 0},
            {VariantTableModel::Position, Key::Position, 0},
            {sampleColumn + VariantTableModel::Depth, Key::Depth, 1},
            {sampleColumn + VariantTableModel::AlleleBalance, Key::AlleleBalance, 1},
            {sampleColumn + VariantTableModel::Genotype, Key::Zygosity, 1},
    };
    Core::VariantFilter passOnly;
    passOnly.passOnly = true;
    Core::FilterCascade cascade;
    cascade.addStep(QStringLiteral("PASS"), passOnly);
    const std::vector<quint32> passing = cascade.run(*store).rows;

    for (const bool inWorker : {false, true}) {
        VariantTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsynchronousThreshold(inWorker ? 0 : rows + 1);
        model.setStore(store);
        QSignalSpy finished(&model, &VariantTableModel::queryFinished);
        const auto waitForRows = [&] {
            if (inWorker)
                QVERIFY(finished.wait(10000));
            finished.clear();
        };
        const std::vector<quint32> all = Core::VariantQuery::allRows(*store);
        // Twice over the columns: the second time every order is kept (or was dropped for a
        // newer one: the model keeps four).
        for (int round = 0; round < 2; ++round) {
            for (const auto &[column, key, sample] : columns) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    model.sort(column, order);
                    waitForRows();
                    QCOMPARE(shownRows(model),
                             Core::VariantQuery::sorted(
                                     *store, all, key, order == Qt::AscendingOrder, sample));
                }
            }
        }
        // A new filter while sorted: its rows in the order of the column.
        model.sort(VariantTableModel::Gene, Qt::DescendingOrder);
        waitForRows();
        model.setCascade(cascade);
        waitForRows();
        QCOMPARE(shownRows(model), Core::VariantQuery::sorted(*store, passing, Key::Gene, false));
        model.sort(VariantTableModel::Gene, Qt::AscendingOrder);
        waitForRows();
        QCOMPARE(shownRows(model), Core::VariantQuery::sorted(*store, passing, Key::Gene, true));
        // Rows given in another order: sorted as before (from store order, through the cache).
        std::vector<quint32> shuffled = passing;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(2));
        model.setRows(shuffled);
        model.sort(VariantTableModel::Quality, Qt::DescendingOrder);
        waitForRows();
        QCOMPARE(shownRows(model),
                 Core::VariantQuery::sorted(*store, passing, Key::Quality, false));
    }
}

// A preset and a sort in the worker thread give exactly the rows of the synchronous core calls.
void TestVariantTableModel::filtersAndSortsInAWorker()
{
    const auto loaded
            = Core::VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
    QVERIFY(loaded.has_value());
    const Core::VariantStore &store = *loaded->store;
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsynchronousThreshold(0);
    model.setStore(loaded->store);
    QSignalSpy finished(&model, &VariantTableModel::queryFinished);
    QSignalSpy busy(&model, &VariantTableModel::busyChanged);

    const auto preset = Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0);
    model.setCascade(preset);
    // Started, not done: the rows change only when the worker's result is swapped in.
    QVERIFY(model.isBusy());
    QVERIFY(model.isFilterPending());
    QCOMPARE(model.rowCount(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!model.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    const Core::FilterCascade::Result expected = preset.run(store);
    QCOMPARE(shownRows(model), expected.rows);
    QCOMPARE(model.cascadeSteps().size(), expected.steps.size());
    for (qsizetype step = 0; step < expected.steps.size(); ++step)
        QCOMPARE(model.cascadeSteps().at(step).after, expected.steps.at(step).after);

    model.sort(VariantTableModel::Quality, Qt::DescendingOrder);
    QVERIFY(model.isBusy());
    QVERIFY(!model.isFilterPending());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(shownRows(model),
             Core::VariantQuery::sorted(
                     store, expected.rows, Core::VariantQuery::SortKey::Quality, false));
    QCOMPARE(model.index(0, VariantTableModel::Quality).data().toString(), QStringLiteral("99.0"));

    // A new filter keeps the sort column.
    const auto all = Core::FilterCascade::preset(Core::FilterCascade::Preset::AllVariants, 0);
    model.setCascade(all);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    QCOMPARE(shownRows(model),
             Core::VariantQuery::sorted(store,
                                        Core::VariantQuery::allRows(store),
                                        Core::VariantQuery::SortKey::Quality,
                                        false));
}

// Quick edits: only the last request's rows are ever shown.
void TestVariantTableModel::dropsSupersededResults()
{
    const Core::LoadedVariants trio = loadTrio();
    QVERIFY(trio.store);
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsynchronousThreshold(0);
    model.setStore(trio.store);
    QSignalSpy finished(&model, &VariantTableModel::queryFinished);
    using Flags = Core::InheritanceAnalysis;

    // Three edits without returning to the event loop: the first two are cancelled or dropped.
    model.setCascade(inheritanceCascade(Flags::DeNovo), trio.inheritance);
    model.sort(VariantTableModel::Gene, Qt::DescendingOrder);
    const int recessiveFlags = Flags::HomozygousRecessive | Flags::CompoundHeterozygous;
    model.setCascade(inheritanceCascade(recessiveFlags), trio.inheritance);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 10000);
    QCOMPARE(finished.count(), 1);
    const auto recessive
            = inheritanceCascade(recessiveFlags).run(*trio.store, trio.inheritance.get());
    QVERIFY(recessive.rows.size() >= 4);
    QCOMPARE(shownRows(model),
             Core::VariantQuery::sorted(
                     *trio.store, recessive.rows, Core::VariantQuery::SortKey::Gene, false));
    QCOMPARE(model.cascadeSteps().last().name, recessive.steps.last().name);

    // Edits with the event loop running in between: whatever finished on the way, the table
    // ends with the last one.
    std::vector<int> counts;
    connect(&model, &VariantTableModel::queryFinished, &model, [&counts, &model] {
        counts.push_back(model.rowCount());
    });
    for (const int flags : {0, int(Flags::XLinked), int(Flags::DeNovo), recessiveFlags}) {
        model.setCascade(flags ? inheritanceCascade(flags) : Core::FilterCascade(),
                         trio.inheritance);
        QTest::qWait(1);
    }
    model.setCascade(inheritanceCascade(Flags::XLinked), trio.inheritance);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 10000);
    const auto xLinked
            = inheritanceCascade(Flags::XLinked).run(*trio.store, trio.inheritance.get());
    QVERIFY(!xLinked.rows.empty());
    QVERIFY(xLinked.rows.size() != recessive.rows.size());
    QCOMPARE(shownRows(model),
             Core::VariantQuery::sorted(
                     *trio.store, xLinked.rows, Core::VariantQuery::SortKey::Gene, false));
    QVERIFY(!counts.empty());
    QCOMPARE(counts.back(), int(xLinked.rows.size()));
    // Nothing arrives late.
    QTest::qWait(50);
    QCOMPARE(counts.back(), int(xLinked.rows.size()));
    QCOMPARE(model.rowCount(), int(xLinked.rows.size()));
}

// A sort moves the selection and the current index with their variants (layoutChanged).
void TestVariantTableModel::sortKeepsTheSelectedVariant()
{
    const Core::LoadedVariants trio = loadTrio();
    QVERIFY(trio.store);
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsynchronousThreshold(0);
    model.setStore(trio.store);
    QItemSelectionModel selection(&model);
    const int row = 3;
    const qsizetype selected = model.storeRow(row);
    selection.setCurrentIndex(model.index(row, VariantTableModel::Gene),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy finished(&model, &VariantTableModel::queryFinished);
    model.sort(VariantTableModel::Position, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(model.storeRow(0), trio.store->size() - 1);
    QVERIFY(selection.currentIndex().isValid());
    QCOMPARE(model.storeRow(selection.currentIndex().row()), selected);
    QCOMPARE(selection.currentIndex().column(), int(VariantTableModel::Gene));
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(model.storeRow(rows.first().row()), selected);
    QCOMPARE(model.tableRows({quint32(selected), 9999}),
             std::vector<int>({selection.currentIndex().row(), -1}));
}

// Below the threshold the model answers at once, without a worker.
void TestVariantTableModel::smallStoresStaySynchronous()
{
    const auto loaded
            = Core::VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
    QVERIFY(loaded.has_value());
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.asynchronousThreshold(), VariantTableModel::kAsynchronousThreshold);
    model.setStore(loaded->store);
    QSignalSpy busy(&model, &VariantTableModel::busyChanged);
    QSignalSpy finished(&model, &VariantTableModel::queryFinished);
    model.setCascade(Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(busy.count(), 0);
}

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

// The per-sample PL column: the values of the shown ALT as in VCF, sorted by them in order.
void TestVariantTableModel::showsAndSortsThePhredLikelihoods()
{
    const auto loaded = Core::VcfReader::read(
            QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/likelihoods.vcf"));
    QVERIFY(loaded.has_value());
    const Core::VariantStore &store = *loaded->store;
    QVERIFY(store.hasPhredLikelihoods());
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(loaded->store);
    const int s1 = VariantTableModel::FixedColumnCount + VariantTableModel::PhredLikelihoods;
    const int s2 = s1 + VariantTableModel::SampleColumnCount;
    QCOMPARE(model.columnCount(),
             VariantTableModel::FixedColumnCount + 2 * VariantTableModel::SampleColumnCount);
    QCOMPARE(model.headerData(s1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("S1 PL"));
    QCOMPARE(model.headerData(s2, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("S2 PL"));
    QVERIFY(model.headerData(s1, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("FORMAT/PL")));
    // chr1:1000 A>G; chr1:2000 A>G split from A>C,G (0/0, 0/2, 2/2 of the record); chrM haploid;
    // chr1:7000 has no PL.
    QCOMPARE(model.index(0, s1).data().toString(), QStringLiteral("250,0,310"));
    QCOMPARE(model.index(0, s2).data().toString(), QStringLiteral("700,60,0"));
    QCOMPARE(model.index(2, s1).data().toString(), QStringLiteral("400,210,350"));
    QCOMPARE(model.index(13, s1).data().toString(), QStringLiteral("255,0"));
    QCOMPARE(model.index(10, s1).data().toString(), QStringLiteral("."));
    QVERIFY(!model.index(10, s1).data(VariantTableModel::SortRole).isValid()
            || std::isnan(model.index(10, s1).data(VariantTableModel::SortRole).toDouble()));
    QCOMPARE(model.index(0, s1).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    // The expected order, by comparing the values one after the other: "." after numbers, the
    // absent third value of a haploid call as 0, calls without PL last.
    const auto expectedOrder = [&store](int sample, bool ascending) {
        using Key = std::tuple<bool, int, int, int>; // without PL, then the values
        std::vector<quint32> rows = Core::VariantQuery::allRows(store);
        std::vector<Key> keys;
        for (quint32 row : rows) {
            const Core::GenotypeCall call = store.genotype(row, sample);
            int values[3] = {0, 0, 0};
            for (int i = 0; i < call.phredLikelihoodCount; ++i)
                values[i] = call.phredLikelihoods[size_t(i)] < 0 ? 65535
                                                                 : call.phredLikelihoods[size_t(i)];
            keys.emplace_back(call.phredLikelihoodCount == 0, values[0], values[1], values[2]);
        }
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            if (std::get<0>(keys[a]) != std::get<0>(keys[b]))
                return !std::get<0>(keys[a]); // without PL last, either way
            return ascending ? keys[a] < keys[b] : keys[b] < keys[a];
        });
        return rows;
    };
    model.sort(s1, Qt::AscendingOrder);
    QCOMPARE(shownRows(model), expectedOrder(0, true));
    QCOMPARE(model.index(0, s1).data().toString(), QStringLiteral("0,10,20"));
    model.sort(s2, Qt::DescendingOrder);
    QCOMPARE(shownRows(model), expectedOrder(1, false));

    // The same in a worker.
    model.setAsynchronousThreshold(0);
    QSignalSpy finished(&model, &VariantTableModel::queryFinished);
    model.sort(s1, Qt::DescendingOrder);
    QVERIFY(model.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(shownRows(model), expectedOrder(0, false));
}

// cancel() stops the worker and leaves rows, steps and the sort column as they were shown.
void TestVariantTableModel::cancelKeepsWhatIsShown()
{
    const auto loaded
            = Core::VcfReader::read(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
    QVERIFY(loaded.has_value());
    const Core::VariantStore &store = *loaded->store;
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsynchronousThreshold(0);
    model.setStore(loaded->store);
    QVERIFY(!model.cancel()); // nothing runs
    QSignalSpy finished(&model, &VariantTableModel::queryFinished);
    QSignalSpy cancelled(&model, &VariantTableModel::queryCancelled);
    QSignalSpy busy(&model, &VariantTableModel::busyChanged);

    // A shown filter and order to keep.
    const auto pass = Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0);
    model.setCascade(pass);
    model.sort(VariantTableModel::Quality, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const std::vector<quint32> shown = shownRows(model);
    QCOMPARE(shown.size(), size_t(5));
    const QList<Core::FilterCascade::StepResult> steps = model.cascadeSteps();

    // A filter cancelled before its rows arrive: nothing changes, now or later.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    busy.clear();
    model.setCascade(Core::FilterCascade::preset(Core::FilterCascade::Preset::AllVariants, 0));
    QVERIFY(model.isBusy() && model.isFilterPending());
    QVERIFY(model.cancel());
    QVERIFY(!model.isBusy());
    QVERIFY(!model.isFilterPending());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.last().first().toBool(), true);
    QVERIFY(!model.cancel());
    QTest::qWait(100); // the worker's end is dropped
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(shownRows(model), shown);
    QCOMPARE(model.cascadeSteps().size(), steps.size());
    QCOMPARE(model.sortColumn(), int(VariantTableModel::Quality));

    // A sort cancelled: the order and the sort column stay those shown.
    model.sort(VariantTableModel::Position, Qt::AscendingOrder);
    QVERIFY(model.isBusy() && !model.isFilterPending());
    QCOMPARE(model.sortColumn(), int(VariantTableModel::Position));
    QVERIFY(model.cancel());
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(cancelled.last().first().toBool(), false);
    QCOMPARE(model.sortColumn(), int(VariantTableModel::Quality));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(shownRows(model), shown);

    // A filter and a sort asked for together, cancelled together; then one that finishes.
    model.setCascade(Core::FilterCascade::preset(Core::FilterCascade::Preset::AllVariants, 0));
    model.sort(VariantTableModel::Position, Qt::DescendingOrder);
    QVERIFY(model.cancel());
    QCOMPARE(cancelled.last().first().toBool(), true);
    QCOMPARE(model.sortColumn(), int(VariantTableModel::Quality));
    QCOMPARE(shownRows(model), shown);
    model.sort(VariantTableModel::Position, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(shownRows(model),
             Core::VariantQuery::sorted(
                     store, pass.run(store).rows, Core::VariantQuery::SortKey::Position, false));
}

QTEST_MAIN(TestVariantTableModel)
#include "tst_varianttablemodel.moc"
