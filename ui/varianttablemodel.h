// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/caseevaluation.h>
#include <core/variant/variantquery.h>
#include <core/variant/variantstore.h>

#include <QAbstractTableModel>

#include <memory>

namespace Gui {

/*!
 * Table model over a Core::VariantStore: one row per variant row of the store, fixed
 * variant columns followed by four columns per sample (genotype, DP, GQ, allele balance).
 * The store is immutable and shared; the model only maps row numbers, so millions of rows
 * cost nothing here. GUI thread only.
 */
class VariantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Contig,
        Position,
        Reference,
        Alternate,
        Gene,
        Consequence,
        Decision,         //!< the policy's decision, a badge with text
        Classification,   //!< the lab's classification, else ClinVar's
        MaximumFrequency, //!< highest population AF over the caches, with its source
        ClinVar,          //!< ClinVar significance and review stars
        Type,
        HgvsCoding,
        HgvsProtein,
        Quality,
        Filter,
        FixedColumnCount
    };
    enum SampleColumn { Genotype, Depth, GenotypeQuality, AlleleBalance, SampleColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit VariantTableModel(QObject *parent = nullptr);

    /*! Shows all rows of \a store, in file order. */
    void setStore(std::shared_ptr<const Core::VariantStore> store);
    const Core::VariantStore *store() const { return m_store.get(); }
    /*!
     * Shows the decisions, classifications and frequencies of \a evaluation (of the same
     * store); null clears them.
     */
    void setEvaluation(std::shared_ptr<const Core::CaseEvaluation> evaluation);
    const Core::CaseEvaluation *evaluation() const { return m_evaluation.get(); }

    /*! Shows only \a rows (store row numbers), e.g. the result of a Core::VariantQuery. */
    void setRows(std::vector<quint32> rows);
    /*! The store row shown at table row \a row. */
    qsizetype storeRow(int row) const { return qsizetype(m_rows[size_t(row)]); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /*! Translated text for a zygosity ("heterozygous"...). */
    static QString zygosityText(Core::Zygosity zygosity);

private:
    QVariant sampleData(qsizetype row, int sample, int column, int role) const;
    QVariant evaluationData(qsizetype row, int column, int role) const;

    std::shared_ptr<const Core::VariantStore> m_store;
    std::vector<quint32> m_rows;
    std::shared_ptr<const Core::CaseEvaluation> m_evaluation;
};

} // namespace Gui
