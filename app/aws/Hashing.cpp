#include "aws/Hashing.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace vmi::aws {

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const bool ok =
        EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
                   &length, EVP_sha256(), nullptr) == 1;
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    digest.resize(int(length));
    return digest;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const unsigned char *result =
        HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
             size_t(data.size()), reinterpret_cast<unsigned char *>(mac.data()), &length);
    Q_ASSERT(result);
    Q_UNUSED(result);
    mac.resize(int(length));
    return mac;
}

} // namespace vmi::aws
