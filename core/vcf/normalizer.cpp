// SPDX-License-Identifier: GPL-3.0-or-later
#include "normalizer.h"

#include "referencegenome.h"

namespace Core {

namespace {

// How many bases to fetch at a time when walking left through a repeat.
constexpr qint64 kReferenceWindow = 64;

} // namespace

bool Normalizer::isSymbolic(const QByteArray &allele)
{
    return allele.startsWith('<') || allele.contains('[') || allele.contains(']') || allele == "*"
           || allele == ".";
}

int Normalizer::trim(Allele &allele)
{
    if (isSymbolic(allele.alternate) || isSymbolic(allele.reference))
        return Unchanged;
    QByteArray &ref = allele.reference;
    QByteArray &alt = allele.alternate;
    int change = Unchanged;
    // Trailing bases first (keeps the variant at its leftmost anchor), one base must remain.
    qsizetype suffix = 0;
    while (suffix < ref.size() - 1 && suffix < alt.size() - 1
           && ref.at(ref.size() - 1 - suffix) == alt.at(alt.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0) {
        ref.chop(suffix);
        alt.chop(suffix);
        change |= Trimmed;
    }
    // Leading bases: keep one anchor base when the lengths differ (indels).
    qsizetype prefix = 0;
    while (prefix < ref.size() - 1 && prefix < alt.size() - 1 && ref.at(prefix) == alt.at(prefix))
        ++prefix;
    if (prefix > 0) {
        ref.remove(0, prefix);
        alt.remove(0, prefix);
        allele.position += prefix;
        change |= Trimmed;
    }
    // A pure substitution may still share leading bases (e.g. AC>AT -> C>T).
    if (ref.size() == alt.size()) {
        qsizetype same = 0;
        while (same < ref.size() - 1 && ref.at(same) == alt.at(same))
            ++same;
        if (same > 0) {
            ref.remove(0, same);
            alt.remove(0, same);
            allele.position += same;
            change |= Trimmed;
        }
    }
    return change;
}

int Normalizer::normalize(Allele &allele, const ReferenceGenome &reference, Status *status)
{
    *status = Status::Ok;
    if (isSymbolic(allele.alternate) || isSymbolic(allele.reference))
        return Unchanged;
    if (!reference.hasContig(allele.contig)) {
        *status = Status::ContigMissing;
        return trim(allele);
    }
    const QByteArray actual = reference.sequence(
            allele.contig, allele.position, allele.position + allele.reference.size() - 1);
    if (actual != allele.reference.toUpper()) {
        *status = Status::ReferenceMismatch;
        return trim(allele);
    }

    int change = trim(allele);
    QByteArray &ref = allele.reference;
    QByteArray &alt = allele.alternate;
    if (ref.size() == alt.size())
        return change; // SNV or MNV: nothing to align

    // The vt algorithm: while both alleles end with the same base, drop it; when one allele
    // becomes empty, extend both by the reference base to the left.
    const qint64 trimmedPosition = allele.position;
    QByteArray window;
    qint64 windowStart = 0;
    for (;;) {
        if (!ref.isEmpty() && !alt.isEmpty() && ref.back() == alt.back()) {
            ref.chop(1);
            alt.chop(1);
            continue;
        }
        if (ref.isEmpty() || alt.isEmpty()) {
            if (allele.position <= 1)
                break;
            const qint64 wanted = allele.position - 1;
            if (window.isEmpty() || wanted < windowStart) {
                windowStart = qMax<qint64>(1, wanted - kReferenceWindow + 1);
                window = reference.sequence(allele.contig, windowStart, wanted);
                if (window.isEmpty())
                    break;
            }
            const char base = window.at(wanted - windowStart);
            ref.prepend(base);
            alt.prepend(base);
            allele.position = wanted;
            continue;
        }
        break;
    }
    // Drop extra leading bases that the walk added, keeping one anchor.
    while (ref.size() > 1 && alt.size() > 1 && ref.at(0) == alt.at(0)) {
        ref.remove(0, 1);
        alt.remove(0, 1);
        ++allele.position;
    }
    if (allele.position != trimmedPosition)
        change |= LeftAligned;
    return change;
}

} // namespace Core
