// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Core {

enum class Sex { Unknown, Male, Female };
enum class AffectedStatus { Unknown, Unaffected, Affected };

/*! "male", "female", "unknown" (JSON keys, not translated). */
QString sexKey(Sex sex);
QString affectedStatusKey(AffectedStatus status);

struct PedigreeMember
{
    QString family;
    QString id;     //!< sample name as in the VCF header
    QString father; //!< empty when not in the pedigree ("0" in the file)
    QString mother;
    Sex sex = Sex::Unknown;
    AffectedStatus affected = AffectedStatus::Unknown;
};

/*!
 * A PED file: six whitespace-separated columns (family, individual, father, mother,
 * sex 1=male 2=female, phenotype 1=unaffected 2=affected, 0/-9 unknown). Lines starting with
 * '#' are comments. Errors name the file and line.
 */
class Pedigree final
{
public:
    struct Trio
    {
        QString child;
        QString father;
        QString mother;
    };

    static Result<Pedigree> read(const QString &path);
    static Result<Pedigree> parse(const QByteArray &text, const QString &fileName);

    const QList<PedigreeMember> &members() const { return m_members; }
    std::optional<PedigreeMember> member(const QString &id) const;
    Sex sexOf(const QString &id) const;
    /*! Children whose father and mother are both in the pedigree, affected children first. */
    QList<Trio> trios() const;

private:
    QList<PedigreeMember> m_members;
};

} // namespace Core
