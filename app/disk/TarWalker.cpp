#include "disk/TarWalker.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"

#include <QByteArray>

#include <algorithm>
#include <utility>

namespace vmi::disk {

namespace {
constexpr qint64 Block = 512;
constexpr int MaxMembers = 4096;
constexpr qint64 MaxLongNameBytes = 64 * 1024;

// Numeric fields are octal text, or base-256 with the top bit set for values that do not
// fit (GNU tar, for members of 8 GiB and more: large VMDKs in an OVA).
qint64 numericField(const QByteArray &block, int at, int length)
{
    if (quint8(block.at(at)) & 0x80) {
        quint64 value = quint8(block.at(at)) & 0x7f;
        for (int i = 1; i < length; ++i) {
            if (value >> 55)
                return -1; // beyond any real size: a damaged header
            value = (value << 8) | quint8(block.at(at + i));
        }
        return qint64(value);
    }
    qint64 value = 0;
    for (int i = 0; i < length; ++i) {
        const char c = block.at(at + i);
        if (c == ' ' && value == 0)
            continue;
        if (c < '0' || c > '7')
            break;
        value = value * 8 + (c - '0');
    }
    return value;
}

QString textField(const QByteArray &block, int at, int length)
{
    const QByteArray field = block.mid(at, length);
    const qsizetype end = field.indexOf('\0');
    return QString::fromUtf8(end < 0 ? field : field.left(end));
}

// A pax extended header is "LEN key=value\n" records; only the path matters here.
QString paxPath(const QByteArray &records)
{
    for (const QByteArray &record : records.split('\n')) {
        const qsizetype space = record.indexOf(' ');
        if (space > 0 && record.mid(space + 1).startsWith("path="))
            return QString::fromUtf8(record.mid(space + 6));
    }
    return {};
}
} // namespace

bool TarWalker::isTarHeader(const QByteArray &block)
{
    if (block.size() < Block || !fields::hasMagic(block, 257, "ustar"))
        return false;
    // The checksum is the byte sum of the header with its own field read as spaces.
    qint64 sum = 0;
    for (int i = 0; i < Block; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : quint8(block.at(i));
    return numericField(block, 148, 8) == sum;
}

QList<TarMember> TarWalker::walk(const BoundedReader &archive, bool *damaged)
{
    QList<TarMember> members;
    QString pendingName;
    if (damaged)
        *damaged = false;
    for (qint64 at = 0; at + Block <= archive.size() && members.size() < MaxMembers;) {
        const QByteArray block = archive.readExactly(at, Block);
        if (block.isEmpty() || block.count('\0') == Block)
            break; // budget spent, or the end-of-archive marker
        if (!isTarHeader(block)) {
            if (damaged)
                *damaged = true;
            break;
        }
        const qint64 size = numericField(block, 124, 12);
        if (size < 0) {
            if (damaged)
                *damaged = true;
            break;
        }
        const char type = block.at(156);
        const qint64 data = at + Block;
        at = data + (size + Block - 1) / Block * Block;

        if (type == 'L' || type == 'x') { // the next member's long name
            const QByteArray body = archive.read(data, std::min(size, MaxLongNameBytes));
            pendingName = type == 'L' ? textField(body, 0, int(body.size())) : paxPath(body);
            continue;
        }
        if (type == 'g')
            continue; // pax global header: nothing we use
        QString name = textField(block, 0, 100);
        const QString prefix = textField(block, 345, 155);
        if (!prefix.isEmpty())
            name = prefix + QLatin1Char('/') + name;
        if (!pendingName.isEmpty())
            name = std::exchange(pendingName, QString());
        members.append({name, data, size, type == '\0' ? '0' : type});
    }
    return members;
}

} // namespace vmi::disk
