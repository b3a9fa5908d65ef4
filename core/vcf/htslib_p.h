// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners for htslib handles; only for core .cpp files.

#include <htslib/bgzf.h>
#include <htslib/hfile.h>
#include <htslib/hts.h>
#include <htslib/kseq.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

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

} // namespace Core::Hts
