#pragma once

#include "models/ImportOperation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vmi {

// Where an import task stands, read from its Status (never from StatusMessage, which is free
// text: facts file 1.6). A task that ended "deleted" is Cancelled only when the user asked
// for it; otherwise it failed and its StatusMessage is the reason.
enum class TaskPhase
{
    Active,     // still running (EC2 "active", Image Builder PENDING..INTEGRATING)
    Cancelling, // EC2 "deleting": a cancel (or a failure's clean-up) is in flight
    Completed,  // EC2 "completed", Image Builder AVAILABLE
    Failed,     // EC2 "deleted" without a user cancel, Image Builder FAILED
    Cancelled,  // EC2 "deleted" after a user cancel, Image Builder CANCELLED
};

bool isTerminal(TaskPhase phase);
QString phaseName(TaskPhase phase); // "active", "cancelling", ...
TaskPhase phaseFromName(const QString &name, bool *ok = nullptr);

// One disk of an import task (EC2 SnapshotDetails / SnapshotTaskDetail).
struct TaskDiskDetail
{
    QString description;
    QString deviceName;
    QString format;
    QString source;       // s3://bucket/key or the URL without its query (a presigned URL's signature)
    double sizeBytes = 0; // DiskImageSize: documented GiB, sent as bytes (facts file 1.6)
    QString status;
    QString statusMessage;
    int progress = -1;
    QString snapshotId;

    QJsonObject toJson() const;
    static TaskDiskDetail fromJson(const QJsonObject &json);
    friend bool operator==(const TaskDiskDetail &, const TaskDiskDetail &) = default;
};

// What one Describe*/GetImage answer says about one task.
struct TaskStatus
{
    ImportOperation operation = ImportOperation::ImportImage;
    QString taskId; // import-ami-..., import-snap-..., or the image build version ARN
    QString status; // the raw Status as AWS sent it ("active", "BUILDING", ...)
    QString statusMessage;
    int progress = -1; // 0..100; -1 when AWS sent none
    TaskPhase phase = TaskPhase::Active;
    QString imageId;         // the AMI (ImportImage; Image Builder's output AMI)
    QStringList snapshotIds; // every snapshot made
    QList<TaskDiskDetail> disks;

    // The stage shown to people: StatusMessage while an EC2 task runs ("converting"), else
    // the phase ("completed", "failed", ...); Image Builder's status in lower case.
    QString stage() const;
    // AMI id, snapshot id(s) or nothing yet.
    QString resultText() const;

    QJsonObject toJson() const;
    static TaskStatus fromJson(const QJsonObject &json);
    friend bool operator==(const TaskStatus &, const TaskStatus &) = default;

    // From the AWS CLI output shapes: one item of ImportImageTasks / ImportSnapshotTasks, or
    // GetImage's "image". cancelRequested decides whether "deleted" means cancelled or failed.
    static TaskStatus fromImportImageTask(const QJsonObject &task, bool cancelRequested);
    static TaskStatus fromImportSnapshotTask(const QJsonObject &task, bool cancelRequested);
    static TaskStatus fromImageBuilderImage(const QJsonObject &image);
};

} // namespace vmi
