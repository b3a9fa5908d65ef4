// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/detailpane.h>
#include <ui/filterpanel.h>
#include <ui/mainwindow.h>
#include <ui/uilanguage.h>
#include <ui/varianttablemodel.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QTreeView>

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.vcf"));
        QVERIFY(QFile::copy(QStringLiteral(":/demo/demo.vcf"), m_demo));
    }

    // Each test starts from a fresh user profile (the preset and recent files are saved).
    void init() { QSettings().clear(); }

    void opensTheDemoCase()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(m_demo);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        // 300 records, one of them with two ALT alleles.
        QCOMPARE(window.variantModel()->rowCount(), 301);
        QCOMPARE(window.variantView()->model()->rowCount(), 301);
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.vcf")));

        // Case → Load Report shows what the load read, skipped and altered.
        QAction *loadReport = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().contains(QStringLiteral("Load Report")))
                loadReport = action;
        }
        QVERIFY(loadReport);
        QVERIFY(loadReport->isEnabled());
        loadReport->trigger();
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("loadReportText"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(QStringLiteral("300 record(s)")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("GRCh38")));
    }

    void appliesThePolicyWithConsent()
    {
        MainWindow window;
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.indication = Core::Indication::fromGenes({QStringLiteral("MYBPC3")});
        // The lab classified the MYBPC3 frameshift and the BRCA2 nonsense variant.
        setup.classifications.insert(QStringLiteral("11-47343210-G-GA"),
                                     Core::Significance::LikelyPathogenic);
        setup.classifications.insert(QStringLiteral("13-32340312-G-A"),
                                     Core::Significance::Pathogenic);
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(evaluated.first().first().toBool(), true);
        QVERIFY(window.evaluation());

        // The decision column shows a badge with text for the primary finding.
        VariantTableModel *model = window.variantModel();
        QVERIFY(window.selectFirstReportedVariant());
        const int row = window.variantView()->currentIndex().row();
        const QModelIndex decision = model->index(row, VariantTableModel::Decision);
        QCOMPARE(decision.data().toString(), Core::decisionLabel(Core::Decision::ReportPrimary));
        QVERIFY(decision.data(Qt::BackgroundRole).isValid());
        QVERIFY(decision.data(Qt::ToolTipRole).toString().contains(QStringLiteral("MYBPC3")));
        QCOMPARE(model->index(row, VariantTableModel::Gene).data().toString(),
                 QStringLiteral("MYBPC3"));
        QVERIFY(window.detailPane()->text().contains(
                Core::decisionLabel(Core::Decision::ReportPrimary)));

        // Without consent to adult-onset findings, BRCA2 is withheld; with it, reported.
        const auto decisionOf = [model](const QString &gene) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, VariantTableModel::Gene).data().toString() == gene)
                    return model->index(row, VariantTableModel::Decision).data().toString();
            }
            return QString();
        };
        Core::ConsentProfile consent;
        consent.choices.insert(QStringLiteral("actionable-adult-onset"),
                               Core::ConsentProfile::Choice::OptOut);
        evaluated.clear();
        window.setConsent(consent);
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(decisionOf(QStringLiteral("BRCA2")),
                 Core::decisionLabel(Core::Decision::SuppressedByConsent));
        consent.choices.insert(QStringLiteral("actionable-adult-onset"),
                               Core::ConsentProfile::Choice::OptIn);
        evaluated.clear();
        window.setConsent(consent);
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(decisionOf(QStringLiteral("BRCA2")),
                 Core::decisionLabel(Core::Decision::ReportSecondary));

        // "Only policy findings" keeps what the policy reports, withholds or flags, as the
        // last step of the cascade; "only the policy's genes" keeps the SF genes.
        auto *findings = window.findChild<QCheckBox *>(QStringLiteral("filterPolicyFindings"));
        QVERIFY(findings);
        findings->setChecked(true);
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 20);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row, VariantTableModel::Decision).data().toString()
                    != Core::decisionLabel(Core::Decision::NotReportable));
        }
        findings->setChecked(false);
        auto *genes = window.findChild<QCheckBox *>(QStringLiteral("filterPolicyGenes"));
        QVERIFY(genes && genes->isEnabled());
        genes->setChecked(true);
        QCOMPARE(model->rowCount(), 11); // the eleven SF-gene variants placed in the demo
        genes->setChecked(false);
        QCOMPARE(model->rowCount(), 301);

        // The report preview shows the same report, in the language asked for.
        QString error;
        const QString english = window.reportPreviewHtml(QStringLiteral("en"), &error);
        QVERIFY2(english.contains(QStringLiteral("Primary findings")), qPrintable(error));
        QVERIFY(english.contains(QStringLiteral("MYBPC3")));
        const QString french = window.reportPreviewHtml(QStringLiteral("fr"), &error);
        QVERIFY(!french.contains(QStringLiteral("Primary findings")));
        QVERIFY(french.contains(QStringLiteral("MYBPC3")));
        // The window itself stays in its own language.
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        // Sorting by decision puts reported variants first.
        model->sort(VariantTableModel::Decision, Qt::AscendingOrder);
        QCOMPARE(model->index(0, VariantTableModel::Decision).data().toString(),
                 Core::decisionLabel(Core::Decision::ReportPrimary));
    }

    void switchesLanguageAtRuntime()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(m_demo);
        QVERIFY(finished.wait(30000));
        UiLanguage::apply(QStringLiteral("de"));
        const QString file = QCoreApplication::translate("Gui::MainWindow", "&File");
        QVERIFY(file != QLatin1String("&File")); // the German translation is installed
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), file);
        QCOMPARE(window.variantModel()->headerData(
                         VariantTableModel::Decision, Qt::Horizontal, Qt::DisplayRole),
                 QVariant(QCoreApplication::translate("Gui::VariantTableModel", "Decision")));
        // The open case and its actions survive the switch.
        QCOMPARE(window.variantModel()->rowCount(), 301);
        UiLanguage::apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
    }

    void presetSelectionDetailsCopyAndQualityControl()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        VariantTableModel *model = window.variantModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(model->rowCount(), 8);

        // The "Good quality" preset: carried by CHILD, PASS, DP >= 10 and GQ >= 20.
        window.filterPanel()->setPreset(Core::FilterCascade::Preset::QualityPass);
        QCOMPARE(model->rowCount(), 5);
        auto *steps = window.findChild<QTreeView *>(QStringLiteral("filterSteps"));
        QVERIFY(steps);
        QCOMPARE(steps->model()->rowCount(), 3);
        QCOMPARE(steps->model()->index(1, 1).data().toString(), QStringLiteral("−2"));

        // Selecting a row shows its details, including how the load changed it.
        window.variantView()->selectRow(1);
        const QString details = window.detailPane()->text();
        QVERIFY2(details.contains(QStringLiteral("GRCh38:1:3000:C:T")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("split from a multi-allelic record")));
        QVERIFY(details.contains(QStringLiteral("MOTHER")));

        // Copy rows as TSV: a header line and one line per selected row.
        const QStringList lines
                = window.selectedRowsAsTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("Chromosome\tPosition")));
        QVERIFY(lines.last().startsWith(QStringLiteral("chr1\t3")));

        // Tools → Quality Control opens the dashboard with the sample's numbers.
        QAction *qc = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().contains(QStringLiteral("Quality Control")))
                qc = action;
        }
        QVERIFY(qc && qc->isEnabled());
        qc->trigger();
        auto *summary = window.findChild<QLabel *>(QStringLiteral("qcSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("Ti/Tv 3.00")),
                 qPrintable(summary->text()));
    }

    void dropOpensAFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadFinished);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"))});
        const QPoint where(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.variantModel()->rowCount(), 8);
    }

    void rejectsOtherFilesOnDrop()
    {
        MainWindow window;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
        QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void aBrokenFileKeepsTheOpenCase()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(m_demo);
        QVERIFY(finished.wait(30000));
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/malformed-pos.vcf"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(window.variantModel()->rowCount(), 301);
        QVERIFY(!window.isLoading());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
