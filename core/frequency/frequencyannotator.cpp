// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencyannotator.h"

#include "../common/tr.h"
#include "../variant/rowchunks_p.h"
#include "../variant/variantstore.h"
#include "frequencycursor_p.h"
#include "frequencystore.h"
#include "sitesvcfimporter.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <optional>
#include <thread>

namespace Core {

namespace {

/*! Joins a thread (when it was started) at the end of a scope, whichever way it ends. */
class ThreadJoiner
{
public:
    explicit ThreadJoiner(std::thread &thread)
        : m_thread(thread)
    {}
    ~ThreadJoiner()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    ThreadJoiner(const ThreadJoiner &) = delete;
    ThreadJoiner &operator=(const ThreadJoiner &) = delete;

private:
    std::thread &m_thread;
};

/*! Moves \a items to the end of \a values. */
template<typename T>
void appendTo(std::vector<T> &values, std::vector<T> &items)
{
    values.insert(values.end(),
                  std::make_move_iterator(items.begin()),
                  std::make_move_iterator(items.end()));
}

} // namespace

FrequencyAnnotator::FrequencyAnnotator(QList<const FrequencyStore *> stores)
    : m_stores(std::move(stores))
{}

Result<void> FrequencyAnnotator::checkStores(const QList<const FrequencyStore *> &stores,
                                             GenomeBuild caseBuild)
{
    QSet<QString> names;
    for (const FrequencyStore *store : stores) {
        if (auto result = store->checkBuild(caseBuild); !result)
            return result;
        for (const FrequencySource &source : store->sources()) {
            if (names.contains(source.name)) {
                return Error(Error::Code::InvalidArgument,
                             Tr::tr("the source %1 is in more than one frequency cache")
                                     .arg(source.name),
                             store->path());
            }
            names.insert(source.name);
        }
    }
    return {};
}

Result<FrequencyAnnotation> FrequencyAnnotator::annotate(const VariantStore &variants,
                                                         GenomeBuild caseBuild) const
{
    const JobContext job;
    return annotate(variants, caseBuild, job);
}

Result<FrequencyAnnotation> FrequencyAnnotator::annotate(const VariantStore &variants,
                                                         GenomeBuild caseBuild,
                                                         const JobContext &job) const
{
    if (auto result = checkStores(m_stores, caseBuild); !result)
        return result.error();

    const qsizetype rows = variants.size();
    QList<QByteArray> contigs;
    for (const QString &contig : variants.contigs())
        contigs.append(normalizedContigName(contig.toUtf8()));

    // Visit rows sorted by contig, then position, so that each source is read as one merge.
    std::vector<qsizetype> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    auto before = [&](qsizetype a, qsizetype b) {
        const int ca = variants.contigIndex(a);
        const int cb = variants.contigIndex(b);
        if (ca != cb)
            return contigs.at(ca) < contigs.at(cb);
        return variants.position(a) < variants.position(b);
    };
    // Sorted enough when the windows of each contig block never go back: within a window
    // any order is fine (FrequencyChunk::find() walks both ways from its hint).
    bool sorted = true;
    for (qsizetype row = 1; row < rows && sorted; ++row) {
        if (variants.contigIndex(row) != variants.contigIndex(row - 1))
            continue; // a new contig block is fine for the merge
        sorted = FrequencyChunk::windowOf(variants.position(row))
                 >= FrequencyChunk::windowOf(variants.position(row - 1));
    }
    if (!sorted)
        std::stable_sort(order.begin(), order.end(), before);

    // Normalised positions, computed once for all sources. Normalising changes only alleles
    // that both have more than one base (rare: SNVs and VCF-style indels stay as they are);
    // those rows keep their normalised alleles in a list by row, all others are matched with
    // the store's own alleles (no copies: copying the store's shared single-base alleles on
    // every row made both threads contend for their reference counts).
    struct Normalised
    {
        qsizetype row = 0;
        QByteArray reference;
        QByteArray alternate;
    };
    std::vector<qint64> positions(static_cast<size_t>(rows));
    const size_t rowChunks = RowChunks::chunkCount(size_t(rows));
    std::vector<std::vector<Normalised>> normalisedByChunk(rowChunks);
    if (!RowChunks::forEach(
                rowChunks, RowChunks::threadsFor(rowChunks), job, [&](size_t chunk, int) {
                    const auto end
                            = qsizetype(std::min(size_t(rows), (chunk + 1) * RowChunks::kRows));
                    for (auto row = qsizetype(chunk * RowChunks::kRows); row < end; ++row) {
                        qint64 position = variants.position(row);
                        const QByteArray &reference = variants.reference(row);
                        const QByteArray &alternate = variants.alternate(row);
                        if (reference.size() > 1 && alternate.size() > 1) {
                            Normalised normalised{row, reference, alternate};
                            SitesVcfImporter::normalizeAlleles(
                                    position, normalised.reference, normalised.alternate);
                            normalisedByChunk[chunk].push_back(std::move(normalised));
                        }
                        positions[size_t(row)] = position;
                    }
                }))
        return Error(Error::Code::Cancelled, Tr::tr("the annotation was cancelled"));
    std::vector<Normalised> normalised; // by row
    for (std::vector<Normalised> &part : normalisedByChunk)
        std::move(part.begin(), part.end(), std::back_inserter(normalised));
    normalisedByChunk = {};
    const auto allelesOf = [&](qsizetype row) -> std::pair<const QByteArray &, const QByteArray &> {
        const QByteArray &reference = variants.reference(row);
        const QByteArray &alternate = variants.alternate(row);
        if (reference.size() > 1 && alternate.size() > 1) {
            const auto it
                    = std::lower_bound(normalised.begin(),
                                       normalised.end(),
                                       row,
                                       [](const Normalised &n, qsizetype r) { return n.row < r; });
            return {it->reference, it->alternate};
        }
        return {reference, alternate};
    };

    // Runs of consecutive rows (in visiting order) in one 64 kb window: the unit of work. A
    // window is read from the cache once (by the calling thread: the connection is not
    // shared) and decoded by whichever thread takes it; decoding is most of the work.
    // The rows are matched on those threads too, by FrequencyCursor::lookup()'s rules (no
    // data outside the source's span or in a window without a chunk): a cursor with
    // preload() and matching in one thread was measured 10% slower on a genome.
    struct WindowRun
    {
        int contig = 0;
        qint64 window = 0;
        size_t begin = 0; // steps [begin, end) of order
        size_t end = 0;
    };
    std::vector<WindowRun> runs;
    for (size_t step = 0; step < order.size(); ++step) {
        const qsizetype row = order[step];
        const int contig = variants.contigIndex(row);
        const qint64 window = FrequencyChunk::windowOf(positions[size_t(row)]);
        if (runs.empty() || runs.back().contig != contig || runs.back().window != window)
            runs.push_back({contig, window, step, step});
        runs.back().end = step + 1;
    }

    FrequencyAnnotation annotation;
    annotation.m_rowCount = rows;
    const qint64 totalSteps = qint64(m_stores.size()) * qint64(runs.size());
    qint64 done = 0;
    const int threads = RowChunks::threadCount();

    for (const FrequencyStore *store : m_stores) {
        // One snapshot of the cache for all its sources.
        const FrequencyStore::ReadScope readScope(*store);
        for (const FrequencySource &source : store->sources()) {
            FrequencyAnnotation::SourceValues values;
            values.source = source;
            values.status.assign(size_t(rows), quint8(FrequencyStatus::NoData));
            values.valueRow.assign(size_t(rows), -1);
            const int fieldCount = int(source.fields.size());
            values.integers.resize(size_t(fieldCount));
            values.wideIntegers.resize(size_t(fieldCount));
            values.floats.resize(size_t(fieldCount));
            values.strings.resize(size_t(fieldCount));
            // At most one value per row: reserved once (address space; pages are used as
            // they are written), so that appending never copies the columns.
            for (int field = 0; field < fieldCount; ++field) {
                switch (source.fields.at(field).type) {
                case FrequencyFieldType::Integer:
                    values.integers[size_t(field)].reserve(size_t(rows));
                    break;
                case FrequencyFieldType::Float:
                    values.floats[size_t(field)].reserve(size_t(rows));
                    break;
                case FrequencyFieldType::String:
                    values.strings[size_t(field)].reserve(size_t(rows));
                    break;
                }
            }
            QList<FrequencyFieldType> types;
            for (const FrequencyField &field : source.fields)
                types.append(field.type);
            QHash<QByteArray, FrequencyCoverage> coverage;
            for (const FrequencyCoverage &span : store->coverage(source))
                coverage.insert(span.contig, span);

            // Per run of the batch: its encoded chunk (empty: no chunk), and what was found,
            // by field (column-major, as the annotation keeps them).
            struct RunWork
            {
                const FrequencyCoverage *coverage = nullptr;
                bool hasChunk = false;
                QByteArray blob;
                std::vector<qsizetype> foundRows;
                std::vector<qsizetype> foundSites;
                // By field, one per found row; an integer beyond 32 bits is kWideInteger
                // there and in wideIntegers with its index among the found rows.
                std::vector<std::vector<qint32>> integers;
                std::vector<std::vector<std::pair<qint32, qint64>>> wideIntegers;
                std::vector<std::vector<float>> floats;
                std::vector<std::vector<QByteArray>> strings;
                std::optional<Error> error;
            };
            // Two batches: while the threads decode one, another thread reads the next one's
            // blobs from the cache (the connection is used by one thread at a time).
            constexpr size_t kBatch = 256;
            std::vector<RunWork> batches[2]
                    = {std::vector<RunWork>(kBatch), std::vector<RunWork>(kBatch)};
            for (std::vector<RunWork> &batch : batches) {
                for (RunWork &work : batch) {
                    work.integers.resize(size_t(fieldCount));
                    work.wideIntegers.resize(size_t(fieldCount));
                    work.floats.resize(size_t(fieldCount));
                    work.strings.resize(size_t(fieldCount));
                }
            }
            const auto readBatch
                    = [&](size_t first, std::vector<RunWork> &batch) -> std::optional<Error> {
                const size_t count = std::min(kBatch, runs.size() - first);
                for (size_t i = 0; i < count; ++i) {
                    const WindowRun &run = runs[first + i];
                    RunWork &work = batch[i];
                    const auto it = coverage.constFind(contigs.at(run.contig));
                    work.coverage = it == coverage.constEnd() ? nullptr : &it.value();
                    work.hasChunk = false;
                    if (!work.coverage)
                        continue;
                    auto found = store->readChunkBlob(
                            source, contigs.at(run.contig), run.window, work.blob);
                    if (!found)
                        return found.error();
                    work.hasChunk = found.value();
                }
                return std::nullopt;
            };
            std::vector<FrequencyChunk> chunks(static_cast<size_t>(threads), FrequencyChunk(types));

            if (!runs.empty()) {
                if (auto error = readBatch(0, batches[0]))
                    return *error;
            }
            for (size_t first = 0, current = 0; first < runs.size();
                 first += kBatch, current ^= 1) {
                if (job.isCancelled())
                    return Error(Error::Code::Cancelled, Tr::tr("the annotation was cancelled"));
                job.setProgress(done + qint64(first), totalSteps);
                const size_t count = std::min(kBatch, runs.size() - first);
                std::vector<RunWork> &batch = batches[current];
                std::optional<Error> nextError;
                std::thread reader;
                const ThreadJoiner joiner(reader); // also on every early return below
                if (first + kBatch < runs.size()) {
                    reader = std::thread([&, current, first] {
                        nextError = readBatch(first + kBatch, batches[current ^ 1]);
                    });
                }
                const bool complete
                        = RowChunks::forEach(count, threads, job, [&](size_t i, int worker) {
                              const WindowRun &run = runs[first + i];
                              RunWork &work = batch[i];
                              work.foundRows.clear();
                              work.foundSites.clear();
                              for (int field = 0; field < fieldCount; ++field) {
                                  work.integers[size_t(field)].clear();
                                  work.wideIntegers[size_t(field)].clear();
                                  work.floats[size_t(field)].clear();
                                  work.strings[size_t(field)].clear();
                              }
                              work.error.reset();
                              if (!work.coverage)
                                  return; // NoData: the source has nothing on this contig
                              FrequencyChunk &chunk = chunks[size_t(worker)];
                              if (work.hasChunk) {
                                  auto decoded = store->decodeChunk(source,
                                                                    contigs.at(run.contig),
                                                                    run.window,
                                                                    work.blob,
                                                                    chunk);
                                  if (!decoded) {
                                      work.error = decoded.error();
                                      return;
                                  }
                              }
                              qsizetype hint = 0;
                              for (size_t step = run.begin; step < run.end; ++step) {
                                  const qsizetype row = order[step];
                                  const qint64 position = positions[size_t(row)];
                                  if (variants.type(row) == VariantType::Structural
                                      || position < work.coverage->firstPosition
                                      || position > work.coverage->lastPosition)
                                      continue; // NoData
                                  // A window without a chunk is a gap of the source: no data
                                  // there, not "absent from the source".
                                  if (!work.hasChunk)
                                      continue;
                                  const auto [reference, alternate] = allelesOf(row);
                                  const qsizetype site
                                          = chunk.find(position, reference, alternate, &hint);
                                  values.status[size_t(row)]
                                          = quint8(site >= 0 ? FrequencyStatus::Found
                                                             : FrequencyStatus::NotFound);
                                  if (site < 0)
                                      continue;
                                  work.foundRows.push_back(row);
                                  work.foundSites.push_back(site);
                              }
                              constexpr qint32 kWide
                                      = FrequencyAnnotation::SourceValues::kWideInteger;
                              const size_t found = work.foundSites.size();
                              for (int field = 0; field < fieldCount; ++field) {
                                  const auto f = size_t(field);
                                  switch (types.at(field)) {
                                  case FrequencyFieldType::Integer: {
                                      std::vector<qint32> &integers = work.integers[f];
                                      integers.resize(found);
                                      for (size_t i = 0; i < found; ++i) {
                                          const qint64 value
                                                  = chunk.integer(work.foundSites[i], field);
                                          if (value >= -1 && value < kWide) {
                                              integers[i] = qint32(value);
                                          } else {
                                              integers[i] = kWide;
                                              work.wideIntegers[f].emplace_back(qint32(i), value);
                                          }
                                      }
                                      break;
                                  }
                                  case FrequencyFieldType::Float:
                                      for (const qsizetype site : work.foundSites)
                                          work.floats[f].push_back(chunk.floating(site, field));
                                      break;
                                  case FrequencyFieldType::String:
                                      for (const qsizetype site : work.foundSites)
                                          work.strings[f].push_back(chunk.text(site, field));
                                      break;
                                  }
                              }
                          });
                if (!complete)
                    return Error(Error::Code::Cancelled, Tr::tr("the annotation was cancelled"));
                // In visiting order, as one thread would have appended them; the fields'
                // columns are independent, so they are appended on several threads.
                for (size_t i = 0; i < count; ++i) {
                    RunWork &work = batch[i];
                    if (work.error)
                        return *work.error;
                    for (const qsizetype row : work.foundRows)
                        values.valueRow[size_t(row)] = values.foundCount++;
                }
                const bool merged = RowChunks::forEach(
                        size_t(fieldCount), threads, job, [&](size_t field, int) {
                            for (size_t i = 0; i < count; ++i) {
                                RunWork &work = batch[i];
                                switch (types.at(int(field))) {
                                case FrequencyFieldType::Integer: {
                                    const auto base = qint32(values.integers[field].size());
                                    for (const auto &[index, value] : work.wideIntegers[field])
                                        values.wideIntegers[field].emplace_back(base + index,
                                                                                value);
                                    appendTo(values.integers[field], work.integers[field]);
                                    break;
                                }
                                case FrequencyFieldType::Float:
                                    appendTo(values.floats[field], work.floats[field]);
                                    break;
                                case FrequencyFieldType::String:
                                    appendTo(values.strings[field], work.strings[field]);
                                    break;
                                }
                            }
                        });
                if (!merged)
                    return Error(Error::Code::Cancelled, Tr::tr("the annotation was cancelled"));
                if (reader.joinable())
                    reader.join();
                if (nextError)
                    return *nextError;
            }
            done += qint64(runs.size());
            annotation.m_sources.push_back(std::move(values));
        }
    }
    job.setProgress(totalSteps, totalSteps);
    return annotation;
}

} // namespace Core
