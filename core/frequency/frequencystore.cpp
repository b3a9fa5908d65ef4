// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencystore.h"

#include "../common/tr.h"
#include "frequencylogging_p.h"
#include "sqlite_p.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>

#include <sys/resource.h>
#include <sys/statvfs.h>

Q_LOGGING_CATEGORY(lcFrequency, "genomedesk.core.frequency", QtWarningMsg)

namespace Core {

namespace {

/*!
 * True when the disk holding \a path (or its journal) has no space left, or when the cache
 * or its journal has reached the process's file size limit: an I/O error while writing then
 * means "disk full".
 */
bool noSpaceLeft(const QString &path)
{
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    struct statvfs fileSystem;
    if (::statvfs(directory.constData(), &fileSystem) == 0
        && quint64(fileSystem.f_bavail) * quint64(fileSystem.f_frsize) < 1024 * 1024)
        return true;
    rlimit limit;
    if (::getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return false;
    for (const QString &file :
         {path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal")}) {
        const QFileInfo info(file);
        // Within one page (64 KiB at most) of the limit: the next write did not fit.
        if (info.exists() && quint64(info.size()) + 65536 >= quint64(limit.rlim_cur))
            return true;
    }
    return false;
}

// "GDFQ": marks a SQLite file as a GenomeDesk frequency cache (PRAGMA application_id).
constexpr int kApplicationId = 0x47444651;
const char kFormatName[] = "genomedesk-frequency-cache";

const char kSchema[] = R"sql(
CREATE TABLE metadata(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL,
    origin TEXT NOT NULL,
    assembly TEXT NOT NULL,
    licence TEXT NOT NULL,
    retrieved TEXT NOT NULL,
    imported TEXT NOT NULL,
    record_count INTEGER NOT NULL DEFAULT 0,
    site_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE populations(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    sample_count INTEGER NOT NULL,
    PRIMARY KEY(source_id, label));
CREATE TABLE fields(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    column_index INTEGER NOT NULL,
    metric TEXT NOT NULL,
    population TEXT NOT NULL,
    info_key TEXT NOT NULL,
    type TEXT NOT NULL,
    PRIMARY KEY(source_id, column_index));
CREATE TABLE coverage(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    contig TEXT NOT NULL,
    first_position INTEGER NOT NULL,
    last_position INTEGER NOT NULL,
    site_count INTEGER NOT NULL,
    PRIMARY KEY(source_id, contig));
CREATE TABLE chunks(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    contig TEXT NOT NULL,
    window_index INTEGER NOT NULL,
    site_count INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(source_id, contig, window_index));
)sql";

GenomeBuild parseBuild(const QString &name)
{
    if (name == QLatin1String("GRCh37"))
        return GenomeBuild::GRCh37;
    if (name == QLatin1String("GRCh38"))
        return GenomeBuild::GRCh38;
    return GenomeBuild::Unknown;
}

FrequencyFieldType parseType(const QString &name)
{
    if (name == QLatin1String("Float"))
        return FrequencyFieldType::Float;
    if (name == QLatin1String("String"))
        return FrequencyFieldType::String;
    return FrequencyFieldType::Integer;
}

quint32 bigEndian(const unsigned char *bytes, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

/*!
 * Checks the 100-byte SQLite header before SQLite opens the file, so that a cut-off copy is
 * reported as truncated rather than failing later, in the middle of an annotation.
 */
std::optional<Error> checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable, Tr::tr("cannot read the frequency cache"), path);
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("not a frequency cache (not an SQLite database, or truncated)"),
                     path);
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(header.constData());
    quint32 pageSize = bigEndian(bytes + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian(bytes + 24, 4);
    const quint32 pageCount = bigEndian(bytes + 28, 4);
    const quint32 validFor = bigEndian(bytes + 92, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the frequency cache is corrupt (bad page size)"),
                     path);
    }
    // A hot journal next to the file means an interrupted write that SQLite will roll back;
    // the size check would be wrong until then.
    if (QFileInfo::exists(path + QStringLiteral("-journal"))
        || QFileInfo::exists(path + QStringLiteral("-wal")))
        return std::nullopt;
    if (changeCounter == validFor && pageCount > 0 && qint64(pageCount) * pageSize > size) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the frequency cache is truncated: %1 of %2 bytes")
                             .arg(size)
                             .arg(qint64(pageCount) * pageSize),
                     path);
    }
    if (size % pageSize != 0) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the frequency cache is truncated (size %1 is not a multiple of the "
                            "page size %2)")
                             .arg(size)
                             .arg(pageSize),
                     path);
    }
    return std::nullopt;
}

void finalizeStatement(sqlite3_stmt *statement)
{
    sqlite3_finalize(statement);
}

bool isOnNetworkFileSystem(const QString &path)
{
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType();
    static const char *const kNetworkTypes[]
            = {"nfs", "cifs", "smb", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs", "lustre"};
    for (const char *network : kNetworkTypes) {
        if (type.startsWith(network))
            return true;
    }
    return false;
}

} // namespace

FrequencyStore::FrequencyStore(QString path)
    : m_path(std::move(path))
{}

FrequencyStore::~FrequencyStore()
{
    sqlite3_finalize(m_chunkStatement);
    sqlite3_close_v2(m_database);
}

Error FrequencyStore::sqlError(const QString &what) const
{
    const int code = m_database ? (sqlite3_extended_errcode(m_database) & 0xff) : SQLITE_ERROR;
    const QString detail = m_database ? Sqlite::lastError(m_database) : QString();
    const int systemError = m_database ? sqlite3_system_errno(m_database) : 0;
    qCWarning(lcFrequency) << what << detail << "errno" << systemError;
    // A full disk reaches SQLite as SQLITE_FULL (short write or ENOSPC) or as SQLITE_IOERR
    // with EFBIG when a file size limit (RLIMIT_FSIZE) is hit; SQLite does not always keep the
    // errno, so the file system and the limit are checked too. Say so plainly instead of
    // SQLite's "disk I/O error".
    if (code == SQLITE_FULL
        || (code == SQLITE_IOERR
            && (systemError == ENOSPC || systemError == EFBIG || noSpaceLeft(m_path)))) {
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("the disk is full: no space left (or the file size limit was "
                            "reached) while %1; the frequency cache was not changed")
                             .arg(what),
                     m_path);
    }
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the frequency cache is corrupt (%1: %2)").arg(what, detail),
                     m_path);
    }
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("the frequency cache is in use by another program (%1)").arg(what),
                     m_path);
    }
    if (code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_READONLY
        || code == SQLITE_CANTOPEN) {
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("cannot write the frequency cache (%1: %2)").arg(what, detail),
                     m_path);
    }
    return Error(Error::Code::Internal,
                 Tr::tr("frequency cache error (%1: %2)").arg(what, detail),
                 m_path);
}

Result<std::unique_ptr<FrequencyStore>> FrequencyStore::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::ReadOnly)
        return Error(Error::Code::FileNotFound, Tr::tr("frequency cache not found"), path);
    if (exists && !info.isFile())
        return Error(Error::Code::FileUnreadable, Tr::tr("not a file"), path);
    if (exists && info.size() > 0) {
        if (auto error = checkFileHeader(path))
            return *error;
    } else if (exists && mode == OpenMode::ReadOnly) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the frequency cache is empty (0 bytes)"),
                     path);
    }

    std::unique_ptr<FrequencyStore> store(new FrequencyStore(path));
    // Even a reader opens read-write when it can: after a killed import SQLite must roll the
    // hot journal back before anyone reads. query_only keeps a reader from writing.
    const bool writable = !exists || info.isWritable();
    int flags = SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::ReadWrite)
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    else
        flags |= writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    const QByteArray encoded = QFile::encodeName(path);
    if (sqlite3_open_v2(encoded.constData(), &store->m_database, flags, nullptr) != SQLITE_OK) {
        return Error(
                Error::Code::FileUnreadable,
                Tr::tr("cannot open the frequency cache: %1")
                        .arg(store->m_database ? Sqlite::lastError(store->m_database) : QString()),
                path);
    }
    sqlite3_extended_result_codes(store->m_database, 1);
    sqlite3_busy_timeout(store->m_database, 5000);
    if (auto result = store->initialise(mode); !result)
        return result.error();
    return store;
}

Result<void> FrequencyStore::initialise(OpenMode mode)
{
    char *message = nullptr;
    sqlite3_exec(m_database, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);

    // Reading application_id forces SQLite to read (and roll back) the file.
    int applicationId = 0;
    int tableCount = 0;
    {
        Sqlite::StatementPtr statement = Sqlite::prepare(m_database, "PRAGMA application_id");
        if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
            return sqlError(Tr::tr("reading the header"));
        applicationId = sqlite3_column_int(statement.get(), 0);
        statement = Sqlite::prepare(m_database, "SELECT count(*) FROM sqlite_master");
        if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
            return sqlError(Tr::tr("reading the schema"));
        tableCount = sqlite3_column_int(statement.get(), 0);
    }

    if (applicationId == 0 && tableCount == 0) {
        if (mode == OpenMode::ReadOnly) {
            return Error(Error::Code::UnsupportedFormat,
                         Tr::tr("the file is an empty SQLite database, not a frequency cache"),
                         m_path);
        }
        const QByteArray created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        // 1 KB pages: a chunk's blob (10-20 kB at genome density) spans a chain of overflow
        // pages whose last one is on average half empty; at 4 KB that slack was 0.7 bytes
        // per site of a 50M-site cache, at 1 KB it is 0.16. Reading is as fast (measured).
        // Set before the first write: it cannot change once the file has pages.
        const QByteArray script = QByteArrayLiteral("PRAGMA page_size = 1024;BEGIN IMMEDIATE;")
                                  + kSchema + QByteArrayLiteral("PRAGMA application_id = ")
                                  + QByteArray::number(kApplicationId)
                                  + QByteArrayLiteral(";PRAGMA user_version = ")
                                  + QByteArray::number(kFormatVersion)
                                  + QByteArrayLiteral(";INSERT INTO metadata VALUES('format', '")
                                  + kFormatName + QByteArrayLiteral("'),('format_version', '")
                                  + QByteArray::number(kFormatVersion)
                                  + QByteArrayLiteral("'),('build', 'unknown'),('created', '")
                                  + created + QByteArrayLiteral("'),('application', 'GenomeDesk ")
                                  + GENOMEDESK_VERSION + QByteArrayLiteral("');COMMIT;");
        if (sqlite3_exec(m_database, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            sqlite3_free(message);
            Error error = sqlError(Tr::tr("creating the cache"));
            sqlite3_exec(m_database, "ROLLBACK", nullptr, nullptr, nullptr);
            return error;
        }
    } else if (applicationId != kApplicationId) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the file is an SQLite database but not a GenomeDesk frequency cache"),
                     m_path);
    }
    if (mode == OpenMode::ReadOnly) {
        sqlite3_exec(m_database, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
        // Readers map the file: a chunk's blob is a chain of 1 KB overflow pages, each read
        // by its own pread() and copied through SQLite's page cache otherwise (~394k calls,
        // 2.5-3 s of CPU in a genome's annotate, about a sixth of it). Not on a network file
        // system, where a read error in a mapped file would end the program (SIGBUS) instead
        // of being reported. A file cut short between two reads is still reported (SQLite
        // maps it anew for each read transaction; fileCutShortWhileOpenGivesClearError); one
        // cut short by another program during a read would end the program here too.
        if (!isOnNetworkFileSystem(m_path))
            sqlite3_exec(m_database, "PRAGMA mmap_size = 68719476736", nullptr, nullptr, nullptr);
    }
    return loadMetadata();
}

Result<void> FrequencyStore::loadMetadata()
{
    Sqlite::StatementPtr statement = Sqlite::prepare(m_database, "SELECT key, value FROM metadata");
    if (!statement)
        return sqlError(Tr::tr("reading the metadata"));
    int status = 0;
    QString format;
    m_formatVersion = 0;
    while ((status = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const QString key = Sqlite::columnText(statement.get(), 0);
        const QString value = Sqlite::columnText(statement.get(), 1);
        if (key == QLatin1String("format"))
            format = value;
        else if (key == QLatin1String("format_version"))
            m_formatVersion = value.toInt();
        else if (key == QLatin1String("build"))
            m_build = parseBuild(value);
        else if (key == QLatin1String("created"))
            m_created = QDateTime::fromString(value, Qt::ISODate);
    }
    if (status != SQLITE_DONE)
        return sqlError(Tr::tr("reading the metadata"));
    if (format != QLatin1String(kFormatName) || m_formatVersion <= 0) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the frequency cache has no valid format record"),
                     m_path);
    }
    if (m_formatVersion > kFormatVersion) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the frequency cache has format version %1; this GenomeDesk reads "
                            "up to version %2")
                             .arg(m_formatVersion)
                             .arg(kFormatVersion),
                     m_path);
    }

    m_sources.clear();
    statement = Sqlite::prepare(m_database,
                                "SELECT id, name, version, origin, assembly, licence, retrieved, "
                                "imported, record_count, site_count FROM sources ORDER BY name");
    if (!statement)
        return sqlError(Tr::tr("reading the sources"));
    while ((status = sqlite3_step(statement.get())) == SQLITE_ROW) {
        FrequencySource source;
        sqlite3_stmt *s = statement.get();
        source.id = sqlite3_column_int64(s, 0);
        source.name = Sqlite::columnText(s, 1);
        source.version = Sqlite::columnText(s, 2);
        source.origin = Sqlite::columnText(s, 3);
        source.assembly = Sqlite::columnText(s, 4);
        source.licence = Sqlite::columnText(s, 5);
        source.retrieved = QDateTime::fromString(Sqlite::columnText(s, 6), Qt::ISODate);
        source.imported = QDateTime::fromString(Sqlite::columnText(s, 7), Qt::ISODate);
        source.recordCount = sqlite3_column_int64(s, 8);
        source.siteCount = sqlite3_column_int64(s, 9);
        m_sources.append(source);
    }
    if (status != SQLITE_DONE)
        return sqlError(Tr::tr("reading the sources"));

    Sqlite::StatementPtr populations = Sqlite::prepare(
            m_database,
            "SELECT label, description, sample_count FROM populations WHERE source_id = ? "
            "ORDER BY position");
    Sqlite::StatementPtr fields = Sqlite::prepare(m_database,
                                                  "SELECT metric, population, info_key, type FROM "
                                                  "fields WHERE source_id = ? ORDER BY "
                                                  "column_index");
    if (!populations || !fields)
        return sqlError(Tr::tr("reading the populations"));
    for (FrequencySource &source : m_sources) {
        sqlite3_reset(populations.get());
        sqlite3_bind_int64(populations.get(), 1, source.id);
        while ((status = sqlite3_step(populations.get())) == SQLITE_ROW) {
            FrequencyPopulation population;
            population.label = Sqlite::columnText(populations.get(), 0);
            population.description = Sqlite::columnText(populations.get(), 1);
            population.sampleCount = sqlite3_column_int64(populations.get(), 2);
            source.populations.append(population);
        }
        if (status != SQLITE_DONE)
            return sqlError(Tr::tr("reading the populations"));
        sqlite3_reset(fields.get());
        sqlite3_bind_int64(fields.get(), 1, source.id);
        while ((status = sqlite3_step(fields.get())) == SQLITE_ROW) {
            FrequencyField field;
            field.metric = Sqlite::columnText(fields.get(), 0);
            field.population = Sqlite::columnText(fields.get(), 1);
            field.infoKey = Sqlite::columnText(fields.get(), 2);
            field.type = parseType(Sqlite::columnText(fields.get(), 3));
            source.fields.append(field);
        }
        if (status != SQLITE_DONE)
            return sqlError(Tr::tr("reading the fields"));
    }
    return {};
}

qint64 FrequencyStore::fileSize() const
{
    return QFileInfo(m_path).size();
}

const FrequencySource *FrequencyStore::source(const QString &name) const
{
    for (const FrequencySource &source : m_sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

QList<FrequencyCoverage> FrequencyStore::coverage(const FrequencySource &source) const
{
    QList<FrequencyCoverage> list;
    Sqlite::StatementPtr statement = Sqlite::prepare(
            m_database,
            "SELECT contig, first_position, last_position, site_count FROM coverage WHERE "
            "source_id = ? ORDER BY contig");
    if (!statement)
        return list;
    sqlite3_bind_int64(statement.get(), 1, source.id);
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
        FrequencyCoverage coverage;
        coverage.contig = Sqlite::columnText(statement.get(), 0).toUtf8();
        coverage.firstPosition = sqlite3_column_int64(statement.get(), 1);
        coverage.lastPosition = sqlite3_column_int64(statement.get(), 2);
        coverage.siteCount = sqlite3_column_int64(statement.get(), 3);
        list.append(coverage);
    }
    return list;
}

std::pair<qint64, qint64> FrequencyStore::chunkStatistics(const FrequencySource &source) const
{
    Sqlite::StatementPtr statement = Sqlite::prepare(
            m_database, "SELECT count(*), total(length(data)) FROM chunks WHERE source_id = ?");
    if (!statement)
        return {0, 0};
    sqlite3_bind_int64(statement.get(), 1, source.id);
    if (sqlite3_step(statement.get()) != SQLITE_ROW)
        return {0, 0};
    return {sqlite3_column_int64(statement.get(), 0), sqlite3_column_int64(statement.get(), 1)};
}

Result<void> FrequencyStore::checkBuild(GenomeBuild caseBuild) const
{
    if (caseBuild == GenomeBuild::Unknown || m_build == GenomeBuild::Unknown
        || caseBuild == m_build)
        return {};
    return Error(Error::Code::InvalidArgument,
                 Tr::tr("the frequency cache is for %1 but the case is %2; use a cache built "
                        "from %2 sources")
                         .arg(genomeBuildName(m_build), genomeBuildName(caseBuild)),
                 m_path);
}

Result<std::optional<FrequencyChunk>>
FrequencyStore::chunk(const FrequencySource &source, const QByteArray &contig, qint64 window) const
{
    QList<FrequencyFieldType> types;
    types.reserve(source.fields.size());
    for (const FrequencyField &field : source.fields)
        types.append(field.type);
    FrequencyChunk chunk(types);
    auto found = readChunk(source, contig, window, chunk);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<FrequencyChunk>();
    return std::optional<FrequencyChunk>(std::move(chunk));
}

namespace {

Result<void> decodeBlob(const FrequencySource &source,
                        const QByteArray &contig,
                        qint64 window,
                        const char *data,
                        qsizetype size,
                        FrequencyChunk &chunk,
                        const QString &path)
{
    QList<FrequencyFieldType> types;
    types.reserve(source.fields.size());
    for (const FrequencyField &field : source.fields)
        types.append(field.type);
    const auto decoded = FrequencyChunk::decode(data, size, types, chunk);
    if (!decoded) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("%1 (source %2, contig %3, window %4)")
                             .arg(decoded.error().message(), source.name, QString::fromUtf8(contig))
                             .arg(window),
                     path);
    }
    return {};
}

} // namespace

Result<bool> FrequencyStore::readChunk(const FrequencySource &source,
                                       const QByteArray &contig,
                                       qint64 window,
                                       FrequencyChunk &chunk) const
{
    return readChunkData(source, contig, window, [&](const char *data, qsizetype size) {
        return decodeBlob(source, contig, window, data, size, chunk, m_path);
    });
}

Result<bool> FrequencyStore::readChunkBlob(const FrequencySource &source,
                                           const QByteArray &contig,
                                           qint64 window,
                                           QByteArray &blob) const
{
    return readChunkData(source, contig, window, [&](const char *data, qsizetype size) {
        blob.resize(size); // keeps the buffer of the last blob when large enough
        if (size > 0)
            std::memcpy(blob.data(), data, size_t(size));
        return Result<void>();
    });
}

Result<void> FrequencyStore::decodeChunk(const FrequencySource &source,
                                         const QByteArray &contig,
                                         qint64 window,
                                         const QByteArray &blob,
                                         FrequencyChunk &chunk) const
{
    return decodeBlob(source, contig, window, blob.constData(), blob.size(), chunk, m_path);
}

template<typename Use>
Result<bool> FrequencyStore::readChunkData(const FrequencySource &source,
                                           const QByteArray &contig,
                                           qint64 window,
                                           const Use &use) const
{
    if (!m_chunkStatement) {
        if (sqlite3_prepare_v3(m_database,
                               "SELECT data FROM chunks WHERE source_id = ? AND contig = ? AND "
                               "window_index = ?",
                               -1,
                               SQLITE_PREPARE_PERSISTENT,
                               &m_chunkStatement,
                               nullptr)
            != SQLITE_OK)
            return sqlError(Tr::tr("reading sites"));
    }
    sqlite3_stmt *statement = m_chunkStatement;
    sqlite3_bind_int64(statement, 1, source.id);
    sqlite3_bind_text(statement, 2, contig.constData(), int(contig.size()), SQLITE_STATIC);
    sqlite3_bind_int64(statement, 3, window);
    const int status = sqlite3_step(statement);
    if (status == SQLITE_DONE) {
        sqlite3_reset(statement);
        return false;
    }
    if (status != SQLITE_ROW) {
        Error error = sqlError(
                Tr::tr("reading sites of %1:%2").arg(QString::fromUtf8(contig)).arg(window));
        sqlite3_reset(statement);
        return error;
    }
    const Result<void> used = use(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
                                  qsizetype(sqlite3_column_bytes(statement, 0)));
    sqlite3_reset(statement);
    if (!used)
        return used.error();
    return true;
}

FrequencyStore::ReadScope::ReadScope(const FrequencyStore &store)
    : m_store(store)
{
    if (m_store.m_readScopes > 0) {
        ++m_store.m_readScopes;
        m_began = true;
    } else if (sqlite3_get_autocommit(m_store.m_database)
               && sqlite3_exec(m_store.m_database, "BEGIN", nullptr, nullptr, nullptr)
                          == SQLITE_OK) {
        m_store.m_readScopes = 1;
        m_began = true;
    }
}

FrequencyStore::ReadScope::~ReadScope()
{
    if (m_began && --m_store.m_readScopes == 0) {
        if (sqlite3_exec(m_store.m_database, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            sqlite3_exec(m_store.m_database, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

QList<qint64> FrequencyStore::windows(const FrequencySource &source, const QByteArray &contig) const
{
    QList<qint64> list;
    Sqlite::StatementPtr statement = Sqlite::prepare(
            m_database,
            "SELECT window_index FROM chunks WHERE source_id = ? AND contig = ? ORDER BY "
            "window_index");
    if (!statement)
        return list;
    sqlite3_bind_int64(statement.get(), 1, source.id);
    sqlite3_bind_text(statement.get(), 2, contig.constData(), int(contig.size()), SQLITE_STATIC);
    while (sqlite3_step(statement.get()) == SQLITE_ROW)
        list.append(sqlite3_column_int64(statement.get(), 0));
    return list;
}

Result<void> FrequencyStore::upgradeFormat()
{
    // Versions 1 and 2 differ only in their chunk encodings, which this version still
    // decodes: a write (in the caller's transaction) marks the file as the current version,
    // as its new chunks are, so that an older GenomeDesk refuses it by its version.
    if (m_formatVersion >= kFormatVersion)
        return {};
    const QByteArray script = QByteArrayLiteral("UPDATE metadata SET value = '")
                              + QByteArray::number(kFormatVersion)
                              + QByteArrayLiteral("' WHERE key = 'format_version';"
                                                  "PRAGMA user_version = ")
                              + QByteArray::number(kFormatVersion);
    if (sqlite3_exec(m_database, script.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(Tr::tr("upgrading the format"));
    return {};
}

Result<void> FrequencyStore::removeSource(const QString &name)
{
    const FrequencySource *existing = source(name);
    if (!existing) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the frequency cache has no source called %1").arg(name),
                     m_path);
    }
    if (sqlite3_exec(m_database, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(Tr::tr("removing a source"));
    Sqlite::StatementPtr statement
            = Sqlite::prepare(m_database, "DELETE FROM sources WHERE id = ?");
    bool ok = bool(statement) && upgradeFormat().has_value();
    if (ok) {
        sqlite3_bind_int64(statement.get(), 1, existing->id);
        ok = sqlite3_step(statement.get()) == SQLITE_DONE;
    }
    // With the last source gone the cache may take sources of any build again.
    if (ok && m_sources.size() == 1) {
        ok = sqlite3_exec(m_database,
                          "UPDATE metadata SET value = 'unknown' WHERE key = 'build'",
                          nullptr,
                          nullptr,
                          nullptr)
             == SQLITE_OK;
    }
    if (!ok || sqlite3_exec(m_database, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error error = sqlError(Tr::tr("removing a source"));
        sqlite3_exec(m_database, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    return loadMetadata();
}

Result<std::unique_ptr<FrequencyStore::SourceWriter>>
FrequencyStore::beginSource(const FrequencySource &source)
{
    const GenomeBuild sourceBuild = parseBuild(source.assembly);
    const FrequencySource *existing = this->source(source.name);
    // The build constraint ignores the source being replaced.
    const bool onlyReplacing = existing && m_sources.size() == 1;
    if (!onlyReplacing && m_build != GenomeBuild::Unknown && sourceBuild != m_build) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the frequency cache holds %1 data but the source %2 is %3")
                             .arg(genomeBuildName(m_build),
                                  source.name,
                                  sourceBuild == GenomeBuild::Unknown
                                          ? Tr::tr("of an unknown build")
                                          : genomeBuildName(sourceBuild)),
                     m_path);
    }
    if (source.name.isEmpty() || source.version.isEmpty())
        return Error(Error::Code::InvalidArgument, Tr::tr("a source needs a name and a version"));
    if (source.fields.isEmpty())
        return Error(Error::Code::InvalidArgument, Tr::tr("a source needs at least one field"));

    std::unique_ptr<SourceWriter> writer(new SourceWriter(this));
    sqlite3_exec(m_database, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    if (sqlite3_exec(m_database, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(Tr::tr("starting the import"));
    writer->m_open = true;

    auto run = [this](sqlite3_stmt *statement) {
        return sqlite3_step(statement) == SQLITE_DONE;
    };
    if (existing) {
        Sqlite::StatementPtr remove
                = Sqlite::prepare(m_database, "DELETE FROM sources WHERE id = ?");
        if (!remove)
            return sqlError(Tr::tr("replacing the source"));
        sqlite3_bind_int64(remove.get(), 1, existing->id);
        if (!run(remove.get()))
            return sqlError(Tr::tr("replacing the source"));
    }
    Sqlite::StatementPtr insert = Sqlite::prepare(
            m_database,
            "INSERT INTO sources(name, version, origin, assembly, licence, retrieved, imported) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return sqlError(Tr::tr("writing the source"));
    Sqlite::bindText(insert.get(), 1, source.name);
    Sqlite::bindText(insert.get(), 2, source.version);
    Sqlite::bindText(insert.get(), 3, source.origin);
    Sqlite::bindText(insert.get(), 4, genomeBuildName(sourceBuild));
    Sqlite::bindText(insert.get(), 5, source.licence);
    Sqlite::bindText(insert.get(), 6, source.retrieved.toUTC().toString(Qt::ISODate));
    Sqlite::bindText(insert.get(),
                     7,
                     (source.imported.isValid() ? source.imported : QDateTime::currentDateTimeUtc())
                             .toUTC()
                             .toString(Qt::ISODate));
    if (!run(insert.get()))
        return sqlError(Tr::tr("writing the source"));
    writer->m_sourceId = sqlite3_last_insert_rowid(m_database);

    Sqlite::StatementPtr population
            = Sqlite::prepare(m_database, "INSERT INTO populations VALUES(?, ?, ?, ?, ?)");
    if (!population)
        return sqlError(Tr::tr("writing the populations"));
    for (qsizetype i = 0; i < source.populations.size(); ++i) {
        const FrequencyPopulation &entry = source.populations.at(i);
        sqlite3_reset(population.get());
        sqlite3_bind_int64(population.get(), 1, writer->m_sourceId);
        sqlite3_bind_int64(population.get(), 2, i);
        Sqlite::bindText(population.get(), 3, entry.label);
        Sqlite::bindText(population.get(), 4, entry.description);
        sqlite3_bind_int64(population.get(), 5, entry.sampleCount);
        if (!run(population.get()))
            return sqlError(Tr::tr("writing the populations"));
    }
    Sqlite::StatementPtr field
            = Sqlite::prepare(m_database, "INSERT INTO fields VALUES(?, ?, ?, ?, ?, ?)");
    if (!field)
        return sqlError(Tr::tr("writing the fields"));
    for (qsizetype i = 0; i < source.fields.size(); ++i) {
        const FrequencyField &entry = source.fields.at(i);
        sqlite3_reset(field.get());
        sqlite3_bind_int64(field.get(), 1, writer->m_sourceId);
        sqlite3_bind_int64(field.get(), 2, i);
        Sqlite::bindText(field.get(), 3, entry.metric);
        Sqlite::bindText(field.get(), 4, entry.population);
        Sqlite::bindText(field.get(), 5, entry.infoKey);
        Sqlite::bindText(field.get(), 6, frequencyFieldTypeName(entry.type));
        if (!run(field.get()))
            return sqlError(Tr::tr("writing the fields"));
    }
    if (sourceBuild != GenomeBuild::Unknown) {
        Sqlite::StatementPtr build
                = Sqlite::prepare(m_database, "UPDATE metadata SET value = ? WHERE key = 'build'");
        if (!build)
            return sqlError(Tr::tr("writing the build"));
        Sqlite::bindText(build.get(), 1, genomeBuildName(sourceBuild));
        if (!run(build.get()))
            return sqlError(Tr::tr("writing the build"));
    }

    if (auto upgraded = upgradeFormat(); !upgraded)
        return upgraded.error();

    // AC, AN and nhomalt of the whole source ("all", or "joint" of gnomAD v4.1) are usually
    // the sums over its populations: chunks store only where they are not.
    for (qsizetype i = 0; i < source.fields.size(); ++i) {
        const FrequencyField &total = source.fields.at(i);
        const bool joint = total.population == QLatin1String("joint");
        if (total.type != FrequencyFieldType::Integer
            || (total.population != QLatin1String("all") && !joint))
            continue;
        FrequencyChunk::Sum sum;
        sum.column = int(i);
        for (qsizetype k = 0; k < source.fields.size(); ++k) {
            const FrequencyField &part = source.fields.at(k);
            const bool jointPart = part.population.startsWith(QLatin1String("joint_"));
            if (k != i && part.type == FrequencyFieldType::Integer && part.metric == total.metric
                && part.population != QLatin1String("all")
                && part.population != QLatin1String("joint") && jointPart == joint)
                sum.parts.push_back(int(k));
        }
        if (!sum.parts.empty())
            writer->m_sums.push_back(sum);
    }

    sqlite3_stmt *chunkInsert = nullptr;
    if (sqlite3_prepare_v2(
                m_database, "INSERT INTO chunks VALUES(?, ?, ?, ?, ?)", -1, &chunkInsert, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(chunkInsert);
        return sqlError(Tr::tr("writing sites"));
    }
    writer->m_insertChunk.reset(chunkInsert);
    return writer;
}

/*
 * Encodes chunks (DEFLATE is most of an import's work after the VCF parsing) and inserts them
 * on its own thread, in the order they were given, so the importer reads the next records
 * meanwhile. Only this thread uses the connection while chunks are pending: every other
 * statement of the writer waits for drain() first. The first error stops the inserts and is
 * returned to the next caller.
 */
class FrequencyStore::SourceWriter::Encoder
{
public:
    explicit Encoder(SourceWriter *writer)
        : m_writer(writer)
        , m_thread([this] { run(); })
    {}

    ~Encoder()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_work.notify_one();
        m_thread.join();
    }

    Result<void> enqueue(const QByteArray &contig, qint64 window, FrequencyChunk chunk)
    {
        // Chunks are handed over in batches: most windows hold a few dozen sites, and a
        // hand-over per chunk would cost more than it saves.
        m_batch.push_back({contig, window, std::move(chunk)});
        if (m_batch.size() < kBatchSize)
            return {};
        return handOver();
    }

    /*! Waits until every chunk given is inserted (or skipped after an error). */
    Result<void> drain()
    {
        if (!m_batch.empty()) {
            if (auto handed = handOver(); !handed)
                return handed;
        }
        std::unique_lock lock(m_mutex);
        m_waiting = true;
        m_done.wait(lock, [this] { return m_pending.empty() && !m_busy; });
        m_waiting = false;
        if (m_error)
            return *m_error;
        return {};
    }

private:
    struct Pending
    {
        QByteArray contig;
        qint64 window = 0;
        FrequencyChunk chunk;
    };
    using Batch = std::vector<Pending>;
    static constexpr size_t kBatchSize = 64;
    static constexpr size_t kQueueLength = 4; // batches

    Result<void> handOver()
    {
        std::unique_lock lock(m_mutex);
        if (m_pending.size() >= kQueueLength) {
            m_waiting = true;
            m_done.wait(lock, [this] { return m_error || m_pending.size() < kQueueLength; });
            m_waiting = false;
        }
        if (m_error) {
            m_batch.clear();
            return *m_error;
        }
        const bool wasEmpty = m_pending.empty();
        m_pending.push_back(std::move(m_batch));
        m_batch = Batch();
        m_batch.reserve(kBatchSize);
        lock.unlock();
        if (wasEmpty)
            m_work.notify_one();
        return {};
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_work.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
            if (m_stopping)
                return; // pending chunks are dropped: the writer rolls back
            Batch batch = std::move(m_pending.front());
            m_pending.pop_front();
            bool failed = m_error.has_value();
            m_busy = true;
            lock.unlock();
            std::optional<Error> error;
            std::vector<QByteArray> blobs(batch.size());
            if (!failed)
                encode(batch, blobs);
            for (size_t i = 0; i < batch.size(); ++i) {
                if (failed)
                    break;
                auto result = m_writer->insertBlob(
                        batch[i].contig, batch[i].window, batch[i].chunk.size(), blobs[i]);
                if (!result) {
                    error = result.error();
                    failed = true;
                }
            }
            batch.clear();
            lock.lock();
            m_busy = false;
            if (error && !m_error)
                m_error = std::move(error);
            if (m_waiting)
                m_done.notify_one();
        }
    }

    /*!
     * Encodes \a batch into \a blobs, the second half on a helper thread: encoding is most of
     * the thread's work, and on two cores the importer's parsing thread alone does not keep
     * both busy. encode() is const and the sums are fixed for the whole import.
     */
    void encode(const Batch &batch, std::vector<QByteArray> &blobs) const
    {
        const std::vector<FrequencyChunk::Sum> &sums = m_writer->m_sums;
        auto encodeRange = [&batch, &blobs, &sums](size_t from, size_t to) {
            for (size_t i = from; i < to; ++i)
                blobs[i] = batch[i].chunk.encode(sums);
        };
        const size_t half = batch.size() / 2;
        std::thread helper;
        if (half > 0) {
            try {
                helper = std::thread(encodeRange, half, batch.size());
            } catch (const std::system_error &) {
                // No thread: all on this one.
            }
        }
        encodeRange(0, helper.joinable() ? half : batch.size());
        if (helper.joinable())
            helper.join();
    }

    SourceWriter *m_writer;
    Batch m_batch; // the writer's side, not shared
    std::mutex m_mutex;
    std::condition_variable m_work; // the encoder waits for batches or the stop
    std::condition_variable m_done; // the writer waits for room in the queue or the drain
    std::deque<Batch> m_pending;
    std::optional<Error> m_error;
    bool m_busy = false;
    bool m_waiting = false;
    bool m_stopping = false;
    std::thread m_thread; // last: started when everything above exists
};

FrequencyStore::SourceWriter::SourceWriter(FrequencyStore *store)
    : m_store(store)
    , m_insertChunk(nullptr, finalizeStatement)
{}

FrequencyStore::SourceWriter::~SourceWriter()
{
    m_encoder.reset(); // no statement runs on the encoder's thread after this
    m_insertChunk.reset();
    if (m_open) {
        sqlite3_exec(m_store->m_database, "ROLLBACK", nullptr, nullptr, nullptr);
        qCDebug(lcFrequency) << "source import rolled back";
    }
}

Result<void> FrequencyStore::SourceWriter::writeChunk(const QByteArray &contig,
                                                      qint64 window,
                                                      FrequencyChunk chunk)
{
    Q_ASSERT(m_open && chunk.size() > 0);
    if (!m_encoder)
        m_encoder = std::make_unique<Encoder>(this);
    return m_encoder->enqueue(contig, window, std::move(chunk));
}

Result<void> FrequencyStore::SourceWriter::insertBlob(const QByteArray &contig,
                                                      qint64 window,
                                                      qint64 sites,
                                                      const QByteArray &blob)
{
    sqlite3_stmt *statement = m_insertChunk.get();
    sqlite3_reset(statement);
    sqlite3_bind_int64(statement, 1, m_sourceId);
    sqlite3_bind_text(statement, 2, contig.constData(), int(contig.size()), SQLITE_STATIC);
    sqlite3_bind_int64(statement, 3, window);
    sqlite3_bind_int64(statement, 4, sites);
    sqlite3_bind_blob(statement, 5, blob.constData(), int(blob.size()), SQLITE_STATIC);
    if (sqlite3_step(statement) != SQLITE_DONE) {
        Error error = m_store->sqlError(Tr::tr("writing sites"));
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    return {};
}

Result<void> FrequencyStore::SourceWriter::writeCoverage(const FrequencyCoverage &coverage)
{
    if (m_encoder) {
        if (auto drained = m_encoder->drain(); !drained)
            return drained;
    }
    Sqlite::StatementPtr statement
            = Sqlite::prepare(m_store->m_database, "INSERT INTO coverage VALUES(?, ?, ?, ?, ?)");
    if (!statement)
        return m_store->sqlError(Tr::tr("writing the coverage"));
    sqlite3_bind_int64(statement.get(), 1, m_sourceId);
    sqlite3_bind_text(statement.get(),
                      2,
                      coverage.contig.constData(),
                      int(coverage.contig.size()),
                      SQLITE_STATIC);
    sqlite3_bind_int64(statement.get(), 3, coverage.firstPosition);
    sqlite3_bind_int64(statement.get(), 4, coverage.lastPosition);
    sqlite3_bind_int64(statement.get(), 5, coverage.siteCount);
    if (sqlite3_step(statement.get()) != SQLITE_DONE)
        return m_store->sqlError(Tr::tr("writing the coverage"));
    return {};
}

Result<void> FrequencyStore::SourceWriter::commit(qint64 recordCount, qint64 siteCount)
{
    Q_ASSERT(m_open);
    if (m_encoder) {
        auto drained = m_encoder->drain();
        m_encoder.reset();
        if (!drained)
            return drained;
    }
    m_insertChunk.reset();
    Sqlite::StatementPtr statement
            = Sqlite::prepare(m_store->m_database,
                              "UPDATE sources SET record_count = ?, site_count = ? WHERE id = ?");
    if (!statement)
        return m_store->sqlError(Tr::tr("finishing the import"));
    sqlite3_bind_int64(statement.get(), 1, recordCount);
    sqlite3_bind_int64(statement.get(), 2, siteCount);
    sqlite3_bind_int64(statement.get(), 3, m_sourceId);
    if (sqlite3_step(statement.get()) != SQLITE_DONE)
        return m_store->sqlError(Tr::tr("finishing the import"));
    statement.reset();
    if (sqlite3_exec(m_store->m_database, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return m_store->sqlError(Tr::tr("committing the import"));
    m_open = false;
    return m_store->loadMetadata();
}

} // namespace Core
