// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/common/jobcontext.h>
#include <core/common/result.h>
#include <core/frequency/frequencystore.h>
#include <core/policy/caseevaluation.h>
#include <core/report/reportbuilder.h>
#include <core/report/reportrenderer.h>

#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Gui {

class ReviewWorkflow;

/*!
 * Everything a report preview is rendered from: immutable values and shared pointers, so
 * that the worker thread can build the report while the window goes on (a new evaluation or
 * case replaces the window's copies, not these).
 */
struct ReportPreviewSource
{
    Core::LoadedVariants loaded;
    std::shared_ptr<const Core::CaseEvaluation> evaluation;
    Core::CaseEvaluationInput input;
    /*! Keep the stores of input.caches open while the worker reads them. */
    std::vector<std::shared_ptr<Core::FrequencyStore>> caches;
    Core::ReportContext context; //!< laboratory, reviews and sign-off; language is set per render
    QString caseId;
    Core::ReportTemplate reportTemplate;
    QDateTime createdAt; //!< UTC
};

/*!
 * The report of the open case as it will be printed: built and rendered to PDF (the same
 * ReportBuilder and ReportRenderer as File → Write Report) in a worker thread with progress
 * and cancel, kept in memory and shown with QPdfView; page navigation, zoom, the report's
 * language, "Save PDF…" and "Sign…" (the case's sign-off through ReviewWorkflow::signCase(),
 * for a clinical geneticist on a reviewed case; the preview is rendered again afterwards and
 * shows the signature block).
 *
 * The source comes from a callback, asked again for every render, so that a render after
 * signing carries the new sign-off. A render that is replaced (other language, signing) or
 * cancelled never reaches the view: the previous PDF stays. GUI thread only.
 */
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /*! Returns the source of the next render, or nullopt with \a error set. */
    using SourceProvider = std::function<std::optional<ReportPreviewSource>(QString *error)>;

    /*! \a workflow may be null (no signing); it is not owned. */
    ReportPreviewDialog(SourceProvider provider,
                        ReviewWorkflow *workflow,
                        const QString &language,
                        QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    /*! Renders the report again in the current language; rendered() tells the outcome. */
    void render();
    /*! Cancels a render in progress; the PDF shown stays. */
    void cancelRender();
    bool isRendering() const;
    QString language() const;
    void setLanguage(const QString &language);

    /*! The PDF shown (empty before the first render succeeds). */
    QByteArray pdf() const { return m_pdf; }
    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    QPushButton *signButton() const { return m_signButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    /*! The message of the last failed render; empty after a success. */
    QString errorText() const { return m_error; }
    /*! Writes the PDF shown to \a path (through a temporary file); false with \a error set. */
    bool savePdf(const QString &path, QString *error) const;

    /*!
     * Builds and renders the report of \a source in \a language; runs in any thread with a
     * QGuiApplication. Stops between steps when \a job is cancelled (Error::Code::Cancelled).
     */
    static Core::Result<QByteArray> renderReport(const ReportPreviewSource &source,
                                                 const QString &language,
                                                 const Core::JobContext &job);

signals:
    /*! A render finished: \a ok when its PDF is now shown. Not emitted for replaced renders. */
    void rendered(bool ok);

private:
    using RenderResult = std::shared_ptr<const Core::Result<QByteArray>>;

    void onRenderFinished(int generation, const RenderResult &result);
    void updateControls();
    void updatePageLabel();
    void applyZoom();
    void savePdfInteractively();
    void sign();

    SourceProvider m_provider;
    QPointer<ReviewWorkflow> m_workflow;
    QComboBox *m_language = nullptr;
    QToolButton *m_previousPage = nullptr;
    QToolButton *m_nextPage = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QComboBox *m_zoom = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QBuffer *m_buffer = nullptr; //!< the PDF m_document reads; replaced with each render
    QByteArray m_pdf;
    QString m_error;
    QFuture<RenderResult> m_future; //!< of the render in progress
    int m_generation = 0;
};

} // namespace Gui
