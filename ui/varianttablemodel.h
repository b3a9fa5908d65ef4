// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/policy/caseevaluation.h>
#include <core/variant/filtercascade.h>
#include <core/variant/sortordercache.h>
#include <core/variant/variantquery.h>
#include <core/variant/variantstore.h>

#include <QAbstractTableModel>
#include <QFuture>

#include <memory>
#include <optional>

namespace Gui {

/*!
 * Table model over a Core::VariantStore: one row per variant row of the store, fixed
 * variant columns followed by five columns per sample (genotype, DP, GQ, allele balance and
 * FORMAT/PL; the window hides PL by default and when the file has none).
 * The store is immutable and shared; the model only maps row numbers, so millions of rows
 * cost nothing here.
 *
 * Filtering (setCascade()) and sorting (sort()) run in core. For a store of
 * asynchronousThreshold() rows or more (a genome: about 100 ms per step) they run in a worker
 * thread over the shared, read-only store, evaluation and inheritance analysis, and the model
 * swaps the new rows in when the worker is done: a filter result with a model reset, a new
 * order with layoutChanged() and the persistent indexes (selection, current row) moved with
 * their variants. A newer request cancels the running one and a superseded result is dropped
 * (generation counter), so quick edits never show a stale table. Smaller stores are filtered
 * and sorted at once, in the calling thread (a few milliseconds; tests stay simple).
 * queryFinished() says when new rows are in, busyChanged() when a worker starts and ends.
 * cancel() stops a running worker and keeps what is shown (queryCancelled()).
 * The first sort by a column keeps the order of all the store's rows by it
 * (Core::SortOrderCache, at most four columns): sorting by that column again, in the other
 * direction or after a new filter, walks the kept order instead of sorting.
 *
 * Thread: the model lives in the GUI thread; the worker sees only copies of shared pointers
 * to immutable data.
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
    enum SampleColumn {
        Genotype,
        Depth,
        GenotypeQuality,
        AlleleBalance,
        /*!
         * FORMAT/PL of this ALT row as in VCF ("0,30,300"; two values for a haploid call, "."
         * for a missing value or a call without PL); sorts by the values in that order.
         */
        PhredLikelihoods,
        SampleColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    /*! Stores with fewer rows are filtered and sorted in the calling thread. */
    static constexpr qsizetype kAsynchronousThreshold = 50000;

    explicit VariantTableModel(QObject *parent = nullptr);
    ~VariantTableModel() override;

    /*! Shows all rows of \a store, in file order; cancels a running filter or sort. */
    void setStore(std::shared_ptr<const Core::VariantStore> store);
    const Core::VariantStore *store() const { return m_store.get(); }
    /*!
     * Shows the decisions, classifications and frequencies of \a evaluation (of the same
     * store); null clears them.
     */
    void setEvaluation(std::shared_ptr<const Core::CaseEvaluation> evaluation);
    const Core::CaseEvaluation *evaluation() const { return m_evaluation.get(); }

    /*!
     * Shows only \a rows (store row numbers), e.g. the result of a Core::VariantQuery, as
     * given (not sorted); cancels a running filter or sort.
     */
    void setRows(std::vector<quint32> rows);
    /*!
     * Filters the store with \a cascade (\a inheritance for its trio steps), then sorts the
     * rows by the current sort column; in a worker for a large store (see the class). The
     * cascade's predicates must share what they read (they may run after the caller moved on).
     */
    void setCascade(Core::FilterCascade cascade,
                    std::shared_ptr<const Core::InheritanceAnalysis> inheritance = nullptr);
    /*! How many rows each step of the last applied cascade removed. */
    const QList<Core::FilterCascade::StepResult> &cascadeSteps() const { return m_steps; }
    /*! True while a worker filters or sorts. */
    bool isBusy() const { return m_busy; }
    /*!
     * Stops the running filter or sort and keeps what is shown: the rows, their order, the
     * cascade steps, and sortColumn()/sortOrder() go back to those of the shown order. Emits
     * busyChanged(false), then queryCancelled(). Returns false (and does nothing) when no
     * worker runs.
     */
    bool cancel();
    /*! True from setCascade() until its rows are shown (false while only sorting). */
    bool isFilterPending() const { return m_pendingCascade.has_value(); }
    qsizetype asynchronousThreshold() const { return m_asynchronousThreshold; }
    /*! From how many store rows on filtering and sorting run in a worker (0: always). */
    void setAsynchronousThreshold(qsizetype rows) { m_asynchronousThreshold = rows; }
    /*!
     * The table rows that show \a storeRows (-1 for those not shown); one pass over the
     * shown rows.
     */
    std::vector<int> tableRows(const std::vector<quint32> &storeRows) const;
    /*! The column sorted by (-1: file order) and its order. */
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /*! The store row shown at table row \a row. */
    qsizetype storeRow(int row) const { return qsizetype(m_rows[size_t(row)]); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /*! Translated text for a zygosity ("heterozygous"...). */
    static QString zygosityText(Core::Zygosity zygosity);

    /*! What a filter or sort computes, in a worker or not. */
    struct Query
    {
        std::shared_ptr<const Core::VariantStore> store;
        std::shared_ptr<const Core::InheritanceAnalysis> inheritance;
        std::shared_ptr<const Core::CaseEvaluation> evaluation;
        std::optional<Core::FilterCascade> cascade; //!< none: sort \a rows
        std::vector<quint32> rows;                  //!< filtered rows, in store order
        /*! The model's orders of its store (none: sort without); shared with the worker. */
        std::shared_ptr<Core::SortOrderCache> orders;
        /*! Id of the evaluation's values in \a orders (a new one per setEvaluation()). */
        quint64 evaluationValuesId = 0;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    struct QueryResult
    {
        bool filtered = false;             //!< the cascade ran: rows changed, not just order
        std::vector<quint32> filteredRows; //!< in store order; only when filtered
        std::vector<quint32> shownRows;    //!< sorted
        QList<Core::FilterCascade::StepResult> steps;
    };
    /*! Runs \a query (any thread); null when \a job was cancelled. */
    static std::shared_ptr<QueryResult> runQuery(const Query &query, const Core::JobContext &job);

signals:
    /*! New rows (filter) or a new order (sort) are shown. */
    void queryFinished();
    void busyChanged(bool busy);
    /*! cancel() stopped a worker; \a filter: it was filtering (else only sorting). */
    void queryCancelled(bool filter);

private:
    QVariant sampleData(qsizetype row, int sample, int column, int role) const;
    QVariant evaluationData(qsizetype row, int column, int role) const;
    void startQuery(Query query);
    void applyResult(QueryResult &result);
    void cancelQuery();
    void setBusy(bool busy);

    std::shared_ptr<const Core::VariantStore> m_store;
    std::vector<quint32> m_rows;         //!< shown, in table order
    std::vector<quint32> m_filteredRows; //!< the same rows in store order
    std::shared_ptr<const Core::CaseEvaluation> m_evaluation;
    QList<Core::FilterCascade::StepResult> m_steps;
    /*!
     * Orders of the store by the columns sorted by, so that sorting by a column again (the
     * other direction, after a new filter) walks a kept order; new with every store.
     */
    std::shared_ptr<Core::SortOrderCache> m_orders;
    quint64 m_evaluationGeneration = 0; //!< counts setEvaluation(): ids of its values' orders
    /*! The last cascade asked for, while its result is not shown yet. */
    std::optional<Core::FilterCascade> m_pendingCascade;
    std::shared_ptr<const Core::InheritanceAnalysis> m_inheritance;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_shownSortColumn = -1; //!< what the shown rows are sorted by (-1: file order)
    Qt::SortOrder m_shownSortOrder = Qt::AscendingOrder;
    qsizetype m_asynchronousThreshold = kAsynchronousThreshold;
    quint64 m_generation = 0; //!< of the newest request; older results are dropped
    QFuture<std::shared_ptr<QueryResult>> m_running;
    bool m_busy = false;
};

} // namespace Gui
