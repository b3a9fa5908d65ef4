// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include <QStringList>

#include <openssl/crypto.h>

namespace Core {

QString PasswordHash::hash(const QString &password, const ScryptParameters &parameters)
{
    const QByteArray salt = FieldCipher::randomBytes(16);
    const auto derived = FieldCipher::deriveKey(password, salt, parameters);
    if (!derived)
        return {};
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
            .arg(parameters.n)
            .arg(parameters.r)
            .arg(parameters.p)
            .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(derived->toHex()));
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("scrypt"))
        return false;
    ScryptParameters parameters;
    bool okN = false, okR = false, okP = false;
    parameters.n = parts.at(1).toULongLong(&okN);
    parameters.r = parts.at(2).toULongLong(&okR);
    parameters.p = parts.at(3).toULongLong(&okP);
    // Refuse absurd costs from a tampered row rather than exhaust memory.
    if (!okN || !okR || !okP || parameters.n > (quint64(1) << 20) || parameters.r > 32
        || parameters.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(4).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(5).toLatin1());
    const auto derived = FieldCipher::deriveKey(password, salt, parameters);
    if (!derived || derived->size() != expected.size())
        return false;
    return CRYPTO_memcmp(derived->constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace Core
