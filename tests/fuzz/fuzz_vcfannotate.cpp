// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target, differential: the annotate CLI's reading of VCF text. The input is a VCF (a
// header of its own when it starts with '#', else the records under a fixed header) annotated
// against a small frequency cache twice: with lines of a known shape read without htslib
// (VcfFrequencyAnnotator::Options::readKnownLines) and with htslib reading every line. The
// two must agree on success, error, output and warnings; a difference aborts.
#include "fuzzcache.h"

#include <core/frequency/vcffrequencyannotator.h>
#include <core/vcf/vcfreader.h>

#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QString g_input;
QString g_outputs[2];
std::unique_ptr<Core::FrequencyStore> g_store;

constexpr char kSites[] = "##fileformat=VCFv4.2\n"
                          "##contig=<ID=1,length=248956422>\n"
                          "##contig=<ID=2,length=242193529>\n"
                          "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Count\">\n"
                          "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Number\">\n"
                          "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                          "1\t100\t.\tA\tG\t.\tPASS\tAC=3;AN=100\n"
                          "1\t100\t.\tA\tC,T\t.\tPASS\tAC=1,2;AN=90\n"
                          "1\t105\t.\tACGT\tA\t.\tPASS\tAC=4;AN=80\n"
                          "1\t110\t.\tC\tG\t.\tPASS\tAC=5;AN=70\n"
                          "1\t70000\t.\tG\tA\t.\tPASS\tAC=6;AN=60\n"
                          "2\t100\t.\tA\tG\t.\tPASS\tAC=7;AN=50\n";

constexpr char kHeader[] = "##fileformat=VCFv4.2\n"
                           "##contig=<ID=1,length=248956422>\n"
                           "##contig=<ID=2,length=242193529>\n"
                           "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
                           "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                           "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Frequency\">\n"
                           "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">\n"
                           "##INFO=<ID=DB,Number=0,Type=Flag,Description=\"dbSNP\">\n"
                           "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                           "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                           "##FORMAT=<ID=GL,Number=G,Type=Float,Description=\"Likelihoods\">\n"
                           "##FORMAT=<ID=FT,Number=1,Type=String,Description=\"Filter\">\n"
                           "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n";

[[noreturn]] void differ(const char *what)
{
    std::fprintf(stderr, "fuzz_vcfannotate: known-line reading and htslib differ: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    Core::VcfReader::initializeLibrary();
    const QTemporaryDir &directory = FuzzSupport::temporaryDirectory();
    g_input = directory.filePath(QStringLiteral("input.vcf"));
    g_outputs[0] = directory.filePath(QStringLiteral("htslib.vcf"));
    g_outputs[1] = directory.filePath(QStringLiteral("known.vcf"));
    g_store = FuzzSupport::importedCache(kSites, QStringLiteral("gnomad"), QStringLiteral("fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!text.startsWith('#'))
        text.prepend(kHeader);
    if (!FuzzSupport::writeFile(g_input, text))
        return 0;

    QString errors[2];
    qint64 errorRecords[2] = {};
    QByteArray written[2];
    Core::VcfFrequencyAnnotator::Summary summaries[2];
    for (int known = 0; known < 2; ++known) {
        QFile::remove(g_outputs[known]);
        Core::VcfFrequencyAnnotator::Options options;
        options.readKnownLines = known == 1;
        const auto summary = Core::VcfFrequencyAnnotator::annotate(
                g_input, g_outputs[known], {g_store.get()}, Core::JobContext(), options);
        if (!summary) {
            errors[known] = summary.error().message();
            errorRecords[known] = summary.error().record();
            continue;
        }
        summaries[known] = summary.value();
        QFile output(g_outputs[known]);
        if (output.open(QIODevice::ReadOnly))
            written[known] = output.readAll();
    }
    if (errors[0] != errors[1] || errorRecords[0] != errorRecords[1])
        differ("error");
    if (written[0] != written[1])
        differ("output");
    if (summaries[0].records != summaries[1].records || summaries[0].found != summaries[1].found
        || summaries[0].notFound != summaries[1].notFound
        || summaries[0].warnings != summaries[1].warnings)
        differ("summary");
    FuzzSupport::keep(quint64(summaries[1].linesKnown));
    return 0;
}
