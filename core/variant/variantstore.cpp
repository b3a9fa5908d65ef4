// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantstore.h"

#include "../common/tr.h"
#include "../vcf/consequenceparser.h"
#include "../vcf/contignames.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Core {

namespace {

constexpr quint16 kMissing16 = 0xFFFF;
constexpr quint8 kPhasedBit = 0x80;
constexpr quint8 kFirstHaplotypeBit = 0x40;
constexpr quint8 kZygosityMask = 0x1F;

quint16 pack16(int value)
{
    if (value < 0)
        return kMissing16;
    return quint16(std::min(value, int(kMissing16) - 1));
}

int unpack16(quint16 value)
{
    return value == kMissing16 ? GenotypeCall::kMissing : int(value);
}

// A cell of the PL column that holds no value (see m_phredLikelihoods).
constexpr quint16 kAbsent16 = 0xFFFE;

quint16 packLikelihood(int value)
{
    if (value < 0)
        return kMissing16;
    return quint16(std::min(value, int(kAbsent16) - 1));
}

} // namespace

QString zygosityKey(Zygosity zygosity)
{
    switch (zygosity) {
    case Zygosity::Missing:
        return QStringLiteral("missing");
    case Zygosity::HomRef:
        return QStringLiteral("hom-ref");
    case Zygosity::Het:
        return QStringLiteral("het");
    case Zygosity::HomAlt:
        return QStringLiteral("hom-alt");
    case Zygosity::Hemizygous:
        return QStringLiteral("hemizygous");
    case Zygosity::HetOtherAlt:
        return QStringLiteral("het-other-alt");
    case Zygosity::OtherAlt:
        return QStringLiteral("other-alt");
    }
    return QString();
}

QString zygosityName(Zygosity zygosity)
{
    switch (zygosity) {
    case Zygosity::Missing:
        return Tr::tr("no call");
    case Zygosity::HomRef:
        return Tr::tr("reference");
    case Zygosity::Het:
        return Tr::tr("heterozygous");
    case Zygosity::HomAlt:
        return Tr::tr("homozygous");
    case Zygosity::Hemizygous:
        return Tr::tr("hemizygous");
    case Zygosity::HetOtherAlt:
        return Tr::tr("heterozygous (with other ALT)");
    case Zygosity::OtherAlt:
        return Tr::tr("other ALT only");
    }
    return QString();
}

QString zygosityNameOfKey(const QString &key)
{
    for (const Zygosity zygosity : {Zygosity::Missing,
                                    Zygosity::HomRef,
                                    Zygosity::Het,
                                    Zygosity::HomAlt,
                                    Zygosity::Hemizygous,
                                    Zygosity::HetOtherAlt,
                                    Zygosity::OtherAlt}) {
        if (key == zygosityKey(zygosity))
            return zygosityName(zygosity);
    }
    return key;
}

QString variantTypeKey(VariantType type)
{
    switch (type) {
    case VariantType::Snv:
        return QStringLiteral("snv");
    case VariantType::Mnv:
        return QStringLiteral("mnv");
    case VariantType::Insertion:
        return QStringLiteral("insertion");
    case VariantType::Deletion:
        return QStringLiteral("deletion");
    case VariantType::Complex:
        return QStringLiteral("complex");
    case VariantType::Structural:
        return QStringLiteral("structural");
    }
    return QString();
}

QString variantTypeName(VariantType type)
{
    switch (type) {
    case VariantType::Snv:
        return Tr::tr("SNV");
    case VariantType::Mnv:
        return Tr::tr("MNV");
    case VariantType::Insertion:
        return Tr::tr("Insertion");
    case VariantType::Deletion:
        return Tr::tr("Deletion");
    case VariantType::Complex:
        return Tr::tr("Complex");
    case VariantType::Structural:
        return Tr::tr("Structural");
    }
    return QString();
}

QString variantTypeNameOfKey(const QString &key)
{
    for (const VariantType type : {VariantType::Snv,
                                   VariantType::Mnv,
                                   VariantType::Insertion,
                                   VariantType::Deletion,
                                   VariantType::Complex,
                                   VariantType::Structural}) {
        if (key == variantTypeKey(type))
            return variantTypeName(type);
    }
    return key;
}

double GenotypeCall::alleleBalance() const
{
    const int total = totalAlleleDepth >= 0 ? totalAlleleDepth
                      : referenceDepth >= 0 ? referenceDepth + alternateDepth
                                            : -1;
    if (alternateDepth < 0 || total <= 0)
        return -1.0;
    return double(alternateDepth) / double(total);
}

VariantStore::VariantStore(QStringList samples)
    : m_samples(std::move(samples))
{
    m_filters.append(QStringLiteral("."));
    m_filterIds.insert(QByteArray("."), 0);
    m_texts.append(QString());
    m_textIds.insert(QString(), 0);
}

QString VariantStore::variantKey(qsizetype row, GenomeBuild build) const
{
    return QStringLiteral("%1:%2:%3:%4:%5")
            .arg(genomeBuildName(build),
                 canonicalContig(contig(row)),
                 QString::number(position(row)),
                 QString::fromLatin1(reference(row)),
                 QString::fromLatin1(alternate(row)));
}

quint32 VariantStore::internText(const QString &text)
{
    const auto it = m_textIds.constFind(text);
    if (it != m_textIds.constEnd())
        return it.value();
    const auto id = quint32(m_texts.size());
    m_texts.append(text);
    m_textIds.insert(text, id);
    return id;
}

void VariantStore::setConsequence(qsizetype row, const TranscriptConsequence &consequence)
{
    if (m_gene.empty()) {
        for (std::vector<quint32> *column :
             {&m_gene, &m_transcript, &m_consequence, &m_impact, &m_hgvsC, &m_hgvsP})
            column->assign(m_position.size(), 0);
    }
    const auto index = size_t(row);
    m_gene[index] = internText(consequence.gene);
    m_transcript[index] = internText(consequence.transcript);
    m_consequence[index] = internText(consequence.consequence);
    m_impact[index] = internText(consequence.impact);
    m_hgvsC[index] = internText(consequence.hgvsC);
    m_hgvsP[index] = internText(consequence.hgvsP);
}

void VariantStore::setAlleleInfoKeys(const QStringList &keys)
{
    Q_ASSERT(m_position.empty());
    m_alleleInfoKeys = keys;
    m_alleleInfoValues.clear();
    m_alleleInfoIds.clear();
    m_alleleInfo.clear();
    if (!keys.isEmpty()) {
        m_alleleInfoValues.emplace_back();
        m_alleleInfoIds.insert(QByteArray(), 0);
    }
}

void VariantStore::setAlleleInfo(qsizetype row, const QList<QByteArray> &values)
{
    Q_ASSERT(values.size() == m_alleleInfoKeys.size());
    setAlleleInfo(row, values.join('\t'));
}

void VariantStore::setAlleleInfo(qsizetype row, const QByteArray &joinedValues)
{
    if (m_alleleInfoKeys.isEmpty())
        return;
    if (m_alleleInfo.empty())
        m_alleleInfo.assign(m_position.size(), 0);
    bool any = false;
    for (const char c : joinedValues) {
        if (c != '\t') {
            any = true;
            break;
        }
    }
    quint32 id = 0;
    if (any) {
        const auto it = m_alleleInfoIds.constFind(joinedValues);
        if (it != m_alleleInfoIds.constEnd()) {
            id = it.value();
        } else {
            // A deep copy: the caller reuses its buffer.
            const QByteArray copy(joinedValues.constData(), joinedValues.size());
            id = quint32(m_alleleInfoValues.size());
            m_alleleInfoValues.push_back(copy);
            m_alleleInfoIds.insert(copy, id);
        }
    }
    m_alleleInfo[size_t(row)] = id;
}

QString VariantStore::alleleInfo(qsizetype row, const QString &key) const
{
    const qsizetype index = m_alleleInfoKeys.indexOf(key);
    if (index < 0 || m_alleleInfo.empty())
        return QString();
    const QByteArray &joined = m_alleleInfoValues[m_alleleInfo[size_t(row)]];
    if (joined.isEmpty())
        return QString();
    const QList<QByteArray> values = joined.split('\t');
    return index < values.size() ? QString::fromUtf8(values.at(index)) : QString();
}

QList<std::pair<QString, QString>> VariantStore::alleleInfo(qsizetype row) const
{
    QList<std::pair<QString, QString>> fields;
    if (m_alleleInfo.empty())
        return fields;
    const QByteArray &joined = m_alleleInfoValues[m_alleleInfo[size_t(row)]];
    if (joined.isEmpty())
        return fields;
    const QList<QByteArray> values = joined.split('\t');
    for (qsizetype i = 0; i < values.size() && i < m_alleleInfoKeys.size(); ++i) {
        if (!values.at(i).isEmpty())
            fields.append({m_alleleInfoKeys.at(i), QString::fromUtf8(values.at(i))});
    }
    return fields;
}

bool VariantStore::isPass(qsizetype row) const
{
    return filter(row) == QLatin1String("PASS");
}

GenotypeCall VariantStore::genotype(qsizetype row, int sample) const
{
    Q_ASSERT(sample >= 0 && sample < sampleCount());
    const size_t index = size_t(row) * size_t(m_samples.size()) + size_t(sample);
    GenotypeCall call;
    call.zygosity = Zygosity(m_genotype[index] & kZygosityMask);
    call.phased = (m_genotype[index] & kPhasedBit) != 0;
    call.onFirstHaplotype = (m_genotype[index] & kFirstHaplotypeBit) != 0;
    call.depth = unpack16(m_depth[index]);
    call.genotypeQuality = unpack16(m_genotypeQuality[index]);
    call.referenceDepth = unpack16(m_referenceDepth[index]);
    call.alternateDepth = unpack16(m_alternateDepth[index]);
    call.totalAlleleDepth = unpack16(m_totalAlleleDepth[index]);
    call.phaseSet = m_hasPhaseSets ? m_phaseSet[index] : qint64(GenotypeCall::kMissing);
    if (m_keepsPhredLikelihoods) {
        const quint16 *values = m_phredLikelihoods.data() + index * 3;
        for (int i = 0; i < 3 && values[i] != kAbsent16; ++i) {
            call.phredLikelihoods[size_t(i)] = unpack16(values[i]);
            call.phredLikelihoodCount = i + 1;
        }
    }
    return call;
}

Zygosity VariantStore::zygosity(qsizetype row, int sample) const
{
    const size_t index = size_t(row) * size_t(m_samples.size()) + size_t(sample);
    return Zygosity(m_genotype[index] & kZygosityMask);
}

void VariantStore::setZygosity(qsizetype row, int sample, Zygosity zygosity)
{
    const size_t index = size_t(row) * size_t(m_samples.size()) + size_t(sample);
    m_genotype[index] = quint8((m_genotype[index] & ~kZygosityMask) | quint8(zygosity));
}

VariantType VariantStore::classify(const QByteArray &reference, const QByteArray &alternate)
{
    if (alternate.startsWith('<') || alternate.contains('[') || alternate.contains(']'))
        return VariantType::Structural;
    if (reference.size() == alternate.size())
        return reference.size() == 1 ? VariantType::Snv : VariantType::Mnv;
    if (reference.size() == 1 && alternate.startsWith(reference.at(0)))
        return VariantType::Insertion;
    if (alternate.size() == 1 && reference.startsWith(alternate.at(0)))
        return VariantType::Deletion;
    return VariantType::Complex;
}

quint32 VariantStore::intern(const QByteArray &allele)
{
    // Most alleles are one base: a direct table instead of a hash lookup.
    if (allele.size() == 1) {
        quint32 &cached = m_singleBaseIds[uchar(allele.at(0))];
        if (cached == 0) {
            cached = quint32(m_alleles.size()) + 1;
            m_alleles.emplace_back(allele.constData(), 1); // deep copy: callers pass raw data
        }
        return cached - 1;
    }
    const auto it = m_alleleIds.constFind(allele);
    if (it != m_alleleIds.constEnd())
        return it.value();
    const auto id = quint32(m_alleles.size());
    const QByteArray copy(allele.constData(), allele.size()); // callers may pass raw data
    m_alleles.push_back(copy);
    m_alleleIds.insert(copy, id);
    return id;
}

qsizetype VariantStore::append(const QByteArray &contig,
                               qint64 position,
                               const QByteArray &reference,
                               const QByteArray &alternate,
                               float quality,
                               const QByteArray &filter,
                               bool fromMultiallelic,
                               const GenotypeCall *calls)
{
    // Records come sorted: the contig and usually the filter repeat from the previous row.
    if (m_lastContigId < 0 || contig != m_lastContig) {
        auto contigIt = m_contigIds.constFind(contig);
        if (contigIt == m_contigIds.constEnd()) {
            Q_ASSERT(m_contigs.size() < 0xFFFF);
            contigIt = m_contigIds.insert(QByteArray(contig.constData(), contig.size()),
                                          quint16(m_contigs.size()));
            m_contigs.append(QString::fromUtf8(contig));
        }
        m_lastContig = QByteArray(contig.constData(), contig.size());
        m_lastContigId = contigIt.value();
    }
    if (m_lastFilterId < 0 || filter != m_lastFilter) {
        auto filterIt = m_filterIds.constFind(filter);
        if (filterIt == m_filterIds.constEnd()) {
            filterIt = m_filterIds.insert(QByteArray(filter.constData(), filter.size()),
                                          quint32(m_filters.size()));
            m_filters.append(QString::fromUtf8(filter));
        }
        m_lastFilter = QByteArray(filter.constData(), filter.size());
        m_lastFilterId = qint64(filterIt.value());
    }

    m_contig.push_back(quint16(m_lastContigId));
    m_position.push_back(position);
    m_reference.push_back(intern(reference));
    m_alternate.push_back(intern(alternate));
    m_quality.push_back(quality);
    m_filter.push_back(quint32(m_lastFilterId));
    m_flags.push_back(fromMultiallelic ? FromMultiallelic : 0);
    for (std::vector<quint32> *column :
         {&m_gene, &m_transcript, &m_consequence, &m_impact, &m_hgvsC, &m_hgvsP}) {
        if (!column->empty())
            column->push_back(0);
    }
    if (!m_alleleInfo.empty())
        m_alleleInfo.push_back(0);
    m_type.push_back(classify(reference, alternate));

    for (int sample = 0; sample < sampleCount(); ++sample) {
        const GenotypeCall &call = calls[sample];
        m_genotype.push_back(quint8(call.zygosity) | (call.phased ? kPhasedBit : 0)
                             | (call.onFirstHaplotype ? kFirstHaplotypeBit : 0));
        m_depth.push_back(pack16(call.depth));
        m_genotypeQuality.push_back(pack16(call.genotypeQuality));
        m_referenceDepth.push_back(pack16(call.referenceDepth));
        m_alternateDepth.push_back(pack16(call.alternateDepth));
        m_totalAlleleDepth.push_back(pack16(call.totalAlleleDepth));
        // The column starts with the first phased call; until then every cell is kMissing.
        if (!m_hasPhaseSets && call.phaseSet != GenotypeCall::kMissing) {
            m_phaseSet.assign(m_genotype.size() - 1, GenotypeCall::kMissing);
            m_hasPhaseSets = true;
        }
        if (m_hasPhaseSets) {
            // PS is a VCF Integer (int32); kWholeContig and kMissing fit too.
            m_phaseSet.push_back(qint32(call.phaseSet));
        }
        if (m_keepsPhredLikelihoods) {
            for (int i = 0; i < 3; ++i) {
                const bool present = i < call.phredLikelihoodCount;
                m_phredLikelihoods.push_back(
                        present ? packLikelihood(call.phredLikelihoods[size_t(i)]) : kAbsent16);
            }
        }
    }
    return size() - 1;
}

void VariantStore::setKeepsPhredLikelihoods(bool keep)
{
    Q_ASSERT(m_position.empty());
    m_keepsPhredLikelihoods = keep;
    m_phredLikelihoods.clear();
}

void VariantStore::reserve(qsizetype rows)
{
    const auto n = size_t(rows);
    const size_t cells = n * size_t(m_samples.size());
    m_contig.reserve(n);
    m_position.reserve(n);
    m_reference.reserve(n);
    m_alternate.reserve(n);
    m_quality.reserve(n);
    m_filter.reserve(n);
    m_flags.reserve(n);
    m_type.reserve(n);
    m_genotype.reserve(cells);
    m_depth.reserve(cells);
    m_genotypeQuality.reserve(cells);
    m_referenceDepth.reserve(cells);
    m_alternateDepth.reserve(cells);
    m_totalAlleleDepth.reserve(cells);
    if (m_keepsPhredLikelihoods)
        m_phredLikelihoods.reserve(cells * 3);
}

qint64 VariantStore::memoryUsage() const
{
    auto bytes = [](const auto &column) {
        return qint64(column.capacity()
                      * sizeof(typename std::decay_t<decltype(column)>::value_type));
    };
    qint64 total = bytes(m_contig) + bytes(m_position) + bytes(m_reference) + bytes(m_alternate)
                   + bytes(m_quality) + bytes(m_filter) + bytes(m_flags) + bytes(m_type)
                   + bytes(m_genotype) + bytes(m_depth) + bytes(m_genotypeQuality)
                   + bytes(m_referenceDepth) + bytes(m_alternateDepth) + bytes(m_totalAlleleDepth)
                   + bytes(m_alleleInfo) + bytes(m_phaseSet) + bytes(m_phredLikelihoods);
    for (const QByteArray &values : m_alleleInfoValues)
        total += values.capacity() + qint64(sizeof(QByteArray));
    for (const QByteArray &allele : m_alleles)
        total += allele.capacity() + qint64(sizeof(QByteArray));
    return total;
}

} // namespace Core
