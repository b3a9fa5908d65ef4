// SPDX-License-Identifier: GPL-3.0-or-later
#include "varianttablemodel.h"

#include "badgepalette.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <QLocale>

#include <cmath>

namespace Gui {

VariantTableModel::VariantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VariantTableModel::setStore(std::shared_ptr<const Core::VariantStore> store)
{
    beginResetModel();
    m_store = std::move(store);
    m_rows = m_store ? Core::VariantQuery::allRows(*m_store) : std::vector<quint32>();
    endResetModel();
}

void VariantTableModel::setRows(std::vector<quint32> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void VariantTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_store)
        return;
    using Key = Core::VariantQuery::SortKey;
    Key key = Key::Position;
    int sample = 0;
    if (column >= FixedColumnCount) {
        const int offset = column - FixedColumnCount;
        sample = offset / SampleColumnCount;
        switch (SampleColumn(offset % SampleColumnCount)) {
        case Genotype:
            key = Key::Zygosity;
            break;
        case Depth:
            key = Key::Depth;
            break;
        case GenotypeQuality:
            key = Key::GenotypeQuality;
            break;
        case AlleleBalance:
        case SampleColumnCount:
            key = Key::AlleleBalance;
            break;
        }
    } else {
        switch (Column(column)) {
        case Type:
            key = Key::Type;
            break;
        case Gene:
            key = Key::Gene;
            break;
        case Consequence:
            key = Key::Severity;
            break;
        case Quality:
            key = Key::Quality;
            break;
        case Filter:
            key = Key::Filter;
            break;
        case Decision:
        case Classification:
        case ClinVar:
        case MaximumFrequency: {
            // Keys from the evaluation: a stable sort of the shown rows, in file order first.
            emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            std::vector<std::pair<QVariant, quint32>> keyed;
            keyed.reserve(m_rows.size());
            std::sort(m_rows.begin(), m_rows.end());
            for (quint32 row : m_rows)
                keyed.emplace_back(evaluationData(row, column, SortRole), row);
            const bool ascending = order == Qt::AscendingOrder;
            std::stable_sort(keyed.begin(), keyed.end(), [ascending](const auto &a, const auto &b) {
                const auto comparison = QVariant::compare(a.first, b.first);
                if (!a.first.isValid() || !b.first.isValid())
                    return a.first.isValid() && !b.first.isValid(); // no value: always last
                return ascending ? comparison == QPartialOrdering::Less
                                 : comparison == QPartialOrdering::Greater;
            });
            for (size_t i = 0; i < keyed.size(); ++i)
                m_rows[i] = keyed[i].second;
            emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
            return;
        }
        default:
            key = Key::Position;
            break;
        }
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_rows = Core::VariantQuery::sorted(
            *m_store, std::move(m_rows), key, order == Qt::AscendingOrder, sample);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int VariantTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return int(m_rows.size());
}

int VariantTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const int samples = m_store ? m_store->sampleCount() : 0;
    return FixedColumnCount + samples * SampleColumnCount;
}

QString VariantTableModel::zygosityText(Core::Zygosity zygosity)
{
    using Core::Zygosity;
    switch (zygosity) {
    case Zygosity::Missing:
        return tr("no call");
    case Zygosity::HomRef:
        return tr("reference");
    case Zygosity::Het:
        return tr("heterozygous");
    case Zygosity::HomAlt:
        return tr("homozygous");
    case Zygosity::Hemizygous:
        return tr("hemizygous");
    case Zygosity::HetOtherAlt:
        return tr("heterozygous (with other ALT)");
    case Zygosity::OtherAlt:
        return tr("other ALT only");
    }
    return QString();
}

QVariant VariantTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = qsizetype(m_rows[size_t(index.row())]);
    const int column = index.column();
    if (column >= Decision && column <= ClinVar)
        return evaluationData(row, column, role);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole
        && role != Qt::ToolTipRole)
        return {};

    if (column >= FixedColumnCount) {
        const int offset = column - FixedColumnCount;
        return sampleData(row, offset / SampleColumnCount, offset % SampleColumnCount, role);
    }

    if (role == Qt::TextAlignmentRole) {
        return column == Position || column == Quality ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                       : QVariant();
    }
    const QLocale locale;
    switch (Column(column)) {
    case Contig:
        return role == SortRole ? QVariant(m_store->contigIndex(row)) : m_store->contig(row);
    case Position:
        return role == SortRole ? QVariant(m_store->position(row))
                                : locale.toString(m_store->position(row));
    case Reference:
        return QString::fromLatin1(m_store->reference(row));
    case Alternate:
        return QString::fromLatin1(m_store->alternate(row));
    case Type:
        return Core::variantTypeKey(m_store->type(row));
    case Gene:
        return m_store->gene(row);
    case Consequence:
        return m_store->consequence(row);
    case HgvsCoding:
        return m_store->hgvsC(row);
    case HgvsProtein:
        return m_store->hgvsP(row);
    case Quality: {
        const float quality = m_store->quality(row);
        if (role == SortRole)
            return std::isnan(quality) ? -1.0 : double(quality);
        return std::isnan(quality) ? QStringLiteral(".") : locale.toString(quality, 'f', 1);
    }
    case Filter:
        return m_store->filter(row);
    default:
        break;
    }
    return {};
}

void VariantTableModel::setEvaluation(std::shared_ptr<const Core::CaseEvaluation> evaluation)
{
    m_evaluation = std::move(evaluation);
    if (!m_rows.empty())
        emit dataChanged(index(0, Decision), index(rowCount() - 1, ClinVar));
}

QVariant VariantTableModel::evaluationData(qsizetype row, int column, int role) const
{
    if (!m_evaluation)
        return {};
    const Core::PolicyDecision *decision = m_evaluation->decisionForRow(row);
    const Core::PolicyVariant *variant = m_evaluation->variantForRow(row);
    // Badges follow the palette (light or dark); their text says the same as their colour.
    const auto palette = [] {
        return QGuiApplication::palette();
    };
    switch (Column(column)) {
    case Decision:
        if (!decision)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return Core::decisionLabel(decision->decision);
        case SortRole:
            return int(decision->decision);
        case Qt::ToolTipRole:
            return decision->reasons.join(QLatin1Char('\n'));
        case Qt::BackgroundRole: {
            const Badge badge = BadgePalette::forDecision(decision->decision, palette());
            return badge.isValid() ? QVariant(badge.background) : QVariant();
        }
        case Qt::ForegroundRole: {
            if (decision->decision == Core::Decision::NotReportable)
                return palette().color(QPalette::PlaceholderText);
            const Badge badge = BadgePalette::forDecision(decision->decision, palette());
            return badge.isValid() ? QVariant(badge.foreground) : QVariant();
        }
        }
        return {};
    case Classification: {
        if (!variant)
            return {};
        const Core::Significance significance
                = variant->labSignificance != Core::Significance::Unknown
                          ? variant->labSignificance
                          : variant->clinvarSignificance;
        if (significance == Core::Significance::Unknown)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return variant->labSignificance != Core::Significance::Unknown
                           ? Core::significanceLabel(significance)
                           : tr("%1 (ClinVar)").arg(Core::significanceLabel(significance));
        case SortRole:
            return int(significance);
        case Qt::BackgroundRole: {
            const Badge badge = BadgePalette::forSignificance(significance, palette());
            return badge.isValid() ? QVariant(badge.background) : QVariant();
        }
        case Qt::ForegroundRole: {
            const Badge badge = BadgePalette::forSignificance(significance, palette());
            return badge.isValid() ? QVariant(badge.foreground) : QVariant();
        }
        }
        return {};
    }
    case ClinVar:
        if (!variant || variant->clinvarStars < 0)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%2★)")
                    .arg(Core::significanceLabel(variant->clinvarSignificance))
                    .arg(variant->clinvarStars);
        if (role == SortRole)
            return int(variant->clinvarSignificance) * 10 - variant->clinvarStars;
        if (role == Qt::ToolTipRole && !variant->clinvarVariationId.isEmpty())
            return tr("ClinVar variation %1").arg(variant->clinvarVariationId);
        return {};
    case MaximumFrequency:
        if (!variant || !variant->hasFrequency())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return variant->maximumPopulationFrequency == 0.0
                           ? tr("absent")
                           : QLocale().toString(variant->maximumPopulationFrequency, 'g', 3);
        case SortRole:
            return variant->maximumPopulationFrequency;
        case Qt::ToolTipRole:
            return variant->frequencySource;
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant VariantTableModel::sampleData(qsizetype row, int sample, int column, int role) const
{
    const Core::GenotypeCall call = m_store->genotype(row, sample);
    if (role == Qt::TextAlignmentRole)
        return column == Genotype ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    auto number = [role](int value) -> QVariant {
        if (role == SortRole)
            return value;
        return value < 0 ? QStringLiteral(".") : QString::number(value);
    };
    switch (SampleColumn(column)) {
    case Genotype:
        if (role == SortRole)
            return int(call.zygosity);
        return call.phased ? tr("%1 (phased)").arg(zygosityText(call.zygosity))
                           : zygosityText(call.zygosity);
    case Depth:
        return number(call.depth);
    case GenotypeQuality:
        return number(call.genotypeQuality);
    case AlleleBalance: {
        const double balance = call.alleleBalance();
        if (role == SortRole)
            return balance;
        return balance < 0 ? QStringLiteral(".") : QLocale().toString(balance, 'f', 2);
    }
    case SampleColumnCount:
        break;
    }
    return {};
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FixedColumnCount && m_store) {
        const int offset = section - FixedColumnCount;
        const QString sample = m_store->samples().value(offset / SampleColumnCount);
        switch (SampleColumn(offset % SampleColumnCount)) {
        case Genotype:
            return tr("%1 genotype").arg(sample);
        case Depth:
            return tr("%1 DP").arg(sample);
        case GenotypeQuality:
            return tr("%1 GQ").arg(sample);
        case AlleleBalance:
            return tr("%1 AB").arg(sample);
        case SampleColumnCount:
            break;
        }
        return {};
    }
    switch (Column(section)) {
    case Contig:
        return tr("Chromosome");
    case Position:
        return tr("Position");
    case Reference:
        return tr("Ref");
    case Alternate:
        return tr("Alt");
    case Type:
        return tr("Type");
    case Gene:
        return tr("Gene");
    case Consequence:
        return tr("Consequence");
    case HgvsCoding:
        return tr("HGVS c.");
    case HgvsProtein:
        return tr("HGVS p.");
    case Quality:
        return tr("QUAL");
    case Filter:
        return tr("Filter");
    case Decision:
        return tr("Decision");
    case Classification:
        return tr("Classification");
    case ClinVar:
        return tr("ClinVar");
    case MaximumFrequency:
        return tr("Max. pop. AF");
    case FixedColumnCount:
        break;
    }
    return {};
}

} // namespace Gui
