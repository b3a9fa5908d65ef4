// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcipher.h"

#include "../common/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <memory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Core {

namespace {

constexpr char kFormatVersion = 1;
const QByteArray kKeyCheckPlaintext = QByteArrayLiteral("genomedesk key check v1");
const QByteArray kKeyCheckAssociatedData = QByteArrayLiteral("genomedesk.key-check");

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContextPointer = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const auto *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

auto *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

Error cipherError(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

} // namespace

FieldCipher::FieldCipher(const QByteArray &key)
    : m_key(key)
{
    m_key.detach();
}

FieldCipher::~FieldCipher()
{
    // Copies share the buffer (implicit sharing): wipe only the last owner's.
    if (!m_key.isEmpty() && !m_key.isDetached())
        return;
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QByteArray FieldCipher::randomBytes(int count)
{
    QByteArray data(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(data), count) != 1)
        qFatal("RAND_bytes failed"); // no safe way to continue without randomness
    return data;
}

QByteArray FieldCipher::encrypt(const QByteArray &plaintext, const QByteArray &associatedData) const
{
    if (!isValid())
        return {};
    const QByteArray nonce = randomBytes(kNonceSize);
    CipherContextPointer context(EVP_CIPHER_CTX_new());
    if (!context)
        return {};
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    int length = 0;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1)
        return {};
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(context.get(),
                             nullptr,
                             &length,
                             bytes(associatedData),
                             int(associatedData.size()))
                   != 1)
        return {};
    int written = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(context.get(),
                             bytes(ciphertext),
                             &written,
                             bytes(plaintext),
                             int(plaintext.size()))
                   != 1)
        return {};
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(context.get(), bytes(ciphertext) + written, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        return {};
    ciphertext.truncate(written + finalLength);
    QByteArray sealed;
    sealed.reserve(1 + kNonceSize + ciphertext.size() + kTagSize);
    sealed.append(kFormatVersion).append(nonce).append(ciphertext).append(tag);
    return sealed;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray &sealed,
                                        const QByteArray &associatedData) const
{
    if (!isValid())
        return cipherError(Tr::tr("no encryption key is loaded"));
    if (sealed.size() < 1 + kNonceSize + kTagSize || sealed.at(0) != kFormatVersion)
        return cipherError(Tr::tr("an encrypted field is malformed"));
    const QByteArray nonce = sealed.mid(1, kNonceSize);
    QByteArray tag = sealed.right(kTagSize);
    const QByteArray ciphertext
            = sealed.mid(1 + kNonceSize, sealed.size() - 1 - kNonceSize - kTagSize);
    CipherContextPointer context(EVP_CIPHER_CTX_new());
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    int written = 0;
    int finalLength = 0;
    const bool ok
            = context
              && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr)
                         == 1
              && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr)
                         == 1
              && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), bytes(nonce))
                         == 1
              && (associatedData.isEmpty()
                  || EVP_DecryptUpdate(context.get(),
                                       nullptr,
                                       &length,
                                       bytes(associatedData),
                                       int(associatedData.size()))
                             == 1)
              && (ciphertext.isEmpty()
                  || EVP_DecryptUpdate(context.get(),
                                       bytes(plaintext),
                                       &written,
                                       bytes(ciphertext),
                                       int(ciphertext.size()))
                             == 1)
              && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1
              && EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + written, &finalLength) == 1;
    if (!ok) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return cipherError(
                Tr::tr("an encrypted field cannot be decrypted: wrong key or altered data"));
    }
    plaintext.truncate(written + finalLength);
    return plaintext;
}

Result<QString> FieldCipher::decryptString(const QByteArray &sealed,
                                           const QByteArray &associatedData) const
{
    const auto plain = decrypt(sealed, associatedData);
    if (!plain)
        return plain.error();
    return QString::fromUtf8(plain.value());
}

QByteArray FieldCipher::keyCheckValue() const
{
    return encrypt(kKeyCheckPlaintext, kKeyCheckAssociatedData);
}

bool FieldCipher::matches(const QByteArray &keyCheckValue) const
{
    const auto plain = decrypt(keyCheckValue, kKeyCheckAssociatedData);
    return plain.has_value() && plain.value() == kKeyCheckPlaintext;
}

Result<QByteArray> FieldCipher::deriveKey(const QString &passphrase,
                                          const QByteArray &salt,
                                          const ScryptParameters &parameters)
{
    if (passphrase.isEmpty())
        return cipherError(Tr::tr("the passphrase is empty"));
    QByteArray secret = passphrase.toUtf8();
    QByteArray key(kKeySize, Qt::Uninitialized);
    // maxmem: 128 * r * N bytes plus headroom; OpenSSL's default (32 MiB) is too tight.
    const quint64 memory = 128 * parameters.r * parameters.n + 16 * 1024 * 1024;
    const int ok = EVP_PBE_scrypt(secret.constData(),
                                  size_t(secret.size()),
                                  bytes(salt),
                                  size_t(salt.size()),
                                  parameters.n,
                                  parameters.r,
                                  parameters.p,
                                  memory,
                                  bytes(key),
                                  size_t(key.size()));
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (ok != 1)
        return cipherError(Tr::tr("key derivation (scrypt) failed"));
    return key;
}

Result<QByteArray> FieldCipher::readKeyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("the key file does not exist"), path);
    const QFile::Permissions loose = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                     | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & loose) {
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("the key file can be read by other users; make it private "
                            "(chmod 600)"),
                     path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable, Tr::tr("cannot read the key file"), path);
    QByteArray data = file.read(4096);
    QByteArray key;
    if (data.size() == kKeySize) {
        key = data;
    } else {
        const QByteArray hex = data.simplified().replace(' ', QByteArray());
        key = QByteArray::fromHex(hex);
        if (hex.size() != 2 * kKeySize || key.size() != kKeySize || key.toHex() != hex.toLower()) {
            key.clear();
        }
    }
    OPENSSL_cleanse(data.data(), size_t(data.size()));
    if (key.size() != kKeySize) {
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the key file must hold 32 bytes or 64 hexadecimal digits"),
                     path);
    }
    return key;
}

Result<void> FieldCipher::writeKeyFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::FileUnwritable, Tr::tr("cannot write the key file"), path);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray key = randomBytes(kKeySize);
    file.write(key.toHex() + '\n');
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    if (!file.commit())
        return Error(Error::Code::FileUnwritable, Tr::tr("cannot write the key file"), path);
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return Error(Error::Code::FileUnwritable, Tr::tr("cannot protect the key file"), path);
    return {};
}

QByteArray FieldCipher::deriveSubkey(const QByteArray &label) const
{
    if (!isValid())
        return {};
    return QMessageAuthenticationCode::hash(label, m_key, QCryptographicHash::Sha256);
}

} // namespace Core
