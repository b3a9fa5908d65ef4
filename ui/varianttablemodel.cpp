// SPDX-License-Identifier: GPL-3.0-or-later
#include "varianttablemodel.h"

#include "badgepalette.h"

#include <core/common/tr.h>

#include <QColor>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QPromise>
#include <QtConcurrent>

#include <cmath>
#include <functional>
#include <limits>

namespace Gui {

namespace {

// The value a row sorts by in an evaluation column (as its SortRole data); NaN: no value, last.
double evaluationSortValue(const Core::PolicyVariant *variant,
                           const Core::PolicyDecision *decision,
                           int column)
{
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    switch (column) {
    case VariantTableModel::Decision:
        return decision ? double(decision->decision) : none;
    case VariantTableModel::Classification: {
        if (!variant)
            return none;
        const Core::Significance significance
                = variant->labSignificance != Core::Significance::Unknown
                          ? variant->labSignificance
                          : variant->clinvarSignificance;
        return significance == Core::Significance::Unknown ? none : double(significance);
    }
    case VariantTableModel::ClinVar:
        return !variant || variant->clinvarStars < 0
                       ? none
                       : double(int(variant->clinvarSignificance) * 10 - variant->clinvarStars);
    case VariantTableModel::MaximumFrequency:
        return variant && variant->hasFrequency() ? variant->maximumPopulationFrequency : none;
    default:
        return none;
    }
}

double phredLikelihoodSortValue(const Core::GenotypeCall &call);

// The values of an evaluation column by store row (NaN: none), so that a sort reads an array
// instead of a hash per row.
std::vector<double>
evaluationValues(const Core::CaseEvaluation &evaluation, qsizetype storeSize, int column)
{
    std::vector<double> values(size_t(storeSize), std::numeric_limits<double>::quiet_NaN());
    const QList<Core::PolicyDecision> &decisions = evaluation.run().decisions;
    for (int variant = 0; variant < evaluation.variants().size(); ++variant) {
        const qsizetype row = evaluation.rowOf(variant);
        if (row < 0 || row >= storeSize)
            continue;
        // The engine gives the decisions in input order; look up only if that ever changes.
        const Core::PolicyDecision *decision
                = variant < decisions.size() && decisions.at(variant).index == variant
                          ? &decisions.at(variant)
                          : evaluation.decisionForRow(row);
        values[size_t(row)]
                = evaluationSortValue(&evaluation.variants().at(variant), decision, column);
    }
    return values;
}

// The values of the PL column of \a sample by store row (see phredLikelihoodSortValue()).
std::vector<double> phredLikelihoodValues(const Core::VariantStore &store, int sample)
{
    std::vector<double> values(size_t(store.size()));
    for (qsizetype row = 0; row < store.size(); ++row)
        values[size_t(row)] = phredLikelihoodSortValue(store.genotype(row, sample));
    return values;
}

// The value a call sorts by in the PL column: its values in VCF order, as one number (each
// value below 65536), "." after every number; NaN (last) for a call without PL.
double phredLikelihoodSortValue(const Core::GenotypeCall &call)
{
    if (call.phredLikelihoodCount == 0)
        return std::numeric_limits<double>::quiet_NaN();
    double value = 0;
    for (int i = 0; i < 3; ++i) {
        const int likelihood = call.phredLikelihoods[size_t(i)];
        value = value * 65536.0
                + (i >= call.phredLikelihoodCount ? 0.0
                   : likelihood < 0               ? 65535.0
                                                  : likelihood);
    }
    return value;
}

// "0,30,300" as in VCF; "." for a missing value, and for a call without PL.
QString phredLikelihoodText(const Core::GenotypeCall &call)
{
    if (call.phredLikelihoodCount == 0)
        return QStringLiteral(".");
    QStringList values;
    for (int i = 0; i < call.phredLikelihoodCount; ++i) {
        const int value = call.phredLikelihoods[size_t(i)];
        values << (value < 0 ? QStringLiteral(".") : QString::number(value));
    }
    return values.join(QLatin1Char(','));
}

} // namespace

VariantTableModel::VariantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

VariantTableModel::~VariantTableModel()
{
    // The worker holds its own references to the data; waiting only keeps it from outliving
    // the application (it stops within a few milliseconds once cancelled).
    m_running.cancel();
    m_running.waitForFinished();
}

void VariantTableModel::setStore(std::shared_ptr<const Core::VariantStore> store)
{
    cancelQuery();
    setBusy(false);
    beginResetModel();
    m_store = std::move(store);
    m_orders = m_store ? std::make_shared<Core::SortOrderCache>(m_store) : nullptr;
    m_rows = m_store ? Core::VariantQuery::allRows(*m_store) : std::vector<quint32>();
    m_filteredRows = m_rows;
    m_steps.clear();
    m_pendingCascade.reset();
    m_inheritance.reset();
    m_shownSortColumn = -1; // file order
    m_shownSortOrder = Qt::AscendingOrder;
    endResetModel();
}

void VariantTableModel::setRows(std::vector<quint32> rows)
{
    cancelQuery();
    setBusy(false);
    beginResetModel();
    m_rows = std::move(rows);
    m_filteredRows = m_rows;
    std::sort(m_filteredRows.begin(), m_filteredRows.end());
    m_pendingCascade.reset();
    m_shownSortColumn = -1; // as given
    m_shownSortOrder = Qt::AscendingOrder;
    endResetModel();
}

void VariantTableModel::setCascade(Core::FilterCascade cascade,
                                   std::shared_ptr<const Core::InheritanceAnalysis> inheritance)
{
    m_inheritance = std::move(inheritance);
    m_pendingCascade = std::move(cascade);
    if (!m_store)
        return;
    Query query;
    query.cascade = m_pendingCascade;
    startQuery(std::move(query));
}

void VariantTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_store)
        return;
    Query query;
    if (m_pendingCascade)
        query.cascade = m_pendingCascade; // the filter asked for is not shown yet: run it too
    else
        query.rows = m_filteredRows;
    startQuery(std::move(query));
}

std::shared_ptr<VariantTableModel::QueryResult>
VariantTableModel::runQuery(const Query &query, const Core::JobContext &job)
{
    auto result = std::make_shared<QueryResult>();
    if (!query.store)
        return result;
    const Core::VariantStore &store = *query.store;
    if (query.cascade) {
        Core::FilterCascade::Result filtered
                = query.cascade->run(store, query.inheritance.get(), job);
        result->filtered = true;
        result->filteredRows = std::move(filtered.rows);
        result->steps = std::move(filtered.steps);
    }
    if (job.isCancelled())
        return nullptr;
    // A sort only needs the shown rows: the filtered rows are copied once, into the sort.
    const std::vector<quint32> &input = query.cascade ? result->filteredRows : query.rows;

    const int column = query.sortColumn;
    const bool ascending = query.sortOrder == Qt::AscendingOrder;
    using Key = Core::VariantQuery::SortKey;
    std::optional<Key> key;
    int sample = 0;
    bool likelihoods = false;
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
        case PhredLikelihoods:
            likelihoods = true; // below
            break;
        case AlleleBalance:
        case SampleColumnCount:
            key = Key::AlleleBalance;
            break;
        }
    } else if (column >= 0) {
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
        case MaximumFrequency:
            break; // from the evaluation, below
        default:
            key = Key::Position;
            break;
        }
    }
    // With the model's order cache, sorting by a column again walks the order it keeps.
    Core::SortOrderCache *orders
            = query.orders && query.orders->store() == &store ? query.orders.get() : nullptr;
    // Sorted by values from outside the store's columns, one per store row (NaN: none).
    const auto sortedByValues
            = [&](quint64 valuesId, const std::function<std::vector<double>()> &values) {
                  if (orders)
                      return orders->sortedBy(input, valuesId, values, ascending, job);
                  const std::vector<double> byRow = values();
                  return Core::VariantQuery::sortedBy(
                          input, [&byRow](quint32 row) { return byRow[row]; }, ascending, job);
              };
    if (key) {
        result->shownRows
                = orders ? orders->sorted(input, *key, ascending, sample, job)
                         : Core::VariantQuery::sorted(store, input, *key, ascending, sample, job);
    } else if (likelihoods) {
        result->shownRows = sortedByValues(
                quint64(sample), [&store, sample] { return phredLikelihoodValues(store, sample); });
    } else if (column >= Decision && column <= ClinVar && query.evaluation) {
        const Core::CaseEvaluation &evaluation = *query.evaluation;
        result->shownRows = sortedByValues(
                query.evaluationValuesId | quint64(column), [&evaluation, &store, column] {
                    return evaluationValues(evaluation, store.size(), column);
                });
    } else {
        result->shownRows = input; // file order
    }
    if (job.isCancelled())
        return nullptr;
    return result;
}

void VariantTableModel::startQuery(Query query)
{
    cancelQuery();
    const quint64 generation = ++m_generation;
    query.store = m_store;
    query.inheritance = m_inheritance;
    query.evaluation = m_evaluation;
    query.orders = m_orders;
    // Ids of values from outside the store: the top bit, the evaluation, the column (below).
    query.evaluationValuesId = quint64(1) << 63 | m_evaluationGeneration << 8;
    query.sortColumn = m_sortColumn;
    query.sortOrder = m_sortOrder;

    if (m_store->size() < m_asynchronousThreshold) {
        const std::shared_ptr<QueryResult> result = runQuery(query, Core::JobContext());
        applyResult(*result);
        setBusy(false);
        emit queryFinished();
        return;
    }

    m_running = QtConcurrent::run(
            [](QPromise<std::shared_ptr<QueryResult>> &promise, const Query &query) {
                Core::JobContext job;
                job.setCancelCheck([&promise] { return promise.isCanceled(); });
                auto result = runQuery(query, job);
                if (result && !promise.isCanceled())
                    promise.addResult(std::move(result));
            },
            std::move(query));
    auto *watcher = new QFutureWatcher<std::shared_ptr<QueryResult>>(this);
    connect(watcher,
            &QFutureWatcher<std::shared_ptr<QueryResult>>::finished,
            this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // superseded: a newer request is running or done
                const QFuture<std::shared_ptr<QueryResult>> future = watcher->future();
                m_running = QFuture<std::shared_ptr<QueryResult>>();
                setBusy(false);
                if (future.isCanceled() || future.resultCount() == 0)
                    return;
                const std::shared_ptr<QueryResult> result = future.resultAt(0);
                applyResult(*result);
                emit queryFinished();
            });
    watcher->setFuture(m_running);
    setBusy(true);
}

bool VariantTableModel::cancel()
{
    if (!m_busy)
        return false;
    const bool filter = m_pendingCascade.has_value();
    cancelQuery();
    // What is shown stays: its rows, steps and order, and the sort column it is sorted by.
    m_pendingCascade.reset();
    m_sortColumn = m_shownSortColumn;
    m_sortOrder = m_shownSortOrder;
    setBusy(false);
    emit queryCancelled(filter);
    return true;
}

void VariantTableModel::cancelQuery()
{
    ++m_generation; // whatever is running now is dropped when it ends
    m_running.cancel();
    m_running = QFuture<std::shared_ptr<QueryResult>>();
}

void VariantTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void VariantTableModel::applyResult(QueryResult &result)
{
    // Only the newest request's result gets here: it is sorted by the current sort column.
    m_shownSortColumn = m_sortColumn;
    m_shownSortOrder = m_sortOrder;
    if (result.filtered) {
        beginResetModel();
        m_filteredRows = std::move(result.filteredRows);
        m_rows = std::move(result.shownRows);
        m_steps = std::move(result.steps);
        m_pendingCascade.reset();
        endResetModel();
        return;
    }
    // Only the order changed: the selection and the current row move with their variants.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<quint32> storeRows;
    storeRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        storeRows.push_back(m_rows[size_t(index.row())]);
    m_rows = std::move(result.shownRows);
    const std::vector<int> rows = tableRows(storeRows);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(rows[size_t(i)] < 0 ? QModelIndex()
                                      : index(rows[size_t(i)], from.at(i).column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::vector<int> VariantTableModel::tableRows(const std::vector<quint32> &storeRows) const
{
    std::vector<int> rows(storeRows.size(), -1);
    if (storeRows.empty() || !m_store)
        return rows;
    // One pass over the shown rows, testing a byte per store row (a genome: a few ms).
    std::vector<char> wanted(size_t(m_store->size()), 0);
    for (quint32 row : storeRows) {
        if (row < wanted.size())
            wanted[row] = 1;
    }
    QHash<quint32, int> found;
    for (size_t position = 0; position < m_rows.size(); ++position) {
        if (wanted[m_rows[position]])
            found.insert(m_rows[position], int(position));
    }
    for (size_t i = 0; i < storeRows.size(); ++i)
        rows[i] = found.value(storeRows[i], -1);
    return rows;
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
    return Core::zygosityName(zygosity);
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
        return Core::variantTypeName(m_store->type(row));
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
    // Orders by the old evaluation's values are not found again (new ids) and go now.
    ++m_evaluationGeneration;
    if (m_orders)
        m_orders->clearValues();
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
                           : Core::Tr::frequency(variant->maximumPopulationFrequency, 3, QLocale());
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
    case PhredLikelihoods:
        if (role == SortRole)
            return phredLikelihoodSortValue(call);
        return phredLikelihoodText(call);
    case SampleColumnCount:
        break;
    }
    return {};
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= FixedColumnCount
        && (section - FixedColumnCount) % SampleColumnCount == PhredLikelihoods) {
        return tr("Phred-scaled genotype likelihoods (FORMAT/PL) of 0/0, 0/1 and 1/1 for this "
                  "ALT allele (0 and 1 for a haploid call)");
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Contig)
        return tr("Chromosome");
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
        case PhredLikelihoods:
            return tr("%1 PL").arg(sample);
        case SampleColumnCount:
            break;
        }
        return {};
    }
    switch (Column(section)) {
    case Contig:
        //: Column heading, short for chromosome (the tooltip says it in full).
        return tr("Chr");
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
