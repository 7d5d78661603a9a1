#include "import/ImportJob.h"

#include "aws/AwsClient.h"
#include "import/ClientToken.h"
#include "import/DiskInspection.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "import/SubmittedRequest.h"
#include "models/ImportFailureAdvice.h"
#include "models/ProfileJson.h"
#include "models/RequestJson.h"
#include "models/RequestReader.h"
#include "models/Validator.h"
#include "transfer/FileIdentity.h"
#include "transfer/UploadCheckpoint.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLockFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vmi::import {

namespace {

// The AWS CLI command that aborts a multipart upload a cancel could not abort itself: until
// then its parts stay billed in S3.
QString abortCommand(const QString &bucket, const QString &key, const QString &uploadId)
{
    return ImportJob::tr(
               "Abort it when S3 can be reached again: aws s3api abort-multipart-upload --bucket %1 "
               "--key %2 --upload-id %3")
        .arg(SubmittedRequest::shellQuote(bucket), SubmittedRequest::shellQuote(key),
             SubmittedRequest::shellQuote(uploadId));
}

using State = JobRecord::State;

// Errors after which AWS may or may not have made the task: send the same request again
// (same ClientToken) later. Throttling made nothing, but waiting is the answer to it too.
bool outcomeUnknown(const aws::AwsError &error)
{
    switch (error.kind) {
    case aws::AwsError::Kind::Network:
    case aws::AwsError::Kind::Timeout:
    case aws::AwsError::Kind::Parse:
        return true;
    case aws::AwsError::Kind::Service:
        return error.httpStatus >= 500 || error.isThrottling();
    default:
        return false;
    }
}

QString errorsText(const QList<Diagnostic> &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.field.isEmpty() ? error.message : error.field + u": "_s + error.message);
    return lines.join(u'\n');
}

} // namespace

ImportJob::ImportJob(const QString &jobId, JobStore *store, JobTracker *tracker, aws::AwsClient *client,
                     QObject *parent)
    : QObject(parent)
    , m_id(jobId)
    , m_store(store)
    , m_tracker(tracker)
    , m_client(client)
{
    m_submitRetry.setSingleShot(true);
    connect(&m_submitRetry, &QTimer::timeout, this, &ImportJob::submit);
    if (m_tracker)
        connect(m_tracker, &JobTracker::jobChanged, this, &ImportJob::onTrackerChanged);
}

ImportJob::~ImportJob()
{
    // Parts in flight are abandoned, not aborted: the checkpoint lets the next run go on.
    if (m_upload)
        m_upload->pause();
    if (m_call && !m_call->isFinished()) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

bool ImportJob::acquire(QString *error)
{
    const QString lockPath = QDir(m_store->directory()).filePath(m_id + u".lock"_s);
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Never stale by age (an import runs for hours); a lock whose process died is stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        if (error)
            *error = lock->error() == QLockFile::LockFailedError
                         ? tr("Job %1 is being run by another process (%2, process %3).")
                               .arg(m_id, application.isEmpty() ? tr("unknown") : application)
                               .arg(pid)
                         : tr("Cannot lock job %1 in %2.").arg(m_id, m_store->directory());
        return false;
    }
    // QLockFile makes it readable by all; like every file of the app it is the user's alone.
    QFile::setPermissions(lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lock = std::move(lock);
    return true;
}

JobRecord ImportJob::record() const
{
    return m_store ? m_store->job(m_id) : JobRecord();
}

bool ImportJob::isPaused() const
{
    return record().paused;
}

transfer::UploadProgress ImportJob::uploadProgress() const
{
    return m_upload ? m_upload->progress() : transfer::UploadProgress();
}

std::optional<ImportSettings> ImportJob::settings(QString *error) const
{
    const JobRecord job = record();
    if (job.settings.isEmpty()) {
        *error = tr("The job has no import settings (it was made outside the import pipeline).");
        return std::nullopt;
    }
    const ProfileJson::Read read = ProfileJson::read(job.settings);
    if (!read.profile) {
        *error = tr("The job's settings cannot be read:\n%1").arg(errorsText(read.errors));
        return std::nullopt;
    }
    return read.profile->settings;
}

QString ImportJob::checkpointPath(int disk) const
{
    return QDir(m_store->directory()).filePath(u"uploads/%1-disk%2.json"_s.arg(m_id).arg(disk));
}

void ImportJob::save(const JobRecord &job)
{
    QString error;
    if (!m_store->save(job, &error))
        Q_EMIT notice(m_id, tr("The job could not be saved: %1").arg(error));
    Q_EMIT changed(m_id);
}

void ImportJob::setState(JobRecord::State state)
{
    JobRecord job = record();
    job.state = state;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    save(job);
}

void ImportJob::fail(JobRecord::State step, const QString &error, const QString &fix)
{
    m_running = false;
    JobRecord job = record();
    if (job.isFinished())
        return; // a cancel got there first: it stays cancelled
    job.state = State::Failed;
    job.failedIn = step;
    job.error = error;
    job.fix = fix;
    job.finishedAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    save(job);
    Q_EMIT finished(m_id);
}

void ImportJob::endCancelled(const QString &leftInS3, const QString &cleanup)
{
    m_running = false;
    m_submitRetry.stop();
    JobRecord job = record();
    if (job.isFinished())
        return;
    job.state = State::Cancelled;
    job.cancelRequested = true;
    if (!leftInS3.isEmpty()) {
        job.error = leftInS3;
        job.fix = cleanup;
    }
    job.finishedAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    save(job);
    Q_EMIT finished(m_id);
}

void ImportJob::whenFinished(aws::AwsCall *call, std::function<void(aws::AwsCall *)> done)
{
    m_call = call;
    if (call->isFinished()) {
        done(call);
        return;
    }
    connect(call, &aws::AwsCall::finished, this, [this, call, done = std::move(done)] {
        // Ended because the client went away (the app quits): stop, record nothing, so the
        // next start goes on from the saved state instead of a failure.
        if (call->error().kind == aws::AwsError::Kind::Cancelled) {
            m_running = false;
            return;
        }
        done(call);
    });
}

void ImportJob::start()
{
    if (m_running || !m_store || record().isFinished())
        return;
    runStep();
}

void ImportJob::runStep()
{
    m_running = true;
    switch (record().state) {
    case State::Inspecting:
        inspect();
        break;
    case State::Uploading:
        uploadNext();
        break;
    case State::Submitting:
        submit();
        break;
    case State::Monitoring:
        monitor();
        break;
    case State::Finishing:
        finishSteps();
        break;
    case State::Completed:
    case State::Failed:
    case State::Cancelled:
        m_running = false;
        break;
    }
}

// --- inspecting ---------------------------------------------------------------------------

void ImportJob::inspect()
{
    QString error;
    const std::optional<ImportSettings> importSettings = settings(&error);
    if (!importSettings) {
        fail(State::Inspecting, error);
        return;
    }
    // Reading headers of possibly slow disks: off this thread.
    auto *watcher = new QFutureWatcher<QList<Diagnostic>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onInspected(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([copy = *importSettings]() mutable {
        QList<Diagnostic> diagnostics;
        const QMap<qsizetype, InspectedDisk> inspected = inspectLocalFiles(copy, QDir::root(), diagnostics);
        diagnostics += Validator::validate(copy, inspected);
        return diagnostics;
    }));
}

void ImportJob::onInspected(const QList<Diagnostic> &diagnostics)
{
    if (record().state != State::Inspecting || record().cancelRequested)
        return; // cancelled meanwhile
    QList<Diagnostic> errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            errors.append(diagnostic);
    }
    if (!errors.isEmpty()) {
        fail(State::Inspecting, tr("The import settings have errors:\n%1").arg(errorsText(errors)),
             errors.constFirst().hint.isEmpty() ? tr("Fix the settings and start a new import.")
                                                : errors.constFirst().hint);
        return;
    }
    QString error;
    const std::optional<ImportSettings> importSettings = settings(&error);
    if (!importSettings) {
        fail(State::Inspecting, error);
        return;
    }
    JobRecord job = record();
    if (job.uploads.isEmpty()) {
        const QStringList &files = importSettings->upload.localFiles;
        for (qsizetype i = 0; i < files.size() && i < diskCount(*importSettings); ++i) {
            if (files[i].isEmpty())
                continue;
            const UploadTarget target = uploadTarget(*importSettings, i);
            job.uploads.append({int(i), files[i], target.bucket, target.key, false, false});
        }
    }
    job.state = State::Uploading;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    save(job);
    uploadNext();
}

// --- uploading ----------------------------------------------------------------------------

void ImportJob::uploadNext()
{
    const JobRecord job = record();
    if (job.state != State::Uploading)
        return;
    if (job.paused) {
        m_running = false; // resume() goes on
        return;
    }
    qsizetype index = 0;
    while (index < job.uploads.size() && job.uploads[index].uploaded)
        ++index;
    if (index == job.uploads.size()) {
        setState(State::Submitting);
        submit();
        return;
    }
    // A file that changed since its upload was interrupted must not be finished with parts of
    // the old content; the identity (size, mtime, sample hash) reads the file: off this thread.
    const QString path = checkpointPath(job.uploads[index].disk);
    const QString file = job.uploads[index].localFile;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        const QString difference = watcher->result();
        if (record().state != State::Uploading || record().cancelRequested)
            return;
        if (record().paused) {
            m_running = false; // paused while the file was checked: resume() goes on
            return;
        }
        if (difference.isEmpty() || m_freshUpload) {
            startUpload(int(index), difference.isEmpty());
            return;
        }
        fail(State::Uploading,
             tr("%1 changed since its upload was interrupted (%2): the parts in S3 no longer fit it.")
                 .arg(record().uploads[index].localFile, difference),
             tr("Retry to upload the file again from the start."));
    });
    watcher->setFuture(QtConcurrent::run([path, file] {
        QString error;
        const std::optional<transfer::UploadCheckpoint> checkpoint =
            transfer::CheckpointStore::load(path, &error);
        if (!checkpoint)
            return QString();
        const std::optional<transfer::FileIdentity> identity = transfer::FileIdentity::of(file, &error);
        return identity ? identity->differenceFrom(checkpoint->file) : QString();
    }));
}

void ImportJob::startUpload(int index, bool resume)
{
    QString error;
    const std::optional<ImportSettings> importSettings = settings(&error);
    if (!importSettings) {
        fail(State::Uploading, error);
        return;
    }
    const JobRecord::DiskUpload target = record().uploads[index];
    transfer::UploadOptions options;
    options.filePath = target.localFile;
    options.bucket = target.bucket;
    options.key = target.key;
    options.partSize = importSettings->upload.partSize;
    if (importSettings->upload.concurrency > 0)
        options.concurrency =
            qMin(importSettings->upload.concurrency, transfer::UploadOptions::MaxConcurrency);
    options.maxBandwidth = importSettings->upload.maxBandwidth;
    options.storageClass = importSettings->upload.storageClass;
    options.serverSideEncryption = importSettings->upload.serverSideEncryption;
    options.sseKmsKeyId = importSettings->upload.sseKmsKeyId;
    options.resume = resume;
    options.checkpointPath = checkpointPath(target.disk);

    m_uploadingDisk = target.disk;
    m_upload = std::make_unique<transfer::MultipartUpload>(m_client, options);
    connect(m_upload.get(), &transfer::MultipartUpload::progressChanged, this,
            [this](const transfer::UploadProgress &progress) {
                Q_EMIT uploadProgressChanged(m_id, m_uploadingDisk, progress);
            });
    // A pause asked for while the upload was still preparing (hashing the parts S3 already
    // has can take minutes) takes effect as soon as sending starts.
    connect(m_upload.get(), &transfer::MultipartUpload::stateChanged, this,
            [this](transfer::MultipartUpload::State state) {
                if (state == transfer::MultipartUpload::State::Uploading && record().paused && m_upload)
                    m_upload->pause();
            });
    connect(m_upload.get(), &transfer::MultipartUpload::notice, this,
            [this](const QString &text) { Q_EMIT notice(m_id, text); });
    connect(m_upload.get(), &transfer::MultipartUpload::finished, this,
            [this, index](const transfer::UploadResult &result) { onUploadFinished(index, result); });
    Q_EMIT notice(m_id, tr("Uploading %1 to s3://%2/%3").arg(target.localFile, target.bucket, target.key));
    m_upload->start();
}

void ImportJob::onUploadFinished(int index, const transfer::UploadResult &result)
{
    // Emitted by the upload itself: delete it once it has returned.
    m_upload.release()->deleteLater();
    m_uploadingDisk = -1;
    switch (result.outcome) {
    case transfer::UploadResult::Outcome::Completed:
    case transfer::UploadResult::Outcome::Skipped: {
        JobRecord job = record();
        job.uploads[index].uploaded = true;
        job.updatedAt = QDateTime::currentDateTimeUtc();
        save(job);
        if (result.outcome == transfer::UploadResult::Outcome::Skipped)
            Q_EMIT notice(
                m_id,
                tr("%1 is already in S3, unchanged: not uploaded again.").arg(job.uploads[index].localFile));
        m_freshUpload = false;
        uploadNext();
        return;
    }
    case transfer::UploadResult::Outcome::Cancelled:
        if (result.error.isError()) {
            // The checkpoint stays, so a later cancel from it can try the abort again.
            const JobRecord::DiskUpload &upload = record().uploads[index];
            endCancelled(result.message, abortCommand(upload.bucket, upload.key, result.uploadId));
        } else {
            endCancelled();
        }
        return;
    case transfer::UploadResult::Outcome::Failed:
        fail(State::Uploading, result.message,
             result.resumable ? tr("Retry to go on with the upload where it stopped.") : QString());
        return;
    }
}

void ImportJob::abortUploadsFromCheckpoints()
{
    // The uploads of an earlier run that nothing drives now: abort each from its checkpoint.
    const JobRecord job = record();
    for (const JobRecord::DiskUpload &upload : job.uploads) {
        if (upload.uploaded)
            continue;
        const QString path = checkpointPath(upload.disk);
        if (m_abortsTried.contains(path))
            continue; // tried once in this cancel; a failure stays on the job
        QString error;
        const std::optional<transfer::UploadCheckpoint> checkpoint =
            transfer::CheckpointStore::load(path, &error);
        if (!checkpoint || checkpoint->uploadId.isEmpty())
            continue;
        m_abortsTried.append(path);
        aws::AwsCall *call = m_client->call(aws::AwsService::S3, u"AbortMultipartUpload"_s,
                                            {{u"Bucket"_s, checkpoint->bucket},
                                             {u"Key"_s, checkpoint->key},
                                             {u"UploadId"_s, checkpoint->uploadId}});
        const QString command = abortCommand(checkpoint->bucket, checkpoint->key, checkpoint->uploadId);
        whenFinished(call, [this, path, command](aws::AwsCall *done) {
            if (!done->error().isError() || done->error().code == u"NoSuchUpload") {
                transfer::CheckpointStore::remove(path);
            } else {
                const QString text =
                    tr("The interrupted upload could not be aborted: %1").arg(done->error().toCliText());
                Q_EMIT notice(m_id, text);
                m_abortsFailed.append(text);
                m_abortCommands.append(command);
            }
            abortUploadsFromCheckpoints();
        });
        return;
    }
    m_abortsTried.clear();
    const QString failed = m_abortsFailed.join(u'\n');
    const QString commands = m_abortCommands.join(u'\n');
    m_abortsFailed.clear();
    m_abortCommands.clear();
    if (failed.isEmpty())
        endCancelled();
    else
        endCancelled(failed, commands);
}

// --- submitting ---------------------------------------------------------------------------

void ImportJob::submit()
{
    if (m_call && !m_call->isFinished())
        return;
    QString error;
    const std::optional<ImportSettings> importSettings = settings(&error);
    if (!importSettings) {
        fail(State::Submitting, error);
        return;
    }
    JobRecord job = record();
    ImportSettings resolved = SubmittedRequest::resolve(*importSettings);
    const bool imageBuilder = job.operation == ImportOperation::ImportDiskImage;
    if (imageBuilder)
        resolved.imageBuilder.clientToken = job.clientToken;
    else
        resolved.ec2.clientToken = job.clientToken;
    const QJsonObject request = RequestJson::write(resolved);
    // Saved before the call: if the app dies before the answer, the next run sends it again
    // with the same token instead of wondering whether it went out.
    job.request = request;
    job.state = State::Submitting;
    job.submitOutcome = JobRecord::SubmitOutcome::Unknown;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    save(job);
    whenFinished(m_client->call(imageBuilder ? aws::AwsService::ImageBuilder : aws::AwsService::Ec2,
                                apiName(job.operation), request),
                 [this](aws::AwsCall *call) { onSubmitted(call); });
}

void ImportJob::onSubmitted(aws::AwsCall *call)
{
    const aws::AwsError error = call->error();
    JobRecord job = record();
    if (job.isFinished() || error.kind == aws::AwsError::Kind::Cancelled)
        return;
    if (!error.isError()) {
        const bool imageBuilder = job.operation == ImportOperation::ImportDiskImage;
        job.taskId = call->output()[imageBuilder ? u"imageBuildVersionArn" : u"ImportTaskId"].toString();
        job.submitOutcome = JobRecord::SubmitOutcome::Accepted;
        job.state = State::Monitoring;
        job.updatedAt = QDateTime::currentDateTimeUtc();
        save(job);
        Q_EMIT notice(m_id, tr("AWS accepted the import: task %1").arg(job.taskId));
        monitor(); // also while it is cancelled: the monitor sees it end
        if (job.cancelRequested)
            m_tracker->cancel(m_id);
        return;
    }
    if (outcomeUnknown(error)) {
        Q_EMIT notice(
            m_id, tr("No answer to the import request (%1); sending it again with the same "
                     "ClientToken in %2 s, so AWS returns the task it may already have made.")
                      .arg(error.toCliText())
                      .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timing.submitRetry).count()));
        m_submitRetry.start(m_timing.submitRetry);
        return;
    }
    // AWS refused the request: no task was made.
    job.submitOutcome = JobRecord::SubmitOutcome::None;
    m_store->save(job);
    if (job.cancelRequested) {
        endCancelled();
        return;
    }
    fail(State::Submitting, error.toCliText(), importFailureFix(error.message));
}

// --- monitoring ---------------------------------------------------------------------------

void ImportJob::monitor()
{
    if (m_tracker)
        m_tracker->track(m_id);
}

void ImportJob::onTrackerChanged(const QString &jobId)
{
    if (jobId != m_id)
        return;
    Q_EMIT changed(m_id);
    const JobRecord job = record();
    if (job.state == State::Finishing) {
        finishSteps();
    } else if (job.isFinished()) {
        m_running = false;
        Q_EMIT finished(m_id);
    }
}

// --- finishing ----------------------------------------------------------------------------

void ImportJob::finishSteps()
{
    if (m_call && !m_call->isFinished())
        return;
    QString error;
    const std::optional<ImportSettings> importSettings = settings(&error);
    if (!importSettings) {
        fail(State::Finishing, error);
        return;
    }
    const AfterImportSettings &after = importSettings->afterImport;
    JobRecord job = record();
    if (after.registerImage && job.operation == ImportOperation::ImportSnapshot &&
        !job.afterImportDone.imageRegistered) {
        registerImage();
        return;
    }
    if (after.tagImageAndSnapshots && !job.afterImportDone.tagged) {
        tagResources();
        return;
    }
    if (after.deleteUploadedObjects && !job.afterImportDone.objectsDeleted) {
        deleteObjects();
        return;
    }
    m_running = false;
    job.state = State::Completed;
    job.finishedAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    save(job);
    Q_EMIT finished(m_id);
}

void ImportJob::registerImage()
{
    QString error;
    const RegisterImageSettings image = *settings(&error)->afterImport.registerImage;
    const JobRecord imported = record();
    if (imported.snapshotIds.isEmpty()) {
        fail(State::Finishing, tr("The snapshot import reported no snapshot to register an AMI from."));
        return;
    }
    const QString snapshotId = imported.snapshotIds.constFirst();
    const QString name = image.name.value_or(QString());
    // RegisterImage has no idempotency token: look for the AMI a run that died after
    // registering it made, before making another.
    const QJsonObject lookup{
        {u"Owners"_s, QJsonArray{u"self"_s}},
        {u"Filters"_s, QJsonArray{QJsonObject{{u"Name"_s, u"name"_s}, {u"Values"_s, QJsonArray{name}}}}}};
    whenFinished(
        m_client->call(aws::AwsService::Ec2, u"DescribeImages"_s, lookup),
        [this, image, snapshotId, name](aws::AwsCall *found) {
            if (found->error().isError()) {
                fail(State::Finishing, found->error().toCliText());
                return;
            }
            const QJsonArray images = found->output()[u"Images"].toArray();
            if (!images.isEmpty()) {
                const QJsonObject existing = images.first().toObject();
                const QJsonArray mappings = existing[u"BlockDeviceMappings"].toArray();
                const bool ours = mappings.isEmpty() ||
                                  std::any_of(mappings.begin(), mappings.end(), [&](const QJsonValue &m) {
                                      return m[u"Ebs"][u"SnapshotId"].toString() == snapshotId;
                                  });
                if (!ours) {
                    fail(State::Finishing,
                         tr("An AMI named \"%1\" already exists (%2), made from another snapshot.")
                             .arg(name, existing[u"ImageId"].toString()),
                         tr("Retry after renaming or deregistering that AMI; the snapshot %1 is kept.")
                             .arg(snapshotId));
                    return;
                }
                JobRecord job = record();
                job.imageId = existing[u"ImageId"].toString();
                job.afterImportDone.imageRegistered = true;
                save(job);
                finishSteps();
                return;
            }
            QJsonObject ebs{{u"SnapshotId"_s, snapshotId}, {u"DeleteOnTermination"_s, true}};
            if (image.volumeType)
                ebs.insert(u"VolumeType"_s, *image.volumeType);
            const QString rootDevice = image.rootDeviceName.value_or(u"/dev/xvda"_s);
            QJsonObject request{{u"Name"_s, name},
                                {u"RootDeviceName"_s, rootDevice},
                                {u"VirtualizationType"_s, u"hvm"_s},
                                {u"BlockDeviceMappings"_s,
                                 QJsonArray{QJsonObject{{u"DeviceName"_s, rootDevice}, {u"Ebs"_s, ebs}}}}};
            putString(request, u"Description"_s, image.description);
            putString(request, u"Architecture"_s, image.architecture);
            putString(request, u"BootMode"_s, image.bootMode);
            putString(request, u"ImdsSupport"_s, image.imdsSupport);
            putString(request, u"TpmSupport"_s, image.tpmSupport);
            putBool(request, u"EnaSupport"_s, image.enaSupport);
            whenFinished(m_client->call(aws::AwsService::Ec2, u"RegisterImage"_s, request),
                         [this](aws::AwsCall *registered) {
                             if (registered->error().isError()) {
                                 fail(State::Finishing, registered->error().toCliText(),
                                      tr("Fix the AMI settings and retry; the snapshot is kept."));
                                 return;
                             }
                             JobRecord job = record();
                             job.imageId = registered->output()[u"ImageId"].toString();
                             job.afterImportDone.imageRegistered = true;
                             save(job);
                             Q_EMIT notice(m_id, tr("Registered %1 from the snapshot.").arg(job.imageId));
                             finishSteps();
                         });
        });
}

void ImportJob::tagResources()
{
    QString error;
    const ImportSettings importSettings = *settings(&error);
    const JobRecord job = record();
    QJsonArray tags;
    for (const TagSpecification &specification : importSettings.ec2.tagSpecifications) {
        for (const Tag &tag : specification.tags)
            tags.append(QJsonObject{{u"Key"_s, tag.key.value_or(QString())},
                                    {u"Value"_s, tag.value.value_or(QString())}});
    }
    QJsonArray resources;
    if (!job.imageId.isEmpty())
        resources.append(job.imageId);
    for (const QString &snapshot : job.snapshotIds)
        resources.append(snapshot);
    auto done = [this] {
        JobRecord tagged = record();
        tagged.afterImportDone.tagged = true;
        save(tagged);
        finishSteps();
    };
    if (tags.isEmpty() || resources.isEmpty()) {
        done();
        return;
    }
    whenFinished(m_client->call(aws::AwsService::Ec2, u"CreateTags"_s,
                                {{u"Resources"_s, resources}, {u"Tags"_s, tags}}),
                 [this, done](aws::AwsCall *call) {
                     if (call->error().isError()) {
                         fail(State::Finishing, call->error().toCliText(),
                              tr("Retry to tag the AMI and its snapshots; the import itself completed."));
                         return;
                     }
                     done();
                 });
}

void ImportJob::deleteObjects()
{
    JobRecord job = record();
    for (qsizetype i = 0; i < job.uploads.size(); ++i) {
        const JobRecord::DiskUpload &upload = job.uploads[i];
        if (!upload.uploaded || upload.deleted)
            continue;
        whenFinished(m_client->call(aws::AwsService::S3, u"DeleteObject"_s,
                                    {{u"Bucket"_s, upload.bucket}, {u"Key"_s, upload.key}}),
                     [this, i](aws::AwsCall *call) {
                         if (call->error().isError() && call->error().code != u"NoSuchKey") {
                             fail(State::Finishing, call->error().toCliText(),
                                  tr("Retry to delete the uploaded objects; the import itself completed."));
                             return;
                         }
                         JobRecord deleted = record();
                         deleted.uploads[i].deleted = true;
                         save(deleted);
                         deleteObjects();
                     });
        return;
    }
    job.afterImportDone.objectsDeleted = true;
    save(job);
    finishSteps();
}

// --- user actions -------------------------------------------------------------------------

void ImportJob::pause()
{
    JobRecord job = record();
    if (job.isFinished() || job.paused || (job.state != State::Uploading && job.state != State::Inspecting))
        return;
    job.paused = true;
    save(job);
    if (m_upload)
        m_upload->pause();
}

void ImportJob::resume()
{
    JobRecord job = record();
    if (!job.paused)
        return;
    job.paused = false;
    save(job);
    if (m_upload)
        m_upload->resume();
    else if (!m_running)
        runStep(); // a step in flight (a file check) sees the flag itself
}

void ImportJob::cancel()
{
    JobRecord job = record();
    if (job.isFinished())
        return;
    switch (job.state) {
    case State::Inspecting:
    case State::Uploading:
        job.cancelRequested = true;
        save(job);
        if (m_upload)
            m_upload->cancel(); // aborts the multipart upload; finished(Cancelled) follows
        else
            abortUploadsFromCheckpoints();
        return;
    case State::Submitting:
        job.cancelRequested = true;
        save(job);
        if (m_call && !m_call->isFinished())
            return; // onSubmitted() cancels the task it learns of
        if (job.submitOutcome == JobRecord::SubmitOutcome::Unknown) {
            // The task may exist: the same request again tells its id, which is then cancelled.
            m_submitRetry.stop();
            submit();
            return;
        }
        endCancelled();
        return;
    case State::Monitoring:
        m_tracker->cancel(m_id);
        return;
    case State::Finishing:
        Q_EMIT notice(m_id, tr("The import has completed; only the steps after it are left to run."));
        return;
    case State::Completed:
    case State::Failed:
    case State::Cancelled:
        return;
    }
}

bool ImportJob::retry(QString *error)
{
    JobRecord job = record();
    if (job.state != State::Failed) {
        if (error)
            *error = tr("Job %1 has not failed (%2).").arg(m_id, stateName(job.state));
        return false;
    }
    job.error.clear();
    job.fix.clear();
    job.finishedAt = QDateTime();
    job.updatedAt = QDateTime::currentDateTimeUtc();
    switch (job.failedIn) {
    case State::Inspecting:
    case State::Uploading:
        // A changed source file is uploaded again from the start this time.
        m_freshUpload = true;
        job.state = State::Inspecting;
        break;
    case State::Submitting:
        job.state = State::Submitting; // same ClientToken: AWS refused it, so it made nothing
        break;
    case State::Monitoring:
        // The task failed in AWS: a new import of the same objects, with a token of its own.
        job.history.append({job.updatedAt, u"retry"_s, tr("A new import of the same disks."), -1});
        job.clientToken = ClientToken::generate();
        job.taskId.clear();
        job.lastStatus = TaskStatus();
        job.imageId.clear();
        job.snapshotIds.clear();
        job.cancelRequested = false;
        job.submitOutcome = JobRecord::SubmitOutcome::None;
        job.state = State::Submitting;
        break;
    case State::Finishing:
    case State::Completed:
    case State::Failed:
    case State::Cancelled:
        job.state = State::Finishing;
        break;
    }
    save(job);
    m_running = false;
    start();
    return true;
}

} // namespace vmi::import
