#include "disk/VhdSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"
#include "disk/DiskReport.h"
#include "disk/PartitionTableSniffer.h"

namespace vmi::disk {

namespace {
constexpr qint64 FooterSize = 512;
constexpr int ChecksumAt = 64;
constexpr quint32 Unallocated = 0xFFFFFFFF;

enum DiskType : quint32
{
    Fixed = 2,
    Dynamic = 3,
    Differencing = 4,
};

bool isFooter(const QByteArray &sector)
{
    return sector.size() == FooterSize && fields::hasMagic(sector, 0, "conectix");
}

// One's complement of the byte sum with the checksum field taken as zero (VHD spec).
quint32 footerChecksum(const QByteArray &footer)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < footer.size(); ++i) {
        if (i < ChecksumAt || i >= ChecksumAt + 4)
            sum += quint8(footer.at(i));
    }
    return ~sum;
}

// Sector 0 of a dynamic disk lives in its first data block: the dynamic header points to
// the block allocation table, whose first entry locates block 0 behind its sector bitmap.
void inspectFirstBlock(const BoundedReader &file, const QByteArray &footer, DiskReport &report)
{
    const QByteArray header = file.readExactly(qint64(fields::be64(footer, 16)), 1024);
    if (!fields::hasMagic(header, 0, "cxsparse"))
        return;
    const qint64 tableOffset = qint64(fields::be64(header, 16));
    const qint64 blockSize = fields::be32(header, 32);
    const QByteArray batEntry = file.readExactly(tableOffset, 4);
    if (blockSize <= 0 || batEntry.isEmpty())
        return; // partition table stays unknown
    const quint32 firstBlock = fields::be32(batEntry, 0);
    if (firstBlock == Unallocated) {
        PartitionTableSniffer::inspect(file.subRange(0, 0), report); // all zeros
        return;
    }
    const qint64 bitmapBytes = ((blockSize / 512 / 8 + 511) / 512) * 512;
    PartitionTableSniffer::inspect(file.subRange(qint64(firstBlock) * 512 + bitmapBytes, blockSize), report);
}
} // namespace

bool VhdSniffer::sniff(const BoundedReader &file, DiskReport &report)
{
    if (file.size() < FooterSize)
        return false;
    const QByteArray head = file.readExactly(0, FooterSize);
    const QByteArray tail = file.readExactly(file.size() - FooterSize, FooterSize);
    const bool footerAtEnd = isFooter(tail);
    if (!footerAtEnd && !isFooter(head))
        return false;

    report.format = DiskFormat::Vhd;
    const QByteArray footer = footerAtEnd ? tail : head;
    if (!footerAtEnd)
        report.addError(tr("The VHD footer is missing from the end of the file: the file is truncated (an "
                           "interrupted copy or download?)."),
                        tr("Copy the VHD again from its source."));
    if (fields::be32(footer, ChecksumAt) != footerChecksum(footer))
        report.addWarning(tr("The VHD footer checksum is wrong: the file may be damaged."));

    report.virtualSize = qint64(fields::be64(footer, 48));
    const quint32 type = fields::be32(footer, 60);
    switch (type) {
    case Fixed:
        report.subformat = QStringLiteral("fixed");
        if (file.size() - FooterSize != report.virtualSize)
            report.addWarning(tr("The fixed VHD's size does not match the disk size its footer records."));
        PartitionTableSniffer::inspect(file.subRange(0, file.size() - FooterSize), report);
        break;
    case Dynamic:
        report.subformat = QStringLiteral("dynamic");
        if (footerAtEnd && isFooter(head) && head != tail)
            report.addWarning(
                tr("The two copies of the VHD footer differ (AWS: \"Footers not identical\")."));
        inspectFirstBlock(file, footer, report);
        break;
    case Differencing:
        report.subformat = QStringLiteral("differencing");
        break;
    default:
        report.subformat = QStringLiteral("unknown");
        report.addError(tr("The VHD footer names an unknown disk type (%1).").arg(type));
        break;
    }
    return true;
}

} // namespace vmi::disk
