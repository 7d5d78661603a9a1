#include "ui/ConsoleLink.h"

using namespace Qt::StringLiterals;

namespace vmi::ui {

namespace {

QString consoleHost(const QString &region)
{
    if (region.startsWith(u"cn-"))
        return u"console.amazonaws.cn"_s;
    if (region.startsWith(u"us-gov-"))
        return u"console.amazonaws-us-gov.com"_s;
    return region + u".console.aws.amazon.com"_s;
}

} // namespace

QUrl consoleUrl(const JobRecord &job)
{
    const QString base = u"https://"_s + consoleHost(job.region);
    const QString region = QString::fromLatin1(QUrl::toPercentEncoding(job.region));
    if (job.operation == ImportOperation::ImportDiskImage && !job.taskId.isEmpty() && job.imageId.isEmpty()) {
        // The console addresses an image by its ARN, percent-encoded, in the fragment.
        return QUrl(base + u"/imagebuilder/home?region="_s + region + u"#/images/"_s +
                    QString::fromLatin1(QUrl::toPercentEncoding(job.taskId)) + u"/details"_s);
    }
    if (!job.imageId.isEmpty())
        return QUrl(base + u"/ec2/home?region="_s + region + u"#ImageDetails:imageId="_s + job.imageId);
    if (!job.snapshotIds.isEmpty())
        return QUrl(base + u"/ec2/home?region="_s + region + u"#SnapshotDetails:snapshotId="_s +
                    job.snapshotIds.first());
    return QUrl(base + u"/ec2/home?region="_s + region + u"#Images:"_s);
}

} // namespace vmi::ui
