#include "transfer/MultipartUpload.h"

#include "aws/AwsClient.h"
#include "aws/Endpoints.h"
#include "transfer/Crc32c.h"
#include "transfer/FileRangeDevice.h"
#include "transfer/OrphanedUploadSweep.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

namespace vmi::transfer {

namespace {

// Metadata the object carries so a later run can tell it is this file, unchanged.
const QString MetaSample = QStringLiteral("vmimport-sample-sha256");
const QString MetaSize = QStringLiteral("vmimport-size");
const QString MetaModified = QStringLiteral("vmimport-mtime-ms");

QByteArray unquoted(QByteArray etag)
{
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

// S3 states a part's ETag as the MD5 of its bytes (in quotes) unless the bucket encrypts with
// KMS or customer keys; then it is something else, and only the checksum can say.
bool isPlainMd5(const QByteArray &etag)
{
    static const QByteArray hex = "0123456789abcdefABCDEF";
    const QByteArray bare = unquoted(etag);
    return bare.size() == 32 &&
           std::all_of(bare.cbegin(), bare.cend(), [](char c) { return hex.contains(c); });
}

bool isRetryablePartError(const aws::AwsError &error)
{
    using Kind = aws::AwsError::Kind;
    // Network drops, inactivity timeouts, 5xx and throttling: worth another call once the
    // client's own attempts are used up. A 4xx (expired credentials aside) will not change.
    return error.retryable || error.kind == Kind::Network || error.kind == Kind::Timeout ||
           error.httpStatus >= 500 || error.code == u"ExpiredToken" || error.code == u"RequestTimeout" ||
           error.code == u"BadDigest" || error.code == u"ChecksumMismatch";
}

} // namespace

struct MultipartUpload::ActivePart
{
    PartDigest digest;
    bool hashed = false;
    int attempts = 0;
    qint64 sent = 0;
    quint64 token = 0; // the UploadPart in flight, 0 when none
    PartSender *sender = nullptr;
    QTimer *backoff = nullptr; // child of the upload, made on the first retry
    ~ActivePart() { delete backoff; }
};

MultipartUpload::MultipartUpload(aws::AwsClient *client, UploadOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_limiter(m_options.maxBandwidth)
{
    // More would only queue inside QNetworkAccessManager (6 connections per host), where the
    // inactivity timeout already runs for a request that has no connection yet.
    m_options.concurrency = std::clamp(m_options.concurrency, 1, UploadOptions::MaxConcurrency);
    m_options.maxPartAttempts = std::max(1, m_options.maxPartAttempts);
    // Two readers keep up with several connections (SHA-256 runs at over 1 GiB/s per core);
    // more would only compete with the network thread for the CPU.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 2));
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &MultipartUpload::updateProgress);
    // The checkpoint is written at most twice a second; parts finished in between are found
    // again by ListParts on resume.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &MultipartUpload::saveCheckpoint);
}

MultipartUpload::~MultipartUpload()
{
    if (m_state != State::Finished && m_state != State::Idle && !m_checkpoint.uploadId.isEmpty())
        saveCheckpoint();
    m_senders.clear(); // aborts their calls and stops their threads
    for (const QPointer<aws::AwsCall> &call : std::as_const(m_calls)) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->abort();
        }
    }
    qDeleteAll(m_active);
    m_pool.waitForDone();
}

PartState MultipartUpload::partState(int partNumber) const
{
    return m_scheduler ? m_scheduler->state(partNumber) : PartState::Pending;
}

void MultipartUpload::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

aws::AwsCall *MultipartUpload::track(aws::AwsCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    return call;
}

void MultipartUpload::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_client) {
        fail(tr("No AWS client."), {}, false);
        return;
    }
    setState(State::Preparing);
    m_clock.start();
    for (int i = 0; i < UploadOptions::SenderThreads; ++i)
        m_senders.push_back(std::make_unique<PartSender>(
            m_client, QStringLiteral("vmi-upload-%1").arg(i + 1),
            [this](quint64 token, qint64 sent) { onPartProgress(token, sent); },
            [this](quint64 token, const PartSender::Result &result) { onPartFinished(token, result); }));
    const aws::Endpoint endpoint = aws::EndpointResolver::resolve(
        aws::AwsService::S3, m_client->config().region, m_client->config().endpoints);
    m_endpointName = endpoint.custom ? endpoint.url.toString() : QString();
    switch (m_options.payloadSigning) {
    case PayloadSigning::Signed:
        m_signedPayload = true;
        break;
    case PayloadSigning::Unsigned:
        m_signedPayload = false;
        break;
    case PayloadSigning::Auto:
        m_signedPayload = endpoint.url.scheme() != u"https";
        break;
    }
    m_options.filePath = QFileInfo(m_options.filePath).absoluteFilePath();
    if (m_checkpointPath.isEmpty())
        m_checkpointPath = m_options.checkpointPath.isEmpty()
                               ? CheckpointStore::pathFor(m_options.filePath, m_endpointName,
                                                          m_options.bucket, m_options.key)
                               : m_options.checkpointPath;

    // The identity reads a few blocks of the file: on a worker, like every other read.
    auto *watcher = new QFutureWatcher<std::pair<std::optional<FileIdentity>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [identity, error] = watcher->result();
        onIdentity(identity, error);
    });
    const QString path = m_options.filePath;
    watcher->setFuture(QtConcurrent::run(&m_pool, [path] {
        QString error;
        std::optional<FileIdentity> identity = FileIdentity::of(path, &error);
        return std::make_pair(identity, error);
    }));
}

void MultipartUpload::onIdentity(const std::optional<FileIdentity> &identity, const QString &error)
{
    if (m_state != State::Preparing)
        return;
    if (!identity) {
        fail(error, {}, false);
        return;
    }
    m_identity = *identity;

    QString loadError;
    const std::optional<UploadCheckpoint> saved = CheckpointStore::load(m_checkpointPath, &loadError);
    if (!loadError.isEmpty())
        Q_EMIT notice(tr("Ignoring the upload checkpoint: %1").arg(loadError));

    if (saved && m_options.resume) {
        const QString difference = m_identity.differenceFrom(saved->file);
        if (!difference.isEmpty()) {
            fail(tr("Cannot resume: %1 changed since the upload was interrupted (%2). Its parts in S3 "
                    "would not fit the file any more. Run the copy again without --resume to upload it "
                    "from the start.")
                     .arg(m_options.filePath, difference),
                 {}, true);
            return;
        }
        QString planError;
        const std::optional<PartPlan> plan = PartPlan::forFile(m_identity.size, saved->partSize, &planError);
        if (!plan) {
            fail(planError, {}, false);
            return;
        }
        if (m_options.partSize != 0 && m_options.partSize != saved->partSize)
            Q_EMIT notice(
                tr("Resuming with the interrupted upload's part size of %1 bytes.").arg(saved->partSize));
        m_plan = *plan;
        m_checkpoint = *saved;
        m_listed.clear();
        listParts(QString());
        return;
    }
    if (saved) {
        // An interrupted upload the user did not ask to continue: stop S3 billing for its parts.
        Q_EMIT notice(tr("Discarding an interrupted upload of this file (use --resume to continue one)."));
        m_client->call(aws::AwsService::S3, QStringLiteral("AbortMultipartUpload"),
                       {{QStringLiteral("Bucket"), saved->bucket},
                        {QStringLiteral("Key"), saved->key},
                        {QStringLiteral("UploadId"), saved->uploadId}});
        CheckpointStore::remove(m_checkpointPath);
    } else if (m_options.resume) {
        Q_EMIT notice(tr("No interrupted upload of this file to resume: starting a new one."));
    }
    startFresh();
}

void MultipartUpload::startFresh()
{
    QString planError;
    const std::optional<PartPlan> plan = PartPlan::forFile(m_identity.size, m_options.partSize, &planError);
    if (!plan) {
        fail(planError, {}, false);
        return;
    }
    m_plan = *plan;
    m_checkpoint = UploadCheckpoint();
    m_checkpoint.endpoint = m_endpointName;
    m_checkpoint.region = m_client->config().region;
    m_checkpoint.bucket = m_options.bucket;
    m_checkpoint.key = m_options.key;
    m_checkpoint.partSize = m_plan.partSize;
    m_checkpoint.filePath = m_options.filePath;
    m_checkpoint.file = m_identity;
    if (m_options.skipIfUnchanged)
        checkExistingObject();
    else
        createUpload();
}

void MultipartUpload::checkExistingObject()
{
    aws::AwsCall *call = track(m_client->call(
        aws::AwsService::S3, QStringLiteral("HeadObject"),
        {{QStringLiteral("Bucket"), m_options.bucket}, {QStringLiteral("Key"), m_options.key}}));
    connect(call, &aws::AwsCall::finished, this, [this, call] {
        if (m_state != State::Preparing)
            return;
        // Any failure (404, no permission to read) just means: upload it.
        if (!call->error().isError()) {
            const QJsonObject output = call->output();
            const QJsonObject metadata = output.value(QStringLiteral("Metadata")).toObject();
            if (qint64(output.value(QStringLiteral("ContentLength")).toDouble(-1)) == m_identity.size &&
                metadata.value(MetaSize).toString() == QString::number(m_identity.size) &&
                metadata.value(MetaSample).toString().toLatin1() == m_identity.sampleSha256Hex) {
                UploadResult result;
                result.outcome = UploadResult::Outcome::Skipped;
                result.etag = unquoted(output.value(QStringLiteral("ETag")).toString().toLatin1());
                result.message = tr("s3://%1/%2 already holds this file (same size and content samples): "
                                    "nothing to upload.")
                                     .arg(m_options.bucket, m_options.key);
                finish(result);
                return;
            }
        }
        createUpload();
    });
}

QJsonObject MultipartUpload::createInput(const QJsonObject &metadata) const
{
    QJsonObject input{{QStringLiteral("Bucket"), m_options.bucket},
                      {QStringLiteral("Key"), m_options.key},
                      {QStringLiteral("ChecksumAlgorithm"), QStringLiteral("CRC32C")},
                      {QStringLiteral("Metadata"), metadata}};
    if (!m_options.storageClass.isEmpty())
        input.insert(QStringLiteral("StorageClass"), m_options.storageClass);
    if (!m_options.serverSideEncryption.isEmpty())
        input.insert(QStringLiteral("ServerSideEncryption"), m_options.serverSideEncryption);
    if (!m_options.sseKmsKeyId.isEmpty())
        input.insert(QStringLiteral("SSEKMSKeyId"), m_options.sseKmsKeyId);
    return input;
}

void MultipartUpload::createUpload()
{
    const QJsonObject metadata{{MetaSample, QString::fromLatin1(m_identity.sampleSha256Hex)},
                               {MetaSize, QString::number(m_identity.size)},
                               {MetaModified, QString::number(m_identity.modifiedMs)}};
    const QDateTime firstAttempt = QDateTime::currentDateTimeUtc();
    aws::AwsCall *call = track(
        m_client->call(aws::AwsService::S3, QStringLiteral("CreateMultipartUpload"), createInput(metadata)));
    connect(call, &aws::AwsCall::finished, this, [this, call, firstAttempt] {
        if (m_state != State::Preparing)
            return;
        if (call->error().isError()) {
            QString message = call->error().toCliText();
            if (call->attempts() > 1)
                message += u'\n' + tr("An earlier attempt may have started an upload in S3 all the same: "
                                      "`aws s3api list-multipart-uploads --bucket %1 --prefix %2` lists it, "
                                      "and abort-multipart-upload removes it.")
                                       .arg(m_options.bucket, m_options.key);
            fail(message, call->error(), false);
            return;
        }
        m_checkpoint.uploadId = call->output().value(QStringLiteral("UploadId")).toString();
        if (m_checkpoint.uploadId.isEmpty()) {
            fail(tr("S3 started the upload without an upload id."), {}, false);
            return;
        }
        saveCheckpoint();
        m_scheduler = std::make_unique<PartScheduler>(m_plan.partCount);
        if (call->attempts() > 1)
            sweepOrphanedUploads(firstAttempt);
        else
            beginUploading();
    });
}

void MultipartUpload::sweepOrphanedUploads(const QDateTime &firstAttempt)
{
    m_sweep = std::make_unique<OrphanedUploadSweep>(m_client, m_checkpoint.bucket, m_checkpoint.key,
                                                    m_checkpoint.uploadId, firstAttempt);
    connect(m_sweep.get(), &OrphanedUploadSweep::finished, this, [this](int aborted, const QString &problem) {
        m_sweep.release()->deleteLater(); // its finished() is still on the stack
        if (aborted > 0)
            Q_EMIT notice(tr("Aborted %n upload(s) that S3 started for a CreateMultipartUpload attempt whose "
                             "answer was lost.",
                             nullptr, aborted));
        if (!problem.isEmpty())
            Q_EMIT notice(problem);
        if (m_state == State::Preparing)
            beginUploading();
    });
    m_sweep->start();
}

void MultipartUpload::listParts(const QString &marker)
{
    QJsonObject input{{QStringLiteral("Bucket"), m_checkpoint.bucket},
                      {QStringLiteral("Key"), m_checkpoint.key},
                      {QStringLiteral("UploadId"), m_checkpoint.uploadId}};
    if (!marker.isEmpty())
        input.insert(QStringLiteral("PartNumberMarker"), marker);
    aws::AwsCall *call = track(m_client->call(aws::AwsService::S3, QStringLiteral("ListParts"), input));
    connect(call, &aws::AwsCall::finished, this, [this, call] {
        if (m_state != State::Preparing)
            return;
        const aws::AwsError &error = call->error();
        if (error.isError()) {
            if (error.code == u"NoSuchUpload") {
                Q_EMIT notice(tr("The interrupted upload is gone from S3 (aborted or expired): starting "
                                 "a new one."));
                CheckpointStore::remove(m_checkpointPath);
                startFresh();
            } else {
                fail(error.toCliText(), error, true);
            }
            return;
        }
        const QJsonObject output = call->output();
        for (const QJsonValue &value : output.value(QStringLiteral("Parts")).toArray()) {
            const QJsonObject part = value.toObject();
            CompletedPart listed;
            listed.etag = part.value(QStringLiteral("ETag")).toString().toLatin1();
            listed.size = qint64(part.value(QStringLiteral("Size")).toDouble(-1));
            const QByteArray checksum =
                QByteArray::fromBase64(part.value(QStringLiteral("ChecksumCRC32C")).toString().toLatin1());
            // No checksum listed (not every S3 implementation lists one): marked with size -1
            // in crc32c's place below, so the part is matched by its ETag instead.
            listed.crc32c = checksum.size() == 4 ? qFromBigEndian<quint32>(checksum.constData()) : 0;
            if (checksum.size() != 4)
                listed.etag.prepend('!');
            m_listed.insert(part.value(QStringLiteral("PartNumber")).toInt(), listed);
        }
        if (output.value(QStringLiteral("IsTruncated")).toBool()) {
            listParts(output.value(QStringLiteral("NextPartNumberMarker")).toVariant().toString());
            return;
        }
        reconcile();
    });
}

// Which parts S3 really has: a part counts only when its size fits the plan and its checksum
// (or, where S3 lists none, its ETag, the MD5 of the bytes) matches what the file holds now.
void MultipartUpload::reconcile()
{
    QMap<int, CompletedPart> confirmed;
    QList<int> toVerify;
    for (auto it = m_listed.constBegin(); it != m_listed.constEnd(); ++it) {
        const int number = it.key();
        if (number < 1 || number > m_plan.partCount || it->size != m_plan.lengthOf(number))
            continue;
        const bool hasChecksum = !it->etag.startsWith('!');
        const QByteArray etag = hasChecksum ? it->etag : it->etag.mid(1);
        const auto saved = m_checkpoint.parts.constFind(number);
        if (saved != m_checkpoint.parts.constEnd() && unquoted(saved->etag) == unquoted(etag) &&
            (!hasChecksum || saved->crc32c == it->crc32c)) {
            confirmed.insert(number, *saved);
            continue;
        }
        if (hasChecksum || isPlainMd5(etag))
            toVerify.append(number);
    }
    m_checkpoint.parts = confirmed;
    QSet<int> done;
    for (auto it = confirmed.constBegin(); it != confirmed.constEnd(); ++it)
        done.insert(it.key());
    m_scheduler = std::make_unique<PartScheduler>(m_plan.partCount, done);
    if (toVerify.isEmpty()) {
        beginUploading();
        return;
    }
    // Parts S3 finished after the last checkpoint write: read them back to be sure.
    m_verifying = int(toVerify.size());
    for (const int number : std::as_const(toVerify)) {
        auto *watcher = new QFutureWatcher<PartDigest>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, number] {
            watcher->deleteLater();
            onVerified(number, watcher->result());
        });
        const QString path = m_options.filePath;
        const qint64 offset = m_plan.offsetOf(number);
        const qint64 length = m_plan.lengthOf(number);
        watcher->setFuture(QtConcurrent::run(&m_pool, [path, offset, length] {
            return PartHasher::hash(path, offset, length, PartHasher::WithMd5);
        }));
    }
}

void MultipartUpload::onVerified(int partNumber, const PartDigest &digest)
{
    if (m_state != State::Preparing)
        return;
    const CompletedPart listed = m_listed.value(partNumber);
    const bool hasChecksum = !listed.etag.startsWith('!');
    const QByteArray etag = hasChecksum ? listed.etag : listed.etag.mid(1);
    const bool same = digest.error.isEmpty() && (hasChecksum ? listed.crc32c == digest.crc32c
                                                             : unquoted(etag).toLower() == digest.md5Hex);
    if (same) {
        m_checkpoint.parts.insert(partNumber, CompletedPart{etag, digest.crc32c, listed.size});
        m_scheduler->setState(partNumber, PartState::Done);
    }
    if (--m_verifying == 0)
        beginUploading();
}

void MultipartUpload::beginUploading()
{
    // Back here after S3 refused to complete (InvalidPart): the parts are this run's.
    const bool relisted = m_completeAttempts > 0;
    m_partsReused = relisted ? m_partsReused : int(m_checkpoint.parts.size());
    m_reusedBytes = 0;
    for (const CompletedPart &part : std::as_const(m_checkpoint.parts))
        m_reusedBytes += relisted ? 0 : part.size;
    if (m_partsReused > 0 && !relisted)
        Q_EMIT notice(
            tr("Resuming: %n part(s) in all, %1 of them in S3 already.", nullptr, int(m_plan.partCount))
                .arg(m_partsReused));
    saveCheckpoint();
    m_progress.totalBytes = m_plan.fileSize;
    m_progress.partCount = m_plan.partCount;
    m_rate.sample(m_clock.elapsed(), 0);
    setState(State::Uploading);
    m_progressTimer.start();
    updateProgress();
    pump();
}

void MultipartUpload::pump()
{
    if (m_state != State::Uploading)
        return;
    // Hash a few parts ahead of the connections, so a free connection never waits for a read.
    const int ahead = m_options.concurrency + 2;
    while (const std::optional<int> next = m_scheduler->nextToHash(ahead))
        startHash(*next);
    while (const std::optional<int> next = m_scheduler->nextToSend(m_options.concurrency))
        sendPart(*next);
    if (m_scheduler->allDone())
        completeUpload();
}

void MultipartUpload::startHash(int partNumber)
{
    ActivePart *&part = m_active[partNumber];
    if (!part)
        part = new ActivePart;
    m_scheduler->setState(partNumber, PartState::Hashing);
    Q_EMIT partStateChanged(partNumber, PartState::Hashing);
    auto *watcher = new QFutureWatcher<PartDigest>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, partNumber] {
        watcher->deleteLater();
        onHashed(partNumber, watcher->result());
    });
    const QString path = m_options.filePath;
    const qint64 offset = m_plan.offsetOf(partNumber);
    const qint64 length = m_plan.lengthOf(partNumber);
    const int extras = m_signedPayload ? PartHasher::WithSha256 : PartHasher::CrcOnly;
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [path, offset, length, extras] { return PartHasher::hash(path, offset, length, extras); }));
}

void MultipartUpload::onHashed(int partNumber, const PartDigest &digest)
{
    ActivePart *part = m_active.value(partNumber);
    if (!part || m_scheduler->state(partNumber) != PartState::Hashing)
        return; // cancelled or finished meanwhile
    if (!digest.error.isEmpty()) {
        if (!failIfSourceChanged())
            fail(digest.error, {}, true);
        return;
    }
    part->digest = digest;
    part->hashed = true;
    m_scheduler->setState(partNumber, PartState::Ready);
    Q_EMIT partStateChanged(partNumber, PartState::Ready);
    pump();
}

void MultipartUpload::sendPart(int partNumber)
{
    ActivePart *part = m_active.value(partNumber);
    Q_ASSERT(part && part->hashed);
    const QByteArray crc = Crc32c::toBase64(part->digest.crc32c);
    aws::AwsError error;
    aws::AwsHttpRequest request =
        m_client->codec().serialize(aws::AwsService::S3, QStringLiteral("UploadPart"),
                                    {{QStringLiteral("Bucket"), m_checkpoint.bucket},
                                     {QStringLiteral("Key"), m_checkpoint.key},
                                     {QStringLiteral("UploadId"), m_checkpoint.uploadId},
                                     {QStringLiteral("PartNumber"), partNumber},
                                     {QStringLiteral("ChecksumAlgorithm"), QStringLiteral("CRC32C")},
                                     {QStringLiteral("ChecksumCRC32C"), QString::fromLatin1(crc)}},
                                    &error);
    if (error.isError()) {
        fail(error.message, error, true);
        return;
    }
    auto body = std::make_shared<aws::AwsHttpBodySource>();
    body->size = m_plan.lengthOf(partNumber);
    body->sha256Hex = part->digest.sha256Hex;
    const QString path = m_options.filePath;
    const qint64 offset = m_plan.offsetOf(partNumber);
    const qint64 length = body->size;
    BandwidthLimiter *limiter = &m_limiter;
    // Opened anew for every attempt; the client owns and deletes the device. The limiter
    // outlives the devices: the upload aborts its calls before it goes.
    body->open = [path, offset, length, limiter]() -> QIODevice * {
        auto *device = new FileRangeDevice(path, offset, length, limiter);
        if (!device->open(QIODevice::ReadOnly)) {
            delete device;
            return nullptr;
        }
        return device;
    };
    request.bodySource = body;
    request.unsignedPayload = !m_signedPayload;

    ++part->attempts;
    part->sent = 0;
    m_scheduler->setState(partNumber, PartState::Sending);
    Q_EMIT partStateChanged(partNumber, PartState::Sending);
    // The least busy sender thread takes it.
    PartSender *sender = m_senders.front().get();
    for (const std::unique_ptr<PartSender> &candidate : m_senders) {
        if (candidate->inFlight() < sender->inFlight())
            sender = candidate.get();
    }
    part->token = ++m_nextToken;
    part->sender = sender;
    m_tokens.insert(part->token, partNumber);
    sender->send(part->token, request);
}

void MultipartUpload::onPartProgress(quint64 token, qint64 sent)
{
    if (ActivePart *part = m_active.value(m_tokens.value(token)); part && part->token == token)
        part->sent = sent;
}

void MultipartUpload::onPartFinished(quint64 token, const PartSender::Result &finished)
{
    // Not in m_tokens: a call pause, cancel or a failure gave up on, finishing late.
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.constEnd())
        return;
    const int partNumber = found.value();
    m_tokens.erase(found);
    ActivePart *part = m_active.value(partNumber);
    if (!part || part->token != token)
        return;
    part->token = 0;
    const aws::AwsError &error = finished.error;
    // What went out, retries included: the last attempt's progress is all Qt reports.
    m_progress.sessionBytesSent += error.isError() ? part->sent : m_plan.lengthOf(partNumber);
    part->sent = 0;
    if (error.kind == aws::AwsError::Kind::Cancelled)
        return; // pause or cancel: they put the part back themselves
    // A part whose body could not be read to the end, or whose bytes S3 refused, most often
    // means the file is being written to: no retry helps then.
    if (error.isError() && failIfSourceChanged())
        return;
    if (error.isError()) {
        if (error.code == u"NoSuchUpload") {
            fail(tr("S3 no longer knows the upload (it was aborted or expired)."), error, false);
            return;
        }
        if (isRetryablePartError(error) && part->attempts < m_options.maxPartAttempts) {
            retryPart(partNumber, error.toCliText());
            return;
        }
        fail(tr("Part %1 failed after %2 attempts: %3")
                 .arg(partNumber)
                 .arg(part->attempts)
                 .arg(error.toCliText()),
             error, true);
        return;
    }
    const aws::AwsHttpResponse &response = finished.response;
    const QByteArray etag = response.header("ETag");
    const QByteArray echoed = response.header("x-amz-checksum-crc32c");
    const QByteArray ours = Crc32c::toBase64(part->digest.crc32c);
    if (etag.isEmpty() || (!echoed.isEmpty() && echoed != ours)) {
        const QString why = etag.isEmpty() ? tr("S3 answered without an ETag")
                                           : tr("S3's checksum %1 differs from ours %2")
                                                 .arg(QString::fromLatin1(echoed), QString::fromLatin1(ours));
        if (failIfSourceChanged())
            return;
        if (part->attempts < m_options.maxPartAttempts) {
            retryPart(partNumber, why);
            return;
        }
        fail(tr("Part %1: %2").arg(partNumber).arg(why), {}, true);
        return;
    }
    m_checkpoint.parts.insert(partNumber,
                              CompletedPart{etag, part->digest.crc32c, m_plan.lengthOf(partNumber)});
    ++m_partsSent;
    delete m_active.take(partNumber);
    m_scheduler->setState(partNumber, PartState::Done);
    Q_EMIT partStateChanged(partNumber, PartState::Done);
    scheduleCheckpointSave();
    pump();
}

void MultipartUpload::retryPart(int partNumber, const QString &why)
{
    ActivePart *part = m_active.value(partNumber);
    Q_EMIT notice(
        tr("Part %1, attempt %2 failed (%3); trying again.").arg(partNumber).arg(part->attempts).arg(why));
    m_scheduler->setState(partNumber, PartState::Waiting);
    Q_EMIT partStateChanged(partNumber, PartState::Waiting);
    if (!part->backoff) {
        part->backoff = new QTimer(this);
        part->backoff->setSingleShot(true);
        connect(part->backoff, &QTimer::timeout, this, [this, partNumber] {
            if (m_scheduler->state(partNumber) != PartState::Waiting)
                return;
            m_scheduler->setState(partNumber, PartState::Ready);
            Q_EMIT partStateChanged(partNumber, PartState::Ready);
            pump();
        });
    }
    // Exponential with full jitter, as the SDKs back off.
    const qint64 cap =
        std::min<qint64>(20'000, qint64(m_options.partBackoffMs) << std::min(part->attempts - 1, 10));
    part->backoff->start(int(QRandomGenerator::global()->bounded(cap / 2 + 1) + cap / 2));
}

void MultipartUpload::completeUpload()
{
    // Every part went up without an error, but a file appended to or rewritten meanwhile
    // would still make an object that is neither the old file nor the new one.
    if (failIfSourceChanged())
        return;
    setState(State::Completing);
    m_progressTimer.stop();
    updateProgress();
    saveCheckpoint();
    QJsonArray parts;
    QList<quint32> checksums;
    for (auto it = m_checkpoint.parts.constBegin(); it != m_checkpoint.parts.constEnd(); ++it) {
        parts.append(QJsonObject{
            {QStringLiteral("PartNumber"), it.key()},
            {QStringLiteral("ETag"), QString::fromLatin1(it->etag)},
            {QStringLiteral("ChecksumCRC32C"), QString::fromLatin1(Crc32c::toBase64(it->crc32c))}});
        checksums.append(it->crc32c);
    }
    ++m_completeAttempts;
    aws::AwsCall *call = track(
        m_client->call(aws::AwsService::S3, QStringLiteral("CompleteMultipartUpload"),
                       {{QStringLiteral("Bucket"), m_checkpoint.bucket},
                        {QStringLiteral("Key"), m_checkpoint.key},
                        {QStringLiteral("UploadId"), m_checkpoint.uploadId},
                        {QStringLiteral("MultipartUpload"), QJsonObject{{QStringLiteral("Parts"), parts}}}}));
    connect(call, &aws::AwsCall::finished, this, [this, call] { onCompleted(call); });
}

void MultipartUpload::onCompleted(aws::AwsCall *call)
{
    if (m_state != State::Completing)
        return;
    // S3's "200 with an error document" arrives here as the 500 it is (AwsClient), after the
    // client's own retries; the upload then calls again, as it does for a part.
    const aws::AwsError error = call->error();
    if (error.isError()) {
        // A lost answer (connection reset, timeout, 5xx, a document cut short) leaves open
        // whether S3 completed the upload: a later attempt may then find it gone.
        const bool outcomeWasUnknown = m_completeOutcomeUnknown || call->attempts() > 1;
        if (isRetryablePartError(error))
            m_completeOutcomeUnknown = true;
        if (error.code == u"NoSuchUpload" && outcomeWasUnknown) {
            verifyCompletedObject(error);
            return;
        }
        if (error.code == u"InvalidPart" && !m_relistedParts) {
            // An ETag S3 does not know: the answer to an UploadPart carried a wrong one (a
            // proxy, a flipped bit). S3's own list says which parts it holds; those whose
            // checksum is the file's are kept with S3's ETag, the others are sent again.
            m_relistedParts = true;
            Q_EMIT notice(tr("S3 refused the list of parts (%1); checking the parts it holds against the "
                             "file.")
                              .arg(error.toCliText()));
            setState(State::Preparing);
            m_listed.clear();
            listParts(QString());
            return;
        }
        if (isRetryablePartError(error) && m_completeAttempts < m_options.maxPartAttempts) {
            QTimer::singleShot(m_options.partBackoffMs, this, [this] {
                if (m_state == State::Completing)
                    completeUpload();
            });
            return;
        }
        fail(error.toCliText(), error, error.code != u"NoSuchUpload");
        return;
    }
    const QJsonObject output = call->output();
    QList<quint32> checksums;
    for (const CompletedPart &part : std::as_const(m_checkpoint.parts))
        checksums.append(part.crc32c);
    const QByteArray expected = Crc32c::compositeBase64(checksums);
    const QByteArray stated = output.value(QStringLiteral("ChecksumCRC32C")).toString().toLatin1();
    // S3 states the composite checksum with the part count ("...-40"); some servers without.
    if (!stated.isEmpty() && stated != expected && stated != expected.left(expected.indexOf('-'))) {
        fail(tr("S3's checksum of the finished object (%1) differs from the file's (%2).")
                 .arg(QString::fromLatin1(stated), QString::fromLatin1(expected)),
             {}, false);
        return;
    }
    CheckpointStore::remove(m_checkpointPath);
    UploadResult result;
    result.outcome = UploadResult::Outcome::Completed;
    result.uploadId = m_checkpoint.uploadId;
    result.etag = unquoted(output.value(QStringLiteral("ETag")).toString().toLatin1());
    result.checksumCrc32c = stated.isEmpty() ? expected : stated;
    finish(result);
}

void MultipartUpload::verifyCompletedObject(const aws::AwsError &completeError)
{
    aws::AwsCall *call = track(m_client->call(aws::AwsService::S3, QStringLiteral("HeadObject"),
                                              {{QStringLiteral("Bucket"), m_checkpoint.bucket},
                                               {QStringLiteral("Key"), m_checkpoint.key},
                                               {QStringLiteral("ChecksumMode"), QStringLiteral("ENABLED")}}));
    connect(call, &aws::AwsCall::finished, this, [this, call, completeError] {
        if (m_state != State::Completing)
            return;
        QList<quint32> checksums;
        for (const CompletedPart &part : std::as_const(m_checkpoint.parts))
            checksums.append(part.crc32c);
        const QByteArray expected = Crc32c::compositeBase64(checksums);
        const QJsonObject output = call->output();
        const QByteArray stated = output.value(QStringLiteral("ChecksumCRC32C")).toString().toLatin1();
        const bool ours =
            !call->error().isError() &&
            qint64(output.value(QStringLiteral("ContentLength")).toDouble(-1)) == m_plan.fileSize &&
            !stated.isEmpty() && (stated == expected || stated == expected.left(expected.indexOf('-')));
        if (!ours) {
            fail(tr("%1 (the answer to an earlier CompleteMultipartUpload was lost, and the object in S3 is "
                    "not this file's upload)")
                     .arg(completeError.toCliText()),
                 completeError, false);
            return;
        }
        Q_EMIT notice(tr("The answer to CompleteMultipartUpload was lost; S3 holds the finished object "
                         "with the file's checksum."));
        CheckpointStore::remove(m_checkpointPath);
        UploadResult result;
        result.outcome = UploadResult::Outcome::Completed;
        result.uploadId = m_checkpoint.uploadId;
        result.etag = unquoted(output.value(QStringLiteral("ETag")).toString().toLatin1());
        result.checksumCrc32c = stated;
        finish(result);
    });
}

void MultipartUpload::abortInFlight()
{
    m_progressTimer.stop();
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        ActivePart *part = it.value();
        if (part->backoff)
            part->backoff->stop();
        if (part->token) {
            // Its late Cancelled answer finds no token and is dropped.
            part->sender->abort(part->token);
            m_tokens.remove(part->token);
            part->token = 0;
            part->sent = 0;
        }
        if (m_scheduler)
            m_scheduler->interrupt(it.key(), part->hashed);
    }
}

void MultipartUpload::pause()
{
    if (m_state != State::Uploading)
        return;
    abortInFlight();
    setState(State::Paused);
    saveCheckpoint();
    updateProgress();
}

void MultipartUpload::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Uploading);
    m_progressTimer.start();
    pump();
}

void MultipartUpload::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Cancelling)
        return;
    abortInFlight();
    for (const QPointer<aws::AwsCall> &call : std::as_const(m_calls)) {
        if (call && !call->isFinished()) {
            disconnect(call, nullptr, this, nullptr);
            call->abort();
        }
    }
    m_saveTimer.stop();
    setState(State::Cancelling);
    UploadResult result;
    result.outcome = UploadResult::Outcome::Cancelled;
    result.uploadId = m_checkpoint.uploadId;
    if (m_checkpoint.uploadId.isEmpty()) {
        CheckpointStore::remove(m_checkpointPath);
        result.message = tr("Cancelled.");
        finish(result);
        return;
    }
    abortInS3([this, result](const aws::AwsError &error) mutable {
        if (error.isError()) {
            // The parts stay billed in S3: keep the checkpoint, so --resume (or a new run, which
            // aborts it) can still find the upload.
            saveCheckpoint();
            result.error = error;
            result.resumable = true;
            result.message = tr("Cancelled, but S3 did not abort the upload: %1").arg(error.toCliText());
        } else {
            CheckpointStore::remove(m_checkpointPath);
            result.message = tr("Cancelled; the multipart upload was aborted in S3.");
        }
        finish(result);
    });
}

void MultipartUpload::abortInS3(std::function<void(const aws::AwsError &error)> done)
{
    aws::AwsCall *call = track(m_client->call(aws::AwsService::S3, QStringLiteral("AbortMultipartUpload"),
                                              {{QStringLiteral("Bucket"), m_checkpoint.bucket},
                                               {QStringLiteral("Key"), m_checkpoint.key},
                                               {QStringLiteral("UploadId"), m_checkpoint.uploadId}}));
    connect(call, &aws::AwsCall::finished, this, [call, done = std::move(done)] {
        const aws::AwsError &error = call->error();
        done(error.code == u"NoSuchUpload" ? aws::AwsError() : error);
    });
}

bool MultipartUpload::failIfSourceChanged()
{
    const QString change = m_identity.statChangeOf(m_options.filePath);
    if (change.isEmpty())
        return false;
    abortInFlight();
    m_saveTimer.stop();
    // No other answer counts any more (pump(), onCompleted() and the part callbacks look).
    setState(State::Cancelling);
    UploadResult result;
    result.outcome = UploadResult::Outcome::Failed;
    result.uploadId = m_checkpoint.uploadId;
    result.message = tr("%1: the file changed while it was uploaded (%2). Upload it again once nothing "
                        "writes to it.")
                         .arg(m_options.filePath, change);
    if (m_checkpoint.uploadId.isEmpty()) {
        CheckpointStore::remove(m_checkpointPath);
        finish(result);
        return true;
    }
    // Its parts are of a file that is no longer there: nothing can resume them.
    abortInS3([this, result](const aws::AwsError &error) mutable {
        if (error.isError()) {
            // Kept, so that the next run (which refuses to resume a changed file) aborts it.
            saveCheckpoint();
            result.error = error;
            result.message += u' ' + tr("S3 did not abort the multipart upload (%1); the next upload of "
                                        "this file will.")
                                         .arg(error.toCliText());
        } else {
            CheckpointStore::remove(m_checkpointPath);
        }
        finish(result);
    });
    return true;
}

void MultipartUpload::saveCheckpoint()
{
    m_saveTimer.stop();
    if (m_checkpoint.uploadId.isEmpty())
        return;
    QString error;
    if (!CheckpointStore::save(m_checkpointPath, m_checkpoint, &error))
        Q_EMIT notice(tr("Cannot save the upload checkpoint (the upload goes on, but cannot be resumed): %1")
                          .arg(error));
}

void MultipartUpload::scheduleCheckpointSave()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void MultipartUpload::updateProgress()
{
    qint64 confirmed = 0;
    for (const CompletedPart &part : std::as_const(m_checkpoint.parts))
        confirmed += part.size;
    qint64 inFlight = 0;
    int sending = 0;
    for (const ActivePart *part : std::as_const(m_active)) {
        if (part->token) {
            inFlight += part->sent;
            ++sending;
        }
    }
    m_progress.confirmedBytes = confirmed;
    m_progress.inFlightBytes = inFlight;
    m_progress.partsDone = int(m_checkpoint.parts.size());
    m_progress.partsInFlight = sending;
    // The rate counts this run's bytes only: parts found in S3 were not sent now.
    m_rate.sample(m_clock.elapsed(), confirmed + inFlight - m_reusedBytes);
    m_progress.bytesPerSecond = m_rate.bytesPerSecond();
    m_progress.etaSeconds = m_rate.etaSeconds(m_progress.totalBytes - confirmed - inFlight);
    Q_EMIT progressChanged(m_progress);
}

void MultipartUpload::fail(const QString &message, const aws::AwsError &error, bool keepCheckpoint)
{
    abortInFlight();
    UploadResult result;
    result.outcome = UploadResult::Outcome::Failed;
    result.message = message;
    result.error = error;
    result.uploadId = m_checkpoint.uploadId;
    if (keepCheckpoint && !m_checkpoint.uploadId.isEmpty()) {
        saveCheckpoint();
        result.resumable = true;
    } else if (!m_checkpoint.uploadId.isEmpty()) {
        CheckpointStore::remove(m_checkpointPath);
    }
    finish(result);
}

void MultipartUpload::finish(UploadResult result)
{
    m_progressTimer.stop();
    m_saveTimer.stop();
    result.bytesSent = m_progress.sessionBytesSent;
    result.partsSent = m_partsSent;
    result.partsReused = m_partsReused;
    qDeleteAll(m_active);
    m_active.clear();
    setState(State::Finished);
    Q_EMIT finished(result);
}

} // namespace vmi::transfer
