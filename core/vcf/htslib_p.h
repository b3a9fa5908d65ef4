// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners for htslib handles; only for core .cpp files.

#include <htslib/bgzf.h>
#include <htslib/hfile.h>
#include <htslib/hts.h>
#include <htslib/kseq.h>
#include <htslib/kstring.h>
#include <htslib/tbx.h>
#include <htslib/vcf.h>

#include <QByteArray>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <memory>

namespace Core::Hts {

struct FileDeleter
{
    void operator()(htsFile *file) const { hts_close(file); }
};
using FilePtr = std::unique_ptr<htsFile, FileDeleter>;

struct HeaderDeleter
{
    void operator()(bcf_hdr_t *header) const { bcf_hdr_destroy(header); }
};
using HeaderPtr = std::unique_ptr<bcf_hdr_t, HeaderDeleter>;

struct RecordDeleter
{
    void operator()(bcf1_t *record) const { bcf_destroy(record); }
};
using RecordPtr = std::unique_ptr<bcf1_t, RecordDeleter>;

struct IndexDeleter
{
    void operator()(hts_idx_t *index) const { hts_idx_destroy(index); }
};
using IndexPtr = std::unique_ptr<hts_idx_t, IndexDeleter>;

struct TabixDeleter
{
    void operator()(tbx_t *index) const { tbx_destroy(index); }
};
using TabixPtr = std::unique_ptr<tbx_t, TabixDeleter>;

struct IteratorDeleter
{
    void operator()(hts_itr_t *iterator) const { hts_itr_destroy(iterator); }
};
using IteratorPtr = std::unique_ptr<hts_itr_t, IteratorDeleter>;

/*! A buffer that htslib's bcf_get_* functions grow with realloc(). */
template<typename T>
struct Buffer
{
    T *data = nullptr;
    int capacity = 0;

    Buffer() = default;
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    ~Buffer() { std::free(data); }
};

/*! A kstring_t freed on scope exit. */
struct KString
{
    kstring_t value = KS_INITIALIZE;

    KString() = default;
    KString(const KString &) = delete;
    KString &operator=(const KString &) = delete;
    ~KString() { ks_free(&value); }
};

/*!
 * kputd() (htslib's text of a float in VCF: "%g" with its own code for 0.0001 to 999999): the
 * same text, with the "%g" cases through std::to_chars(), which is specified to write what
 * printf's "%.6g" writes, without stdio's cost (most allele frequencies are below 0.0001).
 */
inline int putDouble(double value, kstring_t *text)
{
    if (!(value > 0 && std::isfinite(value)) || (value >= 0.0001 && value <= 999999))
        return kputd(value, text);
    char buffer[32];
    const auto written
            = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    if (written.ec != std::errc())
        return kputd(value, text);
    return kputsn(buffer, size_t(written.ptr - buffer), text) < 0 ? EOF : int(written.ptr - buffer);
}

/*! The Description of an INFO header line, without quotes; empty when the key is absent. */
inline QByteArray infoDescription(const bcf_hdr_t *header, const char *key)
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

} // namespace Core::Hts
