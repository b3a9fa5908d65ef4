// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../variant/variantstore.h"
#include "../vcf/genomebuild.h"
#include "pedigree.h"

#include <QList>
#include <QString>

#include <vector>

namespace Core {

/*! Sample columns of one trio in a VariantStore. */
struct TrioSamples
{
    int child = -1;
    int father = -1;
    int mother = -1;
    Sex childSex = Sex::Unknown;
};

/*!
 * True when a 1-based position on \a contig lies in a sex chromosome outside the
 * pseudo-autosomal regions of \a build (where males are haploid). False for an unknown build.
 */
bool isHaploidInMales(const QString &contig, qint64 position, GenomeBuild build);

/*!
 * Turns a male's diploid hom-alt call outside the PARs into Hemizygous (callers write "1/1"
 * on chrX for males). \a sexes has one entry per sample of \a store. Returns the number of
 * calls changed.
 */
qint64 markHemizygousCalls(VariantStore &store, const QList<Sex> &sexes, GenomeBuild build);

/*!
 * Segregation of the child's variants in a trio.
 *
 * - DeNovo: the child carries the ALT, both parents are called hom-ref.
 * - HomozygousRecessive: the child is hom-alt (autosomal or female X), both parents carry it
 *   heterozygously.
 * - XLinked: a male child hemizygous outside the PARs with a heterozygous mother and a father
 *   without the ALT.
 * - CompoundHeterozygous: two or more heterozygous variants of the child in one gene that lie
 *   on different haplotypes: one from each parent (the other parent hom-ref), or, where the
 *   parents do not tell and the child's calls are phased in the same phase set (FORMAT/PS),
 *   on different haplotypes by phase. Variants in cis (same parent, or same haplotype of one
 *   phase set) do not count; phased calls of different phase sets have unknown phase. Needs a gene
 * per row (VEP/SnpEff or the gene model); rows without a gene are never compound heterozygous.
 * - MendelianError: the child's genotype cannot come from the parents' genotypes.
 * Rows where any of the three calls is missing get no flag.
 */
class InheritanceAnalysis final
{
public:
    enum Flag : quint8 {
        DeNovo = 1,
        HomozygousRecessive = 2,
        CompoundHeterozygous = 4,
        XLinked = 8,
        MendelianError = 16,
    };

    static InheritanceAnalysis
    run(const VariantStore &store, const TrioSamples &trio, GenomeBuild build);

    int flags(qsizetype row) const { return m_flags[size_t(row)]; }
    qint64 count(Flag flag) const;
    qint64 mendelianErrors() const { return count(MendelianError); }

    /*! Stable key ("de-novo", ...) of each flag set in \a flags. */
    static QStringList flagKeys(int flags);

private:
    std::vector<quint8> m_flags;
};

} // namespace Core
