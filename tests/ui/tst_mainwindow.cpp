// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/badgepalette.h>
#include <ui/detailpane.h>
#include <ui/filterpanel.h>
#include <ui/mainwindow.h>
#include <ui/reportpreviewdialog.h>
#include <ui/uilanguage.h>
#include <ui/varianttablemodel.h>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QTcpServer>
#include <QTcpSocket>
#include <QValueAxis>
#include <core/beacon/beaconfreshness.h>
#include <core/common/filechecksum.h>
#include <core/frequency/frequencystore.h>
#include <core/frequency/sitesvcfimporter.h>
#include <core/knowledge/knowledgestore.h>

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSelection>
#include <QPdfView>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace Gui;

namespace {

// All the text of the PDF shown in a preview, page by page.
QString pdfText(QPdfDocument *document)
{
    QString text;
    for (int page = 0; page < document->pageCount(); ++page)
        text += document->getAllText(page).text() + QLatin1Char('\n');
    return text;
}

// Waits for the preview's current render; true when it put a PDF on screen.
bool waitForRender(ReportPreviewDialog *preview)
{
    if (!preview->isRendering())
        return !preview->pdf().isEmpty();
    QSignalSpy rendered(preview, &ReportPreviewDialog::rendered);
    return rendered.wait(60000) && rendered.last().first().toBool();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A frequency cache in the test folder holding the demo case's population frequencies (the
    // sites file shipped with the demo) as source \a source, version \a version; empty when it
    // could not be made.
    QString demoFrequencyCache(const QString &fileName,
                               const QString &source = QStringLiteral("demo"),
                               const QString &version = QStringLiteral("1"))
    {
        const QString sites = m_dir.filePath(QStringLiteral("demo-frequencies.vcf"));
        if (!QFile::exists(sites)
            && !QFile::copy(QStringLiteral(":/demo/demo-frequencies.vcf"), sites))
            return {};
        const QString path = m_dir.filePath(fileName);
        auto cache = Core::FrequencyStore::open(path, Core::FrequencyStore::OpenMode::ReadWrite);
        if (!cache)
            return {};
        Core::SitesVcfImporter::Options options;
        options.sourceName = source;
        options.version = version;
        if (!Core::SitesVcfImporter::import(*cache.value(), sites, options, {}))
            return {};
        return path;
    }

    // A VCF of \a rows variants of one sample (S1), enough to make the table filter and sort
    // in a worker as for a genome: every third row LowQual, every fourth with DP 5 and GQ 10
    // (so "Good quality" keeps half of them).
    QString genomeSizedVcf(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("genome-sized-%1.vcf").arg(rows));
        if (QFile::exists(path))
            return path;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "##fileformat=VCFv4.2\n"
                          "##contig=<ID=chr1,length=248956422>\n"
                          "##FILTER=<ID=LowQual,Description=\"Low quality\">\n"
                          "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                          "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                          "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Quality\">\n"
                          "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
        for (int row = 0; row < rows; ++row) {
            text += "chr1\t" + QByteArray::number(1000 + row * 10) + "\t.\tA\tG\t50\t"
                    + (row % 3 == 0 ? "LowQual" : "PASS") + "\t.\tGT:DP:GQ\t"
                    + (row % 4 == 0 ? "0/1:5:10" : "0/1:30:60") + '\n';
        }
        return file.write(text) == text.size() ? path : QString();
    }

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

    void previewsTheReportAsPdf()
    {
        MainWindow window;
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.indication = Core::Indication::fromGenes({QStringLiteral("MYBPC3")});
        setup.classifications.insert(QStringLiteral("11-47343210-G-GA"),
                                     Core::Significance::LikelyPathogenic);
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        QVERIFY(window.evaluation());

        ReportPreviewDialog *preview = window.previewReport(QStringLiteral("en"));
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QVERIFY2(waitForRender(preview), qPrintable(preview->errorText()));
        // A real PDF, shown by QPdfView from memory.
        QVERIFY(preview->pdf().startsWith("%PDF-"));
        QCOMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
        QCOMPARE(preview->view()->document(), preview->document());
        const int pages = preview->document()->pageCount();
        QVERIFY(pages >= 1);
        const QString english = pdfText(preview->document());
        QVERIFY2(english.contains(QStringLiteral("MYBPC3")), qPrintable(english.left(2000)));
        QVERIFY(english.contains(QStringLiteral("Primary findings")));
        // The report id and the methods carry the input file's real checksum, as in the
        // written report (not a placeholder).
        const Core::Result<QString> inputSha256 = Core::sha256OfFile(m_demo);
        QVERIFY(inputSha256);
        QVERIFY2(english.contains(inputSha256.value().left(12).toUpper()),
                 qPrintable(english.left(600)));
        QVERIFY(!english.contains(QStringLiteral("computed when"), Qt::CaseInsensitive));
        // No case database: nobody can sign here, and the report says it is a draft.
        QVERIFY(!preview->signButton()->isEnabled());
        QVERIFY(english.contains(QStringLiteral("not signed")));
        QVERIFY(preview->saveButton()->isEnabled());

        // Page navigation and zoom.
        auto *next = preview->findChild<QToolButton *>(QStringLiteral("reportPreviewNextPage"));
        QVERIFY(next);
        QCOMPARE(next->isEnabled(), pages > 1);
        if (pages > 1) {
            next->click();
            QCOMPARE(preview->view()->pageNavigator()->currentPage(), 1);
        }
        auto *zoom = preview->findChild<QComboBox *>(QStringLiteral("reportPreviewZoom"));
        QVERIFY(zoom);
        zoom->setCurrentIndex(zoom->findData(150));
        QCOMPARE(preview->view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QCOMPARE(preview->view()->zoomFactor(), 1.5);

        // Save PDF writes exactly what is shown.
        QTemporaryDir out;
        const QString saved = out.filePath(QStringLiteral("preview.pdf"));
        QString error;
        QVERIFY2(preview->savePdf(saved, &error), qPrintable(error));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), preview->pdf());

        // Another language renders again; the window stays in its own.
        preview->setLanguage(QStringLiteral("fr"));
        QVERIFY(preview->isRendering());
        QVERIFY2(waitForRender(preview), qPrintable(preview->errorText()));
        const QString french = pdfText(preview->document());
        QVERIFY(!french.contains(QStringLiteral("Primary findings")));
        QVERIFY(french.contains(QStringLiteral("MYBPC3")));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        // A cancelled render leaves the PDF shown as it was.
        const QByteArray shown = preview->pdf();
        QSignalSpy rendered(preview, &ReportPreviewDialog::rendered);
        preview->setLanguage(QStringLiteral("en"));
        preview->cancelRender();
        QVERIFY(rendered.wait(60000));
        QCOMPARE(rendered.last().first().toBool(), false);
        QCOMPARE(preview->pdf(), shown);
        QCOMPARE(pdfText(preview->document()), french);
        QVERIFY(!preview->isRendering());
        preview->close();
    }

    void previewWithoutEvaluationSaysWhy()
    {
        MainWindow window;
        ReportPreviewDialog *preview = window.previewReport(QStringLiteral("en"));
        QVERIFY(!preview->isRendering());
        QVERIFY(preview->pdf().isEmpty());
        QVERIFY(preview->errorText().contains(QStringLiteral("not been evaluated")));
        QVERIFY(!preview->saveButton()->isEnabled());
        QVERIFY(!preview->signButton()->isEnabled());
        preview->close();
    }

    void badgesAreReadableUnderLightAndDarkPalettes()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        QVERIFY(!BadgePalette::isDark(light));
        QVERIFY(BadgePalette::isDark(dark));
        // The WCAG formula itself: black on white is 21:1.
        QCOMPARE(qRound(BadgePalette::contrastRatio(Qt::black, Qt::white)), 21);

        // Every badge, in both palettes: text at least 4.5:1 on its background, and under the
        // dark palette a dark badge (not a light patch in a dark table).
        const QList<Core::Decision> decisions = {Core::Decision::ReportPrimary,
                                                 Core::Decision::ReportSecondary,
                                                 Core::Decision::SuppressedByConsent,
                                                 Core::Decision::NeedsReview};
        const QList<Core::Significance> classes = {Core::Significance::Pathogenic,
                                                   Core::Significance::LikelyPathogenic,
                                                   Core::Significance::Uncertain,
                                                   Core::Significance::LikelyBenign,
                                                   Core::Significance::Benign};
        QList<Badge> badges;
        for (const QPalette &palette : {light, dark}) {
            badges.clear();
            for (Core::Decision decision : decisions)
                badges << BadgePalette::forDecision(decision, palette);
            for (Core::Significance significance : classes)
                badges << BadgePalette::forSignificance(significance, palette);
            for (const Badge &badge : std::as_const(badges)) {
                QVERIFY(badge.isValid());
                QVERIFY2(BadgePalette::contrastRatio(badge.background, badge.foreground) >= 4.5,
                         qPrintable(badge.background.name() + badge.foreground.name()));
                if (BadgePalette::isDark(palette)) {
                    QVERIFY2(BadgePalette::relativeLuminance(badge.background) < 0.2,
                             qPrintable(badge.background.name()));
                }
            }
        }
        QVERIFY(!BadgePalette::forDecision(Core::Decision::NotReportable, dark).isValid());

        // The window under a dark palette: the table's badges and the detail pane's.
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([original] { QApplication::setPalette(original); });
        QApplication::setPalette(dark);
        MainWindow window;
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.indication = Core::Indication::fromGenes({QStringLiteral("MYBPC3")});
        setup.classifications.insert(QStringLiteral("11-47343210-G-GA"),
                                     Core::Significance::LikelyPathogenic);
        setup.classifications.insert(QStringLiteral("13-32340312-G-A"),
                                     Core::Significance::Pathogenic);
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        VariantTableModel *model = window.variantModel();
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column :
                 {int(VariantTableModel::Decision), int(VariantTableModel::Classification)}) {
                const QModelIndex index = model->index(row, column);
                const QVariant background = index.data(Qt::BackgroundRole);
                if (!background.isValid())
                    continue;
                const QColor fill = background.value<QColor>();
                const QColor text = index.data(Qt::ForegroundRole).value<QColor>();
                QVERIFY(!index.data().toString().isEmpty()); // text, not colour alone
                QVERIFY2(BadgePalette::contrastRatio(fill, text) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(text.name(), fill.name())));
                QVERIFY2(BadgePalette::relativeLuminance(fill) < 0.2, qPrintable(fill.name()));
                ++checked;
            }
        }
        QVERIFY(checked >= 3); // the primary finding's decision and the two lab classes
        QVERIFY(window.selectFirstReportedVariant());
        auto *details
                = window.detailPane()->findChild<QTextBrowser *>(QStringLiteral("variantDetails"));
        QVERIFY(details);
        const Badge primary = BadgePalette::forDecision(Core::Decision::ReportPrimary, dark);
        QVERIFY2(details->toHtml().contains(primary.background.name()),
                 qPrintable(details->toHtml()));
        QVERIFY(details->toPlainText().contains(
                Core::decisionLabel(Core::Decision::ReportPrimary)));
    }

    // The screenshots of MainWindow::saveScreenshots on a laptop screen (1366x768): the report
    // preview shows the rendered PDF, and every control of the filter panel is inside the
    // dock. Written to GENOMEDESK_SCREENSHOT_DIR when set (to look at), else to a temporary
    // folder.
    void screenshotsAtLaptopSize()
    {
        QTemporaryDir temporary;
        QString directory = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
        if (directory.isEmpty())
            directory = temporary.path();
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.indication = Core::Indication::fromGenes({QStringLiteral("MYBPC3")});
        setup.classifications.insert(QStringLiteral("11-47343210-G-GA"),
                                     Core::Significance::LikelyPathogenic);
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        QVERIFY(window.selectFirstReportedVariant());
        window.filterPanel()->saveSet(QStringLiteral("Rare coding, DP≥30"));

        // The policy's decision, right after the gene, is shown whole without scrolling
        // sideways, with both docks open at their default widths.
        QHeaderView *header = window.variantView()->horizontalHeader();
        QCOMPARE(header->visualIndex(VariantTableModel::Decision),
                 header->visualIndex(VariantTableModel::Gene) + 1);
        QCoreApplication::processEvents();
        const int decisionLeft = header->sectionViewportPosition(VariantTableModel::Decision);
        const int decisionRight = decisionLeft + header->sectionSize(VariantTableModel::Decision);
        QVERIFY2(decisionLeft >= 0 && decisionRight <= header->viewport()->width(),
                 qPrintable(QStringLiteral("Decision at x %1-%2 in a %3 px table")
                                    .arg(decisionLeft)
                                    .arg(decisionRight)
                                    .arg(header->viewport()->width())));
        // Whole: wider than the longest label the demo case shows (it has a primary finding).
        QVERIFY(header->sectionSize(VariantTableModel::Decision)
                > window.variantView()->fontMetrics().horizontalAdvance(
                        Core::decisionLabel(Core::Decision::ReportPrimary)));
        QCOMPARE(window.variantModel()
                         ->headerData(VariantTableModel::Contig, Qt::Horizontal, Qt::ToolTipRole)
                         .toString(),
                 QStringLiteral("Chromosome"));

        // Every control of the filter panel lies within the width of its dock (it scrolls
        // vertically only), the saved set's Save and Delete buttons included.
        QWidget *viewport = window.filterPanel()->parentWidget();
        QVERIFY(viewport);
        QVERIFY(window.filterPanel()->findChild<QPushButton *>(QStringLiteral("filterRemoveSet")));
        QStringList outside;
        for (QWidget *control : window.filterPanel()->findChildren<QWidget *>()) {
            if (!control->isVisible() || !control->focusPolicy())
                continue; // labels and containers; controls take focus
            const QRect inViewport(control->mapTo(viewport, QPoint(0, 0)), control->size());
            if (inViewport.left() < 0 || inViewport.right() >= viewport->width()) {
                outside << QStringLiteral("%1 %2 (x %3-%4)")
                                   .arg(QLatin1String(control->metaObject()->className()),
                                        control->objectName())
                                   .arg(inViewport.left())
                                   .arg(inViewport.right());
            }
        }
        QVERIFY2(outside.isEmpty(),
                 qPrintable(QStringLiteral("dock %1 wide: ").arg(viewport->width())
                            + outside.join(QStringLiteral("; "))));

        QString error;
        const QStringList files = window.saveScreenshots(directory, &error);
        QVERIFY2(files.size() == 7, qPrintable(error + files.join(QLatin1Char(' '))));
        // The detail pane twice: as it opens, and scrolled to its end.
        QVERIFY(files.contains(QDir(directory).filePath(QStringLiteral("detail-pane-end.png"))));
        // The status bar while a filter runs in a worker, with its Cancel button, and after.
        QVERIFY(files.contains(
                QDir(directory).filePath(QStringLiteral("status-bar-filtering.png"))));
        QVERIFY(files.contains(
                QDir(directory).filePath(QStringLiteral("status-bar-cancelled.png"))));
        QVERIFY(!window.variantModel()->isBusy());
        QCOMPARE(window.variantModel()->asynchronousThreshold(),
                 VariantTableModel::kAsynchronousThreshold);
        QVERIFY(files.last().endsWith(QStringLiteral("report-preview.png")));
        const QImage preview(files.last());
        QVERIFY(!preview.isNull());
        QVERIFY(preview.width() > 400 && preview.height() > 400);
        // The preview closed itself after its picture.
        QVERIFY(!window.findChild<ReportPreviewDialog *>(QStringLiteral("reportPreviewDialog"))
                || !window.findChild<ReportPreviewDialog *>(QStringLiteral("reportPreviewDialog"))
                            ->isVisible());
        window.filterPanel()->removeSet(QStringLiteral("Rare coding, DP≥30"));
    }

    void refinesByFrequencyQualityConsequenceAndSavedSets()
    {
        // The demo case with its population frequencies, as a clinician would open it.
        const QString cachePath = demoFrequencyCache(QStringLiteral("filters.gdfreq"));
        QVERIFY(!cachePath.isEmpty());
        MainWindow window;
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.caches = {cachePath};
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        QVERIFY(window.evaluation() && window.evaluation()->frequencies());
        VariantTableModel *model = window.variantModel();
        QCOMPARE(model->rowCount(), 301);
        FilterPanel *panel = window.filterPanel();
        auto *steps = window.findChild<QTreeView *>(QStringLiteral("filterSteps"));
        QVERIFY(steps);
        const auto lastStep = [steps] {
            return steps->model()->index(steps->model()->rowCount() - 1, 0).data().toString();
        };

        // At most 1% in the highest population: every row left is rare where it is known.
        FilterPanel::Choices choices;
        choices.frequencyCeiling = true;
        choices.maximumFrequencyPercent = 1.0;
        panel->setChoices(choices);
        const int rare = model->rowCount();
        QVERIFY2(rare > 0 && rare < 301, qPrintable(QString::number(rare)));
        QVERIFY(lastStep().contains(QStringLiteral("highest population")));
        for (int row = 0; row < rare; ++row) {
            const QVariant frequency = model->index(row, VariantTableModel::MaximumFrequency)
                                               .data(VariantTableModel::SortRole);
            QVERIFY(!frequency.isValid() || frequency.toDouble() <= 0.01);
        }
        // Populations are offered from the case's sources.
        auto *populations = window.findChild<QToolButton *>(QStringLiteral("filterPopulations"));
        QVERIFY(populations && populations->menu()->actions().size() > 2);

        // Quality and consequence add their own steps, each saying what it removed.
        choices.minimumDepth = 30;
        choices.consequence = QStringLiteral("protein_altering_variant");
        panel->setChoices(choices);
        QVERIFY(model->rowCount() < rare);
        QCOMPARE(steps->model()->rowCount(), 3);
        QVERIFY(steps->model()->index(0, 0).data().toString().contains(QStringLiteral("30")));
        const int refined = model->rowCount();

        // Saved as a named set, cleared, and picked again: the same rows come back.
        panel->saveSet(QStringLiteral("Rare protein-altering, DP≥30"));
        QCOMPARE(panel->savedSets(), QStringList({QStringLiteral("Rare protein-altering, DP≥30")}));
        panel->setChoices(FilterPanel::Choices());
        QCOMPARE(model->rowCount(), 301);
        QVERIFY(panel->applySet(QStringLiteral("Rare protein-altering, DP≥30")));
        QCOMPARE(model->rowCount(), refined);
        QCOMPARE(panel->choices().minimumDepth, 30);
        // ... and by the next window of this user, together with the current choices.
        {
            MainWindow second;
            QCOMPARE(second.filterPanel()->savedSets().size(), 1);
            QCOMPARE(second.filterPanel()->choices().consequence,
                     QStringLiteral("protein_altering_variant"));
        }
        panel->removeSet(QStringLiteral("Rare protein-altering, DP≥30"));
        QVERIFY(panel->savedSets().isEmpty());
        QVERIFY(!panel->applySet(QStringLiteral("Rare protein-altering, DP≥30")));

        // ClinVar P/LP only: the window has no knowledge base here, so nothing is known to be
        // pathogenic in ClinVar, and the step says why it removed everything.
        FilterPanel::Choices clinvar;
        clinvar.clinvarPathogenicOnly = true;
        panel->setChoices(clinvar);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(lastStep().contains(QStringLiteral("no variant of this case is in ClinVar")));
    }

    void detailPaneChartsFrequenciesAndOpensIgv()
    {
        // A version of several words, as a node may name its release: the pane must still fit.
        const QString version = QStringLiteral("1 (national cohort release, November)");
        const QString sourceLabel = QStringLiteral("demo ") + version;
        const QString cachePath = demoFrequencyCache(
                QStringLiteral("chart.gdfreq"), QStringLiteral("demo"), version);
        QVERIFY(!cachePath.isEmpty());
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.caches = {cachePath};
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        const auto &frequencies = window.evaluation()->frequencies();
        QVERIFY(frequencies);
        VariantTableModel *model = window.variantModel();
        // A variant found in the source, one with a population AF below 1e-4 (rare, and
        // written with an exponent before) where there is one.
        int found = -1;
        bool rare = false;
        for (int row = 0; row < model->rowCount() && !rare; ++row) {
            if (frequencies->status(model->storeRow(row), 0) != Core::FrequencyStatus::Found)
                continue;
            for (const Core::FrequencyPopulation &population : frequencies->source(0).populations) {
                const auto figure
                        = frequencies->population(model->storeRow(row), 0, population.label);
                rare = rare
                       || (figure.hasAlleleFrequency() && figure.alleleFrequency > 0
                           && figure.alleleFrequency < 1e-4);
            }
            if (found < 0 || rare)
                found = row;
        }
        QVERIFY(found >= 0);
        window.variantView()->setCurrentIndex(model->index(found, 0));
        const qsizetype storeRow = model->storeRow(found);
        DetailPane *pane = window.detailPane();

        // The expected bars, straight from the annotation.
        const Core::FrequencySource &source = frequencies->source(0);
        QList<double> expected;
        for (const Core::FrequencyPopulation &population : source.populations) {
            const auto figure = frequencies->population(storeRow, 0, population.label);
            if (figure.hasAlleleFrequency())
                expected << figure.alleleFrequency;
        }
        QVERIFY(!expected.isEmpty());
        const auto bars = pane->frequencyBars();
        QCOMPARE(bars.size(), expected.size());
        QChart *chart = pane->frequencyChart()->chart();
        QVERIFY(chart && pane->frequencyChart()->isVisibleTo(pane));
        QCOMPARE(chart->series().size(), 1);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);
        QBarSet *set = series->barSets().first();
        QCOMPARE(set->label(), sourceLabel);
        QCOMPARE(set->count(), expected.size());
        // The chart lists bars bottom-up; the first bar is drawn at the top.
        for (int bar = 0; bar < expected.size(); ++bar) {
            QVERIFY(qAbs(set->at(expected.size() - 1 - bar) - expected[bar] * 1000) < 1e-6);
            QVERIFY(qAbs(bars[bar].alleleFrequency - expected[bar]) < 1e-12);
            QVERIFY(bars[bar].toolTip.contains(sourceLabel));
            QVERIFY(bars[bar].toolTip.contains(QStringLiteral("retrieved")));
            QVERIFY(bars[bar].toolTip.contains(QStringLiteral("AC/AN")));
        }
        if (const QString shots = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QVERIFY(pane->grab().save(
                    QDir(shots).filePath(QStringLiteral("detail-pane-frequencies.png"))));
        }
        QVERIFY(pane->text().contains(QStringLiteral("Age of the data")));
        QVERIFY(pane->text().contains(QStringLiteral("retrieved")));
        // Frequencies are written fixed-point, never in exponent notation (the pane showed
        // 2.52e-05 before): the reasons, the highest AF, the table and the tooltips.
        const QRegularExpression exponent(QStringLiteral("\\d[eE][-+]\\d"));
        QVERIFY2(!pane->text().contains(exponent), qPrintable(pane->text()));
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](double frequency) {
            return frequency > 0 && frequency < 1e-4; // was shown with an exponent
        }));
        for (const auto &bar : bars)
            QVERIFY2(!bar.toolTip.contains(exponent), qPrintable(bar.toolTip));
        // At the default dock width of a laptop screen, the details (frequency tables included)
        // fit without a sideways scroll bar.
        auto *details = pane->findChild<QTextBrowser *>();
        QVERIFY(details);
        QCoreApplication::processEvents();
        QVERIFY2(details->document()->size().width() <= details->viewport()->width(),
                 qPrintable(QStringLiteral("details %1 px wide in a %2 px pane")
                                    .arg(details->document()->size().width())
                                    .arg(details->viewport()->width())));
        QCOMPARE(details->horizontalScrollBar()->maximum(), 0);

        // Open in IGV: the exact batch command reaches the port from the settings.
        QTcpServer igv;
        QVERIFY(igv.listen(QHostAddress::LocalHost, 0));
        QSettings().setValue(QStringLiteral("igv/port"), igv.serverPort());
        QSignalSpy status(pane, &DetailPane::igvStatusChanged);
        pane->openInIgv();
        QVERIFY(igv.waitForNewConnection(5000) || igv.hasPendingConnections());
        QTcpSocket *connection = igv.nextPendingConnection();
        QVERIFY(connection);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += connection->readAll()).endsWith('\n'), 5000);
        const QByteArray expectedCommand = QStringLiteral("goto %1:%2\n")
                                                   .arg(model->store()->contig(storeRow))
                                                   .arg(model->store()->position(storeRow))
                                                   .toUtf8();
        QCOMPARE(received, expectedCommand);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 5000);
        QCOMPARE(status.last().at(1).toBool(), true);

        // IGV not running: a status message, no dialog.
        const quint16 closedPort = igv.serverPort();
        igv.close();
        delete connection;
        QSettings().setValue(QStringLiteral("igv/port"), closedPort);
        status.clear();
        pane->openInIgv();
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 5000);
        QCOMPARE(status.last().at(1).toBool(), false);
        QVERIFY(pane->igvStatus().contains(QStringLiteral("IGV is not running")));
        QVERIFY(pane->igvStatus().contains(QString::number(closedPort)));
    }

    void opensTheVariantFileOfACaseRecord()
    {
        QFile demo(m_demo);
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QString sha256 = QString::fromLatin1(
                QCryptographicHash::hash(demo.readAll(), QCryptographicHash::Sha256).toHex());
        Core::CaseRecord record;
        record.caseId = QStringLiteral("PSN-0001-C1");
        record.input.files = {{m_demo, sha256, demo.size()}};
        record.input.indication = QStringLiteral("MYBPC3");
        record.input.consentProfile
                = QJsonObject{{QStringLiteral("actionable-adult-onset"), false}};
        QHash<QString, Core::Significance> classes;
        classes.insert(QStringLiteral("11-47343210-G-GA"), Core::Significance::LikelyPathogenic);

        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        QVERIFY(window.openCaseRecord(record, classes));
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(window.variantModel()->rowCount(), 301);
        // The case's indication, consent and the lab's class reached the evaluation.
        QVERIFY(window.selectFirstReportedVariant());
        const int row = window.variantView()->currentIndex().row();
        QCOMPARE(window.variantModel()->index(row, VariantTableModel::Gene).data().toString(),
                 QStringLiteral("MYBPC3"));
        // The same file again: nothing to open, the classifications go to the open case.
        QVERIFY(!window.openCaseRecord(record, classes));

        // A file that changed since the case was created is refused, and the open case stays.
        MainWindow other;
        QSignalSpy otherLoaded(&other, &MainWindow::loadFinished);
        record.input.files = {{m_demo, QString(64, QLatin1Char('0')), demo.size()}};
        QVERIFY(other.openCaseRecord(record, classes));
        QVERIFY(otherLoaded.wait(30000));
        QCOMPARE(otherLoaded.first().first().toBool(), false);
        auto *box = other.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("has changed since the case was created")),
                 qPrintable(box->text()));
        QCOMPARE(other.variantModel()->rowCount(), 0);

        // A case whose file is not on this computer opens nothing.
        record.input.files = {{m_dir.filePath(QStringLiteral("elsewhere.vcf.gz")), sha256, 1}};
        QVERIFY(!other.openCaseRecord(record, classes));
        QVERIFY(!other.isLoading());
    }

    void detailsShowPhaseAndPerAlleleInfo()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/phased-trio.vcf"));
        QVERIFY(finished.wait(30000));
        window.variantView()->selectRow(0);
        QString details = window.detailPane()->text();
        QVERIFY2(details.contains(QStringLiteral("phased (PS 45330000)")), qPrintable(details));

        finished.clear();
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/multiallelic-info.vcf"));
        QVERIFY(finished.wait(30000));
        // Row 2 is the G allele of the T,G record at 2000: its own AF and AC, REF's RC kept.
        window.variantView()->selectRow(2);
        details = window.detailPane()->text();
        QVERIFY2(details.contains(QStringLiteral("AF=0.5")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("INFO of this allele")));
        QVERIFY(details.contains(QStringLiteral("RC=12,20")));
    }

    void usesTheKnowledgeBaseOfTheDeployment()
    {
        // Hospital IT configures a knowledge base: ClinVar reaches the table and the filter.
        const QString clinvar = m_dir.filePath(QStringLiteral("clinvar-demo.vcf"));
        {
            QFile file(clinvar);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("##fileformat=VCFv4.1\n##reference=GRCh38\n"
                       "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"sig\">\n"
                       "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"status\">\n"
                       "##INFO=<ID=GENEINFO,Number=1,Type=String,Description=\"gene\">\n"
                       "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                       "11\t47343210\t424242\tG\tGA\t.\t.\tCLNSIG=Pathogenic;"
                       "CLNREVSTAT=reviewed_by_expert_panel;GENEINFO=MYBPC3:4607\n");
        }
        const QString kbPath = m_dir.filePath(QStringLiteral("deployment.gdkb"));
        {
            auto kb = Core::KnowledgeStore::open(kbPath);
            QVERIFY(kb);
            const auto imported = kb.value()->importClinVar(clinvar, QStringLiteral("GRCh38"));
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        }
        QTemporaryDir config;
        {
            QFile conf(config.filePath(QStringLiteral("genomedesk.conf")));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[knowledge]\nbase=" + kbPath.toUtf8() + "\n");
        }
        qputenv("GENOMEDESK_CONFIG_DIRECTORY", config.path().toUtf8());
        const auto restore = qScopeGuard([] { qunsetenv("GENOMEDESK_CONFIG_DIRECTORY"); });

        MainWindow window;
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        window.openCase(m_demo, MainWindow::CaseSetup());
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(evaluated.first().first().toBool(), true);
        QCOMPARE(window.evaluation()->inClinVar(), 1);
        FilterPanel::Choices clinvarOnly;
        clinvarOnly.clinvarPathogenicOnly = true;
        window.filterPanel()->setChoices(clinvarOnly);
        VariantTableModel *model = window.variantModel();
        QCOMPARE(model->rowCount(), 1);
        // The about box names the versions the numbers come from.
        const QString about = window.aboutText();
        QVERIFY2(about.contains(QStringLiteral("acmg-sf-3.2")), qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("ClinVar")));
        QVERIFY(about.contains(QStringLiteral("htslib 1.")));
        QVERIFY(about.contains(QStringLiteral("SQLite 3.")));
        QCOMPARE(model->index(0, VariantTableModel::Gene).data().toString(),
                 QStringLiteral("MYBPC3"));
        QVERIFY(model->index(0, VariantTableModel::ClinVar)
                        .data()
                        .toString()
                        .contains(QStringLiteral("pathogenic (3★)")));
    }

    void detailPaneShowsTheFetchTimeOfBeaconFrequencies()
    {
        // A cache whose source came from a Beacon node: the demo frequencies under the name a
        // sync gives them ("beacon:<node>"; the importer refuses ':', so the row is renamed).
        const QString cachePath = demoFrequencyCache(QStringLiteral("beacon-age.gdfreq"),
                                                     QStringLiteral("node1"),
                                                     QStringLiteral("2026-11"));
        QVERIFY(!cachePath.isEmpty());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                              QStringLiteral("rename"));
            database.setDatabaseName(cachePath);
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral(
                    "UPDATE sources SET name = 'beacon:node1' WHERE name = 'node1'")));
            QCOMPARE(query.numRowsAffected(), 1);
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rename"));

        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.caches = {cachePath};
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        const auto &frequencies = window.evaluation()->frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencies->source(0).name, QStringLiteral("beacon:node1"));
        VariantTableModel *model = window.variantModel();
        int found = -1;
        for (int row = 0; row < model->rowCount() && found < 0; ++row) {
            if (frequencies->status(model->storeRow(row), 0) == Core::FrequencyStatus::Found)
                found = row;
        }
        QVERIFY(found >= 0);
        const qsizetype storeRow = model->storeRow(found);
        const QString contig = model->store()->contig(storeRow);
        const qint64 position = model->store()->position(storeRow);

        // Without a recorded fetch the pane says the region's fetch time is unknown.
        DetailPane *pane = window.detailPane();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        pane->setReferenceTime(now);
        window.variantView()->setCurrentIndex(model->index(found, 0));
        QVERIFY(!pane->frequencyBars().isEmpty());
        QVERIFY2(pane->frequencyBars().first().toolTip.contains(
                         QStringLiteral("fetch time of this region unknown")),
                 qPrintable(pane->frequencyBars().first().toolTip));

        // A sync fetched the region 3 days ago: the tooltip and the table say so.
        {
            auto freshness = Core::BeaconFreshness::open(
                    cachePath, Core::BeaconFreshness::OpenMode::ReadWrite);
            QVERIFY(freshness);
            QVERIFY(freshness.value()->record(
                    QStringLiteral("beacon:node1"),
                    {Core::BeaconRegion{contig.toUtf8(), position - 100, position + 100}},
                    now.addDays(-3)));
        }
        pane->setFrequencyCachePaths({cachePath});
        pane->setReferenceTime(now);
        window.variantView()->setCurrentIndex(model->index(found == 0 ? 1 : 0, 0));
        window.variantView()->setCurrentIndex(model->index(found, 0));
        const QString toolTip = pane->frequencyBars().first().toolTip;
        QVERIFY2(toolTip.contains(QStringLiteral("region fetched")), qPrintable(toolTip));
        QVERIFY2(toolTip.contains(QStringLiteral("3 day")), qPrintable(toolTip));
        QVERIFY(pane->text().contains(QStringLiteral("region fetched")));
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
        QVERIFY(lines.first().startsWith(QStringLiteral("Chr\tPosition")));
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

    // A genome-sized table filters and sorts in a worker (forced here by a threshold of 0 on
    // the demo): "Filtering…" meanwhile, the rows of the core functions when done, and the
    // selected variant stays selected while it is still shown.
    void filtersAndSortsOffTheGuiThread()
    {
        MainWindow window;
        window.show();
        VariantTableModel *model = window.variantModel();
        model->setAsynchronousThreshold(0);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        window.openFile(m_demo);
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(evaluated.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
        QCOMPARE(model->rowCount(), 301);
        const Core::VariantStore &store = *model->store();

        // Select a variant that the preset keeps, then apply the preset.
        const std::vector<quint32> expected
                = Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0)
                          .run(store)
                          .rows;
        QVERIFY(expected.size() > 10 && expected.size() < 301);
        const quint32 kept = expected[expected.size() / 2];
        const int keptRow = model->tableRows({kept}).front();
        QVERIFY(keptRow >= 0);
        window.variantView()->selectRow(keptRow);
        const QString details = window.detailPane()->text();
        QVERIFY(!details.isEmpty());

        auto *busy = window.findChild<QLabel *>(QStringLiteral("queryStatus"));
        QVERIFY(busy);
        window.filterPanel()->setPreset(Core::FilterCascade::Preset::QualityPass);
        QVERIFY(model->isBusy());
        QCOMPARE(busy->text(), QStringLiteral("Filtering…"));
        QVERIFY(busy->isVisible());
        QCOMPARE(model->rowCount(), 301); // the old rows until the new ones are ready
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
        QVERIFY(!busy->isVisible());
        std::vector<quint32> shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.push_back(quint32(model->storeRow(row)));
        QCOMPARE(shown, expected);
        auto *steps = window.findChild<QTreeView *>(QStringLiteral("filterSteps"));
        QVERIFY(steps);
        QCOMPARE(steps->model()->rowCount(), 3);
        // Still selected, and still shown in the detail pane.
        QModelIndex current = window.variantView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(model->storeRow(current.row()), qsizetype(kept));
        QCOMPARE(window.variantView()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(window.detailPane()->text(), details);

        // Sorting by gene: the rows of the core sort, the selection moves with the variant.
        window.variantView()->sortByColumn(VariantTableModel::Gene, Qt::DescendingOrder);
        QCOMPARE(busy->text(), QStringLiteral("Sorting…"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
        shown.clear();
        for (int row = 0; row < model->rowCount(); ++row)
            shown.push_back(quint32(model->storeRow(row)));
        QCOMPARE(shown,
                 Core::VariantQuery::sorted(
                         store, expected, Core::VariantQuery::SortKey::Gene, false));
        current = window.variantView()->currentIndex();
        QCOMPARE(model->storeRow(current.row()), qsizetype(kept));

        // Sorting by the policy's decision (from the evaluation) also runs in the worker.
        window.variantView()->sortByColumn(VariantTableModel::Decision, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
        const Core::CaseEvaluation *evaluation = window.evaluation().get();
        int decided = 0;
        int previous = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Core::PolicyDecision *decision = evaluation->decisionForRow(model->storeRow(row));
            if (!decision) {
                previous = std::numeric_limits<int>::max(); // no decision: last
                continue;
            }
            QVERIFY(int(decision->decision) >= previous);
            previous = int(decision->decision);
            ++decided;
        }
        QVERIFY(decided > 0);
        QCOMPARE(model->storeRow(window.variantView()->currentIndex().row()), qsizetype(kept));

        // A filter that hides the variant clears the selection.
        FilterPanel::Choices choices = window.filterPanel()->choices();
        choices.genes = {QStringLiteral("NO_SUCH_GENE")};
        window.filterPanel()->setChoices(choices);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!window.variantView()->currentIndex().isValid());
    }

    // A genome-sized table (more rows than the model's worker threshold): a filter or a sort
    // running in the worker is cancelled with the status bar's Cancel button or Esc in the
    // table or the filter panel. The table keeps its rows and order, the filter panel and the
    // header go back to what the table shows, and the status bar says so.
    void cancelsFilteringAndSortingOfAGenomeSizedTable()
    {
        const int rows = int(VariantTableModel::kAsynchronousThreshold) + 10000;
        const QString path = genomeSizedVcf(rows);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        VariantTableModel *model = window.variantModel();
        QCOMPARE(model->asynchronousThreshold(), VariantTableModel::kAsynchronousThreshold);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        window.openFile(path);
        QVERIFY(evaluated.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 30000);
        QCOMPARE(model->rowCount(), rows);
        QVERIFY(model->store()->size() >= VariantTableModel::kAsynchronousThreshold);

        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("queryCancel"));
        auto *busy = window.findChild<QLabel *>(QStringLiteral("queryStatus"));
        auto *steps = window.findChild<QTreeView *>(QStringLiteral("filterSteps"));
        QVERIFY(cancel && busy && steps);
        QVERIFY(!cancel->isVisible());
        FilterPanel *panel = window.filterPanel();
        QCOMPARE(panel->choices().preset, int(Core::FilterCascade::Preset::AllVariants));
        const int allSteps = steps->model()->rowCount();
        QSignalSpy shown(model, &VariantTableModel::queryFinished);
        const auto savedPreset = [] {
            return FilterPanel::Choices::fromMap(
                           QSettings().value(QStringLiteral("filters/current")).toMap())
                    .preset;
        };

        // The Cancel button beside "Filtering…".
        panel->setPreset(Core::FilterCascade::Preset::QualityPass);
        QVERIFY(model->isBusy());
        QCOMPARE(busy->text(), QStringLiteral("Filtering…"));
        QVERIFY(cancel->isVisible());
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QVERIFY(cancel->toolTip().contains(QStringLiteral("Esc")));
        // Not the same accessible name as the loading Cancel button beside it.
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel filtering"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!model->isBusy());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!busy->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(
                         QStringLiteral("Filtering cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));
        // The panel shows the filter of the rows shown, for this and the next session.
        QCOMPARE(panel->choices().preset, int(Core::FilterCascade::Preset::AllVariants));
        QCOMPARE(savedPreset(), int(Core::FilterCascade::Preset::AllVariants));
        QTest::qWait(300); // the worker's end changes nothing
        QCOMPARE(shown.count(), 0);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(steps->model()->rowCount(), allSteps);

        // A filter that finishes, then Esc in the table during the next one.
        panel->setPreset(Core::FilterCascade::Preset::QualityPass);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 30000);
        const size_t good = Core::FilterCascade::preset(Core::FilterCascade::Preset::QualityPass, 0)
                                    .run(*model->store())
                                    .rows.size();
        QVERIFY(good > 0 && good < size_t(rows));
        QCOMPARE(model->rowCount(), int(good));
        const int goodSteps = steps->model()->rowCount();
        window.variantView()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.variantView()));
        FilterPanel::Choices choices = panel->choices();
        choices.genes = {QStringLiteral("NO_SUCH_GENE")};
        panel->setChoices(choices);
        QVERIFY(model->isBusy());
        QTest::keyClick(window.variantView(), Qt::Key_Escape);
        QVERIFY(!model->isBusy());
        QCOMPARE(model->rowCount(), int(good));
        QCOMPARE(steps->model()->rowCount(), goodSteps);
        QCOMPARE(panel->choices().preset, int(Core::FilterCascade::Preset::QualityPass));
        QVERIFY(panel->choices().genes.isEmpty());
        QVERIFY(panel->findChild<QLineEdit *>(QStringLiteral("filterGenes"))->text().isEmpty());
        QCOMPARE(savedPreset(), int(Core::FilterCascade::Preset::QualityPass));

        // Esc in the filter panel during a sort: the order and the header's indicator stay.
        const qsizetype firstShown = model->storeRow(0);
        QHeaderView *header = window.variantView()->horizontalHeader();
        const int indicator = header->sortIndicatorSection();
        window.variantView()->sortByColumn(VariantTableModel::Position, Qt::DescendingOrder);
        QVERIFY(model->isBusy());
        QCOMPARE(busy->text(), QStringLiteral("Sorting…"));
        QCOMPARE(header->sortIndicatorSection(), int(VariantTableModel::Position));
        QWidget *preset = panel->findChild<QComboBox *>(QStringLiteral("filterPreset"));
        preset->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), preset);
        QTest::keyClick(preset, Qt::Key_Escape);
        QVERIFY(!model->isBusy());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Sorting cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(header->sortIndicatorSection(), indicator);
        QCOMPARE(model->sortColumn(), indicator);
        QCOMPARE(model->storeRow(0), firstShown);
        QCOMPARE(panel->choices().preset, int(Core::FilterCascade::Preset::QualityPass));

        // Nothing runs: Esc is the table's again, and a sort that is not cancelled is shown.
        QVERIFY(!window.cancelQuery());
        shown.clear();
        window.variantView()->sortByColumn(VariantTableModel::Position, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QVERIFY(model->storeRow(0) > firstShown);
        QCOMPARE(model->rowCount(), int(good));
    }

    // The detail pane follows a switch between a light and a dark palette at once, without
    // another variant being selected: the badges of its HTML and its chart's colours.
    void detailPaneFollowsThePalette()
    {
        const QString cachePath = demoFrequencyCache(QStringLiteral("palette.gdfreq"));
        QVERIFY(!cachePath.isEmpty());
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([original] { QApplication::setPalette(original); });
        QApplication::setPalette(light);

        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
        MainWindow::CaseSetup setup;
        setup.caches = {cachePath};
        setup.indication = Core::Indication::fromGenes({QStringLiteral("MYBPC3")});
        setup.classifications.insert(QStringLiteral("11-47343210-G-GA"),
                                     Core::Significance::LikelyPathogenic);
        window.openCase(m_demo, setup);
        QVERIFY(evaluated.wait(30000));
        QVERIFY(window.selectFirstReportedVariant());
        auto *details
                = window.detailPane()->findChild<QTextBrowser *>(QStringLiteral("variantDetails"));
        QVERIFY(details);
        // The transcripts are read from the file after the variant is shown.
        QTRY_VERIFY(!window.detailPane()->isReadingTranscripts());
        const QString shownText = details->toPlainText();
        // The demo's MYBPC3 variant has no HGVS in its file: a dash, not an empty cell.
        QVERIFY2(shownText.contains(QRegularExpression(QStringLiteral("HGVS\\s+—\\s+Annotation"))),
                 qPrintable(shownText));
        const QString lightBadge
                = BadgePalette::forDecision(Core::Decision::ReportPrimary, light).background.name();
        const QString darkBadge
                = BadgePalette::forDecision(Core::Decision::ReportPrimary, dark).background.name();
        QVERIFY(lightBadge != darkBadge);
        QVERIFY2(details->toHtml().contains(lightBadge), qPrintable(details->toHtml()));
        QVERIFY(!details->toHtml().contains(darkBadge));
        QChartView *chartView = window.detailPane()->frequencyChart();
        QCOMPARE(chartView->chart()->backgroundBrush().color(), QColor(Qt::white));
        // The frequency axis starts at 0, reaches past the largest bar and has its ticks at
        // round numbers (1, 2, 2.5 or 5 times a power of ten apart).
        QVERIFY(!window.detailPane()->frequencyBars().isEmpty());
        const auto valueAxes = chartView->chart()->axes(Qt::Horizontal);
        QCOMPARE(valueAxes.size(), 1);
        const auto *frequencyAxis = qobject_cast<const QValueAxis *>(valueAxes.first());
        QVERIFY(frequencyAxis);
        QCOMPARE(frequencyAxis->min(), 0.0);
        for (const auto &bar : window.detailPane()->frequencyBars())
            QVERIFY(frequencyAxis->max() >= bar.alleleFrequency * 1000);
        QVERIFY(frequencyAxis->tickCount() >= 2);
        const double tickStep = frequencyAxis->max() / (frequencyAxis->tickCount() - 1);
        const double mantissa = tickStep / std::pow(10.0, std::floor(std::log10(tickStep)));
        QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6
                         || std::abs(mantissa - 2.5) < 1e-6 || std::abs(mantissa - 5) < 1e-6,
                 qPrintable(QString::number(tickStep)));
        const QPointer<QChart> lightChart = chartView->chart();

        // The reader scrolled down to the frequencies; the switch keeps them there.
        QScrollBar *scrollBar = details->verticalScrollBar();
        QVERIFY(scrollBar->maximum() > 0);
        scrollBar->setValue(scrollBar->maximum());
        const int scrolled = scrollBar->value();

        QApplication::setPalette(dark);
        QTRY_VERIFY2(details->toHtml().contains(darkBadge), qPrintable(details->toHtml()));
        QCOMPARE(scrollBar->value(), scrolled);
        QVERIFY(!details->toHtml().contains(lightBadge));
        QCOMPARE(details->toPlainText(), shownText); // the same variant, in other colours
        QCOMPARE(chartView->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        if (const QString shots = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QVERIFY(window.detailPane()->grab().save(
                    QDir(shots).filePath(QStringLiteral("detail-pane-switched-to-dark.png"))));
        }
        QVERIFY(lightChart.isNull()); // the chart drawn before is gone, not leaked
        if (!window.detailPane()->frequencyBars().isEmpty()) {
            for (QAbstractAxis *axis : chartView->chart()->axes())
                QCOMPARE(axis->labelsBrush().color(), dark.color(QPalette::Text));
        }

        // And back.
        QApplication::setPalette(light);
        QTRY_VERIFY(details->toHtml().contains(lightBadge));
        QCOMPARE(chartView->chart()->backgroundBrush().color(), QColor(Qt::white));
    }

    // The per-sample PL column: hidden until chosen in View → Table Columns (or the header's
    // menu), then shown and copied with the rows; not offered for a file without FORMAT/PL.
    // The choice of columns is the user's, kept across files and filters.
    void showsThePlColumnOnRequestAndCopiesIt()
    {
        MainWindow window;
        window.show();
        VariantTableModel *model = window.variantModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/vcf/likelihoods.vcf"));
        QVERIFY(finished.wait(30000));
        QTableView *view = window.variantView();
        const int s1Likelihoods
                = VariantTableModel::FixedColumnCount + VariantTableModel::PhredLikelihoods;
        const int s2Likelihoods = s1Likelihoods + VariantTableModel::SampleColumnCount;
        QVERIFY(view->isColumnHidden(s1Likelihoods));
        QVERIFY(view->isColumnHidden(s2Likelihoods));
        QVERIFY(!view->isColumnHidden(VariantTableModel::FixedColumnCount
                                      + VariantTableModel::Depth));
        view->selectRow(0);
        const auto cell = [&window](const QString &heading) {
            const QStringList lines
                    = window.selectedRowsAsTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (lines.size() != 2)
                return QStringLiteral("<%1 lines>").arg(lines.size());
            const int column = lines.first().split(QLatin1Char('\t')).indexOf(heading);
            return column < 0 ? QStringLiteral("<no column>")
                              : lines.last().split(QLatin1Char('\t')).value(column);
        };
        QCOMPARE(cell(QStringLiteral("S1 PL")), QStringLiteral("<no column>"));
        QCOMPARE(cell(QStringLiteral("S1 DP")), QStringLiteral("."));

        // View → Table Columns: PL is offered, unchecked; checking it shows it for each sample.
        QMenu *columns = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == QStringLiteral("Table &Columns"))
                columns = menu;
        }
        QVERIFY(columns);
        const auto likelihoodAction = [columns] {
            emit columns->aboutToShow();
            for (QAction *action : columns->actions()) {
                if (action->text().startsWith(QStringLiteral("PL")))
                    return action;
            }
            return static_cast<QAction *>(nullptr);
        };
        QAction *likelihoods = likelihoodAction();
        QVERIFY(likelihoods && likelihoods->isEnabled() && !likelihoods->isChecked());
        likelihoods->trigger();
        QVERIFY(!view->isColumnHidden(s1Likelihoods));
        QVERIFY(!view->isColumnHidden(s2Likelihoods));
        QVERIFY(likelihoodAction()->isChecked());
        QCOMPARE(cell(QStringLiteral("S1 PL")), QStringLiteral("250,0,310"));
        QCOMPARE(cell(QStringLiteral("S2 PL")), QStringLiteral("700,60,0"));
        const QString shots = qEnvironmentVariable("GENOMEDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.resize(1366, 768);
            view->scrollTo(model->index(0, s2Likelihoods));
            QVERIFY(view->grab().save(QDir(shots).filePath(QStringLiteral("table-pl.png"))));
        }

        // The header's context menu offers the same choices.
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
        emit header->customContextMenuRequested(QPoint(20, 5));
        QMenu *popup = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->isVisible())
                popup = menu;
        }
        QVERIFY(popup);
        QStringList offered;
        for (QAction *action : popup->actions()) {
            if (!action->isSeparator())
                offered << action->text();
        }
        QVERIFY2(offered.contains(QStringLiteral("Gene"))
                         && offered.contains(likelihoodAction()->text()),
                 qPrintable(offered.join(QLatin1Char('|'))));
        if (!shots.isEmpty())
            QVERIFY(popup->grab().save(QDir(shots).filePath(QStringLiteral("columns-menu.png"))));
        popup->close();
        QCOMPARE(cell(QStringLiteral("Position")), QLocale().toString(1000));

        // Any column but chromosome and position can be hidden; hidden ones are not copied.
        window.setColumnShown(VariantTableModel::Gene, false);
        window.setColumnShown(VariantTableModel::Contig, false);
        QVERIFY(view->isColumnHidden(VariantTableModel::Gene));
        QVERIFY(!view->isColumnHidden(VariantTableModel::Contig));
        QCOMPARE(cell(QStringLiteral("Gene")), QStringLiteral("<no column>"));
        QCOMPARE(cell(QStringLiteral("Chr")), QStringLiteral("chr1"));

        // A filter (a model reset) keeps the choice; so does the next file, which has no PL:
        // no PL column there, and the menu says why.
        window.filterPanel()->setPreset(Core::FilterCascade::Preset::QualityPass);
        QVERIFY(view->isColumnHidden(VariantTableModel::Gene));
        QVERIFY(!view->isColumnHidden(s1Likelihoods));
        finished.clear();
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"));
        QVERIFY(finished.wait(30000));
        QVERIFY(view->isColumnHidden(VariantTableModel::Gene));
        QVERIFY(view->isColumnHidden(s1Likelihoods));
        QVERIFY(view->isColumnHidden(s2Likelihoods));
        QVERIFY(!view->isColumnHidden(VariantTableModel::FixedColumnCount));
        likelihoods = likelihoodAction();
        QVERIFY(likelihoods && !likelihoods->isEnabled());
        QVERIFY(likelihoods->toolTip().contains(QStringLiteral("FORMAT/PL")));
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
