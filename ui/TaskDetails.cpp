#include "ui/TaskDetails.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace vmi::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vmi::ui::TaskDetails", text);
}

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
    QString html = u"<h4>"_s + tr("Disks") +
                   u"</h4><table cellspacing=4><tr><th align=left>#</th><th "
                   u"align=left>"_s +
                   tr("Source") + u"</th><th align=left>"_s + tr("Format") + u"</th><th align=left>"_s +
                   tr("Size") + u"</th><th align=left>"_s + tr("Status") + u"</th><th align=left>"_s +
                   tr("Snapshot") + u"</th></tr>"_s;
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

QString jobDetailsHtml(const JobRecord &job)
{
    QString html = u"<h3>"_s + (job.name.isEmpty() ? job.id : job.name).toHtmlEscaped() + u"</h3><table>"_s;
    html += row(tr("Job"), job.id) + row(tr("Operation"), apiName(job.operation)) +
            row(tr("State"), stateName(job.state)) + row(tr("Task"), job.taskId) +
            row(tr("Region"), job.region) + row(tr("AWS profile"), job.awsProfile) +
            row(tr("Status message"), job.lastStatus.statusMessage) + row(tr("AMI"), job.imageId) +
            row(tr("Snapshots"), job.snapshotIds.join(u", ")) + u"</table>"_s;
    if (!job.error.isEmpty()) {
        html += u"<h4>"_s + tr("Error") + u"</h4><p>"_s + job.error.toHtmlEscaped() + u"</p>"_s;
        if (!job.fix.isEmpty())
            html += u"<p><b>"_s + tr("How to fix it:") + u"</b> "_s + job.fix.toHtmlEscaped() + u"</p>"_s;
    }
    if (!job.history.isEmpty()) {
        html += u"<h4>"_s + tr("Stages") + u"</h4><table cellspacing=4>"_s;
        for (const JobRecord::StageEntry &entry : job.history) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                entry.stage.toHtmlEscaped(), entry.progress >= 0 ? u"%1 %"_s.arg(entry.progress) : QString(),
                entry.statusMessage == entry.stage ? QString() : entry.statusMessage.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    return html + disksHtml(job.lastStatus.disks);
}

QString taskDetailsHtml(const TaskStatus &task)
{
    QString html = u"<h3>"_s + task.taskId.toHtmlEscaped() + u"</h3><table>"_s;
    html += row(tr("Operation"), apiName(task.operation)) + row(tr("Status"), task.status) +
            row(tr("Status message"), task.statusMessage) + row(tr("Result"), task.resultText()) +
            u"</table>"_s;
    return html + disksHtml(task.disks);
}

} // namespace vmi::ui
