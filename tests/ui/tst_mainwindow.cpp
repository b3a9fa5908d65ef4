// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/mainwindow.h>
#include <ui/varianttablemodel.h>

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.vcf"));
        QVERIFY(QFile::copy(QStringLiteral(":/demo/demo.vcf"), m_demo));
    }

    void opensTheDemoCase()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(m_demo);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        // 300 records, one of them with two ALT alleles.
        QCOMPARE(window.variantModel()->rowCount(), 301);
        QCOMPARE(window.variantView()->model()->rowCount(), 301);
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.vcf")));

        // Case → Load Report shows what the load read, skipped and altered.
        QAction *loadReport = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().contains(QStringLiteral("Load Report")))
                loadReport = action;
        }
        QVERIFY(loadReport);
        QVERIFY(loadReport->isEnabled());
        loadReport->trigger();
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("loadReportText"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(QStringLiteral("300 record(s)")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("GRCh38")));
    }

    void dropOpensAFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadFinished);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/small.vcf"))});
        const QPoint where(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.variantModel()->rowCount(), 8);
    }

    void rejectsOtherFilesOnDrop()
    {
        MainWindow window;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
        QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void aBrokenFileKeepsTheOpenCase()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFile(m_demo);
        QVERIFY(finished.wait(30000));
        window.openFile(QStringLiteral(GENOMEDESK_TEST_DATA_DIR "/malformed-pos.vcf"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(window.variantModel()->rowCount(), 301);
        QVERIFY(!window.isLoading());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
