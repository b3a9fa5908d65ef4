// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a VCF text line without htslib, for the fast paths of the sites import and of the
// annotate CLI (both fall back to vcf_parse() where this says no).

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

} // namespace Core::VcfLine
