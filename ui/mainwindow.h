// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/vcf/vcfreader.h>

#include <QFutureWatcher>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QToolButton;

namespace Gui {

class DetailPane;
class FilterPanel;
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
    bool isLoading() const;
    VariantTableModel *variantModel() const { return m_model; }
    QTableView *variantView() const { return m_view; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    DetailPane *detailPane() const { return m_detailPane; }
    /*! The selected rows as tab-separated text with a header line (what Edit → Copy puts on the
     * clipboard). */
    QString selectedRowsAsTsv() const;

signals:
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void onLoadFinished();
    void cancelLoad();
    void exportReport();
    void showAbout();
    void showLoadReport();
    void showQualityControl();
    void applyFilters();
    void copySelection();
    void showCurrentVariant();
    int patientSample() const;
    void addRecentFile(const QString &path);
    void updateRecentFilesMenu();
    void updateStatus();

    VariantTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
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
    Core::LoadedVariants m_current;
};

} // namespace Gui
