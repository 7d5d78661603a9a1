#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace vmi::transfer {

// CRC-32C (Castagnoli), the checksum S3 takes per part in x-amz-checksum-crc32c. Uses the
// SSE4.2 CRC32 instruction when the CPU has it (checked at run time, so one binary runs
// everywhere) and a slicing-by-8 table otherwise; both give the same values.
class Crc32c
{
public:
    // Continues a running checksum: start with 0, feed the bytes in any number of pieces.
    static quint32 update(quint32 crc, const char *data, qsizetype size);
    static quint32 of(QByteArrayView data) { return update(0, data.data(), data.size()); }
    // The same, forced onto the portable path (tests compare both paths).
    static quint32 updatePortable(quint32 crc, const char *data, qsizetype size);
    static bool hardwareAccelerated();

    // S3's spelling: the four bytes big-endian, in base64 ("yZRlqg==" for "123456789").
    static QByteArray toBase64(quint32 crc);
    // The checksum S3 reports for a multipart object with per-part checksums (type COMPOSITE):
    // the CRC-32C of the parts' checksums (big-endian bytes) one after the other, in base64,
    // followed by "-" and the number of parts.
    static QByteArray compositeBase64(const QList<quint32> &partChecksums);
};

} // namespace vmi::transfer
