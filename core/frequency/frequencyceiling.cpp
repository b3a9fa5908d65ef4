// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencyceiling.h"

#include "../common/tr.h"

#include <QLocale>

#include <cmath>

namespace Core {

QString FrequencyCeiling::description() const
{
    const QString percent = QLocale().toString(maximum * 100.0, 'g', 3);
    QString text;
    if (populations.isEmpty()) {
        text = useFilteringAlleleFrequency
                       ? Tr::tr("FAF95 ≤ %1% in the highest population").arg(percent)
                       : Tr::tr("Allele frequency ≤ %1% in the highest population").arg(percent);
    } else {
        const QString labels = populations.join(QStringLiteral(", "));
        text = useFilteringAlleleFrequency
                       ? Tr::tr("FAF95 ≤ %1% in %2").arg(percent, labels)
                       : Tr::tr("Allele frequency ≤ %1% in %2").arg(percent, labels);
    }
    return text;
}

FrequencyCeilingFilter::FrequencyCeilingFilter(const FrequencyAnnotation &annotation,
                                               const FrequencyCeiling &ceiling)
    : m_annotation(&annotation)
    , m_ceiling(ceiling)
{
    for (int source = 0; source < annotation.sourceCount(); ++source) {
        const FrequencySource &description = annotation.source(source);
        for (const FrequencyPopulation &population : description.populations) {
            if (ceiling.populations.isEmpty()) {
                // The highest population, as grpmax: not the whole-source figure.
                if (population.label == QLatin1String("all")
                    || ceiling.excluded.contains(population.label))
                    continue;
            } else if (!ceiling.populations.contains(population.label)) {
                continue;
            }
            Column column;
            column.source = source;
            column.alleleCount = description.fieldIndex(QStringLiteral("AC"), population.label);
            column.alleleNumber = description.fieldIndex(QStringLiteral("AN"), population.label);
            column.alleleFrequency = description.fieldIndex(QStringLiteral("AF"), population.label);
            column.filteringAlleleFrequency
                    = description.fieldIndex(QStringLiteral("faf95"), population.label);
            m_columns.push_back(column);
        }
    }
}

double FrequencyCeilingFilter::frequency(qsizetype row) const
{
    double highest = std::nan("");
    for (const Column &column : m_columns) {
        if (m_annotation->status(row, column.source) != FrequencyStatus::Found)
            continue;
        const qint64 alleleNumber = m_annotation->integer(row, column.source, column.alleleNumber);
        if (m_ceiling.minimumAlleleNumber > 0 && alleleNumber >= 0
            && alleleNumber < m_ceiling.minimumAlleleNumber)
            continue;
        double value = std::nan("");
        if (m_ceiling.useFilteringAlleleFrequency)
            value = m_annotation->floating(row, column.source, column.filteringAlleleFrequency);
        if (std::isnan(value)) {
            value = alleleFrequencyOf(
                    m_annotation->integer(row, column.source, column.alleleCount),
                    alleleNumber,
                    m_annotation->floating(row, column.source, column.alleleFrequency));
        }
        if (!std::isnan(value) && (std::isnan(highest) || value > highest))
            highest = value;
    }
    return highest;
}

bool FrequencyCeilingFilter::keeps(qsizetype row) const
{
    const double value = frequency(row);
    return std::isnan(value) || value <= m_ceiling.maximum;
}

QStringList frequencyCeilingExcludedPopulations()
{
    return {QStringLiteral("asj"),
            QStringLiteral("fin"),
            QStringLiteral("ami"),
            QStringLiteral("remaining"),
            QStringLiteral("oth")};
}

QStringList frequencyPopulations(const FrequencyAnnotation &annotation)
{
    QStringList labels;
    for (int source = 0; source < annotation.sourceCount(); ++source) {
        for (const FrequencyPopulation &population : annotation.source(source).populations) {
            if (!labels.contains(population.label))
                labels.append(population.label);
        }
    }
    if (labels.removeAll(QStringLiteral("all")) > 0)
        labels.prepend(QStringLiteral("all"));
    return labels;
}

} // namespace Core
