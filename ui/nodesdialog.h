// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/beacon/beaconnode.h>
#include <core/settings/deploymentsettings.h>

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Gui {

/*!
 * Frequency-node settings: the Beacon v2 nodes that "Sync frequencies" asks. Lists the nodes
 * of the deployment settings (frequency/nodes) and the user's own (nodes.json in the
 * configuration directory, see Core::userBeaconNodesPath()); add, edit and remove the user's
 * nodes: name, base URL, endpoint style, authentication (token or password stored like every
 * node list stores it, in its own 0600 token file — never in QSettings or nodes.json),
 * coordinate convention, CA bundle or pinned SHA-256 and maximum age.
 *
 * When IT locked frequency/nodes, the deployment's nodes are shown read-only and no node can
 * be added. "Test connection" runs Core::testBeaconConnection() on a worker thread and shows
 * the result without blocking the window.
 */
class NodesDialog final : public QDialog
{
    Q_OBJECT

public:
    NodesDialog(const Core::DeploymentSettings &deployment,
                QWidget *parent = nullptr,
                const QString &registryPath = Core::userBeaconNodesPath());
    ~NodesDialog() override;

    /*! The nodes in effect: the deployment's (locked or default) and the user's. */
    static QList<Core::BeaconNode> effectiveNodes(const Core::DeploymentSettings &deployment,
                                                  const QString &registryPath
                                                  = Core::userBeaconNodesPath(),
                                                  QString *error = nullptr);

    /*! The user's nodes as edited (not yet saved). */
    QList<Core::BeaconNode> userNodes() const;
    /*! Writes the user's nodes to the registry; false with a message box on failure. */
    bool save();

    void accept() override;

private:
    struct Entry
    {
        Core::BeaconNode node;
        bool locked = false; //!< from the deployment settings, read-only
        bool secretChanged = false;
    };

    void loadEntries();
    void refreshList();
    void showEntry(int row);
    void storeForm();
    void addNode();
    void removeNode();
    void testConnection();
    void updateAuthWidgets();
    QString validate(const Core::BeaconNode &node, int row) const;

    Core::DeploymentSettings m_deployment;
    QString m_registryPath;
    QList<Entry> m_entries;
    int m_current = -1;
    bool m_updating = false;
    bool m_listLocked = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_lockNotice = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QComboBox *m_coordinates = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLineEdit *m_pin = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QCheckBox *m_padding = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QWidget *> m_formWidgets;
};

} // namespace Gui
