// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldcipher.h"

#include <QString>

namespace Core {

/*!
 * Password hashes for the local user list: scrypt (OpenSSL EVP_PBE_scrypt) with a random
 * 16-byte salt per user, stored as "scrypt$N$r$p$salt-hex$hash-hex". Stateless; thread: any.
 */
class PasswordHash final
{
public:
    /*! A new hash of \a password with a fresh salt; empty on failure (empty password). */
    static QString hash(const QString &password, const ScryptParameters &parameters = {});
    /*! True when \a password matches \a stored (constant-time comparison). */
    static bool verify(const QString &password, const QString &stored);
};

} // namespace Core
