// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptlookup.h"

#include "../common/tr.h"
#include "csiindex_p.h"
#include "htslib_p.h"
#include "normalizer.h"
#include "referencegenome.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <optional>

Q_LOGGING_CATEGORY(lcTranscripts, "genomedesk.core.vcf.transcripts", QtWarningMsg)

namespace Core {

namespace {

/*! Bases to the right of the position searched: left-alignment moves POS to the left. */
constexpr qint64 kWindow = 1000;
/*! Records read between two looks at the cancel flag. */
constexpr qint64 kCancelCheckEvery = 1024;

/*! Whether annotation entry \a allele describes \a alternate of \a reference (as pick()). */
bool describesAllele(const QString &allele,
                     const QByteArray &reference,
                     const QByteArray &alternate)
{
    if (allele == QLatin1String(alternate))
        return true;
    if (!reference.isEmpty() && !alternate.isEmpty() && reference.at(0) == alternate.at(0)
        && reference.size() != alternate.size()) {
        const QByteArray stripped = alternate.mid(1);
        return allele == (stripped.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(stripped));
    }
    return false;
}

/*! Looks for the query's allele in the records it is given; keeps what it found. */
class Matcher
{
public:
    Matcher(const TranscriptQuery &query,
            const bcf_hdr_t *header,
            const ConsequenceParser &parser,
            const ReferenceGenome *reference)
        : m_query(query)
        , m_header(header)
        , m_parser(parser)
        , m_reference(reference)
    {}

    /*! True when \a record holds the allele (then result() is set). */
    bool match(bcf1_t *record)
    {
        if (bcf_unpack(record, BCF_UN_STR | BCF_UN_INFO) < 0 || record->n_allele < 2)
            return false;
        const char *contig = bcf_hdr_id2name(m_header, record->rid);
        if (!contig || m_query.contig != contig)
            return false;
        const QByteArray reference(record->d.allele[0]);
        for (int a = 1; a < record->n_allele; ++a) {
            const QByteArray alternate(record->d.allele[a]);
            Normalizer::Allele allele{
                    m_query.contig, qint64(record->pos) + 1, reference, alternate};
            if (!Normalizer::isSymbolic(alternate)) {
                if (m_reference) {
                    Normalizer::Status status = Normalizer::Status::Ok;
                    Normalizer::normalize(allele, *m_reference, &status);
                } else if (m_query.trimAlleles) {
                    Normalizer::trim(allele);
                }
            }
            if (allele.position != m_query.position
                || allele.reference.compare(m_query.reference, Qt::CaseInsensitive) != 0
                || allele.alternate.compare(m_query.alternate, Qt::CaseInsensitive) != 0)
                continue;
            TranscriptList list;
            list.source = m_parser.source();
            list.key = QString::fromLatin1(m_parser.key());
            list.recordPosition = qint64(record->pos) + 1;
            const int length = bcf_get_info_string(m_header,
                                                   record,
                                                   m_parser.key().constData(),
                                                   &m_buffer.data,
                                                   &m_buffer.capacity);
            if (length > 0) {
                const QList<TranscriptConsequence> entries
                        = m_parser.parse(QByteArray(m_buffer.data, length));
                for (const TranscriptConsequence &entry : entries) {
                    if (describesAllele(entry.allele, reference, alternate))
                        list.transcripts.append(entry);
                }
                // Annotators describe the allele as written in the file, before trimming.
                list.picked = ConsequenceParser::pick(list.transcripts, reference, alternate);
            }
            m_result = std::move(list);
            return true;
        }
        return false;
    }

    std::optional<TranscriptList> &result() { return m_result; }

private:
    const TranscriptQuery &m_query;
    const bcf_hdr_t *m_header;
    const ConsequenceParser &m_parser;
    const ReferenceGenome *m_reference;
    Hts::Buffer<char> m_buffer;
    std::optional<TranscriptList> m_result;
};

Error cancelled(const QString &path)
{
    return Error(Error::Code::Cancelled, Tr::tr("Reading the transcripts was cancelled."), path);
}

QByteArray stampText(const FileStamp &stamp)
{
    return QByteArray::number(stamp.size) + ' ' + QByteArray::number(stamp.modifiedMilliseconds)
           + '\n';
}

/*!
 * The CSI index of \a path in the cache: reused when its stamp file names the file's current
 * size and time, else built (into a temporary file first, so that a reader never sees half an
 * index). Empty when it cannot be built (then the file is scanned).
 */
QString cachedIndex(const QString &path,
                    const QString &directory,
                    bool isBcf,
                    const FileStamp &stamp,
                    const JobContext &job,
                    bool *built)
{
    *built = false;
    const QString indexPath = TranscriptLookup::cachedIndexPath(path, directory);
    const QString stampPath = indexPath + QStringLiteral(".stamp");
    {
        QFile stampFile(stampPath);
        if (QFileInfo::exists(indexPath) && stampFile.open(QIODevice::ReadOnly)
            && stampFile.readAll() == stampText(stamp))
            return indexPath;
    }
    if (!QDir().mkpath(directory)) {
        qCWarning(lcTranscripts) << "cannot create the index cache directory";
        return QString();
    }
    const QString temporary
            = QStringLiteral("%1.%2.tmp")
                      .arg(indexPath,
                           QString::number(QRandomGenerator::global()->generate64(), 16));
    QElapsedTimer timer;
    timer.start();
    if (CsiIndex::build(path, temporary, isBcf, job) != CsiIndex::Outcome::Built)
        return QString(); // cancelled (the caller sees it) or failed (the file is scanned)
    if (FileStamp::of(path) != stamp) { // written to while it was indexed
        QFile::remove(temporary);
        return QString();
    }
    QFile::remove(indexPath);
    if (!QFile::rename(temporary, indexPath)) {
        QFile::remove(temporary);
        return QString();
    }
    QSaveFile stampFile(stampPath);
    if (!stampFile.open(QIODevice::WriteOnly) || stampFile.write(stampText(stamp)) < 0
        || !stampFile.commit()) {
        qCWarning(lcTranscripts) << "cannot write the index stamp";
    }
    qCDebug(lcTranscripts) << "index built in" << timer.elapsed() << "ms";
    *built = true;
    return indexPath;
}

/*! POS of a text VCF line (the second field), or -1. */
qint64 linePosition(const kstring_t &line, size_t contigLength)
{
    qint64 position = 0;
    size_t i = contigLength + 1;
    if (i >= line.l)
        return -1;
    for (; i < line.l && line.s[i] != '\t'; ++i) {
        if (line.s[i] < '0' || line.s[i] > '9')
            return -1;
        position = position * 10 + (line.s[i] - '0');
    }
    return position;
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    const QFileInfo info(path);
    FileStamp stamp;
    if (!info.exists() || !info.isFile())
        return stamp;
    stamp.size = info.size();
    stamp.modifiedMilliseconds
            = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    return stamp;
}

QString TranscriptLookup::cachedIndexPath(const QString &path, const QString &directory)
{
    // A hash of the path: the cache directory does not show patients' file names.
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(32);
    return QDir(directory).filePath(QString::fromLatin1(hash) + QStringLiteral(".csi"));
}

QString TranscriptLookup::pickRule()
{
    return Tr::tr("MANE Select first, then the canonical transcript, then the most severe "
                  "consequence, then protein-coding, then file order");
}

Result<TranscriptList> TranscriptLookup::find(const TranscriptQuery &query, const JobContext &job)
{
    const QString &path = query.path;
    const FileStamp stamp = FileStamp::of(path);
    if (!stamp.isValid()) {
        return Error(Error::Code::FileNotFound,
                     Tr::tr("The variant file is no longer there; its transcripts cannot be read."),
                     path);
    }
    if (query.loadedStamp.isValid() && stamp != query.loadedStamp) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("The variant file has changed since the case was loaded; open the "
                            "case again to see its transcripts."),
                     path);
    }
    if (job.isCancelled())
        return cancelled(path);

    const QByteArray encodedPath = QFile::encodeName(path);
    Hts::FilePtr file(hts_open(encodedPath.constData(), "r"));
    if (!file) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("The variant file cannot be opened to read its transcripts."),
                     path);
    }
    const htsFormat *format = hts_get_format(file.get());
    if (format->category != variant_data) {
        return Error(
                Error::Code::UnsupportedFormat, Tr::tr("The file is not a VCF or BCF file."), path);
    }
    const bool isBcf = format->format == bcf;
    const bool isBgzf = format->compression == bgzf;
    Hts::HeaderPtr header(bcf_hdr_read(file.get()));
    if (!header) {
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("The header of the variant file cannot be read."),
                     path);
    }
    std::optional<ConsequenceParser> parser;
    for (const char *key : {"CSQ", "ANN"}) {
        parser = ConsequenceParser::fromHeader(key, Hts::infoDescription(header.get(), key));
        if (parser)
            break;
    }
    if (!parser) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("The variant file has no VEP (CSQ) or SnpEff (ANN) annotation in its "
                            "header, so it lists no transcripts."),
                     path);
    }
    std::optional<ReferenceGenome> reference;
    if (!query.referenceFasta.isEmpty()) {
        auto opened = ReferenceGenome::open(query.referenceFasta);
        if (!opened)
            return opened.error();
        reference = std::move(opened).value();
    }
    Matcher matcher(query, header.get(), *parser, reference ? &*reference : nullptr);
    Hts::RecordPtr record(bcf_init());
    auto notFound = [&path] {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("The variant was not found in the variant file; its transcripts "
                            "cannot be shown."),
                     path);
    };

    // The file's own index, else one in the cache (bgzipped files only).
    TranscriptList::Access access = TranscriptList::Access::FileIndex;
    QString indexPath;
    Hts::IndexPtr bcfIndex;
    Hts::TabixPtr tabixIndex;
    if (isBgzf) {
        if (isBcf)
            bcfIndex.reset(bcf_index_load3(encodedPath.constData(), nullptr, HTS_IDX_SILENT_FAIL));
        else
            tabixIndex.reset(
                    tbx_index_load3(encodedPath.constData(), nullptr, HTS_IDX_SILENT_FAIL));
        if (!bcfIndex && !tabixIndex && !query.indexCacheDirectory.isEmpty()) {
            bool built = false;
            indexPath = cachedIndex(path, query.indexCacheDirectory, isBcf, stamp, job, &built);
            if (job.isCancelled())
                return cancelled(path);
            if (!indexPath.isEmpty()) {
                access = built ? TranscriptList::Access::BuiltIndex
                               : TranscriptList::Access::CachedIndex;
                const QByteArray encodedIndex = QFile::encodeName(indexPath);
                if (isBcf) {
                    bcfIndex.reset(bcf_index_load3(encodedPath.constData(),
                                                   encodedIndex.constData(),
                                                   HTS_IDX_SILENT_FAIL));
                } else {
                    tabixIndex.reset(tbx_index_load3(encodedPath.constData(),
                                                     encodedIndex.constData(),
                                                     HTS_IDX_SILENT_FAIL));
                }
            }
        }
    }

    // Records that overlap [position - 1, position + window]: trimming keeps a variant inside
    // its record's REF, left-alignment moves it to the left.
    const hts_pos_t begin = std::max<hts_pos_t>(0, hts_pos_t(query.position) - 2);
    const hts_pos_t end = hts_pos_t(query.position) + kWindow;
    qint64 records = 0;
    if (bcfIndex || tabixIndex) {
        Hts::IteratorPtr iterator;
        if (bcfIndex) {
            const int id = bcf_hdr_name2id(header.get(), query.contig.constData());
            if (id < 0)
                return notFound();
            iterator.reset(bcf_itr_queryi(bcfIndex.get(), id, begin, end));
        } else {
            const int id = tbx_name2id(tabixIndex.get(), query.contig.constData());
            if (id < 0)
                return notFound();
            iterator.reset(tbx_itr_queryi(tabixIndex.get(), id, begin, end));
        }
        if (!iterator)
            return notFound();
        Hts::KString line;
        for (;;) {
            int status = 0;
            if (bcfIndex) {
                status = bcf_itr_next(file.get(), iterator.get(), record.get());
            } else {
                status = tbx_itr_next(file.get(), tabixIndex.get(), iterator.get(), &line.value);
                if (status >= 0 && vcf_parse(&line.value, header.get(), record.get()) < 0)
                    continue; // the reader refuses a malformed record; it is not this variant
            }
            if (status < -1) {
                return Error(Error::Code::FileUnreadable,
                             Tr::tr("The variant file could not be read to the end of the region "
                                    "of the variant."),
                             path);
            }
            if (status < 0)
                break;
            if (++records % kCancelCheckEvery == 0 && job.isCancelled())
                return cancelled(path);
            if (matcher.match(record.get()))
                break;
        }
    } else {
        access = TranscriptList::Access::Scan;
        if (isBcf) {
            int status = 0;
            while ((status = bcf_read(file.get(), header.get(), record.get())) >= 0) {
                if (++records % kCancelCheckEvery == 0 && job.isCancelled())
                    return cancelled(path);
                if (matcher.match(record.get()))
                    break;
            }
            if (status < -1 && !matcher.result()) {
                return Error(Error::Code::FileUnreadable,
                             Tr::tr("The variant file could not be read to its end."),
                             path);
            }
        } else {
            // Text: only lines on the contig near the position are parsed.
            Hts::KString line;
            const size_t contigLength = size_t(query.contig.size());
            int status = 0;
            while ((status = hts_getline(file.get(), KS_SEP_LINE, &line.value)) >= 0) {
                if (++records % kCancelCheckEvery == 0) {
                    if (job.isCancelled())
                        return cancelled(path);
                    job.setProgress(records, 0);
                }
                if (line.value.l <= contigLength || line.value.s[contigLength] != '\t'
                    || std::memcmp(line.value.s, query.contig.constData(), contigLength) != 0)
                    continue;
                const qint64 position = linePosition(line.value, contigLength);
                if (position < 0 || position > query.position + kWindow)
                    continue;
                if (vcf_parse(&line.value, header.get(), record.get()) < 0)
                    continue;
                if (matcher.match(record.get()))
                    break;
            }
            if (status < -1 && !matcher.result()) {
                return Error(Error::Code::FileUnreadable,
                             Tr::tr("The variant file could not be read to its end."),
                             path);
            }
        }
    }
    qCDebug(lcTranscripts) << "records read:" << records << "access:" << int(access);
    if (!matcher.result())
        return notFound();
    TranscriptList list = std::move(*matcher.result());
    list.access = access;
    return list;
}

} // namespace Core
