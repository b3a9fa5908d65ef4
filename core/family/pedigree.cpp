// SPDX-License-Identifier: GPL-3.0-or-later
#include "pedigree.h"

#include "../common/tr.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace Core {

QString sexKey(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString affectedStatusKey(AffectedStatus status)
{
    switch (status) {
    case AffectedStatus::Affected:
        return QStringLiteral("affected");
    case AffectedStatus::Unaffected:
        return QStringLiteral("unaffected");
    case AffectedStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Result<Pedigree> Pedigree::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("PED file not found"), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable, file.errorString(), path);
    constexpr qint64 kMaximumSize = 64 * 1024 * 1024;
    if (file.size() > kMaximumSize)
        return Error(Error::Code::UnsupportedFormat, Tr::tr("too large for a PED file"), path);
    return parse(file.readAll(), path);
}

Result<Pedigree> Pedigree::parse(const QByteArray &text, const QString &fileName)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    Pedigree pedigree;
    QSet<QString> ids;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const qint64 lineNumber = i + 1;
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(whitespace);
        if (columns.size() < 6) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("a PED line needs 6 columns (family, individual, father, mother, "
                                "sex, phenotype), found %1")
                                 .arg(columns.size()),
                         fileName,
                         0,
                         lineNumber);
        }
        PedigreeMember member;
        member.family = columns.at(0);
        member.id = columns.at(1);
        auto parent = [](const QString &value) {
            return value == QLatin1String("0") || value == QLatin1String(".") ? QString() : value;
        };
        member.father = parent(columns.at(2));
        member.mother = parent(columns.at(3));
        const QString sex = columns.at(4);
        if (sex == QLatin1String("1"))
            member.sex = Sex::Male;
        else if (sex == QLatin1String("2"))
            member.sex = Sex::Female;
        else if (sex != QLatin1String("0") && sex != QLatin1String("-9")
                 && sex != QLatin1String("other"))
            return Error(
                    Error::Code::MalformedRecord,
                    Tr::tr("sex must be 1 (male), 2 (female) or 0 (unknown), found '%1'").arg(sex),
                    fileName,
                    0,
                    lineNumber);
        const QString phenotype = columns.at(5);
        if (phenotype == QLatin1String("2"))
            member.affected = AffectedStatus::Affected;
        else if (phenotype == QLatin1String("1"))
            member.affected = AffectedStatus::Unaffected;
        if (member.id == member.father || member.id == member.mother) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("individual '%1' is given as their own parent").arg(member.id),
                         fileName,
                         0,
                         lineNumber);
        }
        if (ids.contains(member.id)) {
            return Error(Error::Code::MalformedRecord,
                         Tr::tr("individual '%1' appears twice").arg(member.id),
                         fileName,
                         0,
                         lineNumber);
        }
        ids.insert(member.id);
        pedigree.m_members.append(member);
    }
    if (pedigree.m_members.isEmpty())
        return Error(Error::Code::MalformedRecord, Tr::tr("the PED file lists nobody"), fileName);
    return pedigree;
}

std::optional<PedigreeMember> Pedigree::member(const QString &id) const
{
    for (const PedigreeMember &member : m_members) {
        if (member.id == id)
            return member;
    }
    return std::nullopt;
}

Sex Pedigree::sexOf(const QString &id) const
{
    const auto found = member(id);
    return found ? found->sex : Sex::Unknown;
}

QList<Pedigree::Trio> Pedigree::trios() const
{
    QList<Trio> affected;
    QList<Trio> others;
    for (const PedigreeMember &member : m_members) {
        if (member.father.isEmpty() || member.mother.isEmpty() || !this->member(member.father)
            || !this->member(member.mother))
            continue;
        const Trio trio{member.id, member.father, member.mother};
        (member.affected == AffectedStatus::Affected ? affected : others).append(trio);
    }
    return affected + others;
}

} // namespace Core
