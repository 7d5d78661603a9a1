#include "transfer/HashStream.h"

#include <openssl/evp.h>

namespace vmi::transfer {

struct HashStream::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

HashStream::HashStream(Algorithm algorithm)
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->md, algorithm == Algorithm::Md5 ? EVP_md5() : EVP_sha256(), nullptr);
}

HashStream::~HashStream() = default;

void HashStream::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->md, data.data(), size_t(data.size()));
}

QByteArray HashStream::finalHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->md, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace vmi::transfer
