#include "models/TaskStatus.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vmi {

namespace {

struct PhaseName
{
    TaskPhase phase;
    const char16_t *name;
};

constexpr PhaseName PhaseNames[] = {
    {TaskPhase::Active, u"active"},       {TaskPhase::Cancelling, u"cancelling"},
    {TaskPhase::Completed, u"completed"}, {TaskPhase::Failed, u"failed"},
    {TaskPhase::Cancelled, u"cancelled"},
};

// Progress is a string in EC2's output ("28"); absent once the task ended.
int progressOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qBound(0, value.toInt(), 100);
    bool ok = false;
    const int progress = value.toString().toInt(&ok);
    return ok ? qBound(0, progress, 100) : -1;
}

QString sourceOf(const QJsonObject &detail)
{
    const QJsonObject bucket = detail[u"UserBucket"].toObject();
    if (!bucket.isEmpty())
        return u"s3://" + bucket[u"S3Bucket"].toString() + u'/' + bucket[u"S3Key"].toString();
    // A presigned https URL carries a signature in its query: never keep it.
    QUrl url(detail[u"Url"].toString());
    url.setQuery(QString());
    return url.toString();
}

TaskDiskDetail diskOf(const QJsonObject &detail)
{
    TaskDiskDetail disk;
    disk.description = detail[u"Description"].toString();
    disk.deviceName = detail[u"DeviceName"].toString();
    disk.format = detail[u"Format"].toString();
    disk.source = sourceOf(detail);
    disk.sizeBytes = detail[u"DiskImageSize"].toDouble();
    disk.status = detail[u"Status"].toString();
    disk.statusMessage = detail[u"StatusMessage"].toString();
    disk.progress = progressOf(detail[u"Progress"]);
    disk.snapshotId = detail[u"SnapshotId"].toString();
    return disk;
}

TaskPhase ec2Phase(const QString &status, bool cancelRequested)
{
    if (status == u"completed")
        return TaskPhase::Completed;
    if (status == u"deleting")
        return TaskPhase::Cancelling;
    if (status == u"deleted")
        return cancelRequested ? TaskPhase::Cancelled : TaskPhase::Failed;
    // The waiter SnapshotImported treats "error" as a failure (facts file 1.6).
    if (status == u"error")
        return TaskPhase::Failed;
    return TaskPhase::Active;
}

} // namespace

bool isTerminal(TaskPhase phase)
{
    return phase == TaskPhase::Completed || phase == TaskPhase::Failed || phase == TaskPhase::Cancelled;
}

QString phaseName(TaskPhase phase)
{
    for (const PhaseName &entry : PhaseNames) {
        if (entry.phase == phase)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

TaskPhase phaseFromName(const QString &name, bool *ok)
{
    for (const PhaseName &entry : PhaseNames) {
        if (name == QStringView(entry.name)) {
            if (ok)
                *ok = true;
            return entry.phase;
        }
    }
    if (ok)
        *ok = false;
    return TaskPhase::Active;
}

QJsonObject TaskDiskDetail::toJson() const
{
    QJsonObject json;
    auto put = [&json](const char16_t *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QString::fromUtf16(key), value);
    };
    put(u"description", description);
    put(u"deviceName", deviceName);
    put(u"format", format);
    put(u"source", source);
    put(u"status", status);
    put(u"statusMessage", statusMessage);
    put(u"snapshotId", snapshotId);
    if (sizeBytes > 0)
        json.insert(QStringLiteral("sizeBytes"), sizeBytes);
    if (progress >= 0)
        json.insert(QStringLiteral("progress"), progress);
    return json;
}

TaskDiskDetail TaskDiskDetail::fromJson(const QJsonObject &json)
{
    TaskDiskDetail disk;
    disk.description = json[u"description"].toString();
    disk.deviceName = json[u"deviceName"].toString();
    disk.format = json[u"format"].toString();
    disk.source = json[u"source"].toString();
    disk.status = json[u"status"].toString();
    disk.statusMessage = json[u"statusMessage"].toString();
    disk.snapshotId = json[u"snapshotId"].toString();
    disk.sizeBytes = json[u"sizeBytes"].toDouble();
    disk.progress = json[u"progress"].toInt(-1);
    return disk;
}

QString TaskStatus::stage() const
{
    if (operation == ImportOperation::ImportDiskImage)
        return status.isEmpty() ? phaseName(phase) : status.toLower();
    if (phase == TaskPhase::Active && !statusMessage.isEmpty())
        return statusMessage;
    return phaseName(phase);
}

QString TaskStatus::resultText() const
{
    if (!imageId.isEmpty())
        return imageId;
    return snapshotIds.join(u", ");
}

QJsonObject TaskStatus::toJson() const
{
    QJsonObject json{{QStringLiteral("operation"), apiName(operation)},
                     {QStringLiteral("taskId"), taskId},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("phase"), phaseName(phase)}};
    if (!statusMessage.isEmpty())
        json.insert(QStringLiteral("statusMessage"), statusMessage);
    if (progress >= 0)
        json.insert(QStringLiteral("progress"), progress);
    if (!imageId.isEmpty())
        json.insert(QStringLiteral("imageId"), imageId);
    if (!snapshotIds.isEmpty())
        json.insert(QStringLiteral("snapshotIds"), QJsonArray::fromStringList(snapshotIds));
    QJsonArray disksJson;
    for (const TaskDiskDetail &disk : disks)
        disksJson.append(disk.toJson());
    if (!disksJson.isEmpty())
        json.insert(QStringLiteral("disks"), disksJson);
    return json;
}

TaskStatus TaskStatus::fromJson(const QJsonObject &json)
{
    TaskStatus task;
    task.operation =
        importOperationFromApiName(json[u"operation"].toString()).value_or(ImportOperation::ImportImage);
    task.taskId = json[u"taskId"].toString();
    task.status = json[u"status"].toString();
    task.phase = phaseFromName(json[u"phase"].toString());
    task.statusMessage = json[u"statusMessage"].toString();
    task.progress = json[u"progress"].toInt(-1);
    task.imageId = json[u"imageId"].toString();
    for (const QJsonValue &id : json[u"snapshotIds"].toArray())
        task.snapshotIds.append(id.toString());
    for (const QJsonValue &disk : json[u"disks"].toArray())
        task.disks.append(TaskDiskDetail::fromJson(disk.toObject()));
    return task;
}

TaskStatus TaskStatus::fromImportImageTask(const QJsonObject &task, bool cancelRequested)
{
    TaskStatus result;
    result.operation = ImportOperation::ImportImage;
    result.taskId = task[u"ImportTaskId"].toString();
    result.status = task[u"Status"].toString();
    result.statusMessage = task[u"StatusMessage"].toString();
    result.progress = progressOf(task[u"Progress"]);
    result.phase = ec2Phase(result.status, cancelRequested);
    result.imageId = task[u"ImageId"].toString();
    for (const QJsonValue &detail : task[u"SnapshotDetails"].toArray()) {
        result.disks.append(diskOf(detail.toObject()));
        if (!result.disks.constLast().snapshotId.isEmpty())
            result.snapshotIds.append(result.disks.constLast().snapshotId);
    }
    if (result.phase == TaskPhase::Completed)
        result.progress = 100; // AWS drops Progress once the task completed
    return result;
}

TaskStatus TaskStatus::fromImportSnapshotTask(const QJsonObject &task, bool cancelRequested)
{
    const QJsonObject detail = task[u"SnapshotTaskDetail"].toObject();
    TaskStatus result;
    result.operation = ImportOperation::ImportSnapshot;
    result.taskId = task[u"ImportTaskId"].toString();
    result.status = detail[u"Status"].toString();
    result.statusMessage = detail[u"StatusMessage"].toString();
    result.progress = progressOf(detail[u"Progress"]);
    result.phase = ec2Phase(result.status, cancelRequested);
    result.disks.append(diskOf(detail));
    if (!result.disks.constFirst().snapshotId.isEmpty())
        result.snapshotIds.append(result.disks.constFirst().snapshotId);
    if (result.phase == TaskPhase::Completed)
        result.progress = 100;
    return result;
}

TaskStatus TaskStatus::fromImageBuilderImage(const QJsonObject &image)
{
    // Image Builder sends no progress figure: the status list is the progress (facts 1.7).
    static const QStringList Stages = {u"PENDING"_s,      u"CREATING"_s,    u"BUILDING"_s, u"TESTING"_s,
                                       u"DISTRIBUTING"_s, u"INTEGRATING"_s, u"AVAILABLE"_s};
    const QJsonObject state = image[u"state"].toObject();
    TaskStatus result;
    result.operation = ImportOperation::ImportDiskImage;
    result.taskId = image[u"arn"].toString();
    result.status = state[u"status"].toString();
    result.statusMessage = state[u"reason"].toString();
    if (result.status == u"AVAILABLE")
        result.phase = TaskPhase::Completed;
    else if (result.status == u"FAILED" || result.status == u"DELETED" || result.status == u"DISABLED")
        result.phase = TaskPhase::Failed;
    else if (result.status == u"CANCELLED")
        result.phase = TaskPhase::Cancelled;
    const qsizetype index = Stages.indexOf(result.status);
    if (index >= 0)
        result.progress = int(index * 100 / (Stages.size() - 1));
    for (const QJsonValue &ami : image[u"outputResources"].toObject()[u"amis"].toArray()) {
        if (result.imageId.isEmpty())
            result.imageId = ami.toObject()[u"image"].toString();
    }
    return result;
}

} // namespace vmi
