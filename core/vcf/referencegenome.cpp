// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencegenome.h"

#include "../common/tr.h"
#include "contignames.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <htslib/faidx.h>

#include <cstdlib>

namespace Core {

namespace {

struct FaidxDeleter
{
    void operator()(faidx_t *index) const { fai_destroy(index); }
};

} // namespace

struct ReferenceGenome::Private
{
    QString path;
    std::unique_ptr<faidx_t, FaidxDeleter> index;
    QHash<QByteArray, QByteArray> aliases; // canonical name -> name in the FASTA
};

ReferenceGenome::ReferenceGenome()
    : d(std::make_unique<Private>())
{}

ReferenceGenome::~ReferenceGenome() = default;
ReferenceGenome::ReferenceGenome(ReferenceGenome &&) noexcept = default;
ReferenceGenome &ReferenceGenome::operator=(ReferenceGenome &&) noexcept = default;

Result<ReferenceGenome> ReferenceGenome::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error(Error::Code::FileNotFound, Tr::tr("reference FASTA not found"), path);
    ReferenceGenome genome;
    genome.d->path = path;
    genome.d->index.reset(fai_load(QFile::encodeName(path).constData()));
    if (!genome.d->index) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("cannot read or index the reference FASTA (is it a FASTA file, and is "
                            "its directory writable for the .fai index?)"),
                     path);
    }
    const int count = faidx_nseq(genome.d->index.get());
    for (int i = 0; i < count; ++i) {
        const QByteArray name(faidx_iseq(genome.d->index.get(), i));
        genome.d->aliases.insert(canonicalContig(name), name);
    }
    return genome;
}

QString ReferenceGenome::path() const
{
    return d->path;
}

bool ReferenceGenome::hasContig(const QByteArray &contig) const
{
    return faidx_has_seq(d->index.get(), contig.constData())
           || d->aliases.contains(canonicalContig(contig));
}

QByteArray ReferenceGenome::sequence(const QByteArray &contig, qint64 start, qint64 end) const
{
    if (start < 1 || end < start)
        return QByteArray();
    QByteArray name = contig;
    if (!faidx_has_seq(d->index.get(), name.constData()))
        name = d->aliases.value(canonicalContig(contig));
    if (name.isEmpty())
        return QByteArray();
    hts_pos_t length = 0;
    char *bases = faidx_fetch_seq64(d->index.get(), name.constData(), start - 1, end - 1, &length);
    if (!bases)
        return QByteArray();
    QByteArray result(bases, qsizetype(length));
    std::free(bases);
    if (result.size() != end - start + 1)
        return QByteArray(); // past the end of the contig
    return result.toUpper();
}

} // namespace Core
