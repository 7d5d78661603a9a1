#include "disk/VmdkSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"
#include "disk/DiskReport.h"
#include "disk/VmdkDescriptor.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace vmi::disk {

namespace {
constexpr qint64 SectorSize = 512;
// Descriptors are a few hundred bytes; VMware reserves 1 KiB to 64 KiB for them.
constexpr qint64 MaxDescriptorBytes = 64 * 1024;
constexpr quint32 FlagCompressedGrains = 1u << 16;
constexpr quint16 CompressDeflate = 1;

const QString StreamOptimized = QStringLiteral("streamOptimized");

void describeExtents(const VmdkDescriptor &descriptor, DiskReport &report)
{
    if (!descriptor.parentFileNameHint.isEmpty())
        report.addError(
            VmdkSniffer::tr("This VMDK is a snapshot (delta) disk of \"%1\"; it holds only the changes "
                            "since the snapshot.")
                .arg(descriptor.parentFileNameHint),
            VmdkSniffer::tr("Consolidate the snapshots in your hypervisor, or convert the newest "
                            "delta with qemu-img, which follows the parent chain."));
}

bool sniffSparseExtent(const BoundedReader &file, const QByteArray &header, DiskReport &report)
{
    const quint32 flags = fields::le32(header, 8);
    const quint64 capacity = fields::le64(header, 12);
    const quint64 descriptorOffset = fields::le64(header, 28);
    const quint64 descriptorSize = fields::le64(header, 36);
    const quint16 compression = fields::le16(header, 77);
    const bool compressed = (flags & FlagCompressedGrains) && compression == CompressDeflate;

    report.format = DiskFormat::Vmdk;
    report.virtualSize = fields::bytesOf(capacity, SectorSize); // -1 (unknown) when absurd

    VmdkDescriptor descriptor;
    if (descriptorOffset > 0 && descriptorSize > 0) {
        // bytesOf is -1 past qint64: a size too big is cut to the maximum, an offset too big
        // reads nothing.
        const qint64 size = fields::bytesOf(descriptorSize, SectorSize);
        const qint64 bytes = size < 0 ? MaxDescriptorBytes : std::min<qint64>(size, MaxDescriptorBytes);
        descriptor = VmdkDescriptor::parse(file.read(fields::bytesOf(descriptorOffset, SectorSize), bytes));
    }

    if (!descriptor.createType.isEmpty()) {
        report.subformat = descriptor.createType;
    } else if (compressed) {
        report.subformat = StreamOptimized;
    } else {
        // Split (twoGbMaxExtent*) disks keep their descriptor in a separate file and their
        // extents carry none: this file alone is only part of a disk.
        report.subformat = QStringLiteral("sparseExtent");
        report.addWarning(
            VmdkSniffer::tr("This is a VMDK sparse extent without a descriptor: probably one piece "
                            "of a split disk."),
            VmdkSniffer::tr("Inspect and convert the disk's descriptor file (the small .vmdk that "
                            "names the extents) instead."));
    }
    if (report.subformat == StreamOptimized && !compressed)
        report.addWarning(
            VmdkSniffer::tr("The descriptor says streamOptimized but the grains are not compressed: "
                            "the file may be damaged."));
    describeExtents(descriptor, report);
    return true;
}

void sniffDescriptorFile(const BoundedReader &file, DiskReport &report)
{
    const VmdkDescriptor descriptor = VmdkDescriptor::parse(file.read(0, MaxDescriptorBytes));
    report.format = DiskFormat::Vmdk;
    report.subformat = descriptor.createType;
    if (!descriptor.extents.isEmpty())
        report.virtualSize =
            descriptor.sectorCount() < 0 ? -1 : fields::bytesOf(descriptor.sectorCount(), SectorSize);

    QStringList names;
    QStringList missing;
    const QDir dir = QFileInfo(report.path).dir();
    for (const VmdkDescriptor::Extent &extent : descriptor.extents) {
        if (extent.fileName.isEmpty())
            continue;
        names.append(extent.fileName);
        if (!report.path.isEmpty() && !QFileInfo::exists(dir.filePath(extent.fileName)))
            missing.append(extent.fileName);
    }
    report.addWarning(
        VmdkSniffer::tr("This is a VMDK descriptor file: the disk's data is in its extent files "
                        "(%1), which an upload of this file alone would leave behind.")
            .arg(names.join(QStringLiteral(", "))),
        VmdkSniffer::tr("Convert the descriptor (qemu-img reads the extents next to it) into one "
                        "stream-optimized VMDK and upload that."));
    if (!missing.isEmpty())
        report.addError(VmdkSniffer::tr("Extent files named by the descriptor are missing: %1.")
                            .arg(missing.join(QStringLiteral(", "))),
                        VmdkSniffer::tr("Keep the descriptor and its extent files in the same folder."));
    describeExtents(descriptor, report);
}
} // namespace

bool VmdkSniffer::sniff(const BoundedReader &file, DiskReport &report)
{
    const QByteArray head = file.read(0, SectorSize);
    if (fields::hasMagic(head, 0, "KDMV") && head.size() >= 80)
        return sniffSparseExtent(file, head, report);
    if (VmdkDescriptor::isDescriptorText(head)) {
        sniffDescriptorFile(file, report);
        return true;
    }
    return false;
}

} // namespace vmi::disk
