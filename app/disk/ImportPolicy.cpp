#include "disk/ImportPolicy.h"

#include "disk/DiskReport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace vmi::disk {

namespace {
constexpr qint64 TiB = qint64(1) << 40;
// "Disk images must be less than 16 TiB"; ImportImage only below 8 TiB (VM Import
// limitations page, see the shared notes' aws-import-facts.md 2.4).
constexpr qint64 MaxDiskSize = 16 * TiB;
constexpr qint64 MaxImportImageDiskSize = 8 * TiB;

QString qemuFormatName(DiskFormat format)
{
    switch (format) {
    case DiskFormat::Vhd:
        return QStringLiteral("vpc");
    case DiskFormat::Unknown:
    case DiskFormat::Ova:
    case DiskFormat::Iso:
        return {};
    default:
        return formatKey(format);
    }
}

QString shellQuoted(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral(R"re(^[A-Za-z0-9_./:+-]+$)re"));
    if (plain.match(path).hasMatch())
        return path;
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isStreamOptimized(const DiskReport &report)
{
    return report.subformat == QLatin1String("streamOptimized");
}
} // namespace

QString ImportPolicy::convertCommand(const DiskReport &report)
{
    const QFileInfo input(report.path.isEmpty() ? QStringLiteral("disk") : report.path);
    const QString output =
        QDir(input.path()).filePath(input.completeBaseName() + QLatin1String("-stream.vmdk"));
    QString command = QStringLiteral("qemu-img convert");
    if (const QString source = qemuFormatName(report.format); !source.isEmpty())
        command += QLatin1String(" -f ") + source;
    return command + QLatin1String(" -O vmdk -o subformat=streamOptimized ") + shellQuoted(input.filePath()) +
           QLatin1Char(' ') + shellQuoted(output);
}

void ImportPolicy::apply(DiskReport &report)
{
    Importability &can = report.importable;
    const QString convertHint =
        tr("Convert it to a stream-optimized VMDK, which ImportImage and ImportSnapshot take: %1")
            .arg(convertCommand(report));

    switch (report.format) {
    case DiskFormat::Raw:
        can.importImage = can.importSnapshot = true;
        break;
    case DiskFormat::Vmdk:
        // AWS: "Unsupported VMDK File Format" for every VMDK that is not stream-optimized.
        if (isStreamOptimized(report))
            can.importImage = can.importSnapshot = true;
        else
            report.addError(
                tr("This VMDK is %1; AWS imports only stream-optimized VMDKs.")
                    .arg(report.subformat.isEmpty() ? tr("of an unknown kind") : report.subformat),
                convertHint);
        break;
    case DiskFormat::Vhd:
        if (report.subformat == QLatin1String("differencing"))
            report.addError(
                tr("This is a differencing VHD: it holds only the changes to a parent disk, and AWS "
                   "refuses it (\"Footers not identical\")."),
                tr("Merge it into its parent in Hyper-V, or let qemu-img follow the chain: %1")
                    .arg(convertCommand(report)));
        else
            can.importImage = can.importSnapshot = true;
        break;
    case DiskFormat::Vhdx:
        if (report.subformat == QLatin1String("differencing")) {
            report.addError(tr("This is a differencing VHDX: it holds only the changes to a parent disk."),
                            tr("Merge it into its parent in Hyper-V, or let qemu-img follow the chain: %1")
                                .arg(convertCommand(report)));
        } else {
            can.importImage = true;
            // The user guide lists VHDX for snapshots, the API model does not, and a real
            // VHDX ImportSnapshot failed with "Unsupported specified file format".
            report.addInfo(tr("ImportSnapshot does not take VHDX; use ImportImage, or convert the disk for a "
                              "snapshot."),
                           convertHint);
        }
        break;
    case DiskFormat::Ova:
        can.importImage = true;
        break;
    case DiskFormat::Qcow2:
    case DiskFormat::Vdi:
        report.addError(tr("AWS does not import %1 images.").arg(formatKey(report.format).toUpper()),
                        convertHint + QLatin1Char(' ') +
                            tr("(or -O raw for a raw image, which is larger to upload)."));
        break;
    case DiskFormat::Iso:
        can.importDiskImage = true;
        report.addInfo(
            tr("ISO images go to Image Builder's ImportDiskImage (Windows 11 Enterprise only); EC2 "
               "imports do not take them."));
        break;
    case DiskFormat::Unknown:
        report.addError(
            tr("This is not a disk image format AWS imports (OVA, VMDK, VHD, VHDX, raw, or an ISO "
               "for Image Builder)."));
        break;
    }

    if (report.virtualSize >= MaxDiskSize) {
        report.addError(tr("The disk is 16 TiB or larger; AWS imports only smaller disks."));
    } else if (report.virtualSize >= MaxImportImageDiskSize && can.importImage) {
        can.importImage = false;
        report.addWarning(tr("ImportImage takes only disks smaller than 8 TiB."),
                          tr("Import this disk as a snapshot (ImportSnapshot) instead."));
    }

    // Any error means the import would fail whatever the operation.
    if (report.hasErrors())
        can = Importability{};
}

} // namespace vmi::disk
