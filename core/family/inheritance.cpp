// SPDX-License-Identifier: GPL-3.0-or-later
#include "inheritance.h"

#include "../vcf/contignames.h"

#include <QHash>

namespace Core {

namespace {

struct Region
{
    qint64 start;
    qint64 end;
};

// Pseudo-autosomal regions on chrX (1-based, inclusive), GRC coordinates.
constexpr Region kParGrch37[] = {{60001, 2699520}, {154931044, 155260560}};
constexpr Region kParGrch38[] = {{10001, 2781479}, {155701383, 156030895}};

bool carries(Zygosity zygosity)
{
    return zygosity == Zygosity::Het || zygosity == Zygosity::HomAlt
           || zygosity == Zygosity::Hemizygous || zygosity == Zygosity::HetOtherAlt;
}

bool canTransmitAlternate(Zygosity zygosity)
{
    return carries(zygosity);
}

bool canTransmitReference(Zygosity zygosity)
{
    return zygosity == Zygosity::HomRef || zygosity == Zygosity::Het;
}

bool isCalled(Zygosity zygosity)
{
    return zygosity != Zygosity::Missing && zygosity != Zygosity::OtherAlt
           && zygosity != Zygosity::HetOtherAlt;
}

} // namespace

bool isHaploidInMales(const QString &contig, qint64 position, GenomeBuild build)
{
    if (isChromosomeY(contig))
        return build != GenomeBuild::Unknown;
    if (!isChromosomeX(contig))
        return false;
    if (build == GenomeBuild::Unknown)
        return false;
    const auto &regions = build == GenomeBuild::GRCh37 ? kParGrch37 : kParGrch38;
    for (const Region &region : regions) {
        if (position >= region.start && position <= region.end)
            return false;
    }
    return true;
}

qint64 markHemizygousCalls(VariantStore &store, const QList<Sex> &sexes, GenomeBuild build)
{
    qint64 changed = 0;
    for (qsizetype row = 0; row < store.size(); ++row) {
        if (!isHaploidInMales(store.contig(row), store.position(row), build))
            continue;
        for (int sample = 0; sample < store.sampleCount() && sample < sexes.size(); ++sample) {
            if (sexes.at(sample) == Sex::Male && store.zygosity(row, sample) == Zygosity::HomAlt) {
                store.setZygosity(row, sample, Zygosity::Hemizygous);
                ++changed;
            }
        }
    }
    return changed;
}

InheritanceAnalysis
InheritanceAnalysis::run(const VariantStore &store, const TrioSamples &trio, GenomeBuild build)
{
    InheritanceAnalysis analysis;
    analysis.m_flags.assign(size_t(store.size()), 0);

    struct Candidate
    {
        qsizetype row;
        int origin; // 1 father, 2 mother, 0 unknown
        bool phased;
        bool onFirstHaplotype;
        qint64 phaseSet;
    };
    QHash<QString, QList<Candidate>> perGene;

    for (qsizetype row = 0; row < store.size(); ++row) {
        const GenotypeCall child = store.genotype(row, trio.child);
        const Zygosity father = store.zygosity(row, trio.father);
        const Zygosity mother = store.zygosity(row, trio.mother);
        if (!isCalled(child.zygosity) || !isCalled(father) || !isCalled(mother))
            continue;
        quint8 &flags = analysis.m_flags[size_t(row)];
        const bool haploidChild
                = trio.childSex == Sex::Male
                  && isHaploidInMales(store.contig(row), store.position(row), build);

        bool consistent = true;
        if (haploidChild) {
            // A son's X comes from his mother (Y from his father).
            const bool fromMother = !isChromosomeY(store.contig(row));
            const Zygosity parent = fromMother ? mother : father;
            switch (child.zygosity) {
            case Zygosity::HomAlt:
            case Zygosity::Hemizygous:
                consistent = canTransmitAlternate(parent);
                if (consistent && fromMother && mother == Zygosity::Het && !carries(father))
                    flags |= XLinked;
                break;
            case Zygosity::HomRef:
                consistent = canTransmitReference(parent);
                break;
            default:
                consistent = false; // a heterozygous call where a male has one copy
                break;
            }
            if (!consistent && parent == Zygosity::HomRef && carries(child.zygosity))
                flags |= DeNovo;
        } else {
            switch (child.zygosity) {
            case Zygosity::HomAlt:
                consistent = canTransmitAlternate(father) && canTransmitAlternate(mother);
                if (consistent && father == Zygosity::Het && mother == Zygosity::Het)
                    flags |= HomozygousRecessive;
                break;
            case Zygosity::Het:
                consistent = (canTransmitAlternate(father) && canTransmitReference(mother))
                             || (canTransmitReference(father) && canTransmitAlternate(mother));
                if (father == Zygosity::HomRef && mother == Zygosity::HomRef)
                    flags |= DeNovo;
                break;
            case Zygosity::HomRef:
                consistent = canTransmitReference(father) && canTransmitReference(mother);
                break;
            default:
                consistent = false;
                break;
            }
            if (child.zygosity == Zygosity::Het && !(flags & DeNovo)) {
                const QString gene = store.gene(row);
                if (!gene.isEmpty()) {
                    int origin = 0;
                    if (carries(father) && mother == Zygosity::HomRef)
                        origin = 1;
                    else if (carries(mother) && father == Zygosity::HomRef)
                        origin = 2;
                    perGene[gene].append(
                            {row, origin, child.phased, child.onFirstHaplotype, child.phaseSet});
                }
            }
        }
        if (!consistent)
            flags |= MendelianError;
    }

    for (auto it = perGene.cbegin(); it != perGene.cend(); ++it) {
        const QList<Candidate> &candidates = it.value();
        for (int i = 0; i < candidates.size(); ++i) {
            for (int j = i + 1; j < candidates.size(); ++j) {
                const Candidate &a = candidates.at(i);
                const Candidate &b = candidates.at(j);
                // The parents first (as the PolicyEngine does); else phased calls, which say
                // something about each other only within one phase set.
                bool inTrans = false;
                if (a.origin != 0 && b.origin != 0)
                    inTrans = a.origin != b.origin;
                else if (a.phased && b.phased && a.phaseSet != GenotypeCall::kMissing
                         && a.phaseSet == b.phaseSet)
                    inTrans = a.onFirstHaplotype != b.onFirstHaplotype;
                if (inTrans) {
                    analysis.m_flags[size_t(a.row)] |= CompoundHeterozygous;
                    analysis.m_flags[size_t(b.row)] |= CompoundHeterozygous;
                }
            }
        }
    }
    return analysis;
}

qint64 InheritanceAnalysis::count(Flag flag) const
{
    qint64 total = 0;
    for (quint8 flags : m_flags)
        total += (flags & flag) ? 1 : 0;
    return total;
}

QStringList InheritanceAnalysis::flagKeys(int flags)
{
    QStringList keys;
    if (flags & DeNovo)
        keys.append(QStringLiteral("de-novo"));
    if (flags & HomozygousRecessive)
        keys.append(QStringLiteral("homozygous-recessive"));
    if (flags & CompoundHeterozygous)
        keys.append(QStringLiteral("compound-heterozygous"));
    if (flags & XLinked)
        keys.append(QStringLiteral("x-linked"));
    if (flags & MendelianError)
        keys.append(QStringLiteral("mendelian-error"));
    return keys;
}

} // namespace Core
