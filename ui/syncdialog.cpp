// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncdialog.h"

#include "nodesdialog.h"

#include <core/frequency/frequencystore.h>
#include <core/variant/variantstore.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace Gui {

SyncWorker::SyncWorker(QString cache,
                       QList<Core::BeaconNode> nodes,
                       std::shared_ptr<const Core::VariantStore> variants,
                       QList<Core::BeaconRegion> regions,
                       int maximumAgeDays)
    : m_cache(std::move(cache))
    , m_nodes(std::move(nodes))
    , m_variants(std::move(variants))
    , m_regions(std::move(regions))
    , m_maximumAgeDays(maximumAgeDays)
{}

SyncWorker::~SyncWorker()
{
    delete m_sync; // before the store it writes into
    m_sync = nullptr;
}

void SyncWorker::run()
{
    auto store = Core::FrequencyStore::open(m_cache, Core::FrequencyStore::OpenMode::ReadWrite);
    if (!store) {
        Q_EMIT finished(store.error().toString(), {});
        return;
    }
    m_store = std::move(store).value();
    QList<Core::BeaconQueryVariant> variants;
    if (m_variants)
        variants = Core::beaconQueryVariants(*m_variants);
    m_sync = new Core::BeaconSync(*m_store, m_nodes);
    m_sync->setMaximumAgeDays(m_maximumAgeDays >= 0 ? m_maximumAgeDays
                                                    : Core::BeaconSync::kNodeMaximumAge);
    connect(m_sync, &Core::BeaconSync::nodeProgress, this, &SyncWorker::nodeProgress);
    connect(m_sync, &Core::BeaconSync::nodeFinished, this, &SyncWorker::nodeFinished);
    connect(m_sync, &Core::BeaconSync::finished, this, [this] {
        Q_EMIT finished(QString(), m_sync->requestLogJson());
    });
    m_sync->start(variants, m_regions);
    if (m_cancelled)
        m_sync->cancel();
}

void SyncWorker::cancel()
{
    m_cancelled = true;
    if (m_sync)
        m_sync->cancel();
}

SyncDialog::SyncDialog(QList<Core::BeaconNode> nodes,
                       const QStringList &caches,
                       std::shared_ptr<const Core::VariantStore> variants,
                       QWidget *parent)
    : QDialog(parent)
    , m_nodes(std::move(nodes))
    , m_variants(std::move(variants))
{
    setWindowTitle(tr("Sync Frequencies"));
    setObjectName(QStringLiteral("syncDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_cache = new QComboBox(this);
    m_cache->setObjectName(QStringLiteral("syncCache"));
    m_cache->setEditable(true);
    m_cache->addItems(caches);
    m_cache->setToolTip(tr("The frequency cache (.gdfreq) the nodes' answers are written to; "
                           "created when missing"));
    form->addRow(tr("&Cache:"), m_cache);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("syncScope"));
    m_scope->setWordWrap(true);
    m_scope->setText(m_variants ? tr("The open case's %n variant(s), padded to regions by each "
                                     "node; plus any regions below.",
                                     nullptr,
                                     int(m_variants->size()))
                                : tr("No case is open: give regions."));
    form->addRow(tr("What:"), m_scope);
    m_regions = new QLineEdit(this);
    m_regions->setObjectName(QStringLiteral("syncRegions"));
    m_regions->setPlaceholderText(tr("chr17:43040001-43050000, 13:32315000-32400000"));
    form->addRow(tr("&Regions:"), m_regions);
    m_maxAge = new QSpinBox(this);
    m_maxAge->setObjectName(QStringLiteral("syncMaxAge"));
    m_maxAge->setRange(-1, 3650);
    m_maxAge->setValue(-1);
    m_maxAge->setSuffix(tr(" days"));
    m_maxAge->setSpecialValueText(tr("each node's setting"));
    m_maxAge->setToolTip(tr("Regions fetched more recently than this are not asked for again "
                            "(0: fetch everything)"));
    form->addRow(tr("&Maximum age:"), m_maxAge);

    auto *nodesBox = new QGroupBox(tr("Nodes"), this);
    auto *grid = new QGridLayout(nodesBox);
    int row = 0;
    for (const Core::BeaconNode &node : std::as_const(m_nodes)) {
        auto *name = new QLabel(node.name, nodesBox);
        name->setToolTip(node.baseUrl.toString());
        auto *bar = new QProgressBar(nodesBox);
        bar->setObjectName(QStringLiteral("progress_") + node.name);
        bar->setRange(0, 1);
        bar->setValue(0);
        auto *state = new QLabel(tr("waiting"), nodesBox);
        state->setObjectName(QStringLiteral("state_") + node.name);
        state->setWordWrap(true);
        grid->addWidget(name, row, 0);
        grid->addWidget(bar, row, 1);
        grid->addWidget(state, row, 2);
        grid->setColumnStretch(2, 1);
        m_bars.insert(node.name, bar);
        m_states.insert(node.name, state);
        ++row;
    }
    if (m_nodes.isEmpty())
        grid->addWidget(
                new QLabel(tr("No node is configured (Tools ▸ Frequency Nodes…)."), nodesBox),
                0,
                0);
    layout->addWidget(nodesBox);

    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setMinimumHeight(90);
    layout->addWidget(m_summary, 1);
    m_requestLog = new QPlainTextEdit(this);
    m_requestLog->setObjectName(QStringLiteral("requestLog"));
    m_requestLog->setReadOnly(true);
    m_requestLog->setPlaceholderText(
            tr("Every request sent (URL and body, never tokens) appears here."));
    m_requestLog->setMaximumHeight(120);
    layout->addWidget(m_requestLog);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("startSync"));
    m_start->setEnabled(!m_nodes.isEmpty());
    m_cancel = m_buttons->addButton(tr("Ca&ncel Sync"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_start, &QPushButton::clicked, this, &SyncDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
    resize(760, 520);
}

void SyncDialog::openFromWindow(QWidget *parent,
                                const Core::DeploymentSettings &deployment,
                                const QStringList &caseCaches,
                                std::shared_ptr<const Core::VariantStore> variants)
{
    QString error;
    const QList<Core::BeaconNode> nodes
            = NodesDialog::effectiveNodes(deployment, Core::userBeaconNodesPath(), &error);
    if (!error.isEmpty())
        QMessageBox::warning(
                parent, tr("Sync Frequencies"), tr("Your node list cannot be read: %1").arg(error));
    const QSettings settings;
    const QStringList caches
            = caseCaches.isEmpty()
                      ? deployment.value(Core::DeploymentSettings::FrequencyCaches, settings)
                                .toStringList()
                      : caseCaches;
    SyncDialog dialog(nodes, caches, std::move(variants), parent);
    dialog.exec();
}

SyncDialog::~SyncDialog()
{
    stopThread();
}

void SyncDialog::start()
{
    if (m_thread)
        return;
    const QString cache = m_cache->currentText().trimmed();
    if (cache.isEmpty()) {
        m_summary->setPlainText(tr("Choose the frequency cache to write to."));
        return;
    }
    QList<Core::BeaconRegion> regions;
    const QStringList texts = m_regions->text().split(
            QRegularExpression(QStringLiteral("[\\s;]+|,\\s+")), Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        auto region = Core::parseBeaconRegion(text);
        if (!region) {
            m_summary->setPlainText(tr("Region \"%1\": %2").arg(text, region.error().message()));
            return;
        }
        regions.append(region.value());
    }
    if (!m_variants && regions.isEmpty()) {
        m_summary->setPlainText(tr("No case is open: give at least one region."));
        return;
    }
    m_reports.clear();
    m_summary->setPlainText(tr("Syncing…"));
    m_requestLog->clear();
    for (auto it = m_bars.begin(); it != m_bars.end(); ++it) {
        it.value()->setRange(0, 0); // busy until the first answer
        m_states.value(it.key())->setText(tr("asking…"));
    }
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cache->setEnabled(false);
    m_regions->setEnabled(false);
    m_maxAge->setEnabled(false);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("frequency sync"));
    auto *worker = new SyncWorker(cache, m_nodes, m_variants, regions, m_maxAge->value());
    m_worker = worker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::nodeProgress, this, &SyncDialog::onNodeProgress);
    connect(worker, &SyncWorker::nodeFinished, this, &SyncDialog::onNodeFinished);
    connect(worker, &SyncWorker::finished, this, &SyncDialog::onFinished);
    m_thread->start();
    QMetaObject::invokeMethod(worker, &SyncWorker::run, Qt::QueuedConnection);
}

void SyncDialog::cancel()
{
    if (!m_worker)
        return;
    m_cancel->setEnabled(false);
    m_summary->setPlainText(tr("Cancelling…"));
    QMetaObject::invokeMethod(m_worker.data(), &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncDialog::onNodeProgress(const QString &node, qint64 done, qint64 total)
{
    if (QProgressBar *bar = m_bars.value(node)) {
        bar->setRange(0, int(std::max<qint64>(total, 1)));
        bar->setValue(int(done));
    }
    if (QLabel *state = m_states.value(node))
        state->setText(tr("%1 of %n request(s) answered", nullptr, int(total)).arg(done));
}

void SyncDialog::onNodeFinished(const Core::BeaconNodeReport &report)
{
    m_reports.append(report);
    if (QProgressBar *bar = m_bars.value(report.node)) {
        bar->setRange(0, 1);
        bar->setValue(report.ok ? 1 : 0);
    }
    QLabel *state = m_states.value(report.node);
    if (!state)
        return;
    if (!report.ok)
        state->setText(tr("failed: %1").arg(report.message));
    else if (report.upToDate)
        state->setText(tr("up to date (fetched within %n day(s))", nullptr, report.maxAgeDays));
    else
        state->setText(tr("%n site(s) cached", nullptr, int(report.sitesWritten)));
}

void SyncDialog::onFinished(const QString &error, const QByteArray &requestLog)
{
    stopThread();
    m_start->setEnabled(!m_nodes.isEmpty());
    m_cancel->setEnabled(false);
    m_cache->setEnabled(true);
    m_regions->setEnabled(true);
    m_maxAge->setEnabled(true);
    m_requestLog->setPlainText(QString::fromUtf8(requestLog));

    QString html;
    if (!error.isEmpty()) {
        html = tr("<p><b>The sync did not run:</b> %1</p>").arg(error.toHtmlEscaped());
        for (QLabel *state : std::as_const(m_states))
            state->setText(tr("not started"));
        for (QProgressBar *bar : std::as_const(m_bars))
            bar->setRange(0, 1);
    } else {
        qint64 sites = 0;
        int failures = 0;
        QString rows;
        for (const Core::BeaconNodeReport &report : std::as_const(m_reports)) {
            QString outcome;
            if (!report.ok) {
                ++failures;
                outcome = tr("FAILED: %1").arg(report.message);
            } else if (report.upToDate) {
                outcome = tr("up to date, no request sent");
            } else {
                sites += report.sitesWritten;
                //: %1 "12 sites cached", %2 "3 variants", %3 "4 requests"
                outcome = tr("%1 from %2, %3")
                                  .arg(tr("%n site(s) cached", nullptr, int(report.sitesWritten)),
                                       tr("%n variant(s)", nullptr, int(report.variants)),
                                       tr("%n request(s)", nullptr, int(report.requests)));
            }
            rows += QStringLiteral("<li><b>%1</b>: %2</li>")
                            .arg(report.node.toHtmlEscaped(), outcome.toHtmlEscaped());
        }
        //: %1 "12 sites cached", %2 "0 of 2 nodes"
        html = tr("<p>%1; %2 failed.</p>")
                       .arg(tr("%n site(s) cached", nullptr, int(sites)),
                            tr("%1 of %n node(s)", nullptr, int(m_reports.size())).arg(failures))
               + QStringLiteral("<ul>") + rows + QStringLiteral("</ul>");
    }
    m_summary->setHtml(html);
    Q_EMIT syncFinished();
}

void SyncDialog::stopThread()
{
    if (!m_thread)
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), &SyncWorker::cancel, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SyncDialog::reject()
{
    if (m_thread) {
        cancel(); // the summary follows; the dialog stays open until it is there
        return;
    }
    QDialog::reject();
}

} // namespace Gui
