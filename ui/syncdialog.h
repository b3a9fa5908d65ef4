// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/beacon/beaconnode.h>
#include <core/beacon/beaconregion.h>
#include <core/beacon/beaconsync.h>
#include <core/settings/deploymentsettings.h>

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QThread;

namespace Core {
class VariantStore;
}

namespace Gui {

class SyncWorker;

/*!
 * "Sync frequencies": refreshes a frequency cache from the configured Beacon nodes for the
 * open case's variants (padded to regions) or for regions typed in. The sync (Core::BeaconSync,
 * with the cache opened in that thread) runs on a worker thread; every node has a progress bar
 * and a status line; Cancel stops every node at once; the summary lists per node the sites
 * cached, "up to date" when nothing was older than the maximum age, or the failure with its
 * message, and the request log (what left the machine, without tokens).
 */
class SyncDialog final : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(QList<Core::BeaconNode> nodes,
               const QStringList &caches,
               std::shared_ptr<const Core::VariantStore> variants,
               QWidget *parent = nullptr);
    ~SyncDialog() override;

    /*!
     * Tools ▸ Sync Frequencies: the nodes in effect (NodesDialog::effectiveNodes()), the
     * case's caches (else the deployment's frequency/caches) and the open case's variants.
     */
    static void openFromWindow(QWidget *parent,
                               const Core::DeploymentSettings &deployment,
                               const QStringList &caseCaches,
                               std::shared_ptr<const Core::VariantStore> variants);

    bool isRunning() const { return m_thread != nullptr; }
    const QList<Core::BeaconNodeReport> &reports() const { return m_reports; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void syncFinished();

protected:
    void reject() override;

private:
    void onNodeProgress(const QString &node, qint64 done, qint64 total);
    void onNodeFinished(const Core::BeaconNodeReport &report);
    void onFinished(const QString &error, const QByteArray &requestLog);
    void stopThread();

    QList<Core::BeaconNode> m_nodes;
    std::shared_ptr<const Core::VariantStore> m_variants;
    QList<Core::BeaconNodeReport> m_reports;
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;

    QComboBox *m_cache = nullptr;
    QLineEdit *m_regions = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QLabel *m_scope = nullptr;
    QHash<QString, QProgressBar *> m_bars;
    QHash<QString, QLabel *> m_states;
    QTextBrowser *m_summary = nullptr;
    QPlainTextEdit *m_requestLog = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/*!
 * The worker behind SyncDialog, living in its thread: opens the cache there, derives the
 * case's query variants there and runs Core::BeaconSync. Exposed for the dialog only.
 */
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString cache,
               QList<Core::BeaconNode> nodes,
               std::shared_ptr<const Core::VariantStore> variants,
               QList<Core::BeaconRegion> regions,
               int maximumAgeDays);
    ~SyncWorker() override;

    void run();
    void cancel();

Q_SIGNALS:
    void nodeProgress(const QString &node, qint64 done, qint64 total);
    void nodeFinished(const Core::BeaconNodeReport &report);
    void finished(const QString &error, const QByteArray &requestLog);

private:
    QString m_cache;
    QList<Core::BeaconNode> m_nodes;
    std::shared_ptr<const Core::VariantStore> m_variants;
    QList<Core::BeaconRegion> m_regions;
    int m_maximumAgeDays = -1;
    std::unique_ptr<Core::FrequencyStore> m_store;
    Core::BeaconSync *m_sync = nullptr;
    bool m_cancelled = false;
};

} // namespace Gui
