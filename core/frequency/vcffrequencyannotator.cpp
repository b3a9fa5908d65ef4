// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcffrequencyannotator.h"

#include "../common/tr.h"
#include "../variant/rowchunks_p.h"
#include "../vcf/genomebuild.h"
#include "../vcf/htslib_p.h"
#include "frequencyannotator.h"
#include "frequencycursor_p.h"
#include "frequencylogging_p.h"
#include "frequencystore.h"
#include "sitesvcfimporter.h"
#include "vcfline_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>

#include <htslib/thread_pool.h>

namespace Core {

namespace {

constexpr qint64 kProgressInterval = 8192;

enum class OutputFormat { CompressedVcf, Bcf, Vcf, Tsv };

/*! One INFO key written for one source. */
struct OutputKey
{
    enum class Kind { Field, AlleleFrequency, Status };
    Kind kind = Kind::Field;
    QByteArray id;
    FrequencyFieldType type = FrequencyFieldType::Integer;
    int field = -1;       // Kind::Field
    int countField = -1;  // Kind::AlleleFrequency: AC
    int numberField = -1; // Kind::AlleleFrequency: AN
    QString description;
};

struct SourceOutput
{
    std::unique_ptr<FrequencyCursor> cursor;
    QList<OutputKey> keys;
};

QString quoted(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString metricDescription(const QString &metric)
{
    if (metric == QLatin1String("AC"))
        return QStringLiteral("Alternate allele count");
    if (metric == QLatin1String("AN"))
        return QStringLiteral("Total number of alleles");
    if (metric == QLatin1String("nhomalt"))
        return QStringLiteral("Number of homozygous individuals");
    if (metric == QLatin1String("faf95"))
        return QStringLiteral("Filtering allele frequency (95% CI)");
    if (metric == QLatin1String("grpmax"))
        return QStringLiteral("Group with the maximum allele frequency");
    if (metric == QLatin1String("filter"))
        return QStringLiteral("FILTER of the site in the source");
    return metric;
}

QList<OutputKey> keysOf(const FrequencySource &source)
{
    QList<OutputKey> keys;
    const QString prefix = source.name + QLatin1Char('_');
    const QString provenance = QStringLiteral(" (%1 %2)").arg(source.name, source.version);
    auto populationText = [&source](const QString &label) {
        for (const FrequencyPopulation &population : source.populations) {
            if (population.label == label && !population.description.isEmpty())
                return population.description;
        }
        return label;
    };
    for (int i = 0; i < source.fields.size(); ++i) {
        const FrequencyField &field = source.fields.at(i);
        OutputKey key;
        key.kind = OutputKey::Kind::Field;
        key.id = (prefix + field.name()).toUtf8();
        key.type = field.type;
        key.field = i;
        key.description = metricDescription(field.metric) + QStringLiteral(" in ")
                          + populationText(field.population) + provenance;
        keys.append(key);
    }
    for (const FrequencyPopulation &population : source.populations) {
        const int count = source.fieldIndex(QStringLiteral("AC"), population.label);
        const int number = source.fieldIndex(QStringLiteral("AN"), population.label);
        if (count < 0 || number < 0
            || source.fieldIndex(QStringLiteral("AF"), population.label) >= 0)
            continue;
        OutputKey key;
        key.kind = OutputKey::Kind::AlleleFrequency;
        FrequencyField name;
        name.metric = QStringLiteral("AF");
        name.population = population.label;
        key.id = (prefix + name.name()).toUtf8();
        key.type = FrequencyFieldType::Float;
        key.countField = count;
        key.numberField = number;
        key.description = QStringLiteral("Alternate allele frequency (AC/AN) in ")
                          + populationText(population.label) + provenance;
        keys.append(key);
    }
    OutputKey status;
    status.kind = OutputKey::Kind::Status;
    status.id = (prefix + QStringLiteral("status")).toUtf8();
    status.type = FrequencyFieldType::String;
    status.description = QStringLiteral("Lookup result in %1 %2: found, not-found (region covered, "
                                        "allele absent) or no-data (region not covered)")
                                 .arg(source.name, source.version);
    keys.append(status);
    return keys;
}

const char *vcfTypeName(FrequencyFieldType type)
{
    switch (type) {
    case FrequencyFieldType::Integer:
        return "Integer";
    case FrequencyFieldType::Float:
        return "Float";
    case FrequencyFieldType::String:
        return "String";
    }
    return "String";
}

int htsTypeOf(FrequencyFieldType type)
{
    switch (type) {
    case FrequencyFieldType::Integer:
        return BCF_HT_INT;
    case FrequencyFieldType::Float:
        return BCF_HT_REAL;
    case FrequencyFieldType::String:
        return BCF_HT_STR;
    }
    return BCF_HT_STR;
}

QList<ContigLength> headerContigs(const bcf_hdr_t *header, QString *reference)
{
    QList<ContigLength> contigs;
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t *hrec = header->hrec[i];
        if (hrec->type == BCF_HL_GEN && hrec->key && std::strcmp(hrec->key, "reference") == 0) {
            *reference = QString::fromUtf8(hrec->value);
            continue;
        }
        if (hrec->type != BCF_HL_CTG)
            continue;
        ContigLength contig;
        for (int k = 0; k < hrec->nkeys; ++k) {
            if (std::strcmp(hrec->keys[k], "ID") == 0)
                contig.name = QString::fromUtf8(hrec->vals[k]);
            else if (std::strcmp(hrec->keys[k], "length") == 0)
                contig.length = QByteArray(hrec->vals[k]).toLongLong();
        }
        contigs.append(contig);
    }
    return contigs;
}

/*!
 * Views of the REF and ALT alleles in a VCF text \a line (columns 4 and 5; an ALT of "." is
 * none) into \a alleles, as vcf_parse() stores them. False when the line does not have
 * \a count of them or has an empty allele (the caller then takes htslib's).
 */
bool lineAlleles(const kstring_t &line, int count, std::vector<QByteArray> &alleles)
{
    alleles.clear();
    const char *text = line.s;
    const char *end = line.s + line.l;
    for (int column = 0; column < 3; ++column) { // CHROM, POS, ID
        text = VcfLine::find(text, end, '\t');
        if (!text)
            return false;
        ++text;
    }
    const char *referenceEnd = VcfLine::find(text, end, '\t');
    if (!referenceEnd)
        return false;
    alleles.push_back(QByteArray::fromRawData(text, qsizetype(referenceEnd - text)));
    const char *alternate = referenceEnd + 1;
    const char *alternatesEnd = VcfLine::find(alternate, end, '\t');
    if (!alternatesEnd)
        alternatesEnd = end;
    const bool split = VcfLine::forEachAlternate(
            alternate, alternatesEnd, [&alleles](const char *allele, const char *alleleEnd) {
                alleles.push_back(QByteArray::fromRawData(allele, qsizetype(alleleEnd - allele)));
            });
    return split && int(alleles.size()) == count;
}

/*! What the annotate loop needs of a record: its place and its allele count. */
struct RecordPlace
{
    int rid = -1;
    hts_pos_t pos = 0;    // 0-based
    hts_pos_t length = 0; // bases of the reference it spans (htslib's rlen)
    int alleleCount = 0;  // REF and ALTs
};

/*!
 * Reads the place and the alleles of a VCF text line without vcf_parse() when the line has
 * the contig, FILTER, INFO keys, FORMAT and column count of the last line that vcf_parse() read
 * without an error and without adding to the header (learn()): its keys are then declared as
 * well. The annotate CLI writes such a line out as it was read, so it needs nothing else of
 * it; vcf_parse() of every line (looking up each key and parsing every value) was ~4% of a
 * genome's CPU. Its sample values are checked against what htslib surely takes (integers,
 * plain decimals, genotypes as allele numbers or '.' joined by '/' or '|', no more fields than
 * FORMAT has); htslib takes any INFO value of a declared key. Any other line (a new contig or
 * key, END, another column count, a POS that is not a plain number, an empty allele, another
 * sample value) is left to htslib, which reports what it cannot read.
 */
class KnownLine
{
public:
    /*!
     * True when \a line is like the learnt one: \a place is set. Its alleles are split as
     * lineAlleles() splits them (an empty allele: false).
     */
    bool read(const kstring_t &line, RecordPlace &place) const
    {
        Columns columns;
        if (!m_learnt || !split(line, columns) || columns.tabs != m_tabs || !columns.is(0, m_contig)
            || !columns.is(6, m_filter) || (m_tabs >= 8 && !columns.is(8, m_format))
            || !hasKeys(columns.begin[7], columns.end[7])
            || (m_tabs >= 9 && !plainSamples(columns.end[8] + 1, line.s + line.l)))
            return false;
        const qint64 position = VcfLine::plainPosition(columns.begin[1], columns.end[1]);
        if (position < 1 || columns.begin[3] == columns.end[3])
            return false;
        int alleleCount = 1;
        if (!VcfLine::forEachAlternate(
                    columns.begin[4], columns.end[4], [&alleleCount](const char *, const char *) {
                        ++alleleCount;
                    }))
            return false;
        place.rid = m_rid;
        place.pos = hts_pos_t(position - 1);
        place.length = hts_pos_t(columns.end[3] - columns.begin[3]);
        place.alleleCount = alleleCount;
        return true;
    }

    /*!
     * Takes \a line, which vcf_parse() read into \a record without an error and without adding
     * to \a header, as the known shape.
     */
    void learn(const kstring_t &line, const bcf_hdr_t *header, const bcf1_t &record)
    {
        Columns columns;
        if (!split(line, columns) || record.rid < 0)
            return; // the learnt shape (if any) stays: its keys are still declared
        QByteArray keys;
        const bool plainKeys = VcfLine::forEachInfoKey(
                columns.begin[7], columns.end[7], [&keys](const char *key, const char *keyEnd) {
                    const QByteArrayView name(key, keyEnd - key);
                    if (name == "END") // sets the record's length
                        return false;
                    if (!keys.isEmpty())
                        keys += ';';
                    keys += name;
                    return true;
                });
        if (!plainKeys)
            return;
        if (record.rlen != hts_pos_t(columns.end[3] - columns.begin[3]))
            return;
        std::vector<SampleValue> formatValues;
        if (columns.tabs >= 9) {
            const QByteArray format = columns.text(8);
            for (const QByteArray &key : format.split(':')) {
                const int id = bcf_hdr_id2int(header, BCF_DT_ID, key.constData());
                if (id < 0 || !bcf_hdr_idinfo_exists(header, BCF_HL_FMT, id))
                    return;
                const int type = bcf_hdr_id2type(header, BCF_HL_FMT, id);
                if (key == "GT")
                    formatValues.push_back(SampleValue::Genotype);
                else if (type == BCF_HT_INT)
                    formatValues.push_back(SampleValue::Integer);
                else if (type == BCF_HT_REAL)
                    formatValues.push_back(SampleValue::Float);
                else if (type == BCF_HT_STR)
                    formatValues.push_back(SampleValue::Text);
                else
                    return;
            }
        }
        m_formatValues = std::move(formatValues);
        m_contig = columns.text(0);
        m_filter = columns.text(6);
        m_infoKeys = keys;
        m_rid = record.rid;
        m_tabs = columns.tabs;
        m_format = columns.tabs >= 8 ? columns.text(8) : QByteArray();
        m_learnt = true;
    }

private:
    struct Columns
    {
        const char *begin[9] = {};
        const char *end[9] = {};
        int tabs = 0;

        bool is(int column, const QByteArray &text) const
        {
            return end[column] - begin[column] == text.size()
                   && std::memcmp(begin[column], text.constData(), size_t(text.size())) == 0;
        }
        QByteArray text(int column) const
        {
            return QByteArray(begin[column], qsizetype(end[column] - begin[column]));
        }
    };

    /*!
     * Columns 1-9 of \a line (at least eight) and its number of tabs. False also for a line
     * with a NUL byte, where htslib's columns end (its C strings).
     */
    static bool split(const kstring_t &line, Columns &columns)
    {
        if (std::memchr(line.s, '\0', line.l))
            return false;
        const char *text = line.s;
        const char *const end = line.s + line.l;
        for (int column = 0; column < 9; ++column) {
            columns.begin[column] = text;
            const char *tab = VcfLine::find(text, end, '\t');
            if (!tab) {
                if (column < 7)
                    return false;
                columns.end[column] = end;
                for (int rest = column + 1; rest < 9; ++rest)
                    columns.begin[rest] = columns.end[rest] = end;
                return true;
            }
            columns.end[column] = tab;
            ++columns.tabs;
            text = tab + 1;
        }
        columns.tabs += int(std::count(text, end, '\t'));
        return true;
    }

    enum class SampleValue : char { Text, Integer, Float, Genotype };

    /*! Whether the sample columns [\a text, \a end) hold values htslib surely takes. */
    bool plainSamples(const char *text, const char *end) const
    {
        size_t field = 0;
        const char *value = text;
        for (const char *c = text;; ++c) {
            if (c != end && *c != '\t' && *c != ':')
                continue;
            if (field >= m_formatValues.size() || !plainValue(m_formatValues[field], value, c))
                return false;
            if (c == end)
                return true;
            field = *c == ':' ? field + 1 : 0;
            value = c + 1;
        }
    }

    static bool plainValue(SampleValue kind, const char *c, const char *end)
    {
        // Reads 1 to \a most digits at c.
        const auto digits = [&c, end](int most) {
            const char *start = c;
            while (c < end && *c >= '0' && *c <= '9' && c - start < most)
                ++c;
            return c > start && (c == end || *c < '0' || *c > '9');
        };
        switch (kind) {
        case SampleValue::Text:
            return true;
        case SampleValue::Genotype:
            for (;;) { // allele ('/' or '|' allele)*; an allele is '.' or its number
                if (c < end && *c == '.')
                    ++c;
                else if (!digits(6))
                    return false;
                if (c == end)
                    return true;
                if (*c != '/' && *c != '|')
                    return false;
                ++c;
            }
        case SampleValue::Integer:
        case SampleValue::Float:
            for (;;) { // value (',' value)*; a value is '.', -?digits, or -?digits.digits
                if (c < end && *c == '.') {
                    ++c;
                } else {
                    if (c < end && *c == '-')
                        ++c;
                    if (!digits(9))
                        return false;
                    if (kind == SampleValue::Float && c < end && *c == '.') {
                        ++c;
                        if (!digits(9))
                            return false;
                    }
                }
                if (c == end)
                    return true;
                if (*c != ',')
                    return false;
                ++c;
            }
        }
        return false;
    }

    /*! Whether the INFO column [\a info, \a end) has the learnt keys in the learnt order. */
    bool hasKeys(const char *info, const char *end) const
    {
        const char *expected = m_infoKeys.constData();
        const char *const expectedEnd = expected + m_infoKeys.size();
        const bool same = VcfLine::forEachInfoKey(
                info, end, [&expected, expectedEnd, this](const char *key, const char *keyEnd) {
                    if (expected != m_infoKeys.constData()) { // after a key: its ';'
                        if (expected == expectedEnd || *expected != ';')
                            return false;
                        ++expected;
                    }
                    const size_t length = size_t(keyEnd - key);
                    if (size_t(expectedEnd - expected) < length
                        || std::memcmp(expected, key, length) != 0)
                        return false;
                    expected += length;
                    return true;
                });
        return same && expected == expectedEnd;
    }

    bool m_learnt = false;
    QByteArray m_contig;
    QByteArray m_filter;
    QByteArray m_infoKeys; // joined by ';'
    QByteArray m_format;
    std::vector<SampleValue> m_formatValues; // by FORMAT key
    int m_rid = -1;
    int m_tabs = 0;
};

/*!
 * INFO values cannot hold ';', '=', ',' (the Number=A separator) or white space; a source's
 * FILTER ("AC0;AS_VQSR") is written as "AC0|AS_VQSR".
 */
char infoSafe(char c)
{
    if (c == ';' || c == ',')
        return '|';
    if (c == '=')
        return ':';
    if (c == ' ' || c == '\t')
        return '_';
    return c;
}

QByteArray infoSafe(const QByteArray &value)
{
    QByteArray safe = value;
    for (char &c : safe)
        c = infoSafe(c);
    return safe;
}

QByteArray formatFloat(float value)
{
    return QByteArray::number(double(value), 'g', 7);
}

/*! The value of \a key for one allele as text ("." when missing), for TSV and strings. */
struct AlleleValues
{
    std::vector<int32_t> integers;
    std::vector<float> floats;
    std::vector<QByteArray> strings;
    bool any = false;
};

/*! Appends \a value to \a text with the replacements of infoSafe(). */
void appendInfoSafe(const QByteArray &value, kstring_t *text)
{
    for (char c : value)
        kputc(infoSafe(c), text);
}

/*!
 * \a line (one VCF record without its newline) with \a info appended to its INFO column (which
 * \a info replaces when it is "." or empty) into \a out. False when the line has fewer than
 * eight columns.
 */
bool appendInfo(const kstring_t &line, const kstring_t &info, kstring_t *out)
{
    out->l = 0;
    const char *text = line.s;
    const char *end = line.s + line.l;
    const char *start = text;
    for (int tab = 0; tab < 7; ++tab) {
        const char *found = VcfLine::find(start, end, '\t');
        if (!found)
            return false;
        start = found + 1;
    }
    const char *found = VcfLine::find(start, end, '\t');
    const char *infoEnd = found ? found : end;
    if (info.l == 0)
        return kputsn(text, line.l, out) >= 0;
    const bool noInfo = infoEnd == start || (infoEnd - start == 1 && *start == '.');
    int result = kputsn(text, size_t((noInfo ? start : infoEnd) - text), out);
    if (!noInfo)
        result |= kputc(';', out);
    result |= kputsn(info.s, info.l, out);
    result |= kputsn(infoEnd, size_t(end - infoEnd), out);
    return result >= 0;
}

} // namespace

Result<VcfFrequencyAnnotator::Summary>
VcfFrequencyAnnotator::annotate(const QString &inputPath,
                                const QString &outputPath,
                                const QList<const FrequencyStore *> &stores,
                                const JobContext &job)
{
    return annotate(inputPath, outputPath, stores, job, Options());
}

Result<VcfFrequencyAnnotator::Summary>
VcfFrequencyAnnotator::annotate(const QString &inputPath,
                                const QString &outputPath,
                                const QList<const FrequencyStore *> &stores,
                                const JobContext &job,
                                const Options &options)
{
    OutputFormat format;
    const QString lower = outputPath.toLower();
    if (lower.endsWith(QLatin1String(".vcf.gz")) || lower.endsWith(QLatin1String(".vcf.bgz")))
        format = OutputFormat::CompressedVcf;
    else if (lower.endsWith(QLatin1String(".bcf")))
        format = OutputFormat::Bcf;
    else if (lower.endsWith(QLatin1String(".vcf")))
        format = OutputFormat::Vcf;
    else if (lower.endsWith(QLatin1String(".tsv")))
        format = OutputFormat::Tsv;
    else
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("unknown output format; name the file .vcf.gz, .bcf, .vcf or .tsv"),
                     outputPath);

    const QFileInfo info(inputPath);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("file not found"), inputPath);
    const QByteArray encodedInput = QFile::encodeName(inputPath);
    // One pool of two threads shared by the input's decompression and the output's
    // compression (as `bcftools annotate --threads 2`); declared before the files, so that
    // it outlives them.
    constexpr int kBlockQueue = 64;
    struct ThreadPool
    {
        htsThreadPool pool = {hts_tpool_init(2), 0};
        ~ThreadPool()
        {
            if (pool.pool)
                hts_tpool_destroy(pool.pool);
        }
    } threads;
    auto useThreads = [&threads](htsFile *file) {
        // bgzf_thread_pool() directly: hts_set_opt(HTS_OPT_THREAD_POOL) also gives a VCF
        // SAM-reader state that hts_close() does not free (htslib 1.16; LeakSanitizer).
        // A queue of 64 blocks (htslib's default is a few): with the default the writer
        // stalled on a full queue while the pool waited for blocks, and a genome annotate kept
        // two cores 90% busy; with 64 (~8 MB of blocks) it took 16.3-16.4 s instead of
        // 18.3-19.0 s.
        if (threads.pool.pool && file->is_bgzf)
            bgzf_thread_pool(file->fp.bgzf, threads.pool.pool, kBlockQueue);
        else
            hts_set_threads(file, 1);
    };
    Hts::FilePtr input(hts_open(encodedInput.constData(), "r"));
    if (!input)
        return Error(Error::Code::FileUnreadable, Tr::tr("htslib cannot open the file"), inputPath);
    const htsFormat *inputFormat = hts_get_format(input.get());
    if (inputFormat->category != variant_data
        || (inputFormat->format != vcf && inputFormat->format != bcf))
        return Error(Error::Code::UnsupportedFormat, Tr::tr("not a VCF or BCF file"), inputPath);
    if (inputFormat->compression == bgzf && bgzf_check_EOF(input->fp.bgzf) == 0) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the file is truncated (the BGZF end-of-file marker is missing)"),
                     inputPath);
    }
    if (inputFormat->compression == bgzf)
        useThreads(input.get());
    Hts::HeaderPtr header(bcf_hdr_read(input.get()));
    if (!header)
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("the VCF header is missing or invalid"),
                     inputPath);

    QString reference;
    const GenomeBuild caseBuild
            = detectGenomeBuild(headerContigs(header.get(), &reference), reference);
    if (auto result = FrequencyAnnotator::checkStores(stores, caseBuild); !result)
        return result.error();

    Summary summary;
    std::vector<SourceOutput> outputs;
    QSet<QString> available; // every key name of every source, when options.fields selects
    for (const FrequencyStore *store : stores) {
        for (const FrequencySource &source : store->sources()) {
            SourceOutput output;
            output.cursor = std::make_unique<FrequencyCursor>(*store, source);
            output.keys = keysOf(source);
            if (!options.fields.isEmpty()) {
                const qsizetype prefix = source.name.toUtf8().size() + 1;
                output.keys.removeIf([&](const OutputKey &key) {
                    const QString name = QString::fromUtf8(key.id.mid(prefix));
                    available.insert(name);
                    return !options.fields.contains(name);
                });
            }
            outputs.push_back(std::move(output));
            summary.found.insert(source.name, 0);
            summary.notFound.insert(source.name, 0);
        }
    }
    if (!options.fields.isEmpty()) {
        QStringList unknown;
        for (const QString &field : options.fields) {
            if (!available.contains(field) && !unknown.contains(field))
                unknown.append(field);
        }
        if (!unknown.isEmpty()) {
            QStringList known(available.cbegin(), available.cend());
            known.sort();
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("no source of the caches has the field(s) %1; their fields are %2")
                                 .arg(unknown.join(QLatin1String(", ")),
                                      known.join(QLatin1String(", "))));
        }
    }

    // Declare the keys in the input header itself, so that the ids used while updating
    // records are those written out.
    bool keysInInput = false; // the input declares one of the keys: records may carry it
    for (const SourceOutput &output : outputs) {
        const FrequencySource &source = output.cursor->source();
        for (const OutputKey &key : output.keys) {
            const int id = bcf_hdr_id2int(header.get(), BCF_DT_ID, key.id.constData());
            if (id >= 0 && bcf_hdr_idinfo_exists(header.get(), BCF_HL_INFO, id)) {
                if (bcf_hdr_id2type(header.get(), BCF_HL_INFO, id) != uint32_t(htsTypeOf(key.type))
                    || bcf_hdr_id2length(header.get(), BCF_HL_INFO, id) != uint32_t(BCF_VL_A)) {
                    return Error(Error::Code::MalformedHeader,
                                 Tr::tr("the input already declares INFO/%1 differently")
                                         .arg(QString::fromUtf8(key.id)),
                                 inputPath);
                }
                keysInInput = true;
                continue;
            }
            const QByteArray line = QStringLiteral("##INFO=<ID=%1,Number=A,Type=%2,Description=%3>")
                                            .arg(QString::fromUtf8(key.id),
                                                 QString::fromLatin1(vcfTypeName(key.type)),
                                                 quoted(key.description))
                                            .toUtf8();
            if (bcf_hdr_append(header.get(), line.constData()) != 0)
                return Error(
                        Error::Code::Internal, Tr::tr("cannot extend the VCF header"), inputPath);
        }
        const QByteArray line
                = QStringLiteral("##genomedesk_frequency_source=<ID=%1,Version=%2,Origin=%3,"
                                 "Assembly=%4,Licence=%5,Retrieved=%6,Imported=%7>")
                          .arg(source.name,
                               quoted(source.version),
                               quoted(source.origin),
                               source.assembly.isEmpty() ? QStringLiteral("unknown")
                                                         : source.assembly,
                               quoted(source.licence),
                               quoted(source.retrieved.toString(Qt::ISODate)),
                               quoted(source.imported.toString(Qt::ISODate)))
                          .toUtf8();
        bcf_hdr_append(header.get(), line.constData());
    }
    if (bcf_hdr_sync(header.get()) != 0)
        return Error(Error::Code::Internal, Tr::tr("cannot extend the VCF header"), inputPath);

    // Ids declared now; anything htslib adds while parsing records is undeclared input.
    std::vector<bool> declaredInfo(size_t(header->n[BCF_DT_ID]), false);
    std::vector<bool> declaredFormat(size_t(header->n[BCF_DT_ID]), false);
    for (int id = 0; id < header->n[BCF_DT_ID]; ++id) {
        declaredInfo[size_t(id)] = bcf_hdr_idinfo_exists(header.get(), BCF_HL_INFO, id);
        declaredFormat[size_t(id)] = bcf_hdr_idinfo_exists(header.get(), BCF_HL_FMT, id);
    }
    std::vector<std::vector<int>> keyIds(outputs.size());
    for (size_t s = 0; s < outputs.size(); ++s) {
        for (const OutputKey &key : outputs[s].keys)
            keyIds[s].push_back(bcf_hdr_id2int(header.get(), BCF_DT_ID, key.id.constData()));
    }

    // Output under a temporary name in the target directory.
    const QFileInfo outputInfo(outputPath);
    QTemporaryFile temporary(outputInfo.absoluteDir().filePath(
            outputInfo.fileName() + QStringLiteral(".XXXXXX.partial")));
    temporary.setAutoRemove(true);
    if (!temporary.open())
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("cannot write in the output directory"),
                     outputPath);
    const QByteArray temporaryPath = QFile::encodeName(temporary.fileName());
    Hts::FilePtr output;
    QByteArray tsvBuffer;
    if (format != OutputFormat::Tsv) {
        temporary.close();
        const char *mode = format == OutputFormat::CompressedVcf ? "wz"
                           : format == OutputFormat::Bcf         ? "wb"
                                                                 : "w";
        output.reset(hts_open(temporaryPath.constData(), mode));
        if (!output)
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("cannot create the output file"),
                         outputPath);
        if (format != OutputFormat::Vcf)
            useThreads(output.get());
        if (bcf_hdr_write(output.get(), header.get()) != 0)
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("cannot write the output header"),
                         outputPath);
    } else {
        tsvBuffer = "#CHROM\tPOS\tREF\tALT";
        for (const SourceOutput &sourceOutput : outputs) {
            for (const OutputKey &key : sourceOutput.keys)
                tsvBuffer += '\t' + key.id;
        }
        tsvBuffer += '\n';
    }

    QSet<QByteArray> droppedKeys;
    std::vector<std::vector<AlleleValues>> values(outputs.size());
    for (size_t s = 0; s < outputs.size(); ++s)
        values[s].resize(size_t(outputs[s].keys.size()));
    std::vector<qint64> found(outputs.size(), 0);
    std::vector<qint64> notFound(outputs.size(), 0);
    const QByteArray statusTexts[] = {frequencyStatusKey(FrequencyStatus::NoData).toLatin1(),
                                      frequencyStatusKey(FrequencyStatus::NotFound).toLatin1(),
                                      frequencyStatusKey(FrequencyStatus::Found).toLatin1()};
    const qint64 inputSize = info.size();
    hFILE *raw = input->is_bgzf ? input->fp.bgzf->fp : input->fp.hfile;
    QByteArray contig;
    int lastRid = -1;

    // VCF output: the keys are appended as text to the record's line (Options::appendInfoText).
    const bool appendText
            = options.appendInfoText && !keysInInput
              && (format == OutputFormat::CompressedVcf || format == OutputFormat::Vcf);
    // VCF text input: the line as read is written again (with the keys) unless the record
    // had to be changed (undeclared keys dropped); no formatting of the record at all.
    const bool keepLine = appendText && inputFormat->format == vcf;
    Hts::KString formatted; // htslib's text of a changed record, or of a BCF record
    Hts::KString infoText;  // the new keys
    Hts::KString outputLine;

    // Records are read in batches of up to kBatchWindows windows (of any source) and
    // kBatchRecords records; each source decodes the batch's windows (FrequencyCursor::
    // preload()) before its records are annotated and written in order. A batch of at most
    // kAloneWindows windows is dense input (a genome: ~180 records per window, so a batch of
    // 384 records spans 2-3 windows): with compressed output it is decoded on this thread,
    // since compressing the output keeps the pool's threads busy (2/3 of a genome's CPU) and the
    // decoded values are then read from this core's cache. 16 windows, each decoded by one of
    // the threads, and batches of 65536 records took 15.4-16.7 s on a genome instead of
    // 14.2-14.6 s. Sparse input (an exome: a few records per window) fills 16 windows, decoded
    // over all threads, as decoding is most of its work.
    // Header lines before the first record: htslib adds one for each undeclared key it meets.
    const int headerRecordsAtStart = header->nhrec;
    constexpr size_t kBatchWindows = 16;
    constexpr size_t kBatchRecords = 384;
    constexpr size_t kAloneWindows = 4;
    struct BatchRecord
    {
        Hts::RecordPtr record{bcf_init()};
        Hts::KString line; // the line before vcf_parse(), which cuts it up (keepLine)
        int status = 0;
        bool known = false; // read by KnownLine: record not filled
        RecordPlace place;
    };
    std::vector<QByteArray> alleles; // the current record's REF and ALTs (views)
    KnownLine knownLine;
    std::vector<std::unique_ptr<BatchRecord>> batch;
    size_t batchSize = 0;
    size_t batchNext = 0;
    bool inputDone = false;
    std::vector<std::pair<QByteArray, qint64>> batchWindows;
    std::vector<QByteArray> normalizedContigs(size_t(std::max(header->n[BCF_DT_CTG], 0)));
    for (int rid = 0; rid < header->n[BCF_DT_CTG]; ++rid)
        normalizedContigs[size_t(rid)]
                = normalizedContigName(QByteArray(bcf_hdr_id2name(header.get(), rid)));
    const int decodeThreads = RowChunks::threadCount();
    const bool compressedOutput
            = format == OutputFormat::CompressedVcf || format == OutputFormat::Bcf;

    for (;;) {
        if (batchNext == batchSize) {
            batchSize = 0;
            batchNext = 0;
            batchWindows.clear();
            while (!inputDone && batchSize < kBatchRecords && batchWindows.size() < kBatchWindows) {
                if (batchSize == batch.size())
                    batch.push_back(std::make_unique<BatchRecord>());
                BatchRecord &slot = *batch[batchSize];
                bcf1_t *const next = slot.record.get();
                int status;
                slot.known = false;
                if (keepLine) {
                    // What bcf_read() does for VCF text (hts_getline() and vcf_parse()),
                    // keeping the line; a line of a known shape is not parsed by htslib.
                    status = hts_getline(input.get(), KS_SEP_LINE, &input->line);
                    if (status >= 0 && options.readKnownLines
                        && knownLine.read(input->line, slot.place)) {
                        slot.known = true;
                        ++summary.linesKnown;
                        std::swap(slot.line.value, input->line);
                    } else if (status >= 0) {
                        slot.line.value.l = 0;
                        if (kputsn(input->line.s, input->line.l, &slot.line.value) < 0)
                            return Error(Error::Code::Internal, Tr::tr("out of memory"), inputPath);
                        status = vcf_parse(&input->line, header.get(), next) == 0 ? 0 : -2;
                        if (status == 0 && next->errcode == 0
                            && header->nhrec == headerRecordsAtStart)
                            knownLine.learn(slot.line.value, header.get(), *next);
                    }
                } else {
                    status = bcf_read(input.get(), header.get(), next);
                }
                if (!slot.known)
                    slot.place = {next->rid, next->pos, next->rlen, int(next->n_allele)};
                if (status == -1) {
                    inputDone = true;
                    break;
                }
                slot.status = status;
                ++batchSize;
                if (status < -1) {
                    inputDone = true; // reported when its turn comes
                    break;
                }
                // The windows the record's alleles can fall in after trimming: its own and,
                // when it reaches into it, the next (trimming moves POS by less than the
                // shorter allele; a lookup outside the preloaded windows still decodes its
                // own, so a long deletion does not preload every window it spans).
                const RecordPlace &place = slot.place;
                if (place.rid >= 0 && size_t(place.rid) < normalizedContigs.size()) {
                    const QByteArray &name = normalizedContigs[size_t(place.rid)];
                    const qint64 first = FrequencyChunk::windowOf(qint64(place.pos) + 1);
                    const qint64 last = std::min(
                            first + 1,
                            FrequencyChunk::windowOf(qint64(place.pos)
                                                     + std::max<qint64>(place.length, 1)));
                    for (qint64 window = first; window <= last; ++window) {
                        if (batchWindows.empty() || batchWindows.back().second != window
                            || batchWindows.back().first != name)
                            batchWindows.emplace_back(name, window);
                    }
                }
            }
            if (batchSize == 0)
                break;
            std::sort(batchWindows.begin(), batchWindows.end());
            batchWindows.erase(std::unique(batchWindows.begin(), batchWindows.end()),
                               batchWindows.end());
            for (SourceOutput &sourceOutput : outputs) {
                if (auto preloaded = sourceOutput.cursor->preload(
                            batchWindows,
                            compressedOutput && batchWindows.size() <= kAloneWindows
                                    ? 1
                                    : decodeThreads);
                    !preloaded)
                    return preloaded.error();
            }
        }
        BatchRecord &current = *batch[batchNext++];
        bcf1_t *const record = current.record.get();
        const kstring_t &inputLine = current.line.value;
        const int status = current.status;
        const RecordPlace &place = current.place;
        ++summary.records;
        if (status < -1
            || (!current.known
                && (record->errcode & ~(BCF_ERR_TAG_UNDEF | BCF_ERR_CTG_UNDEF)) != 0)) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("cannot read the record (truncated or malformed file)"),
                         inputPath,
                         summary.records);
        }
        if (summary.records % kProgressInterval == 0) {
            if (job.isCancelled())
                return Error(Error::Code::Cancelled, Tr::tr("the annotation was cancelled"));
            job.setProgress(raw ? htell(raw) : 0, inputSize);
        }
        // A VCF line whose keys were all declared when the annotation began (htslib adds a
        // header line for each undeclared key it meets, and flags the record that had it)
        // needs no unpacking: its alleles are read from the line itself. Unpacking every
        // record (mostly copying its alleles) was ~2% of a genome's CPU.
        // A known line (KnownLine) is one of these.
        const bool fromLine = keepLine
                              && (current.known
                                  || (header->nhrec == headerRecordsAtStart
                                      && (record->errcode & BCF_ERR_TAG_UNDEF) == 0))
                              && lineAlleles(inputLine, place.alleleCount, alleles);
        if (!fromLine && current.known) { // KnownLine::read() split the alleles the same way
            return Error(Error::Code::Internal,
                         Tr::tr("cannot read the record (truncated or malformed file)"),
                         inputPath,
                         summary.records);
        }
        if (!fromLine) {
            bcf_unpack(record, BCF_UN_ALL);
            alleles.clear();
            for (int allele = 0; allele < record->n_allele; ++allele) {
                const char *text = record->d.allele[allele];
                alleles.push_back(QByteArray::fromRawData(text, qsizetype(std::strlen(text))));
            }
        }
        if (place.rid != lastRid) {
            lastRid = place.rid;
            contig = normalizedContigName(QByteArray(bcf_hdr_id2name(header.get(), place.rid)));
        }

        // Never write a key the header does not declare (a line read as it is has none).
        bool changed = false;
        if (!fromLine) {
            for (int i = record->n_info - 1; i >= 0; --i) {
                const int key = record->d.info[i].key;
                if (key >= 0 && size_t(key) < declaredInfo.size() && declaredInfo[size_t(key)])
                    continue;
                changed = true;
                const char *name = bcf_hdr_int2id(header.get(), BCF_DT_ID, key);
                droppedKeys.insert(QByteArray("INFO/") + name);
                bcf_update_info(header.get(), record, name, nullptr, 0, BCF_HT_INT);
            }
            for (int i = record->n_fmt - 1; i >= 0; --i) {
                const int key = record->d.fmt[i].id;
                if (key >= 0 && size_t(key) < declaredFormat.size() && declaredFormat[size_t(key)])
                    continue;
                changed = true;
                const char *name = bcf_hdr_int2id(header.get(), BCF_DT_ID, key);
                droppedKeys.insert(QByteArray("FORMAT/") + name);
                bcf_update_format(header.get(), record, name, nullptr, 0, BCF_HT_INT);
            }
        }

        if (alleles.empty()) { // htslib reads a line cut before REF as a record without alleles
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("cannot read the record (truncated or malformed file)"),
                         inputPath,
                         summary.records);
        }
        const int alternates = place.alleleCount - 1;
        summary.alleles += std::max(alternates, 0);
        // alleles: views of the record's alleles (valid while it is); normalizeAlleles() copies
        // only what it trims.
        const QByteArray &recordReference = alleles[0];
        const size_t alleleCount = size_t(std::max(alternates, 0));
        for (size_t s = 0; s < outputs.size(); ++s) {
            SourceOutput &sourceOutput = outputs[s];
            std::vector<AlleleValues> &keyValues = values[s];
            // Only the values of each key's own type are used.
            for (qsizetype k = 0; k < sourceOutput.keys.size(); ++k) {
                AlleleValues &entry = keyValues[size_t(k)];
                entry.any = false;
                switch (sourceOutput.keys.at(k).type) {
                case FrequencyFieldType::Integer:
                    if (entry.integers.size() != alleleCount) // as assign(), without its call
                        entry.integers.resize(alleleCount);
                    std::fill(entry.integers.begin(), entry.integers.end(), bcf_int32_missing);
                    break;
                case FrequencyFieldType::Float:
                    entry.floats.resize(alleleCount);
                    for (float &value : entry.floats)
                        bcf_float_set_missing(value);
                    break;
                case FrequencyFieldType::String:
                    entry.strings.assign(alleleCount, QByteArray());
                    break;
                }
            }
            for (int allele = 1; allele <= alternates; ++allele) {
                const size_t a = size_t(allele - 1);
                FrequencyCursor::Match match;
                if (!SitesVcfImporter::isSkippedAllele(alleles[size_t(allele)])) {
                    qint64 position = qint64(place.pos) + 1;
                    QByteArray siteReference = recordReference;
                    QByteArray siteAlternate = alleles[size_t(allele)];
                    SitesVcfImporter::normalizeAlleles(position, siteReference, siteAlternate);
                    auto result = sourceOutput.cursor->lookup(
                            contig, position, siteReference, siteAlternate);
                    if (!result)
                        return result.error();
                    match = result.value();
                }
                if (match.status == FrequencyStatus::Found)
                    ++found[s];
                else if (match.status == FrequencyStatus::NotFound)
                    ++notFound[s];
                for (qsizetype k = 0; k < sourceOutput.keys.size(); ++k) {
                    const OutputKey &key = sourceOutput.keys.at(k);
                    AlleleValues &entry = keyValues[size_t(k)];
                    if (key.kind == OutputKey::Kind::Status) {
                        entry.strings[a] = statusTexts[int(match.status)];
                        entry.any = true;
                        continue;
                    }
                    if (match.status != FrequencyStatus::Found)
                        continue;
                    const FrequencyChunk &chunk = *match.chunk;
                    if (key.kind == OutputKey::Kind::AlleleFrequency) {
                        const qint64 count = chunk.integer(match.site, key.countField);
                        const qint64 number = chunk.integer(match.site, key.numberField);
                        if (count >= 0 && number > 0) {
                            entry.floats[a] = float(double(count) / double(number));
                            entry.any = true;
                        }
                        continue;
                    }
                    switch (key.type) {
                    case FrequencyFieldType::Integer: {
                        const qint64 value = chunk.integer(match.site, key.field);
                        if (value >= 0 && value <= std::numeric_limits<int32_t>::max() - 8) {
                            entry.integers[a] = int32_t(value);
                            entry.any = true;
                        }
                        break;
                    }
                    case FrequencyFieldType::Float: {
                        const float value = chunk.floating(match.site, key.field);
                        if (!std::isnan(value)) {
                            entry.floats[a] = value;
                            entry.any = true;
                        }
                        break;
                    }
                    case FrequencyFieldType::String: {
                        const QByteArray &value = chunk.text(match.site, key.field);
                        if (!value.isEmpty()) {
                            entry.strings[a] = value;
                            entry.any = true;
                        }
                        break;
                    }
                    }
                }
            }
        }

        if (format == OutputFormat::Tsv) {
            const char *contigName = bcf_hdr_id2name(header.get(), place.rid);
            for (int allele = 1; allele <= alternates; ++allele) {
                const size_t a = size_t(allele - 1);
                tsvBuffer += contigName;
                tsvBuffer += '\t' + QByteArray::number(qint64(place.pos) + 1) + '\t'
                             + recordReference + '\t' + alleles[size_t(allele)];
                for (size_t s = 0; s < outputs.size(); ++s) {
                    for (qsizetype k = 0; k < outputs[s].keys.size(); ++k) {
                        const AlleleValues &entry = values[s][size_t(k)];
                        tsvBuffer += '\t';
                        switch (outputs[s].keys.at(k).type) {
                        case FrequencyFieldType::Integer:
                            tsvBuffer += entry.integers[a] == bcf_int32_missing
                                                 ? QByteArray(".")
                                                 : QByteArray::number(entry.integers[a]);
                            break;
                        case FrequencyFieldType::Float:
                            tsvBuffer += bcf_float_is_missing(entry.floats[a])
                                                 ? QByteArray(".")
                                                 : formatFloat(entry.floats[a]);
                            break;
                        case FrequencyFieldType::String:
                            tsvBuffer += entry.strings[a].isEmpty() ? QByteArray(".")
                                                                    : entry.strings[a];
                            break;
                        }
                    }
                }
                tsvBuffer += '\n';
            }
            if (tsvBuffer.size() > (1 << 20)) {
                if (temporary.write(tsvBuffer) != tsvBuffer.size())
                    return Error(Error::Code::FileUnwritable,
                                 Tr::tr("cannot write the output"),
                                 outputPath);
                tsvBuffer.clear();
            }
            continue;
        }

        if (appendText) {
            // The keys' text, written through a pointer into room made once per key (this
            // runs for every key of every record: 140M values on a genome against 28 keys).
            kstring_t &text = infoText.value;
            text.l = 0;
            char *out = text.s;
            // Room for \a bytes more at out; false when out of memory.
            const auto makeRoom = [&](size_t bytes) {
                text.l = size_t(out - text.s);
                if (ks_resize(&text, text.l + bytes) < 0)
                    return false;
                out = text.s + text.l;
                return true;
            };
            for (size_t s = 0; s < outputs.size() && alternates > 0; ++s) {
                for (qsizetype k = 0; k < outputs[s].keys.size(); ++k) {
                    const OutputKey &key = outputs[s].keys.at(k);
                    const AlleleValues &entry = values[s][size_t(k)];
                    if (!entry.any)
                        continue;
                    // ";KEY=" and per allele a comma and a value (an integer has at most 11
                    // characters; floats and texts make their own room below).
                    if (!makeRoom(size_t(key.id.size()) + 2 + size_t(alternates) * 12))
                        return Error(Error::Code::Internal, Tr::tr("out of memory"), inputPath);
                    if (out != text.s)
                        *out++ = ';';
                    std::memcpy(out, key.id.constData(), size_t(key.id.size()));
                    out += key.id.size();
                    *out++ = '=';
                    for (int a = 0; a < alternates; ++a) {
                        if (a > 0)
                            *out++ = ',';
                        // As vcf_format() writes them (bcf_fmt_array(): kputw, kputd).
                        switch (key.type) {
                        case FrequencyFieldType::Integer: {
                            const int32_t value = entry.integers[size_t(a)];
                            if (value == bcf_int32_missing)
                                *out++ = '.';
                            else
                                out = std::to_chars(out, out + 11, value).ptr; // as kputw()
                            break;
                        }
                        case FrequencyFieldType::Float:
                        case FrequencyFieldType::String: {
                            // Through the kstring functions, which make their own room.
                            text.l = size_t(out - text.s);
                            if (key.type == FrequencyFieldType::Float) {
                                if (bcf_float_is_missing(entry.floats[size_t(a)]))
                                    kputc('.', &text);
                                else
                                    Hts::putDouble(double(entry.floats[size_t(a)]), &text);
                            } else if (entry.strings[size_t(a)].isEmpty()) {
                                kputc('.', &text);
                            } else {
                                appendInfoSafe(entry.strings[size_t(a)], &text);
                            }
                            out = text.s + text.l;
                            if (!makeRoom(size_t(alternates - a) * 12))
                                return Error(
                                        Error::Code::Internal, Tr::tr("out of memory"), inputPath);
                            break;
                        }
                        }
                    }
                }
            }
            text.l = size_t(out - text.s);
            const kstring_t *line = &inputLine;
            if (!keepLine || changed) {
                formatted.value.l = 0;
                if (vcf_format(header.get(), record, &formatted.value) != 0)
                    return Error(Error::Code::FileUnwritable,
                                 Tr::tr("cannot write the output"),
                                 outputPath,
                                 summary.records);
                while (formatted.value.l > 0 && formatted.value.s[formatted.value.l - 1] == '\n')
                    --formatted.value.l;
                line = &formatted.value;
            }
            if (!appendInfo(*line, text, &outputLine.value))
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("cannot read the record (truncated or malformed file)"),
                             inputPath,
                             summary.records);
            if (vcf_write_line(output.get(), &outputLine.value) != 0)
                return Error(Error::Code::FileUnwritable,
                             Tr::tr("cannot write the output"),
                             outputPath,
                             summary.records);
            continue;
        }

        for (size_t s = 0; s < outputs.size(); ++s) {
            for (qsizetype k = 0; k < outputs[s].keys.size(); ++k) {
                const OutputKey &key = outputs[s].keys.at(k);
                const AlleleValues &entry = values[s][size_t(k)];
                const char *id = key.id.constData();
                int result = 0;
                if (!entry.any || alternates <= 0) {
                    result = bcf_update_info(
                            header.get(), record, id, nullptr, 0, htsTypeOf(key.type));
                } else if (key.type == FrequencyFieldType::Integer) {
                    result = bcf_update_info_int32(
                            header.get(), record, id, entry.integers.data(), alternates);
                } else if (key.type == FrequencyFieldType::Float) {
                    result = bcf_update_info_float(
                            header.get(), record, id, entry.floats.data(), alternates);
                } else {
                    QByteArray joined;
                    for (int a = 0; a < alternates; ++a) {
                        if (a > 0)
                            joined += ',';
                        joined += entry.strings[size_t(a)].isEmpty()
                                          ? QByteArray(".")
                                          : infoSafe(entry.strings[size_t(a)]);
                    }
                    result = bcf_update_info_string(header.get(), record, id, joined.constData());
                }
                if (result < 0)
                    return Error(Error::Code::Internal,
                                 Tr::tr("cannot update INFO/%1").arg(QString::fromUtf8(key.id)),
                                 inputPath,
                                 summary.records);
            }
        }
        if (bcf_write(output.get(), header.get(), record) != 0)
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("cannot write the output"),
                         outputPath,
                         summary.records);
    }
    if (job.isCancelled())
        return Error(Error::Code::Cancelled, Tr::tr("the annotation was cancelled"));
    for (size_t s = 0; s < outputs.size(); ++s) {
        const QString &name = outputs[s].cursor->source().name;
        summary.found[name] += found[s];
        summary.notFound[name] += notFound[s];
    }

    if (format == OutputFormat::Tsv) {
        if (temporary.write(tsvBuffer) != tsvBuffer.size() || !temporary.flush())
            return Error(
                    Error::Code::FileUnwritable, Tr::tr("cannot write the output"), outputPath);
        temporary.close();
    } else {
        if (hts_close(output.release()) != 0)
            return Error(Error::Code::FileUnwritable,
                         Tr::tr("cannot finish the output file"),
                         outputPath);
    }
    const QByteArray finalPath = QFile::encodeName(outputPath);
    if (std::rename(temporaryPath.constData(), finalPath.constData()) != 0)
        return Error(Error::Code::FileUnwritable,
                     Tr::tr("cannot rename the output into place"),
                     outputPath);
    temporary.setAutoRemove(false);
    QFile::setPermissions(
            outputPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    QStringList dropped;
    for (const QByteArray &key : std::as_const(droppedKeys))
        dropped.append(QString::fromUtf8(key));
    dropped.sort();
    if (!dropped.isEmpty()) {
        summary.warnings.append(Tr::tr("undeclared key(s) dropped from the output: %1")
                                        .arg(dropped.join(QLatin1String(", "))));
    }
    job.setProgress(inputSize, inputSize);
    return summary;
}

} // namespace Core
