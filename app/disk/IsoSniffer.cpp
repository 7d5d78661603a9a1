#include "disk/IsoSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"
#include "disk/DiskReport.h"

namespace vmi::disk {

namespace {
constexpr qint64 DescriptorsAt = 16 * 2048;
constexpr qint64 DescriptorSize = 2048;
constexpr int MaxDescriptors = 16;
constexpr quint8 BootRecord = 0;
constexpr quint8 PrimaryVolume = 1;
constexpr quint8 Terminator = 255;
} // namespace

bool IsoSniffer::sniff(const BoundedReader &file, DiskReport &report)
{
    const QByteArray first = file.read(DescriptorsAt, DescriptorSize);
    const bool iso9660 = fields::hasMagic(first, 1, "CD001");
    // A UDF-only image (no ISO 9660 bridge) starts its volume recognition sequence with BEA01.
    const bool udf = fields::hasMagic(first, 1, "BEA01");
    if (!iso9660 && !udf)
        return false;

    report.format = DiskFormat::Iso;
    report.subformat = iso9660 ? QStringLiteral("iso9660") : QStringLiteral("udf");
    report.virtualSize = file.size();

    bool bootable = false;
    for (int i = 0; iso9660 && i < MaxDescriptors; ++i) {
        const QByteArray descriptor =
            i == 0 ? first : file.readExactly(DescriptorsAt + i * DescriptorSize, DescriptorSize);
        if (!fields::hasMagic(descriptor, 1, "CD001"))
            break;
        const quint8 type = quint8(descriptor.at(0));
        if (type == Terminator)
            break;
        if (type == BootRecord && fields::hasMagic(descriptor, 7, "EL TORITO SPECIFICATION"))
            bootable = true;
        if (type == PrimaryVolume) {
            const qint64 blocks = fields::le32(descriptor, 80);
            const qint64 blockSize = fields::le16(descriptor, 128);
            if (blocks * blockSize > file.size())
                report.addError(
                    tr("The ISO is shorter than its volume descriptor says (%1 of %2 bytes): it is "
                       "truncated.")
                        .arg(file.size())
                        .arg(blocks * blockSize),
                    tr("Download the ISO again and compare its checksum."));
            const QString label = QString::fromLatin1(descriptor.mid(40, 32)).trimmed();
            if (!label.isEmpty())
                report.addInfo(tr("Volume label: %1").arg(label));
        }
    }
    if (iso9660 && !bootable)
        report.addWarning(
            tr("The ISO has no El Torito boot record: it is not a bootable installation disc."));
    return true;
}

} // namespace vmi::disk
