// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgestore.h"

#include "../common/filechecksum.h"
#include "../common/tr.h"
#include "../vcf/htslib_p.h"
#include "clinvarvalues.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <functional>

#include <htslib/hts.h>

Q_LOGGING_CATEGORY(lcKnowledge, "genomedesk.core.knowledge", QtWarningMsg)

namespace Core {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

QString contigKey(const QString &contig)
{
    return normalizedContig(contig);
}

QString fileSha256(const QString &path)
{
    const Result<QString> hash = sha256OfFile(path);
    return hash ? hash.value() : QString();
}

QString normalizedBuild(const QString &build)
{
    const QString lower = build.trimmed().toLower();
    if (lower == QLatin1String("grch38") || lower == QLatin1String("hg38"))
        return QStringLiteral("GRCh38");
    if (lower == QLatin1String("grch37") || lower == QLatin1String("hg19")
        || lower == QLatin1String("b37"))
        return QStringLiteral("GRCh37");
    return {};
}

// Reads a text file, plain or (b)gzip-compressed, line by line through htslib.
Result<qint64>
forEachLine(const QString &path,
            const JobContext &job,
            const std::function<Result<void>(qint64 line, const QByteArray &text)> &use)
{
    if (!QFileInfo::exists(path))
        return Error(Error::Code::FileNotFound, Tr::tr("file not found"), path);
    Hts::FilePtr file(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!file)
        return Error(Error::Code::FileUnreadable, Tr::tr("cannot open the file"), path);
    Hts::KString line;
    qint64 number = 0;
    int status = 0;
    while ((status = hts_getline(file.get(), KS_SEP_LINE, &line.value)) >= 0) {
        ++number;
        if ((number & 0xfff) == 0 && job.isCancelled())
            return Error(Error::Code::Cancelled, Tr::tr("import cancelled"), path, 0, number);
        QByteArray text(line.value.s, qsizetype(line.value.l));
        if (text.endsWith('\r'))
            text.chop(1);
        const Result<void> used = use(number, text);
        if (!used)
            return used.error();
    }
    if (status < -1)
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the file is damaged or truncated"),
                     path,
                     0,
                     number + 1);
    return number;
}

Error sqlError(const QSqlError &error, const QString &path)
{
    return Error(Error::Code::FileUnwritable,
                 Tr::tr("knowledge base error: %1").arg(error.text()),
                 path);
}

QHash<QString, QString> gtfAttributes(const QByteArray &text, bool gff3, QStringList *tags)
{
    QHash<QString, QString> attributes;
    const QString value = QString::fromUtf8(text);
    if (gff3) {
        for (const QString &pair : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                continue;
            const QString key = pair.left(equals).trimmed();
            const QString content = QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8());
            attributes.insert(key, content);
            if (key == QLatin1String("tag") && tags)
                *tags << content.split(QLatin1Char(','));
        }
        return attributes;
    }
    for (const QString &pair : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = pair.trimmed();
        const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        const QString key = trimmed.left(space);
        QString content = trimmed.mid(space + 1).trimmed();
        if (content.startsWith(QLatin1Char('"')) && content.endsWith(QLatin1Char('"')))
            content = content.mid(1, content.size() - 2);
        if (key == QLatin1String("tag") && tags)
            *tags << content;
        else
            attributes.insert(key, content);
    }
    return attributes;
}

// "MANE.GRCh38.v1.0.genes.bed.gz" -> "1.0"; empty when the name carries no version.
QString versionInName(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("[._-]v([0-9]+(?:\\.[0-9]+)*)"));
    return pattern.match(QFileInfo(path).fileName()).captured(1);
}

} // namespace

QString KnowledgeSource::displayName() const
{
    if (version.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, build);
    if (build.isEmpty())
        return QStringLiteral("%1 %2").arg(name, version);
    return QStringLiteral("%1 %2 (%3)").arg(name, version, build);
}

KnowledgeStore::KnowledgeStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

KnowledgeStore::~KnowledgeStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<KnowledgeStore>> KnowledgeStore::open(const QString &path)
{
    const QString connection
            = QStringLiteral("genomedesk-kb-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<KnowledgeStore> store(new KnowledgeStore(path, connection));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (!database.open())
            return Error(
                    Error::Code::FileUnreadable,
                    Tr::tr("cannot open the knowledge base: %1").arg(database.lastError().text()),
                    path);
    }
    const Result<void> schema = store->createSchema();
    if (!schema)
        return schema.error();
    return store;
}

Result<void> KnowledgeStore::createSchema()
{
    QSqlDatabase database = QSqlDatabase::database(m_connection);
    QSqlQuery query(database);
    const char *statements[] = {
            "PRAGMA journal_mode=WAL",
            // WAL with NORMAL sync stays consistent after a crash; it may lose the last import.
            "PRAGMA synchronous=NORMAL",
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
            "CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
            "name TEXT, version TEXT, build TEXT, sha256 TEXT, imported_at TEXT, records INTEGER)",
            "CREATE TABLE IF NOT EXISTS genes (build TEXT, contig TEXT, start INTEGER, end "
            "INTEGER, strand TEXT, symbol TEXT, hgnc_id TEXT, gene_id TEXT, transcript TEXT, "
            "mane INTEGER)",
            "CREATE INDEX IF NOT EXISTS genes_position ON genes (build, contig, start)",
            "CREATE INDEX IF NOT EXISTS genes_symbol ON genes (symbol)",
            "CREATE TABLE IF NOT EXISTS transcripts (build TEXT, transcript TEXT, gene_id TEXT, "
            "symbol TEXT, contig TEXT, start INTEGER, end INTEGER, strand TEXT, rank INTEGER)",
            "CREATE INDEX IF NOT EXISTS transcripts_symbol ON transcripts (build, symbol)",
            "CREATE TABLE IF NOT EXISTS features (build TEXT, transcript TEXT, kind TEXT, contig "
            "TEXT, start INTEGER, end INTEGER)",
            "CREATE INDEX IF NOT EXISTS features_transcript ON features (build, transcript)",
            "CREATE TABLE IF NOT EXISTS clinvar (build TEXT, contig TEXT, position INTEGER, "
            "reference TEXT, alternate TEXT, variation_id TEXT, clnsig TEXT, significance TEXT, "
            "review_status TEXT, stars INTEGER, genes TEXT, hgvs TEXT, consequence TEXT, "
            "PRIMARY KEY (build, contig, position, reference, alternate))",
            "CREATE TABLE IF NOT EXISTS panel_genes (panel_id TEXT, panel_name TEXT, "
            "panel_version TEXT, symbol TEXT, hgnc_id TEXT, confidence TEXT)",
            "CREATE INDEX IF NOT EXISTS panel_genes_panel ON panel_genes (panel_id, panel_version)",
    };
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement)))
            return sqlError(query.lastError(), m_path);
    }
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)"));
    query.addBindValue(kSchemaVersion);
    if (!query.exec())
        return sqlError(query.lastError(), m_path);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")) || !query.next())
        return sqlError(query.lastError(), m_path);
    if (query.value(0).toInt() != kSchemaVersion)
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("knowledge base schema %1 is not supported (expected %2)")
                             .arg(query.value(0).toString())
                             .arg(kSchemaVersion),
                     m_path);
    return {};
}

Result<void> KnowledgeStore::recordSource(const KnowledgeSource &source)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (source.kind != QLatin1String("panel")) {
        query.prepare(QStringLiteral("DELETE FROM sources WHERE kind = ? AND build = ?"));
        query.addBindValue(source.kind);
        query.addBindValue(source.build);
        if (!query.exec())
            return sqlError(query.lastError(), m_path);
    }
    query.prepare(QStringLiteral("INSERT INTO sources (kind, name, version, build, sha256, "
                                 "imported_at, records) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(source.kind);
    query.addBindValue(source.name);
    query.addBindValue(source.version);
    query.addBindValue(source.build);
    query.addBindValue(source.sha256);
    query.addBindValue(source.importedAt.toString(Qt::ISODate));
    query.addBindValue(source.records);
    if (!query.exec())
        return sqlError(query.lastError(), m_path);
    return {};
}

Result<KnowledgeImportSummary>
KnowledgeStore::importGeneBed(const QString &path, const QString &buildName, const JobContext &job)
{
    const QString build = normalizedBuild(buildName);
    if (build.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("give the genome build (GRCh37 or GRCh38) of the gene file"),
                     path);
    QSqlDatabase database = QSqlDatabase::database(m_connection);
    database.transaction();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM genes WHERE build = ?"));
    query.addBindValue(build);
    query.exec();
    for (const char *table : {"transcripts", "features"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE build = ?").arg(QLatin1String(table)));
        query.addBindValue(build);
        query.exec();
    }
    query.prepare(QStringLiteral("INSERT INTO genes (build, contig, start, end, strand, symbol, "
                                 "hgnc_id, gene_id, transcript, mane) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)"));
    KnowledgeImportSummary summary;
    QStringList columns;
    const Result<qint64> read
            = forEachLine(path, job, [&](qint64 line, const QByteArray &text) -> Result<void> {
                  if (text.isEmpty() || text.startsWith("track") || text.startsWith("browser"))
                      return {};
                  if (text.startsWith('#')) {
                      columns = QString::fromUtf8(text.mid(1)).split(QLatin1Char('\t'));
                      return {};
                  }
                  ++summary.recordsRead;
                  const QList<QByteArray> fields = text.split('\t');
                  bool startOk = false;
                  bool endOk = false;
                  const qint64 start = fields.value(1).toLongLong(&startOk);
                  const qint64 end = fields.value(2).toLongLong(&endOk);
                  if (fields.size() < 4 || !startOk || !endOk || end <= start || start < 0)
                      return Error(Error::Code::MalformedRecord,
                                   Tr::tr("expected a BED line: contig, start, end, gene symbol"),
                                   path,
                                   summary.recordsRead,
                                   line);
                  const auto column = [&](const char *name, int fallback) {
                      const qsizetype index = columns.indexOf(QLatin1String(name));
                      const qsizetype use = index >= 0 ? index : fallback;
                      return use >= 0 ? QString::fromUtf8(fields.value(use)) : QString();
                  };
                  QString symbol = column("symbol", -1);
                  if (symbol.isEmpty())
                      symbol = column("symbol_mane", -1);
                  if (symbol.isEmpty())
                      symbol = column("hgnc_symbol", 3);
                  QString hgnc = column("hgnc_id", -1);
                  if (!hgnc.isEmpty() && !hgnc.startsWith(QLatin1String("HGNC:")))
                      hgnc.prepend(QLatin1String("HGNC:"));
                  QString strand = column("strand", 5);
                  if (strand.isEmpty())
                      strand = column("strand_grch38", -1);
                  QString transcript = column("refseq_nuc", -1);
                  if (transcript.isEmpty())
                      transcript = column("refseq_nuc_mane", -1);
                  const QString status = column("mane_status", -1);
                  query.addBindValue(build);
                  query.addBindValue(contigKey(QString::fromUtf8(fields.at(0))));
                  query.addBindValue(start + 1); // BED is 0-based, half-open
                  query.addBindValue(end);
                  query.addBindValue(strand == QLatin1String("-") ? strand : QStringLiteral("+"));
                  query.addBindValue(symbol);
                  query.addBindValue(hgnc);
                  query.addBindValue(column("ensembl_gene", -1));
                  query.addBindValue(transcript);
                  query.addBindValue(status == QLatin1String("MANE_Select") ? 1 : 0);
                  if (!query.exec())
                      return sqlError(query.lastError(), m_path);
                  ++summary.recordsStored;
                  return {};
              });
    if (!read) {
        database.rollback();
        return read.error();
    }
    summary.source = {QStringLiteral("genes"),
                      QFileInfo(path).fileName(),
                      versionInName(path),
                      build,
                      fileSha256(path),
                      QDateTime::currentDateTimeUtc(),
                      summary.recordsStored};
    const Result<void> recorded = recordSource(summary.source);
    if (!recorded || !database.commit()) {
        database.rollback();
        return recorded ? sqlError(database.lastError(), m_path) : recorded.error();
    }
    return summary;
}

Result<KnowledgeImportSummary> KnowledgeStore::importGeneModel(const QString &path,
                                                               const QString &buildName,
                                                               const JobContext &job)
{
    const QString build = normalizedBuild(buildName);
    if (build.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("give the genome build (GRCh37 or GRCh38) of the gene model"),
                     path);
    const QString lowerName = path.toLower();
    const bool gff3 = lowerName.contains(QLatin1String(".gff"));
    QSqlDatabase database = QSqlDatabase::database(m_connection);
    database.transaction();
    QSqlQuery query(database);
    for (const char *table : {"genes", "transcripts", "features"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE build = ?").arg(QLatin1String(table)));
        query.addBindValue(build);
        query.exec();
    }
    QSqlQuery geneInsert(database);
    geneInsert.prepare(QStringLiteral("INSERT INTO genes (build, contig, start, end, strand, "
                                      "symbol, hgnc_id, gene_id, transcript, mane) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery transcriptInsert(database);
    transcriptInsert.prepare(QStringLiteral("INSERT INTO transcripts (build, transcript, gene_id, "
                                            "symbol, contig, start, end, strand, rank) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery featureInsert(database);
    featureInsert.prepare(QStringLiteral("INSERT INTO features (build, transcript, kind, contig, "
                                         "start, end) VALUES (?, ?, ?, ?, ?, ?)"));
    QHash<QString, QString> geneSymbols; // gene id -> symbol (GFF3 parents)
    KnowledgeImportSummary summary;
    const Result<qint64> read = forEachLine(
            path, job, [&](qint64 line, const QByteArray &text) -> Result<void> {
                if (text.isEmpty() || text.startsWith('#'))
                    return {};
                ++summary.recordsRead;
                const QList<QByteArray> fields = text.split('\t');
                bool startOk = false;
                bool endOk = false;
                const qint64 start = fields.value(3).toLongLong(&startOk);
                const qint64 end = fields.value(4).toLongLong(&endOk);
                if (fields.size() != 9 || !startOk || !endOk || end < start)
                    return Error(
                            Error::Code::MalformedRecord,
                            Tr::tr("expected 9 tab-separated GTF/GFF3 columns with start <= end"),
                            path,
                            summary.recordsRead,
                            line);
                const QString feature = QString::fromUtf8(fields.at(2));
                const QString contig = contigKey(QString::fromUtf8(fields.at(0)));
                const QString strand = QString::fromUtf8(fields.at(6));
                QStringList tags;
                const QHash<QString, QString> attributes = gtfAttributes(fields.at(8), gff3, &tags);
                QString geneId = attributes.value(QStringLiteral("gene_id"));
                QString transcriptId = attributes.value(QStringLiteral("transcript_id"));
                QString symbol = attributes.value(QStringLiteral("gene_name"));
                if (gff3) {
                    const QString id = attributes.value(QStringLiteral("ID"));
                    const QString parent = attributes.value(QStringLiteral("Parent"));
                    if (feature.endsWith(QLatin1String("gene"))) {
                        geneId = id;
                        if (symbol.isEmpty())
                            symbol = attributes.value(QStringLiteral("Name"));
                        geneSymbols.insert(id, symbol);
                    } else if (feature == QLatin1String("exon")
                               || feature == QLatin1String("CDS")) {
                        transcriptId = parent.section(QLatin1Char(','), 0, 0);
                    } else if (geneSymbols.contains(parent)) {
                        transcriptId = id;
                        geneId = parent;
                        symbol = geneSymbols.value(parent);
                    }
                }
                const auto bindAll = [](QSqlQuery &insert, const QVariantList &values) {
                    for (const QVariant &value : values)
                        insert.addBindValue(value);
                    return insert.exec();
                };
                bool ok = true;
                if (feature == QLatin1String("gene")
                    || (gff3 && feature.endsWith(QLatin1String("gene")))) {
                    QString hgnc = attributes.value(QStringLiteral("hgnc_id"));
                    ok = bindAll(geneInsert,
                                 {build,
                                  contig,
                                  start,
                                  end,
                                  strand,
                                  symbol,
                                  hgnc,
                                  geneId,
                                  QString(),
                                  0});
                } else if (!transcriptId.isEmpty() && !geneId.isEmpty()
                           && (feature == QLatin1String("transcript")
                               || feature == QLatin1String("mRNA") || gff3)) {
                    const int rank = tags.contains(QLatin1String("MANE_Select"))         ? 0
                                     : tags.contains(QLatin1String("Ensembl_canonical")) ? 1
                                     : tags.contains(QLatin1String("basic"))             ? 2
                                                                                         : 3;
                    ok = bindAll(transcriptInsert,
                                 {build,
                                  transcriptId,
                                  geneId,
                                  symbol,
                                  contig,
                                  start,
                                  end,
                                  strand,
                                  rank});
                } else if ((feature == QLatin1String("exon") || feature == QLatin1String("CDS"))
                           && !transcriptId.isEmpty()) {
                    ok = bindAll(featureInsert, {build, transcriptId, feature, contig, start, end});
                } else {
                    ++summary.recordsSkipped;
                    return {};
                }
                if (!ok)
                    return sqlError(database.lastError(), m_path);
                ++summary.recordsStored;
                return {};
            });
    if (!read) {
        database.rollback();
        return read.error();
    }
    summary.source = {QStringLiteral("genes"),
                      QFileInfo(path).fileName(),
                      versionInName(path),
                      build,
                      fileSha256(path),
                      QDateTime::currentDateTimeUtc(),
                      summary.recordsStored};
    const Result<void> recorded = recordSource(summary.source);
    if (!recorded || !database.commit()) {
        database.rollback();
        return recorded ? sqlError(database.lastError(), m_path) : recorded.error();
    }
    return summary;
}

Result<KnowledgeImportSummary>
KnowledgeStore::importClinVar(const QString &path, const QString &buildName, const JobContext &job)
{
    QString build = normalizedBuild(buildName);
    QString fileDate;
    QSqlDatabase database = QSqlDatabase::database(m_connection);
    QSqlQuery insert(database);
    bool started = false;
    KnowledgeImportSummary summary;
    const Result<qint64> read
            = forEachLine(path, job, [&](qint64 line, const QByteArray &text) -> Result<void> {
                  if (text.startsWith("##")) {
                      if (text.startsWith("##fileDate="))
                          fileDate = QString::fromUtf8(text.mid(11)).trimmed();
                      else if (text.startsWith("##reference=") && buildName.isEmpty())
                          build = normalizedBuild(QString::fromUtf8(text.mid(12)));
                      return {};
                  }
                  if (text.startsWith('#')) {
                      if (!text.startsWith("#CHROM"))
                          return Error(Error::Code::MalformedHeader,
                                       Tr::tr("expected the #CHROM header line"),
                                       path,
                                       0,
                                       line);
                      if (build.isEmpty())
                          return Error(Error::Code::MalformedHeader,
                                       Tr::tr("the ClinVar file does not say its genome build "
                                              "(##reference); give it with --build"),
                                       path,
                                       0,
                                       line);
                      if (fileDate.isEmpty())
                          fileDate = QFileInfo(path).fileName();
                      database.transaction();
                      started = true;
                      QSqlQuery remove(database);
                      remove.prepare(QStringLiteral("DELETE FROM clinvar WHERE build = ?"));
                      remove.addBindValue(build);
                      if (!remove.exec())
                          return sqlError(remove.lastError(), m_path);
                      insert.prepare(QStringLiteral(
                              "INSERT OR REPLACE INTO clinvar (build, contig, "
                              "position, reference, alternate, variation_id, clnsig, "
                              "significance, review_status, stars, genes, hgvs, "
                              "consequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?)"));
                      return {};
                  }
                  if (!started)
                      return Error(Error::Code::MalformedHeader,
                                   Tr::tr("data before the #CHROM header line"),
                                   path,
                                   0,
                                   line);
                  if (text.isEmpty())
                      return {};
                  ++summary.recordsRead;
                  const QList<QByteArray> fields = text.split('\t');
                  bool positionOk = false;
                  const qint64 position = fields.value(1).toLongLong(&positionOk);
                  if (fields.size() < 8 || !positionOk || position <= 0)
                      return Error(Error::Code::MalformedRecord,
                                   Tr::tr("expected at least 8 VCF columns with a numeric POS"),
                                   path,
                                   summary.recordsRead,
                                   line);
                  QHash<QByteArray, QByteArray> info;
                  for (const QByteArray &entry : fields.at(7).split(';')) {
                      const qsizetype equals = entry.indexOf('=');
                      if (equals > 0)
                          info.insert(entry.left(equals), entry.mid(equals + 1));
                  }
                  const QString alternate = QString::fromUtf8(fields.at(4));
                  if (alternate == QLatin1String(".") || alternate.contains(QLatin1Char(','))
                      || !info.contains("CLNSIG")) {
                      // ClinVar writes one ALT per record; records without a germline
                      // classification (somatic-only entries, no ALT) have nothing for the policy.
                      ++summary.recordsSkipped;
                      return {};
                  }
                  const QString clnsig = QString::fromUtf8(info.value("CLNSIG"));
                  const QString reviewStatus = QString::fromUtf8(info.value("CLNREVSTAT"));
                  QStringList genes;
                  for (const QByteArray &gene : info.value("GENEINFO").split('|')) {
                      if (!gene.isEmpty())
                          genes << QString::fromUtf8(gene.left(gene.indexOf(':')));
                  }
                  const QVariantList values = {
                          build,
                          contigKey(QString::fromUtf8(fields.at(0))),
                          position,
                          QString::fromUtf8(fields.at(3)),
                          alternate,
                          QString::fromUtf8(fields.at(2)),
                          clnsig,
                          significanceKey(ClinVarValues::significance(clnsig)),
                          reviewStatus,
                          qMax(0, ClinVarValues::stars(reviewStatus)),
                          genes.join(QLatin1Char(',')),
                          QString::fromUtf8(info.value("CLNHGVS")),
                          ClinVarValues::mostSevereConsequence(QString::fromUtf8(info.value("MC"))),
                  };
                  for (const QVariant &value : values)
                      insert.addBindValue(value);
                  if (!insert.exec())
                      return sqlError(insert.lastError(), m_path);
                  ++summary.recordsStored;
                  return {};
              });
    if (!read) {
        if (started)
            database.rollback();
        return read.error();
    }
    if (!started)
        return Error(Error::Code::MalformedHeader, Tr::tr("no #CHROM header line"), path);
    summary.source = {QStringLiteral("clinvar"),
                      QStringLiteral("ClinVar"),
                      fileDate,
                      build,
                      fileSha256(path),
                      QDateTime::currentDateTimeUtc(),
                      summary.recordsStored};
    const Result<void> recorded = recordSource(summary.source);
    if (!recorded || !database.commit()) {
        database.rollback();
        return recorded ? sqlError(database.lastError(), m_path) : recorded.error();
    }
    return summary;
}

Result<KnowledgeImportSummary> KnowledgeStore::importPanel(const QString &path,
                                                           const JobContext &job)
{
    QSqlDatabase database = QSqlDatabase::database(m_connection);
    database.transaction();
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO panel_genes (panel_id, panel_name, panel_version, "
                                  "symbol, hgnc_id, confidence) VALUES (?, ?, ?, ?, ?, ?)"));
    KnowledgeImportSummary summary;
    QStringList header;
    bool bed = false;
    PanelGene bedPanel;
    QStringList versions;
    QSet<QString> replaced;
    const auto replace = [&](const QString &panelId, const QString &version) -> bool {
        const QString key = panelId + QLatin1Char('\t') + version;
        if (replaced.contains(key))
            return true;
        replaced.insert(key);
        QSqlQuery remove(database);
        remove.prepare(QStringLiteral("DELETE FROM panel_genes WHERE panel_id = ? AND "
                                      "panel_version = ?"));
        remove.addBindValue(panelId);
        remove.addBindValue(version);
        return remove.exec();
    };
    const Result<qint64> read
            = forEachLine(path, job, [&](qint64 line, const QByteArray &text) -> Result<void> {
                  if (text.isEmpty())
                      return {};
                  if (text.startsWith("##gene_panel=")) {
                      bed = true;
                      const QStringList parts
                              = QString::fromUtf8(text.mid(13)).split(QLatin1Char(','));
                      bedPanel.panelId = parts.value(0);
                      for (const QString &part : parts) {
                          if (part.startsWith(QLatin1String("version=")))
                              bedPanel.panelVersion = part.mid(8);
                          else if (part.startsWith(QLatin1String("display_name=")))
                              bedPanel.panelName = part.mid(13);
                      }
                      return {};
                  }
                  if (text.startsWith("##"))
                      return {};
                  if (header.isEmpty()) {
                      header = QString::fromUtf8(text.startsWith('#') ? text.mid(1) : text)
                                       .split(QLatin1Char('\t'));
                      if (!bed && !header.contains(QLatin1String("gene_symbol")))
                          return Error(
                                  Error::Code::UnsupportedFormat,
                                  Tr::tr("not a PanelApp TSV (no gene_symbol column) or panel BED "
                                         "(no ##gene_panel header)"),
                                  path,
                                  0,
                                  line);
                      return {};
                  }
                  ++summary.recordsRead;
                  const QStringList fields = QString::fromUtf8(text).split(QLatin1Char('\t'));
                  if (fields.size() != header.size())
                      return Error(Error::Code::MalformedRecord,
                                   Tr::tr("expected %1 columns, found %2")
                                           .arg(header.size())
                                           .arg(fields.size()),
                                   path,
                                   summary.recordsRead,
                                   line);
                  const auto field = [&](const char *name) {
                      return fields.value(header.indexOf(QLatin1String(name)));
                  };
                  PanelGene gene = bedPanel;
                  if (bed) {
                      gene.symbol = field("hgnc_symbol");
                      gene.hgncId = field("hgnc_id");
                      if (!gene.hgncId.isEmpty() && !gene.hgncId.startsWith(QLatin1String("HGNC:")))
                          gene.hgncId.prepend(QLatin1String("HGNC:"));
                  } else {
                      if (field("entity_type") != QLatin1String("gene")) {
                          ++summary.recordsSkipped;
                          return {};
                      }
                      gene.panelId = field("panel_id");
                      gene.panelName = field("panel_name");
                      gene.panelVersion = field("panel_version");
                      gene.symbol = field("gene_symbol");
                      gene.hgncId = field("hgnc_id");
                      gene.confidence = field("confidence_level");
                  }
                  if (gene.symbol.isEmpty() || gene.panelId.isEmpty())
                      return Error(Error::Code::MalformedRecord,
                                   Tr::tr("a panel gene needs a panel and a symbol"),
                                   path,
                                   summary.recordsRead,
                                   line);
                  if (!replace(gene.panelId, gene.panelVersion))
                      return sqlError(database.lastError(), m_path);
                  const QString version
                          = QStringLiteral("%1 v%2").arg(gene.panelName, gene.panelVersion);
                  if (!versions.contains(version))
                      versions << version;
                  for (const QString &value : {gene.panelId,
                                               gene.panelName,
                                               gene.panelVersion,
                                               gene.symbol,
                                               gene.hgncId,
                                               gene.confidence})
                      insert.addBindValue(value);
                  if (!insert.exec())
                      return sqlError(insert.lastError(), m_path);
                  ++summary.recordsStored;
                  return {};
              });
    if (!read) {
        database.rollback();
        return read.error();
    }
    summary.source = {QStringLiteral("panel"),
                      QFileInfo(path).fileName(),
                      versions.join(QStringLiteral("; ")),
                      QString(),
                      fileSha256(path),
                      QDateTime::currentDateTimeUtc(),
                      summary.recordsStored};
    const Result<void> recorded = recordSource(summary.source);
    if (!recorded || !database.commit()) {
        database.rollback();
        return recorded ? sqlError(database.lastError(), m_path) : recorded.error();
    }
    return summary;
}

QList<KnowledgeSource> KnowledgeStore::sources() const
{
    QList<KnowledgeSource> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("SELECT kind, name, version, build, sha256, imported_at, records "
                              "FROM sources ORDER BY kind, build, id"));
    while (query.next()) {
        list << KnowledgeSource{query.value(0).toString(),
                                query.value(1).toString(),
                                query.value(2).toString(),
                                query.value(3).toString(),
                                query.value(4).toString(),
                                QDateTime::fromString(query.value(5).toString(), Qt::ISODate),
                                query.value(6).toLongLong()};
    }
    return list;
}

QStringList KnowledgeStore::dataVersions() const
{
    QStringList versions;
    for (const KnowledgeSource &source : sources())
        versions << source.displayName();
    return versions;
}

QList<GeneRecord>
KnowledgeStore::genesAt(const QString &build, const QString &contig, qint64 start, qint64 end) const
{
    QList<GeneRecord> genes;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT contig, start, end, strand, symbol, hgnc_id, transcript "
                                 "FROM genes WHERE build = ? AND contig = ? AND start <= ? AND "
                                 "end >= ? ORDER BY mane DESC, symbol"));
    query.addBindValue(normalizedBuild(build));
    query.addBindValue(contigKey(contig));
    query.addBindValue(end);
    query.addBindValue(start);
    query.exec();
    while (query.next()) {
        genes << GeneRecord{normalizedBuild(build),
                            query.value(0).toString(),
                            query.value(1).toLongLong(),
                            query.value(2).toLongLong(),
                            query.value(3).toString(),
                            query.value(4).toString(),
                            query.value(5).toString(),
                            query.value(6).toString()};
    }
    return genes;
}

std::optional<ClinVarRecord> KnowledgeStore::clinVar(const QString &build,
                                                     const QString &contig,
                                                     qint64 position,
                                                     const QString &reference,
                                                     const QString &alternate) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT variation_id, clnsig, significance, review_status, "
                                 "stars, genes, hgvs, consequence FROM clinvar WHERE build = ? "
                                 "AND contig = ? AND position = ? AND reference = ? AND "
                                 "alternate = ?"));
    query.addBindValue(normalizedBuild(build));
    query.addBindValue(contigKey(contig));
    query.addBindValue(position);
    query.addBindValue(reference);
    query.addBindValue(alternate);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ClinVarRecord record;
    record.build = normalizedBuild(build);
    record.contig = contigKey(contig);
    record.position = position;
    record.reference = reference;
    record.alternate = alternate;
    record.variationId = query.value(0).toString();
    record.clinicalSignificance = query.value(1).toString();
    record.significance = significanceFromKey(query.value(2).toString());
    record.reviewStatus = query.value(3).toString();
    record.stars = query.value(4).toInt();
    record.genes = query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.hgvs = query.value(6).toString();
    record.consequence = query.value(7).toString();
    return record;
}

RegionAnnotation KnowledgeStore::annotate(const QString &buildName,
                                          const QString &contigName,
                                          qint64 position,
                                          const QString &reference) const
{
    const QString build = normalizedBuild(buildName);
    const QString contig = contigKey(contigName);
    const qint64 end = position + qMax<qint64>(1, reference.size()) - 1;
    RegionAnnotation annotation;
    const QList<GeneRecord> genes = genesAt(build, contig, position, end);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (genes.isEmpty()) {
        annotation.region = QStringLiteral("intergenic");
        annotation.consequence = QStringLiteral("intergenic_variant");
        query.prepare(QStringLiteral("SELECT MIN(d) FROM (SELECT ? - end AS d FROM genes WHERE "
                                     "build = ? AND contig = ? AND end < ? UNION ALL SELECT "
                                     "start - ? AS d FROM genes WHERE build = ? AND contig = ? "
                                     "AND start > ?)"));
        for (const QVariant &value :
             QVariantList{position, build, contig, position, end, build, contig, end})
            query.addBindValue(value);
        if (query.exec() && query.next() && !query.value(0).isNull())
            annotation.distanceToGene = query.value(0).toLongLong();
        return annotation;
    }
    const GeneRecord &gene = genes.first();
    annotation.gene = gene.symbol;
    annotation.hgncId = gene.hgncId;
    annotation.transcript = gene.transcript;
    annotation.region = QStringLiteral("genic");

    // The gene's preferred transcript: MANE Select, then Ensembl canonical, then the longest.
    query.prepare(QStringLiteral("SELECT transcript, start, end, strand FROM transcripts WHERE "
                                 "build = ? AND symbol = ? ORDER BY rank, (end - start) DESC, "
                                 "transcript LIMIT 1"));
    query.addBindValue(build);
    query.addBindValue(gene.symbol);
    if (!query.exec() || !query.next())
        return annotation;
    const QString transcript = query.value(0).toString();
    const bool minus = query.value(3).toString() == QLatin1String("-");
    struct Segment
    {
        qint64 start;
        qint64 end;
    };
    QList<Segment> exons;
    QList<Segment> coding;
    query.prepare(QStringLiteral("SELECT kind, start, end FROM features WHERE build = ? AND "
                                 "transcript = ? ORDER BY start"));
    query.addBindValue(build);
    query.addBindValue(transcript);
    query.exec();
    while (query.next()) {
        const Segment segment{query.value(1).toLongLong(), query.value(2).toLongLong()};
        (query.value(0).toString() == QLatin1String("CDS") ? coding : exons) << segment;
    }
    if (exons.isEmpty())
        return annotation;
    annotation.exonDetail = true;
    annotation.transcript = transcript;
    const auto overlaps = [&](const Segment &segment) {
        return segment.start <= end && segment.end >= position;
    };
    if (std::any_of(coding.cbegin(), coding.cend(), overlaps)) {
        annotation.region = QStringLiteral("coding");
        annotation.consequence = QStringLiteral("coding_sequence_variant");
        return annotation;
    }
    if (std::any_of(exons.cbegin(), exons.cend(), overlaps)) {
        if (coding.isEmpty()) {
            annotation.region = QStringLiteral("non-coding-exon");
            annotation.consequence = QStringLiteral("non_coding_transcript_exon_variant");
        } else {
            const bool beforeCoding = position < coding.first().start;
            const bool fivePrime = minus ? !beforeCoding : beforeCoding;
            annotation.region = fivePrime ? QStringLiteral("five-prime-utr")
                                          : QStringLiteral("three-prime-utr");
            annotation.consequence = fivePrime ? QStringLiteral("5_prime_UTR_variant")
                                               : QStringLiteral("3_prime_UTR_variant");
        }
        return annotation;
    }
    // Intronic (or outside the transcript): the nearest exon boundary decides.
    qint64 distance = -1;
    bool afterExonEnd = false; // the variant lies downstream (genomic) of an exon's end
    for (const Segment &exon : exons) {
        const qint64 toEnd = position - exon.end; // > 0: after the exon
        const qint64 toStart = exon.start - end;  // > 0: before the exon
        if (toEnd > 0 && (distance < 0 || toEnd < distance)) {
            distance = toEnd;
            afterExonEnd = true;
        }
        if (toStart > 0 && (distance < 0 || toStart < distance)) {
            distance = toStart;
            afterExonEnd = false;
        }
    }
    annotation.distanceToExon = distance;
    const bool outside = position > exons.last().end || end < exons.first().start;
    if (outside) {
        annotation.region = QStringLiteral("genic");
        return annotation;
    }
    if (distance <= 2) {
        // Donor: the intron's 5' end, i.e. after an exon on the + strand, before one on -.
        const bool donor = afterExonEnd != minus;
        annotation.region = QStringLiteral("splice-site");
        annotation.consequence = donor ? QStringLiteral("splice_donor_variant")
                                       : QStringLiteral("splice_acceptor_variant");
    } else if (distance <= 8) {
        annotation.region = QStringLiteral("splice-region");
        annotation.consequence = QStringLiteral("splice_region_variant");
    } else {
        annotation.region = QStringLiteral("intronic");
        annotation.consequence = QStringLiteral("intron_variant");
    }
    return annotation;
}

QHash<QString, QString> KnowledgeStore::geneCatalogue() const
{
    QHash<QString, QString> catalogue;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("SELECT symbol, hgnc_id FROM genes WHERE symbol <> '' UNION "
                              "SELECT symbol, hgnc_id FROM panel_genes"));
    while (query.next()) {
        const QString symbol = query.value(0).toString();
        const QString hgnc = query.value(1).toString();
        if (!catalogue.value(symbol).isEmpty())
            continue;
        catalogue.insert(symbol, hgnc);
    }
    return catalogue;
}

QList<PanelGene> KnowledgeStore::panelGenes(const QString &panelId, const QString &version) const
{
    QString use = version;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (use.isEmpty()) {
        query.prepare(QStringLiteral("SELECT panel_version FROM panel_genes WHERE panel_id = ?"));
        query.addBindValue(panelId);
        query.exec();
        QStringList versions;
        while (query.next())
            versions << query.value(0).toString();
        // Latest by numeric version ("2.10" after "2.9").
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
            const QStringList left = a.split(QLatin1Char('.'));
            const QStringList right = b.split(QLatin1Char('.'));
            for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
                const int x = left.value(i).toInt();
                const int y = right.value(i).toInt();
                if (x != y)
                    return x < y;
            }
            return a < b;
        });
        if (versions.isEmpty())
            return {};
        use = versions.last();
    }
    QList<PanelGene> genes;
    query.prepare(QStringLiteral("SELECT panel_id, panel_name, panel_version, symbol, hgnc_id, "
                                 "confidence FROM panel_genes WHERE panel_id = ? AND "
                                 "panel_version = ? ORDER BY symbol"));
    query.addBindValue(panelId);
    query.addBindValue(use);
    query.exec();
    while (query.next()) {
        genes << PanelGene{query.value(0).toString(),
                           query.value(1).toString(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString(),
                           query.value(5).toString()};
    }
    return genes;
}

QList<PanelGene> KnowledgeStore::panels() const
{
    QList<PanelGene> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("SELECT DISTINCT panel_id, panel_name, panel_version FROM "
                              "panel_genes ORDER BY panel_id, panel_version"));
    while (query.next())
        list << PanelGene{query.value(0).toString(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          {},
                          {},
                          {}};
    return list;
}

} // namespace Core
