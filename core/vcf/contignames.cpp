// SPDX-License-Identifier: GPL-3.0-or-later
#include "contignames.h"

namespace Core {

QByteArray canonicalContig(const QByteArray &name)
{
    QByteArray bare = name;
    if (bare.size() > 3
        && (bare.startsWith("chr") || bare.startsWith("Chr") || bare.startsWith("CHR")))
        bare = bare.mid(3);
    if (bare == "M" || bare == "m" || bare == "MT" || bare == "mt")
        return QByteArrayLiteral("MT");
    if (bare == "x")
        return QByteArrayLiteral("X");
    if (bare == "y")
        return QByteArrayLiteral("Y");
    return bare == name.mid(name.size() - bare.size()) && isPrimaryContig(QString::fromLatin1(bare))
                   ? bare
                   : name;
}

QString canonicalContig(const QString &name)
{
    return QString::fromLatin1(canonicalContig(name.toLatin1()));
}

bool isPrimaryContig(const QString &name)
{
    QString bare = name;
    if (bare.startsWith(QLatin1String("chr"), Qt::CaseInsensitive))
        bare = bare.mid(3);
    if (bare == QLatin1String("X") || bare == QLatin1String("Y") || bare == QLatin1String("M")
        || bare == QLatin1String("MT"))
        return true;
    bool ok = false;
    const int number = bare.toInt(&ok);
    return ok && number >= 1 && number <= 22 && bare == QString::number(number);
}

bool isChromosomeX(const QString &name)
{
    return canonicalContig(name) == QLatin1String("X");
}

bool isChromosomeY(const QString &name)
{
    return canonicalContig(name) == QLatin1String("Y");
}

int contigRank(const QString &name)
{
    const QString bare = canonicalContig(name);
    bool ok = false;
    const int number = bare.toInt(&ok);
    if (ok && number >= 1 && number <= 22 && isPrimaryContig(bare))
        return number;
    if (bare == QLatin1String("X"))
        return 23;
    if (bare == QLatin1String("Y"))
        return 24;
    if (bare == QLatin1String("MT"))
        return 25;
    return 1000;
}

} // namespace Core
