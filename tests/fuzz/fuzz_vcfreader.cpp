// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: VCF/BCF loading and normalisation. The input is written to a file (plain,
// gzip, bgzip or BCF, as htslib detects it) and read by Core::VcfReader::read with a small
// reference FASTA, so that splitting, trimming, left-alignment and the REF check all run.
#include "fuzzsupport.h"

#include <core/vcf/vcfreader.h>

#include <cstdint>

namespace {

QString g_input;
Core::VcfReader::Options g_options;

// chr1 and 1 (both naming styles), with runs that give indels room to move left.
constexpr char kFasta[] = ">chr1\n"
                          "ACGTACGTAAAAAAAAAACACACACACAGTGTGTGTTTTTTTTTTGGGGGGGGCCCCCCCCATATATAT\n"
                          "ACGTACGTAAAAAAAAAACACACACACAGTGTGTGTTTTTTTTTTGGGGGGGGCCCCCCCCATATATAT\n"
                          ">1\n"
                          "NNNNACGTAAAAAAAAAACACACACACAGTGTGTGTTTTTTTTTTGGGGGGGGCCCCCCCCATATATAT\n";

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    Core::VcfReader::initializeLibrary();
    const QTemporaryDir &directory = FuzzSupport::temporaryDirectory();
    g_input = directory.filePath(QStringLiteral("input.vcf"));
    const QString fasta = directory.filePath(QStringLiteral("reference.fa"));
    FuzzSupport::writeFile(fasta, kFasta);
    g_options.decompressionThreads = 0;
    g_options.referenceFasta = fasta;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (!FuzzSupport::writeFile(
                g_input, QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))))
        return 0;

    const Core::JobContext job;
    const auto loaded = Core::VcfReader::read(g_input, job, g_options);
    if (!loaded)
        return 0;
    // Touch every row so that a store inconsistent with its own size shows up under ASan.
    const Core::VariantStore &store = *loaded->store;
    quint64 sum = 0; // unsigned: wraps instead of overflowing
    for (qsizetype row = 0; row < store.size(); ++row) {
        sum += quint64(store.position(row)) + store.reference(row).size()
               + store.alternate(row).size() + store.contig(row).size();
        for (int sample = 0; sample < store.sampleCount(); ++sample)
            sum += int(store.zygosity(row, sample));
    }
    FuzzSupport::keep(sum);
    return 0;
}
