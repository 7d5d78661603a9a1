#include "transfer/PartHasher.h"

#include "transfer/Crc32c.h"
#include "transfer/HashStream.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace vmi::transfer {

PartDigest PartHasher::hash(const QString &path, qint64 offset, qint64 length, int extras)
{
    PartDigest digest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset)) {
        digest.error =
            QCoreApplication::translate("vmi::transfer", "Cannot read %1: %2").arg(path, file.errorString());
        return digest;
    }
    std::optional<HashStream> sha;
    std::optional<HashStream> md5;
    if (extras & WithSha256)
        sha.emplace(HashStream::Algorithm::Sha256);
    if (extras & WithMd5)
        md5.emplace(HashStream::Algorithm::Md5);
    if (file.size() < offset + length) {
        digest.error = QCoreApplication::translate("vmi::transfer", "Cannot read %1 at byte %2: %3")
                           .arg(path)
                           .arg(file.size())
                           .arg(QCoreApplication::translate("vmi::transfer", "the file got shorter"));
        return digest;
    }
    quint32 crc = 0;
    qint64 left = length;
    QByteArray block(int(std::min(BlockSize, std::max<qint64>(left, 1))), Qt::Uninitialized);
    while (left > 0) {
        const qint64 got = file.read(block.data(), std::min<qint64>(left, block.size()));
        if (got <= 0) {
            digest.error =
                QCoreApplication::translate("vmi::transfer", "Cannot read %1 at byte %2: %3")
                    .arg(path)
                    .arg(offset + length - left)
                    .arg(got < 0 ? file.errorString()
                                 : QCoreApplication::translate("vmi::transfer", "the file got shorter"));
            return digest;
        }
        // Every checksum over the block while it is in the CPU's cache.
        crc = Crc32c::update(crc, block.constData(), got);
        if (sha)
            sha->add(QByteArrayView(block.constData(), got));
        if (md5)
            md5->add(QByteArrayView(block.constData(), got));
        left -= got;
    }
    digest.crc32c = crc;
    if (sha)
        digest.sha256Hex = sha->finalHex();
    if (md5)
        digest.md5Hex = md5->finalHex();
    return digest;
}

} // namespace vmi::transfer
