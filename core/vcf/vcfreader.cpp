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

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <sys/resource.h>

namespace Core {

namespace {

constexpr qint64 kProgressInterval = 8192;
/*! The largest BCF header text read (a header of millions of samples stays far below). */
constexpr qint64 kMaximumBcfHeaderBytes = qint64(256) << 20;

/*! The header length a BCF file declares after its magic ("BCF\2\2"), or -1 if unreadable. */
qint64 declaredBcfHeaderBytes(const QByteArray &encodedPath)
{
    BGZF *stream = bgzf_open(encodedPath.constData(), "r"); // reads plain files too
    if (!stream)
        return -1;
    unsigned char bytes[9];
    const ssize_t read = bgzf_read(stream, bytes, sizeof bytes);
    bgzf_close(stream);
    if (read != ssize_t(sizeof bytes))
        return -1;
    return qint64(bytes[5]) | qint64(bytes[6]) << 8 | qint64(bytes[7]) << 16
           | qint64(bytes[8]) << 24;
}

// Stable keys of LoadSummary::skipped.
const QString kSkipNoAlt = QStringLiteral("no-alt-allele");
const QString kSkipReferenceBlock = QStringLiteral("gvcf-reference-block");
const QString kSkipSpanningDeletion = QStringLiteral("spanning-deletion-allele");
const QString kSkipDuplicate = QStringLiteral("duplicate-record");
// Stable key of LoadSummary::altered: rows whose FORMAT/PL was not kept for a call because it
// has not the number of values its GT (ploidy) and alleles need.
const QString kAlteredLikelihoodCount = QStringLiteral("pl-wrong-count");
// Stable key of LoadSummary::altered: rows whose FORMAT/AD was not kept for a call because it
// has not one value per allele of the record.
const QString kAlteredAlleleDepthCount = QStringLiteral("ad-wrong-count");
// Stable key of LoadSummary::notes: records whose FORMAT/GL was kept as PL.
const QString kNoteLikelihoodsFromLog10 = QStringLiteral("pl-from-gl");

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
// An empty view may have no data pointer at all (a record without samples has no sample
// block): never passed to assign() or memcmp(), which must not be given null.
void keepBytes(std::string &copy, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        copy.clear();
    else
        copy.assign(bytes.data(), size_t(bytes.size()));
}

bool isSameBytes(const std::string &copy, QByteArrayView bytes)
{
    return copy.size() == size_t(bytes.size())
           && (copy.empty() || std::memcmp(copy.data(), bytes.data(), copy.size()) == 0);
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
        const bcf_fmt_t *format = field(record, samples, values);
        if (!format)
            return 0;
        const int perSample = format->n;
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

    /*!
     * Reads FORMAT/GL (log10 likelihoods, Number=G) like read(), converted to phred-scaled
     * values as in PL: round(-10 * GL), less the smallest value of the call so that its most
     * likely genotype is 0. Missing values stay missing; values beyond the int32 range are
     * saturated (the store keeps at most 65534 anyway).
     */
    int readPhredFromLog10(bcf1_t *record, int samples, std::vector<int32_t> &values) const
    {
        const bcf_fmt_t *format = field(record, samples, values);
        if (!format)
            return 0;
        const int perSample = format->n;
        for (int s = 0; s < samples; ++s) {
            const uint8_t *data = format->p + size_t(s) * size_t(format->size);
            int32_t *out = values.data() + size_t(s) * size_t(perSample);
            int32_t smallest = std::numeric_limits<int32_t>::max();
            for (int i = 0; i < perSample; ++i) {
                out[i] = phredFromLog10(format->type, data, i);
                if (out[i] != bcf_int32_missing && out[i] != bcf_int32_vector_end)
                    smallest = std::min(smallest, out[i]);
            }
            if (smallest == std::numeric_limits<int32_t>::max())
                continue; // all missing
            for (int i = 0; i < perSample; ++i) {
                if (out[i] != bcf_int32_missing && out[i] != bcf_int32_vector_end)
                    out[i] -= smallest;
            }
        }
        return perSample;
    }

private:
    /*!
     * The field in \a record, with \a values sized for all its values (n per sample); null
     * when the header or the record has no such field.
     */
    const bcf_fmt_t *field(bcf1_t *record, int samples, std::vector<int32_t> &values) const
    {
        if (m_id < 0 || samples == 0)
            return nullptr;
        const bcf_fmt_t *format = bcf_get_fmt_id(record, m_id);
        if (!format || format->n <= 0 || !format->p)
            return nullptr;
        values.resize(size_t(format->n) * size_t(samples));
        return format;
    }

    // |round(-10 * GL)| is capped here, so that the value less the call's smallest stays in
    // int32 and clear of htslib's sentinels (GL = -inf, an impossible genotype, included).
    static constexpr double kPhredCap = 1e9;

    static int32_t phredFromLog10(int type, const uint8_t *data, int index)
    {
        double log10;
        if (type == BCF_BT_FLOAT) {
            float v;
            std::memcpy(&v, data + size_t(index) * 4, 4);
            if (bcf_float_is_vector_end(v))
                return bcf_int32_vector_end;
            if (bcf_float_is_missing(v) || std::isnan(v))
                return bcf_int32_missing;
            log10 = double(v);
        } else {
            const int32_t v = value(type, data, index);
            if (v == bcf_int32_missing || v == bcf_int32_vector_end)
                return v;
            log10 = double(v);
        }
        const double phred = std::clamp(-10.0 * log10, -kPhredCap, kPhredCap);
        return int32_t(std::lround(phred));
    }

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

/*! How one sample's FORMAT/AD of a record can be used (checkAlleleDepths()). */
struct AlleleDepthCall
{
    enum State : quint8 {
        Absent,     //!< no AD, or only missing values (".")
        Kept,       //!< one value per allele
        WrongCount, //!< another number of values: not kept, counted
    };
    State state = Absent;
    int total = GenotypeCall::kMissing; //!< sum over the alleles; kMissing when one is missing
};

/*!
 * Checks each sample's FORMAT/AD (\a perSample values per sample, padded with vector-end,
 * read by FormatReader::read()) against the record's \a alleleCount (Number=R) into \a calls,
 * and turns missing and padding values into GenotypeCall::kMissing.
 */
void checkAlleleDepths(std::vector<int32_t> &depths,
                       int perSample,
                       int alleleCount,
                       std::vector<AlleleDepthCall> &calls)
{
    const size_t samples = depths.size() / size_t(perSample);
    calls.assign(samples, AlleleDepthCall());
    for (size_t s = 0; s < samples; ++s) {
        int32_t *values = depths.data() + s * size_t(perSample);
        int count = 0;
        bool allMissing = true;
        int total = 0;
        for (int i = 0; i < perSample; ++i) {
            int32_t &value = values[i];
            if (value == bcf_int32_vector_end) {
                value = GenotypeCall::kMissing;
                continue;
            }
            ++count;
            if (value == bcf_int32_missing)
                value = GenotypeCall::kMissing;
            else
                allMissing = false;
            total = value < 0 || total < 0 ? GenotypeCall::kMissing : total + value;
        }
        AlleleDepthCall &call = calls[s];
        if (count == alleleCount) {
            call.state = AlleleDepthCall::Kept;
            call.total = total;
        } else if (count > 0 && !allMissing) {
            call.state = AlleleDepthCall::WrongCount;
        }
    }
}

/*!
 * A String INFO field of \a record by header id, as bcf_get_info_string() copies it (up to a
 * NUL byte); nullopt when the record has none.
 */
std::optional<QByteArray> infoText(bcf1_t *record, int id)
{
    const bcf_info_t *info = bcf_get_info_id(record, id);
    if (!info || !info->vptr || info->len <= 0)
        return std::nullopt;
    const char *text = reinterpret_cast<const char *>(info->vptr);
    return QByteArray(text, qsizetype(strnlen(text, size_t(info->len))));
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

/*!
 * FILTER as text; \a keys are the header's names of record->d.flt (resolved by the reader
 * stage), \a names caches the texts of single filters by id.
 */
QByteArray filterText(const bcf1_t *record,
                      const std::vector<const char *> &keys,
                      std::vector<QByteArray> &names)
{
    if (record->d.n_flt == 0)
        return QByteArrayLiteral(".");
    if (record->d.n_flt == 1) {
        const auto id = size_t(record->d.flt[0]);
        if (id >= names.size())
            names.resize(id + 1);
        if (names[id].isEmpty())
            names[id] = QByteArray(keys[0]);
        return names[id];
    }
    QByteArray text;
    for (int i = 0; i < record->d.n_flt; ++i) {
        if (i > 0)
            text += ';';
        text += keys[size_t(i)];
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

/*!
 * One data record as the reader stage leaves it: parsed by htslib, its text line checked, its
 * alleles and FILTER unpacked, with what extraction needs from the header resolved here (the
 * reader stage owns the header while it runs: htslib adds undeclared keys and contigs to it).
 */
struct ParsedRecord
{
    Hts::RecordPtr record;
    qint64 number = 0;    //!< 1-based data record number
    qint64 line = 0;      //!< 1-based line of a text VCF; 0 for BCF
    qint64 progress = -1; //!< bytes of the file read, set every kProgressInterval records
    const char *contigName = nullptr;      //!< header key, lives as long as the header
    std::vector<const char *> filterNames; //!< header keys of record->d.flt
};

/*!
 * Why the reader stage stopped before the end of the file. Only facts: the calling thread
 * words the Error (Tr::tr follows that thread's ScopedTranslation).
 */
struct ParseFailure
{
    enum class Kind {
        ReadError,
        NulByte,
        ColumnCount,
        Position,
        EmptyAlternate,
        Quality,
        Record,
        Unpack,
        Contig,
        OutOfMemory,
    };
    Kind kind = Kind::Record;
    qint64 record = 0;
    qint64 line = 0;
    int columns = 0;
    int expectedColumns = 0;
    int errcode = 0;
    bool bcfReadError = false;
};

Error parseFailureError(const ParseFailure &failure, const QString &path)
{
    using Kind = ParseFailure::Kind;
    switch (failure.kind) {
    case Kind::ReadError:
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("read error: the file is truncated or its compression is corrupt"),
                     path,
                     failure.record,
                     failure.line);
    case Kind::NulByte:
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("the line contains a NUL byte (binary data)"),
                     path,
                     failure.record,
                     failure.line);
    case Kind::ColumnCount:
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("wrong number of columns: %1 instead of %2")
                             .arg(failure.columns)
                             .arg(failure.expectedColumns),
                     path,
                     failure.record,
                     failure.line);
    case Kind::Position:
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("POS is not a positive whole number"),
                     path,
                     failure.record,
                     failure.line);
    case Kind::EmptyAlternate:
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("ALT has an empty allele"),
                     path,
                     failure.record,
                     failure.line);
    case Kind::Quality:
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("QUAL is neither '.' nor a number"),
                     path,
                     failure.record,
                     failure.line);
    case Kind::Record:
        return Error(Error::Code::MalformedRecord,
                     failure.bcfReadError
                             ? Tr::tr("read error: the BCF file is truncated or corrupt")
                             : recordErrorText(failure.errcode),
                     path,
                     failure.record,
                     failure.line);
    case Kind::Unpack:
        return Error(Error::Code::MalformedRecord,
                     Tr::tr("the record cannot be unpacked"),
                     path,
                     failure.record,
                     failure.line);
    case Kind::Contig:
        return Error(Error::Code::MalformedRecord,
                     recordErrorText(BCF_ERR_CTG_UNDEF),
                     path,
                     failure.record,
                     failure.line);
    case Kind::OutOfMemory:
        break;
    }
    return Error(Error::Code::Internal, Tr::tr("out of memory"), path);
}

/*!
 * The first stage of a load: reads the next line (text VCF) or record (BCF), checks what
 * htslib would accept silently in a text line, parses it with htslib and unpacks its alleles
 * and FILTER. Runs on the reader thread of a RecordPipeline (or on the calling thread).
 */
class RecordParser
{
public:
    enum class Step { Record, End, Failed };

    /*! \a fileSampleCount: the samples of the file, before any selection of samples. */
    RecordParser(
            htsFile *file, bcf_hdr_t *header, bool isText, qint64 headerLines, int fileSampleCount)
        : m_file(file)
        , m_header(header)
        , m_isText(isText)
        , m_headerLines(headerLines)
        , m_fileSampleCount(fileSampleCount)
    {}

    /*! Reads the next record into \a parsed. After Failed, failure() says why. */
    Step next(ParsedRecord &parsed);

    const ParseFailure &failure() const { return m_failure; }
    qint64 blankLines() const { return m_blankLines; }

private:
    Step fail(ParseFailure::Kind kind, qint64 record, qint64 line)
    {
        m_failure.kind = kind;
        m_failure.record = record;
        m_failure.line = line;
        return Step::Failed;
    }

    /*! Bytes of the file read so far (progress); only this thread reads the file. */
    qint64 position() const
    {
        if (m_file->is_bgzf) // the compressed offset of the block being read
            return qint64(bgzf_tell(m_file->fp.bgzf) >> 16);
        return qint64(htell(m_file->fp.hfile));
    }

    htsFile *m_file;
    bcf_hdr_t *m_header;
    bool m_isText;
    qint64 m_headerLines;
    int m_fileSampleCount;
    qint64 m_records = 0;
    qint64 m_blankLines = 0;
    ParseFailure m_failure;
};

RecordParser::Step RecordParser::next(ParsedRecord &parsed)
{
    using Kind = ParseFailure::Kind;
    if (!parsed.record) {
        parsed.record.reset(bcf_init());
        if (!parsed.record)
            return fail(Kind::OutOfMemory, m_records + 1, 0);
    }
    bcf1_t *record = parsed.record.get();
    int status = 0;
    if (m_isText) {
        kstring_t &text = m_file->line;
        for (;;) {
            status = hts_getline(m_file, KS_SEP_LINE, &text);
            if (status == -1)
                return Step::End;
            if (status < -1) {
                return fail(Kind::ReadError,
                            m_records + 1,
                            m_headerLines + m_records + m_blankLines + 1);
            }
            if (text.l != 0)
                break;
            ++m_blankLines;
        }
        const qint64 nextLine = m_headerLines + m_blankLines + m_records + 1;
        // htslib parses the line as a C string: after a NUL byte it would see fewer
        // columns than were counted here, and a record without alleles.
        if (std::memchr(text.s, '\0', text.l))
            return fail(Kind::NulByte, m_records + 1, nextLine);
        const LineColumns lineColumns(text);
        const int columns = lineColumns.count;
        if (columns < 8 || (m_fileSampleCount > 0 && columns != 9 + m_fileSampleCount)) {
            m_failure.columns = columns;
            m_failure.expectedColumns = m_fileSampleCount > 0 ? 9 + m_fileSampleCount : 8;
            return fail(Kind::ColumnCount, m_records + 1, nextLine);
        }
        if (!hasNumericPosition(lineColumns))
            return fail(Kind::Position, m_records + 1, nextLine);
        if (hasEmptyAlternate(lineColumns))
            return fail(Kind::EmptyAlternate, m_records + 1, nextLine);
        if (!hasValidQuality(lineColumns))
            return fail(Kind::Quality, m_records + 1, nextLine);
        status = vcf_parse(&text, m_header, record);
    } else {
        status = bcf_read(m_file, m_header, record);
        if (status == -1)
            return Step::End;
    }
    ++m_records;
    const qint64 line = m_isText ? m_headerLines + m_blankLines + m_records : 0;

    const int errcode = record->errcode;
    if (status < 0 || (errcode & ~(BCF_ERR_TAG_UNDEF | BCF_ERR_CTG_UNDEF)) != 0) {
        m_failure.errcode = errcode;
        m_failure.bcfReadError = status < -1 && !m_isText;
        return fail(Kind::Record, m_records, line);
    }
    if (bcf_unpack(record, BCF_UN_STR | BCF_UN_FLT) < 0)
        return fail(Kind::Unpack, m_records, line);
    parsed.contigName = bcf_seqname(m_header, record);
    if (!parsed.contigName)
        return fail(Kind::Contig, m_records, line);
    parsed.filterNames.resize(size_t(record->d.n_flt));
    for (int i = 0; i < record->d.n_flt; ++i)
        parsed.filterNames[size_t(i)] = bcf_hdr_int2id(m_header, BCF_DT_ID, record->d.flt[i]);
    parsed.number = m_records;
    parsed.line = line;
    parsed.progress = m_records % kProgressInterval == 0 ? position() : -1;
    return Step::Record;
}

/*! CPU seconds of the calling thread so far; -1 where not available. */
double threadCpuSeconds()
{
#ifdef RUSAGE_THREAD
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) == 0) {
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
               + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
#endif
    return -1;
}

/*!
 * Runs a RecordParser on a thread of its own, ahead of the calling thread that extracts the
 * records: batches of parsed records go through a small bounded queue in file order, and the
 * bcf1_t of a batch are reused once extracted. With 0 records per batch (or when no thread can
 * be started) the parser runs on the calling thread instead.
 *
 * The parser stops at the end of the file or at the first failure, after handing over every
 * record before it; the calling thread sees the failure after those records, so it reports
 * errors in file order as a single thread would. Destroying the pipeline stops the reader
 * thread (checked before every record) and joins it.
 */
class RecordPipeline
{
public:
    enum class Status { Running, End, Failed, Cancelled };

    RecordPipeline(RecordParser &parser, int recordsPerBatch)
        : m_parser(parser)
        , m_recordsPerBatch(recordsPerBatch)
    {
        if (recordsPerBatch <= 0)
            return;
        m_batches.resize(kBatchCount);
        for (Batch &batch : m_batches) {
            batch.records.resize(size_t(recordsPerBatch));
            m_free.push_back(&batch);
        }
        try {
            m_thread = std::thread([this] { run(); });
        } catch (const std::system_error &error) {
            qCWarning(lcVcf) << "no reader thread, parsing on the calling thread:" << error.what();
            m_recordsPerBatch = 0;
            m_free.clear();
            m_batches.clear();
        }
    }

    ~RecordPipeline() { stop(); }

    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    /*!
     * The next record in file order, or nullptr when there is none: status() then says
     * whether the file ended, the parser failed (RecordParser::failure()) or \a job was
     * cancelled while this thread waited for the reader.
     */
    ParsedRecord *next(const JobContext &job)
    {
        if (m_status != Status::Running)
            return nullptr;
        if (m_recordsPerBatch <= 0)
            return finish(m_parser.next(m_single)) ? &m_single : nullptr;
        for (;;) {
            if (m_current && m_index < m_current->count)
                return &m_current->records[m_index++];
            if (m_current) {
                if (!finish(m_current->last))
                    return nullptr;
                {
                    const std::lock_guard<std::mutex> lock(m_mutex);
                    m_free.push_back(m_current);
                }
                m_current = nullptr;
                m_freeChanged.notify_one();
            }
            std::unique_lock<std::mutex> lock(m_mutex);
            const auto start = std::chrono::steady_clock::now();
            const bool waits = m_filled.empty();
            while (m_filled.empty()) {
                if (m_filledChanged.wait_for(lock, kCancelPollInterval) == std::cv_status::timeout
                    && m_filled.empty()) {
                    lock.unlock();
                    if (job.isCancelled()) {
                        m_status = Status::Cancelled;
                        return nullptr;
                    }
                    lock.lock();
                }
            }
            if (waits)
                m_calledWaiting += std::chrono::steady_clock::now() - start;
            m_current = m_filled.front();
            m_filled.pop_front();
            m_index = 0;
        }
    }

    Status status() const { return m_status; }

    /*! Stops the reader thread and waits for it; the parser and its file are free after. */
    void stop()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_stopRequested.store(true, std::memory_order_relaxed);
        m_freeChanged.notify_all();
        m_thread.join();
        // Which stage limits the load: the one that waited less (QT_LOGGING_RULES to see).
        qCDebug(lcVcf).nospace() << "pipeline: reader thread " << m_readerCpuSeconds
                                 << " s CPU, waited "
                                 << std::chrono::duration<double>(m_readerWaiting).count()
                                 << " s for a free batch; calling thread waited "
                                 << std::chrono::duration<double>(m_calledWaiting).count()
                                 << " s for a parsed batch";
    }

private:
    static constexpr int kBatchCount = 4;
    // A batch is handed over after this many bytes of records, whatever its record count
    // (files with thousands of samples), and a record that grew beyond kLargeRecordBytes is
    // freed instead of kept for reuse: the queue holds a few megabytes at most.
    static constexpr size_t kBatchBytes = size_t(8) << 20;
    static constexpr size_t kLargeRecordBytes = size_t(1) << 20;
    static constexpr std::chrono::milliseconds kCancelPollInterval{50};

    struct Batch
    {
        std::vector<ParsedRecord> records;
        int count = 0;
        RecordParser::Step last = RecordParser::Step::Record; //!< after the records
    };

    /*! Sets the status for the parser's step; true when it is a record. */
    bool finish(RecordParser::Step step)
    {
        switch (step) {
        case RecordParser::Step::Record:
            return true;
        case RecordParser::Step::End:
            m_status = Status::End;
            return false;
        case RecordParser::Step::Failed:
            m_status = Status::Failed;
            return false;
        }
        return false;
    }

    void run()
    {
        readBatches();
        m_readerCpuSeconds = threadCpuSeconds();
    }

    void readBatches()
    {
        for (;;) {
            Batch *batch = nullptr;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                if (!m_stopped && m_free.empty()) {
                    const auto start = std::chrono::steady_clock::now();
                    m_freeChanged.wait(lock, [this] { return m_stopped || !m_free.empty(); });
                    m_readerWaiting += std::chrono::steady_clock::now() - start;
                }
                if (m_stopped)
                    return;
                batch = m_free.front();
                m_free.pop_front();
            }
            batch->count = 0;
            batch->last = RecordParser::Step::Record;
            size_t bytes = 0;
            while (batch->count < m_recordsPerBatch && bytes < kBatchBytes) {
                if (m_stopRequested.load(std::memory_order_relaxed))
                    return;
                ParsedRecord &parsed = batch->records[size_t(batch->count)];
                if (parsed.record
                    && parsed.record->shared.m + parsed.record->indiv.m > kLargeRecordBytes)
                    parsed.record.reset();
                batch->last = m_parser.next(parsed);
                if (batch->last != RecordParser::Step::Record)
                    break;
                bytes += sizeof(bcf1_t) + parsed.record->shared.l + parsed.record->indiv.l;
                ++batch->count;
            }
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_filled.push_back(batch);
            }
            m_filledChanged.notify_one();
            if (batch->last != RecordParser::Step::Record)
                return;
        }
    }

    RecordParser &m_parser;
    int m_recordsPerBatch;
    Status m_status = Status::Running;
    ParsedRecord m_single; // without a reader thread

    std::vector<Batch> m_batches;
    Batch *m_current = nullptr; // being extracted by the calling thread
    int m_index = 0;

    std::mutex m_mutex;
    std::condition_variable m_filledChanged;
    std::condition_variable m_freeChanged;
    std::deque<Batch *> m_filled; // in file order
    std::deque<Batch *> m_free;
    bool m_stopped = false;
    std::atomic<bool> m_stopRequested{false};
    std::thread m_thread;
    // Measured for the debug log; the reader's are read after join().
    std::chrono::steady_clock::duration m_readerWaiting{};
    std::chrono::steady_clock::duration m_calledWaiting{};
    double m_readerCpuSeconds = -1;
};

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

    // htslib allocates a BCF header's declared length before reading it: a damaged file that
    // declares gigabytes is refused here instead. (A file too short to declare one is left to
    // bcf_hdr_read(), whose error below says the header is unreadable.)
    if (!isText) {
        const qint64 declared = declaredBcfHeaderBytes(encodedPath);
        if (declared > kMaximumBcfHeaderBytes) {
            return Error(Error::Code::MalformedHeader,
                         Tr::tr("the BCF header is damaged: it declares %1 bytes (at most %2 "
                                "are accepted); write the BCF again from its source")
                                 .arg(declared)
                                 .arg(kMaximumBcfHeaderBytes),
                         path,
                         0,
                         0);
        }
    }
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
        consequences = ConsequenceParser::fromHeader(key, Hts::infoDescription(header.get(), key));
        if (consequences)
            break;
    }
    // Resolved here, not per record with bcf_get_info_string(): the reader thread adds the
    // keys it finds undeclared to the header while the records are extracted.
    int consequenceId = -1;
    if (consequences) {
        const int id = bcf_hdr_id2int(header.get(), BCF_DT_ID, consequences->key().constData());
        if (bcf_hdr_idinfo_exists(header.get(), BCF_HL_INFO, id)
            && bcf_hdr_id2type(header.get(), BCF_HL_INFO, id) == BCF_HT_STR)
            consequenceId = id;
    }

    const qint64 headerLines = isText ? countHeaderLines(encodedPath) : 0;
    const qint64 fileSize = info.size();

    auto store = std::make_shared<VariantStore>(samples);

    const FormatReader genotypeReader(header.get(), "GT");
    const FormatReader depthReader(header.get(), "DP");
    const FormatReader qualityReader(header.get(), "GQ");
    const FormatReader alleleDepthReader(header.get(), "AD");
    const FormatReader phaseSetReader(header.get(), "PS");
    // FORMAT/PL is kept when the header declares it as one value per genotype (Number=G). A
    // file that declares no PL but a FORMAT/GL (Number=G) has its GL kept as PL instead
    // (round(-10 * GL), the smallest of a call made 0); when both are declared, PL is kept.
    const auto declaresFormat = [&header](const char *tag, bool *perGenotype) {
        const int id = bcf_hdr_id2int(header.get(), BCF_DT_ID, tag);
        const bool declared = id >= 0 && bcf_hdr_idinfo_exists(header.get(), BCF_HL_FMT, id);
        *perGenotype = declared && bcf_hdr_id2length(header.get(), BCF_HL_FMT, id) == BCF_VL_G;
        return declared;
    };
    bool keepLikelihoods = false;
    bool logLikelihoodsPerGenotype = false;
    const bool declaresLikelihoods = declaresFormat("PL", &keepLikelihoods);
    const bool likelihoodsFromLog10 = !declaresLikelihoods
                                      && declaresFormat("GL", &logLikelihoodsPerGenotype)
                                      && logLikelihoodsPerGenotype;
    const FormatReader likelihoodReader(header.get(),
                                        keepLikelihoods        ? "PL"
                                        : likelihoodsFromLog10 ? "GL"
                                                               : "");
    store->setKeepsPhredLikelihoods(keepLikelihoods || likelihoodsFromLog10);
    qint64 wrongLikelihoodCounts = 0;
    qint64 wrongAlleleDepthCounts = 0;
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
    std::vector<AlleleDepthCall> alleleDepthCalls;
    std::vector<int32_t> phaseSets;
    std::vector<qint64> variantsPerContig; // by htslib rid
    std::vector<QByteArray> filterNames;   // by htslib filter id
    QByteArray currentContig;
    int currentContigRid = -1;
    std::vector<GenotypeCall> calls(static_cast<size_t>(sampleCount));

    qint64 undeclaredTags = 0;
    qint64 undeclaredContigs = 0;
    qint64 unsortedRecords = 0;
    std::string previousAlleles;
    std::string previousShared;     // the record before, as htslib encoded it
    std::string previousIndividual; // (site fields, genotype fields)
    qint64 repeatedSites = 0;
    qint64 referenceMismatches = 0;
    qint64 contigsMissingFromReference = 0;
    int lastRid = -1;
    hts_pos_t lastPos = -1;
    QSet<int> finishedContigs;

    RecordParser parser(file.get(), header.get(), isText, headerLines, fileSampleCount);
    RecordPipeline pipeline(parser, options.recordsPerBatch);
    const double cpuBeforeRecords = threadCpuSeconds();
    for (;;) {
        ParsedRecord *parsed = pipeline.next(job);
        if (!parsed) {
            if (pipeline.status() == RecordPipeline::Status::Failed)
                return parseFailureError(parser.failure(), path);
            if (pipeline.status() == RecordPipeline::Status::Cancelled)
                return Error(Error::Code::Cancelled, Tr::tr("loading was cancelled"), path);
            break;
        }
        bcf1_t *const record = parsed->record.get();
        ++summary.recordsRead;
        Q_ASSERT(parsed->number == summary.recordsRead);
        // Checked before the record is extracted, so that a record skipped below does not skip
        // the check.
        if (summary.recordsRead % kProgressInterval == 0) {
            if (job.isCancelled())
                return Error(Error::Code::Cancelled, Tr::tr("loading was cancelled"), path);
            if (parsed->progress >= 0)
                job.setProgress(parsed->progress, fileSize);
        }
        const qint64 line = parsed->line;

        const int errcode = record->errcode;
        if (errcode & BCF_ERR_TAG_UNDEF)
            ++undeclaredTags;
        if (errcode & BCF_ERR_CTG_UNDEF)
            ++undeclaredContigs;
        const char *const contigName = parsed->contigName;

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
        const QByteArrayView recordAlleles = alleleBytes(record);
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

        const int ploidy = genotypeReader.read(record, sampleCount, genotypes);
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
        const int depthsPerSample = depthReader.readCounts(record, sampleCount, depths);
        const int qualitiesPerSample = qualityReader.readCounts(record, sampleCount, qualities);
        const int adPerSample = alleleDepthReader.read(record, sampleCount, alleleDepths);
        if (adPerSample > 0)
            checkAlleleDepths(alleleDepths, adPerSample, alleleCount, alleleDepthCalls);
        const int phaseSetsPerSample = phaseSetReader.readCounts(record, sampleCount, phaseSets);
        const int likelihoodsPerSample
                = keepLikelihoods ? likelihoodReader.read(record, sampleCount, likelihoods)
                  : likelihoodsFromLog10
                          ? likelihoodReader.readPhredFromLog10(record, sampleCount, likelihoods)
                          : 0;
        bool likelihoodCountWrong = false;
        bool alleleDepthCountWrong = false;
        bool likelihoodsConverted = false;
        if (alleleInfo) {
            bool wrongCount = false;
            if (!alleleInfo->read(record, &wrongCount)) {
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
        if (consequenceId >= 0) {
            if (const std::optional<QByteArray> text = infoText(record, consequenceId))
                entries = consequences->parse(*text);
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
        const QByteArray filter = filterText(record, parsed->filterNames, filterNames);
        const bool failsFilter = filter != "PASS" && filter != ".";

        for (int a = 1; a < alleleCount; ++a) {
            if (isNonRefAllele(alleles[a]) || isMissingAllele(alleles[a]))
                continue;
            if (isStarAllele(alleles[a])) {
                ++summary.skipped[kSkipSpanningDeletion];
                continue;
            }
            bool rowLikelihoodsDropped = false;
            bool rowAlleleDepthsDropped = false;
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
                if (likelihoodsFromLog10 && !likelihoodsConverted) {
                    for (int i = 0; i < call.phredLikelihoodCount; ++i) {
                        if (call.phredLikelihoods[size_t(i)] != GenotypeCall::kMissing)
                            likelihoodsConverted = true;
                    }
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
                if (adPerSample > 0) {
                    const AlleleDepthCall &depth = alleleDepthCalls[size_t(s)];
                    if (depth.state == AlleleDepthCall::Kept) {
                        call.referenceDepth = alleleDepths[size_t(s * adPerSample)];
                        call.alternateDepth = alleleDepths[size_t(s * adPerSample + a)];
                        call.totalAlleleDepth = depth.total;
                    } else if (depth.state == AlleleDepthCall::WrongCount) {
                        rowAlleleDepthsDropped = true;
                    }
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
            if (rowAlleleDepthsDropped) {
                alleleDepthCountWrong = true;
                ++summary.altered[kAlteredAlleleDepthCount];
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
        if (alleleDepthCountWrong)
            ++wrongAlleleDepthCounts;
        if (likelihoodsConverted)
            ++summary.notes[kNoteLikelihoodsFromLog10];
    }

    pipeline.stop(); // the header and the file belong to this thread again
    qCDebug(lcVcf) << "records: calling thread" << threadCpuSeconds() - cpuBeforeRecords << "s CPU";
    const qint64 blankLines = parser.blankLines();
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
    if (wrongAlleleDepthCounts > 0) {
        summary.warnings.append(Tr::tr("%n record(s) have a FORMAT/AD with the wrong number of "
                                       "values (one per allele, REF first); AD was not kept for "
                                       "those calls",
                                       nullptr,
                                       int(wrongAlleleDepthCounts)));
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
