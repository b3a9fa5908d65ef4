// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterpanel.h"

#include <core/review/casestore.h>

#include <core/policy/caseevaluation.h>
#include <core/report/reportrenderer.h>
#include <core/settings/deploymentsettings.h>
#include <core/vcf/transcriptlookup.h>
#include <core/vcf/vcfreader.h>

#include <QFutureWatcher>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QShortcut;
class QTableView;
class QToolButton;

namespace Gui {

class DetailPane;
class ReportPreviewDialog;
class ReviewWorkflow;
class VariantTableModel;

/*! What a background load hands back to the GUI thread. */
struct LoadOutcome
{
    Core::LoadedVariants loaded;
    Core::Error error;
    bool ok = false;
};

/*!
 * The review window: a variant table over the loaded case, a status bar with counts and a
 * progress bar for background work. Files are opened through File → Open, the recent-files
 * menu, or by dropping them on the window. GUI thread only.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Starts loading \a path in a worker thread; loadFinished() tells the outcome. */
    void openFile(const QString &path);

    /*! What a case is evaluated with besides the settings: consent, indication, caches. */
    struct CaseSetup
    {
        Core::ConsentProfile consent;
        Core::Indication indication;
        QStringList caches; //!< frequency caches for this case; empty: the configured ones
        QHash<QString, Core::Significance> classifications; //!< the lab's, by variant key
        Core::Sex sex = Core::Sex::Unknown;                 //!< when the case has no PED file
        /*! SHA-256 (hex) the file must have, as recorded with the case; empty: not checked. */
        QString sha256;
    };
    /*! Like openFile(), evaluating the case with \a setup once it is loaded. */
    void openCase(const QString &path, const CaseSetup &setup);
    /*!
     * Opens the variant file of a case from the case database with its consent, indication
     * and \a classifications, checking the file's SHA-256 against the case. Returns false
     * (and says why in the status bar) when the case has no variant file on this computer or
     * that file is the one already open.
     */
    bool openCaseRecord(const Core::CaseRecord &record,
                        const QHash<QString, Core::Significance> &classifications);
    bool isLoading() const;
    VariantTableModel *variantModel() const { return m_model; }
    QTableView *variantView() const { return m_view; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    DetailPane *detailPane() const { return m_detailPane; }
    /*! The selected rows as tab-separated text with a header line (what Edit → Copy puts on the
     * clipboard): the columns shown, in the order shown. */
    QString selectedRowsAsTsv() const;
    /*!
     * Shows or hides the table's column \a column of VariantTableModel; a per-sample column
     * applies to every sample. Kept in the user's settings (View → Columns, or the header's
     * context menu). Chromosome and position are always shown; the per-sample PL column is
     * hidden by default, and always when the file has no FORMAT/PL.
     */
    void setColumnShown(int column, bool shown);
    /*!
     * Stops the filter or sort running in a worker (the status bar's Cancel button, Esc in the
     * table or the filter panel): the table keeps its rows and order, and the filter panel
     * returns to the filter the table shows. False when none runs.
     */
    bool cancelQuery();

    /*! The policy evaluation of the open case; null until it is done. */
    std::shared_ptr<const Core::CaseEvaluation> evaluation() const { return m_evaluation; }
    /*! Replaces the patient's consent and evaluates the case again. */
    void setConsent(const Core::ConsentProfile &consent);
    /*! Sets the indication genes and evaluates the case again. */
    void setIndication(const Core::Indication &indication);
    /*!
     * The report of the evaluated case as HTML in \a language (what File → Write Report →
     * Preview shows); empty with \a error set when there is no evaluation yet.
     */
    QString reportPreviewHtml(const QString &language, QString *error);
    /*!
     * Opens the report preview (a PDF rendered in a worker, with "Save PDF…" and "Sign…") of
     * the evaluated case in \a language, as a child of \a parent (null: this window); it
     * deletes itself when closed.
     */
    ReportPreviewDialog *previewReport(const QString &language, QWidget *parent = nullptr);
    /*! Selects the first row the policy reports (primary, else secondary); false if none. */
    bool selectFirstReportedVariant();
    /*!
     * Saves PNGs of what a reviewer sees into \a directory: the main window, the detail pane,
     * the status bar while a filter runs (with its Cancel button) and after it was cancelled,
     * the QC dashboard and the report preview (main-window.png, detail-pane.png and
     * detail-pane-end.png, the details scrolled to their end,
     * status-bar-filtering.png, status-bar-cancelled.png, qc-dashboard.png,
     * report-preview.png). Returns the files written; \a error says what could not be saved.
     * For the screenshot script and the documentation.
     */
    QStringList saveScreenshots(const QString &directory, QString *error);
    /*! The about box: version, the open case's policy and data-source versions, libraries. */
    QString aboutText() const;

signals:
    void loadFinished(bool ok);
    /*! The case was evaluated with the policy (ok) or could not be (a message was shown). */
    void evaluationFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onLoadFinished();
    void cancelLoad();
    void exportReport();
    void evaluateCase();
    void editConsent();
    void editIndication();
    void chooseFrequencyCaches();
    /*! The evaluation input from the settings (policy, caches) and the case's consent; the
     * opened stores are kept in \a stores. Empty with a message on error. */
    std::optional<Core::CaseEvaluationInput> evaluationInput(QString *error);
    void showAbout();
    void showLoadReport();
    void showQualityControl();
    void applyFilters();
    void onQueryFinished();
    void onQueryBusyChanged(bool busy);
    void onQueryCancelled(bool filter);
    void fillColumnsMenu(QMenu *menu);
    void showColumnsMenu(const QPoint &position);
    void applyColumnVisibility();
    void keepSelection();
    void restoreSelection();
    void copySelection();
    void showCurrentVariant();
    int patientSample() const;
    void addRecentFile(const QString &path);
    void updateRecentFilesMenu();
    /*! Fits columns \a first to \a last (-1: the last one) to their contents, within a limit. */
    void fitColumns(int first = 0, int last = -1);
    void updateStatus();

    VariantTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_queryLabel = nullptr;             //!< "Filtering…" while the model's worker runs
    QProgressBar *m_queryProgress = nullptr;    //!< busy indicator beside it
    QToolButton *m_queryCancelButton = nullptr; //!< and its Cancel button
    QList<QShortcut *> m_queryCancelShortcuts;  //!< Esc in the table and the filter panel
    /*! The filter panel's choices of the last filter asked for, and of the rows shown. */
    FilterPanel::Choices m_requestedChoices;
    FilterPanel::Choices m_shownChoices;
    QMenu *m_columnsMenu = nullptr;
    /*! The selection while the model resets to other rows of the same store. */
    struct KeptSelection
    {
        const Core::VariantStore *store = nullptr;
        qint64 current = -1; //!< store row of the current index
        int currentColumn = 0;
        std::vector<quint32> selected; //!< store rows
    };
    KeptSelection m_keptSelection;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_loadReportAction = nullptr;
    QAction *m_qualityControlAction = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    DetailPane *m_detailPane = nullptr;
    QDockWidget *m_filterDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QFutureWatcher<LoadOutcome> m_loadWatcher;
    QString m_loadingPath;
    /*! The file being loaded as it was when the load began (the detail pane reads it again). */
    Core::FileStamp m_loadingFileStamp;
    Core::LoadedVariants m_current;
    Core::DeploymentSettings m_deployment;  //!< hospital IT's defaults and locks
    QStringList m_policyGenes;              //!< genes of the policy in use
    Core::ReportTemplate m_previewTemplate; //!< of the last preview (its logo)
    CaseSetup m_pendingSetup;
    QStringList m_caseCaches;
    Core::ConsentProfile m_consent;
    Core::Indication m_indication;
    std::shared_ptr<const Core::CaseEvaluation> m_evaluation;
    std::vector<std::shared_ptr<Core::FrequencyStore>> m_caches;
    QAction *m_consentAction = nullptr;
    QAction *m_indicationAction = nullptr;
    int m_evaluationGeneration = 0;
    ReviewWorkflow *m_reviewWorkflow = nullptr; //!< case database, reviews, sign-off
};

} // namespace Gui
