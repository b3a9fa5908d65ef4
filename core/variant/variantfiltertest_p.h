// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../family/inheritance.h"
#include "../vcf/consequenceparser.h"
#include "../vcf/contignames.h"
#include "variantquery.h"

#include <cmath>
#include <vector>

namespace Core {

/*!
 * One VariantFilter prepared for one store: texts (FILTER, genes, consequences) become tables
 * by interned id and every condition a flag, so keeps() reads a few columns and arrays and
 * never builds a string. VariantQuery::filter() and FilterCascade::run() share it.
 * Thread: one test per thread (it caches consequence ranks); the store is only read.
 */
class VariantFilterTest
{
public:
    VariantFilterTest(const VariantStore &store,
                      const VariantFilter &filter,
                      const InheritanceAnalysis *inheritance)
        : m_store(store)
        , m_filter(filter)
        , m_inheritance(inheritance)
    {
        m_validSample = filter.sample >= 0 && filter.sample < store.sampleCount();
        m_sampleConditions = filter.carriersOnly || filter.minimumDepth >= 0
                             || filter.minimumGenotypeQuality >= 0
                             || filter.minimumAlleleBalance >= 0;
        m_quality = filter.minimumQuality >= 0;
        m_types = !filter.types.isEmpty();
        m_inheritanceCondition = filter.inheritanceFlags != 0;
        if (!filter.contig.isEmpty()) {
            const QString wanted = canonicalContig(filter.contig);
            m_contigMatches.resize(size_t(store.contigs().size()));
            for (int i = 0; i < store.contigs().size(); ++i)
                m_contigMatches[size_t(i)] = canonicalContig(store.contigs().at(i)) == wanted;
        }
        if (filter.passOnly) {
            m_passFilters.resize(size_t(store.filters().size()));
            for (int i = 0; i < store.filters().size(); ++i)
                m_passFilters[size_t(i)] = store.filters().at(i) == QLatin1String("PASS");
        }
        if (!filter.genes.isEmpty()) {
            m_wantedGenes.assign(size_t(store.annotationTexts().size()), 0);
            for (const QString &gene : filter.genes) {
                const qint64 id = store.annotationTextId(gene);
                if (id >= 0)
                    m_wantedGenes[size_t(id)] = 1;
            }
        }
        if (filter.maximumSeverityRank >= 0)
            m_consequenceKept.assign(size_t(store.annotationTexts().size()), kUnknown);
    }

    bool keeps(quint32 row) const
    {
        const VariantStore &store = m_store;
        if (!m_contigMatches.empty()) {
            if (!m_contigMatches[size_t(store.contigIndex(row))])
                return false;
            const qint64 position = store.position(row);
            if (position < m_filter.start || (m_filter.end > 0 && position > m_filter.end))
                return false;
        }
        if (!m_passFilters.empty() && !m_passFilters[store.filterId(row)])
            return false;
        if (m_quality) {
            const float quality = store.quality(row);
            if (std::isnan(quality) || quality < m_filter.minimumQuality)
                return false;
        }
        if (m_types && !m_filter.types.contains(store.type(row)))
            return false;
        if (!m_wantedGenes.empty() && !m_wantedGenes[store.geneId(row)])
            return false;
        if (!m_consequenceKept.empty() && !consequenceKept(store.consequenceId(row)))
            return false;
        if (m_inheritanceCondition
            && (!m_inheritance || (m_inheritance->flags(row) & m_filter.inheritanceFlags) == 0))
            return false;
        if (m_sampleConditions && !keepsCall(row))
            return false;
        return true;
    }

private:
    static constexpr char kUnknown = 2;

    bool keepsCall(quint32 row) const
    {
        if (!m_validSample)
            return false;
        const int sample = m_filter.sample;
        if (m_filter.carriersOnly) {
            const Zygosity zygosity = m_store.zygosity(row, sample);
            if (zygosity != Zygosity::Het && zygosity != Zygosity::HomAlt
                && zygosity != Zygosity::Hemizygous && zygosity != Zygosity::HetOtherAlt)
                return false;
        }
        if (m_filter.minimumDepth >= 0 && m_store.depth(row, sample) < m_filter.minimumDepth)
            return false;
        if (m_filter.minimumGenotypeQuality >= 0
            && m_store.genotypeQuality(row, sample) < m_filter.minimumGenotypeQuality)
            return false;
        if (m_filter.minimumAlleleBalance >= 0
            && m_store.genotype(row, sample).alleleBalance() < m_filter.minimumAlleleBalance)
            return false;
        return true;
    }

    bool consequenceKept(quint32 id) const
    {
        char &kept = m_consequenceKept[id];
        if (kept == kUnknown) {
            const QString &consequence = m_store.annotationTexts().at(id);
            kept = !consequence.isEmpty()
                   && ConsequenceParser::severity(consequence) <= m_filter.maximumSeverityRank;
        }
        return kept;
    }

    const VariantStore &m_store;
    const VariantFilter &m_filter;
    const InheritanceAnalysis *m_inheritance;
    bool m_validSample = false;
    bool m_sampleConditions = false;
    bool m_quality = false;
    bool m_types = false;
    bool m_inheritanceCondition = false;
    std::vector<char> m_contigMatches;           // by contig index; empty: any contig
    std::vector<char> m_passFilters;             // by FILTER id; empty: any FILTER
    std::vector<char> m_wantedGenes;             // by annotation text id; empty: any gene
    mutable std::vector<char> m_consequenceKept; // by text id: 0, 1 or kUnknown (looked up once)
};

} // namespace Core
