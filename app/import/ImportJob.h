#pragma once

#include "aws/AwsError.h"
#include "models/Diagnostic.h"
#include "models/ImportSettings.h"
#include "models/JobRecord.h"
#include "transfer/MultipartUpload.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QLockFile;

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::import {

class JobStore;
class JobTracker;

// Drives one import job from wherever its record stands to its end, saving the record after
// every step so that a crash or restart loses nothing and repeats nothing:
//
//   inspecting -> uploading (each local disk, resumable) -> submitting (saved ClientToken)
//     -> monitoring (JobTracker) -> finishing (RegisterImage, CreateTags, S3 clean-up)
//     -> completed | failed | cancelled
//
// A submit whose answer was lost (network, timeout, 5xx) is sent again with the same token,
// so AWS returns the task it already made instead of starting a second import. Only one
// process drives a job: the job's lock file (next to its record) says which.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        // The wait before a submit whose outcome is unknown is sent again.
        std::chrono::milliseconds submitRetry{30'000};
    };

    ImportJob(const QString &jobId, JobStore *store, JobTracker *tracker, aws::AwsClient *client,
              QObject *parent = nullptr);
    ~ImportJob() override;

    // Takes the job's lock. False, with the reason, when another process drives the job.
    bool acquire(QString *error);
    void setTiming(Timing timing) { m_timing = timing; }

    QString id() const { return m_id; }
    JobRecord record() const;

    // Goes on from the record's state (a new job starts with the inspection).
    void start();
    // Pause and resume concern the upload; a paused job stays paused after a restart.
    void pause();
    void resume();
    bool isPaused() const;
    // Stops the job: aborts its multipart upload (nothing stays billed in S3), or cancels its
    // task in AWS (CancelImportTask / CancelImageCreation). A job that already made its AMI
    // cannot be cancelled.
    void cancel();
    // Starts a failed job again from the step that failed; a task that failed in AWS becomes
    // a new import with a new ClientToken. False, with the reason, when the job did not fail.
    bool retry(QString *error);

    // The upload in progress: which disk and how far (disk -1 when none runs).
    int uploadingDisk() const { return m_uploadingDisk; }
    transfer::UploadProgress uploadProgress() const;

Q_SIGNALS:
    void changed(const QString &jobId);
    void uploadProgressChanged(const QString &jobId, int disk, const vmi::transfer::UploadProgress &progress);
    // A note for the user ("resuming the upload of disk 1", "the answer to the submit was lost").
    void notice(const QString &jobId, const QString &text);
    void finished(const QString &jobId);

private:
    void runStep();
    void inspect();
    void onInspected(const QList<Diagnostic> &diagnostics);
    void uploadNext();
    void startUpload(int index, bool resume);
    void onUploadFinished(int index, const transfer::UploadResult &result);
    void abortUploadsFromCheckpoints();
    void submit();
    void onSubmitted(aws::AwsCall *call);
    void monitor();
    void onTrackerChanged(const QString &jobId);
    void finishSteps();
    void registerImage();
    void tagResources();
    void deleteObjects();

    // Runs `call` and hands it to `done` once it finished (at once if it already has).
    void whenFinished(aws::AwsCall *call, std::function<void(aws::AwsCall *)> done);
    std::optional<ImportSettings> settings(QString *error) const;
    QString checkpointPath(int disk) const;
    void save(const JobRecord &job);
    void setState(JobRecord::State state);
    void fail(JobRecord::State step, const QString &error, const QString &fix = {});
    // `leftInS3`: what the cancel could not clean up (an upload S3 did not abort), kept on the
    // job as its error with the command that finishes the cleanup.
    void endCancelled(const QString &leftInS3 = {}, const QString &cleanup = {});

    QString m_id;
    QPointer<JobStore> m_store;
    QPointer<JobTracker> m_tracker;
    QPointer<aws::AwsClient> m_client;
    Timing m_timing;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<transfer::MultipartUpload> m_upload;
    int m_uploadingDisk = -1;
    bool m_freshUpload = false;    // a retry after the source file changed: upload from the start
    QStringList m_abortsTried;     // checkpoints this cancel already tried to abort
    QStringList m_abortsFailed;    // ... and what S3 answered for those it did not abort
    QStringList m_abortCommands;   // ... and the AWS CLI commands that abort them
    QPointer<aws::AwsCall> m_call; // the AWS call of the current step
    QTimer m_submitRetry;
    bool m_running = false; // a step is under way (guards against starting one twice)
};

} // namespace vmi::import
