// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechecksum.h"

#include "tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <deque>
#include <optional>

namespace Core {

Result<QString> sha256OfFile(const QString &path, const JobContext &job)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable, file.errorString(), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    const qint64 total = file.size();
    qint64 done = 0;
    while (true) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return Error(Error::Code::FileUnreadable, Tr::tr("read error"), path);
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        done += read;
        job.setProgress(done, total);
        if (job.isCancelled())
            return Error(Error::Code::Cancelled, Tr::tr("cancelled"), path);
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

// What identifies one state of a file's contents without reading them.
struct FileIdentity
{
    QString path;
    qint64 size = -1;
    QDateTime modified;
    QDateTime statusChanged;

    bool operator==(const FileIdentity &other) const
    {
        return path == other.path && size == other.size && modified == other.modified
               && statusChanged == other.statusChanged;
    }
};

std::optional<FileIdentity> identityOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    return FileIdentity{info.canonicalFilePath(),
                        info.size(),
                        info.fileTime(QFileDevice::FileModificationTime),
                        info.fileTime(QFileDevice::FileMetadataChangeTime)};
}

struct RememberedChecksum
{
    FileIdentity identity;
    QString sha256;
};

constexpr std::size_t kRememberedFiles = 8;

QMutex &checksumMemoryMutex()
{
    static QMutex mutex;
    return mutex;
}

std::deque<RememberedChecksum> &checksumMemory()
{
    static std::deque<RememberedChecksum> memory;
    return memory;
}

} // namespace

Result<QString> cachedSha256OfFile(const QString &path, const JobContext &job)
{
    const std::optional<FileIdentity> before = identityOf(path);
    if (before) {
        const QMutexLocker locker(&checksumMemoryMutex());
        for (const RememberedChecksum &remembered : checksumMemory()) {
            if (remembered.identity == *before)
                return remembered.sha256;
        }
    }
    Result<QString> sha256 = sha256OfFile(path, job);
    if (!sha256 || !before)
        return sha256;
    if (!(identityOf(path) == before))
        return sha256;
    const QMutexLocker locker(&checksumMemoryMutex());
    std::deque<RememberedChecksum> &memory = checksumMemory();
    memory.push_front(RememberedChecksum{*before, sha256.value()});
    if (memory.size() > kRememberedFiles)
        memory.pop_back();
    return sha256;
}

} // namespace Core
