// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreviewdialog.h"

#include "reviewworkflow.h"

#include <core/common/filechecksum.h>
#include <core/common/tr.h>
#include <core/report/reportlanguage.h>

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcReportPreview, "genomedesk.ui.reportpreview", QtWarningMsg)

namespace Gui {

namespace {

constexpr int kSteps = 4; // input checksum, translation, report model, PDF

// Zoom choices: fit width, whole page, then fixed factors.
constexpr int kFitWidth = -1;
constexpr int kFitPage = -2;

Core::Error cancelled()
{
    return Core::Error(Core::Error::Code::Cancelled,
                       Gui::ReportPreviewDialog::tr("The report preview was cancelled."));
}

} // namespace

Core::Result<QByteArray> ReportPreviewDialog::renderReport(const ReportPreviewSource &source,
                                                           const QString &language,
                                                           const Core::JobContext &job)
{
    if (!source.evaluation || !source.loaded.store) {
        return Core::Error(Core::Error::Code::InvalidArgument,
                           tr("The case has not been evaluated yet."));
    }
    job.setProgress(0, kSteps);
    // The input's checksum names the report (its id) and is printed in it, as in the written
    // report; hashing a genome takes seconds, so it honours the preview's cancel, and the
    // checksum is remembered while the file is unchanged (a language switch or the re-render
    // after signing does not read the genome again).
    Core::JobContext hashing;
    hashing.setCancelCheck([&job] { return job.isCancelled(); });
    const Core::Result<QString> inputSha256
            = Core::cachedSha256OfFile(source.loaded.summary.file, hashing);
    if (!inputSha256)
        return inputSha256.error().code() == Core::Error::Code::Cancelled ? cancelled()
                                                                          : inputSha256.error();
    job.setProgress(1, kSteps);
    const auto translator = Core::ReportLanguage::translator(language);
    if (!translator)
        return translator.error();
    if (job.isCancelled())
        return cancelled();
    job.setProgress(2, kSteps);
    // The report's fixed texts and the policy's reasons in the reader's language; the window
    // stays in the user's.
    const Core::ScopedTranslation scope(translator.value().get());
    Core::ReportContext context = source.context;
    context.language = language;
    if (!context.signOff.name.isEmpty() && context.signOff.role.isEmpty())
        context.signOff.role = Core::Tr::tr("Clinical geneticist");
    const Core::ReportModel model = Core::ReportBuilder::build(source.loaded,
                                                               *source.evaluation,
                                                               source.input,
                                                               context,
                                                               source.caseId,
                                                               inputSha256.value(),
                                                               source.createdAt);
    if (job.isCancelled())
        return cancelled();
    job.setProgress(3, kSteps);
    auto pdf = Core::ReportRenderer::renderPdf(model, source.reportTemplate);
    if (!pdf)
        return pdf.error();
    job.setProgress(kSteps, kSteps);
    return pdf;
}

ReportPreviewDialog::ReportPreviewDialog(SourceProvider provider,
                                         ReviewWorkflow *workflow,
                                         const QString &language,
                                         QWidget *parent)
    : QDialog(parent)
    , m_provider(std::move(provider))
    , m_workflow(workflow)
{
    setWindowTitle(tr("Report preview"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportPreviewLanguage"));
    m_language->setToolTip(tr("Language of the report"));
    m_language->setAccessibleName(tr("Report language"));
    for (const QString &code : Core::ReportLanguage::available())
        m_language->addItem(QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code),
                            code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    connect(m_language, &QComboBox::activated, this, [this] { render(); });
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    bar->addWidget(languageLabel);
    bar->addWidget(m_language);
    bar->addSpacing(12);

    m_previousPage = new QToolButton(this);
    m_previousPage->setObjectName(QStringLiteral("reportPreviewPreviousPage"));
    m_previousPage->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previousPage->setToolTip(tr("Previous page"));
    m_previousPage->setAccessibleName(tr("Previous page"));
    m_previousPage->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("reportPreviewPage"));
    m_page->setAccessibleName(tr("Page"));
    m_page->setRange(1, 1);
    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(QStringLiteral("reportPreviewPageCount"));
    m_nextPage = new QToolButton(this);
    m_nextPage->setObjectName(QStringLiteral("reportPreviewNextPage"));
    m_nextPage->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_nextPage->setToolTip(tr("Next page"));
    m_nextPage->setAccessibleName(tr("Next page"));
    m_nextPage->setShortcut(QKeySequence(Qt::Key_PageDown));
    auto *pageLabel = new QLabel(tr("&Page:"), this);
    pageLabel->setBuddy(m_page);
    bar->addWidget(pageLabel);
    bar->addWidget(m_previousPage);
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);
    bar->addWidget(m_nextPage);
    bar->addSpacing(12);

    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("reportPreviewZoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"), kFitWidth);
    m_zoom->addItem(tr("Whole page"), kFitPage);
    for (int percent : {50, 75, 100, 125, 150, 200})
        m_zoom->addItem(tr("%1 %").arg(QLocale().toString(percent)), percent);
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoom);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("reportPreviewPdf"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Report"));
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportPreviewStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kSteps);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("reportPreviewCancel"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop rendering the report; the page shown stays"));
    m_cancelButton->setVisible(false);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancelButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("reportPreviewSave"));
    m_signButton = buttons->addButton(tr("S&ign…"), QDialogButtonBox::ActionRole);
    m_signButton->setObjectName(QStringLiteral("reportPreviewSign"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_cancelButton, &QToolButton::clicked, this, &ReportPreviewDialog::cancelRender);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportPreviewDialog::savePdfInteractively);
    connect(m_signButton, &QPushButton::clicked, this, &ReportPreviewDialog::sign);
    QPdfPageNavigator *navigator = m_view->pageNavigator();
    connect(m_previousPage, &QToolButton::clicked, this, [this, navigator] {
        navigator->jump(qMax(0, navigator->currentPage() - 1), {}, navigator->currentZoom());
    });
    connect(m_nextPage, &QToolButton::clicked, this, [this, navigator] {
        navigator->jump(qMin(m_document->pageCount() - 1, navigator->currentPage() + 1),
                        {},
                        navigator->currentZoom());
    });
    connect(m_page, &QSpinBox::valueChanged, this, [this, navigator](int page) {
        if (page - 1 != navigator->currentPage())
            navigator->jump(page - 1, {}, navigator->currentZoom());
    });
    connect(navigator, &QPdfPageNavigator::currentPageChanged, this, [this] { updatePageLabel(); });
    connect(m_document, &QPdfDocument::pageCountChanged, this, [this] { updatePageLabel(); });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] { applyZoom(); });
    if (m_workflow) {
        // The case list or the login may change while the preview is open.
        connect(m_workflow, &ReviewWorkflow::stateChanged, this, [this] { updateControls(); });
    }

    resize(860, 900);
    updatePageLabel();
    updateControls();
    render();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    // The worker works on its own copies; it only has to learn that nobody waits any more.
    m_future.cancel();
    // The document says goodbye (page count 0) after the page controls are gone.
    m_document->disconnect(this);
    m_view->pageNavigator()->disconnect(this);
}

QString ReportPreviewDialog::language() const
{
    return m_language->currentData().toString();
}

void ReportPreviewDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index < 0 || index == m_language->currentIndex())
        return;
    m_language->setCurrentIndex(index);
    render();
}

bool ReportPreviewDialog::isRendering() const
{
    return m_future.isRunning();
}

void ReportPreviewDialog::render()
{
    // A newer render replaces one in progress: its result is ignored when it arrives.
    m_future.cancel();
    const int generation = ++m_generation;
    QString error;
    std::optional<ReportPreviewSource> source = m_provider ? m_provider(&error) : std::nullopt;
    if (!source) {
        m_error = error;
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        m_status->setText(error);
        updateControls();
        emit rendered(false);
        return;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_status->setText(tr("Rendering the report…"));

    auto *watcher = new QFutureWatcher<RenderResult>(this);
    connect(watcher,
            &QFutureWatcher<RenderResult>::progressValueChanged,
            this,
            [this, generation](int value) {
                if (generation == m_generation)
                    m_progress->setValue(value);
            });
    connect(watcher, &QFutureWatcher<RenderResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<RenderResult> future = watcher->future();
        RenderResult result;
        if (!future.isCanceled() && future.resultCount() > 0)
            result = future.result();
        onRenderFinished(generation, result);
    });
    m_future = QtConcurrent::run(
            [source = std::move(*source), language = language()](QPromise<RenderResult> &promise) {
                promise.setProgressRange(0, kSteps);
                Core::JobContext job(
                        [&promise](qint64 done, qint64) { promise.setProgressValue(int(done)); });
                job.setCancelCheck([&promise] { return promise.isCanceled(); });
                promise.addResult(std::make_shared<const Core::Result<QByteArray>>(
                        renderReport(source, language, job)));
            });
    watcher->setFuture(m_future);
    updateControls();
}

void ReportPreviewDialog::cancelRender()
{
    if (!m_future.isRunning())
        return;
    m_future.cancel();
}

void ReportPreviewDialog::onRenderFinished(int generation, const RenderResult &result)
{
    if (generation != m_generation)
        return; // replaced by a newer render
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    if (!result
        || (!result->has_value() && result->error().code() == Core::Error::Code::Cancelled)) {
        m_status->setText(m_pdf.isEmpty() ? tr("Rendering was cancelled.")
                                          : tr("Rendering was cancelled; the previous "
                                               "rendering is shown."));
        updateControls();
        emit rendered(false);
        return;
    }
    if (!result->has_value()) {
        m_error = result->error().toString();
        qCWarning(lcReportPreview) << "report preview failed:" << m_error;
        m_status->setText(tr("The report cannot be rendered: %1").arg(m_error));
        updateControls();
        emit rendered(false);
        return;
    }
    m_error.clear();
    m_pdf = result->value();
    // The document reads the PDF from memory: nothing of the patient is written to disk until
    // the user saves it.
    const int page = m_view->pageNavigator()->currentPage();
    m_document->close();
    auto *buffer = new QBuffer(this);
    buffer->setData(m_pdf);
    buffer->open(QIODevice::ReadOnly);
    m_document->load(buffer);
    if (m_buffer)
        m_buffer->deleteLater();
    m_buffer = buffer;
    if (m_document->status() == QPdfDocument::Status::Error) {
        m_error = tr("The rendered report cannot be shown (error %1).")
                          .arg(int(m_document->error()));
        m_status->setText(m_error);
        updateControls();
        emit rendered(false);
        return;
    }
    applyZoom();
    if (page > 0 && page < m_document->pageCount())
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    m_status->setText(
            tr("%n page(s), %1.", nullptr, m_document->pageCount()).arg(m_language->currentText()));
    updatePageLabel();
    updateControls();
    emit rendered(true);
}

void ReportPreviewDialog::updatePageLabel()
{
    const int pages = qMax(1, m_document->pageCount());
    const QSignalBlocker blocker(m_page);
    m_page->setRange(1, pages);
    m_page->setValue(m_view->pageNavigator()->currentPage() + 1);
    m_pageCount->setText(tr("of %1").arg(QLocale().toString(m_document->pageCount())));
    m_previousPage->setEnabled(m_view->pageNavigator()->currentPage() > 0);
    m_nextPage->setEnabled(m_view->pageNavigator()->currentPage() + 1 < m_document->pageCount());
}

void ReportPreviewDialog::applyZoom()
{
    const int choice = m_zoom->currentData().toInt();
    if (choice == kFitWidth) {
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    } else if (choice == kFitPage) {
        m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    } else {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(choice / 100.0);
    }
}

void ReportPreviewDialog::updateControls()
{
    const bool rendering = m_future.isRunning();
    m_saveButton->setEnabled(!m_pdf.isEmpty() && !rendering);
    const bool canSign = m_workflow && m_workflow->canSignCurrentCase();
    m_signButton->setEnabled(canSign && !rendering);
    m_signButton->setToolTip(canSign ? tr("Sign case %1 (your password is asked again)")
                                               .arg(m_workflow->currentCaseId())
                                     : tr("Only a clinical geneticist can sign, once a case of "
                                          "the case database is picked and marked reviewed."));
}

bool ReportPreviewDialog::savePdf(const QString &path, QString *error) const
{
    if (m_pdf.isEmpty()) {
        *error = tr("There is no rendered report to save.");
        return false;
    }
    const auto written = Core::ReportRenderer::writeFile(path, m_pdf);
    if (!written) {
        *error = written.error().toString();
        return false;
    }
    return true;
}

void ReportPreviewDialog::savePdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save PDF"), QStringLiteral("report-preview.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        QMessageBox::warning(this, tr("Save PDF"), error);
    else
        m_status->setText(tr("Saved to %1.").arg(path));
}

void ReportPreviewDialog::sign()
{
    if (!m_workflow || !m_workflow->canSignCurrentCase())
        return;
    if (m_workflow->signCase())
        render(); // the signature block of the signed report version
    else
        updateControls();
}

} // namespace Gui
