// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencyannotation.h"

#include <algorithm>

namespace Core {

QString frequencyStatusKey(FrequencyStatus status)
{
    switch (status) {
    case FrequencyStatus::NoData:
        return QStringLiteral("no-data");
    case FrequencyStatus::NotFound:
        return QStringLiteral("not-found");
    case FrequencyStatus::Found:
        return QStringLiteral("found");
    }
    return QStringLiteral("no-data");
}

int FrequencyAnnotation::sourceIndex(const QString &name) const
{
    for (size_t i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].source.name == name)
            return int(i);
    }
    return -1;
}

qint64 FrequencyAnnotation::integer(qsizetype row, int source, int field) const
{
    const SourceValues &values = m_sources[size_t(source)];
    const qint32 valueRow = values.valueRow[size_t(row)];
    if (valueRow < 0 || field < 0
        || values.source.fields.at(field).type != FrequencyFieldType::Integer)
        return -1;
    const qint32 value = values.integers[size_t(field)][size_t(valueRow)];
    if (value != SourceValues::kWideInteger)
        return value;
    const auto &wide = values.wideIntegers[size_t(field)];
    const auto it = std::lower_bound(
            wide.begin(),
            wide.end(),
            valueRow,
            [](const std::pair<qint32, qint64> &entry, qint32 row) { return entry.first < row; });
    return it != wide.end() && it->first == valueRow ? it->second : -1;
}

float FrequencyAnnotation::floating(qsizetype row, int source, int field) const
{
    const SourceValues &values = m_sources[size_t(source)];
    const qint32 valueRow = values.valueRow[size_t(row)];
    if (valueRow < 0 || field < 0
        || values.source.fields.at(field).type != FrequencyFieldType::Float)
        return std::numeric_limits<float>::quiet_NaN();
    return values.floats[size_t(field)][size_t(valueRow)];
}

QByteArray FrequencyAnnotation::text(qsizetype row, int source, int field) const
{
    const SourceValues &values = m_sources[size_t(source)];
    const qint32 valueRow = values.valueRow[size_t(row)];
    if (valueRow < 0 || field < 0
        || values.source.fields.at(field).type != FrequencyFieldType::String)
        return {};
    return values.strings[size_t(field)][size_t(valueRow)];
}

PopulationFrequency
FrequencyAnnotation::population(qsizetype row, int source, const QString &population) const
{
    const FrequencySource &description = m_sources[size_t(source)].source;
    PopulationFrequency result;
    result.source = description.name;
    result.version = description.version;
    result.population = population;
    result.status = status(row, source);
    if (result.status != FrequencyStatus::Found)
        return result;
    result.alleleCount
            = integer(row, source, description.fieldIndex(QStringLiteral("AC"), population));
    result.alleleNumber
            = integer(row, source, description.fieldIndex(QStringLiteral("AN"), population));
    result.homozygotes
            = integer(row, source, description.fieldIndex(QStringLiteral("nhomalt"), population));
    result.filteringAlleleFrequency
            = floating(row, source, description.fieldIndex(QStringLiteral("faf95"), population));
    result.alleleFrequency = alleleFrequencyOf(
            result.alleleCount,
            result.alleleNumber,
            floating(row, source, description.fieldIndex(QStringLiteral("AF"), population)));
    return result;
}

std::optional<PopulationFrequency> FrequencyAnnotation::maximumPopulationFrequency(
        qsizetype row, qint64 minimumAlleleNumber, const QStringList &excluded) const
{
    std::optional<PopulationFrequency> best;
    for (int source = 0; source < sourceCount(); ++source) {
        if (status(row, source) != FrequencyStatus::Found)
            continue;
        for (const FrequencyPopulation &entry : m_sources[size_t(source)].source.populations) {
            if (entry.label == QLatin1String("all") || excluded.contains(entry.label))
                continue;
            const PopulationFrequency candidate = population(row, source, entry.label);
            if (!candidate.hasAlleleFrequency() || candidate.alleleNumber < minimumAlleleNumber)
                continue;
            if (!best || candidate.alleleFrequency > best->alleleFrequency)
                best = candidate;
        }
    }
    return best;
}

} // namespace Core
