// SPDX-License-Identifier: GPL-3.0-or-later
// The frequency-node settings dialog, offscreen: nodes locked by the deployment settings are
// read-only; a node added in the dialog is saved with its token in a 0600 token file (never in
// nodes.json or QSettings); "Test connection" runs off the GUI thread against a real
// genomedesk-beacon on 127.0.0.1 and shows success or the node's refusal.

#include "../core/beacon/beacontestsupport.h"

#include <core/beacon/beaconnode.h>
#include <core/settings/deploymentsettings.h>
#include <ui/nodesdialog.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

class TestNodesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lockedNodesAreReadOnly();
    void addedNodeSavedWithoutPlainSecrets();
    void testConnection();

private:
    Core::DeploymentSettings deployment(bool locked);
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_node;
    int m_port = 0;
};

void TestNodesDialog::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString cache = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    BeaconTest::makeCohortCache(cache);
    const QString token = m_directory.filePath(QStringLiteral("server.token"));
    BeaconTest::writeFile(token, "right-token\n");
    m_port = BeaconTest::startNode(cache, {QStringLiteral("--token-file"), token}, m_node);
    QVERIFY(m_port > 0);
}

void TestNodesDialog::cleanupTestCase()
{
    BeaconTest::stopNode(m_node);
}

Core::DeploymentSettings TestNodesDialog::deployment(bool locked)
{
    const QString directory
            = m_directory.filePath(locked ? QStringLiteral("locked") : QStringLiteral("open"));
    QDir().mkpath(directory);
    BeaconTest::writeFile(
            Core::DeploymentSettings::fileName(directory),
            QByteArray("[frequency]\nnodes=https://beacon.hospital.invalid/beacon/aggregated/v2\n")
                    + (locked ? "[locked]\nkeys=frequency/nodes\n" : ""));
    auto settings = Core::DeploymentSettings::load(directory);
    if (!settings)
        return {};
    return settings.value();
}

void TestNodesDialog::lockedNodesAreReadOnly()
{
    const QString registry = m_directory.filePath(QStringLiteral("locked-nodes.json"));
    NodesDialog dialog(deployment(true), nullptr, registry);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "nodeList");
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("site-beacon.hospital.invalid")));
    QVERIFY(list->item(0)->text().contains(QLatin1String("locked")));
    list->setCurrentRow(0);
    QCOMPARE(child<QLineEdit>(&dialog, "nodeBaseUrl")->text(),
             QStringLiteral("https://beacon.hospital.invalid"));
    QCOMPARE(child<QComboBox>(&dialog, "nodeStyle")->currentIndex(), 1); // GDI path
    QVERIFY(!child<QLineEdit>(&dialog, "nodeName")->isEnabled());
    QVERIFY(!child<QLineEdit>(&dialog, "nodeBaseUrl")->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, "nodeAuth")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "removeNode")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "addNode")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "testConnection")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "lockNotice")->isVisible());
    // Saving writes no user node.
    QVERIFY(dialog.save());
    QVERIFY(dialog.userNodes().isEmpty());
    QCOMPARE(NodesDialog::effectiveNodes(deployment(true), registry).size(), 1);

    // Unlocked, the same deployment node is an editable default.
    NodesDialog open(deployment(false), nullptr, registry);
    open.show();
    child<QListWidget>(&open, "nodeList")->setCurrentRow(0);
    QVERIFY(child<QLineEdit>(&open, "nodeName")->isEnabled());
    QVERIFY(child<QPushButton>(&open, "addNode")->isEnabled());
    QVERIFY(!child<QLabel>(&open, "lockNotice")->isVisible());
}

void TestNodesDialog::addedNodeSavedWithoutPlainSecrets()
{
    const QString registry = m_directory.filePath(QStringLiteral("user/nodes.json"));
    {
        NodesDialog dialog(Core::DeploymentSettings(), nullptr, registry);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "addNode"), Qt::LeftButton);
        auto *list = child<QListWidget>(&dialog, "nodeList");
        QCOMPARE(list->count(), 1);
        auto *name = child<QLineEdit>(&dialog, "nodeName");
        name->setText(QStringLiteral("goe-nl"));
        child<QLineEdit>(&dialog, "nodeBaseUrl")
                ->setText(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        child<QComboBox>(&dialog, "nodeAuth")->setCurrentIndex(1); // bearer
        auto *secret = child<QLineEdit>(&dialog, "nodeSecret");
        QVERIFY(secret->isEnabled());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("right-token"));
        child<QComboBox>(&dialog, "nodeCoordinates")->setCurrentIndex(1);
        child<QSpinBox>(&dialog, "nodeMaxAge")->setValue(9);
        // A node without a valid URL is refused by save (message box shown non-modally here).
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(QFile::exists(registry));
    QFile json(registry);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray text = json.readAll();
    QVERIFY(!text.contains("right-token"));
    QVERIFY(text.contains("tokens/goe-nl.token"));
    const QString tokenPath
            = QFileInfo(registry).absoluteDir().filePath(QStringLiteral("tokens/goe-nl.token"));
    const QFileDevice::Permissions permissions = QFile::permissions(tokenPath);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!(permissions
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                 | QFileDevice::WriteOther)));
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    if (settingsFile.open(QIODevice::ReadOnly))
        QVERIFY(!settingsFile.readAll().contains("right-token"));
    auto loaded = Core::loadBeaconNodes(registry);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->first().name, QStringLiteral("goe-nl"));
    QCOMPARE(loaded->first().secret, QByteArray("right-token"));
    QCOMPARE(loaded->first().auth, Core::BeaconNode::Auth::Bearer);
    QCOMPARE(loaded->first().zeroBased, false);
    QCOMPARE(loaded->first().maxAgeDays, 9);

    // Reopened: the token is not shown, only that one is stored; editing keeps it.
    {
        NodesDialog dialog(Core::DeploymentSettings(), nullptr, registry);
        dialog.show();
        child<QListWidget>(&dialog, "nodeList")->setCurrentRow(0);
        auto *secret = child<QLineEdit>(&dialog, "nodeSecret");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!secret->placeholderText().isEmpty());
        child<QSpinBox>(&dialog, "nodeMaxAge")->setValue(3);
        QVERIFY(dialog.save());
    }
    loaded = Core::loadBeaconNodes(registry);
    QVERIFY(loaded);
    QCOMPARE(loaded->first().secret, QByteArray("right-token"));
    QCOMPARE(loaded->first().maxAgeDays, 3);

    // Removing the node removes its token file too.
    {
        NodesDialog dialog(Core::DeploymentSettings(), nullptr, registry);
        dialog.show();
        child<QListWidget>(&dialog, "nodeList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeNode"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&dialog, "nodeList")->count(), 0);
        QVERIFY(dialog.save());
    }
    QVERIFY(!QFile::exists(tokenPath));
    QCOMPARE(Core::loadBeaconNodes(registry)->size(), 0);
}

void TestNodesDialog::testConnection()
{
    const QString registry = m_directory.filePath(QStringLiteral("test/nodes.json"));
    NodesDialog dialog(Core::DeploymentSettings(), nullptr, registry);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "addNode"), Qt::LeftButton);
    child<QLineEdit>(&dialog, "nodeName")->setText(QStringLiteral("local"));
    child<QLineEdit>(&dialog, "nodeBaseUrl")
            ->setText(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    child<QComboBox>(&dialog, "nodeAuth")->setCurrentIndex(1);
    auto *secret = child<QLineEdit>(&dialog, "nodeSecret");
    QTest::keyClicks(secret, QStringLiteral("wrong-token"));
    auto *test = child<QPushButton>(&dialog, "testConnection");
    auto *result = child<QLabel>(&dialog, "testResult");

    QTest::mouseClick(test, Qt::LeftButton);
    // The click returns at once: the test runs on a worker thread.
    QVERIFY2(result->text().startsWith(QLatin1String("Testing")), qPrintable(result->text()));
    QVERIFY(!test->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
    QVERIFY2(result->text().contains(QLatin1String("401")), qPrintable(result->text()));

    secret->clear();
    QTest::keyClicks(secret, QStringLiteral("right-token"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
    QVERIFY2(result->text().contains(QLatin1String("Connected")), qPrintable(result->text()));

    // A node that is down: the reason, not a frozen window.
    child<QLineEdit>(&dialog, "nodeBaseUrl")->setText(QStringLiteral("http://127.0.0.1:1"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
    QVERIFY2(result->text().startsWith(QStringLiteral("✘")), qPrintable(result->text()));
}

QTEST_MAIN(TestNodesDialog)
#include "tst_nodesdialog.moc"
