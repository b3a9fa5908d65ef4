// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodesdialog.h"

#include <core/beacon/beaconclient.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Gui {

namespace {

QList<Core::BeaconNode> deploymentNodes(const Core::DeploymentSettings &deployment)
{
    const QSettings user;
    // The deployment's own list (locked or as a default); a user's list lives in nodes.json.
    const QVariant urls = deployment.systemValue(Core::DeploymentSettings::FrequencyNodes);
    const QStringList list = urls.typeId() == QMetaType::QStringList
                                     ? urls.toStringList()
                                     : urls.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qint64 padding
            = deployment.value(Core::DeploymentSettings::FrequencyQueryPadding, user).toLongLong();
    return Core::deploymentBeaconNodes(list, padding);
}

} // namespace

QList<Core::BeaconNode> NodesDialog::effectiveNodes(const Core::DeploymentSettings &deployment,
                                                    const QString &registryPath,
                                                    QString *error)
{
    QList<Core::BeaconNode> nodes = deploymentNodes(deployment);
    const bool locked = deployment.isLocked(Core::DeploymentSettings::FrequencyNodes);
    if (QFileInfo::exists(registryPath)) {
        auto loaded = Core::loadBeaconNodes(registryPath);
        if (!loaded) {
            if (error)
                *error = loaded.error().toString();
        } else {
            for (const Core::BeaconNode &node : loaded.value()) {
                auto same = std::find_if(
                        nodes.begin(), nodes.end(), [&node](const Core::BeaconNode &other) {
                            return other.name == node.name;
                        });
                // The user's copy of an unlocked deployment node replaces it; a locked one
                // is never replaced.
                if (same == nodes.end())
                    nodes.append(node);
                else if (!locked)
                    *same = node;
            }
        }
    }
    return nodes;
}

NodesDialog::NodesDialog(const Core::DeploymentSettings &deployment,
                         QWidget *parent,
                         const QString &registryPath)
    : QDialog(parent)
    , m_deployment(deployment)
    , m_registryPath(registryPath)
{
    setWindowTitle(tr("Frequency Nodes"));
    setObjectName(QStringLiteral("nodesDialog"));
    m_listLocked = m_deployment.isLocked(Core::DeploymentSettings::FrequencyNodes);

    auto *layout = new QVBoxLayout(this);
    m_lockNotice = new QLabel(this);
    m_lockNotice->setObjectName(QStringLiteral("lockNotice"));
    m_lockNotice->setWordWrap(true);
    m_lockNotice->setText(tr("The node list is locked by your IT department: its nodes are shown "
                             "read-only and no node can be added."));
    m_lockNotice->setVisible(m_listLocked);
    layout->addWidget(m_lockNotice);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("nodeList"));
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addNode"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeNode"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    columns->addLayout(form, 2);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_name->setToolTip(tr("1-64 letters, digits, '.', '_' or '-'; the cache source is "
                          "beacon:<name>"));
    form->addRow(tr("&Name:"), m_name);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("nodeBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://beacon.example.org/api"));
    form->addRow(tr("Base &URL:"), m_baseUrl);
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("nodeStyle"));
    m_style->addItem(tr("Beacon v2 specification ({base}/g_variants)"));
    m_style->addItem(tr("GDI aggregated ({base}/beacon/aggregated/v2/g_variants)"));
    form->addRow(tr("Endpoint &style:"), m_style);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("nodeAuth"));
    m_auth->addItem(tr("None"));
    m_auth->addItem(tr("Bearer token"));
    m_auth->addItem(tr("Basic (user and password)"));
    form->addRow(tr("&Authentication:"), m_auth);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("nodeUser"));
    form->addRow(tr("U&ser:"), m_user);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("nodeSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Stored in its own file readable only by you, never in the "
                            "settings"));
    form->addRow(tr("&Token or password:"), m_secret);
    m_coordinates = new QComboBox(this);
    m_coordinates->setObjectName(QStringLiteral("nodeCoordinates"));
    m_coordinates->addItem(tr("0-based (specification: start = POS - 1)"));
    m_coordinates->addItem(tr("1-based (start = POS)"));
    form->addRow(tr("&Coordinates:"), m_coordinates);
    auto *caRow = new QHBoxLayout;
    m_caBundle = new QLineEdit(this);
    m_caBundle->setObjectName(QStringLiteral("nodeCaBundle"));
    m_caBundle->setPlaceholderText(tr("System certificate authorities"));
    m_browseCa = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(m_browseCa);
    form->addRow(tr("CA &bundle (PEM):"), caRow);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("nodePin"));
    m_pin->setToolTip(tr("SHA-256 (hex) of the node's certificate or of its public key; only a "
                         "matching certificate is accepted"));
    form->addRow(tr("&Pinned SHA-256:"), m_pin);
    m_maxAge = new QSpinBox(this);
    m_maxAge->setObjectName(QStringLiteral("nodeMaxAge"));
    m_maxAge->setRange(0, 3650);
    m_maxAge->setSuffix(tr(" days"));
    m_maxAge->setSpecialValueText(tr("always fetch again"));
    form->addRow(tr("&Maximum age:"), m_maxAge);
    m_padding = new QCheckBox(tr("Ask for padded regions, not exact variants"), this);
    m_padding->setObjectName(QStringLiteral("nodePadding"));
    form->addRow(QString(), m_padding);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);
    m_formWidgets = {m_name,
                     m_baseUrl,
                     m_style,
                     m_auth,
                     m_user,
                     m_secret,
                     m_coordinates,
                     m_caBundle,
                     m_browseCa,
                     m_pin,
                     m_maxAge,
                     m_padding};

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NodesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeForm();
        showEntry(row);
    });
    connect(m_add, &QPushButton::clicked, this, &NodesDialog::addNode);
    connect(m_remove, &QPushButton::clicked, this, &NodesDialog::removeNode);
    connect(m_test, &QPushButton::clicked, this, &NodesDialog::testConnection);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &NodesDialog::updateAuthWidgets);
    connect(m_secret, &QLineEdit::textEdited, this, [this] {
        if (m_current >= 0)
            m_entries[m_current].secretChanged = true;
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("CA Bundle"), m_caBundle->text(), tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });

    loadEntries();
    refreshList();
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    showEntry(m_list->currentRow());
    resize(820, 520);
}

NodesDialog::~NodesDialog() = default;

void NodesDialog::loadEntries()
{
    QList<Core::BeaconNode> own;
    if (QFileInfo::exists(m_registryPath)) {
        auto loaded = Core::loadBeaconNodes(m_registryPath);
        if (loaded)
            own = loaded.value();
        else
            QMessageBox::warning(
                    this,
                    tr("Frequency Nodes"),
                    tr("Your node list cannot be read: %1").arg(loaded.error().toString()));
    }
    for (const Core::BeaconNode &node : deploymentNodes(m_deployment)) {
        const bool edited = std::any_of(own.cbegin(), own.cend(), [&node](const auto &mine) {
            return mine.name == node.name;
        });
        // An unlocked deployment node that the user edited is shown as the user's copy.
        if (m_listLocked || !edited)
            m_entries.append({node, m_listLocked, false});
    }
    for (const Core::BeaconNode &node : std::as_const(own)) {
        const bool shadowed
                = std::any_of(m_entries.cbegin(), m_entries.cend(), [&node](const Entry &entry) {
                      return entry.locked && entry.node.name == node.name;
                  });
        if (!shadowed)
            m_entries.append({node, false, false});
    }
}

void NodesDialog::refreshList()
{
    m_updating = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(entry.locked ? tr("%1 (locked by IT)").arg(entry.node.name)
                                                      : entry.node.name,
                                         m_list);
        item->setToolTip(entry.node.baseUrl.toString());
        item->setData(Qt::UserRole, entry.locked);
    }
    m_list->setCurrentRow(std::min(row, int(m_entries.size()) - 1));
    m_add->setEnabled(!m_listLocked);
    m_updating = false;
}

void NodesDialog::showEntry(int row)
{
    m_current = row;
    m_updating = true;
    const bool valid = row >= 0 && row < m_entries.size();
    const Core::BeaconNode node = valid ? m_entries[row].node : Core::BeaconNode();
    const bool editable = valid && !m_entries[row].locked;
    m_name->setText(valid ? node.name : QString());
    m_baseUrl->setText(valid ? node.baseUrl.toString() : QString());
    m_style->setCurrentIndex(node.style == Core::BeaconNode::Style::Gdi ? 1 : 0);
    m_auth->setCurrentIndex(int(node.auth));
    m_user->setText(node.user);
    m_secret->clear();
    m_secret->setPlaceholderText(node.secret.isEmpty() ? QString()
                                                       : tr("stored — type to replace"));
    m_coordinates->setCurrentIndex(node.zeroBased ? 0 : 1);
    m_caBundle->setText(node.caBundle);
    m_pin->setText(QString::fromLatin1(node.pinnedSha256));
    m_maxAge->setValue(node.maxAgeDays);
    m_padding->setChecked(node.padding);
    for (QWidget *widget : std::as_const(m_formWidgets))
        widget->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_test->setEnabled(valid);
    m_testResult->clear();
    m_updating = false;
    updateAuthWidgets();
}

void NodesDialog::updateAuthWidgets()
{
    const bool editable
            = m_current >= 0 && m_current < m_entries.size() && !m_entries[m_current].locked;
    m_user->setEnabled(editable && m_auth->currentIndex() == int(Core::BeaconNode::Auth::Basic));
    m_secret->setEnabled(editable && m_auth->currentIndex() != int(Core::BeaconNode::Auth::None));
}

void NodesDialog::storeForm()
{
    if (m_updating || m_current < 0 || m_current >= m_entries.size() || m_entries[m_current].locked)
        return;
    Entry &entry = m_entries[m_current];
    Core::BeaconNode &node = entry.node;
    node.name = m_name->text().trimmed();
    node.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    node.style = m_style->currentIndex() == 1 ? Core::BeaconNode::Style::Gdi
                                              : Core::BeaconNode::Style::Spec;
    node.auth = Core::BeaconNode::Auth(m_auth->currentIndex());
    node.user = node.auth == Core::BeaconNode::Auth::Basic ? m_user->text().trimmed() : QString();
    if (node.auth == Core::BeaconNode::Auth::None)
        node.secret.clear();
    else if (entry.secretChanged)
        node.secret = m_secret->text().trimmed().toUtf8();
    entry.secretChanged = false;
    node.zeroBased = m_coordinates->currentIndex() == 0;
    node.caBundle = m_caBundle->text().trimmed();
    node.pinnedSha256 = m_pin->text().trimmed().toLower().toLatin1();
    node.pinnedSha256.replace(':', "");
    node.maxAgeDays = m_maxAge->value();
    node.padding = m_padding->isChecked();
    if (auto *item = m_list->item(m_current))
        item->setText(node.name);
}

void NodesDialog::addNode()
{
    if (m_listLocked)
        return;
    storeForm();
    Core::BeaconNode node;
    QString name = QStringLiteral("node");
    for (int number = 2;
         std::any_of(m_entries.cbegin(),
                     m_entries.cend(),
                     [&name](const Entry &entry) { return entry.node.name == name; });
         ++number)
        name = QStringLiteral("node-%1").arg(number);
    node.name = name;
    node.baseUrl = QUrl(QStringLiteral("https://"));
    m_entries.append({node, false, false});
    refreshList();
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void NodesDialog::removeNode()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size() || m_entries[row].locked)
        return;
    m_current = -1; // the form belongs to the removed node
    m_entries.removeAt(row);
    refreshList();
    showEntry(m_list->currentRow());
}

QList<Core::BeaconNode> NodesDialog::userNodes() const
{
    QList<Core::BeaconNode> nodes;
    for (const Entry &entry : m_entries) {
        if (!entry.locked)
            nodes.append(entry.node);
    }
    return nodes;
}

QString NodesDialog::validate(const Core::BeaconNode &node, int row) const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!namePattern.match(node.name).hasMatch())
        return tr("The name must be 1-64 letters, digits, '.', '_' or '-'.");
    for (int other = 0; other < m_entries.size(); ++other) {
        if (other != row && m_entries[other].node.name == node.name)
            return tr("The name \"%1\" is used twice.").arg(node.name);
    }
    if (!node.baseUrl.isValid() || node.baseUrl.host().isEmpty()
        || (node.baseUrl.scheme() != QLatin1String("https")
            && node.baseUrl.scheme() != QLatin1String("http")))
        return tr("The base URL must be an http or https URL.");
    if (node.auth != Core::BeaconNode::Auth::None && node.secret.isEmpty())
        return tr("Enter the token or password.");
    if (node.auth == Core::BeaconNode::Auth::Basic && node.user.isEmpty())
        return tr("Enter the user name.");
    static const QRegularExpression pinPattern(QStringLiteral("^([0-9a-f]{64})?$"));
    if (!pinPattern.match(QString::fromLatin1(node.pinnedSha256)).hasMatch())
        return tr("The pin must be 64 hexadecimal digits (a SHA-256).");
    if (!node.caBundle.isEmpty() && !QFileInfo::exists(node.caBundle))
        return tr("The CA bundle %1 does not exist.").arg(node.caBundle);
    return {};
}

bool NodesDialog::save()
{
    storeForm();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].locked)
            continue;
        const QString problem = validate(m_entries[row].node, row);
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(row);
            QMessageBox::warning(this,
                                 tr("Frequency Nodes"),
                                 tr("Node \"%1\": %2").arg(m_entries[row].node.name, problem));
            return false;
        }
    }
    const auto saved = Core::saveBeaconNodes(m_registryPath, userNodes());
    if (!saved) {
        QMessageBox::warning(this,
                             tr("Frequency Nodes"),
                             tr("The node list cannot be saved: %1").arg(saved.error().toString()));
        return false;
    }
    return true;
}

void NodesDialog::accept()
{
    if (save())
        QDialog::accept();
}

void NodesDialog::testConnection()
{
    storeForm();
    if (m_current < 0 || m_current >= m_entries.size())
        return;
    const Core::BeaconNode node = m_entries[m_current].node;
    if (!m_entries[m_current].locked) {
        const QString problem = validate(node, m_current);
        if (!problem.isEmpty()) {
            m_testResult->setText(problem);
            return;
        }
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(node.variantsUrl().toString(QUrl::RemoveUserInfo)));
    auto *watcher = new QFutureWatcher<Core::BeaconFetchResult>(this);
    const int row = m_current;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, row] {
        const Core::BeaconFetchResult result = watcher->result();
        watcher->deleteLater();
        m_test->setEnabled(m_current >= 0);
        if (row != m_current)
            return; // the user moved on to another node
        m_testResult->setText(
                result.ok ? tr("✔ Connected: the node answered a test query (%n site(s) in "
                               "1:1-1000).",
                               nullptr,
                               int(result.variants.size()))
                          : tr("✘ %1").arg(result.errorMessage));
    });
    watcher->setFuture(QtConcurrent::run(&Core::testBeaconConnection, node));
}

} // namespace Gui
