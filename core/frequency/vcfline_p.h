// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a VCF text line without htslib, for the fast paths of the sites import and of the
// annotate CLI (both fall back to vcf_parse() where this says no).

#include <QtGlobal>

namespace Core::VcfLine {

/*!
 * The first \a c in [\a text, \a end), or null. The columns of a VCF line before FORMAT are
 * short: a loop here is cheaper than a call of memchr() per column.
 */
template<typename Char>
Char *find(Char *text, Char *end, char c)
{
    for (; text < end; ++text) {
        if (*text == c)
            return text;
    }
    return nullptr;
}

/*!
 * Calls \a allele(begin, end) for each ALT allele of the ALT column [\a begin, \a end) of a VCF
 * line: comma-separated, "." is none. Each allele's end is found before \a allele is called,
 * which may write there (a NUL). False at an empty allele (after the ones before it), which
 * the callers leave to htslib.
 */
template<typename Char, typename Allele>
bool forEachAlternate(Char *begin, Char *end, Allele &&allele)
{
    if (end - begin == 1 && *begin == '.')
        return true;
    for (;;) {
        Char *comma = find(begin, end, ',');
        const bool last = !comma;
        if (last)
            comma = end;
        if (comma == begin)
            return false;
        allele(begin, comma);
        if (last)
            return true;
        begin = comma + 1;
    }
}

/*!
 * The POS column [\a begin, \a end) when it is a plain number of 1 to 12 digits and at least 1,
 * else 0 (the callers leave such a line to htslib).
 */
inline qint64 plainPosition(const char *begin, const char *end)
{
    if (begin == end || end - begin > 12)
        return 0;
    qint64 value = 0;
    for (const char *c = begin; c < end; ++c) {
        if (*c < '0' || *c > '9')
            return 0;
        value = value * 10 + (*c - '0');
    }
    return value;
}

/*!
 * Calls \a key(begin, end) for the key of each item of the INFO column [\a begin, \a end)
 * (items separated by ';', a key ends at '=' or with its item; "." has none) while it returns
 * true. False when \a key returned false or at an empty key.
 */
template<typename Key>
bool forEachInfoKey(const char *begin, const char *end, Key &&key)
{
    if (end - begin == 1 && *begin == '.')
        return true;
    for (const char *item = begin;;) {
        const char *itemEnd = find(item, end, ';');
        const char *itemStop = itemEnd ? itemEnd : end;
        const char *keyEnd = find(item, itemStop, '=');
        if (!keyEnd)
            keyEnd = itemStop;
        if (keyEnd == item || !key(item, keyEnd))
            return false;
        if (!itemEnd)
            return true;
        item = itemEnd + 1;
    }
}

} // namespace Core::VcfLine
