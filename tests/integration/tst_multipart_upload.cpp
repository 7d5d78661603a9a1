// MultipartUpload in-process against moto (authentication on): what the command line cannot
// show from outside: progress signals, per-part states, pause and resume, cancel, and S3's
// checksum of the object matching the file's.

#include "ScriptedHttpServer.h"
#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "transfer/Crc32c.h"
#include "transfer/MultipartUpload.h"
#include "transfer/PartHasher.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vmi::aws;
using namespace vmi::transfer;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct MotoState
{
    QString endpoint;
    QString region;
    Credentials credentials;
};

MotoState readMotoState()
{
    QFile file(QString::fromLocal8Bit(qgetenv("VMI_MOTO_STATE")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no moto state file (%s): is the moto fixture running?", qPrintable(file.fileName()));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    return {state[u"endpoint"].toString(), state[u"region"].toString(),
            Credentials{state[u"accessKeyId"].toString(), state[u"secretAccessKey"].toString(), {}}};
}

} // namespace

class TestMultipartUpload : public QObject
{
    Q_OBJECT

    MotoState m_moto;
    QNetworkAccessManager m_network;
    std::unique_ptr<AwsClient> m_client;
    QTemporaryDir m_dir;
    QString m_bucket;

    QJsonObject call(const QString &operation, const QJsonObject &input, AwsError *error = nullptr)
    {
        AwsCall *pending = m_client->call(AwsService::S3, operation, input);
        QSignalSpy done(pending, &AwsCall::finished);
        if (!pending->isFinished())
            done.wait(30'000);
        if (error)
            *error = pending->error();
        return pending->output();
    }

    QString makeFile(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QRandomGenerator generator{quint32(size)};
        QByteArray block(int(MiB), Qt::Uninitialized);
        for (qint64 left = size; left > 0; left -= block.size()) {
            generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block.constData(), std::min<qint64>(left, block.size()));
        }
        return path;
    }

    // What S3 should state for the object: CRC-32C of each part, combined.
    static QByteArray expectedChecksum(const QString &path, qint64 size, qint64 partSize)
    {
        QList<quint32> parts;
        for (qint64 offset = 0; offset < size; offset += partSize)
            parts.append(
                PartHasher::hash(path, offset, std::min(partSize, size - offset), PartHasher::CrcOnly)
                    .crc32c);
        return Crc32c::compositeBase64(parts);
    }

    UploadOptions options(const QString &path, const QString &key)
    {
        UploadOptions upload;
        upload.filePath = path;
        upload.bucket = m_bucket;
        upload.key = key;
        upload.partSize = 5 * MiB;
        return upload;
    }

    static UploadResult waitForResult(MultipartUpload &upload)
    {
        QSignalSpy finished(&upload, &MultipartUpload::finished);
        if (finished.isEmpty())
            finished.wait(120'000);
        return finished.isEmpty() ? UploadResult{} : finished.first().first().value<UploadResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<UploadResult>();
        qRegisterMetaType<UploadProgress>();
        qRegisterMetaType<PartState>();
        QVERIFY(m_dir.isValid());
        m_moto = readMotoState();
        AwsClientConfig config;
        config.region = m_moto.region;
        config.endpoints.explicitUrl = m_moto.endpoint;
        auto *credentials = new StaticCredentialProvider(m_moto.credentials);
        m_client = std::make_unique<AwsClient>(&m_network, credentials, config);
        credentials->setParent(m_client.get());
        m_bucket = QStringLiteral("engine-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        // CreateBucket is not in our trimmed S3 model: a prepared request does it.
        AwsHttpRequest create;
        create.method = "PUT";
        create.s3Bucket = m_bucket;
        create.path = '/' + m_bucket.toLatin1();
        AwsCall *created = m_client->send(AwsService::S3, QStringLiteral("CreateBucket"), create);
        QSignalSpy done(created, &AwsCall::finished);
        QVERIFY(done.wait(30'000));
        QVERIFY2(!created->error().isError(), qPrintable(created->error().message));
    }

    void cleanupTestCase() { m_client.reset(); }

    void progressAndPartStatesThenAnExactObject()
    {
        const qint64 size = 23 * MiB + 4321;
        const QString path = makeFile(QStringLiteral("progress.bin"), size);
        MultipartUpload upload(m_client.get(), options(path, QStringLiteral("progress.bin")));
        QList<UploadProgress> progress;
        QHash<int, QList<PartState>> states;
        connect(&upload, &MultipartUpload::progressChanged, this,
                [&progress](const UploadProgress &p) { progress.append(p); });
        connect(&upload, &MultipartUpload::partStateChanged, this,
                [&states](int part, PartState state) { states[part].append(state); });
        upload.start();
        const UploadResult result = waitForResult(upload);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Completed));
        QCOMPARE(result.partsSent, 5);
        QCOMPARE(result.bytesSent, size);
        QCOMPARE(upload.state(), MultipartUpload::State::Finished);
        QVERIFY(upload.isSignedPayload()); // plain HTTP: SHA-256 in every part's signature

        // Every part went Hashing -> Ready -> Sending -> Done, once (no faults here).
        QCOMPARE(states.size(), 5);
        for (auto it = states.constBegin(); it != states.constEnd(); ++it)
            QCOMPARE(it.value(), (QList<PartState>{PartState::Hashing, PartState::Ready, PartState::Sending,
                                                   PartState::Done}));
        // Progress only grows and ends complete.
        QVERIFY(!progress.isEmpty());
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].confirmedBytes >= progress[i - 1].confirmedBytes);
        QCOMPARE(progress.last().confirmedBytes, size);
        QCOMPARE(progress.last().partsDone, 5);
        QCOMPARE(progress.last().totalBytes, size);

        // S3 computed the same checksums from the bytes it received.
        const QByteArray expected = expectedChecksum(path, size, 5 * MiB);
        QCOMPARE(result.checksumCrc32c, expected);
        const QJsonObject head =
            call(QStringLiteral("HeadObject"), {{QStringLiteral("Bucket"), m_bucket},
                                                {QStringLiteral("Key"), QStringLiteral("progress.bin")},
                                                {QStringLiteral("ChecksumMode"), QStringLiteral("ENABLED")}});
        QCOMPARE(qint64(head.value(QStringLiteral("ContentLength")).toDouble()), size);
        // S3 writes the part count after a dash here; moto 5.2 leaves it out.
        QCOMPARE(head.value(QStringLiteral("ChecksumCRC32C")).toString().toLatin1().split('-').first(),
                 expected.split('-').first());
        QVERIFY(!QFile::exists(upload.checkpointPath()));
    }

    void pauseStopsSendingAndResumeFinishes()
    {
        const qint64 size = 20 * MiB;
        const QString path = makeFile(QStringLiteral("pause.bin"), size);
        UploadOptions slow = options(path, QStringLiteral("pause.bin"));
        slow.maxBandwidth = 8 * MiB;
        slow.concurrency = 2;
        MultipartUpload upload(m_client.get(), slow);
        QSignalSpy finished(&upload, &MultipartUpload::finished);
        bool paused = false;
        connect(&upload, &MultipartUpload::partStateChanged, this, [&](int, PartState state) {
            if (state == PartState::Done && !paused) {
                paused = true;
                upload.pause();
            }
        });
        upload.start();
        QTRY_VERIFY_WITH_TIMEOUT(paused, 60'000);
        QCOMPARE(upload.state(), MultipartUpload::State::Paused);
        // Paused: nothing in flight, the checkpoint names the upload and the part done.
        QTest::qWait(300);
        QCOMPARE(upload.progress().partsInFlight, 0);
        QFile checkpoint(upload.checkpointPath());
        QVERIFY(checkpoint.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(checkpoint.readAll()).object();
        QVERIFY(!saved.value(QStringLiteral("uploadId")).toString().isEmpty());
        QVERIFY(saved.value(QStringLiteral("parts")).toArray().size() >= 1);
        const int doneWhilePaused = upload.progress().partsDone;
        QTest::qWait(500);
        QCOMPARE(upload.progress().partsDone, doneWhilePaused);
        QVERIFY(finished.isEmpty());

        upload.resume();
        QCOMPARE(upload.state(), MultipartUpload::State::Uploading);
        const UploadResult result = waitForResult(upload);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Completed));
        QCOMPARE(result.checksumCrc32c, expectedChecksum(path, size, 5 * MiB));
    }

    void cancelAbortsTheMultipartUpload()
    {
        const QString path = makeFile(QStringLiteral("cancel.bin"), 20 * MiB);
        UploadOptions slow = options(path, QStringLiteral("cancel.bin"));
        slow.maxBandwidth = 4 * MiB;
        MultipartUpload upload(m_client.get(), slow);
        upload.start();
        QTRY_VERIFY_WITH_TIMEOUT(upload.state() == MultipartUpload::State::Uploading, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(upload.progress().inFlightBytes > 0, 30'000);
        const QJsonObject before =
            call(QStringLiteral("ListMultipartUploads"), {{QStringLiteral("Bucket"), m_bucket}});
        QCOMPARE(before.value(QStringLiteral("Uploads")).toArray().size(), 1);
        upload.cancel();
        const UploadResult result = waitForResult(upload);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Cancelled));
        QVERIFY(!result.resumable);
        const QJsonObject after =
            call(QStringLiteral("ListMultipartUploads"), {{QStringLiteral("Bucket"), m_bucket}});
        QCOMPARE(after.value(QStringLiteral("Uploads")).toArray().size(), 0);
        QVERIFY(!QFile::exists(upload.checkpointPath()));
    }

    // Another program truncates the file while parts are read and sent: the upload must end
    // Failed with a message that names the cause (not a SIGBUS, not a retry loop, not a checksum
    // error), and leave no multipart upload in S3.
    void fileTruncatedDuringTheUploadFailsClearly()
    {
        const qint64 size = 40 * MiB;
        const QString path = makeFile(QStringLiteral("truncated.bin"), size);
        UploadOptions slow = options(path, QStringLiteral("truncated.bin"));
        slow.maxBandwidth = 8 * MiB;
        slow.concurrency = 2;
        MultipartUpload upload(m_client.get(), slow);
        bool truncated = false;
        connect(&upload, &MultipartUpload::partStateChanged, this, [&](int, PartState state) {
            if (state == PartState::Done && !truncated) {
                truncated = true;
                // Mid-way through part 2, which is on the wire, and before parts 3 and up.
                QVERIFY(QFile::resize(path, 7 * MiB));
            }
        });
        upload.start();
        const UploadResult result = waitForResult(upload);
        QVERIFY(truncated);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Failed));
        QVERIFY2(result.message.contains(QStringLiteral("the file changed while it was uploaded")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("%1 bytes and is now %2").arg(size).arg(7 * MiB)),
                 qPrintable(result.message));
        QVERIFY(!result.resumable);
        QCOMPARE(upload.state(), MultipartUpload::State::Finished);
        QVERIFY(!QFile::exists(upload.checkpointPath()));
        const QJsonObject uploads = call(QStringLiteral("ListMultipartUploads"),
                                         {{QStringLiteral("Bucket"), m_bucket},
                                          {QStringLiteral("Prefix"), QStringLiteral("truncated.bin")}});
        QCOMPARE(uploads.value(QStringLiteral("Uploads")).toArray().size(), 0);
        AwsError missing;
        call(QStringLiteral("HeadObject"),
             {{QStringLiteral("Bucket"), m_bucket}, {QStringLiteral("Key"), QStringLiteral("truncated.bin")}},
             &missing);
        QCOMPARE(missing.httpStatus, 404);
    }

    // Appended to while it was sent, every part went up fine: completing would make an object
    // of neither version, so the upload fails instead.
    void fileAppendedToDuringTheUploadIsNotCompleted()
    {
        const qint64 size = 12 * MiB;
        const QString path = makeFile(QStringLiteral("appended.bin"), size);
        MultipartUpload upload(m_client.get(), options(path, QStringLiteral("appended.bin")));
        bool appended = false;
        connect(&upload, &MultipartUpload::partStateChanged, this, [&](int, PartState state) {
            if (state == PartState::Sending && !appended) {
                appended = true;
                QFile file(path);
                QVERIFY(file.open(QIODevice::Append));
                QVERIFY(file.write(QByteArray(4096, 'x')) == 4096);
            }
        });
        upload.start();
        const UploadResult result = waitForResult(upload);
        QVERIFY(appended);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Failed));
        QVERIFY2(result.message.contains(QStringLiteral("the file changed while it was uploaded")),
                 qPrintable(result.message));
        AwsError missing;
        call(QStringLiteral("HeadObject"),
             {{QStringLiteral("Bucket"), m_bucket}, {QStringLiteral("Key"), QStringLiteral("appended.bin")}},
             &missing);
        QCOMPARE(missing.httpStatus, 404);
    }

    // The only part on the wire runs out of bytes: the send fails as soon as the read does, not
    // after the client's inactivity timeout.
    void filePartOnTheWireTruncatedFailsAtOnce()
    {
        const QString path = makeFile(QStringLiteral("one.bin"), 10 * MiB);
        UploadOptions slow = options(path, QStringLiteral("one.bin"));
        slow.partSize = 10 * MiB;
        slow.maxBandwidth = 4 * MiB;
        MultipartUpload upload(m_client.get(), slow);
        upload.start();
        QTRY_VERIFY_WITH_TIMEOUT(upload.progress().inFlightBytes > 2 * MiB, 30'000);
        QVERIFY(QFile::resize(path, 3 * MiB));
        QElapsedTimer clock;
        clock.start();
        const UploadResult result = waitForResult(upload);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Failed));
        QVERIFY2(result.message.contains(QStringLiteral("the file changed while it was uploaded")),
                 qPrintable(result.message));
        QCOMPARE_LT(clock.elapsed(), m_client->config().inactivityTimeoutMs / 2);
    }

    // A scripted S3 for what moto never does: CompleteMultipartUpload answered 200, kept open
    // with whitespace, then an <Error> document. The first `errors` Complete calls get that.
    static void scriptS3(ScriptedHttpServer &server, int errors, int *completes)
    {
        server.setResponder([errors, completes](const ReceivedRequest &request) {
            // The declaration goes out with the 200, then whitespace while S3 works.
            const QByteArray keptAlive =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + QByteArray(4096, ' ');
            if (request.method == "HEAD")
                return ScriptStep::respond(404);
            if (request.method == "POST" && request.query.startsWith("uploads"))
                return ScriptStep::respond(
                    200, "<InitiateMultipartUploadResult><Bucket>bucket</Bucket><Key>disk.raw"
                         "</Key><UploadId>upload-1</UploadId></InitiateMultipartUploadResult>");
            if (request.method == "PUT" && request.query.contains("partNumber="))
                return ScriptStep::respond(
                    200, {},
                    {{"ETag",
                      '"' + QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex() + '"'},
                     {"x-amz-checksum-crc32c", request.header("x-amz-checksum-crc32c")}});
            if (request.method == "POST" && request.query.startsWith("uploadId=")) {
                if (++*completes <= errors)
                    return ScriptStep::respond(200, keptAlive +
                                                        "<Error><Code>InternalError</Code><Message>We "
                                                        "encountered an internal error. Please try "
                                                        "again.</Message><RequestId>r</RequestId></Error>");
                return ScriptStep::respond(200, keptAlive +
                                                    "<CompleteMultipartUploadResult><Bucket>bucket</Bucket>"
                                                    "<Key>disk.raw</Key><ETag>\"done-2\"</ETag>"
                                                    "</CompleteMultipartUploadResult>");
            }
            if (request.method == "DELETE")
                return ScriptStep::respond(204);
            return ScriptStep::respond(400, "<Error><Code>NotScripted</Code></Error>");
        });
    }

    UploadResult uploadToScriptedS3(const QUrl &endpoint, const QString &name)
    {
        AwsClientConfig config;
        config.region = QStringLiteral("us-east-1");
        config.endpoints.explicitUrl = endpoint.toString();
        config.maxAttempts = 2;
        config.baseBackoffMs = 10;
        config.maxBackoffMs = 50;
        auto *credentials = new StaticCredentialProvider(
            Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}});
        AwsClient client(&m_network, credentials, config);
        credentials->setParent(&client);
        UploadOptions upload = options(makeFile(name, 6 * MiB), QStringLiteral("disk.raw"));
        upload.bucket = QStringLiteral("bucket");
        upload.maxPartAttempts = 3;
        upload.partBackoffMs = 10;
        upload.checkpointPath = m_dir.filePath(name + QStringLiteral(".checkpoint"));
        MultipartUpload engine(&client, upload);
        engine.start();
        return waitForResult(engine);
    }

    void completeAnsweringAnErrorIn200IsRetried()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        int completes = 0;
        // Both of the client's attempts, then the upload's second call gets one more, then done.
        scriptS3(server, 3, &completes);
        const UploadResult result = uploadToScriptedS3(server.url(), QStringLiteral("complete-retried.bin"));
        QVERIFY2(result.outcome == UploadResult::Outcome::Completed, qPrintable(result.message));
        QCOMPARE(result.etag, QByteArray("done-2"));
        QCOMPARE(completes, 4);
    }

    void completeAnsweringErrorsIn200FailsAfterItsAttempts()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        int completes = 0;
        scriptS3(server, 1000, &completes);
        const UploadResult result = uploadToScriptedS3(server.url(), QStringLiteral("complete-failed.bin"));
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Failed));
        QVERIFY2(result.message.contains(QStringLiteral("InternalError")), qPrintable(result.message));
        QCOMPARE(result.error.httpStatus, 500);
        QVERIFY(result.resumable);  // the parts are in S3: --resume completes them later
        QCOMPARE(completes, 2 * 3); // the client's 2 attempts, for each of the upload's 3
    }

    void missingFileFailsWithoutTouchingS3()
    {
        MultipartUpload upload(m_client.get(),
                               options(m_dir.filePath(QStringLiteral("missing")), QStringLiteral("x")));
        upload.start();
        const UploadResult result = waitForResult(upload);
        QCOMPARE(int(result.outcome), int(UploadResult::Outcome::Failed));
        QVERIFY(result.message.contains(QStringLiteral("missing")));
        QVERIFY(result.uploadId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMultipartUpload)
#include "tst_multipart_upload.moc"
