// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcfreader.h"

#include "../common/logging.h"
#include "../common/tr.h"
#include "consequenceparser.h"
#include "htslib_p.h"
#include "normalizer.h"
#include "referencegenome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace Core {

namespace {

constexpr qint64 kProgressInterval = 8192;

// Stable keys of LoadSummary::skipped.
const QString kSkipNoAlt = QStringLiteral("no-alt-allele");
const QString kSkipReferenceBlock = QStringLiteral("gvcf-reference-block");
const QString kSkipSpanningDeletion = QStringLiteral("spanning-deletion-allele");
const QString kSkipDuplicate = QStringLiteral("duplicate-record");
// Stable key of LoadSummary::altered: rows whose FORMAT/PL was not kept for a call because it
// has not the number of values its GT (ploidy) and alleles need.
const QString kAlteredLikelihoodCount = QStringLiteral("pl-wrong-count");

/*!
 * The record's alleles as htslib unpacked them: REF and the ALTs, each ended by a NUL byte, in
 * one buffer (no copy). Kept per record to find a record written twice in a row.
 */
QByteArrayView alleleBytes(const bcf1_t *record)
{
    if (record->n_allele < 1)
        return {};
    const char *begin = record->d.allele[0];
    const char *end = begin;
    for (int a = 0; a < record->n_allele; ++a) {
        if (record->d.allele[a] != end)
            return {}; // not one buffer (htslib always writes one; never compare garbage)
        end += std::strlen(end) + 1;
    }
    return QByteArrayView(begin, end - begin);
}

/*! Replaces \a copy by \a bytes without giving up its capacity (one per record). */
void keepBytes(std::string &copy, QByteArrayView bytes)
{
    copy.assign(bytes.data(), size_t(bytes.size()));
}

bool isSameBytes(const std::string &copy, QByteArrayView bytes)
{
    return copy.size() == size_t(bytes.size())
           && std::memcmp(copy.data(), bytes.data(), copy.size()) == 0;
}

bool isNonRefAllele(const char *allele)
{
    return allele[0] == '<'
           && (std::strcmp(allele, "<NON_REF>") == 0 || std::strcmp(allele, "<*>") == 0);
}

/*! The allele is "*" (a spanning deletion) or "." (no ALT). */
bool isStarAllele(const char *allele)
{
    return allele[0] == '*' && allele[1] == 0;
}

bool isMissingAllele(const char *allele)
{
    return allele[0] == '.' && allele[1] == 0;
}

QString recordErrorText(int errcode)
{
    if (errcode & BCF_ERR_NCOLS)
        return Tr::tr("wrong number of columns");
    if (errcode & BCF_ERR_CTG_INVALID)
        return Tr::tr("invalid contig name");
    if (errcode & BCF_ERR_CTG_UNDEF)
        return Tr::tr("contig not declared in the header");
    if (errcode & BCF_ERR_TAG_INVALID)
        return Tr::tr("invalid INFO or FORMAT field");
    if (errcode & BCF_ERR_TAG_UNDEF)
        return Tr::tr("INFO or FORMAT key not declared in the header");
    if (errcode & BCF_ERR_LIMITS)
        return Tr::tr("value out of the range htslib supports");
    if (errcode & BCF_ERR_CHAR)
        return Tr::tr("invalid character");
    return Tr::tr("malformed record (bad POS, QUAL, allele or field value)");
}

/*!
 * Per-sample FORMAT values read straight from htslib's packed arrays (no per-record hash
 * lookups or copies through bcf_get_format_*). Integer and Float fields are both returned as
 * int32, with htslib's int32 missing/vector-end sentinels.
 */
class FormatReader
{
public:
    FormatReader(const bcf_hdr_t *header, const char *tag)
        : m_id(bcf_hdr_id2int(header, BCF_DT_ID, tag))
    {
        if (m_id >= 0 && !bcf_hdr_idinfo_exists(header, BCF_HL_FMT, m_id))
            m_id = -1;
    }

    /*! Fills \a values (perSample per sample); returns perSample, or 0 when absent. */
    int read(bcf1_t *record, int samples, std::vector<int32_t> &values) const
    {
        if (m_id < 0 || samples == 0)
            return 0;
        const bcf_fmt_t *format = bcf_get_fmt_id(record, m_id);
        if (!format || format->n <= 0 || !format->p)
            return 0;
        const int perSample = format->n;
        values.resize(size_t(perSample) * size_t(samples));
        int32_t *out = values.data();
        for (int s = 0; s < samples; ++s) {
            const uint8_t *data = format->p + size_t(s) * size_t(format->size);
            for (int i = 0; i < perSample; ++i)
                *out++ = value(format->type, data, i);
        }
        return perSample;
    }

    /*! Like read(), with missing and vector-end both as -1 (for depths and qualities). */
    int readCounts(bcf1_t *record, int samples, std::vector<int32_t> &values) const
    {
        const int perSample = read(record, samples, values);
        for (int32_t &v : values) {
            if (v == bcf_int32_missing || v == bcf_int32_vector_end)
                v = -1;
        }
        return perSample;
    }

private:
    static int32_t value(int type, const uint8_t *data, int index)
    {
        switch (type) {
        case BCF_BT_INT8: {
            const int8_t v = reinterpret_cast<const int8_t *>(data)[index];
            return v == bcf_int8_missing      ? bcf_int32_missing
                   : v == bcf_int8_vector_end ? bcf_int32_vector_end
                                              : int32_t(v);
        }
        case BCF_BT_INT16: {
            int16_t v;
            std::memcpy(&v, data + size_t(index) * 2, 2);
            return v == bcf_int16_missing      ? bcf_int32_missing
                   : v == bcf_int16_vector_end ? bcf_int32_vector_end
                                               : int32_t(v);
        }
        case BCF_BT_INT32: {
            int32_t v;
            std::memcpy(&v, data + size_t(index) * 4, 4);
            return v;
        }
        case BCF_BT_FLOAT: {
            float v;
            std::memcpy(&v, data + size_t(index) * 4, 4);
            if (bcf_float_is_vector_end(v))
                return bcf_int32_vector_end;
            if (bcf_float_is_missing(v) || !std::isfinite(v) || std::fabs(v) > 2e9f)
                return bcf_int32_missing;
            return int32_t(std::lround(v));
        }
        default:
            return bcf_int32_missing;
        }
    }

    int m_id = -1;
};

/*!
 * INFO fields declared Number=A (one value per ALT) or Number=R (one per allele, REF first),
 * read from htslib's unpacked INFO and re-indexed for one ALT of a split record.
 */
class AlleleInfoReader
{
public:
    explicit AlleleInfoReader(const bcf_hdr_t *header)
    {
        for (int id = 0; id < header->n[BCF_DT_ID]; ++id) {
            if (!bcf_hdr_idinfo_exists(header, BCF_HL_INFO, id))
                continue;
            const int length = int(bcf_hdr_id2length(header, BCF_HL_INFO, id));
            if (length != BCF_VL_A && length != BCF_VL_R)
                continue;
            m_fields.push_back({id, length == BCF_VL_R});
            m_keys.append(QString::fromUtf8(bcf_hdr_int2id(header, BCF_DT_ID, id)));
        }
        m_present.resize(m_fields.size());
    }

    const QStringList &keys() const { return m_keys; }
    bool isEmpty() const { return m_fields.empty(); }

    /*!
     * Finds the fields in \a record. Returns false when INFO cannot be unpacked; \a wrongCount
     * is raised when a field has not the number of values its Number says (that field is not
     * kept for the record: its values cannot be assigned to alleles).
     */
    bool read(bcf1_t *record, bool *wrongCount)
    {
        *wrongCount = false;
        if (bcf_unpack(record, BCF_UN_INFO) < 0)
            return false;
        for (size_t f = 0; f < m_fields.size(); ++f) {
            Present &present = m_present[f];
            present = Present();
            bcf_info_t *info = bcf_get_info_id(record, m_fields[f].id);
            if (!info || !info->vptr)
                continue;
            const int expected = m_fields[f].perAllele ? record->n_allele : record->n_allele - 1;
            present.info = info;
            if (info->type == BCF_BT_CHAR) {
                const char *text = reinterpret_cast<const char *>(info->vptr);
                qsizetype length = info->len;
                while (length > 0 && text[length - 1] == 0)
                    --length; // htslib pads strings with NUL bytes
                present.strings = QByteArray::fromRawData(text, length).split(',');
                present.count = int(present.strings.size());
            } else {
                present.count = info->len;
            }
            // A single missing value (AF=.) stands for all alleles; other counts must match.
            if (present.count != expected && !(present.count == 1 && isMissing(present, 0))) {
                *wrongCount = true;
                present = Present();
            }
        }
        return true;
    }

    /*!
     * Writes the values for ALT \a allele (1-based allele index) into \a out, one entry per
     * key joined by tabs (VariantStore::setAlleleInfo()); an absent field is an empty entry.
     * Reuses \a out's capacity: this runs for every row of a genome.
     */
    void values(int allele, QByteArray &out) const
    {
        out.clear();
        for (size_t f = 0; f < m_fields.size(); ++f) {
            if (f > 0)
                out += '\t';
            const Present &present = m_present[f];
            if (!present.info)
                continue;
            if (m_fields[f].perAllele) {
                appendValue(present, 0, out);
                out += ',';
                appendValue(present, allele, out);
            } else {
                appendValue(present, allele - 1, out);
            }
        }
    }

private:
    struct Field
    {
        int id;
        bool perAllele; // Number=R
    };
    struct Present
    {
        bcf_info_t *info = nullptr;
        int count = 0;
        QList<QByteArray> strings;
    };

    static bool isMissing(const Present &present, int index)
    {
        QByteArray text;
        appendValue(present, index, text);
        return text == ".";
    }

    static void appendInteger(int32_t value, QByteArray &out)
    {
        char buffer[16];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, qsizetype(result.ptr - buffer));
    }

    static void appendValue(const Present &present, int index, QByteArray &out)
    {
        if (index < 0 || index >= present.count) {
            out += '.';
            return;
        }
        const uint8_t *data = present.info->vptr;
        switch (present.info->type) {
        case BCF_BT_CHAR: {
            const QByteArray &text = present.strings.at(index);
            if (text.isEmpty())
                out += '.';
            else
                out.append(text.constData(), text.size());
            return;
        }
        case BCF_BT_INT8: {
            const int8_t v = reinterpret_cast<const int8_t *>(data)[index];
            if (v == bcf_int8_missing || v == bcf_int8_vector_end)
                out += '.';
            else
                appendInteger(v, out);
            return;
        }
        case BCF_BT_INT16: {
            int16_t v;
            std::memcpy(&v, data + size_t(index) * 2, 2);
            if (v == bcf_int16_missing || v == bcf_int16_vector_end)
                out += '.';
            else
                appendInteger(v, out);
            return;
        }
        case BCF_BT_INT32: {
            int32_t v;
            std::memcpy(&v, data + size_t(index) * 4, 4);
            if (v == bcf_int32_missing || v == bcf_int32_vector_end)
                out += '.';
            else
                appendInteger(v, out);
            return;
        }
        case BCF_BT_FLOAT: {
            float v;
            std::memcpy(&v, data + size_t(index) * 4, 4);
            if (bcf_float_is_missing(v) || bcf_float_is_vector_end(v)) {
                out += '.';
                return;
            }
            // As printf("%g"): six significant digits, like htslib writes floats.
            char buffer[32];
            const int length = std::snprintf(buffer, sizeof buffer, "%g", double(v));
            out.append(buffer, length);
            return;
        }
        default:
            out += '.';
            return;
        }
    }

    std::vector<Field> m_fields;
    std::vector<Present> m_present;
    QStringList m_keys;
};

/*! Zygosity of ALT allele \a allele given one sample's GT alleles. */
Zygosity zygosityOf(const int32_t *gt, int ploidy, int allele, bool *phased, bool *onFirstHaplotype)
{
    int called = 0;
    int copies = 0;
    int reference = 0;
    *phased = false;
    *onFirstHaplotype = ploidy > 0 && !bcf_gt_is_missing(gt[0]) && bcf_gt_allele(gt[0]) == allele;
    for (int i = 0; i < ploidy; ++i) {
        if (gt[i] == bcf_int32_vector_end)
            break;
        if (i > 0 && bcf_gt_is_phased(gt[i]))
            *phased = true;
        if (bcf_gt_is_missing(gt[i]))
            continue;
        ++called;
        const int index = bcf_gt_allele(gt[i]);
        if (index == allele)
            ++copies;
        else if (index == 0)
            ++reference;
    }
    int ploidyUsed = 0;
    while (ploidyUsed < ploidy && gt[ploidyUsed] != bcf_int32_vector_end)
        ++ploidyUsed;

    if (called == 0)
        return Zygosity::Missing;
    if (ploidyUsed == 1)
        return copies == 1 ? Zygosity::Hemizygous
                           : (reference == 1 ? Zygosity::HomRef : Zygosity::OtherAlt);
    if (copies >= 2)
        return Zygosity::HomAlt;
    if (copies == 1)
        return called - copies - reference > 0 ? Zygosity::HetOtherAlt : Zygosity::Het;
    return reference == called ? Zygosity::HomRef : Zygosity::OtherAlt;
}

/*! Number of GT alleles of one sample's call (its ploidy); 0 without GT. */
int ploidyOf(const int32_t *gt, int ploidy)
{
    int used = 0;
    while (used < ploidy && gt[used] != bcf_int32_vector_end)
        ++used;
    return used;
}

/*!
 * Fills \a call's FORMAT/PL for ALT \a allele from the record's Number=G values of one sample
 * (\a perSample values, padded with vector-end). Returns false when they cannot be assigned
 * to genotypes (wrong count for the ploidy, or a ploidy above 2): then the call keeps no PL.
 */
bool splitLikelihoods(const int32_t *values,
                      int perSample,
                      int alleleCount,
                      int ploidy,
                      int allele,
                      GenotypeCall &call)
{
    int count = 0;
    bool allMissing = true;
    while (count < perSample && values[count] != bcf_int32_vector_end) {
        allMissing = allMissing && values[count] == bcf_int32_missing;
        ++count;
    }
    if (count == 0)
        return true; // no PL for this sample
    if (allMissing) {
        // "." (or all values "."): as many missing values as the call has genotypes per ALT.
        call.phredLikelihoodCount = ploidy == 1 ? 2 : 3;
        return true;
    }
    int32_t split[3];
    const int kept
            = Normalizer::splitGenotypeValues(values, count, alleleCount, ploidy, allele, split);
    if (kept == 0)
        return false;
    for (int i = 0; i < kept; ++i)
        call.phredLikelihoods[size_t(i)]
                = split[i] == bcf_int32_missing ? GenotypeCall::kMissing : split[i];
    call.phredLikelihoodCount = kept;
    return true;
}

/*! Number of lines that start with '#' at the top of a text VCF (for line numbers). */
qint64 countHeaderLines(const QByteArray &encodedPath)
{
    Hts::FilePtr file(hts_open(encodedPath.constData(), "r"));
    if (!file)
        return 0;
    Hts::KString line;
    qint64 lines = 0;
    while (hts_getline(file.get(), KS_SEP_LINE, &line.value) >= 0) {
        if (line.value.l == 0 || line.value.s[0] != '#')
            break;
        ++lines;
    }
    return lines;
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

QByteArray filterText(const bcf_hdr_t *header, const bcf1_t *record, std::vector<QByteArray> &names)
{
    if (record->d.n_flt == 0)
        return QByteArrayLiteral(".");
    if (record->d.n_flt == 1) {
        const auto id = size_t(record->d.flt[0]);
        if (id >= names.size())
            names.resize(id + 1);
        if (names[id].isEmpty())
            names[id] = QByteArray(bcf_hdr_int2id(header, BCF_DT_ID, int(id)));
        return names[id];
    }
    QByteArray text;
    for (int i = 0; i < record->d.n_flt; ++i) {
        if (i > 0)
            text += ';';
        text += bcf_hdr_int2id(header, BCF_DT_ID, record->d.flt[i]);
    }
    return text;
}

/*!
 * The columns of a text line, found in one pass: their number and where the first six
 * (CHROM to QUAL) start. The checks below read them instead of searching the line again.
 */
struct LineColumns
{
    static constexpr int kKept = 6;
    int count = 0;
    const char *text[kKept] = {};
    qsizetype length[kKept] = {};

    explicit LineColumns(const kstring_t &line)
    {
        const char *p = line.s;
        const char *end = line.s + line.l;
        for (;;) {
            const char *tab = static_cast<const char *>(std::memchr(p, '\t', size_t(end - p)));
            const char *stop = tab ? tab : end;
            if (count < kKept) {
                text[count] = p;
                length[count] = stop - p;
            }
            ++count;
            if (!tab)
                break;
            p = tab + 1;
        }
    }

    /*! Start and length of column \a index (0-based, below kKept); length -1 when absent. */
    std::pair<const char *, qsizetype> column(int index) const
    {
        if (index >= count)
            return {nullptr, -1};
        return {text[index], length[index]};
    }
};

/*!
 * htslib reads a non-numeric POS as 0 without an error code; a clinical load must not
 * accept that, so the second column of a text line is checked here.
 */
bool hasNumericPosition(const LineColumns &columns)
{
    const auto [text, length] = columns.column(1);
    if (length < 0)
        return true; // the column count check reports this line
    if (length == 0)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

/*! htslib drops empty entries of ALT ("G,,T"); they make the record malformed. */
bool hasEmptyAlternate(const LineColumns &columns)
{
    const auto [text, length] = columns.column(4);
    if (length < 0)
        return false;
    if (length == 0 || text[0] == ',' || text[length - 1] == ',')
        return true;
    for (qsizetype i = 1; i < length; ++i) {
        if (text[i] == ',' && text[i - 1] == ',')
            return true;
    }
    return false;
}

/*! htslib reads a non-numeric QUAL as 0; QUAL must be '.' or a number. */
bool hasValidQuality(const LineColumns &columns)
{
    const auto [text, length] = columns.column(5);
    if (length <= 0)
        return length < 0; // a missing column is reported by the column count check
    if (length == 1 && text[0] == '.')
        return true;
    bool digit = false;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            return false;
    }
    return digit;
}

/*! The Description of an INFO header line, without quotes; empty when the key is absent. */
QByteArray infoDescription(const bcf_hdr_t *header, const char *key)
{
    bcf_hrec_t *hrec = bcf_hdr_get_hrec(header, BCF_HL_INFO, "ID", key, nullptr);
    if (!hrec)
        return QByteArray();
    const int index = bcf_hrec_find_key(hrec, "Description");
    if (index < 0)
        return QByteArray();
    QByteArray description(hrec->vals[index]);
    if (description.startsWith('"') && description.endsWith('"') && description.size() >= 2)
        description = description.mid(1, description.size() - 2);
    return description;
}

/*! REF: bases A, C, G, T, N only (either case). */
bool isValidReference(const char *allele)
{
    if (!*allele)
        return false;
    for (const char *p = allele; *p; ++p) {
        switch (*p) {
        case 'A':
        case 'C':
        case 'G':
        case 'T':
        case 'N':
        case 'a':
        case 'c':
        case 'g':
        case 't':
        case 'n':
            break;
        default:
            return false;
        }
    }
    return true;
}

/*! ALT: bases, '*', '.', a symbolic allele <...> or a breakend. */
bool isValidAlternate(const char *allele)
{
    if (!*allele)
        return false;
    if (allele[0] == '<' || std::strchr(allele, '[') || std::strchr(allele, ']'))
        return true;
    if ((allele[0] == '*' || allele[0] == '.') && allele[1] == 0)
        return true;
    if (allele[0] == '.' || allele[std::strlen(allele) - 1] == '.')
        return true; // single breakends: ".A", "A."
    return isValidReference(allele);
}

hFILE *underlyingFile(htsFile *file)
{
    return file->is_bgzf ? file->fp.bgzf->fp : file->fp.hfile;
}

} // namespace

void VcfReader::initializeLibrary()
{
    // htslib prints its own messages to stderr; ours carry file and record instead.
    hts_set_log_level(lcVcf().isDebugEnabled() ? HTS_LOG_WARNING : HTS_LOG_OFF);
}

Result<LoadedVariants> VcfReader::read(const QString &path)
{
    const JobContext job;
    return read(path, job, Options());
}

Result<LoadedVariants>
VcfReader::read(const QString &path, const JobContext &job, const Options &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("file not found"), path);
    if (!info.isFile() || !info.isReadable())
        return Error(Error::Code::FileUnreadable, Tr::tr("not a readable file"), path);
    if (info.size() == 0)
        return Error(Error::Code::UnsupportedFormat, Tr::tr("the file is empty"), path);

    QElapsedTimer timer;
    timer.start();
    std::optional<Pedigree> pedigree;
    if (!options.pedigreeFile.isEmpty()) {
        auto parsed = Pedigree::read(options.pedigreeFile);
        if (!parsed)
            return parsed.error();
        pedigree = std::move(parsed).value();
    }
    std::optional<ReferenceGenome> reference;
    if (!options.referenceFasta.isEmpty()) {
        auto opened = ReferenceGenome::open(options.referenceFasta);
        if (!opened)
            return opened.error();
        reference = std::move(opened).value();
    }

    const QByteArray encodedPath = QFile::encodeName(path);
    Hts::FilePtr file(hts_open(encodedPath.constData(), "r"));
    if (!file)
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("not a VCF or BCF file (the content is not recognised)"),
                     path);

    const htsFormat *format = hts_get_format(file.get());
    if (format->category != variant_data || (format->format != vcf && format->format != bcf)) {
        char *description = hts_format_description(format); // malloc'ed by htslib
        const QString detected = QString::fromUtf8(description);
        std::free(description);
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("not a VCF or BCF file (detected: %1)").arg(detected),
                     path);
    }
    const bool isText = format->format == vcf;

    LoadSummary summary;
    summary.file = path;
    summary.format = isText ? QStringLiteral("VCF") : QStringLiteral("BCF");
    switch (format->compression) {
    case bgzf:
        summary.compression = QStringLiteral("bgzf");
        break;
    case gzip:
        summary.compression = QStringLiteral("gzip");
        break;
    default:
        summary.compression = QStringLiteral("none");
        break;
    }
    // A BGZF file without its end-of-file marker was cut short: records may be missing even
    // when every line that is there parses. A clinical load refuses it.
    if (format->compression == bgzf && bgzf_check_EOF(file->fp.bgzf) == 0) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the file is truncated (the BGZF end-of-file marker is missing)"),
                     path);
    }
    if (format->compression == bgzf && options.decompressionThreads > 0)
        hts_set_threads(file.get(), options.decompressionThreads);

    Hts::HeaderPtr header(bcf_hdr_read(file.get()));
    if (!header) {
        return Error(Error::Code::MalformedHeader,
                     Tr::tr("the VCF header is missing or invalid"),
                     path,
                     0,
                     isText ? 1 : 0);
    }
    summary.formatVersion = QString::fromUtf8(bcf_hdr_get_version(header.get()));

    const int fileSampleCount = bcf_hdr_nsamples(header.get());
    if (!options.samples.isEmpty()) {
        for (const QString &wanted : options.samples) {
            if (bcf_hdr_id2int(header.get(), BCF_DT_SAMPLE, wanted.toUtf8().constData()) < 0) {
                return Error(Error::Code::InvalidArgument,
                             Tr::tr("sample '%1' is not in the file").arg(wanted),
                             path);
            }
        }
        if (bcf_hdr_set_samples(
                    header.get(), options.samples.join(QLatin1Char(',')).toUtf8().constData(), 0)
            != 0) {
            return Error(Error::Code::InvalidArgument, Tr::tr("cannot select the samples"), path);
        }
    }
    const int sampleCount = bcf_hdr_nsamples(header.get());
    QStringList samples;
    samples.reserve(sampleCount);
    for (int i = 0; i < sampleCount; ++i)
        samples.append(QString::fromUtf8(header->samples[i]));
    summary.samples = samples;
    for (int i = 0; i < sampleCount; ++i) {
        const QByteArray raw(header->samples[i]);
        if (samples.at(i).toUtf8() != raw) {
            summary.warnings.append(Tr::tr("sample name %1 is not valid UTF-8; shown as \"%2\"")
                                            .arg(i + 1)
                                            .arg(samples.at(i)));
        }
    }

    QString referenceLine;
    const QList<ContigLength> contigs = headerContigs(header.get(), &referenceLine);
    summary.build = detectGenomeBuild(contigs, referenceLine);

    std::optional<ConsequenceParser> consequences;
    for (const char *key : {"CSQ", "ANN"}) {
        consequences = ConsequenceParser::fromHeader(key, infoDescription(header.get(), key));
        if (consequences)
            break;
    }
    Hts::Buffer<char> consequenceText;

    const qint64 headerLines = isText ? countHeaderLines(encodedPath) : 0;
    const qint64 fileSize = info.size();

    auto store = std::make_shared<VariantStore>(samples);
    Hts::RecordPtr record(bcf_init());
    if (!record)
        return Error(Error::Code::Internal, Tr::tr("out of memory"), path);

    const FormatReader genotypeReader(header.get(), "GT");
    const FormatReader depthReader(header.get(), "DP");
    const FormatReader qualityReader(header.get(), "GQ");
    const FormatReader alleleDepthReader(header.get(), "AD");
    const FormatReader phaseSetReader(header.get(), "PS");
    // FORMAT/PL is kept when the header declares it as one value per genotype (Number=G).
    const int likelihoodId = bcf_hdr_id2int(header.get(), BCF_DT_ID, "PL");
    const bool keepLikelihoods
            = likelihoodId >= 0 && bcf_hdr_idinfo_exists(header.get(), BCF_HL_FMT, likelihoodId)
              && bcf_hdr_id2length(header.get(), BCF_HL_FMT, likelihoodId) == BCF_VL_G;
    const FormatReader likelihoodReader(header.get(), keepLikelihoods ? "PL" : "");
    store->setKeepsPhredLikelihoods(keepLikelihoods);
    qint64 wrongLikelihoodCounts = 0;
    std::vector<int32_t> likelihoods;
    // VCF: phased genotypes without a PS all belong to one phase set. When the header declares
    // PS, a phased call whose PS is missing is taken as not phased with the others (safer).
    const bool headerDeclaresPhaseSet = bcf_hdr_idinfo_exists(
            header.get(), BCF_HL_FMT, bcf_hdr_id2int(header.get(), BCF_DT_ID, "PS"));
    std::optional<AlleleInfoReader> alleleInfo;
    if (options.keepAlleleInfo) {
        alleleInfo.emplace(header.get());
        if (alleleInfo->isEmpty())
            alleleInfo.reset();
        else
            store->setAlleleInfoKeys(alleleInfo->keys());
    }
    qint64 wrongAlleleInfoCounts = 0;
    QByteArray alleleInfoValues;
    std::vector<int32_t> genotypes;
    std::vector<int32_t> depths;
    std::vector<int32_t> qualities;
    std::vector<int32_t> alleleDepths;
    std::vector<int32_t> phaseSets;
    std::vector<qint64> variantsPerContig; // by htslib rid
    std::vector<QByteArray> filterNames;   // by htslib filter id
    QByteArray currentContig;
    int currentContigRid = -1;
    std::vector<GenotypeCall> calls(static_cast<size_t>(sampleCount));

    qint64 undeclaredTags = 0;
    qint64 undeclaredContigs = 0;
    qint64 unsortedRecords = 0;
    qint64 blankLines = 0;
    std::string previousAlleles;
    std::string previousShared;     // the record before, as htslib encoded it
    std::string previousIndividual; // (site fields, genotype fields)
    qint64 repeatedSites = 0;
    qint64 referenceMismatches = 0;
    qint64 contigsMissingFromReference = 0;
    int lastRid = -1;
    hts_pos_t lastPos = -1;
    QSet<int> finishedContigs;

    for (;;) {
        int status = 0;
        if (isText) {
            status = hts_getline(file.get(), KS_SEP_LINE, &file->line);
            if (status == -1)
                break;
            if (status < -1) {
                return Error(Error::Code::FileUnreadable,
                             Tr::tr("read error: the file is truncated or its compression is "
                                    "corrupt"),
                             path,
                             summary.recordsRead + 1,
                             headerLines + summary.recordsRead + blankLines + 1);
            }
            if (file->line.l == 0) {
                ++blankLines;
                continue;
            }
            // htslib parses the line as a C string: after a NUL byte it would see fewer
            // columns than were counted here, and a record without alleles.
            if (std::memchr(file->line.s, '\0', file->line.l)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("the line contains a NUL byte (binary data)"),
                             path,
                             summary.recordsRead + 1,
                             headerLines + blankLines + summary.recordsRead + 1);
            }
            const LineColumns lineColumns(file->line);
            const int columns = lineColumns.count;
            if (columns < 8 || (fileSampleCount > 0 && columns != 9 + fileSampleCount)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("wrong number of columns: %1 instead of %2")
                                     .arg(columns)
                                     .arg(fileSampleCount > 0 ? 9 + fileSampleCount : 8),
                             path,
                             summary.recordsRead + 1,
                             headerLines + blankLines + summary.recordsRead + 1);
            }
            if (!hasNumericPosition(lineColumns)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("POS is not a positive whole number"),
                             path,
                             summary.recordsRead + 1,
                             headerLines + blankLines + summary.recordsRead + 1);
            }
            if (hasEmptyAlternate(lineColumns)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("ALT has an empty allele"),
                             path,
                             summary.recordsRead + 1,
                             headerLines + blankLines + summary.recordsRead + 1);
            }
            if (!hasValidQuality(lineColumns)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("QUAL is neither '.' nor a number"),
                             path,
                             summary.recordsRead + 1,
                             headerLines + blankLines + summary.recordsRead + 1);
            }
            status = vcf_parse(&file->line, header.get(), record.get());
        } else {
            status = bcf_read(file.get(), header.get(), record.get());
            if (status == -1)
                break;
        }
        ++summary.recordsRead;
        const qint64 line = isText ? headerLines + blankLines + summary.recordsRead : 0;

        const int errcode = record->errcode;
        if (status < 0 || (errcode & ~(BCF_ERR_TAG_UNDEF | BCF_ERR_CTG_UNDEF)) != 0) {
            return Error(Error::Code::MalformedRecord,
                         status < -1 && !isText ? Tr::tr("read error: the BCF file is truncated "
                                                         "or corrupt")
                                                : recordErrorText(errcode),
                         path,
                         summary.recordsRead,
                         line);
        }
        if (errcode & BCF_ERR_TAG_UNDEF)
            ++undeclaredTags;
        if (errcode & BCF_ERR_CTG_UNDEF)
            ++undeclaredContigs;

        if (bcf_unpack(record.get(), BCF_UN_STR | BCF_UN_FLT) < 0) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("the record cannot be unpacked"),
                         path,
                         summary.recordsRead,
                         line);
        }
        const char *contigName = bcf_seqname(header.get(), record.get());
        if (!contigName) {
            return Error(Error::Code::MalformedRecord,
                         recordErrorText(BCF_ERR_CTG_UNDEF),
                         path,
                         summary.recordsRead,
                         line);
        }

        const bool samePosition = record->rid == lastRid && record->pos == lastPos;
        if (record->rid == lastRid) {
            if (record->pos < lastPos)
                ++unsortedRecords;
        } else {
            if (finishedContigs.contains(record->rid))
                ++unsortedRecords;
            if (lastRid >= 0)
                finishedContigs.insert(lastRid);
            lastRid = record->rid;
        }
        lastPos = record->pos;

        if (record->n_allele < 1 || !isValidReference(record->d.allele[0])) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("REF must consist of the bases A, C, G, T and N"),
                         path,
                         summary.recordsRead,
                         line);
        }
        for (int a = 1; a < record->n_allele; ++a) {
            if (!isValidAlternate(record->d.allele[a])) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("ALT allele %1 is empty or not a valid allele").arg(a),
                             path,
                             summary.recordsRead,
                             line);
            }
        }
        // A record written twice in a row (same site, same fields and genotypes) would be
        // counted twice: keep the first. The same site with different content is kept, with a
        // warning: dropping it could lose a call.
        // The content is compared as htslib encoded it (a copy of the record before, which
        // costs less than hashing every record).
        const QByteArrayView recordAlleles = alleleBytes(record.get());
        const QByteArrayView shared(record->shared.s, qsizetype(record->shared.l));
        const QByteArrayView individual(record->indiv.s, qsizetype(record->indiv.l));
        if (samePosition && isSameBytes(previousAlleles, recordAlleles)) {
            if (isSameBytes(previousShared, shared)
                && isSameBytes(previousIndividual, individual)) {
                ++summary.skipped[kSkipDuplicate];
                continue;
            }
            ++repeatedSites;
        }
        keepBytes(previousAlleles, recordAlleles);
        keepBytes(previousShared, shared);
        keepBytes(previousIndividual, individual);

        // Which ALT alleles become rows.
        const int alleleCount = record->n_allele;
        char **alleles = record->d.allele;
        int realAlternates = 0;
        int nonRefAlternates = 0;
        for (int a = 1; a < alleleCount; ++a) {
            if (isNonRefAllele(alleles[a]))
                ++nonRefAlternates;
            else if (!isStarAllele(alleles[a]) && !isMissingAllele(alleles[a]))
                ++realAlternates;
        }
        if (realAlternates == 0) {
            ++summary.skipped[nonRefAlternates > 0 ? kSkipReferenceBlock : kSkipNoAlt];
            continue;
        }
        const bool multiallelic = realAlternates > 1;
        if (multiallelic)
            ++summary.multiallelicRecords;

        const int ploidy = genotypeReader.read(record.get(), sampleCount, genotypes);
        for (const int32_t value : genotypes) {
            if (ploidy > 0 && value != bcf_int32_vector_end && value != bcf_int32_missing
                && !bcf_gt_is_missing(value) && bcf_gt_allele(value) >= alleleCount) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("GT refers to allele %1, but the record has %n allele(s)",
                                    nullptr,
                                    alleleCount)
                                     .arg(bcf_gt_allele(value)),
                             path,
                             summary.recordsRead,
                             line);
            }
        }
        const int depthsPerSample = depthReader.readCounts(record.get(), sampleCount, depths);
        const int qualitiesPerSample
                = qualityReader.readCounts(record.get(), sampleCount, qualities);
        const int adPerSample
                = alleleDepthReader.readCounts(record.get(), sampleCount, alleleDepths);
        const int phaseSetsPerSample
                = phaseSetReader.readCounts(record.get(), sampleCount, phaseSets);
        const int likelihoodsPerSample
                = keepLikelihoods ? likelihoodReader.read(record.get(), sampleCount, likelihoods)
                                  : 0;
        bool likelihoodCountWrong = false;
        if (alleleInfo) {
            bool wrongCount = false;
            if (!alleleInfo->read(record.get(), &wrongCount)) {
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("the record's INFO cannot be unpacked"),
                             path,
                             summary.recordsRead,
                             line);
            }
            if (wrongCount)
                ++wrongAlleleInfoCounts;
        }

        QList<TranscriptConsequence> entries;
        if (consequences
            && bcf_get_info_string(header.get(),
                                   record.get(),
                                   consequences->key().constData(),
                                   &consequenceText.data,
                                   &consequenceText.capacity)
                       > 0) {
            entries = consequences->parse(QByteArray(consequenceText.data));
        }

        if (record->rid != currentContigRid) {
            currentContigRid = record->rid;
            currentContig = QByteArray(contigName);
        }
        const QByteArray &contig = currentContig;
        // Raw views of htslib's buffers, valid for this record; the store copies what it keeps.
        const QByteArray referenceAllele
                = QByteArray::fromRawData(alleles[0], qsizetype(std::strlen(alleles[0])));
        const float quality = bcf_float_is_missing(record->qual)
                                      ? std::numeric_limits<float>::quiet_NaN()
                                      : record->qual;
        const QByteArray filter = filterText(header.get(), record.get(), filterNames);
        const bool failsFilter = filter != "PASS" && filter != ".";

        for (int a = 1; a < alleleCount; ++a) {
            if (isNonRefAllele(alleles[a]) || isMissingAllele(alleles[a]))
                continue;
            if (isStarAllele(alleles[a])) {
                ++summary.skipped[kSkipSpanningDeletion];
                continue;
            }
            bool rowLikelihoodsDropped = false;
            for (int s = 0; s < sampleCount; ++s) {
                GenotypeCall &call = calls[size_t(s)];
                call = GenotypeCall();
                if (likelihoodsPerSample > 0
                    && !splitLikelihoods(
                            likelihoods.data() + size_t(s) * size_t(likelihoodsPerSample),
                            likelihoodsPerSample,
                            alleleCount,
                            ploidy > 0 ? ploidyOf(genotypes.data() + s * ploidy, ploidy) : 0,
                            a,
                            call)) {
                    rowLikelihoodsDropped = true;
                }
                if (ploidy > 0)
                    call.zygosity = zygosityOf(genotypes.data() + s * ploidy,
                                               ploidy,
                                               a,
                                               &call.phased,
                                               &call.onFirstHaplotype);
                if (call.phased) {
                    const int phaseSet = phaseSetsPerSample > 0
                                                 ? phaseSets[size_t(s * phaseSetsPerSample)]
                                                 : -1;
                    if (phaseSet >= 0)
                        call.phaseSet = phaseSet;
                    else if (!headerDeclaresPhaseSet)
                        call.phaseSet = GenotypeCall::kWholeContig;
                }
                if (depthsPerSample > 0)
                    call.depth = depths[size_t(s * depthsPerSample)];
                if (qualitiesPerSample > 0)
                    call.genotypeQuality = qualities[size_t(s * qualitiesPerSample)];
                if (adPerSample == alleleCount) {
                    call.referenceDepth = alleleDepths[size_t(s * adPerSample)];
                    call.alternateDepth = alleleDepths[size_t(s * adPerSample + a)];
                    int total = 0;
                    for (int k = 0; k < adPerSample; ++k) {
                        const int depth = alleleDepths[size_t(s * adPerSample + k)];
                        total = depth < 0 || total < 0 ? -1 : total + depth;
                    }
                    call.totalAlleleDepth = total;
                }
            }
            const QByteArray alternateAllele
                    = QByteArray::fromRawData(alleles[a], qsizetype(std::strlen(alleles[a])));
            Normalizer::Allele allele{
                    contig, qint64(record->pos) + 1, referenceAllele, alternateAllele};
            int change = Normalizer::Unchanged;
            if (reference) {
                Normalizer::Status status = Normalizer::Status::Ok;
                change = Normalizer::normalize(allele, *reference, &status);
                if (status == Normalizer::Status::ReferenceMismatch)
                    ++referenceMismatches;
                else if (status == Normalizer::Status::ContigMissing)
                    ++contigsMissingFromReference;
            } else if (options.trimAlleles) {
                change = Normalizer::trim(allele);
            }
            const qsizetype row = store->append(contig,
                                                allele.position,
                                                allele.reference,
                                                allele.alternate,
                                                quality,
                                                filter,
                                                multiallelic,
                                                calls.data());
            if (alleleInfo) {
                alleleInfo->values(a, alleleInfoValues);
                store->setAlleleInfo(row, alleleInfoValues);
            }
            if (rowLikelihoodsDropped) {
                likelihoodCountWrong = true;
                ++summary.altered[kAlteredLikelihoodCount];
            }
            if (change & Normalizer::Trimmed) {
                store->addFlags(row, VariantStore::Trimmed);
                ++summary.altered[QStringLiteral("trimmed")];
            }
            if (change & Normalizer::LeftAligned) {
                store->addFlags(row, VariantStore::LeftAligned);
                ++summary.altered[QStringLiteral("left-aligned")];
            }
            if (!entries.isEmpty()) {
                // Annotators describe the allele as written in the file, before trimming.
                const int picked
                        = ConsequenceParser::pick(entries, referenceAllele, alternateAllele);
                if (picked >= 0)
                    store->setConsequence(row, entries.at(picked));
            }
            switch (store->type(row)) {
            case VariantType::Snv:
                ++summary.snvs;
                break;
            case VariantType::Mnv:
                ++summary.mnvs;
                break;
            case VariantType::Structural:
                ++summary.structural;
                break;
            default:
                ++summary.indels;
                break;
            }
            if (failsFilter)
                ++summary.filteredVariants;
            if (size_t(record->rid) >= variantsPerContig.size())
                variantsPerContig.resize(size_t(record->rid) + 1, 0);
            ++variantsPerContig[size_t(record->rid)];
        }

        if (likelihoodCountWrong)
            ++wrongLikelihoodCounts;

        if (summary.recordsRead % kProgressInterval == 0) {
            if (job.isCancelled())
                return Error(Error::Code::Cancelled, Tr::tr("loading was cancelled"), path);
            job.setProgress(qint64(htell(underlyingFile(file.get()))), fileSize);
        }
    }

    summary.variants = store->size();
    for (size_t rid = 0; rid < variantsPerContig.size(); ++rid) {
        if (variantsPerContig[rid] > 0) {
            summary.variantsPerContig.insert(
                    QString::fromUtf8(bcf_hdr_id2name(header.get(), int(rid))),
                    variantsPerContig[rid]);
        }
    }
    if (undeclaredTags > 0) {
        summary.warnings.append(
                Tr::tr("%n record(s) use INFO or FORMAT keys not declared in the header",
                       nullptr,
                       int(undeclaredTags)));
    }
    if (undeclaredContigs > 0) {
        summary.warnings.append(Tr::tr("%n record(s) are on contigs not declared in the header",
                                       nullptr,
                                       int(undeclaredContigs)));
    }
    if (unsortedRecords > 0) {
        summary.warnings.append(
                Tr::tr("the file is not sorted by position (%n record(s) out of order)",
                       nullptr,
                       int(unsortedRecords)));
    }
    if (referenceMismatches > 0) {
        summary.warnings.append(Tr::tr("%n variant(s) have a REF that does not match the "
                                       "reference FASTA; they were trimmed but not left-aligned",
                                       nullptr,
                                       int(referenceMismatches)));
    }
    if (contigsMissingFromReference > 0) {
        summary.warnings.append(Tr::tr("%n variant(s) are on contigs missing from the reference "
                                       "FASTA",
                                       nullptr,
                                       int(contigsMissingFromReference)));
    }
    if (repeatedSites > 0) {
        summary.warnings.append(Tr::tr("%n record(s) repeat the site and alleles of the record "
                                       "before them with different content; both are kept",
                                       nullptr,
                                       int(repeatedSites)));
    }
    if (wrongAlleleInfoCounts > 0) {
        summary.warnings.append(Tr::tr("%n record(s) have a per-allele INFO field (Number=A or R) "
                                       "with the wrong number of values; those values were not "
                                       "kept",
                                       nullptr,
                                       int(wrongAlleleInfoCounts)));
    }
    if (wrongLikelihoodCounts > 0) {
        summary.warnings.append(Tr::tr("%n record(s) have a FORMAT/PL (Number=G) with the wrong "
                                       "number of values for the genotype's ploidy and alleles; "
                                       "PL was not kept for those calls",
                                       nullptr,
                                       int(wrongLikelihoodCounts)));
    }
    if (blankLines > 0)
        summary.warnings.append(Tr::tr("%n blank line(s) ignored", nullptr, int(blankLines)));
    if (summary.build == GenomeBuild::Unknown)
        summary.warnings.append(Tr::tr("the genome build could not be detected from the header"));

    LoadedVariants loaded;
    if (pedigree) {
        QList<Sex> sexes;
        for (const QString &sample : samples) {
            const auto member = pedigree->member(sample);
            sexes.append(member ? member->sex : Sex::Unknown);
            summary.sampleSexes.append(sexKey(member ? member->sex : Sex::Unknown));
            summary.sampleAffected.append(
                    affectedStatusKey(member ? member->affected : AffectedStatus::Unknown));
        }
        const qint64 hemizygous = markHemizygousCalls(*store, sexes, summary.build);
        if (hemizygous > 0)
            summary.altered[QStringLiteral("hemizygous-call")] = hemizygous;
        for (const Pedigree::Trio &candidate : pedigree->trios()) {
            const TrioSamples trio{int(samples.indexOf(candidate.child)),
                                   int(samples.indexOf(candidate.father)),
                                   int(samples.indexOf(candidate.mother)),
                                   pedigree->sexOf(candidate.child)};
            if (trio.child < 0 || trio.father < 0 || trio.mother < 0)
                continue;
            auto analysis = std::make_shared<InheritanceAnalysis>(
                    InheritanceAnalysis::run(*store, trio, summary.build));
            for (auto flag : {InheritanceAnalysis::DeNovo,
                              InheritanceAnalysis::HomozygousRecessive,
                              InheritanceAnalysis::CompoundHeterozygous,
                              InheritanceAnalysis::XLinked,
                              InheritanceAnalysis::MendelianError}) {
                summary.trio.insert(InheritanceAnalysis::flagKeys(flag).constFirst(),
                                    analysis->count(flag));
            }
            summary.trioSamples = {candidate.child, candidate.father, candidate.mother};
            loaded.inheritance = std::move(analysis);
            loaded.trio = trio;
            break;
        }
        if (summary.trioSamples.isEmpty() && !pedigree->trios().isEmpty())
            summary.warnings.append(Tr::tr("the PED file's trio is not among the file's samples"));
        loaded.pedigree = std::move(pedigree);
    }
    summary.elapsedMilliseconds = timer.elapsed();

    qCDebug(lcVcf) << "loaded" << summary.recordsRead << "records," << summary.variants
                   << "variants," << summary.skippedTotal() << "skipped";
    job.setProgress(fileSize, fileSize);
    loaded.store = std::move(store);
    loaded.summary = std::move(summary);
    return loaded;
}

} // namespace Core
