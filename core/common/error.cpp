// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include "tr.h"

#include <utility>

namespace Core {

Error::Error(Code code, QString message, QString file, qint64 record, qint64 line)
    : m_code(code)
    , m_message(std::move(message))
    , m_file(std::move(file))
    , m_record(record)
    , m_line(line)
{}

QString Error::toString() const
{
    QString place;
    if (m_line > 0 && m_record > 0)
        place = Tr::tr("line %1 (record %2)").arg(m_line).arg(m_record);
    else if (m_line > 0)
        place = Tr::tr("line %1").arg(m_line);
    else if (m_record > 0)
        place = Tr::tr("record %1").arg(m_record);

    if (m_file.isEmpty())
        return place.isEmpty() ? m_message : Tr::tr("%1: %2").arg(place, m_message);
    if (place.isEmpty())
        return Tr::tr("%1: %2").arg(m_file, m_message);
    return Tr::tr("%1: %2: %3").arg(m_file, place, m_message);
}

} // namespace Core
