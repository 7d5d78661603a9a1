#include "disk/VmdkDescriptor.h"

#include <QByteArray>
#include <QRegularExpression>

#include <limits>

namespace vmi::disk {

qint64 VmdkDescriptor::sectorCount() const
{
    // -1 when an extent's size is negative or the sum overflows: the descriptor is damaged.
    qint64 sum = 0;
    for (const Extent &extent : extents) {
        if (extent.sectors < 0 || extent.sectors > std::numeric_limits<qint64>::max() - sum)
            return -1;
        sum += extent.sectors;
    }
    return sum;
}

bool VmdkDescriptor::isDescriptorText(const QByteArray &head)
{
    return head.startsWith("# Disk DescriptorFile");
}

VmdkDescriptor VmdkDescriptor::parse(const QByteArray &text)
{
    // The descriptor ends at the first NUL when embedded in a (zero-padded) sparse extent.
    const qsizetype end = text.indexOf('\0');
    const QString body = QString::fromUtf8(end < 0 ? text : text.left(end));

    static const QRegularExpression keyValue(QStringLiteral(R"re(^\s*([A-Za-z.]+)\s*=\s*"?([^"]*)"?\s*$)re"));
    static const QRegularExpression extentLine(
        QStringLiteral(R"re(^\s*(RW|RDONLY|NOACCESS)\s+(\d+)\s+(\w+)(?:\s+"([^"]*)")?)re"));

    VmdkDescriptor descriptor;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (const auto m = extentLine.match(line); m.hasMatch()) {
            descriptor.extents.append(
                {m.captured(1), m.captured(2).toLongLong(), m.captured(3), m.captured(4)});
        } else if (const auto kv = keyValue.match(line); kv.hasMatch()) {
            const QString key = kv.captured(1);
            if (key == QLatin1String("createType"))
                descriptor.createType = kv.captured(2);
            else if (key == QLatin1String("parentFileNameHint"))
                descriptor.parentFileNameHint = kv.captured(2);
        }
    }
    return descriptor;
}

} // namespace vmi::disk
