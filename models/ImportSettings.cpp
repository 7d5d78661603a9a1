#include "models/ImportSettings.h"

#include "models/S3Names.h"

#include <QFileInfo>

namespace vmi {

UploadTarget uploadTarget(const ImportSettings &settings, qsizetype index)
{
    const QStringList &files = settings.upload.localFiles;
    if (index < 0 || index >= files.size() || files[index].isEmpty())
        return {};
    UploadTarget target{settings.upload.bucket,
                        settings.upload.keyPrefix + QFileInfo(files[index]).fileName()};
    if (settings.operation == ImportOperation::ImportDiskImage) {
        if (settings.imageBuilder.uri) {
            const auto location = parseS3Uri(*settings.imageBuilder.uri);
            return location ? UploadTarget{location->bucket, location->key} : UploadTarget{};
        }
        return target;
    }
    const QList<DiskContainer> &disks = settings.ec2.diskContainers;
    if (index < disks.size() && disks[index].userBucket) {
        const UserBucket &named = *disks[index].userBucket;
        if (named.s3Bucket)
            target.bucket = *named.s3Bucket;
        if (named.s3Key)
            target.key = *named.s3Key;
    }
    return target;
}

qsizetype diskCount(const ImportSettings &settings)
{
    return settings.operation == ImportOperation::ImportDiskImage ? 1 : settings.ec2.diskContainers.size();
}

} // namespace vmi
