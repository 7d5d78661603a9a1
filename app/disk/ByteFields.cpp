#include "disk/ByteFields.h"

#include <QtEndian>

#include <limits>

namespace vmi::disk::fields {

namespace {
template <typename T>
T read(const QByteArray &data, qsizetype at, bool bigEndian)
{
    if (at < 0 || at + qsizetype(sizeof(T)) > data.size())
        return 0;
    const uchar *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return bigEndian ? qFromBigEndian<T>(p) : qFromLittleEndian<T>(p);
}
} // namespace

quint16 le16(const QByteArray &data, qsizetype at)
{
    return read<quint16>(data, at, false);
}

quint32 le32(const QByteArray &data, qsizetype at)
{
    return read<quint32>(data, at, false);
}

quint64 le64(const QByteArray &data, qsizetype at)
{
    return read<quint64>(data, at, false);
}

quint32 be32(const QByteArray &data, qsizetype at)
{
    return read<quint32>(data, at, true);
}

quint64 be64(const QByteArray &data, qsizetype at)
{
    return read<quint64>(data, at, true);
}

QUuid guid(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 16 > data.size())
        return {};
    const auto b = [&](int i) {
        return uchar(data.at(at + i));
    };
    return QUuid(le32(data, at), le16(data, at + 4), le16(data, at + 6), b(8), b(9), b(10), b(11), b(12),
                 b(13), b(14), b(15));
}

bool hasMagic(const QByteArray &data, qsizetype at, QByteArrayView magic)
{
    return at >= 0 && at + magic.size() <= data.size() &&
           QByteArrayView(data).sliced(at, magic.size()) == magic;
}

qint64 bytesOf(quint64 count, quint64 unit)
{
    constexpr quint64 Largest = quint64(std::numeric_limits<qint64>::max());
    if (unit != 0 && count > Largest / unit)
        return -1;
    return qint64(count * unit);
}

} // namespace vmi::disk::fields
