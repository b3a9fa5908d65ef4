// SPDX-License-Identifier: GPL-3.0-or-later
// The sync dialog, offscreen, against real genomedesk-beacon nodes on 127.0.0.1 (one good, one
// answering HTTP 500, one slow): per-node progress and status, a summary with the sites fetched
// and the failures with their messages, the request log, "up to date" within the maximum age,
// and Cancel ending a sync at once while the window stays responsive.

#include "../core/beacon/beacontestsupport.h"

#include <core/beacon/beaconnode.h>
#include <core/frequency/frequencystore.h>
#include <ui/syncdialog.h>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace Gui;

class TestSyncDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncWithSummary();
    void cancel();
    void noRegionNoCase();

private:
    Core::BeaconNode node(const QString &name, int port, int timeout = 5000) const;
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_good, m_failing, m_slow;
    int m_goodPort = 0, m_failingPort = 0, m_slowPort = 0;
};

void TestSyncDialog::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString cache = m_directory.filePath(QStringLiteral("cohort.gdfreq"));
    BeaconTest::makeCohortCache(cache);
    const QString token = m_directory.filePath(QStringLiteral("server.token"));
    BeaconTest::writeFile(token, "sync-secret\n");
    m_goodPort = BeaconTest::startNode(cache, {QStringLiteral("--token-file"), token}, m_good);
    m_failingPort = BeaconTest::startNode(
            cache, {QStringLiteral("--simulate-fault"), QStringLiteral("http-500")}, m_failing);
    m_slowPort = BeaconTest::startNode(
            cache, {QStringLiteral("--simulate-delay-ms"), QStringLiteral("8000")}, m_slow);
    QVERIFY(m_goodPort > 0 && m_failingPort > 0 && m_slowPort > 0);
}

void TestSyncDialog::cleanupTestCase()
{
    BeaconTest::stopNode(m_good);
    BeaconTest::stopNode(m_failing);
    BeaconTest::stopNode(m_slow);
}

Core::BeaconNode TestSyncDialog::node(const QString &name, int port, int timeout) const
{
    Core::BeaconNode node;
    node.name = name;
    node.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    node.timeoutMilliseconds = timeout;
    node.retries = 0;
    return node;
}

void TestSyncDialog::syncWithSummary()
{
    // In English as the application shows it (its translator gives the plural forms).
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/genomedesk_en.qm")));
    QCoreApplication::installTranslator(&english);
    const auto removeTranslator
            = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });

    Core::BeaconNode good = node(QStringLiteral("good"), m_goodPort);
    good.auth = Core::BeaconNode::Auth::Bearer;
    good.secret = "sync-secret";
    const QString cache = m_directory.filePath(QStringLiteral("result.gdfreq"));
    SyncDialog dialog({good, node(QStringLiteral("failing"), m_failingPort)}, {cache}, nullptr);
    dialog.show();
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("syncCache"))->currentText(), cache);
    child<QLineEdit>(&dialog, QStringLiteral("syncRegions"))
            ->setText(QStringLiteral("chr17:43040001-43050000"));
    auto *start = child<QPushButton>(&dialog, QStringLiteral("startSync"));
    auto *cancel = child<QPushButton>(&dialog, QStringLiteral("cancelSync"));
    QVERIFY(start->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);

    auto *goodBar = child<QProgressBar>(&dialog, QStringLiteral("progress_good"));
    auto *failingBar = child<QProgressBar>(&dialog, QStringLiteral("progress_failing"));
    QVERIFY(goodBar && failingBar);
    QCOMPARE(goodBar->value(), goodBar->maximum());
    QVERIFY(failingBar->value() < failingBar->maximum());
    const QString goodState = child<QLabel>(&dialog, QStringLiteral("state_good"))->text();
    QVERIFY2(goodState.startsWith(QLatin1String("4 site")), qPrintable(goodState));
    const QString failingState = child<QLabel>(&dialog, QStringLiteral("state_failing"))->text();
    QVERIFY2(failingState.contains(QLatin1String("failed"))
                     && failingState.contains(QLatin1String("500")),
             qPrintable(failingState));
    const QString summary
            = child<QTextBrowser>(&dialog, QStringLiteral("syncSummary"))->toPlainText();
    QVERIFY2(summary.contains(QLatin1String("4 sites cached; 1 of 2 nodes failed.")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QRegularExpression(
                     QStringLiteral("good: 4 sites cached from \\d+ variants?, \\d+ requests?"))),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("(s)")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("failing: FAILED: HTTP 500")), qPrintable(summary));
    const QString log = child<QPlainTextEdit>(&dialog, QStringLiteral("requestLog"))->toPlainText();
    QVERIFY(log.contains(QLatin1String("43040000")));
    QVERIFY(!log.contains(QLatin1String("sync-secret")));
    QVERIFY(start->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(dialog.reports().size(), 2);

    auto store = Core::FrequencyStore::open(cache);
    QVERIFY(store);
    QVERIFY(store.value()->source(QStringLiteral("beacon:good")));
    QVERIFY(!store.value()->source(QStringLiteral("beacon:failing")));
    store.value().reset();

    // Again at once: the good node's region is fresh, no request is sent to it.
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    QVERIFY2(child<QLabel>(&dialog, QStringLiteral("state_good"))
                     ->text()
                     .contains(QLatin1String("up to date")),
             qPrintable(child<QLabel>(&dialog, QStringLiteral("state_good"))->text()));
    const QString secondLog
            = child<QPlainTextEdit>(&dialog, QStringLiteral("requestLog"))->toPlainText();
    QVERIFY(!secondLog.contains(QLatin1String("\"node\":\"good\"")));
    QVERIFY(secondLog.contains(QLatin1String("\"node\":\"failing\"")));

    // Maximum age 0: fetched again.
    child<QSpinBox>(&dialog, QStringLiteral("syncMaxAge"))->setValue(0);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    QVERIFY(child<QPlainTextEdit>(&dialog, QStringLiteral("requestLog"))
                    ->toPlainText()
                    .contains(QLatin1String("\"node\":\"good\"")));
}

void TestSyncDialog::cancel()
{
    const QString cache = m_directory.filePath(QStringLiteral("cancel.gdfreq"));
    SyncDialog dialog({node(QStringLiteral("slow"), m_slowPort, 30000)}, {cache}, nullptr);
    dialog.show();
    child<QLineEdit>(&dialog, QStringLiteral("syncRegions"))
            ->setText(QStringLiteral("17:43040001-43050000"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startSync")), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(dialog.isRunning());
    // The window stays responsive while the node is slow: events are processed.
    auto *bar = child<QProgressBar>(&dialog, QStringLiteral("progress_slow"));
    QCOMPARE(bar->maximum(), 0); // busy indicator
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("cancelSync")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 3000);
    QVERIFY(timer.elapsed() < 3000);
    const QString state = child<QLabel>(&dialog, QStringLiteral("state_slow"))->text();
    QVERIFY2(state.contains(QLatin1String("Cancelled")), qPrintable(state));
    auto store = Core::FrequencyStore::open(cache);
    QVERIFY(store);
    QVERIFY(!store.value()->source(QStringLiteral("beacon:slow")));
}

void TestSyncDialog::noRegionNoCase()
{
    SyncDialog dialog({node(QStringLiteral("good"), m_goodPort)},
                      {m_directory.filePath(QStringLiteral("none.gdfreq"))},
                      nullptr);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startSync")), Qt::LeftButton);
    QVERIFY(!dialog.isRunning());
    QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("syncSummary"))
                    ->toPlainText()
                    .contains(QLatin1String("give at least one region")));
    child<QLineEdit>(&dialog, QStringLiteral("syncRegions"))->setText(QStringLiteral("chr17:x-y"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startSync")), Qt::LeftButton);
    QVERIFY(!dialog.isRunning());
    QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("syncSummary"))
                    ->toPlainText()
                    .startsWith(QLatin1String("Region \"chr17:x-y\"")));
}

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
