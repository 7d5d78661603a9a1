#include "disk/VhdxSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"
#include "disk/DiskReport.h"

#include <QUuid>

#include <algorithm>
#include <optional>

namespace vmi::disk {

namespace {
constexpr qint64 KiB = 1024;
// Two copies of the region table, 64 KiB each, at 192 KiB and 256 KiB ([MS-VHDX] 2.2).
constexpr qint64 RegionTableOffsets[] = {192 * KiB, 256 * KiB};
constexpr qint64 RegionTableSize = 64 * KiB;
constexpr qint64 MetadataTableSize = 64 * KiB;
constexpr quint32 MaxRegionEntries = 2047;
constexpr quint16 MaxMetadataEntries = 2047;
constexpr quint32 LeaveBlocksAllocated = 1u << 0;
constexpr quint32 HasParent = 1u << 1;

const QUuid MetadataRegion(QStringLiteral("{8B7CA206-4790-4B9A-B8FE-575F050F886E}"));
const QUuid FileParametersItem(QStringLiteral("{CAA16737-FA36-4D43-B3B6-33F0AA44E76B}"));
const QUuid VirtualDiskSizeItem(QStringLiteral("{2FA54224-CD1B-4876-B211-5DBED83BF4B8}"));

struct Metadata
{
    std::optional<qint64> virtualSize;
    std::optional<quint32> fileParameterFlags;
};

std::optional<qint64> findMetadataRegion(const BoundedReader &file)
{
    for (qint64 at : RegionTableOffsets) {
        const QByteArray table = file.read(at, RegionTableSize);
        if (!fields::hasMagic(table, 0, "regi"))
            continue;
        const quint32 count = std::min(fields::le32(table, 8), MaxRegionEntries);
        for (quint32 i = 0; i < count; ++i) {
            const qsizetype entry = 16 + qsizetype(i) * 32;
            if (fields::guid(table, entry) == MetadataRegion)
                return qint64(fields::le64(table, entry + 16));
        }
    }
    return std::nullopt;
}

Metadata readMetadata(const BoundedReader &file, qint64 region)
{
    Metadata metadata;
    const QByteArray table = file.read(region, MetadataTableSize);
    if (!fields::hasMagic(table, 0, "metadata"))
        return metadata;
    const quint16 count = std::min(fields::le16(table, 10), MaxMetadataEntries);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype entry = 32 + qsizetype(i) * 32;
        const QUuid item = fields::guid(table, entry);
        const qint64 itemOffset = region + fields::le32(table, entry + 16);
        if (item == VirtualDiskSizeItem) {
            const QByteArray value = file.readExactly(itemOffset, 8);
            if (!value.isEmpty())
                metadata.virtualSize = qint64(fields::le64(value, 0));
        } else if (item == FileParametersItem) {
            const QByteArray value = file.readExactly(itemOffset, 8);
            if (!value.isEmpty())
                metadata.fileParameterFlags = fields::le32(value, 4);
        }
    }
    return metadata;
}
} // namespace

bool VhdxSniffer::sniff(const BoundedReader &file, DiskReport &report)
{
    if (!fields::hasMagic(file.read(0, 8), 0, "vhdxfile"))
        return false;
    report.format = DiskFormat::Vhdx;

    const std::optional<qint64> region = findMetadataRegion(file);
    const Metadata metadata = region ? readMetadata(file, *region) : Metadata{};
    if (metadata.virtualSize)
        report.virtualSize = *metadata.virtualSize;
    else
        report.addInfo(tr("The VHDX metadata could not be read, so its virtual size is unknown."));

    if (metadata.fileParameterFlags) {
        const quint32 flags = *metadata.fileParameterFlags;
        report.subformat = (flags & HasParent)              ? QStringLiteral("differencing")
                           : (flags & LeaveBlocksAllocated) ? QStringLiteral("fixed")
                                                            : QStringLiteral("dynamic");
    }
    return true;
}

} // namespace vmi::disk
