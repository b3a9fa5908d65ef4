// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechecksum.h"

#include "tr.h"

#include <QCryptographicHash>
#include <QFile>

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

} // namespace Core
