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

    /*!
     * Index of diploid genotype \a first/\a second in a FORMAT field declared Number=G (PL,
     * GL): VCF orders the genotypes j/k (j <= k) at k*(k+1)/2 + j.
     */
    static constexpr int genotypeIndex(int first, int second)
    {
        return first > second ? genotypeIndex(second, first) : second * (second + 1) / 2 + first;
    }

    /*!
     * Re-indexes a FORMAT field declared Number=G (one value per genotype, as PL and GL) of one
     * call for the row of ALT \a allele (1-based) when a record with \a alleleCount alleles
     * (REF included) is split: a diploid call keeps the values of 0/0, 0/k and k/k, a haploid
     * call those of 0 and k. \a ploidy is the call's ploidy from GT; 0 when unknown (then the
     * number of values tells). Writes into \a out and returns the number of values written
     * (3 diploid, 2 haploid), or 0 when \a count does not fit the ploidy and the number of
     * alleles (the values cannot be assigned to genotypes) or the ploidy is neither 1 nor 2.
     */
    template<typename T>
    static int
    splitGenotypeValues(const T *values, int count, int alleleCount, int ploidy, int allele, T *out)
    {
        const int diploidCount = alleleCount * (alleleCount + 1) / 2;
        if (ploidy == 0)
            ploidy = count == diploidCount ? 2 : count == alleleCount ? 1 : 0;
        if (allele < 1 || allele >= alleleCount)
            return 0;
        if (ploidy == 1 && count == alleleCount) {
            out[0] = values[0];
            out[1] = values[allele];
            return 2;
        }
        if (ploidy == 2 && count == diploidCount) {
            out[0] = values[0];
            out[1] = values[genotypeIndex(0, allele)];
            out[2] = values[genotypeIndex(allele, allele)];
            return 3;
        }
        return 0;
    }
};

} // namespace Core
