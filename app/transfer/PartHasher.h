#pragma once

#include <QByteArray>
#include <QString>

namespace vmi::transfer {

// What an UploadPart needs to know about a part before sending it.
struct PartDigest
{
    quint32 crc32c = 0;
    QByteArray sha256Hex; // empty unless asked for (signed payload)
    QByteArray md5Hex;    // empty unless asked for (matching a part S3 has by its ETag)
    QString error;        // non-empty: the part could not be read
};

// Reads one byte range of a file in small blocks and checksums it. Meant for a worker thread:
// it opens its own QFile and touches nothing shared.
//
// It reads into a buffer rather than mapping the file: a mapped page that another program
// truncates away kills the process with SIGBUS, and no size check before mapping closes that
// race. The copy costs nothing measurable: a block small enough to stay in the CPU's cache is
// checksummed straight after the kernel wrote it there (tests/bench/RESULTS.md has figures).
class PartHasher
{
public:
    static constexpr qint64 BlockSize = 256 * 1024;
    enum Extra
    {
        CrcOnly = 0,
        WithSha256 = 1,
        WithMd5 = 2,
    };
    static PartDigest hash(const QString &path, qint64 offset, qint64 length, int extras);
};

} // namespace vmi::transfer
