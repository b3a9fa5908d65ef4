// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a deterministic, genome-scale synthetic VCF to stdout for load benchmarks:
//   generate_genome_vcf VARIANTS SAMPLES [--csq] [--pl]
// ~85% SNVs (Ts/Tv ~2), ~13% indels up to 50 bp, ~3% multi-allelic records, GRCh38 contigs,
// FORMAT GT:AD:DP:GQ, optional VEP CSQ, optional FORMAT/PL (Number=G, as GATK writes it; the
// other columns are the same with and without it). Synthetic: REF bases do not match a real
// genome.
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

const char kBases[] = "ACGT";

char transition(char base)
{
    switch (base) {
    case 'A':
        return 'G';
    case 'G':
        return 'A';
    case 'C':
        return 'T';
    default:
        return 'C';
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s VARIANTS SAMPLES [--csq] [--pl]\n", argv[0]);
        return 2;
    }
    const long variants = std::atol(argv[1]);
    const int samples = std::atoi(argv[2]);
    bool csq = false;
    bool pl = false;
    for (int i = 3; i < argc; ++i) {
        csq = csq || std::strcmp(argv[i], "--csq") == 0;
        pl = pl || std::strcmp(argv[i], "--pl") == 0;
    }
    std::mt19937_64 random(20260101);
    auto uniform = [&random](double low, double high) {
        return std::uniform_real_distribution<double>(low, high)(random);
    };

    long genome = 0;
    for (const Contig &contig : kContigs)
        genome += contig.length;

    std::printf("##fileformat=VCFv4.2\n##reference=GRCh38\n");
    for (const Contig &contig : kContigs)
        std::printf("##contig=<ID=%s,length=%ld>\n", contig.name, contig.length);
    std::printf("##FILTER=<ID=LowQual,Description=\"Low quality\">\n"
                "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n");
    if (csq)
        std::printf("##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations "
                    "from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|HGVSc|"
                    "HGVSp|CANONICAL\">\n");
    std::printf("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n");
    if (pl)
        std::printf("##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Phred-scaled genotype "
                    "likelihoods\">\n");
    std::printf("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
    for (int s = 0; s < samples; ++s)
        std::printf("\tSAMPLE%d", s + 1);
    std::printf("\n");

    std::string line;
    long written = 0;
    for (const Contig &contig : kContigs) {
        const long share = long(double(variants) * double(contig.length) / double(genome));
        const long count
                = &contig == &kContigs[std::size(kContigs) - 1] ? variants - written : share;
        const double spacing = double(contig.length - 1000) / double(count + 1);
        long position = 0;
        for (long i = 0; i < count; ++i) {
            position = std::max(position + 60, long(double(i + 1) * spacing * uniform(0.9, 1.1)));
            std::string reference(1, kBases[random() % 4]);
            std::vector<std::string> alternates;
            const double kind = uniform(0, 1);
            if (kind < 0.85) {
                const char ref = reference[0];
                char alt = uniform(0, 1) < 0.67 ? transition(ref) : kBases[random() % 4];
                while (alt == ref)
                    alt = kBases[random() % 4];
                alternates.emplace_back(1, alt);
            } else {
                const int length
                        = uniform(0, 1) < 0.8 ? int(1 + random() % 4) : int(1 + random() % 50);
                std::string inserted;
                for (int k = 0; k < length; ++k)
                    inserted += kBases[random() % 4];
                if (kind < 0.92) {
                    alternates.push_back(reference + inserted);
                } else {
                    alternates.push_back(reference);
                    reference += inserted;
                }
            }
            if (uniform(0, 1) < 0.03) { // a second ALT
                char extra = kBases[random() % 4];
                while (std::string(1, extra) == reference || std::string(1, extra) == alternates[0])
                    extra = kBases[random() % 4];
                alternates.emplace_back(reference.size() == 1 ? std::string(1, extra)
                                                              : std::string(1, reference[0]));
                if (alternates[1] == alternates[0])
                    alternates.pop_back();
            }
            const int depth = int(15 + random() % 45);
            const double quality = 30 + uniform(0, 1500);
            line.clear();
            line += contig.name;
            line += '\t' + std::to_string(position) + "\t.\t" + reference + '\t';
            for (size_t a = 0; a < alternates.size(); ++a)
                line += (a ? "," : "") + alternates[a];
            char qualityText[32];
            std::snprintf(qualityText,
                          sizeof qualityText,
                          "\t%.2f\t%s\tDP=%d",
                          quality,
                          quality < 50 ? "LowQual" : "PASS",
                          depth * samples);
            line += qualityText;
            if (csq) {
                line += ";CSQ=" + alternates[0] + "|missense_variant|MODERATE|GENE"
                        + std::to_string(position / 50000) + "|ENST" + std::to_string(position)
                        + "|c." + std::to_string(position % 3000) + "A>G|p.Lys"
                        + std::to_string(position % 1000) + "Arg|YES";
            }
            line += pl ? "\tGT:AD:DP:GQ:PL" : "\tGT:AD:DP:GQ";
            // PL in VCF order (index k*(k+1)/2+j of genotype j/k): 0 for the called genotype,
            // growing with the depth for the others; uses no random numbers.
            const size_t alleleCount = alternates.size() + 1;
            auto appendLikelihoods = [&](size_t called, int gq) {
                if (!pl)
                    return;
                line += ':';
                const size_t genotypes = alleleCount * (alleleCount + 1) / 2;
                for (size_t g = 0; g < genotypes; ++g) {
                    const size_t distance = g > called ? g - called : called - g;
                    line += (g ? "," : "")
                            + std::to_string(g == called ? 0 : gq + 3 * depth * int(distance));
                }
            };
            for (int s = 0; s < samples; ++s) {
                const double genotype = uniform(0, 1);
                const int gq = int(20 + random() % 80);
                if (alternates.size() > 1 && genotype < 0.5) {
                    const int first = depth / 2;
                    line += "\t1/2:0," + std::to_string(first) + ',' + std::to_string(depth - first)
                            + ':' + std::to_string(depth) + ':' + std::to_string(gq);
                    appendLikelihoods(4, gq); // 1/2
                } else if (genotype < 0.55) {
                    const int alt = int(double(depth) * uniform(0.35, 0.65));
                    line += "\t0/1:" + std::to_string(depth - alt) + ',' + std::to_string(alt)
                            + (alternates.size() > 1 ? ",0" : "") + ':' + std::to_string(depth)
                            + ':' + std::to_string(gq);
                    appendLikelihoods(1, gq); // 0/1
                } else if (genotype < 0.9) {
                    line += "\t1/1:0," + std::to_string(depth) + (alternates.size() > 1 ? ",0" : "")
                            + ':' + std::to_string(depth) + ':' + std::to_string(gq);
                    appendLikelihoods(2, gq); // 1/1
                } else {
                    line += "\t0/0:" + std::to_string(depth) + ",0"
                            + (alternates.size() > 1 ? ",0" : "") + ':' + std::to_string(depth)
                            + ':' + std::to_string(gq);
                    appendLikelihoods(0, gq); // 0/0
                }
            }
            line += '\n';
            std::fwrite(line.data(), 1, line.size(), stdout);
        }
        written += count;
    }
    return 0;
}
