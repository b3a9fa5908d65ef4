// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Core {

class ReferenceGenome;

/*!
 * Allele normalization of one bi-allelic variant (after splitting), as `bcftools norm` and
 * vt do it: shared trailing bases are trimmed, then shared leading bases (keeping one anchor
 * base for indels), and indels are shifted to their leftmost position in repeats when a
 * reference is given. Positions are 1-based. Symbolic alleles are never touched.
 */
class Normalizer final
{
public:
    struct Allele
    {
        QByteArray contig;
        qint64 position = 0; //!< 1-based
        QByteArray reference;
        QByteArray alternate;
    };

    enum Change { Unchanged = 0, Trimmed = 1, LeftAligned = 2 };
    enum class Status { Ok, ReferenceMismatch, ContigMissing };

    /*! Trims shared bases; returns a set of Change flags. */
    static int trim(Allele &allele);

    /*!
     * Trims, then left-aligns an indel against \a reference. \a status tells when REF does not
     * match the reference (then the allele is only trimmed). Returns Change flags.
     */
    static int normalize(Allele &allele, const ReferenceGenome &reference, Status *status);

    static bool isSymbolic(const QByteArray &allele);
};

} // namespace Core
