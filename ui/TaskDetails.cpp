#include "ui/TaskDetails.h"

#include "models/TaskTableModel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace vmi::ui {

namespace {

// lupdate files a Tr::tr() call in a free function under the enclosing namespace, so that is the
// context the translations are looked up in (a context of our own, such as
// "vmi::ui::TaskDetails", would never match the .ts and the pane would stay in English).
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::ui)
};

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><th align=left>"_s + label.toHtmlEscaped() + u"</th><td>"_s + value.toHtmlEscaped() +
           u"</td></tr>"_s;
}

QString disksHtml(const QList<TaskDiskDetail> &disks)
{
    if (disks.isEmpty())
        return {};
    QString html = u"<h4>"_s + Tr::tr("Disks") +
                   u"</h4><table cellspacing=4><tr><th align=left>#</th><th "
                   u"align=left>"_s +
                   Tr::tr("Source") + u"</th><th align=left>"_s + Tr::tr("Format") +
                   u"</th><th align=left>"_s + Tr::tr("Size") + u"</th><th align=left>"_s + Tr::tr("Status") +
                   u"</th><th align=left>"_s + Tr::tr("Snapshot") + u"</th></tr>"_s;
    int index = 0;
    for (const TaskDiskDetail &disk : disks) {
        const QString status =
            disk.statusMessage.isEmpty() ? disk.status : disk.status + u": "_s + disk.statusMessage;
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
            QString::number(++index), disk.source.toHtmlEscaped(), disk.format.toHtmlEscaped(),
            disk.sizeBytes > 0 ? QLocale().formattedDataSize(qint64(disk.sizeBytes)).toHtmlEscaped()
                               : QString(),
            status.toHtmlEscaped(), disk.snapshotId.toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

} // namespace

QString uploadProgressText(const transfer::UploadProgress &progress)
{
    constexpr double MiB = 1024.0 * 1024.0;
    return Tr::tr("%1 of %2 MiB at %3 MiB/s, part %4 of %5")
        .arg(double(progress.transferredBytes()) / MiB, 0, 'f', 0)
        .arg(double(progress.totalBytes) / MiB, 0, 'f', 0)
        .arg(progress.bytesPerSecond / MiB, 0, 'f', 1)
        .arg(progress.partsDone)
        .arg(progress.partCount);
}

QString jobDetailsHtml(const JobRecord &job, int uploadingDisk, const transfer::UploadProgress &upload)
{
    QString html = u"<h3>"_s + (job.name.isEmpty() ? job.id : job.name).toHtmlEscaped() + u"</h3><table>"_s;
    html += row(Tr::tr("Job"), job.id) + row(Tr::tr("Operation"), apiName(job.operation)) +
            row(Tr::tr("State"), stateName(job.state)) + row(Tr::tr("Task"), job.taskId) +
            row(Tr::tr("Region"), job.region) + row(Tr::tr("AWS profile"), job.awsProfile) +
            row(Tr::tr("Status message"), job.lastStatus.statusMessage) + row(Tr::tr("AMI"), job.imageId) +
            row(Tr::tr("Snapshots"), job.snapshotIds.join(u", ")) + u"</table>"_s;
    if (!job.error.isEmpty()) {
        html += u"<h4>"_s + Tr::tr("Error") + u"</h4><p>"_s + job.error.toHtmlEscaped() + u"</p>"_s;
        if (!job.fix.isEmpty())
            html += u"<p><b>"_s + Tr::tr("How to fix it:") + u"</b> "_s + job.fix.toHtmlEscaped() + u"</p>"_s;
    }
    if (!job.history.isEmpty()) {
        html += u"<h4>"_s + Tr::tr("Stages") + u"</h4><table cellspacing=4>"_s;
        for (const JobRecord::StageEntry &entry : job.history) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                entry.stage.toHtmlEscaped(), entry.progress >= 0 ? u"%1 %"_s.arg(entry.progress) : QString(),
                entry.statusMessage == entry.stage ? QString() : entry.statusMessage.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    if (!job.uploads.isEmpty()) {
        html += u"<h4>"_s + Tr::tr("Uploads") + u"</h4><table cellspacing=4>"_s;
        for (const JobRecord::DiskUpload &disk : job.uploads) {
            QString state = disk.deleted    ? Tr::tr("uploaded, deleted after the import")
                            : disk.uploaded ? Tr::tr("uploaded")
                            : disk.disk == uploadingDisk
                                ? (job.paused ? Tr::tr("paused: %1") : Tr::tr("uploading: %1"))
                                      .arg(uploadProgressText(upload))
                                : (job.paused ? Tr::tr("paused") : Tr::tr("waiting"));
            if (disk.disk == uploadingDisk && !disk.uploaded && upload.etaSeconds >= 0)
                state += u", "_s + Tr::tr("%1 left").arg(durationText(upload.etaSeconds));
            html += u"<tr><td>%1</td><td>s3://%2/%3</td><td>%4</td></tr>"_s.arg(
                disk.localFile.toHtmlEscaped(), disk.bucket.toHtmlEscaped(), disk.key.toHtmlEscaped(),
                state.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    return html + disksHtml(job.lastStatus.disks);
}

QString taskDetailsHtml(const TaskStatus &task)
{
    QString html = u"<h3>"_s + task.taskId.toHtmlEscaped() + u"</h3><table>"_s;
    html += row(Tr::tr("Operation"), apiName(task.operation)) + row(Tr::tr("Status"), task.status) +
            row(Tr::tr("Status message"), task.statusMessage) + row(Tr::tr("Result"), task.resultText()) +
            u"</table>"_s;
    return html + disksHtml(task.disks);
}

} // namespace vmi::ui
