#pragma once

#include "aws/AwsError.h"
#include "transfer/BandwidthLimiter.h"
#include "transfer/FileIdentity.h"
#include "transfer/PartHasher.h"
#include "transfer/PartPlan.h"
#include "transfer/PartScheduler.h"
#include "transfer/PartSender.h"
#include "transfer/RateEstimator.h"
#include "transfer/UploadCheckpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QDateTime)

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::transfer {

class OrphanedUploadSweep;

// How UploadPart bodies are protected. Over HTTPS TLS already guards the bytes, so the body
// goes unsigned and S3 checks the part's CRC-32C; over plain HTTP the signature covers the
// body's SHA-256 as well.
enum class PayloadSigning
{
    Auto,     // by the endpoint's scheme
    Signed,   // SHA-256 of every part in the signature (+ CRC-32C)
    Unsigned, // UNSIGNED-PAYLOAD + CRC-32C
};

struct UploadOptions
{
    static constexpr int DefaultConcurrency = 8; // 4 per sender thread: measured best on the benchmark sink
    // Each sender thread has a QNetworkAccessManager, which opens 6 connections per host at most.
    static constexpr int SenderThreads = 2;
    static constexpr int MaxConcurrency = 6 * SenderThreads;

    QString filePath;
    QString bucket;
    QString key;
    qint64 partSize = 0; // 0: chosen from the file size (PartPlan)
    int concurrency = DefaultConcurrency;
    qint64 maxBandwidth = 0; // bytes per second; 0: no limit
    // Continue the upload this file's checkpoint describes. Without it an old checkpoint's
    // upload is aborted and the file is sent again.
    bool resume = false;
    PayloadSigning payloadSigning = PayloadSigning::Auto;
    // UploadPart calls per part before the upload fails (each call also has the client's own
    // retries): parts are idempotent, so they get more chances than other calls.
    int maxPartAttempts = 6;
    int partBackoffMs = 1000;    // first wait before a part's next call; doubles, capped at 20 s
    bool skipIfUnchanged = true; // HeadObject first: same size and our metadata -> nothing to do
    QString checkpointPath;      // empty: CheckpointStore::pathFor(...)
    // How S3 stores the object (CreateMultipartUpload's members); empty: the bucket's default.
    QString storageClass;         // StorageClass: STANDARD, INTELLIGENT_TIERING, ...
    QString serverSideEncryption; // ServerSideEncryption: AES256, aws:kms, aws:kms:dsse
    QString sseKmsKeyId;          // SSEKMSKeyId, with aws:kms and aws:kms:dsse
};

struct UploadProgress
{
    qint64 totalBytes = 0;
    qint64 confirmedBytes = 0;   // parts S3 confirmed, including parts of an earlier run
    qint64 inFlightBytes = 0;    // sent of the parts in flight
    qint64 sessionBytesSent = 0; // body bytes this run sent, retries included
    double bytesPerSecond = 0;   // smoothed
    qint64 etaSeconds = -1;      // -1 while unknown
    int partCount = 0;
    int partsDone = 0;
    int partsInFlight = 0;

    qint64 transferredBytes() const { return confirmedBytes + inFlightBytes; }
};

struct UploadResult
{
    enum class Outcome
    {
        Completed,
        Skipped, // the object was already there, unchanged
        Cancelled,
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    QString message;     // why it failed, for the user
    aws::AwsError error; // the AWS error behind a failure, when there was one
    QString uploadId;
    QByteArray etag;
    QByteArray checksumCrc32c; // S3's (composite) checksum of the object
    qint64 bytesSent = 0;      // body bytes this run sent, retries included
    int partsSent = 0;         // parts this run uploaded
    int partsReused = 0;       // parts S3 already had from an interrupted run
    bool resumable = false;    // a checkpoint was kept: --resume continues it
};

// Uploads one file to S3 as a multipart upload (see the issue "Multipart upload engine"):
// parts checksummed on worker threads and streamed from the file, several in flight, each
// retried on its own, a bandwidth limit, progress with a smoothed rate, pause/resume/cancel,
// and a checkpoint that lets a later run continue after a crash.
//
// The control calls (HeadObject, Create/Complete/AbortMultipartUpload, ListParts) run on the
// owning thread through the AwsClient; UploadPart calls on two PartSender threads with clients
// of their own (same config, credentials asked from the AwsClient's provider); part reads and
// checksums on a thread pool. Signals and callbacks all arrive on the owning thread.
class MultipartUpload : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Preparing, // identity, checkpoint, HeadObject, CreateMultipartUpload / ListParts
        Uploading,
        Paused,
        Completing,
        Cancelling,
        Finished,
    };
    Q_ENUM(State)

    MultipartUpload(aws::AwsClient *client, UploadOptions options, QObject *parent = nullptr);
    ~MultipartUpload() override;

    void start();
    // Stops sending (parts in flight are abandoned and sent again on resume); the checkpoint
    // is written.
    void pause();
    void resume();
    // Aborts the multipart upload in S3 and forgets the checkpoint; finished() follows.
    void cancel();

    State state() const { return m_state; }
    const UploadProgress &progress() const { return m_progress; }
    const PartPlan &plan() const { return m_plan; }
    const UploadOptions &options() const { return m_options; }
    QString checkpointPath() const { return m_checkpointPath; }
    bool isSignedPayload() const { return m_signedPayload; }
    PartState partState(int partNumber) const;

Q_SIGNALS:
    void stateChanged(vmi::transfer::MultipartUpload::State state);
    void progressChanged(const vmi::transfer::UploadProgress &progress);
    void partStateChanged(int partNumber, vmi::transfer::PartState state);
    // A note for the user ("resuming: 12 of 40 parts are in S3 already").
    void notice(const QString &text);
    void finished(const vmi::transfer::UploadResult &result);

private:
    struct ActivePart;

    void setState(State state);
    void onIdentity(const std::optional<FileIdentity> &identity, const QString &error);
    void startFresh();
    void checkExistingObject();
    void createUpload();
    // CreateMultipartUpload was sent more than once: aborts the uploads lost answers started.
    void sweepOrphanedUploads(const QDateTime &firstAttempt);
    QJsonObject createInput(const QJsonObject &metadata) const;
    void listParts(const QString &marker);
    void reconcile();
    void onVerified(int partNumber, const PartDigest &digest);
    void beginUploading();

    void pump();
    void startHash(int partNumber);
    void onHashed(int partNumber, const PartDigest &digest);
    void sendPart(int partNumber);
    void onPartProgress(quint64 token, qint64 sent);
    void onPartFinished(quint64 token, const PartSender::Result &result);
    void retryPart(int partNumber, const QString &why);
    void completeUpload();
    void onCompleted(aws::AwsCall *call);
    // S3 no longer knows an upload whose completion may have gone through with its answer
    // lost: HeadObject says whether the object is this file (size and composite CRC-32C).
    void verifyCompletedObject(const aws::AwsError &completeError);
    void abortInFlight();
    // AbortMultipartUpload; `done` gets its error (none when S3 aborted it or never knew it).
    void abortInS3(std::function<void(const aws::AwsError &error)> done);
    // A read failed, S3 refused a part, or the upload is about to complete: when the file's
    // size or modification time changed since the start, ends the upload (Failed, the upload
    // aborted in S3) with a message that says so, and returns true.
    bool failIfSourceChanged();

    void saveCheckpoint();
    void scheduleCheckpointSave();
    void updateProgress();
    void fail(const QString &message, const aws::AwsError &error = {}, bool keepCheckpoint = true);
    void finish(UploadResult result);
    aws::AwsCall *track(aws::AwsCall *call);

    QPointer<aws::AwsClient> m_client;
    UploadOptions m_options;
    State m_state = State::Idle;
    QString m_checkpointPath;
    QString m_endpointName;
    bool m_signedPayload = true;

    FileIdentity m_identity;
    PartPlan m_plan;
    UploadCheckpoint m_checkpoint;
    std::unique_ptr<PartScheduler> m_scheduler;
    QHash<int, ActivePart *> m_active;  // parts hashing, ready, sending or waiting
    QHash<int, CompletedPart> m_listed; // ListParts' answer while resuming
    int m_verifying = 0;
    QList<QPointer<aws::AwsCall>> m_calls; // every call in flight, aborted on cancel
    int m_completeAttempts = 0;
    bool m_completeOutcomeUnknown = false;        // a CompleteMultipartUpload answer was lost
    bool m_relistedParts = false;                 // S3 refused a part list once: ListParts consulted
    std::unique_ptr<OrphanedUploadSweep> m_sweep; // while it runs, before the first part

    QThreadPool m_pool;                                 // reads and hashes parts off the owning thread
    std::vector<std::unique_ptr<PartSender>> m_senders; // UploadPart calls, off the owning thread
    QHash<quint64, int> m_tokens;                       // UploadPart in flight -> part number
    quint64 m_nextToken = 0;
    BandwidthLimiter m_limiter;
    RateEstimator m_rate;
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    QTimer m_saveTimer;
    UploadProgress m_progress;
    qint64 m_reusedBytes = 0;
    int m_partsReused = 0;
    int m_partsSent = 0;
};

} // namespace vmi::transfer

Q_DECLARE_METATYPE(vmi::transfer::UploadProgress)
Q_DECLARE_METATYPE(vmi::transfer::UploadResult)
Q_DECLARE_METATYPE(vmi::transfer::PartState)
