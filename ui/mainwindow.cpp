// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailpane.h"
#include "filterpanel.h"
#include "nodesdialog.h"
#include "qcdashboard.h"
#include "reportpreviewdialog.h"
#include "reviewworkflow.h"
#include "syncdialog.h"
#include "uilanguage.h"
#include "varianttablemodel.h"

#include <core/variant/variantstatistics.h>

#include <core/common/libraryversions.h>
#include <core/common/tr.h>
#include <core/frequency/frequencyceiling.h>
#include <core/frequency/frequencystore.h>
#include <core/knowledge/knowledgestore.h>
#include <core/report/reportbuilder.h>
#include <core/report/reportjob.h>
#include <core/report/reportlanguage.h>
#include <core/report/reportmodel.h>
#include <core/report/reportrenderer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <iterator>

Q_LOGGING_CATEGORY(lcMainWindow, "genomedesk.ui.mainwindow", QtWarningMsg)

namespace Gui {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kReportLanguageKey = QStringLiteral("report/language");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kHiddenColumnsKey = QStringLiteral("variantTable/hiddenColumns");
constexpr int kMaxRecentFiles = 8;
// The most selected rows kept selected across a filter change (more: only the current one).
constexpr qint64 kMaxKeptSelection = 10000;

// Settings keys of the table's columns (VariantTableModel::Column order), then of the
// per-sample columns (VariantTableModel::SampleColumn order).
const char *const kFixedColumnKeys[] = {
        "contig",
        "position",
        "reference",
        "alternate",
        "gene",
        "consequence",
        "decision",
        "classification",
        "maximumFrequency",
        "clinvar",
        "type",
        "hgvsCoding",
        "hgvsProtein",
        "quality",
        "filter",
};
static_assert(std::size(kFixedColumnKeys) == VariantTableModel::FixedColumnCount);
const char *const kSampleColumnKeys[] = {
        "sample/genotype",
        "sample/depth",
        "sample/genotypeQuality",
        "sample/alleleBalance",
        "sample/phredLikelihoods",
};
static_assert(std::size(kSampleColumnKeys) == VariantTableModel::SampleColumnCount);

QString columnKey(int column)
{
    if (column < VariantTableModel::FixedColumnCount)
        return QLatin1String(kFixedColumnKeys[column]);
    return QLatin1String(kSampleColumnKeys[(column - VariantTableModel::FixedColumnCount)
                                           % VariantTableModel::SampleColumnCount]);
}

bool isLikelihoodColumn(int column)
{
    return column >= VariantTableModel::FixedColumnCount
           && (column - VariantTableModel::FixedColumnCount) % VariantTableModel::SampleColumnCount
                      == VariantTableModel::PhredLikelihoods;
}

// The columns the user hid; PL is hidden until asked for (a wide column few need to see).
QStringList hiddenColumns()
{
    return QSettings()
            .value(kHiddenColumnsKey,
                   QStringList{
                           QLatin1String(kSampleColumnKeys[VariantTableModel::PhredLikelihoods])})
            .toStringList();
}

bool isVariantFile(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".vcf")) || lower.endsWith(QLatin1String(".vcf.gz"))
           || lower.endsWith(QLatin1String(".vcf.bgz")) || lower.endsWith(QLatin1String(".bcf"));
}

// The file's SHA-256 against the one the case recorded: a case is reviewed on the very file
// it was created from, not on a re-run of the pipeline that happens to have the same name.
std::optional<Core::Error>
checkSha256(const QString &path, const QString &expected, const Core::JobContext &job)
{
    // Remembered: the report preview names the report by the same checksum.
    const Core::Result<QString> actual = Core::cachedSha256OfFile(path, job);
    if (!actual)
        return actual.error();
    if (actual.value().compare(expected, Qt::CaseInsensitive) != 0) {
        return Core::Error(Core::Error::Code::InvalidArgument,
                           MainWindow::tr("the file has changed since the case was created: its "
                                          "SHA-256 is %1, the case recorded %2")
                                   .arg(actual.value(), expected),
                           path);
    }
    return std::nullopt;
}

void loadInWorker(QPromise<LoadOutcome> &promise, const QString &path, const QString &sha256)
{
    Core::JobContext job([&promise](qint64 done, qint64 total) {
        if (total > 0)
            promise.setProgressValue(int(done * 1000 / total));
    });
    job.setCancelCheck([&promise] { return promise.isCanceled(); });
    promise.setProgressRange(0, 1000);

    if (!sha256.isEmpty()) {
        if (const auto mismatch = checkSha256(path, sha256, job)) {
            LoadOutcome outcome;
            outcome.error = *mismatch;
            promise.addResult(std::move(outcome));
            return;
        }
    }
    auto result = Core::VcfReader::read(path, job, Core::VcfReader::Options());
    LoadOutcome outcome;
    if (result) {
        outcome.loaded = std::move(result).value();
        outcome.ok = true;
    } else {
        outcome.error = result.error();
    }
    promise.addResult(std::move(outcome));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new VariantTableModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("GenomeDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/genomedesk.svg")));
    setAcceptDrops(true);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // file order at first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setSectionResizeMode(
            QHeaderView::Fixed); // smooth with millions of rows
    // The policy's decision right after the gene, so that a laptop screen with both docks
    // open shows it without scrolling sideways (the copied TSV follows this order too).
    QHeaderView *columns = m_view->horizontalHeader();
    columns->moveSection(columns->visualIndex(VariantTableModel::Decision),
                         columns->visualIndex(VariantTableModel::Gene) + 1);
    setCentralWidget(m_view);

    m_filterPanel = new FilterPanel(this);
    m_filterDock = new QDockWidget(tr("Filters"), this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    // Scrollable, so that the refinements never make the window taller than a laptop screen.
    auto *filterScroll = new QScrollArea(m_filterDock);
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filterDock->setWidget(filterScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    connect(m_filterPanel, &FilterPanel::changed, this, &MainWindow::applyFilters);

    m_detailPane = new DetailPane(this);
    m_detailDock = new QDockWidget(tr("Variant details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detailPane);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::showCurrentVariant);
    connect(m_model, &QAbstractItemModel::modelReset, m_detailPane, &DetailPane::clear);
    // Filtering swaps in new rows with a model reset: the selected variants stay selected
    // when they are still shown (after the detail pane was cleared, so it shows them again).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::keepSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_model, &VariantTableModel::queryFinished, this, &MainWindow::onQueryFinished);
    connect(m_model, &VariantTableModel::busyChanged, this, &MainWindow::onQueryBusyChanged);
    connect(m_detailPane, &DetailPane::igvStatusChanged, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel loading"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_cancelButton->setVisible(false);
    // Filtering and sorting a genome in a worker: "Filtering…" with a busy bar meanwhile.
    m_queryLabel = new QLabel(this);
    m_queryLabel->setObjectName(QStringLiteral("queryStatus"));
    m_queryLabel->setVisible(false);
    m_queryProgress = new QProgressBar(this);
    m_queryProgress->setRange(0, 0);
    m_queryProgress->setMaximumWidth(100);
    m_queryProgress->setVisible(false);
    m_queryCancelButton = new QToolButton(this);
    m_queryCancelButton->setObjectName(QStringLiteral("queryCancel"));
    m_queryCancelButton->setText(tr("Cancel"));
    m_queryCancelButton->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_queryLabel);
    statusBar()->addPermanentWidget(m_queryProgress);
    statusBar()->addPermanentWidget(m_queryCancelButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoad);
    connect(m_queryCancelButton, &QToolButton::clicked, this, &MainWindow::cancelQuery);
    // Esc stops the running filter or sort where the user just asked for it: in the table or
    // in the filter panel. Enabled only meanwhile, so Esc keeps its meaning otherwise.
    for (QWidget *area : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_filterDock)}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_Escape), area);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::cancelQuery);
        m_queryCancelShortcuts << shortcut;
    }
    connect(m_model, &VariantTableModel::queryCancelled, this, &MainWindow::onQueryCancelled);
    // Hidden columns stay hidden when a filter or another file resets the model.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::applyColumnVisibility);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(),
            &QWidget::customContextMenuRequested,
            this,
            &MainWindow::showColumnsMenu);

    connect(&m_loadWatcher,
            &QFutureWatcher<LoadOutcome>::progressValueChanged,
            this,
            [this](int value) { m_progress->setValue(value); });
    connect(&m_loadWatcher,
            &QFutureWatcher<LoadOutcome>::finished,
            this,
            &MainWindow::onLoadFinished);

    createActions();

    if (auto deployment = Core::DeploymentSettings::load()) {
        m_deployment = std::move(deployment).value();
    } else {
        // IT's file is broken: say so, and run without its defaults rather than not at all.
        QTimer::singleShot(0, this, [this, message = deployment.error().toString()] {
            QMessageBox::warning(this, tr("System settings"), message);
        });
    }

    const QSettings settings;
    // First run: room for the genotype table and the policy's reasons beside the variants.
    resizeDocks({m_filterDock, m_detailDock}, {340, 400}, Qt::Horizontal);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (!settings.contains(kGeometryKey))
        resize(1200, 760);
    updateStatus();
}

MainWindow::~MainWindow()
{
    if (m_loadWatcher.isRunning()) {
        m_loadWatcher.cancel();
        m_loadWatcher.waitForFinished();
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this,
                tr("Open variants"),
                QString(),
                tr("Variant files (*.vcf *.vcf.gz *.vcf.bgz *.bcf);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addSeparator();
    m_exportAction = fileMenu->addAction(tr("&Write Report…"), this, &MainWindow::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyAction = editMenu->addAction(tr("&Copy Rows"), this, &MainWindow::copySelection);
    copyAction->setShortcut(QKeySequence::Copy);
    QAction *selectAllAction
            = editMenu->addAction(tr("Select &All"), m_view, &QTableView::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_filterDock->toggleViewAction());
    viewMenu->addAction(m_detailDock->toggleViewAction());
    m_columnsMenu = viewMenu->addMenu(tr("Table &Columns"));
    m_columnsMenu->setToolTipsVisible(true);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] { fillColumnsMenu(m_columnsMenu); });
    viewMenu->addSeparator();
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(languageMenu);
    const QString saved = UiLanguage::saved();
    QAction *system = languageMenu->addAction(tr("System Default"));
    system->setCheckable(true);
    system->setChecked(saved.isEmpty());
    languages->addAction(system);
    connect(system, &QAction::triggered, this, [] { UiLanguage::apply(QString()); });
    for (const QString &code : UiLanguage::available()) {
        QAction *action = languageMenu->addAction(
                QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code));
        action->setCheckable(true);
        action->setChecked(saved == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [code] { UiLanguage::apply(code); });
    }

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    m_loadReportAction
            = caseMenu->addAction(tr("&Load Report…"), this, &MainWindow::showLoadReport);
    m_loadReportAction->setEnabled(false);
    caseMenu->addSeparator();
    m_consentAction = caseMenu->addAction(tr("Patient &Consent…"), this, &MainWindow::editConsent);
    m_consentAction->setEnabled(false);
    m_indicationAction
            = caseMenu->addAction(tr("&Indication Genes…"), this, &MainWindow::editIndication);
    m_indicationAction->setEnabled(false);
    if (!m_reviewWorkflow) {
        m_reviewWorkflow = new ReviewWorkflow(this, [this](const auto &classifications) {
            m_pendingSetup.classifications.insert(classifications);
            evaluateCase();
        });
        m_reviewWorkflow->setOpenCase([this](const Core::CaseRecord &record,
                                             const QHash<QString, Core::Significance> &classes) {
            return openCaseRecord(record, classes);
        });
    }
    m_reviewWorkflow->addCaseActions(caseMenu);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_qualityControlAction
            = toolsMenu->addAction(tr("&Quality Control…"), this, &MainWindow::showQualityControl);
    m_qualityControlAction->setEnabled(false);
    toolsMenu->addAction(tr("&Frequency Caches…"), this, &MainWindow::chooseFrequencyCaches);
    toolsMenu->addAction(
            tr("Frequency &Nodes…"), this, [this] { NodesDialog(m_deployment, this).exec(); });
    toolsMenu->addAction(tr("S&ync Frequencies…"), this, [this] {
        SyncDialog::openFromWindow(this, m_deployment, m_caseCaches, m_current.store);
    });
    m_reviewWorkflow->addToolsActions(toolsMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction
            = helpMenu->addAction(tr("&About GenomeDesk"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);

    updateRecentFilesMenu();
}

void MainWindow::openFile(const QString &path)
{
    openCase(path, CaseSetup());
}

void MainWindow::openCase(const QString &path, const CaseSetup &setup)
{
    if (m_loadWatcher.isRunning()) {
        statusBar()->showMessage(tr("A file is already loading."), 5000);
        return;
    }
    m_loadingPath = path;
    m_loadingFileStamp = Core::FileStamp::of(path);
    m_pendingSetup = setup;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_statusLabel->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    m_loadWatcher.setFuture(QtConcurrent::run(loadInWorker, path, setup.sha256));
}

bool MainWindow::openCaseRecord(const Core::CaseRecord &record,
                                const QHash<QString, Core::Significance> &classifications)
{
    const Core::CaseFile *file = nullptr;
    for (const Core::CaseFile &candidate : record.input.files) {
        if (isVariantFile(candidate.path)) {
            file = &candidate;
            break;
        }
    }
    if (!file)
        return false;
    const QFileInfo info(file->path);
    if (m_current.store && QFileInfo(m_current.summary.file) == info)
        return false; // already open: the classifications go to the open case
    if (!info.exists()) {
        // The file name only: a path may name the patient.
        statusBar()->showMessage(tr("Case %1: its variant file %2 is not on this computer.")
                                         .arg(record.caseId, info.fileName()),
                                 15000);
        return false;
    }
    CaseSetup setup;
    setup.classifications = classifications;
    setup.sha256 = file->sha256;
    if (!record.input.consentProfile.isEmpty()) {
        const auto consent
                = Core::ConsentProfile::fromCaseJson(record.input.consentProfile, record.caseId);
        if (consent)
            setup.consent = consent.value();
    }
    if (!record.input.indication.isEmpty()) {
        const auto indication = Core::Indication::fromText(record.input.indication, record.caseId);
        if (indication)
            setup.indication = indication.value();
    }
    openCase(info.absoluteFilePath(), setup);
    return true;
}

bool MainWindow::isLoading() const
{
    return m_loadWatcher.isRunning();
}

void MainWindow::cancelLoad()
{
    m_loadWatcher.cancel();
}

void MainWindow::onLoadFinished()
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);

    const QFuture<LoadOutcome> future = m_loadWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
        updateStatus();
        emit loadFinished(false);
        return;
    }
    LoadOutcome outcome = future.result();
    if (!outcome.ok) {
        updateStatus();
        if (outcome.error.code() == Core::Error::Code::Cancelled) {
            statusBar()->showMessage(tr("Loading cancelled."), 5000);
        } else {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        tr("Cannot open file"),
                                        outcome.error.toString(),
                                        QMessageBox::Ok,
                                        this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit loadFinished(false);
        return;
    }

    m_current = std::move(outcome.loaded);
    m_detailPane->setCaseFileStamp(m_loadingFileStamp);
    m_model->setStore(m_current.store);
    m_shownChoices = FilterPanel::Choices(); // all rows, in file order
    applyFilters();
    fitColumns();
    m_exportAction->setEnabled(true);
    m_loadReportAction->setEnabled(true);
    m_qualityControlAction->setEnabled(true);
    m_consentAction->setEnabled(true);
    m_indicationAction->setEnabled(true);
    m_consent = m_pendingSetup.consent;
    m_indication = m_pendingSetup.indication;
    m_caseCaches = m_pendingSetup.caches;
    m_evaluation.reset();
    m_model->setEvaluation(nullptr);
    evaluateCase();
    addRecentFile(m_loadingPath);
    setWindowTitle(tr("%1 — GenomeDesk").arg(QFileInfo(m_loadingPath).fileName()));
    setWindowFilePath(m_loadingPath);
    updateStatus();
    emit loadFinished(true);
}

void MainWindow::fitColumns(int first, int last)
{
    // To the shown rows and the heading, but no column of file data wider than about 30
    // characters: a 50-base allele or a long HGVS is elided (the detail pane shows it whole).
    // The decision and the classification are short labels of our own, always shown whole.
    const int widest = m_view->fontMetrics().averageCharWidth() * 30;
    if (last < 0)
        last = m_model->columnCount() - 1;
    for (int column = first; column <= last; ++column) {
        m_view->resizeColumnToContents(column);
        if (column != VariantTableModel::Decision && column != VariantTableModel::Classification
            && m_view->columnWidth(column) > widest)
            m_view->setColumnWidth(column, widest);
    }
}

void MainWindow::updateStatus()
{
    if (!m_current.store) {
        m_statusLabel->setText(tr("Open a VCF or BCF file (File → Open, or drop it here)."));
        return;
    }
    const Core::LoadSummary &summary = m_current.summary;
    QString text = tr("%1 of %n variant(s) shown", nullptr, int(summary.variants))
                           .arg(QLocale().toString(m_model->rowCount()));
    text += QStringLiteral(" · ") + tr("%n sample(s)", nullptr, int(summary.samples.size()));
    text += QStringLiteral(" · ") + Core::genomeBuildName(summary.build);
    if (summary.skippedTotal() > 0)
        text += QStringLiteral(" · ") + tr("%n skipped", nullptr, int(summary.skippedTotal()));
    if (m_evaluation) {
        const Core::PolicyRun &run = m_evaluation->run();
        text += QStringLiteral(" · ")
                + tr("%1: %2 primary, %3 secondary, %4 to review")
                          .arg(run.policyId)
                          .arg(run.count(Core::Decision::ReportPrimary))
                          .arg(run.count(Core::Decision::ReportSecondary))
                          .arg(run.count(Core::Decision::NeedsReview));
    }
    if (!summary.warnings.isEmpty())
        text += QStringLiteral(" · ") + summary.warnings.join(QStringLiteral("; "));
    m_statusLabel->setText(text);
}

QString MainWindow::reportPreviewHtml(const QString &language, QString *error)
{
    if (!m_evaluation || !m_current.store) {
        *error = tr("The case has not been evaluated yet.");
        return {};
    }
    const auto input = evaluationInput(error);
    if (!input)
        return {};
    const auto translator = Core::ReportLanguage::translator(language);
    if (!translator) {
        *error = translator.error().toString();
        return {};
    }
    const QSettings settings;
    // The same builder as the written report, on the evaluation already made: only the
    // policy's reasons are redone, in the report's language.
    const Core::ScopedTranslation scope(translator.value().get());
    m_previewTemplate = Core::ReportTemplate::builtin();
    const QString templateDirectory
            = m_deployment.value(Core::DeploymentSettings::ReportTemplateDirectory, settings)
                      .toString();
    if (!templateDirectory.isEmpty()) {
        if (auto custom = Core::ReportTemplate::fromDirectory(templateDirectory))
            m_previewTemplate = std::move(custom).value();
    }
    Core::ReportContext context;
    context.language = language;
    context.laboratory = m_deployment.value(Core::DeploymentSettings::LabName, settings).toString();
    const Core::ReportModel model
            = Core::ReportBuilder::build(m_current,
                                         *m_evaluation,
                                         *input,
                                         context,
                                         QFileInfo(m_current.summary.file).completeBaseName(),
                                         tr("(computed when the report is written)"),
                                         QDateTime::currentDateTimeUtc());
    return Core::ReportRenderer::toHtml(model, m_previewTemplate);
}

ReportPreviewDialog *MainWindow::previewReport(const QString &language, QWidget *parent)
{
    // The PDF as it will be printed, built in a worker from a snapshot of the case; asked
    // again after signing, so the new sign-off shows.
    const auto source = [this](QString *error) -> std::optional<ReportPreviewSource> {
        if (!m_evaluation || !m_current.store) {
            *error = tr("The case has not been evaluated yet.");
            return std::nullopt;
        }
        auto input = evaluationInput(error);
        if (!input)
            return std::nullopt;
        const QSettings settings;
        ReportPreviewSource preview;
        preview.loaded = m_current;
        preview.evaluation = m_evaluation;
        preview.input = std::move(*input);
        preview.caches = m_caches;
        preview.caseId = QFileInfo(m_current.summary.file).completeBaseName();
        preview.createdAt = QDateTime::currentDateTimeUtc();
        preview.context.laboratory
                = m_deployment.value(Core::DeploymentSettings::LabName, settings).toString();
        preview.reportTemplate = Core::ReportTemplate::builtin();
        const QString templateDirectory
                = m_deployment.value(Core::DeploymentSettings::ReportTemplateDirectory, settings)
                          .toString();
        if (!templateDirectory.isEmpty()) {
            if (auto custom = Core::ReportTemplate::fromDirectory(templateDirectory))
                preview.reportTemplate = std::move(custom).value();
        }
        m_reviewWorkflow->fillReportContext(preview.context);
        return preview;
    };
    auto *dialog
            = new ReportPreviewDialog(source, m_reviewWorkflow, language, parent ? parent : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog->open();
    return dialog;
}

std::optional<Core::CaseEvaluationInput> MainWindow::evaluationInput(QString *error)
{
    QSettings settings;
    Core::CaseEvaluationInput input;
    Core::PolicyRegistry registry;
    const QString policy = m_deployment
                                   .value(Core::DeploymentSettings::PolicyFile,
                                          settings,
                                          QStringLiteral("acmg-sf-3.2"))
                                   .toString();
    if (const auto loaded = registry.load(policy); !loaded) {
        *error = loaded.error().toString();
        return std::nullopt;
    }
    input.policy = registry.active();
    m_policyGenes = input.policy.geneSymbols();
    input.consent = m_consent;
    input.indication = m_indication;
    input.labClassifications = m_pendingSetup.classifications;
    input.sex = m_pendingSetup.sex;
    m_caches.clear();
    const QStringList cachePaths
            = m_caseCaches.isEmpty()
                      ? m_deployment.value(Core::DeploymentSettings::FrequencyCaches, settings)
                                .toStringList()
                      : m_caseCaches;
    for (const QString &path : cachePaths) {
        auto opened = Core::FrequencyStore::open(path);
        if (!opened) {
            *error = opened.error().toString();
            return std::nullopt;
        }
        // A cache of the other build is left out rather than refused: the user may keep
        // caches of both builds configured.
        if (opened.value()->build() != m_current.summary.build)
            continue;
        m_caches.push_back(std::shared_ptr<Core::FrequencyStore>(std::move(opened).value()));
        input.caches << m_caches.back().get();
    }
    return input;
}

void MainWindow::evaluateCase()
{
    if (!m_current.store)
        return;
    QString error;
    const auto input = evaluationInput(&error);
    if (!input) {
        statusBar()->showMessage(tr("The policy cannot be applied: %1").arg(error), 15000);
        emit evaluationFinished(false);
        return;
    }
    const int generation = ++m_evaluationGeneration;
    const Core::LoadedVariants loaded = m_current;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Core::CaseEvaluation>>(this);
    auto message = std::make_shared<QString>();
    connect(watcher,
            &QFutureWatcher<std::shared_ptr<Core::CaseEvaluation>>::finished,
            this,
            [this, watcher, generation, message] {
                watcher->deleteLater();
                if (generation != m_evaluationGeneration)
                    return; // a newer evaluation (other consent, other case) replaces this one
                const auto result = watcher->result();
                if (!result) {
                    statusBar()->showMessage(tr("The policy cannot be applied: %1").arg(*message),
                                             15000);
                    emit evaluationFinished(false);
                    return;
                }
                const bool first = !m_evaluation;
                m_evaluation = result;
                m_model->setEvaluation(m_evaluation);
                const QStringList symbols
                        = m_evaluation->run().policyId.isEmpty() ? QStringList() : m_policyGenes;
                m_filterPanel->setPolicyGenes(QSet<QString>(symbols.cbegin(), symbols.cend()));
                m_filterPanel->setPopulations(
                        m_evaluation->frequencies()
                                ? Core::frequencyPopulations(*m_evaluation->frequencies())
                                : QStringList());
                applyFilters();
                if (first)
                    fitColumns(VariantTableModel::Decision, VariantTableModel::ClinVar);
                showCurrentVariant();
                updateStatus();
                emit evaluationFinished(true);
            });
    // The knowledge base (gene model, ClinVar) is a Qt SQL database: opened, used and closed
    // in the worker thread, as Qt SQL connections belong to the thread that made them.
    const QString knowledgePath
            = m_deployment.value(Core::DeploymentSettings::KnowledgeBase, QSettings()).toString();
    watcher->setFuture(QtConcurrent::run([loaded, input = *input, message, knowledgePath]()
                                                 -> std::shared_ptr<Core::CaseEvaluation> {
        Core::CaseEvaluationInput withKnowledge = input;
        std::unique_ptr<Core::KnowledgeStore> knowledge;
        if (!knowledgePath.isEmpty()) {
            auto opened = Core::KnowledgeStore::open(knowledgePath);
            if (!opened) {
                *message = opened.error().toString();
                return {};
            }
            knowledge = std::move(opened).value();
            withKnowledge.knowledge = knowledge.get();
        }
        auto evaluation = Core::CaseEvaluation::evaluate(loaded, withKnowledge);
        if (!evaluation) {
            *message = evaluation.error().toString();
            return {};
        }
        return std::make_shared<Core::CaseEvaluation>(std::move(evaluation).value());
    }));
}

bool MainWindow::selectFirstReportedVariant()
{
    if (!m_evaluation)
        return false;
    for (const Core::Decision wanted :
         {Core::Decision::ReportPrimary, Core::Decision::ReportSecondary}) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Core::PolicyDecision *decision
                    = m_evaluation->decisionForRow(m_model->storeRow(row));
            if (decision && decision->decision == wanted) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
                return true;
            }
        }
    }
    return false;
}

void MainWindow::setConsent(const Core::ConsentProfile &consent)
{
    m_consent = consent;
    evaluateCase();
}

void MainWindow::setIndication(const Core::Indication &indication)
{
    m_indication = indication;
    evaluateCase();
}

void MainWindow::editConsent()
{
    QString error;
    const auto input = evaluationInput(&error);
    if (!input) {
        QMessageBox::warning(this, tr("Patient consent"), error);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Patient consent"));
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(new QLabel(tr("Which secondary findings does the patient wish to receive "
                                 "under %1?")
                                      .arg(input->policy.displayVersion()),
                              &dialog));
    QList<QPair<QString, QComboBox *>> choices;
    for (const Core::ConsentCategory &category : input->policy.consentCategories) {
        auto *choice = new QComboBox(&dialog);
        choice->addItem(input->policy.consentModel == QLatin1String("opt-out")
                                ? tr("Not recorded (reported: the policy is opt-out)")
                                : tr("Not recorded (not reported: the policy is opt-in)"),
                        int(Core::ConsentProfile::Choice::NotRecorded));
        choice->addItem(tr("Wishes to be informed"), int(Core::ConsentProfile::Choice::OptIn));
        choice->addItem(tr("Does not wish to be informed"),
                        int(Core::ConsentProfile::Choice::OptOut));
        choice->setCurrentIndex(choice->findData(int(m_consent.choice(category.id))));
        layout->addRow(category.title, choice);
        choices.append({category.id, choice});
    }
    auto *minor = new QCheckBox(tr("The patient is a minor"), &dialog);
    minor->setChecked(m_consent.minor);
    layout->addRow(minor);
    auto *recordedBy = new QLineEdit(m_consent.recordedBy, &dialog);
    layout->addRow(tr("Recorded by"), recordedBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Core::ConsentProfile consent = m_consent;
    consent.choices.clear();
    for (const auto &[category, choice] : choices) {
        const auto value = Core::ConsentProfile::Choice(choice->currentData().toInt());
        if (value != Core::ConsentProfile::Choice::NotRecorded)
            consent.choices.insert(category, value);
    }
    consent.minor = minor->isChecked();
    consent.recordedBy = recordedBy->text().trimmed();
    consent.recordedOn = QDate::currentDate();
    setConsent(consent);
}

void MainWindow::editIndication()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Indication genes"));
    auto *layout = new QFormLayout(&dialog);
    auto *name = new QLineEdit(m_indication.name, &dialog);
    auto *genes = new QPlainTextEdit(m_indication.genes.join(QLatin1Char(' ')), &dialog);
    genes->setPlaceholderText(tr("HGNC symbols separated by spaces, commas or lines"));
    layout->addRow(tr("Indication"), name);
    layout->addRow(tr("Genes"), genes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList symbols;
    for (const QString &symbol : genes->toPlainText().split(
                 QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
        symbols << symbol.trimmed().toUpper();
    setIndication(Core::Indication::fromGenes(symbols, name->text().trimmed()));
}

void MainWindow::chooseFrequencyCaches()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Frequency caches"), QString(), tr("Frequency caches (*.gdfreq)"));
    if (paths.isEmpty())
        return;
    for (const QString &path : paths) {
        const auto opened = Core::FrequencyStore::open(path);
        if (!opened) {
            QMessageBox::warning(this, tr("Frequency caches"), opened.error().toString());
            return;
        }
    }
    QSettings settings;
    if (const auto stored
        = m_deployment.setUserValue(settings, Core::DeploymentSettings::FrequencyCaches, paths);
        !stored) {
        QMessageBox::information(this, tr("Frequency caches"), stored.error().toString());
        return;
    }
    m_caseCaches.clear();
    evaluateCase();
}

void MainWindow::exportReport()
{
    if (!m_current.store)
        return;
    QString error;
    const auto input = evaluationInput(&error);
    if (!input) {
        QMessageBox::warning(this, tr("Cannot write report"), error);
        return;
    }
    QSettings settings;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Write report"));
    auto *layout = new QFormLayout(&dialog);
    auto *language = new QComboBox(&dialog);
    for (const QString &code : Core::ReportLanguage::available())
        language->addItem(QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code),
                          code);
    language->setCurrentIndex(
            qMax(0, language->findData(settings.value(kReportLanguageKey, QStringLiteral("en")))));
    layout->addRow(tr("Report language"), language);
    auto *html = new QCheckBox(tr("Also HTML"), &dialog);
    auto *fhir = new QCheckBox(tr("Also FHIR Genomics Reporting (JSON)"), &dialog);
    auto *phenopacket = new QCheckBox(tr("Also GA4GH Phenopacket (JSON)"), &dialog);
    layout->addRow(html);
    layout->addRow(fhir);
    layout->addRow(phenopacket);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QPushButton *preview = buttons->addButton(tr("&Preview…"), QDialogButtonBox::ActionRole);
    preview->setEnabled(m_evaluation != nullptr);
    preview->setToolTip(tr("Shows the report as it will be printed, in the chosen language"));
    connect(preview, &QPushButton::clicked, &dialog, [this, &dialog, language] {
        previewReport(language->currentData().toString(), &dialog);
    });
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(kReportLanguageKey, language->currentData());
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Write report"), QStringLiteral("report.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    Core::ReportRequest request;
    const QString base
            = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path.chopped(4) : path;
    request.pdfPath = path;
    if (html->isChecked())
        request.htmlPath = base + QStringLiteral(".html");
    if (fhir->isChecked())
        request.fhirPath = base + QStringLiteral(".fhir.json");
    if (phenopacket->isChecked())
        request.phenopacketPath = base + QStringLiteral(".phenopacket.json");
    request.language = language->currentData().toString();
    request.caseId = QFileInfo(m_current.summary.file).completeBaseName();
    request.createdAt = QDateTime::currentDateTimeUtc();
    request.evaluation = *input;
    request.context.laboratory
            = m_deployment.value(Core::DeploymentSettings::LabName, settings).toString();
    request.templateDirectory
            = m_deployment.value(Core::DeploymentSettings::ReportTemplateDirectory, settings)
                      .toString();
    const Core::LoadedVariants loaded = m_current;
    auto caches = m_caches; // keeps the stores open while the worker reads them
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Report written to %1").arg(path), 10000);
        else
            QMessageBox::warning(this, tr("Cannot write report"), error);
    });
    statusBar()->showMessage(tr("Writing the report…"));
    watcher->setFuture(QtConcurrent::run([loaded, request, caches]() -> QString {
        const auto written = Core::writeReport(loaded, request);
        return written ? QString() : written.error().toString();
    }));
}

int MainWindow::patientSample() const
{
    // The trio's child when there is one, else the first sample.
    return m_current.inheritance ? m_current.trio.child : 0;
}

void MainWindow::applyFilters()
{
    if (!m_current.store)
        return;
    // In a worker for a genome (VariantTableModel); onQueryFinished() shows the result.
    m_requestedChoices = m_filterPanel->choices();
    m_model->setCascade(m_filterPanel->cascade(patientSample(), m_evaluation),
                        m_current.inheritance);
}

void MainWindow::onQueryFinished()
{
    if (!m_current.store)
        return;
    // Only the newest request's rows are ever shown (the model drops superseded results).
    m_shownChoices = m_requestedChoices;
    m_filterPanel->showResult(
            m_model->cascadeSteps(), m_model->rowCount(), m_current.store->size());
    updateStatus();
}

void MainWindow::onQueryBusyChanged(bool busy)
{
    const bool filtering = m_model->isFilterPending();
    m_queryLabel->setText(filtering ? tr("Filtering…") : tr("Sorting…"));
    // Screen readers tell the two Cancel buttons of the status bar apart by these names.
    m_queryCancelButton->setAccessibleName(filtering ? tr("Cancel filtering")
                                                     : tr("Cancel sorting"));
    m_queryCancelButton->setToolTip(filtering ? tr("Cancel filtering (Esc)")
                                              : tr("Cancel sorting (Esc)"));
    m_queryLabel->setVisible(busy);
    m_queryProgress->setVisible(busy);
    m_queryCancelButton->setVisible(busy);
    for (QShortcut *shortcut : std::as_const(m_queryCancelShortcuts))
        shortcut->setEnabled(busy);
}

bool MainWindow::cancelQuery()
{
    return m_model->cancel();
}

void MainWindow::onQueryCancelled(bool filter)
{
    // The table did not change; the header and the filter panel go back to what it shows, so
    // that no control claims a filter or an order the rows do not have.
    QHeaderView *header = m_view->horizontalHeader();
    {
        const QSignalBlocker blocker(header); // no new sort
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    header->viewport()->update();
    if (filter) {
        m_filterPanel->restoreChoices(m_shownChoices);
        m_requestedChoices = m_shownChoices;
        statusBar()->showMessage(tr("Filtering cancelled: the table and the filter panel show "
                                    "the previous filter."),
                                 10000);
    } else {
        statusBar()->showMessage(tr("Sorting cancelled: the table keeps its previous order."),
                                 10000);
    }
}

void MainWindow::setColumnShown(int column, bool shown)
{
    if (column < 0 || column == VariantTableModel::Contig || column == VariantTableModel::Position)
        return; // they say which variant a row is
    const QString key = columnKey(column);
    QStringList hidden = hiddenColumns();
    hidden.removeAll(key);
    if (!shown)
        hidden.append(key);
    QSettings().setValue(kHiddenColumnsKey, hidden);
    applyColumnVisibility();
    if (shown) {
        for (int section = 0; section < m_model->columnCount(); ++section) {
            if (columnKey(section) == key && !m_view->isColumnHidden(section))
                m_view->resizeColumnToContents(section);
        }
    }
}

void MainWindow::applyColumnVisibility()
{
    const QStringList hidden = hiddenColumns();
    const bool likelihoods = m_model->store() && m_model->store()->hasPhredLikelihoods();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_view->setColumnHidden(column,
                                (hidden.contains(columnKey(column))
                                 && column != VariantTableModel::Contig
                                 && column != VariantTableModel::Position)
                                        || (isLikelihoodColumn(column) && !likelihoods));
    }
}

void MainWindow::fillColumnsMenu(QMenu *menu)
{
    menu->clear();
    const QStringList hidden = hiddenColumns();
    const auto add = [this, menu, &hidden](const QString &text, int column) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        const bool always
                = column == VariantTableModel::Contig || column == VariantTableModel::Position;
        action->setChecked(always || !hidden.contains(columnKey(column)));
        action->setEnabled(!always);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnShown(column, shown);
        });
        return action;
    };
    for (int column = 0; column < VariantTableModel::FixedColumnCount; ++column)
        add(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), column);
    menu->addSeparator();
    const int first = VariantTableModel::FixedColumnCount;
    add(tr("Genotype (each sample)"), first + VariantTableModel::Genotype);
    add(tr("DP — read depth (each sample)"), first + VariantTableModel::Depth);
    add(tr("GQ — genotype quality (each sample)"), first + VariantTableModel::GenotypeQuality);
    add(tr("AB — allele balance (each sample)"), first + VariantTableModel::AlleleBalance);
    QAction *likelihoods = add(tr("PL — genotype likelihoods (each sample)"),
                               first + VariantTableModel::PhredLikelihoods);
    if (m_model->store() && !m_model->store()->hasPhredLikelihoods()) {
        likelihoods->setEnabled(false);
        likelihoods->setToolTip(tr("The open file has no FORMAT/PL."));
    }
}

void MainWindow::showColumnsMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    fillColumnsMenu(menu);
    menu->popup(m_view->horizontalHeader()->viewport()->mapToGlobal(position));
}

void MainWindow::keepSelection()
{
    // Before the model shows other rows of the same store: the variants the user selected.
    m_keptSelection = KeptSelection();
    if (!m_model->store())
        return;
    m_keptSelection.store = m_model->store();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_keptSelection.current = qint64(m_model->storeRow(current.row()));
        m_keptSelection.currentColumn = current.column();
    }
    const QItemSelection selection = m_view->selectionModel()->selection();
    qint64 selected = 0;
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    if (selected > kMaxKeptSelection)
        return; // e.g. everything selected: only the current row is kept
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            m_keptSelection.selected.push_back(quint32(m_model->storeRow(row)));
    }
}

void MainWindow::restoreSelection()
{
    const KeptSelection kept = std::exchange(m_keptSelection, KeptSelection());
    if (!kept.store || kept.store != m_model->store() || m_model->rowCount() == 0)
        return;
    std::vector<quint32> wanted = kept.selected;
    if (kept.current >= 0)
        wanted.push_back(quint32(kept.current));
    if (wanted.empty())
        return;
    const std::vector<int> rows = m_model->tableRows(wanted);
    const int lastColumn = m_model->columnCount() - 1;
    QItemSelection selection;
    for (size_t i = 0; i < kept.selected.size(); ++i) {
        if (rows[i] >= 0)
            selection.select(m_model->index(rows[i], 0), m_model->index(rows[i], lastColumn));
    }
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    const int currentRow = kept.current >= 0 ? rows.back() : -1;
    if (currentRow >= 0) {
        const QModelIndex current = m_model->index(currentRow, qMax(0, kept.currentColumn));
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(current);
    }
    if (!selection.isEmpty())
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::showCurrentVariant()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_current.store || !current.isValid()) {
        m_detailPane->clear();
        return;
    }
    QStringList cachePaths; // the Beacon fetch times give the age of Beacon frequencies
    for (const auto &cache : m_caches)
        cachePaths << cache->path();
    m_detailPane->setFrequencyCachePaths(cachePaths);
    m_detailPane->showVariant(m_current, m_model->storeRow(current.row()), m_evaluation);
}

QString MainWindow::selectedRowsAsTsv() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    // What the table shows: its visible columns in their order.
    const QHeaderView *headerView = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < headerView->count(); ++visual) {
        const int column = headerView->logicalIndex(visual);
        if (!headerView->isSectionHidden(column))
            columns.append(column);
    }
    QStringList header;
    for (int column : std::as_const(columns))
        header << m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int row : rows) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << m_model->index(row, column).data().toString();
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

void MainWindow::copySelection()
{
    if (m_view->selectionModel()->hasSelection())
        QGuiApplication::clipboard()->setText(selectedRowsAsTsv());
}

void MainWindow::showQualityControl()
{
    if (!m_current.store || m_current.store->sampleCount() == 0)
        return;
    const int sample = patientSample();
    const QString name = m_current.store->samples().at(sample);
    const Core::Sex sex = m_current.pedigree ? m_current.pedigree->sexOf(name) : Core::Sex::Unknown;
    // Computing the statistics is one pass over the columns; a dialog per request.
    auto *dashboard = new QcDashboard(
            Core::VariantStatistics::compute(*m_current.store, sample, m_current.summary.build),
            name,
            sex,
            this);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    dashboard->setObjectName(QStringLiteral("qcDashboard"));
    dashboard->open();
}

QStringList MainWindow::saveScreenshots(const QString &directory, QString *error)
{
    QStringList written;
    const QDir target(directory);
    if (!target.exists() && !QDir().mkpath(directory)) {
        *error = tr("cannot create the folder %1").arg(directory);
        return written;
    }
    const auto save = [&](QWidget *widget, const QString &name) {
        QCoreApplication::processEvents();
        const QString path = target.filePath(name);
        if (!widget || !widget->grab().save(path)) {
            *error = tr("cannot save the screenshot %1").arg(path);
            return false;
        }
        written << path;
        return true;
    };
    if (!save(this, QStringLiteral("main-window.png"))
        || !save(m_detailDock, QStringLiteral("detail-pane.png")))
        return written;
    // The lower part of the details too (genotypes, frequencies, policy reasons).
    if (auto *details = m_detailDock->findChild<QTextBrowser *>()) {
        QScrollBar *bar = details->verticalScrollBar();
        const int top = bar->value();
        bar->setValue(bar->maximum());
        const bool saved = save(m_detailDock, QStringLiteral("detail-pane-end.png"));
        bar->setValue(top);
        if (!saved)
            return written;
    }

    if (m_current.store) {
        // The status bar while the filter runs in a worker, as on a genome, with its Cancel
        // button; then cancelled. Taken without running the event loop in between, which would
        // show the worker's result first.
        const auto saveNow = [&](QWidget *widget, const QString &name) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QString path = target.filePath(name);
            if (!widget->grab().save(path)) {
                *error = tr("cannot save the screenshot %1").arg(path);
                return false;
            }
            written << path;
            return true;
        };
        const qsizetype threshold = m_model->asynchronousThreshold();
        m_model->setAsynchronousThreshold(0);
        applyFilters();
        m_model->setAsynchronousThreshold(threshold);
        const bool filtering = saveNow(statusBar(), QStringLiteral("status-bar-filtering.png"));
        cancelQuery();
        if (!filtering || !saveNow(statusBar(), QStringLiteral("status-bar-cancelled.png")))
            return written;
    }

    showQualityControl();
    auto *dashboard = findChild<QDialog *>(QStringLiteral("qcDashboard"));
    const bool dashboardSaved = save(dashboard, QStringLiteral("qc-dashboard.png"));
    if (dashboard)
        dashboard->close();
    if (!dashboardSaved)
        return written;

    ReportPreviewDialog *preview = previewReport(QStringLiteral("en"), this);
    if (preview && preview->isRendering()) {
        // The screenshot is of the rendered PDF: wait for the worker (bounded).
        QEventLoop loop;
        connect(preview, &ReportPreviewDialog::rendered, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (preview && preview->pdf().isEmpty()) {
        *error = tr("the report preview could not be rendered: %1").arg(preview->errorText());
        preview->close();
        return written;
    }
    {
        // QPdfView paints its pages from a render thread: give it a moment.
        QEventLoop paint;
        QTimer::singleShot(700, &paint, &QEventLoop::quit);
        paint.exec();
    }
    save(preview, QStringLiteral("report-preview.png"));
    if (preview)
        preview->close();
    return written;
}

void MainWindow::showLoadReport()
{
    if (!m_current.store)
        return;
    // Everything the load skipped or altered, with reasons: nothing is changed silently.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Load report"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(m_current.summary.toText(), dialog);
    text->setReadOnly(true);
    text->setObjectName(QStringLiteral("loadReportText"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->open();
}

QString MainWindow::aboutText() const
{
    QString html = tr("<b>GenomeDesk %1</b><p>Clinical genomics case review with federated "
                      "European allele frequencies.</p>")
                           .arg(QStringLiteral(GENOMEDESK_VERSION));
    // What the numbers on screen come from: the evaluated case's policy and data versions.
    html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Data sources of the open case").toHtmlEscaped());
    if (m_evaluation) {
        const Core::PolicyRun &run = m_evaluation->run();
        QStringList items;
        items << tr("Policy %1 %2 (checksum %3)")
                         .arg(run.policyId, run.policyVersion, run.policyChecksum.left(12));
        for (const QString &version : run.dataVersions)
            items << version;
        html += QStringLiteral("<ul>");
        for (const QString &item : std::as_const(items))
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No case is evaluated yet.").toHtmlEscaped());
    }
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Libraries").toHtmlEscaped());
    QStringList libraries;
    for (const auto &[name, version] : Core::libraryVersions())
        libraries << QStringLiteral("%1 %2").arg(name, version).toHtmlEscaped();
    html += libraries.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    return html;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GenomeDesk"), aboutText());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentFilesKey, files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    for (const QString &file : files) {
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openFile(file); })
                ->setToolTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // Menus are rebuilt (their actions carry no state beyond what the case restores below).
    menuBar()->clear();
    createActions();
    const bool open = m_current.store != nullptr;
    m_exportAction->setEnabled(open);
    m_loadReportAction->setEnabled(open);
    m_qualityControlAction->setEnabled(open);
    m_consentAction->setEnabled(open);
    m_indicationAction->setEnabled(open);
    m_filterDock->setWindowTitle(tr("Filters"));
    m_detailDock->setWindowTitle(tr("Variant details"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel loading"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_queryCancelButton->setText(tr("Cancel"));
    onQueryBusyChanged(m_model->isBusy());
    setWindowTitle(open ? tr("%1 — GenomeDesk").arg(QFileInfo(m_current.summary.file).fileName())
                        : tr("GenomeDesk"));
    if (m_model->columnCount() > 0)
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    if (m_model->rowCount() > 0)
        emit m_model->dataChanged(
                m_model->index(0, 0),
                m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
    showCurrentVariant();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && isVariantFile(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && isVariantFile(url.toLocalFile())) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace Gui
