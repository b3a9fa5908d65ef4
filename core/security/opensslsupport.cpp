// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensslsupport_p.h"

#include "../common/tr.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>

namespace Core::OpenSsl {

QString drainOpenSslErrors()
{
    QString text;
    unsigned long code = 0;
    const char *data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
        if ((flags & ERR_TXT_STRING) && data && *data)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
    }
    return text;
}

std::optional<Error> checkReadable(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("%1 not found").arg(what), path);
    if (!info.isFile() || !info.isReadable())
        return Error(
                Error::Code::FileUnreadable, Tr::tr("%1 is not a readable file").arg(what), path);
    return std::nullopt;
}

Result<QByteArray> readAll(const QString &path, const QString &what)
{
    if (const auto error = checkReadable(path, what))
        return *error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable,
                     Tr::tr("cannot read the %1: %2").arg(what, file.errorString()),
                     path);
    // Signatures and certificates are small; refuse anything that is clearly not one.
    if (file.size() > 16 * 1024 * 1024)
        return Error(Error::Code::UnsupportedFormat, Tr::tr("the %1 is too large").arg(what), path);
    return file.readAll();
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QString subjectOf(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253)
                   < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(size));
}

Result<X509StorePtr> loadTrustedCertificates(const QString &path)
{
    const auto bytes = readAll(path, Tr::tr("certificate"));
    if (!bytes)
        return bytes.error();
    X509StorePtr store(X509_STORE_new());
    if (!store)
        return Error(Error::Code::Internal, Tr::tr("out of memory"));
    int count = 0;
    BioPtr bio = memoryBio(bytes.value());
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr owner(certificate);
        if (X509_STORE_add_cert(store.get(), certificate) != 1) {
            drainOpenSslErrors();
            return Error(Error::Code::UnsupportedFormat,
                         Tr::tr("cannot use a certificate of the trusted certificate file"),
                         path);
        }
        ++count;
    }
    drainOpenSslErrors(); // the loop ends with "no start line"
    if (count == 0) {
        BioPtr der = memoryBio(bytes.value());
        X509Ptr certificate(d2i_X509_bio(der.get(), nullptr));
        drainOpenSslErrors();
        if (certificate && X509_STORE_add_cert(store.get(), certificate.get()) == 1)
            ++count;
    }
    if (count == 0)
        return Error(Error::Code::UnsupportedFormat,
                     Tr::tr("the trusted certificate file holds no X.509 certificate (PEM or DER)"),
                     path);
    // Hospitals sign with code-signing or general certificates: do not require S/MIME use.
    X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
    // A trusted certificate may be the signer's own (pinned) rather than a root CA.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    return store;
}

} // namespace Core::OpenSsl
