// SPDX-License-Identifier: GPL-3.0-or-later
#include "genomebuild.h"

#include <QHash>

namespace Core {

namespace {

struct PrimaryLength
{
    const char *name;
    qint64 grch37;
    qint64 grch38;
};

// Lengths of the primary assembly chromosomes (GRC releases GRCh37.p13 and GRCh38.p14).
constexpr PrimaryLength kPrimaryLengths[] = {
        {"1", 249250621, 248956422},  {"2", 243199373, 242193529},  {"3", 198022430, 198295559},
        {"4", 191154276, 190214555},  {"5", 180915260, 181538259},  {"6", 171115067, 170805979},
        {"7", 159138663, 159345973},  {"8", 146364022, 145138636},  {"9", 141213431, 138394717},
        {"10", 135534747, 133797422}, {"11", 135006516, 135086622}, {"12", 133851895, 133275309},
        {"13", 115169878, 114364328}, {"14", 107349540, 107043718}, {"15", 102531392, 101991189},
        {"16", 90354753, 90338345},   {"17", 81195210, 83257441},   {"18", 78077248, 80373285},
        {"19", 59128983, 58617616},   {"20", 63025520, 64444167},   {"21", 48129895, 46709983},
        {"22", 51304566, 50818468},   {"X", 155270560, 156040895},  {"Y", 59373566, 57227415},
};

QString stripChr(const QString &name)
{
    return name.startsWith(QLatin1String("chr"), Qt::CaseInsensitive) ? name.mid(3) : name;
}

} // namespace

QString genomeBuildName(GenomeBuild build)
{
    switch (build) {
    case GenomeBuild::GRCh37:
        return QStringLiteral("GRCh37");
    case GenomeBuild::GRCh38:
        return QStringLiteral("GRCh38");
    case GenomeBuild::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

GenomeBuild genomeBuildFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("grch37") || lower == QLatin1String("hg19")
        || lower == QLatin1String("b37"))
        return GenomeBuild::GRCh37;
    if (lower == QLatin1String("grch38") || lower == QLatin1String("hg38"))
        return GenomeBuild::GRCh38;
    return GenomeBuild::Unknown;
}

GenomeBuild detectGenomeBuild(const QList<ContigLength> &contigs, const QString &reference)
{
    static const QHash<QString, const PrimaryLength *> byName = [] {
        QHash<QString, const PrimaryLength *> map;
        for (const PrimaryLength &entry : kPrimaryLengths)
            map.insert(QString::fromLatin1(entry.name), &entry);
        return map;
    }();

    int votes37 = 0;
    int votes38 = 0;
    for (const ContigLength &contig : contigs) {
        const PrimaryLength *known = byName.value(stripChr(contig.name));
        if (!known || contig.length <= 0)
            continue;
        if (contig.length == known->grch37)
            ++votes37;
        else if (contig.length == known->grch38)
            ++votes38;
    }
    if (votes37 > 0 && votes38 == 0)
        return GenomeBuild::GRCh37;
    if (votes38 > 0 && votes37 == 0)
        return GenomeBuild::GRCh38;
    if (votes37 > 0 && votes38 > 0)
        return GenomeBuild::Unknown;

    const QString ref = reference.toLower();
    if (ref.contains(QLatin1String("grch38")) || ref.contains(QLatin1String("hg38")))
        return GenomeBuild::GRCh38;
    if (ref.contains(QLatin1String("grch37")) || ref.contains(QLatin1String("hg19"))
        || ref.contains(QLatin1String("hs37d5")) || ref.contains(QLatin1String("b37"))
        || ref.contains(QLatin1String("human_g1k_v37")))
        return GenomeBuild::GRCh37;
    return GenomeBuild::Unknown;
}

} // namespace Core
