#include "disk/ForeignFormatSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"
#include "disk/DiskReport.h"

namespace vmi::disk {

namespace {
constexpr quint32 VdiSignature = 0xbeda107f;

void sniffQcow2(const QByteArray &header, DiskReport &report)
{
    report.format = DiskFormat::Qcow2;
    const quint32 version = fields::be32(header, 4);
    // qemu-img names the versions by the QEMU release that introduced them.
    report.subformat = version == 2 ? QStringLiteral("compat=0.10") : QStringLiteral("compat=1.1");
    report.virtualSize = qint64(fields::be64(header, 24));
    if (fields::be64(header, 8) != 0)
        report.addWarning(
            ForeignFormatSniffer::tr("This QCOW2 image has a backing file: it holds only the changes "
                                     "made on top of it."),
            ForeignFormatSniffer::tr("qemu-img convert follows the backing chain and writes one "
                                     "complete disk."));
    if (fields::be32(header, 32) != 0)
        report.addError(
            ForeignFormatSniffer::tr("This QCOW2 image is encrypted; AWS imports only unencrypted "
                                     "disks."));
}

void sniffVdi(const QByteArray &header, DiskReport &report)
{
    report.format = DiskFormat::Vdi;
    switch (fields::le32(header, 76)) {
    case 1:
        report.subformat = QStringLiteral("dynamic");
        break;
    case 2:
        report.subformat = QStringLiteral("fixed");
        break;
    case 4:
        report.subformat = QStringLiteral("differencing");
        break;
    default:
        break;
    }
    // Header version 1.1, the only one VirtualBox writes: disk size at 0x170.
    if (fields::le32(header, 68) == 0x00010001)
        report.virtualSize = qint64(fields::le64(header, 0x170));
}
} // namespace

bool ForeignFormatSniffer::sniff(const BoundedReader &file, DiskReport &report)
{
    const QByteArray header = file.read(0, 512);
    if (fields::hasMagic(header, 0, "QFI\xfb") && header.size() >= 72) {
        sniffQcow2(header, report);
        return true;
    }
    if (fields::le32(header, 64) == VdiSignature) {
        sniffVdi(header, report);
        return true;
    }
    return false;
}

} // namespace vmi::disk
