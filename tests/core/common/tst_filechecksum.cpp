// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/common/filechecksum.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class tst_FileChecksum : public QObject
{
    Q_OBJECT

private slots:
    void hashesTheContents();
    void unreadableFileNamesTheFile();
    void remembersAnUnchangedFile();
    void rehashesAFileWrittenAgainWithItsOldTime();
    void cancelledHashIsNotRemembered();

private:
    static QString write(const QString &path, const QByteArray &contents);
    static QString expected(const QByteArray &contents);
};

QString tst_FileChecksum::write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.write(contents);
    return QString();
}

QString tst_FileChecksum::expected(const QByteArray &contents)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
}

void tst_FileChecksum::hashesTheContents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.vcf"));
    // Larger than the 1 MiB read buffer, so the loop runs more than once.
    const QByteArray contents = QByteArray(3 * 1024 * 1024 + 17, 'A') + "tail";
    QCOMPARE(write(path, contents), QString());
    const Core::Result<QString> sha256 = Core::sha256OfFile(path);
    QVERIFY(sha256);
    QCOMPARE(sha256.value(), expected(contents));
}

void tst_FileChecksum::unreadableFileNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.vcf"));
    const Core::Result<QString> sha256 = Core::cachedSha256OfFile(path);
    QVERIFY(!sha256);
    QCOMPARE(sha256.error().file(), path);
}

void tst_FileChecksum::remembersAnUnchangedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("genome.vcf"));
    const QByteArray contents = QByteArray(2 * 1024 * 1024, 'C');
    QCOMPARE(write(path, contents), QString());

    int reads = 0;
    Core::JobContext counting([&reads](qint64, qint64) { ++reads; });
    const Core::Result<QString> first = Core::cachedSha256OfFile(path, counting);
    QVERIFY(first);
    QCOMPARE(first.value(), expected(contents));
    QCOMPARE(reads, 2); // two 1 MiB reads

    reads = 0;
    const Core::Result<QString> second = Core::cachedSha256OfFile(path, counting);
    QVERIFY(second);
    QCOMPARE(second.value(), first.value());
    QCOMPARE(reads, 0); // remembered: the file was not read again
}

void tst_FileChecksum::rehashesAFileWrittenAgainWithItsOldTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rerun.vcf"));
    const QByteArray before(4096, 'G');
    QCOMPARE(write(path, before), QString());
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(Core::cachedSha256OfFile(path));

    // A pipeline re-run writes other contents of the same size and (here, deliberately) sets
    // the old modification time back; the status-change time still tells them apart.
    QThread::msleep(20);
    const QByteArray after(4096, 'T');
    QCOMPARE(write(path, after), QString());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QFileInfo(path).size(), qint64(before.size()));

    const Core::Result<QString> sha256 = Core::cachedSha256OfFile(path);
    QVERIFY(sha256);
    QCOMPARE(sha256.value(), expected(after));
}

void tst_FileChecksum::cancelledHashIsNotRemembered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancel.vcf"));
    const QByteArray contents(2 * 1024 * 1024, 'N');
    QCOMPARE(write(path, contents), QString());

    Core::JobContext cancelling;
    cancelling.setCancelCheck([] { return true; });
    const Core::Result<QString> cancelled = Core::cachedSha256OfFile(path, cancelling);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code(), Core::Error::Code::Cancelled);

    int reads = 0;
    Core::JobContext counting([&reads](qint64, qint64) { ++reads; });
    const Core::Result<QString> sha256 = Core::cachedSha256OfFile(path, counting);
    QVERIFY(sha256);
    QCOMPARE(sha256.value(), expected(contents));
    QVERIFY(reads > 0);
}

QTEST_GUILESS_MAIN(tst_FileChecksum)
#include "tst_filechecksum.moc"
