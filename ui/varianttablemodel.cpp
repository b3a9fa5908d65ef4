// SPDX-License-Identifier: GPL-3.0-or-later
#include "varianttablemodel.h"

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
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole
        && role != Qt::ToolTipRole)
        return {};

    const auto row = qsizetype(m_rows[size_t(index.row())]);
    const int column = index.column();
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
    case FixedColumnCount:
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
    case FixedColumnCount:
        break;
    }
    return {};
}

} // namespace Gui
