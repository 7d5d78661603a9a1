#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace vmi::transfer {

// A digest fed piece by piece through OpenSSL's libcrypto (SHA extensions where the CPU has
// them; never QCryptographicHash on payload bytes, which is several times slower): a part is
// hashed while it is read in small blocks instead of held whole in memory.
class HashStream
{
public:
    enum class Algorithm
    {
        Sha256,
        Md5, // only to recognise a part S3 already has by its ETag when resuming
    };

    explicit HashStream(Algorithm algorithm = Algorithm::Sha256);
    ~HashStream();
    HashStream(const HashStream &) = delete;
    HashStream &operator=(const HashStream &) = delete;

    void add(QByteArrayView data);
    QByteArray finalHex(); // ends the stream

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace vmi::transfer
