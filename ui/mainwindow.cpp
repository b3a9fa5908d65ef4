// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailpane.h"
#include "filterpanel.h"
#include "qcdashboard.h"
#include "varianttablemodel.h"

#include <core/variant/variantstatistics.h>

#include <core/report/reportjob.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcMainWindow, "genomedesk.ui.mainwindow", QtWarningMsg)

namespace Gui {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kMaxRecentFiles = 8;

bool isVariantFile(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".vcf")) || lower.endsWith(QLatin1String(".vcf.gz"))
           || lower.endsWith(QLatin1String(".vcf.bgz")) || lower.endsWith(QLatin1String(".bcf"));
}

void loadInWorker(QPromise<LoadOutcome> &promise, const QString &path)
{
    Core::JobContext job([&promise](qint64 done, qint64 total) {
        if (total > 0)
            promise.setProgressValue(int(done * 1000 / total));
    });
    job.setCancelCheck([&promise] { return promise.isCanceled(); });
    promise.setProgressRange(0, 1000);

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
    setCentralWidget(m_view);

    m_filterPanel = new FilterPanel(this);
    m_filterDock = new QDockWidget(tr("Filters"), this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filterPanel);
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

    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel loading"));
    m_cancelButton->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoad);

    connect(&m_loadWatcher,
            &QFutureWatcher<LoadOutcome>::progressValueChanged,
            this,
            [this](int value) { m_progress->setValue(value); });
    connect(&m_loadWatcher,
            &QFutureWatcher<LoadOutcome>::finished,
            this,
            &MainWindow::onLoadFinished);

    createActions();

    const QSettings settings;
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
    m_exportAction
            = fileMenu->addAction(tr("&Export Report (PDF)…"), this, &MainWindow::exportReport);
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

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    m_loadReportAction
            = caseMenu->addAction(tr("&Load Report…"), this, &MainWindow::showLoadReport);
    m_loadReportAction->setEnabled(false);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_qualityControlAction
            = toolsMenu->addAction(tr("&Quality Control…"), this, &MainWindow::showQualityControl);
    m_qualityControlAction->setEnabled(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction
            = helpMenu->addAction(tr("&About GenomeDesk"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);

    updateRecentFilesMenu();
}

void MainWindow::openFile(const QString &path)
{
    if (m_loadWatcher.isRunning()) {
        statusBar()->showMessage(tr("A file is already loading."), 5000);
        return;
    }
    m_loadingPath = path;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_statusLabel->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    m_loadWatcher.setFuture(QtConcurrent::run(loadInWorker, path));
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
    m_model->setStore(m_current.store);
    applyFilters();
    m_view->resizeColumnsToContents();
    m_exportAction->setEnabled(true);
    m_loadReportAction->setEnabled(true);
    m_qualityControlAction->setEnabled(true);
    addRecentFile(m_loadingPath);
    setWindowTitle(tr("%1 — GenomeDesk").arg(QFileInfo(m_loadingPath).fileName()));
    setWindowFilePath(m_loadingPath);
    updateStatus();
    emit loadFinished(true);
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
    if (!summary.warnings.isEmpty())
        text += QStringLiteral(" · ") + summary.warnings.join(QStringLiteral("; "));
    m_statusLabel->setText(text);
}

void MainWindow::exportReport()
{
    if (!m_current.store)
        return;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export report"), QStringLiteral("report.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Core::LoadedVariants loaded = m_current;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Report written to %1").arg(path), 10000);
        else
            QMessageBox::warning(this, tr("Cannot write report"), error);
    });
    watcher->setFuture(QtConcurrent::run([loaded, path]() -> QString {
        const auto written
                = Core::writeVariantReport(loaded,
                                           QFileInfo(loaded.summary.file).completeBaseName(),
                                           path,
                                           QDateTime::currentDateTimeUtc());
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
    const Core::FilterCascade::Result result
            = m_filterPanel->cascade(patientSample())
                      .run(*m_current.store, m_current.inheritance.get());
    m_filterPanel->showResult(result, m_current.store->size());
    m_model->setRows(result.rows);
    updateStatus();
}

void MainWindow::showCurrentVariant()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_current.store || !current.isValid()) {
        m_detailPane->clear();
        return;
    }
    m_detailPane->showVariant(m_current, m_model->storeRow(current.row()));
}

QString MainWindow::selectedRowsAsTsv() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
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

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About GenomeDesk"),
                       tr("<b>GenomeDesk %1</b><p>Clinical genomics case review with federated "
                          "European allele frequencies.</p>")
                               .arg(QStringLiteral(GENOMEDESK_VERSION)));
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
