#include "models/DiskRules.h"

#include "models/PresignedUrl.h"
#include "models/S3Names.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::DiskRules)
};

constexpr qint64 TiB = qint64(1) << 40;
constexpr qint64 MaxDiskSize = 16 * TiB;
constexpr qint64 MaxImportImageDiskSize = 8 * TiB;
constexpr qsizetype MaxImportImageDisks = 21;

// The inspector's format key -> the spelling of DiskContainer.Format; empty for formats EC2
// has no name for.
QString ec2FormatOf(const QString &formatKey)
{
    static const QStringList named{QStringLiteral("raw"), QStringLiteral("vmdk"), QStringLiteral("vhd"),
                                   QStringLiteral("vhdx"), QStringLiteral("ova")};
    return named.contains(formatKey) ? formatKey.toUpper() : QString();
}

QString convertCommand(const QString &path)
{
    const QFileInfo input(path);
    return QStringLiteral("qemu-img convert -O vmdk -o subformat=streamOptimized \"%1\" \"%2\"")
        .arg(path, input.dir().filePath(input.completeBaseName() + QLatin1String("-stream.vmdk")));
}

bool isOva(const ValidationContext &context, qsizetype index)
{
    const DiskContainer &disk = context.settings.ec2.diskContainers[index];
    const InspectedDisk *inspected = context.inspection(index);
    return (disk.format && disk.format->compare(QLatin1String("ova"), Qt::CaseInsensitive) == 0) ||
           (inspected && inspected->format == u"ova");
}
} // namespace

void DiskRules::check(const ValidationContext &context)
{
    checkCount(context);
    const qsizetype count = context.isImportSnapshot()
                                ? qMin<qsizetype>(1, context.settings.ec2.diskContainers.size())
                                : context.settings.ec2.diskContainers.size();
    for (qsizetype i = 0; i < count; ++i) {
        checkSource(context, i);
        checkFormat(context, i);
        checkInspection(context, i);
    }
    checkDeviceNames(context);
    checkBootDisk(context);
}

void DiskRules::checkCount(const ValidationContext &context)
{
    const qsizetype count = context.settings.ec2.diskContainers.size();
    DiagnosticSink &sink = context.sink;
    if (context.isImportSnapshot()) {
        if (count == 0)
            sink.error(QStringLiteral("DiskContainer"), Tr::tr("ImportSnapshot needs a disk."),
                       Tr::tr("Choose a disk file to upload, or name its S3 object."));
        else if (count > 1)
            sink.error(QStringLiteral("DiskContainer"),
                       Tr::tr("ImportSnapshot imports one disk; %1 are set.").arg(count),
                       Tr::tr("Import the others with one ImportSnapshot each, or use ImportImage."));
        return;
    }
    if (count == 0)
        sink.error(QStringLiteral("DiskContainers"), Tr::tr("ImportImage needs at least one disk."),
                   Tr::tr("Choose a disk file to upload, or name its S3 object or EBS snapshot."));
    else if (count > MaxImportImageDisks)
        sink.error(QStringLiteral("DiskContainers"),
                   Tr::tr("ImportImage fails for more than %1 disks; %n are set.", nullptr, int(count))
                       .arg(MaxImportImageDisks),
                   Tr::tr("Import the extra disks with ImportSnapshot."));
    for (qsizetype i = 0; count > 1 && i < count; ++i) {
        if (isOva(context, i)) {
            sink.error(field::disk(context.operation(), i),
                       Tr::tr("An OVA holds a whole virtual machine: import it as the only disk."),
                       Tr::tr("Remove the other disks, or import the OVA's disks one by one."));
        }
    }
}

void DiskRules::checkSource(const ValidationContext &context, qsizetype index)
{
    const DiskContainer &disk = context.settings.ec2.diskContainers[index];
    const QString path = field::disk(context.operation(), index);
    DiagnosticSink &sink = context.sink;
    const bool hasLocalFile = !context.localFile(index).isEmpty();
    const bool snapshot = context.isImportImage() && disk.snapshotId.has_value();
    const int sources = int(disk.url.has_value()) + int(disk.userBucket.has_value()) + int(snapshot);

    if (context.isImportSnapshot()) {
        if (disk.deviceName)
            sink.warning(field::member(path, "DeviceName"),
                         Tr::tr("ImportSnapshot has no DeviceName; it is not sent."));
        if (disk.snapshotId)
            sink.warning(field::member(path, "SnapshotId"),
                         Tr::tr("ImportSnapshot has no SnapshotId; it is not sent."));
    }
    if (sources > 1) {
        sink.error(path, Tr::tr("A disk comes from one place: give one of Url, UserBucket and SnapshotId."));
    } else if (hasLocalFile && (disk.url || snapshot)) {
        sink.error(field::localFile(index),
                   Tr::tr("This disk has a local file to upload and also a %1.")
                       .arg(disk.url ? QStringLiteral("Url") : QStringLiteral("SnapshotId")),
                   Tr::tr("Remove the local file, or the %1.")
                       .arg(disk.url ? QStringLiteral("Url") : QStringLiteral("SnapshotId")));
    } else if (sources == 0 && !hasLocalFile) {
        sink.error(
            path, Tr::tr("The disk has no source."),
            Tr::tr("Choose a local file to upload, or name its S3 object (UserBucket or Url)%1.")
                .arg(context.isImportImage() ? Tr::tr(" or an EBS snapshot (SnapshotId)") : QString()));
    }

    if (hasLocalFile) {
        const UploadTarget target = uploadTarget(context.settings, index);
        if (target.bucket.isEmpty())
            sink.error(QStringLiteral("upload.bucket"),
                       Tr::tr("%1 has a local file, but no bucket to upload it to.").arg(path),
                       Tr::tr("Set the upload bucket, or the disk's UserBucket.S3Bucket."));
        const bool keyNamed = disk.userBucket && disk.userBucket->s3Key;
        if (const QString problem = objectKeyProblem(target.key); !keyNamed && !problem.isEmpty())
            sink.error(QStringLiteral("upload.keyPrefix"), problem, Tr::tr("Shorten the key prefix."));
    }
    checkUserBucket(context, index);
    checkUrl(context, index);
    if (snapshot) {
        static const QRegularExpression snapshotId(QStringLiteral("^snap-([0-9a-f]{8}|[0-9a-f]{17})$"));
        if (!snapshotId.match(*disk.snapshotId).hasMatch())
            sink.error(field::member(path, "SnapshotId"),
                       Tr::tr("\"%1\" is not an EBS snapshot id (snap- and 8 or 17 hex digits).")
                           .arg(*disk.snapshotId));
    }
}

void DiskRules::checkUserBucket(const ValidationContext &context, qsizetype index)
{
    const DiskContainer &disk = context.settings.ec2.diskContainers[index];
    if (!disk.userBucket)
        return;
    const QString path = field::member(field::disk(context.operation(), index), "UserBucket");
    // With a local file, a missing bucket or key is filled from the upload settings.
    const bool filledByUpload = !context.localFile(index).isEmpty();
    DiagnosticSink &sink = context.sink;
    if (const auto &bucket = disk.userBucket->s3Bucket) {
        if (const QString problem = bucketNameProblem(*bucket); !problem.isEmpty())
            sink.error(
                field::member(path, "S3Bucket"), problem,
                Tr::tr("The bucket must exist in the import's Region and the vmimport role must read it."));
    } else if (!filledByUpload) {
        sink.error(field::member(path, "S3Bucket"), Tr::tr("UserBucket needs the bucket name (S3Bucket)."));
    }
    if (const auto &key = disk.userBucket->s3Key) {
        if (const QString problem = objectKeyProblem(*key); !problem.isEmpty())
            sink.error(field::member(path, "S3Key"), problem);
    } else if (!filledByUpload) {
        sink.error(field::member(path, "S3Key"), Tr::tr("UserBucket needs the object key (S3Key)."));
    }
}

void DiskRules::checkUrl(const ValidationContext &context, qsizetype index)
{
    const auto &url = context.settings.ec2.diskContainers[index].url;
    if (!url)
        return;
    const QString path = field::member(field::disk(context.operation(), index), "Url");
    DiagnosticSink &sink = context.sink;
    // "The URL can either be a https URL (https://..) or an Amazon S3 URL (s3://..)" (botocore).
    if (url->startsWith(QLatin1String("s3://"))) {
        const auto location = parseS3Uri(*url);
        if (!location)
            sink.error(path, Tr::tr("The s3:// URL names no bucket."), Tr::tr("Write s3://BUCKET/KEY."));
        else if (const QString problem = bucketNameProblem(location->bucket); !problem.isEmpty())
            sink.error(path, problem);
        else if (const QString keyProblem = objectKeyProblem(location->key); !keyProblem.isEmpty())
            sink.error(path, keyProblem, Tr::tr("Write s3://BUCKET/KEY."));
    } else if (url->startsWith(QLatin1String("https://"))) {
        if (PresignedUrl::hasCredentials(*url))
            sink.warning(path, Tr::tr("A presigned URL expires, and profiles do not keep its signature."),
                         Tr::tr("Prefer an s3:// URL or UserBucket, which the vmimport role reads."));
    } else if (url->startsWith(QLatin1String("http://"))) {
        sink.error(path, Tr::tr("EC2 takes https:// or s3:// URLs, not http://."));
    } else {
        sink.error(path, Tr::tr("The Url must start with s3:// or https://."),
                   Tr::tr("For example s3://BUCKET/KEY."));
    }
}

void DiskRules::checkFormat(const ValidationContext &context, qsizetype index)
{
    const DiskContainer &disk = context.settings.ec2.diskContainers[index];
    const QString path = field::member(field::disk(context.operation(), index), "Format");
    DiagnosticSink &sink = context.sink;
    const QStringList accepted = acceptedDiskFormats(context.operation());
    if (!disk.format) {
        const bool fromSnapshot = context.isImportImage() && disk.snapshotId;
        const InspectedDisk *inspected = context.inspection(index);
        const QString known = inspected ? ec2FormatOf(inspected->format) : QString();
        if (!fromSnapshot)
            sink.warning(path, Tr::tr("The disk's Format is not set."),
                         known.isEmpty()
                             ? Tr::tr("Set it to one of %1.").arg(accepted.join(QLatin1String(", ")))
                             : Tr::tr("The file is %1: set Format to %1.").arg(known));
        return;
    }
    const QString format = disk.format->toUpper(); // AWS's own examples write "vmdk", "ova"
    if (accepted.contains(format))
        return;
    if (format == u"VHDX" && context.isImportSnapshot())
        sink.error(path, Tr::tr("ImportSnapshot does not take VHDX (\"Unsupported specified file format\")."),
                   Tr::tr("Use ImportImage, or convert the disk to VHD, VMDK or RAW."));
    else if (format == u"OVA" && context.isImportSnapshot())
        sink.error(path, Tr::tr("ImportSnapshot takes one disk, not an OVA."),
                   Tr::tr("Use ImportImage for an OVA."));
    else
        sink.error(path,
                   Tr::tr("%1 takes %2, not \"%3\".")
                       .arg(apiName(context.operation()), accepted.join(QLatin1String(", ")), *disk.format));
}

void DiskRules::checkDeviceNames(const ValidationContext &context)
{
    if (!context.isImportImage())
        return;
    // Linux-style names EC2 uses for EBS volumes (/dev/sda1, /dev/sdf, /dev/xvda, /dev/xvdba,
    // partitions 1-15) and the Windows-style xvd names without /dev/.
    static const QRegularExpression deviceName(
        QStringLiteral("^(/dev/(sd[a-z]|xvd[a-z]{1,2})([1-9]|1[0-5])?|xvd[a-z]{1,2})$"));
    QSet<QString> seen;
    const QList<DiskContainer> &disks = context.settings.ec2.diskContainers;
    for (qsizetype i = 0; i < disks.size(); ++i) {
        if (!disks[i].deviceName)
            continue;
        const QString &name = *disks[i].deviceName;
        const QString path = field::member(field::disk(context.operation(), i), "DeviceName");
        if (!deviceName.match(name).hasMatch())
            context.sink.error(
                path, Tr::tr("\"%1\" is not a device name EC2 uses.").arg(name),
                Tr::tr("For example /dev/sda1 or /dev/xvda for the boot disk, /dev/sdf for others."));
        else if (seen.contains(name))
            context.sink.error(path, Tr::tr("Another disk has the device name %1.").arg(name));
        seen.insert(name);
    }
}

void DiskRules::checkInspection(const ValidationContext &context, qsizetype index)
{
    const InspectedDisk *inspected = context.inspection(index);
    if (!inspected || context.localFile(index).isEmpty())
        return;
    const QString fileField = field::localFile(index);
    const QString file = context.localFile(index);
    DiagnosticSink &sink = context.sink;
    const QString format = ec2FormatOf(inspected->format);
    const QString operation = apiName(context.operation());
    // A file that could not be read has no format to judge: its finding says why.
    if (inspected->fileSize < 0 && inspected->format == u"unknown" && !inspected->findings.isEmpty())
        return;

    if (format.isEmpty() || !acceptedDiskFormats(context.operation()).contains(format)) {
        QString hint;
        if (inspected->format == u"iso")
            hint = Tr::tr("ISO images go to Image Builder's ImportDiskImage.");
        else if (inspected->format == u"ova" || inspected->format == u"vhdx")
            hint = Tr::tr("Use ImportImage, or convert the disk: %1").arg(convertCommand(file));
        else if (inspected->format != u"unknown")
            hint = Tr::tr("Convert it: %1").arg(convertCommand(file));
        sink.error(fileField,
                   Tr::tr("%1 does not take this file: it is %2.")
                       .arg(operation, inspected->format == u"unknown"
                                           ? Tr::tr("not a disk image format AWS imports")
                                           : inspected->format.toUpper()),
                   hint);
    } else {
        const DiskContainer &disk = context.settings.ec2.diskContainers[index];
        if (disk.format && disk.format->toUpper() != format &&
            acceptedDiskFormats(context.operation()).contains(disk.format->toUpper()))
            sink.warning(field::member(field::disk(context.operation(), index), "Format"),
                         Tr::tr("Format says %1, but the file is %2.").arg(disk.format->toUpper(), format),
                         Tr::tr("Set Format to %1.").arg(format));
        if (inspected->format == u"vmdk" && inspected->subformat != u"streamOptimized")
            sink.error(
                fileField,
                Tr::tr("This VMDK is %1; AWS imports only stream-optimized VMDKs (\"Unsupported VMDK File "
                       "Format\").")
                    .arg(inspected->subformat.isEmpty() ? Tr::tr("of an unknown kind")
                                                        : inspected->subformat),
                Tr::tr("Convert it: %1").arg(convertCommand(file)));
        if ((inspected->format == u"vhd" || inspected->format == u"vhdx") &&
            inspected->subformat == u"differencing")
            sink.error(
                fileField,
                Tr::tr("This is a differencing disk: it holds only changes to a parent, and AWS refuses it."),
                Tr::tr("Merge it into its parent, or convert the chain: %1").arg(convertCommand(file)));
    }

    if (inspected->virtualSize >= MaxDiskSize)
        sink.error(fileField, Tr::tr("The disk is 16 TiB or larger; AWS imports only smaller disks."));
    else if (inspected->virtualSize >= MaxImportImageDiskSize && context.isImportImage())
        sink.error(fileField, Tr::tr("ImportImage takes only disks smaller than 8 TiB."),
                   Tr::tr("Import this disk with ImportSnapshot."));
}

void DiskRules::checkBootDisk(const ValidationContext &context)
{
    if (!context.isImportImage() || context.settings.ec2.diskContainers.isEmpty())
        return;
    const InspectedDisk *first = context.inspection(0);
    if (!first || context.localFile(0).isEmpty())
        return;
    // AWS boots the first disk container.
    if (context.settings.ec2.diskContainers.size() > 1 && first->partitionTable == u"none")
        context.sink.warning(field::disk(context.operation(), 0),
                             Tr::tr("The first disk is the boot disk, but its file has no partition table."),
                             Tr::tr("Put the boot disk first."));
    else if (first->partitionTable == u"none")
        context.sink.warning(
            QStringLiteral("upload.localFiles[0]"),
            Tr::tr("The disk has no partition table: ImportImage needs a bootable, partitioned "
                   "disk (AWS answers \"No valid partitions\")."),
            Tr::tr("Import a data disk without partitions with ImportSnapshot."));
    const auto &bootMode = context.settings.ec2.bootMode;
    if (bootMode == QStringLiteral("legacy-bios") && first->bootModeHint == u"uefi")
        context.sink.warning(
            QStringLiteral("BootMode"),
            Tr::tr("BootMode is legacy-bios, but the boot disk has an EFI system partition."),
            Tr::tr("Set BootMode to uefi, or leave it unset."));
    else if (bootMode == QStringLiteral("uefi") && first->bootModeHint == u"legacy-bios")
        context.sink.warning(QStringLiteral("BootMode"),
                             Tr::tr("BootMode is uefi, but the boot disk looks like a legacy BIOS disk."),
                             Tr::tr("Set BootMode to legacy-bios, or leave it unset."));
}

} // namespace vmi
