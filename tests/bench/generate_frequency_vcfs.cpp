// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the deterministic data of the frequency cache benchmark
// (tests/bench/frequency-annotate.sh):
//   generate_frequency_vcfs [--scale S] [--seed N] SITES.vcf.gz GENOME.vcf.gz EXOME.vcf.gz
// - SITES: a gnomAD-like sites VCF, 50 million records at scale 1, GRCh38 contigs, INFO
//   AC/AN/AF/nhomalt and AC_<g>/AN_<g>/nhomalt_<g> for 8 groups. AN is near each group's full
//   allele number at most sites (the groups' AN fall together, from a shared site-level missing
//   rate), AC is mostly 0-5 (a few common variants), homozygotes are rare;
//   ~3% of the records are multi-allelic (two ALTs), ~4% of the positions have a second,
//   separate record (split multi-allelic site), ~12% of the alleles are indels.
// - GENOME: a one-sample genome (5 million variants at scale 1) sorted like SITES: ~95% of its
//   SNVs (and most of its indels) are alleles of SITES, the rest novel.
// - EXOME: the variants of GENOME in ~1.2% of 4 kb blocks (exon-like clusters), ~60k at scale 1.
// Each file is written through a `bgzip` pipe. Synthetic: REF bases do not match a genome.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct Contig
{
    const char *name;
    long length;
};

const Contig kContigs[] = {
        {"chr1", 248956422},  {"chr2", 242193529},  {"chr3", 198295559},  {"chr4", 190214555},
        {"chr5", 181538259},  {"chr6", 170805979},  {"chr7", 159345973},  {"chr8", 145138636},
        {"chr9", 138394717},  {"chr10", 133797422}, {"chr11", 135086622}, {"chr12", 133275309},
        {"chr13", 114364328}, {"chr14", 107043718}, {"chr15", 101991189}, {"chr16", 90338345},
        {"chr17", 83257441},  {"chr18", 80373285},  {"chr19", 58617616},  {"chr20", 64444167},
        {"chr21", 46709983},  {"chr22", 50818468},  {"chrX", 156040895},
};

struct Group
{
    const char *name;
    int samples; // full allele number is 2 * samples
    double weight;
};

// Roughly gnomAD v4 genomes group sizes.
const Group kGroups[] = {
        {"afr", 20744, 0.27},
        {"amr", 7647, 0.10},
        {"asj", 1736, 0.02},
        {"eas", 2604, 0.03},
        {"fin", 5316, 0.07},
        {"nfe", 34029, 0.44},
        {"sas", 2419, 0.03},
        {"mid", 147, 0.01},
};
constexpr int kGroupCount = int(std::size(kGroups));
const char kBases[] = "ACGT";

class Output
{
public:
    Output(const char *path, int threads)
    {
        const std::string command
                = "bgzip -@" + std::to_string(threads) + " -c > '" + std::string(path) + "'";
        m_pipe = popen(command.c_str(), "w");
        if (!m_pipe) {
            std::perror("bgzip");
            std::exit(1);
        }
        m_buffer.reserve(1 << 20);
    }
    ~Output()
    {
        flush();
        if (pclose(m_pipe) != 0) {
            std::fprintf(stderr, "bgzip failed\n");
            std::exit(1);
        }
    }
    std::string &text() { return m_buffer; }
    void lineDone()
    {
        if (m_buffer.size() > (1 << 20) - 4096)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty()
            && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_pipe) != m_buffer.size()) {
            std::perror("write");
            std::exit(1);
        }
        m_buffer.clear();
    }

private:
    FILE *m_pipe = nullptr;
    std::string m_buffer;
};

void appendNumber(std::string &text, long value)
{
    char digits[24];
    int length = 0;
    const bool negative = value < 0;
    unsigned long rest = negative ? 0UL - static_cast<unsigned long>(value)
                                  : static_cast<unsigned long>(value);
    do {
        digits[length++] = char('0' + rest % 10);
        rest /= 10;
    } while (rest);
    if (negative)
        text += '-';
    while (length)
        text += digits[--length];
}

void appendFrequency(std::string &text, double value)
{
    char number[32];
    std::snprintf(number, sizeof number, "%.5g", value);
    text += number;
}

struct Allele
{
    std::string alternate;
    long ac[kGroupCount];
    long hom[kGroupCount];
};

void writeHeader(std::string &text, bool sites)
{
    text += "##fileformat=VCFv4.2\n##reference=GRCh38\n";
    for (const Contig &contig : kContigs) {
        text += "##contig=<ID=";
        text += contig.name;
        text += ",length=";
        appendNumber(text, contig.length);
        text += ",assembly=GRCh38>\n";
    }
    if (sites) {
        text += "##FILTER=<ID=AC0,Description=\"Allele count is zero\">\n"
                "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Alternate allele count\">\n"
                "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles\">\n"
                "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Alternate allele frequency\">\n"
                "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"Count of homozygous "
                "individuals\">\n";
        for (const Group &group : kGroups) {
            const std::string name = group.name;
            text += "##INFO=<ID=AC_" + name
                    + ",Number=A,Type=Integer,Description=\"Alternate allele count for samples of "
                      "genetic ancestry group "
                    + name + "\">\n";
            text += "##INFO=<ID=AN_" + name
                    + ",Number=1,Type=Integer,Description=\"Total number of alleles in samples of "
                      "genetic ancestry group "
                    + name + "\">\n";
            text += "##INFO=<ID=nhomalt_" + name
                    + ",Number=A,Type=Integer,Description=\"Count of homozygous individuals in "
                      "samples of genetic ancestry group "
                    + name + "\">\n";
        }
        text += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    } else {
        text += "##FILTER=<ID=LowQual,Description=\"Low quality\">\n"
                "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n"
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE1\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    double scale = 1.0;
    unsigned long seed = 20261126;
    std::vector<const char *> paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc)
            scale = std::atof(argv[++i]);
        else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            seed = std::strtoul(argv[++i], nullptr, 10);
        else
            paths.push_back(argv[i]);
    }
    if (paths.size() != 3 || !(scale > 0)) {
        std::fprintf(stderr,
                     "usage: %s [--scale S] [--seed N] SITES.vcf.gz GENOME.vcf.gz EXOME.vcf.gz\n",
                     argv[0]);
        return 2;
    }
    const long siteRecords = std::max(1000L, long(50e6 * scale));
    const long genomeVariants = std::max(100L, long(5e6 * scale));
    std::mt19937_64 random(seed);
    auto uniform = [&random]() {
        return double(random() >> 11) * 0x1.0p-53;
    };
    // The groups' AN draws (a stream of their own: the main stream stays as it was).
    std::mt19937_64 anRandom(seed ^ 0x5DEECE66DUL);
    auto anUniform = [&anRandom]() {
        return double(anRandom() >> 11) * 0x1.0p-53;
    };
    auto anNormal = [&anUniform]() { // Box-Muller
        const double radius = std::sqrt(-2.0 * std::log(1.0 - anUniform()));
        return radius * std::cos(6.283185307179586 * anUniform());
    };

    long genome = 0;
    for (const Contig &contig : kContigs)
        genome += contig.length;
    // Picking probability of a site allele for the genome: 95% of its SNVs come from SITES.
    const double pickProbability = 0.95 * double(genomeVariants) / double(siteRecords);
    const double novelProbability = 0.05 * double(genomeVariants) / double(siteRecords);
    const double exonBlockShare = 0.012;

    Output sites(paths[0], 2);
    Output genomeOutput(paths[1], 1);
    Output exome(paths[2], 1);
    writeHeader(sites.text(), true);
    writeHeader(genomeOutput.text(), false);
    writeHeader(exome.text(), false);

    long fullAn[kGroupCount];
    for (int g = 0; g < kGroupCount; ++g)
        fullAn[g] = 2L * kGroups[g].samples;

    long written = 0;
    std::vector<Allele> alleles;
    std::string reference;
    long remainingGenome = genome;
    for (const Contig &contig : kContigs) {
        // The records still to write, shared by the contigs still to come: a contig that ends
        // before its share (its long empty stretches happened to be long) passes the rest on.
        const long count = long(double(siteRecords - written) * double(contig.length)
                                / double(remainingGenome));
        remainingGenome -= contig.length;
        // The gap drawn per position has mean meanGap, plus 20 bp on average of the rare long
        // stretches below; 4% of positions hold two records. 2% room at the contig's end.
        const double spanPerRecord = double(contig.length - 20000) / double(count + 1);
        const double meanGap = std::max(2.0, spanPerRecord * 1.04 / 1.02 - 20.0);
        long position = 10000;
        // One call of the genome (and of the exome when in an exon-like block).
        auto emitCall = [&](long callPosition,
                            const std::string &callReference,
                            const std::string &alternates,
                            const char *genotype) {
            const long block = callPosition >> 12;
            const unsigned long hash
                    = (static_cast<unsigned long>(block) * 0x9E3779B97F4A7C15UL)
                      ^ static_cast<unsigned long>(&contig - kContigs) * 0xC2B2AE3D27D4EB4FUL;
            const bool exonic = double((hash >> 20) % 100000) < exonBlockShare * 100000;
            const int depth = int(15 + random() % 45);
            for (Output *output : {&genomeOutput, &exome}) {
                if (output == &exome && !exonic)
                    continue;
                std::string &call = output->text();
                call += contig.name;
                call += '\t';
                appendNumber(call, callPosition);
                call += "\t.\t";
                call += callReference;
                call += '\t';
                call += alternates;
                call += "\t50\tPASS\tDP=";
                appendNumber(call, depth);
                call += "\tGT:DP:GQ\t";
                call += genotype;
                call += ':';
                appendNumber(call, depth);
                call += ":60\n";
                output->lineDone();
            }
        };
        long emitted = 0;
        while (emitted < count) {
            // Gaps: geometric-like around the mean, with rare long empty stretches.
            long gap = 1 + long(-std::log(1.0 - uniform()) * (meanGap - 0.5));
            if (uniform() < 2e-5)
                gap += long(uniform() * 2e6);
            position += gap;
            if (position >= contig.length - 100)
                break;

            // One position: one record, or a split pair of records (the second with a new ALT).
            const int records = uniform() < 0.04 ? 2 : 1;
            reference.assign(1, kBases[random() % 4]);
            const bool deletion = uniform() < 0.06;
            if (deletion) {
                const int length = uniform() < 0.8 ? int(1 + random() % 4) : int(1 + random() % 30);
                for (int k = 0; k < length; ++k)
                    reference += kBases[random() % 4];
            }
            std::vector<std::string> used;
            long an[kGroupCount] = {};
            for (int r = 0; r < records && emitted < count; ++r) {
                const int alternates = uniform() < 0.03 ? 2 : 1;
                alleles.clear();
                for (int a = 0; a < alternates; ++a) {
                    Allele allele;
                    for (int attempt = 0; attempt < 16; ++attempt) {
                        std::string candidate;
                        const double kind = uniform();
                        if (reference.size() > 1) {
                            candidate.assign(1, reference[0]);
                            if (kind < 0.3)
                                candidate += reference.substr(
                                        1, 1 + random() % (reference.size() - 1));
                            if (candidate == reference)
                                candidate.assign(1, reference[0]);
                        } else if (kind < 0.94) {
                            candidate.assign(1, kBases[random() % 4]);
                        } else {
                            candidate = reference;
                            const int length = int(1 + random() % 6);
                            for (int k = 0; k < length; ++k)
                                candidate += kBases[random() % 4];
                        }
                        if (candidate != reference
                            && std::find(used.begin(), used.end(), candidate) == used.end()) {
                            allele.alternate = candidate;
                            break;
                        }
                    }
                    if (allele.alternate.empty())
                        continue;
                    used.push_back(allele.alternate);
                    // Frequencies: mostly singletons to a few copies; ~4% common.
                    const bool common = uniform() < 0.04;
                    const double frequency = common ? std::pow(10.0, -3.0 + 2.7 * uniform()) : 0.0;
                    for (int g = 0; g < kGroupCount; ++g) {
                        allele.ac[g] = 0;
                        allele.hom[g] = 0;
                    }
                    if (common) {
                        for (int g = 0; g < kGroupCount; ++g) {
                            const double local
                                    = std::min(0.95, frequency * std::exp(uniform() * 1.4 - 0.7));
                            allele.ac[g]
                                    = long(local * double(fullAn[g]) * (0.9 + 0.1 * uniform()));
                            allele.hom[g] = long(local * local * double(kGroups[g].samples)
                                                 * (0.8 + 0.4 * uniform()));
                        }
                    } else {
                        // Total AC mostly 1-5 (geometric; 12% zero), spread over groups by their
                        // weight.
                        long total = uniform() < 0.12 ? 0 : 1;
                        while (total > 0 && total < 40 && uniform() < 0.45)
                            ++total;
                        if (uniform() < 0.1)
                            total += long(random() % 20);
                        for (long copy = 0; copy < total; ++copy) {
                            double pick = uniform();
                            int g = 0;
                            while (g < kGroupCount - 1 && pick > kGroups[g].weight) {
                                pick -= kGroups[g].weight;
                                ++g;
                            }
                            ++allele.ac[g];
                        }
                        if (total >= 2 && uniform() < 0.02) {
                            for (int g = 0; g < kGroupCount; ++g) {
                                if (allele.ac[g] >= 2) {
                                    allele.hom[g] = 1;
                                    break;
                                }
                            }
                        }
                    }
                    alleles.push_back(allele);
                }
                if (alleles.empty())
                    continue;
                ++emitted;
                ++written;

                // AN, as in gnomAD (measured in tests/bench/README.md): the groups' AN fall
                // together. A site-level missing rate (mean 0.2% of the samples; at 8% of the
                // sites a coverage drop to 30-90% on top) is shared by every group; each group's
                // rate deviates from it by a lognormal factor (sigma 0.2: the groups' shortfall
                // fractions correlate ~0.9 across sites, as in the gnomAD exome slices) and its
                // missing samples are drawn around the expected count. The second record of a
                // split site has the first record's AN at 36% of the positions (the gnomAD v4
                // genome slice; the exome slices: ~99%). The main stream draws the same numbers
                // as before (positions, alleles, AC and the genome and exome calls unchanged);
                // the per-group draws come from anRandom.
                const bool lowCoverage = uniform() < 0.08;
                const double coverage = lowCoverage ? 0.3 + 0.6 * uniform() : 1.0;
                const double siteRate = -std::log(1.0 - uniform()) * 0.002;
                for (int g = 1; g < kGroupCount; ++g)
                    uniform(); // formerly the groups' independent shortfalls
                if (r == 0 || anUniform() >= 0.36) {
                    for (int g = 0; g < kGroupCount; ++g) {
                        const double rate = siteRate * std::exp(0.2 * anNormal() - 0.02);
                        const double expected = rate * double(kGroups[g].samples);
                        long missing = 0;
                        if (expected < 30) { // Poisson by multiplication
                            const double limit = std::exp(-expected);
                            for (double product = anUniform(); product > limit;
                                 product *= anUniform())
                                ++missing;
                        } else {
                            missing = std::max(
                                    0L, std::lround(expected + std::sqrt(expected) * anNormal()));
                        }
                        an[g] = std::max(
                                0L, 2 * (std::lround(kGroups[g].samples * coverage) - missing));
                    }
                }
                long anTotal = 0;
                for (int g = 0; g < kGroupCount; ++g)
                    anTotal += an[g];
                long acTotal[2] = {0, 0};
                long homTotal[2] = {0, 0};
                for (size_t a = 0; a < alleles.size(); ++a) {
                    for (int g = 0; g < kGroupCount; ++g) {
                        alleles[a].ac[g] = std::min(alleles[a].ac[g], an[g] / int(alleles.size()));
                        alleles[a].hom[g] = std::min(alleles[a].hom[g], alleles[a].ac[g] / 2);
                        acTotal[a] += alleles[a].ac[g];
                        homTotal[a] += alleles[a].hom[g];
                    }
                }

                std::string &text = sites.text();
                text += contig.name;
                text += '\t';
                appendNumber(text, position);
                text += "\t.\t";
                text += reference;
                text += '\t';
                for (size_t a = 0; a < alleles.size(); ++a) {
                    if (a)
                        text += ',';
                    text += alleles[a].alternate;
                }
                text += "\t.\t";
                text += acTotal[0] == 0 && (alleles.size() == 1 || acTotal[1] == 0) ? "AC0"
                                                                                    : "PASS";
                auto perAllele = [&](const char *key, auto value) {
                    text += key;
                    for (size_t a = 0; a < alleles.size(); ++a) {
                        if (a)
                            text += ',';
                        value(a);
                    }
                };
                perAllele("\tAC=", [&](size_t a) { appendNumber(text, acTotal[a]); });
                text += ";AN=";
                appendNumber(text, anTotal);
                perAllele(";AF=", [&](size_t a) {
                    appendFrequency(text, anTotal ? double(acTotal[a]) / double(anTotal) : 0.0);
                });
                perAllele(";nhomalt=", [&](size_t a) { appendNumber(text, homTotal[a]); });
                for (int g = 0; g < kGroupCount; ++g) {
                    text += ";AC_";
                    text += kGroups[g].name;
                    perAllele("=", [&](size_t a) { appendNumber(text, alleles[a].ac[g]); });
                    text += ";AN_";
                    text += kGroups[g].name;
                    text += '=';
                    appendNumber(text, an[g]);
                    text += ";nhomalt_";
                    text += kGroups[g].name;
                    perAllele("=", [&](size_t a) { appendNumber(text, alleles[a].hom[g]); });
                }
                text += '\n';
                sites.lineDone();

                // The genome carries this site (one of its ALTs, or both when multi-allelic).
                if (uniform() < pickProbability) {
                    const char *genotype = uniform() < 0.35 ? "1/1" : "0/1";
                    if (alleles.size() > 1 && uniform() < 0.5)
                        emitCall(position,
                                 reference,
                                 alleles[0].alternate + ',' + alleles[1].alternate,
                                 "1/2");
                    else
                        emitCall(position, reference, alleles[0].alternate, genotype);
                }
            }
            // Novel variants: at the position after the last record of this position, which
            // has no site because gaps are >= 1 (the next site is at least one further).
            if (uniform() < novelProbability) {
                std::string novelReference(1, kBases[random() % 4]);
                std::string novelAlternate(1, kBases[random() % 4]);
                while (novelAlternate == novelReference)
                    novelAlternate.assign(1, kBases[random() % 4]);
                // Reserve position + 1 so the next site starts after it.
                ++position;
                emitCall(position, novelReference, novelAlternate, "0/1");
            }
        }
    }
    return 0;
}
