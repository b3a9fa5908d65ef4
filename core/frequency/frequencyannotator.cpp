// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencyannotator.h"

#include "../common/tr.h"
#include "../variant/variantstore.h"
#include "frequencycursor_p.h"
#include "frequencystore.h"
#include "sitesvcfimporter.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Core {

namespace {
constexpr qsizetype kProgressInterval = 65536;
}

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
    bool sorted = true;
    for (qsizetype row = 1; row < rows && sorted; ++row) {
        if (variants.contigIndex(row) != variants.contigIndex(row - 1))
            continue; // a new contig block is fine for the merge
        sorted = variants.position(row) >= variants.position(row - 1);
    }
    if (!sorted)
        std::stable_sort(order.begin(), order.end(), before);

    // Normalised alleles, computed once for all sources.
    std::vector<qint64> positions(static_cast<size_t>(rows));
    std::vector<QByteArray> references(static_cast<size_t>(rows));
    std::vector<QByteArray> alternates(static_cast<size_t>(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        qint64 position = variants.position(row);
        QByteArray reference = variants.reference(row);
        QByteArray alternate = variants.alternate(row);
        SitesVcfImporter::normalizeAlleles(position, reference, alternate);
        positions[size_t(row)] = position;
        references[size_t(row)] = reference;
        alternates[size_t(row)] = alternate;
    }

    FrequencyAnnotation annotation;
    annotation.m_rowCount = rows;
    qint64 totalSteps = 0;
    for (const FrequencyStore *store : m_stores)
        totalSteps += qint64(store->sources().size()) * rows;
    qint64 done = 0;

    for (const FrequencyStore *store : m_stores) {
        for (const FrequencySource &source : store->sources()) {
            FrequencyAnnotation::SourceValues values;
            values.source = source;
            values.status.assign(size_t(rows), quint8(FrequencyStatus::NoData));
            values.valueRow.assign(size_t(rows), -1);
            const int fieldCount = int(source.fields.size());
            values.integers.resize(size_t(fieldCount));
            values.floats.resize(size_t(fieldCount));
            values.strings.resize(size_t(fieldCount));

            FrequencyCursor cursor(*store, source);
            for (qsizetype step = 0; step < rows; ++step) {
                if (step % kProgressInterval == 0) {
                    if (job.isCancelled())
                        return Error(Error::Code::Cancelled,
                                     Tr::tr("the annotation was cancelled"));
                    job.setProgress(done + step, totalSteps);
                }
                const qsizetype row = order[size_t(step)];
                if (variants.type(row) == VariantType::Structural)
                    continue;
                auto match = cursor.lookup(contigs.at(variants.contigIndex(row)),
                                           positions[size_t(row)],
                                           references[size_t(row)],
                                           alternates[size_t(row)]);
                if (!match)
                    return match.error();
                values.status[size_t(row)] = quint8(match->status);
                if (match->status != FrequencyStatus::Found)
                    continue;
                values.valueRow[size_t(row)] = values.foundCount++;
                for (int field = 0; field < fieldCount; ++field) {
                    switch (source.fields.at(field).type) {
                    case FrequencyFieldType::Integer:
                        values.integers[size_t(field)].push_back(
                                match->chunk->integer(match->site, field));
                        break;
                    case FrequencyFieldType::Float:
                        values.floats[size_t(field)].push_back(
                                match->chunk->floating(match->site, field));
                        break;
                    case FrequencyFieldType::String:
                        values.strings[size_t(field)].push_back(
                                match->chunk->text(match->site, field));
                        break;
                    }
                }
            }
            done += rows;
            annotation.m_sources.push_back(std::move(values));
        }
    }
    job.setProgress(totalSteps, totalSteps);
    return annotation;
}

} // namespace Core
