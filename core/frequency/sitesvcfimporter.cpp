// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesvcfimporter.h"

#include "../common/tr.h"
#include "../vcf/htslib_p.h"
#include "frequencychunk.h"
#include "frequencylogging_p.h"
#include "frequencystore.h"
#include "vcfline_p.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <optional>

namespace Core {

namespace {

constexpr qint64 kProgressInterval = 4096;
const QString kAll = QStringLiteral("all");
const QString kFilterKey = QStringLiteral("FILTER");

struct KnownGroup
{
    const char *label;
    const char *description;
};

// gnomAD genetic ancestry groups (v4 GEN_ANC_NAMES; v2 "oth"), in gnomAD's order.
constexpr KnownGroup kGnomadGroups[] = {
        {"afr", "African/African-American"},
        {"ami", "Amish"},
        {"amr", "Admixed American"},
        {"asj", "Ashkenazi Jewish"},
        {"eas", "East Asian"},
        {"fin", "Finnish"},
        {"mid", "Middle Eastern"},
        {"nfe", "Non-Finnish European"},
        {"remaining", "Remaining individuals"},
        {"oth", "Other"},
        {"sas", "South Asian"},
};

QString groupDescription(const QString &label)
{
    QString prefix;
    QString group = label;
    if (label == QLatin1String("joint"))
        return QStringLiteral("Joint exomes and genomes");
    if (label.startsWith(QLatin1String("joint_"))) {
        prefix = QStringLiteral("Joint exomes and genomes: ");
        group = label.mid(6);
    }
    for (const KnownGroup &known : kGnomadGroups) {
        if (group == QLatin1String(known.label))
            return prefix + QString::fromLatin1(known.description);
    }
    return prefix.isEmpty() ? QString() : prefix + group;
}

struct HeaderKey
{
    bool present = false;
    int id = -1;
    int type = 0;   // BCF_HT_*
    int number = 0; // BCF_VL_*
};

HeaderKey headerKey(const bcf_hdr_t *header, const QString &key)
{
    HeaderKey result;
    const QByteArray name = key.toUtf8();
    const int id = bcf_hdr_id2int(header, BCF_DT_ID, name.constData());
    if (id < 0 || !bcf_hdr_idinfo_exists(header, BCF_HL_INFO, id))
        return result;
    result.present = true;
    result.id = id;
    result.type = bcf_hdr_id2type(header, BCF_HL_INFO, id);
    result.number = bcf_hdr_id2length(header, BCF_HL_INFO, id);
    return result;
}

FrequencyFieldType typeOfHeader(int type)
{
    switch (type) {
    case BCF_HT_REAL:
        return FrequencyFieldType::Float;
    case BCF_HT_STR:
        return FrequencyFieldType::String;
    default:
        return FrequencyFieldType::Integer;
    }
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

/*! How one stored field is read from a record. */
struct FieldReader
{
    int headerId = -1; // -1: the FILTER column
    int number = BCF_VL_A;
    int headerType = BCF_HT_INT;
    FrequencyFieldType type = FrequencyFieldType::Integer;
};

/*!
 * Reads what the import needs from one VCF text line (SitesVcfImporter::Options::parseLines)
 * when every imported field is an Integer of the header (or FILTER): contig, position,
 * alleles, FILTER and the imported INFO values, with no htslib record built. parse() returns
 * false for any line it does not fully understand (fewer than 8 columns, an undeclared contig,
 * FILTER or INFO key, an imported value that is not "." or a plain integer of at most 9
 * digits, a key given twice, an empty allele); the caller gives that line to vcf_parse().
 */
class LineParser
{
public:
    LineParser(bcf_hdr_t *header, const std::vector<FieldReader> &readers)
        : m_header(header)
        , m_readers(readers)
        , m_values(readers.size())
    {
        refreshKeys();
    }

    bool parse(const kstring_t &line)
    {
        if (m_header->n[BCF_DT_ID] != m_knownIds)
            refreshKeys(); // vcf_parse() declared a key of an earlier line
        m_buffer.assign(line.s, line.s + line.l);
        m_buffer.push_back('\0');
        char *begin[8];
        char *end[8];
        char *cursor = m_buffer.data();
        char *const lineEnd = cursor + line.l;
        for (int column = 0; column < 8; ++column) {
            begin[column] = cursor;
            char *tab = static_cast<char *>(std::memchr(cursor, '\t', size_t(lineEnd - cursor)));
            if (!tab) {
                if (column < 7)
                    return false;
                tab = lineEnd;
            }
            *tab = '\0';
            end[column] = tab;
            cursor = tab < lineEnd ? tab + 1 : lineEnd;
        }
        // CHROM
        const qsizetype contigLength = end[0] - begin[0];
        if (m_lastRid < 0 || contigLength != m_lastContig.size()
            || std::memcmp(begin[0], m_lastContig.constData(), size_t(contigLength)) != 0) {
            const int id = bcf_hdr_name2id(m_header, begin[0]);
            if (id < 0)
                return false;
            m_lastContig = QByteArray(begin[0], contigLength);
            m_lastRid = id;
        }
        rid = m_lastRid;
        // POS
        const qint64 position = VcfLine::plainPosition(begin[1], end[1]);
        if (position < 1)
            return false;
        pos = hts_pos_t(position - 1);
        // REF, ALT
        alleles.clear();
        if (end[3] == begin[3] || std::memchr(begin[3], ',', size_t(end[3] - begin[3])))
            return false;
        alleles.push_back(begin[3]);
        const bool split = VcfLine::forEachAlternate(
                begin[4], end[4], [this](char *allele, char *alleleEnd) {
                    *alleleEnd = '\0';
                    alleles.push_back(allele);
                });
        if (!split)
            return false;
        // FILTER: the text itself when every name is declared (as filterText() writes it).
        if (end[6] - begin[6] == 1 && *begin[6] == '.') {
            filter = QByteArray();
        } else {
            const QByteArray text = QByteArray::fromRawData(begin[6], qsizetype(end[6] - begin[6]));
            auto it = m_filters.constFind(text);
            if (it == m_filters.constEnd()) {
                const QByteArray copy(text.constData(), text.size());
                for (const QByteArray &name : copy.split(';')) {
                    const int id = name.isEmpty()
                                           ? -1
                                           : bcf_hdr_id2int(m_header, BCF_DT_ID, name.constData());
                    if (id < 0 || !bcf_hdr_idinfo_exists(m_header, BCF_HL_FLT, id))
                        return false;
                }
                it = m_filters.insert(copy, copy);
            }
            filter = it.value();
        }
        // INFO
        std::fill(m_values.begin(), m_values.end(), std::pair<const char *, const char *>());
        if (end[7] == begin[7])
            return false;
        if (end[7] - begin[7] == 1 && *begin[7] == '.')
            return true;
        char *item = begin[7];
        for (size_t index = 0;; ++index) {
            char *semicolon = static_cast<char *>(std::memchr(item, ';', size_t(end[7] - item)));
            char *itemEnd = semicolon ? semicolon : end[7];
            char *equals = static_cast<char *>(std::memchr(item, '=', size_t(itemEnd - item)));
            char *keyEnd = equals ? equals : itemEnd;
            const int id = keyId(item, keyEnd, index);
            if (id < 0)
                return false;
            const int reader = size_t(id) < m_readerOfId.size() ? m_readerOfId[size_t(id)] : -1;
            if (reader >= 0) {
                auto &slot = m_values[size_t(reader)];
                if (!equals || slot.first || !plainIntegers(equals + 1, itemEnd))
                    return false;
                slot = {equals + 1, itemEnd};
            }
            if (!semicolon)
                break;
            item = semicolon + 1;
        }
        return true;
    }

    /*! Whether the line gave imported field \a reader. */
    bool has(size_t reader) const { return m_values[reader].first != nullptr; }

    /*! Value \a index of imported field \a reader; -1 when missing (as integerValue()). */
    qint64 integer(size_t reader, int index) const
    {
        const char *value = m_values[reader].first;
        const char *valueEnd = m_values[reader].second;
        if (!value || index < 0)
            return -1;
        for (int i = 0; i < index; ++i) {
            const void *comma = std::memchr(value, ',', size_t(valueEnd - value));
            if (!comma)
                return -1;
            value = static_cast<const char *>(comma) + 1;
        }
        if (*value == '.')
            return -1;
        qint64 result = 0;
        for (; value < valueEnd && *value != ','; ++value)
            result = result * 10 + (*value - '0');
        return result;
    }

    int rid = -1;
    hts_pos_t pos = 0;
    std::vector<const char *> alleles; // NUL-terminated, into the parser's copy of the line
    QByteArray filter;

private:
    void refreshKeys()
    {
        m_knownIds = m_header->n[BCF_DT_ID];
        m_idOfKey.clear();
        m_readerOfId.assign(size_t(std::max(m_knownIds, 0)), -1);
        for (int id = 0; id < m_knownIds; ++id) {
            if (!bcf_hdr_idinfo_exists(m_header, BCF_HL_INFO, id))
                continue;
            m_idOfKey.insert(QByteArray(m_header->id[BCF_DT_ID][id].key), id);
        }
        for (size_t r = 0; r < m_readers.size(); ++r) {
            const int id = m_readers[r].headerId;
            if (id >= 0 && id < m_knownIds)
                m_readerOfId[size_t(id)] = int(r);
        }
        m_order.clear();
    }

    /*! The id of a declared INFO key; the keys usually come in the previous line's order. */
    int keyId(const char *key, const char *keyEnd, size_t index)
    {
        const size_t length = size_t(keyEnd - key);
        if (length == 0)
            return -1;
        if (index < m_order.size()) {
            const char *expected = m_header->id[BCF_DT_ID][m_order[index]].key;
            if (std::strncmp(expected, key, length) == 0 && expected[length] == '\0')
                return m_order[index];
        }
        const auto it = m_idOfKey.constFind(QByteArray::fromRawData(key, qsizetype(length)));
        if (it == m_idOfKey.constEnd())
            return -1;
        if (index >= m_order.size())
            m_order.resize(index + 1, it.value());
        m_order[index] = it.value();
        return it.value();
    }

    static bool plainIntegers(const char *value, const char *valueEnd)
    {
        if (value == valueEnd)
            return false;
        const char *item = value;
        for (const char *c = value;; ++c) {
            if (c == valueEnd || *c == ',') {
                const ptrdiff_t length = c - item;
                if (length == 0 || length > 9 || (*item == '.' && length != 1))
                    return false;
                if (c == valueEnd)
                    return true;
                item = c + 1;
                continue;
            }
            if ((*c < '0' || *c > '9') && !(*c == '.' && c == item))
                return false;
        }
    }

    bcf_hdr_t *m_header;
    const std::vector<FieldReader> &m_readers;
    int m_knownIds = -1;
    QHash<QByteArray, int> m_idOfKey; // declared INFO keys
    std::vector<int> m_readerOfId;    // header id -> imported field, -1
    std::vector<int> m_order;         // key ids in the previous line's order
    std::vector<std::pair<const char *, const char *>> m_values; // per imported field
    std::vector<char> m_buffer;                                  // the line, cut up
    QByteArray m_lastContig;
    int m_lastRid = -1;
    QHash<QByteArray, QByteArray> m_filters; // FILTER texts whose names are all declared
};

/*! Value \a index of an INFO entry as an integer; -1 when missing or absent. */
qint64 integerValue(const bcf_info_t *info, int index)
{
    if (!info || index < 0 || index >= info->len)
        return -1;
    switch (info->type) {
    case BCF_BT_INT8: {
        const int8_t value = reinterpret_cast<const int8_t *>(info->vptr)[index];
        return value == bcf_int8_missing || value == bcf_int8_vector_end ? -1 : value;
    }
    case BCF_BT_INT16: {
        int16_t value = 0;
        std::memcpy(&value, info->vptr + 2 * index, 2);
        return value == bcf_int16_missing || value == bcf_int16_vector_end ? -1 : value;
    }
    case BCF_BT_INT32: {
        int32_t value = 0;
        std::memcpy(&value, info->vptr + 4 * index, 4);
        return value == bcf_int32_missing || value == bcf_int32_vector_end ? -1 : value;
    }
    case BCF_BT_FLOAT: {
        float value = 0;
        std::memcpy(&value, info->vptr + 4 * index, 4);
        if (bcf_float_is_missing(value) || bcf_float_is_vector_end(value) || !std::isfinite(value))
            return -1;
        return qint64(std::llround(value));
    }
    default:
        return -1;
    }
}

float floatValue(const bcf_info_t *info, int index)
{
    const float missing = std::numeric_limits<float>::quiet_NaN();
    if (!info || index < 0 || index >= info->len)
        return missing;
    if (info->type == BCF_BT_FLOAT) {
        float value = 0;
        std::memcpy(&value, info->vptr + 4 * index, 4);
        return bcf_float_is_missing(value) || bcf_float_is_vector_end(value) ? missing : value;
    }
    const qint64 value = integerValue(info, index);
    return value < 0 ? missing : float(value);
}

QByteArray textValue(const bcf_info_t *info, int index, bool perAllele)
{
    if (!info || info->type != BCF_BT_CHAR)
        return {};
    const char *text = reinterpret_cast<const char *>(info->vptr);
    const qsizetype length = qsizetype(strnlen(text, size_t(info->len)));
    const QByteArray all = QByteArray::fromRawData(text, length);
    QByteArray value;
    if (!perAllele) {
        value = QByteArray(text, length);
    } else {
        const QList<QByteArray> parts = all.split(',');
        value = index < parts.size()
                        ? QByteArray(parts.at(index).constData(), parts.at(index).size())
                        : QByteArray();
    }
    return value == "." ? QByteArray() : value;
}

QByteArray filterText(const bcf_hdr_t *header, const bcf1_t *record)
{
    if (record->d.n_flt == 0)
        return {};
    QByteArray text;
    for (int i = 0; i < record->d.n_flt; ++i) {
        if (i > 0)
            text += ';';
        text += bcf_hdr_int2id(header, BCF_DT_ID, record->d.flt[i]);
    }
    return text;
}

/*! Collects the sites of the current contig by window and writes finished windows. */
class WindowBuffer
{
public:
    WindowBuffer(FrequencyStore::SourceWriter &writer, QList<FrequencyFieldType> types)
        : m_writer(writer)
        , m_types(std::move(types))
    {}

    FrequencyChunk &window(qint64 window)
    {
        auto it = m_windows.find(window);
        if (it == m_windows.end()) {
            // Neighbouring windows hold similar numbers of sites: reserving what the last one
            // held spares every column its growth steps (an import appends to ~30 columns).
            it = m_windows.emplace(window, FrequencyChunk(m_types)).first;
            it->second.reserve(m_lastWindowSites + m_lastWindowSites / 4 + 4);
        }
        return it->second;
    }

    /*! Writes every window that ends before \a position (all when \a position < 0). */
    Result<void> flushBefore(const QByteArray &contig, qint64 position)
    {
        while (!m_windows.empty()) {
            auto it = m_windows.begin();
            if (position >= 0 && ((it->first + 1) << FrequencyChunk::kWindowBits) > position)
                break;
            FrequencyChunk chunk = std::move(it->second);
            const qint64 window = it->first;
            m_lastWindowSites = chunk.size();
            m_windows.erase(it);
            if (auto result = write(contig, window, std::move(chunk)); !result)
                return result;
        }
        return {};
    }

    qint64 sites = 0;
    qint64 chunks = 0;
    qint64 duplicates = 0;
    qint64 firstPosition = 0;
    qint64 lastPosition = 0;
    qint64 contigSites = 0;

private:
    Result<void> write(const QByteArray &contig, qint64 window, FrequencyChunk input)
    {
        // Sites arrive in file order, which is already sorted and unique at most windows:
        // then the chunk is written as it is.
        bool ordered = true;
        for (qsizetype i = 1; i < input.size() && ordered; ++i) {
            if (input.position(i - 1) != input.position(i)) {
                ordered = input.position(i - 1) < input.position(i);
                continue;
            }
            const int c = input.reference(i - 1).compare(input.reference(i));
            ordered = c < 0 || (c == 0 && input.alternate(i - 1).compare(input.alternate(i)) < 0);
        }
        if (ordered)
            return writeSorted(contig, window, std::move(input));
        std::vector<qsizetype> order(size_t(input.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&input](qsizetype a, qsizetype b) {
            if (input.position(a) != input.position(b))
                return input.position(a) < input.position(b);
            if (const int c = input.reference(a).compare(input.reference(b)))
                return c < 0;
            return input.alternate(a).compare(input.alternate(b)) < 0;
        });
        FrequencyChunk sorted(m_types);
        for (size_t i = 0; i < order.size(); ++i) {
            const qsizetype from = order[i];
            if (i > 0) {
                const qsizetype before = order[i - 1];
                if (input.position(before) == input.position(from)
                    && input.reference(before) == input.reference(from)
                    && input.alternate(before) == input.alternate(from)) {
                    ++duplicates;
                    continue;
                }
            }
            const qsizetype to = sorted.append(
                    input.position(from), input.reference(from), input.alternate(from));
            for (int c = 0; c < int(m_types.size()); ++c) {
                switch (m_types.at(c)) {
                case FrequencyFieldType::Integer:
                    sorted.setInteger(to, c, input.integer(from, c));
                    break;
                case FrequencyFieldType::Float:
                    sorted.setFloat(to, c, input.floating(from, c));
                    break;
                case FrequencyFieldType::String:
                    sorted.setText(to, c, input.text(from, c));
                    break;
                }
            }
        }
        return writeSorted(contig, window, std::move(sorted));
    }

    Result<void> writeSorted(const QByteArray &contig, qint64 window, FrequencyChunk sorted)
    {
        if (sorted.size() == 0)
            return {};
        if (contigSites == 0)
            firstPosition = sorted.position(0);
        firstPosition = std::min(firstPosition, sorted.position(0));
        lastPosition = std::max(lastPosition, sorted.position(sorted.size() - 1));
        contigSites += sorted.size();
        sites += sorted.size();
        ++chunks;
        return m_writer.writeChunk(contig, window, std::move(sorted));
    }

    FrequencyStore::SourceWriter &m_writer;
    QList<FrequencyFieldType> m_types;
    std::map<qint64, FrequencyChunk> m_windows;
    qsizetype m_lastWindowSites = 0;
};

} // namespace

bool SitesVcfImporter::isSkippedAllele(QByteArrayView allele)
{
    return allele.startsWith('*') || allele.startsWith('<') || allele.contains('[')
           || allele.contains(']') || allele.startsWith('.');
}

void SitesVcfImporter::normalizeAlleles(qint64 &position,
                                        QByteArray &reference,
                                        QByteArray &alternate)
{
    qsizetype referenceLength = reference.size();
    qsizetype alternateLength = alternate.size();
    while (referenceLength > 1 && alternateLength > 1
           && reference.at(referenceLength - 1) == alternate.at(alternateLength - 1)) {
        --referenceLength;
        --alternateLength;
    }
    qsizetype start = 0;
    while (referenceLength - start > 1 && alternateLength - start > 1
           && reference.at(start) == alternate.at(start))
        ++start;
    if (referenceLength != reference.size() || start > 0)
        reference = reference.mid(start, referenceLength - start);
    if (alternateLength != alternate.size() || start > 0)
        alternate = alternate.mid(start, alternateLength - start);
    position += start;
}

Result<std::pair<QList<FrequencyField>, QList<FrequencyPopulation>>>
SitesVcfImporter::parseFieldMap(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Error::Code::FileNotFound, Tr::tr("cannot read the field map"), path);
    QList<FrequencyField> fields;
    QList<FrequencyPopulation> populations;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QStringList columns = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (columns.size() < 3 && !line.contains(QLatin1Char('\t')))
            columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &column : columns)
            column = column.trimmed();
        if (columns.size() < 3) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("expected <metric> <population> <INFO key> [type] or "
                                "population <label> <description> [count]"),
                         path,
                         0,
                         lineNumber);
        }
        if (columns.at(0) == QLatin1String("population")) {
            FrequencyPopulation population;
            population.label = columns.at(1);
            population.description = columns.at(2);
            if (columns.size() > 3) {
                bool ok = false;
                population.sampleCount = columns.at(3).toLongLong(&ok);
                if (!ok) {
                    return Error(Error::Code::MalformedRecord,
                                 Tr::tr("the sample count %1 is not a number").arg(columns.at(3)),
                                 path,
                                 0,
                                 lineNumber);
                }
            }
            populations.append(population);
            continue;
        }
        FrequencyField field;
        field.metric = columns.at(0);
        field.population = columns.at(1);
        field.infoKey = columns.at(2);
        field.type = FrequencyFieldType(0);
        if (columns.size() > 3) {
            const QString type = columns.at(3);
            if (type == QLatin1String("Integer"))
                field.type = FrequencyFieldType::Integer;
            else if (type == QLatin1String("Float"))
                field.type = FrequencyFieldType::Float;
            else if (type == QLatin1String("String"))
                field.type = FrequencyFieldType::String;
            else
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("unknown type %1 (Integer, Float or String)").arg(type),
                             path,
                             0,
                             lineNumber);
        }
        fields.append(field);
    }
    if (fields.isEmpty())
        return Error(Error::Code::MalformedRecord, Tr::tr("the field map maps no field"), path);
    return std::make_pair(fields, populations);
}

Result<SitesVcfImporter::Summary> SitesVcfImporter::import(FrequencyStore &store,
                                                           const QString &vcfPath,
                                                           const Options &options,
                                                           const JobContext &job)
{
    const QFileInfo info(vcfPath);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("file not found"), vcfPath);
    if (!info.isFile() || !info.isReadable())
        return Error(Error::Code::FileUnreadable, Tr::tr("not a readable file"), vcfPath);
    if (options.sourceName.isEmpty() || options.version.isEmpty())
        return Error(Error::Code::InvalidArgument, Tr::tr("a source needs a name and a version"));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (!namePattern.match(options.sourceName).hasMatch()) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("the source name %1 must start with a letter and contain only "
                            "letters, digits and '_' (it prefixes INFO keys)")
                             .arg(options.sourceName));
    }

    const QByteArray encodedPath = QFile::encodeName(vcfPath);
    Hts::FilePtr file(hts_open(encodedPath.constData(), "r"));
    if (!file)
        return Error(Error::Code::FileUnreadable, Tr::tr("htslib cannot open the file"), vcfPath);
    const htsFormat *format = hts_get_format(file.get());
    if (format->category != variant_data || (format->format != vcf && format->format != bcf))
        return Error(Error::Code::UnsupportedFormat, Tr::tr("not a VCF or BCF file"), vcfPath);
    if (format->compression == bgzf && bgzf_check_EOF(file->fp.bgzf) == 0) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the file is truncated (the BGZF end-of-file marker is missing)"),
                     vcfPath);
    }
    if (format->compression == bgzf && options.decompressionThreads > 0)
        hts_set_threads(file.get(), options.decompressionThreads);
    Hts::HeaderPtr header(bcf_hdr_read(file.get()));
    if (!header)
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("the VCF header is missing or invalid"),
                     vcfPath);

    QString reference;
    GenomeBuild build = detectGenomeBuild(headerContigs(header.get(), &reference), reference);
    if (options.build != GenomeBuild::Unknown) {
        if (build != GenomeBuild::Unknown && build != options.build) {
            return Error(Error::Code::InvalidArgument,
                         Tr::tr("the sites VCF header says %1 but %2 was given")
                                 .arg(genomeBuildName(build), genomeBuildName(options.build)),
                         vcfPath);
        }
        build = options.build;
    }
    if (build == GenomeBuild::Unknown) {
        return Error(Error::Code::InvalidArgument,
                     Tr::tr("cannot tell the genome build of the sites VCF from its header; "
                            "give it (GRCh37 or GRCh38)"),
                     vcfPath);
    }

    // Which fields to store.
    FrequencySource source;
    source.name = options.sourceName;
    source.version = options.version;
    source.origin = options.origin.isEmpty() ? info.fileName() : options.origin;
    source.assembly = genomeBuildName(build);
    source.licence = options.licence;
    source.retrieved
            = (options.retrieved.isValid() ? options.retrieved : info.lastModified()).toUTC();
    QStringList missing;
    if (!options.fieldMapPath.isEmpty()) {
        auto map = parseFieldMap(options.fieldMapPath);
        if (!map)
            return map.error();
        source.populations = map->second;
        for (FrequencyField field : map->first) {
            if (field.infoKey == kFilterKey) {
                field.type = FrequencyFieldType::String;
                source.fields.append(field);
                continue;
            }
            const HeaderKey key = headerKey(header.get(), field.infoKey);
            if (!key.present) {
                missing.append(field.infoKey);
                continue;
            }
            if (field.type == FrequencyFieldType(0))
                field.type = typeOfHeader(key.type);
            source.fields.append(field);
        }
        for (const FrequencyField &field : std::as_const(source.fields)) {
            const bool described = std::any_of(source.populations.cbegin(),
                                               source.populations.cend(),
                                               [&field](const FrequencyPopulation &population) {
                                                   return population.label == field.population;
                                               });
            if (!described) {
                FrequencyPopulation population;
                population.label = field.population;
                source.populations.append(population);
            }
        }
    } else {
        QStringList labels{kAll};
        if (options.populations.isEmpty()) {
            for (const KnownGroup &group : kGnomadGroups) {
                const QString label = QString::fromLatin1(group.label);
                if (headerKey(header.get(), QStringLiteral("AC_") + label).present)
                    labels.append(label);
            }
        } else {
            for (const QString &label : options.populations) {
                if (label != kAll && !labels.contains(label))
                    labels.append(label);
            }
        }
        for (const QString &label : std::as_const(labels)) {
            const QString suffix = label == kAll ? QString() : QLatin1Char('_') + label;
            const bool explicitlyAsked = label != kAll || options.populations.contains(kAll);
            int found = 0;
            for (const QString &metric : {QStringLiteral("AC"),
                                          QStringLiteral("AN"),
                                          QStringLiteral("nhomalt"),
                                          QStringLiteral("faf95")}) {
                const QString key = metric + suffix;
                const HeaderKey headerEntry = headerKey(header.get(), key);
                if (!headerEntry.present) {
                    if (metric == QLatin1String("AC") || metric == QLatin1String("AN"))
                        missing.append(key);
                    continue;
                }
                ++found;
                FrequencyField field;
                field.metric = metric;
                field.population = label;
                field.infoKey = key;
                field.type = metric == QLatin1String("faf95") ? FrequencyFieldType::Float
                                                              : FrequencyFieldType::Integer;
                source.fields.append(field);
            }
            Q_UNUSED(explicitlyAsked)
            if (found > 0) {
                FrequencyPopulation population;
                population.label = label;
                population.description = label == kAll ? Tr::tr("All samples of the source")
                                                       : groupDescription(label);
                source.populations.append(population);
            }
        }
        const std::pair<const char *, FrequencyFieldType> extras[] = {
                {"grpmax", FrequencyFieldType::String},
                {"popmax", FrequencyFieldType::String},
                {"fafmax_faf95_max", FrequencyFieldType::Float},
        };
        for (const auto &[name, type] : extras) {
            const QString key = QString::fromLatin1(name);
            if (!headerKey(header.get(), key).present)
                continue;
            FrequencyField field;
            field.metric = key == QLatin1String("popmax") ? QStringLiteral("grpmax") : key;
            field.population = kAll;
            field.infoKey = key;
            field.type = type;
            if (source.fieldIndex(field.metric, kAll) < 0)
                source.fields.append(field);
        }
        if (!source.fields.isEmpty()) {
            FrequencyField filter;
            filter.metric = QStringLiteral("filter");
            filter.population = kAll;
            filter.infoKey = kFilterKey;
            filter.type = FrequencyFieldType::String;
            source.fields.append(filter);
        }
    }
    if (!missing.isEmpty()) {
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("the sites VCF does not declare the INFO field(s) %1; check "
                            "--populations or the field map")
                             .arg(missing.join(QLatin1String(", "))),
                     vcfPath);
    }
    if (source.fields.isEmpty()) {
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("the sites VCF has no frequency fields to import"),
                     vcfPath);
    }

    std::vector<FieldReader> readers;
    QList<FrequencyFieldType> types;
    const int headerIds = header->n[BCF_DT_ID];
    std::vector<int> readerOfId(size_t(std::max(headerIds, 0)), -1);
    for (const FrequencyField &field : std::as_const(source.fields)) {
        FieldReader reader;
        reader.type = field.type;
        if (field.infoKey != kFilterKey) {
            const HeaderKey key = headerKey(header.get(), field.infoKey);
            reader.headerId = key.id;
            reader.number = key.number;
            reader.headerType = key.type;
            if (key.number != BCF_VL_A && key.number != BCF_VL_R && key.number != BCF_VL_FIXED) {
                return Error(
                        Error::Code::MalformedHeader,
                        Tr::tr("the INFO field %1 must have Number=A, R or 1").arg(field.infoKey),
                        vcfPath);
            }
            readerOfId[size_t(key.id)] = int(readers.size());
        }
        readers.push_back(reader);
        types.append(field.type);
    }

    auto writerResult = store.beginSource(source);
    if (!writerResult)
        return writerResult.error();
    FrequencyStore::SourceWriter &writer = *writerResult.value();

    Summary summary;
    WindowBuffer buffer(writer, types);
    Hts::RecordPtr record(bcf_init());
    std::vector<const bcf_info_t *> infoOfReader(readers.size(), nullptr);
    QByteArray contig;
    int lastRid = -1;
    hts_pos_t lastPosition = -1;
    QSet<int> finishedContigs;
    bool undeclaredWarned = false;
    QHash<int, QByteArray> filterTexts;
    const qint64 fileSize = info.size();
    hFILE *raw = file->is_bgzf ? file->fp.bgzf->fp : file->fp.hfile;

    auto finishContig = [&]() -> Result<void> {
        if (auto result = buffer.flushBefore(contig, -1); !result)
            return result;
        if (buffer.contigSites > 0) {
            FrequencyCoverage coverage;
            coverage.contig = contig;
            coverage.firstPosition = buffer.firstPosition;
            coverage.lastPosition = buffer.lastPosition;
            coverage.siteCount = buffer.contigSites;
            if (auto result = writer.writeCoverage(coverage); !result)
                return result;
        }
        buffer.contigSites = 0;
        buffer.firstPosition = 0;
        buffer.lastPosition = 0;
        return {};
    };

    // Lines read without htslib's record when every imported field is an Integer.
    bool parseLines = options.parseLines && format->format == vcf;
    for (const FieldReader &reader : readers) {
        if (reader.headerId >= 0
            && (reader.headerType != BCF_HT_INT || reader.type != FrequencyFieldType::Integer))
            parseLines = false;
    }
    std::optional<LineParser> parser;
    if (parseLines)
        parser.emplace(header.get(), readers);

    for (;;) {
        int status;
        bool parsed = false;
        if (parser) {
            // bcf_read() of VCF text is hts_getline() and vcf_parse().
            status = hts_getline(file.get(), KS_SEP_LINE, &file->line);
            if (status >= 0) {
                parsed = parser->parse(file->line);
                if (parsed)
                    ++summary.linesParsed;
                else if (vcf_parse(&file->line, header.get(), record.get()) != 0)
                    status = -2;
            }
        } else {
            status = bcf_read(file.get(), header.get(), record.get());
        }
        if (status == -1)
            break;
        ++summary.records;
        // An INFO key missing from the header (1000 Genomes' AA) is not a frequency field:
        // htslib reads the record anyway; warn once.
        if (status >= 0 && !parsed && record->errcode == BCF_ERR_TAG_UNDEF) {
            record->errcode = 0;
            if (!undeclaredWarned) {
                undeclaredWarned = true;
                summary.warnings.append(
                        Tr::tr("the sites VCF uses INFO keys its header does not declare; they "
                               "are not imported"));
            }
        }
        if (status < -1 || (!parsed && record->errcode != 0)) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("cannot read the record (truncated or malformed file)"),
                         vcfPath,
                         summary.records);
        }
        if (summary.records % kProgressInterval == 0) {
            if (job.isCancelled())
                return Error(Error::Code::Cancelled, Tr::tr("the import was cancelled"), vcfPath);
            job.setProgress(raw ? htell(raw) : 0, fileSize);
        }
        const int rid = parsed ? parser->rid : record->rid;
        const hts_pos_t recordPosition = parsed ? parser->pos : record->pos;
        if (rid != lastRid) {
            if (lastRid >= 0) {
                if (auto result = finishContig(); !result)
                    return result.error();
                finishedContigs.insert(lastRid);
            }
            if (finishedContigs.contains(rid)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("the sites VCF is not sorted: contig %1 appears in two blocks")
                                     .arg(QString::fromUtf8(bcf_hdr_id2name(header.get(), rid))),
                             vcfPath,
                             summary.records);
            }
            lastRid = rid;
            lastPosition = -1;
            contig = normalizedContigName(QByteArray(bcf_hdr_id2name(header.get(), rid)));
        }
        if (recordPosition < lastPosition) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("the sites VCF is not sorted by position"),
                         vcfPath,
                         summary.records);
        }
        lastPosition = recordPosition;
        const qint64 position = qint64(recordPosition) + 1;
        if (auto result = buffer.flushBefore(contig, position); !result)
            return result.error();

        if (!parsed)
            bcf_unpack(record.get(), BCF_UN_INFO);
        std::fill(infoOfReader.begin(), infoOfReader.end(), nullptr);
        for (int i = 0; !parsed && i < record->n_info; ++i) {
            const bcf_info_t *entry = &record->d.info[i];
            if (entry->key >= 0 && entry->key < headerIds && entry->vptr) {
                const int reader = readerOfId[size_t(entry->key)];
                if (reader >= 0)
                    infoOfReader[size_t(reader)] = entry;
            }
        }
        QByteArray filter;
        bool filterRead = false;

        // Views of the record's alleles: no allocation for the usual single-base alleles
        // (the chunk copies what it keeps; trimming an indel copies).
        const int alleleCount = parsed ? int(parser->alleles.size()) : record->n_allele;
        const char *const *alleleTexts = parsed ? parser->alleles.data() : record->d.allele;
        const QByteArray recordReference
                = QByteArray::fromRawData(alleleTexts[0], qsizetype(std::strlen(alleleTexts[0])));
        for (int allele = 1; allele < alleleCount; ++allele) {
            const char *alternateText = alleleTexts[allele];
            if (SitesVcfImporter::isSkippedAllele(alternateText)) {
                ++summary.skippedAlleles;
                continue;
            }
            qint64 sitePosition = position;
            QByteArray siteReference = recordReference;
            QByteArray siteAlternate
                    = QByteArray::fromRawData(alternateText, qsizetype(std::strlen(alternateText)));
            normalizeAlleles(sitePosition, siteReference, siteAlternate);
            FrequencyChunk &chunk = buffer.window(FrequencyChunk::windowOf(sitePosition));
            const qsizetype site = chunk.append(sitePosition, siteReference, siteAlternate);
            for (size_t c = 0; c < readers.size(); ++c) {
                const FieldReader &reader = readers[c];
                if (reader.headerId < 0) {
                    if (!filterRead) {
                        // One shared text per FILTER value seen (PASS, AC0, ...).
                        if (parsed) {
                            filter = parser->filter;
                        } else if (record->d.n_flt == 1) {
                            auto it = filterTexts.constFind(record->d.flt[0]);
                            if (it == filterTexts.constEnd())
                                it = filterTexts.insert(record->d.flt[0],
                                                        filterText(header.get(), record.get()));
                            filter = it.value();
                        } else {
                            filter = filterText(header.get(), record.get());
                        }
                        filterRead = true;
                    }
                    chunk.setText(site, int(c), filter);
                    continue;
                }
                const int index = reader.number == BCF_VL_A   ? allele - 1
                                  : reader.number == BCF_VL_R ? allele
                                                              : 0;
                if (parsed) {
                    // Integer fields only (parseLines).
                    if (parser->has(c))
                        chunk.setInteger(site, int(c), parser->integer(c, index));
                    continue;
                }
                const bcf_info_t *entry = infoOfReader[c];
                if (!entry)
                    continue;
                switch (reader.type) {
                case FrequencyFieldType::Integer:
                    chunk.setInteger(site, int(c), integerValue(entry, index));
                    break;
                case FrequencyFieldType::Float:
                    chunk.setFloat(site, int(c), floatValue(entry, index));
                    break;
                case FrequencyFieldType::String:
                    chunk.setText(
                            site, int(c), textValue(entry, index, reader.number != BCF_VL_FIXED));
                    break;
                }
            }
        }
    }
    if (lastRid >= 0) {
        if (auto result = finishContig(); !result)
            return result.error();
    }
    if (job.isCancelled())
        return Error(Error::Code::Cancelled, Tr::tr("the import was cancelled"), vcfPath);

    summary.sites = buffer.sites;
    summary.chunks = buffer.chunks;
    summary.duplicates = buffer.duplicates;
    if (summary.duplicates > 0) {
        summary.warnings.append(Tr::tr("%n duplicate site(s) dropped; the first record wins",
                                       nullptr,
                                       int(std::min<qint64>(summary.duplicates, INT_MAX))));
    }
    if (summary.skippedAlleles > 0) {
        summary.warnings.append(Tr::tr("%n symbolic, breakend or '*' allele(s) skipped",
                                       nullptr,
                                       int(std::min<qint64>(summary.skippedAlleles, INT_MAX))));
    }
    if (auto result = writer.commit(summary.records, summary.sites); !result)
        return result.error();
    job.setProgress(fileSize, fileSize);
    if (const FrequencySource *stored = store.source(source.name))
        summary.source = *stored;
    qCDebug(lcFrequency) << "imported" << summary.sites << "sites in" << summary.chunks << "chunks;"
                         << summary.linesParsed << "of" << summary.records
                         << "lines read without an htslib record";
    return summary;
}

} // namespace Core
