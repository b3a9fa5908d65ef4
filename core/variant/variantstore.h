// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../vcf/genomebuild.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace Core {

struct TranscriptConsequence;

/*! Genotype of one sample at one (bi-allelic, after splitting) variant row. */
enum class Zygosity : quint8 {
    Missing,     //!< no call ("./.")
    HomRef,      //!< reference only ("0/0")
    Het,         //!< one copy of this ALT, the other REF or missing ("0/1", "./1")
    HomAlt,      //!< two copies of this ALT ("1/1")
    Hemizygous,  //!< one copy of this ALT in a haploid call ("1")
    HetOtherAlt, //!< this ALT and another ALT of the same record ("1/2")
    OtherAlt,    //!< no copy of this ALT, but another ALT of the same record ("0/2", "2/2")
};

/*! "het", "hom-alt" ... : a stable key for files and JSON, not translated. */
QString zygosityKey(Zygosity zygosity);
/*! The zygosity in words for the reader ("heterozygous", ...), translated; never parsed. */
QString zygosityName(Zygosity zygosity);
/*! zygosityName() of a zygosityKey(); an unknown key is returned as it is. */
QString zygosityNameOfKey(const QString &key);

enum class VariantType : quint8 { Snv, Mnv, Insertion, Deletion, Complex, Structural };
QString variantTypeKey(VariantType type);
/*! The type in words for the reader ("SNV", "Insertion", ...), translated; never parsed. */
QString variantTypeName(VariantType type);
/*! variantTypeName() of a variantTypeKey(); an unknown key is returned as it is. */
QString variantTypeNameOfKey(const QString &key);

/*! One sample's call at one variant row, as read from the FORMAT columns. */
struct GenotypeCall
{
    static constexpr int kMissing = -1;

    Zygosity zygosity = Zygosity::Missing;
    bool phased = false;
    /*! For a phased het call: this ALT is on the first haplotype ("1|0"), not the second. */
    bool onFirstHaplotype = false;
    /*!
     * Phase block of a phased call (FORMAT/PS): calls of one sample on one contig with the same
     * phase set are phased relative to each other. kMissing when the call is not phased or its
     * PS is missing; kWholeContig for a phased call in a file without PS (VCF: phased
     * genotypes without a PS belong to one phase set).
     */
    qint64 phaseSet = kMissing;
    static constexpr qint64 kWholeContig = -2;
    int depth = kMissing;            //!< FORMAT/DP, reads
    int genotypeQuality = kMissing;  //!< FORMAT/GQ, phred
    int referenceDepth = kMissing;   //!< FORMAT/AD of REF, reads
    int alternateDepth = kMissing;   //!< FORMAT/AD of this ALT, reads
    int totalAlleleDepth = kMissing; //!< sum of FORMAT/AD over all alleles of the record, reads
    /*!
     * FORMAT/PL (Number=G) of this ALT row, phred-scaled: for a diploid call the values of
     * 0/0, 0/k and k/k, for a haploid call those of 0 and k (k = this ALT; re-indexed from the
     * record's order when it was split). kMissing for a value written as "."; the store keeps
     * at most 65534 (larger values read as 65534).
     */
    std::array<int, 3> phredLikelihoods = {kMissing, kMissing, kMissing};
    /*! Values in phredLikelihoods: 3 (diploid), 2 (haploid), 0 (no PL for this call). */
    int phredLikelihoodCount = 0;

    /*!
     * Fraction of the reads (summed AD over all alleles of the record) that support this
     * ALT, in [0,1]; negative when AD is missing.
     */
    double alleleBalance() const;
};

/*!
 * The variants of one case, held compactly in columns so that a whole genome (5 million
 * rows) fits in a few hundred megabytes and can be filtered and sorted interactively.
 *
 * One row is one ALT allele: multi-allelic records are split on load. Positions are 1-based
 * (VCF POS). Strings that repeat (contigs, alleles, filters) are interned.
 *
 * Thread safety: building happens in one thread; once built the store is shared as
 * `std::shared_ptr<const VariantStore>` and only read, from any thread.
 */
class VariantStore
{
public:
    explicit VariantStore(QStringList samples = {});

    const QStringList &samples() const { return m_samples; }
    int sampleCount() const { return int(m_samples.size()); }
    qsizetype size() const { return qsizetype(m_position.size()); }
    bool isEmpty() const { return m_position.empty(); }

    QString contig(qsizetype row) const { return m_contigs.at(m_contig[size_t(row)]); }
    int contigIndex(qsizetype row) const { return m_contig[size_t(row)]; }
    const QStringList &contigs() const { return m_contigs; }
    qint64 position(qsizetype row) const { return m_position[size_t(row)]; }
    const QByteArray &reference(qsizetype row) const
    {
        return m_alleles.at(m_reference[size_t(row)]);
    }
    const QByteArray &alternate(qsizetype row) const
    {
        return m_alleles.at(m_alternate[size_t(row)]);
    }
    /*! QUAL; NaN when missing. */
    float quality(qsizetype row) const { return m_quality[size_t(row)]; }
    /*! FILTER as written ("PASS", "LowQual;SB"); "." when missing. */
    const QString &filter(qsizetype row) const { return m_filters.at(m_filter[size_t(row)]); }
    /*! Index of the row's FILTER text in filters(); for filtering and sorting without strings. */
    quint32 filterId(qsizetype row) const { return m_filter[size_t(row)]; }
    /*! The distinct FILTER texts; "." first. */
    const QStringList &filters() const { return m_filters; }
    bool isPass(qsizetype row) const;
    /*! How a row differs from the record as written in the file. */
    enum RowFlag : quint8 { FromMultiallelic = 1, Trimmed = 2, LeftAligned = 4 };

    /*! True when the row came from splitting a multi-allelic record. */
    bool isFromMultiallelic(qsizetype row) const { return m_flags[size_t(row)] & FromMultiallelic; }
    int flags(qsizetype row) const { return m_flags[size_t(row)]; }
    void addFlags(qsizetype row, int flags) { m_flags[size_t(row)] |= quint8(flags); }
    VariantType type(qsizetype row) const { return m_type[size_t(row)]; }
    GenotypeCall genotype(qsizetype row, int sample) const;
    Zygosity zygosity(qsizetype row, int sample) const;
    /*!
     * FORMAT/DP and FORMAT/GQ of one call, as in genotype() (GenotypeCall::kMissing when
     * absent), without decoding the rest of the call: for filtering and sorting millions of rows.
     */
    int depth(qsizetype row, int sample) const { return unpacked(m_depth, row, sample); }
    int genotypeQuality(qsizetype row, int sample) const
    {
        return unpacked(m_genotypeQuality, row, sample);
    }
    void setZygosity(qsizetype row, int sample, Zygosity zygosity);

    /*!
     * Stable key of a row for linking reviews across cases:
     * "GRCh38:17:43094464:CT:C" (build, contig without "chr", 1-based position, REF, ALT).
     */
    QString variantKey(qsizetype row, GenomeBuild build) const;

    // The transcript consequence picked from VEP/SnpEff annotations; empty when the input had
    // none (see ConsequenceParser for the rule).
    bool hasConsequences() const { return !m_gene.empty(); }
    void setConsequence(qsizetype row, const TranscriptConsequence &consequence);
    QString gene(qsizetype row) const { return annotationText(m_gene, row); }
    QString transcript(qsizetype row) const { return annotationText(m_transcript, row); }
    QString consequence(qsizetype row) const { return annotationText(m_consequence, row); }
    QString impact(qsizetype row) const { return annotationText(m_impact, row); }
    QString hgvsC(qsizetype row) const { return annotationText(m_hgvsC, row); }
    QString hgvsP(qsizetype row) const { return annotationText(m_hgvsP, row); }
    /*!
     * Index of the row's gene (consequence) in annotationTexts(); 0 (the empty text) without
     * annotations. For filtering and sorting millions of rows without a string per row.
     */
    quint32 geneId(qsizetype row) const { return annotationId(m_gene, row); }
    quint32 consequenceId(qsizetype row) const { return annotationId(m_consequence, row); }
    /*! The distinct annotation texts (genes, transcripts, consequences, HGVS); "" first. */
    const QStringList &annotationTexts() const { return m_texts; }
    /*! Index of \a text in annotationTexts(); -1 when no row has it. */
    qint64 annotationTextId(const QString &text) const
    {
        const auto it = m_textIds.constFind(text);
        return it == m_textIds.cend() ? -1 : qint64(it.value());
    }

    /*!
     * Per-allele INFO fields (declared Number=A or Number=R in the header), re-indexed for
     * each row when a multi-allelic record is split: a Number=A field keeps this ALT's value
     * ("0.25"), a Number=R field the REF value and this ALT's value ("10,5"). Values are as
     * htslib reads them (floats with 6 significant digits); "." for a missing value.
     *
     * setAlleleInfoKeys() is called once before rows are appended; the values of a row are
     * set with setAlleleInfo() in the order of the keys. Rows without the field give "".
     */
    void setAlleleInfoKeys(const QStringList &keys);
    const QStringList &alleleInfoKeys() const { return m_alleleInfoKeys; }
    /*! \a values: one entry per key (empty = the record has no such field). */
    void setAlleleInfo(qsizetype row, const QList<QByteArray> &values);
    /*! The same with the values already joined by tabs (no tab inside a value). */
    void setAlleleInfo(qsizetype row, const QByteArray &joinedValues);
    /*! The value of INFO field \a key for this row; empty when absent or not per-allele. */
    QString alleleInfo(qsizetype row, const QString &key) const;
    /*! Key and value of every per-allele INFO field present in the row, in header order. */
    QList<std::pair<QString, QString>> alleleInfo(qsizetype row) const;

    /*!
     * Appends a row; \a calls has sampleCount() entries. Returns the new row number.
     * The byte arrays may wrap raw data (QByteArray::fromRawData): the store copies them.
     */
    qsizetype append(const QByteArray &contig,
                     qint64 position,
                     const QByteArray &reference,
                     const QByteArray &alternate,
                     float quality,
                     const QByteArray &filter,
                     bool fromMultiallelic,
                     const GenotypeCall *calls);

    /*!
     * Keeps FORMAT/PL per call (GenotypeCall::phredLikelihoods); called before rows are
     * appended, when the header declares PL. Costs 6 bytes per sample and row.
     */
    void setKeepsPhredLikelihoods(bool keep);
    bool hasPhredLikelihoods() const { return m_keepsPhredLikelihoods; }

    void reserve(qsizetype rows);
    /*! Bytes held by the columns (for benchmarks and the status bar). */
    qint64 memoryUsage() const;

    static VariantType classify(const QByteArray &reference, const QByteArray &alternate);

private:
    quint32 intern(const QByteArray &allele);
    quint32 internText(const QString &text);
    QString annotationText(const std::vector<quint32> &column, qsizetype row) const
    {
        return column.empty() ? QString() : m_texts.at(column[size_t(row)]);
    }
    static quint32 annotationId(const std::vector<quint32> &column, qsizetype row)
    {
        return column.empty() ? 0 : column[size_t(row)];
    }
    int unpacked(const std::vector<quint16> &column, qsizetype row, int sample) const
    {
        const quint16 value = column[size_t(row) * size_t(m_samples.size()) + size_t(sample)];
        return value == 0xFFFF ? GenotypeCall::kMissing : int(value); // as unpack16()
    }

    QStringList m_samples;
    QStringList m_contigs;
    QHash<QByteArray, quint16> m_contigIds;
    std::vector<QByteArray> m_alleles;
    QHash<QByteArray, quint32> m_alleleIds;
    quint32 m_singleBaseIds[256] = {}; // allele id + 1 of one-base alleles, 0 = not yet seen
    QByteArray m_lastContig;
    int m_lastContigId = -1;
    QByteArray m_lastFilter;
    qint64 m_lastFilterId = -1;
    QStringList m_filters;
    QHash<QByteArray, quint32> m_filterIds;

    std::vector<quint16> m_contig;
    std::vector<qint64> m_position;
    std::vector<quint32> m_reference;
    std::vector<quint32> m_alternate;
    std::vector<float> m_quality;
    std::vector<quint32> m_filter;
    std::vector<quint8> m_flags;
    std::vector<VariantType> m_type;

    // Per sample, row-major: index = row * sampleCount + sample. Depths saturate at 65534.
    // Zygosity in the low 5 bits, bit 6: ALT on the first haplotype, bit 7: phased.
    std::vector<quint8> m_genotype;
    std::vector<quint16> m_depth;
    std::vector<quint16> m_genotypeQuality;
    std::vector<quint16> m_referenceDepth;
    std::vector<quint16> m_alternateDepth;
    std::vector<quint16> m_totalAlleleDepth;

    // Annotation columns, allocated on the first setConsequence(); ids into m_texts (0 = "").
    QStringList m_texts;
    QHash<QString, quint32> m_textIds;
    std::vector<quint32> m_gene;
    std::vector<quint32> m_transcript;
    std::vector<quint32> m_consequence;
    std::vector<quint32> m_impact;
    std::vector<quint32> m_hgvsC;
    std::vector<quint32> m_hgvsP;

    // Per-allele INFO: one id per row into m_alleleInfoValues (the row's values joined by a
    // tab, in key order; id 0 = none). Rows of one file repeat few value sets, so they are
    // interned. Allocated by setAlleleInfoKeys() with at least one key.
    QStringList m_alleleInfoKeys;
    std::vector<QByteArray> m_alleleInfoValues;
    QHash<QByteArray, quint32> m_alleleInfoIds;
    std::vector<quint32> m_alleleInfo;

    // FORMAT/PS per sample, row-major like m_genotype; allocated when the first row with a
    // phase set is appended (GenotypeCall::kMissing when absent).
    std::vector<qint32> m_phaseSet;
    bool m_hasPhaseSets = false;

    // FORMAT/PL per sample, three values per cell (index = cell * 3 + i), saturated at 65534;
    // 0xFFFF = missing ("."), 0xFFFE = no such value (the third of a haploid call, all three
    // when the call has no PL). Only when setKeepsPhredLikelihoods(true).
    std::vector<quint16> m_phredLikelihoods;
    bool m_keepsPhredLikelihoods = false;
};

} // namespace Core
