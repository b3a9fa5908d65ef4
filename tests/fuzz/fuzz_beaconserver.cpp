// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: request handling of the Beacon node (Core::BeaconServer::answer, which parses
// GET query strings and POST bodies), over a small real frequency cache.
//
// An input starting with '{', '[' or white space is a POST body, anything else a GET query
// string; the input's size selects the GDI path prefix and, rarely, another endpoint. Seeds
// are plain request bodies and query strings.
#include "fuzzcache.h"

#include <core/beacon/beaconserver.h>
#include <core/vcf/vcfreader.h>

#include <cstdint>
#include <memory>

namespace {

constexpr char kSites[]
        = "##fileformat=VCFv4.2\n"
          "##reference=GRCh38\n"
          "##contig=<ID=chr17,length=83257441>\n"
          "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Alternate allele count\">\n"
          "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles\">\n"
          "##INFO=<ID=nhomalt,Number=A,Type=Integer,Description=\"Homozygous individuals\">\n"
          "##INFO=<ID=AC_nfe,Number=A,Type=Integer,Description=\"Alternate allele count, nfe\">\n"
          "##INFO=<ID=AN_nfe,Number=1,Type=Integer,Description=\"Total number of alleles, nfe\">\n"
          "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
          "chr17\t43044295\t.\tA\tG\t.\tPASS\tAC=5;AN=1000;nhomalt=1;AC_nfe=3;AN_nfe=600\n"
          "chr17\t43045000\t.\tACGT\tA,C\t.\tPASS\tAC=1,2;AN=1000;nhomalt=0,0;AC_nfe=1,0;AN_nfe="
          "600\n"
          "chr17\t43100000\t.\tT\tTA\t.\tPASS\tAC=7;AN=998;nhomalt=2;AC_nfe=0;AN_nfe=600\n";

std::unique_ptr<Core::BeaconServer> g_server;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    Core::VcfReader::initializeLibrary();
    auto store = FuzzSupport::importedCache(kSites, QStringLiteral("fuzz"), QStringLiteral("1"));
    Core::BeaconServerSettings settings;
    settings.maximumRangeBases = 1'000'000;
    g_server = std::make_unique<Core::BeaconServer>(std::move(store), settings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bool post
            = size > 0 && (data[0] == '{' || data[0] == '[' || data[0] == ' ' || data[0] == '\n');
    const QString prefix = (size & 1) ? QStringLiteral("/beacon/aggregated/v2") : QString();
    const QString endpoint
            = (size % 16 == 15) ? QStringLiteral("/info") : QStringLiteral("/g_variants");
    const QByteArray rest(reinterpret_cast<const char *>(data), qsizetype(size));
    const Core::BeaconServer::Reply reply
            = post ? g_server->answer("POST", prefix + endpoint, QString(), rest, QByteArray())
                   : g_server->answer("GET",
                                      prefix + endpoint,
                                      QString::fromUtf8(rest),
                                      QByteArray(),
                                      QByteArray());
    // Every answer is a JSON document with a status code of HTTP's range.
    if (reply.status < 200 || reply.status > 599 || reply.body.isEmpty())
        __builtin_trap();
    return 0;
}
