#pragma once

// A raw disk image with an MBR and one active Linux partition, random bytes after it (so
// nothing compresses): what the inspector and the Validator accept as a bootable disk.

#include <QFile>
#include <QRandomGenerator>

#include <cstring>

inline bool writeBootableDisk(const QString &path, qint64 size)
{
    constexpr qint64 MiB = 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(int(MiB), Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (written == 0) {
            const quint32 first = 2048;
            const quint32 sectors = quint32(size / 512) - first;
            block[446] = char(0x80);
            block[450] = char(0x83);
            std::memcpy(block.data() + 454, &first, 4);
            std::memcpy(block.data() + 458, &sectors, 4);
            block[510] = char(0x55);
            block[511] = char(0xaa);
        }
        if (file.write(block) != block.size())
            return false;
    }
    return true;
}
