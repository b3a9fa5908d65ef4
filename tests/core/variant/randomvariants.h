// SPDX-License-Identifier: GPL-3.0-or-later
// Test data shared by the tests of sorting and filtering over threads: a store of random
// variants with missing values and ties, values by row for VariantQuery::sortedBy(), and the
// thread count set for a scope.
#pragma once

#include <core/variant/variantquery.h>
#include <core/variant/variantstore.h>
#include <core/vcf/consequenceparser.h>

#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <memory>
#include <random>
#include <vector>

namespace Core::TestData {

// Sets the thread count for a scope, back to the default after.
class Threads
{
public:
    explicit Threads(int threads) { VariantQuery::setThreadCount(threads); }
    ~Threads() { VariantQuery::setThreadCount(0); }
    Threads(const Threads &) = delete;
    Threads &operator=(const Threads &) = delete;
};

struct RandomRows
{
    bool geneRuns = false;      //!< genes in runs, as along a genome (else one per row at random)
    bool wideQualities = false; //!< half the qualities from a million values (else 2,000)
    bool signedZeros = false;   //!< values() also gives -0 and +0
};

// \a rows variants of two samples (CHILD, MOTHER) on six contigs in no order, with missing
// depths, qualities and allele depths, drawn from \a random.
inline std::unique_ptr<VariantStore>
randomStore(int rows, std::mt19937 &random, const RandomRows &options = {})
{
    auto store = std::make_unique<VariantStore>(
            QStringList{QStringLiteral("CHILD"), QStringLiteral("MOTHER")});
    const auto pick = [&random](int count) {
        return int(random() % unsigned(count));
    };
    const char *contigs[] = {"chr2", "chrX", "chr1", "chrM", "chr10", "chrUn_x"};
    const char *filters[] = {"PASS", "LowQual", ".", "PASS"};
    const char *alternates[] = {"G", "GA", "T", "C"};
    const QString consequences[] = {QStringLiteral("missense_variant"),
                                    QStringLiteral("synonymous_variant"),
                                    QStringLiteral("stop_gained"),
                                    QString(),
                                    QStringLiteral("intron_variant")};
    const QString genes[] = {QStringLiteral("GENE3"),
                             QStringLiteral("gene7"),
                             QStringLiteral("Gene3"),
                             QString(),
                             QStringLiteral("BRCA1")};
    store->reserve(rows);
    int gene = 0;
    for (int row = 0; row < rows; ++row) {
        GenotypeCall calls[2];
        for (GenotypeCall &call : calls) {
            call.zygosity = Zygosity(pick(7));
            call.depth = pick(10) == 0 ? GenotypeCall::kMissing : pick(80);
            call.genotypeQuality = pick(10) == 0 ? GenotypeCall::kMissing : pick(99);
            call.alternateDepth = pick(40);
            call.referenceDepth = pick(40);
            call.totalAlleleDepth = pick(5) == 0 ? GenotypeCall::kMissing
                                                 : call.alternateDepth + call.referenceDepth;
        }
        // Wide: half from few values (ties), half from a million (more distinct values than
        // are ranked: the radix sort of keys within 2^32).
        float quality = std::numeric_limits<float>::quiet_NaN();
        if (pick(8) != 0) {
            if (!options.wideQualities)
                quality = float(pick(2000)) / 4.0f;
            else
                quality = pick(2) == 0 ? float(pick(50)) / 4.0f : float(pick(1000000)) / 16.0f;
        }
        store->append(contigs[pick(6)],
                      1 + pick(250000000),
                      "A",
                      alternates[pick(4)],
                      quality,
                      filters[pick(4)],
                      false,
                      calls);
        if (!options.geneRuns)
            gene = pick(5);
        else if (pick(500) == 0)
            gene = pick(5);
        TranscriptConsequence consequence;
        consequence.gene = genes[gene];
        consequence.consequence = consequences[pick(5)];
        store->setConsequence(row, consequence);
    }
    return store;
}

// \a rows values (by row) drawn from \a random: NaN, many ties, negative values and values
// over a wide range (and, with signedZeros, -0 and +0).
inline std::vector<double>
randomValues(int rows, std::mt19937 &random, const RandomRows &options = {})
{
    const auto pick = [&random](int count) {
        return int(random() % unsigned(count));
    };
    const int zeros = options.signedZeros ? 5 : 0;
    std::vector<double> values(static_cast<size_t>(rows));
    for (double &value : values) {
        const int draw = pick(100);
        value = draw < 10           ? std::numeric_limits<double>::quiet_NaN()
                : draw < 10 + zeros ? (draw % 2 ? -0.0 : 0.0)
                : draw < 40 + zeros ? double(draw % 7) - 3.0 // many ties
                                    : std::ldexp(double(pick(1 << 20)), -pick(40))
                                              * (draw < 50 + zeros ? -1 : 1);
    }
    return values;
}

} // namespace Core::TestData
