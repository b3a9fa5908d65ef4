// SPDX-License-Identifier: GPL-3.0-or-later
// Private helpers shared by the OpenSSL users in core (package verification, report
// signatures): RAII owners for OpenSSL objects, error-queue draining and certificate loading.
// Include only from core .cpp files.
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// pem.h first: cms.h declares PEM_read_bio_CMS only when pem.h was included before it.
#include <openssl/pem.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace Core::OpenSsl {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
};
struct CmsDeleter
{
    void operator()(CMS_ContentInfo *cms) const { CMS_ContentInfo_free(cms); }
};
struct X509Deleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct X509StoreDeleter
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct X509StoreContextDeleter
{
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
};
/*! Frees the stack only; its certificates are owned elsewhere. */
struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};
/*! Frees the stack and every certificate on it. */
struct X509OwningStackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct MessageDigestDeleter
{
    void operator()(EVP_MD *digest) const { EVP_MD_free(digest); }
};
struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct PrivateKeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct Pkcs12Deleter
{
    void operator()(PKCS12 *pkcs12) const { PKCS12_free(pkcs12); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using X509StorePtr = std::unique_ptr<X509_STORE, X509StoreDeleter>;
using X509StoreContextPtr = std::unique_ptr<X509_STORE_CTX, X509StoreContextDeleter>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using X509OwningStackPtr = std::unique_ptr<STACK_OF(X509), X509OwningStackDeleter>;
using MessageDigestPtr = std::unique_ptr<EVP_MD, MessageDigestDeleter>;
using DigestContextPtr = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;
using PrivateKeyPtr = std::unique_ptr<EVP_PKEY, PrivateKeyDeleter>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Pkcs12Deleter>;

/*! Empties OpenSSL's thread-local error queue; returns its entries for the log. */
QString drainOpenSslErrors();

/*! An error naming \a path when it is missing or not a readable file (\a what: translated). */
std::optional<Error> checkReadable(const QString &path, const QString &what);

/*! A small file (signature, certificate, key) in memory; larger than 16 MiB is an error. */
Result<QByteArray> readAll(const QString &path, const QString &what);

/*! A read-only memory BIO over \a bytes, which must outlive it. */
BioPtr memoryBio(const QByteArray &bytes);

/*! RFC 2253 subject of \a certificate. */
QString subjectOf(X509 *certificate);

/*!
 * All certificates of a PEM file (or the one certificate of a DER file) in a new store, with
 * purpose "any" and partial chains allowed (a trusted certificate may be the signer's own).
 */
Result<X509StorePtr> loadTrustedCertificates(const QString &path);

} // namespace Core::OpenSsl
