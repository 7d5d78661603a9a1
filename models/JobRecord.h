#pragma once

#include "models/ImportOperation.h"
#include "models/Outcome.h"
#include "models/TaskStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vmi {

// One import job as the job store keeps it: enough to pick it up after a restart (where it
// stood, the ClientToken for an idempotent resubmit, the task to monitor) and to show its
// history after Describe* forgot the task (after 7 days). Never holds secrets: a profile name
// and a region, not keys; presigned URLs lose their query before they are stored.
struct JobRecord
{
    enum class State
    {
        Inspecting,
        Uploading,
        Submitting,
        Monitoring,
        Finishing, // the task completed; the after-import steps (RegisterImage, CreateTags, clean-up) run
        Completed,
        Failed,
        Cancelled,
    };
    // What came of the import call: None before it was sent, Unknown when the answer was lost
    // (resubmit with the same ClientToken), Accepted once AWS returned the task id.
    enum class SubmitOutcome
    {
        None,
        Unknown,
        Accepted,
    };

    // One change of a task's stage as the monitor saw it.
    struct StageEntry
    {
        QDateTime at;
        QString stage; // "converting", "completed", ...
        QString statusMessage;
        int progress = -1;
        friend bool operator==(const StageEntry &, const StageEntry &) = default;
    };

    // One local file of the job and the S3 object it becomes.
    struct DiskUpload
    {
        int disk = 0;      // the disk's index in the request (DiskContainers[i], or 0 for the ISO)
        QString localFile; // absolute
        QString bucket;
        QString key;
        bool uploaded = false; // S3 has the whole object (uploaded, or found unchanged)
        bool deleted = false;  // removed after the import (afterImport.deleteUploadedObjects)
        friend bool operator==(const DiskUpload &, const DiskUpload &) = default;
    };

    // The after-import steps already done, so a restart does each one once.
    struct AfterImportDone
    {
        bool imageRegistered = false;
        bool tagged = false;
        bool objectsDeleted = false;
        friend bool operator==(const AfterImportDone &, const AfterImportDone &) = default;
    };

    static constexpr int SchemaVersion = 1;

    QString id;
    QString name;
    ImportOperation operation = ImportOperation::ImportImage;
    QJsonObject request; // the import's input (--cli-input-json shape), secrets removed
    // The whole import as a profile file (ProfileJson: upload settings, afterImport), which is
    // what a restart needs to go on. Empty for jobs made outside the pipeline (monitor only).
    QJsonObject settings;
    QList<DiskUpload> uploads;
    AfterImportDone afterImportDone;
    bool paused = false;                // the user paused the upload; a restart keeps it paused
    State failedIn = State::Inspecting; // the step that failed, where a retry starts again
    QString region;
    QString awsProfile;
    QString clientToken;
    State state = State::Inspecting;
    SubmitOutcome submitOutcome = SubmitOutcome::None;
    QString taskId; // import-ami-..., import-snap-..., or the image build version ARN
    bool cancelRequested = false;
    TaskStatus lastStatus; // empty taskId until the first Describe answered
    QList<StageEntry> history;
    QString imageId;
    QStringList snapshotIds;
    QString error;
    QString fix;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;

    bool isFinished() const;
    // Whether the user's settings ask for something after the task completed.
    bool hasAfterImportSteps() const;

    // Applies what the monitor saw: the last status, a history entry when the stage,
    // message or progress moved, the results, and the terminal state with its error and fix.
    // Returns whether anything changed.
    bool applyStatus(const TaskStatus &status, const QDateTime &now);

    QJsonObject toJson() const;
    static Outcome<JobRecord> fromJson(const QJsonObject &json);

    friend bool operator==(const JobRecord &, const JobRecord &) = default;
};

QString stateName(JobRecord::State state);
QString submitOutcomeName(JobRecord::SubmitOutcome outcome);

// A copy of an import request fit for a file: presigned URLs (DiskContainers[].Url,
// DiskContainer.Url) lose their query, which holds the signature.
QJsonObject withoutSecrets(const QJsonObject &request);

} // namespace vmi
