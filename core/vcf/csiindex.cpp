// SPDX-License-Identifier: GPL-3.0-or-later
#include "csiindex_p.h"

#include "htslib_p.h"

#include <QFile>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <thread>
#endif

Q_LOGGING_CATEGORY(lcCsiIndex, "genomedesk.core.vcf.csiindex", QtWarningMsg)

namespace Core::CsiIndex {

namespace {

constexpr int kMinShift = 14;

/*! Builds the index with htslib reading the file itself: no progress. */
Outcome
buildDirectly(const QString &path, const QString &indexPath, bool isBcf, const JobContext &job)
{
    const QByteArray encodedPath = QFile::encodeName(path);
    const QByteArray encodedIndex = QFile::encodeName(indexPath);
    const int status = isBcf ? bcf_index_build3(
                               encodedPath.constData(), encodedIndex.constData(), kMinShift, 0)
                             : tbx_index_build3(encodedPath.constData(),
                                                encodedIndex.constData(),
                                                kMinShift,
                                                0,
                                                &tbx_conf_vcf);
    if (status != 0) {
        qCWarning(lcCsiIndex) << "building an index failed, status" << status;
        QFile::remove(indexPath);
        return Outcome::Failed;
    }
    if (job.isCancelled()) {
        QFile::remove(indexPath);
        return Outcome::Cancelled;
    }
    return Outcome::Built;
}

#ifdef Q_OS_UNIX

/*!
 * The index of the BCF read from \a file, as htslib's bcf_index() makes it: one bin list per
 * contig of the header, levels enough for its longest contig (plus 256), each record from POS
 * to POS + rlen at the virtual offset after it.
 */
hts_idx_t *indexBcf(htsFile *file)
{
    Hts::HeaderPtr header(bcf_hdr_read(file));
    if (!header)
        return nullptr;
    int64_t longest = 0;
    int contigs = 0;
    for (int i = 0; i < header->n[BCF_DT_CTG]; ++i) {
        if (!header->id[BCF_DT_CTG][i].val)
            continue;
        longest = std::max<int64_t>(longest, header->id[BCF_DT_CTG][i].val->info[0]);
        ++contigs;
    }
    if (longest == 0)
        longest = (int64_t(1) << 31) - 1; // contig lines without a length
    longest += 256;
    int levels = 0;
    for (int64_t span = int64_t(1) << kMinShift; longest > span; span <<= 3)
        ++levels;
    BGZF *bgzf = hts_get_bgzfp(file);
    Hts::IndexPtr index(hts_idx_init(contigs, HTS_FMT_CSI, bgzf_tell(bgzf), kMinShift, levels));
    Hts::RecordPtr record(bcf_init());
    if (!index || !record)
        return nullptr;
    int status = 0;
    while ((status = bcf_read(file, header.get(), record.get())) >= 0) {
        if (hts_idx_push(index.get(),
                         record->rid,
                         record->pos,
                         record->pos + record->rlen,
                         bgzf_tell(bgzf),
                         1)
            < 0)
            return nullptr;
    }
    if (status < -1 || hts_idx_finish(index.get(), bgzf_tell(bgzf)) != 0)
        return nullptr;
    return index.release();
}

/*! Indexes what arrives on \a socket (the file's bytes) and saves it; closes \a socket. */
bool indexFromSocket(int socket,
                     const QByteArray &encodedPath,
                     const QByteArray &encodedIndex,
                     bool isBcf)
{
    hFILE *stream = hdopen(socket, "r");
    if (!stream) {
        ::close(socket);
        return false;
    }
    Hts::IndexPtr index;
    if (isBcf) {
        Hts::FilePtr file(hts_hopen(stream, encodedPath.constData(), "rb"));
        if (!file) {
            hclose_abruptly(stream);
            return false;
        }
        index.reset(indexBcf(file.get()));
    } else {
        BGZF *compressed = bgzf_hopen(stream, "r");
        if (!compressed) {
            hclose_abruptly(stream);
            return false;
        }
        tbx_t *tabix = bgzf_compression(compressed) == bgzf
                               ? tbx_index(compressed, kMinShift, &tbx_conf_vcf)
                               : nullptr;
        bgzf_close(compressed);
        if (!tabix)
            return false;
        index.reset(tabix->idx);
        tabix->idx = nullptr;
        tbx_destroy(tabix);
    }
    return index
           && hts_idx_save_as(
                      index.get(), encodedPath.constData(), encodedIndex.constData(), HTS_FMT_CSI)
                      == 0;
}

/*! Writes all of \a data to \a socket; false when the reader has gone. */
bool sendAll(int socket, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t sent = ::send(socket, data, size_t(size), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += sent;
        size -= sent;
    }
    return true;
}

#endif

} // namespace

Outcome build(const QString &path, const QString &indexPath, bool isBcf, const JobContext &job)
{
#ifdef Q_OS_UNIX
    QFile input(path);
    int sockets[2];
    if (!input.open(QIODevice::ReadOnly) || ::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets) != 0)
        return buildDirectly(path, indexPath, isBcf, job);
    const QByteArray encodedPath = QFile::encodeName(path);
    const QByteArray encodedIndex = QFile::encodeName(indexPath);
    bool indexed = false;
    std::thread indexer([&indexed, socket = sockets[1], encodedPath, encodedIndex, isBcf] {
        indexed = indexFromSocket(socket, encodedPath, encodedIndex, isBcf);
    });
    const qint64 total = input.size();
    qint64 done = 0;
    bool cancelled = false;
    bool complete = true; // the whole file was handed over
    bool readFailed = false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (job.isCancelled()) {
            cancelled = true;
            break;
        }
        const qint64 read = input.read(buffer.data(), buffer.size());
        if (read < 0) {
            complete = false;
            readFailed = true;
            break;
        }
        if (read == 0)
            break;
        if (!sendAll(sockets[0], buffer.constData(), read)) {
            complete = false; // the indexer stopped reading: it failed
            break;
        }
        done += read;
        job.setProgress(done, total);
    }
    // End of the file for the indexer (or a truncated one, when cancelled or failed).
    ::shutdown(sockets[0], SHUT_RDWR);
    ::close(sockets[0]);
    indexer.join();
    if (cancelled || !complete || !indexed) {
        QFile::remove(indexPath);
        if (cancelled)
            return Outcome::Cancelled;
        qCWarning(lcCsiIndex) << "building an index failed"
                              << (readFailed ? "reading the file" : "in htslib");
        return Outcome::Failed;
    }
    return Outcome::Built;
#else
    return buildDirectly(path, indexPath, isBcf, job);
#endif
}

} // namespace Core::CsiIndex
