// ImportJob against moto (S3, IAM) and the import fake (EC2), in-process, for what the CLI
// tests cannot steer: a submit whose answer is lost is sent again with the same ClientToken
// and the job follows the one task AWS made; a task that failed in AWS is retried as a new
// import with a new token; a source file changed since its upload was interrupted is refused,
// and a retry uploads it again from the start; pause stops the bytes and resume finishes.

#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "import/ImportJob.h"
#include "import/JobRunner.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "models/ImportSettings.h"
#include "support/BootableDisk.h"
#include "support/FakeControl.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace vmi;
using namespace vmi::aws;
using namespace vmi::import;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

    QJsonObject m_moto;
    QJsonObject m_fake;
    QString m_bucket;
    QString m_appId;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<StaticCredentialProvider> m_credentials;
    std::unique_ptr<AwsClient> m_client;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobTracker> m_tracker;
    std::unique_ptr<JobRunner> m_runner;

    FakeControl fake() { return FakeControl(&m_network, m_fake[u"controlEndpoint"].toString()); }

    QJsonObject call(AwsService service, const QString &operation, const QJsonObject &input)
    {
        AwsCall *pending = m_client->call(service, operation, input);
        if (!pending->isFinished()) {
            QSignalSpy finished(pending, &AwsCall::finished);
            finished.wait(60'000);
        }
        return pending->output();
    }

    ImportSettings settingsFor(const QString &file, const QString &description)
    {
        ImportSettings settings;
        settings.operation = ImportOperation::ImportImage;
        settings.region = m_moto[u"region"].toString();
        settings.upload.bucket = m_bucket;
        settings.upload.keyPrefix = unique(u"job-"_s) + u"-"_s;
        settings.upload.localFiles = {file};
        settings.upload.partSize = 5 * MiB;
        settings.ec2.description = description;
        DiskContainer disk;
        disk.format = u"RAW"_s;
        settings.ec2.diskContainers = {disk};
        return settings;
    }

    // The import requests the fake received for this description, oldest first.
    QList<QJsonObject> importRequests(const QString &description)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &request : fake().get(u"requests"_s)[u"requests"].toArray()) {
            if (request[u"action"].toString() == u"ImportImage" &&
                request[u"params"][u"Description"].toString() == description)
                found.append(request.toObject());
        }
        return found;
    }

    // The job once it ended, or as it stands after `seconds` (the caller's checks then fail).
    JobRecord waitForEnd(const QString &id, int seconds = 60)
    {
        [[maybe_unused]] const bool ended =
            QTest::qWaitFor([&] { return m_store->job(id).isFinished(); }, seconds * 1000);
        return m_store->job(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_moto = readStateFile("VMI_MOTO_STATE");
        m_fake = readStateFile("VMI_IMPORT_FAKE_STATE");
        m_bucket = unique(u"vmi-import-job-"_s);
        QProcess seed;
        seed.start(qEnvironmentVariable("VMI_PYTHON"),
                   {qEnvironmentVariable("VMI_MOTO_SEED_SCRIPT"), u"--state"_s,
                    qEnvironmentVariable("VMI_MOTO_STATE"), u"--name"_s, m_bucket});
        QVERIFY(seed.waitForFinished(60'000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());

        m_credentials = std::make_unique<StaticCredentialProvider>(
            Credentials{m_moto[u"accessKeyId"].toString(), m_moto[u"secretAccessKey"].toString(), {}});
        AwsClientConfig config;
        config.region = m_moto[u"region"].toString();
        config.endpoints.perServiceEnvironment = {{AwsService::S3, m_moto[u"endpoint"].toString()},
                                                  {AwsService::Iam, m_moto[u"endpoint"].toString()},
                                                  {AwsService::Ec2, m_fake[u"endpoint"].toString()}};
        config.baseBackoffMs = 20;
        // A lost answer in a second, not a minute: the fake holds a request for 2 s when told.
        config.inactivityTimeoutMs = 1000;
        config.maxAttempts = 1;
        m_appId = unique(u"tst-import-job-"_s);
        config.userAgentAppId = m_appId;
        m_client = std::make_unique<AwsClient>(&m_network, m_credentials.get(), config);
        call(
            AwsService::Iam, u"CreateRole"_s,
            {{u"RoleName"_s, u"vmimport"_s},
             {u"AssumeRolePolicyDocument"_s,
              uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"vmie.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:Externalid":"vmimport"}}}]})"_s}});

        m_store = std::make_unique<JobStore>(m_dir.path() + u"/jobs"_s);
        QVERIFY(m_store->load());
        const auto clients = [this](const QString &, const QString &) {
            return m_client.get();
        };
        m_tracker = std::make_unique<JobTracker>(m_store.get(), clients);
        m_tracker->setIntervals({50ms, 200ms});
        m_runner = std::make_unique<JobRunner>(m_store.get(), m_tracker.get(), clients);
        m_runner->setSubmitRetry(200ms);
    }

    void lostSubmitAnswerIsSentAgainWithTheSameToken()
    {
        const QString file = m_dir.path() + u"/lost.raw"_s;
        QVERIFY(writeBootableDisk(file, 6 * MiB));
        const QString description = unique(u"lost answer "_s);
        // The fake holds the first ImportImage for 2 s, then makes the task: the client gave
        // up after 1 s, so the answer is lost.
        fake().post(u"inject"_s, QJsonObject{{u"action"_s, u"ImportImage"_s},
                                             {u"count"_s, 1},
                                             {u"delaySeconds"_s, 2},
                                             {u"userAgentContains"_s, QString(u"app/"_s + m_appId)}});
        QString error;
        ImportJob *job = m_runner->startNew(settingsFor(file, description), u"lost"_s, &error);
        QVERIFY2(job, qPrintable(error));
        const JobRecord end = waitForEnd(job->id());
        QCOMPARE(stateName(end.state), u"completed"_s);
        const QList<QJsonObject> sent = importRequests(description);
        QCOMPARE(sent.size(), 2); // the lost one and the one sent again
        QCOMPARE(sent[0][u"params"][u"ClientToken"].toString(), end.clientToken);
        QCOMPARE(sent[1][u"params"][u"ClientToken"].toString(), end.clientToken);
        // One task in AWS for the two requests.
        int tasks = 0;
        for (const QJsonValue &task :
             call(AwsService::Ec2, u"DescribeImportImageTasks"_s, {})[u"ImportImageTasks"].toArray())
            tasks += task[u"Description"].toString() == description ? 1 : 0;
        QCOMPARE(tasks, 1);
    }

    void failedTaskIsRetriedAsANewImport()
    {
        const QString file = m_dir.path() + u"/retry.raw"_s;
        QVERIFY(writeBootableDisk(file, 6 * MiB));
        const QString description = unique(u"retry "_s);
        const ImportSettings settings = settingsFor(file, description);
        fake().post(u"failures"_s,
                    QJsonObject{{u"keyContains"_s, settings.upload.keyPrefix},
                                {u"stage"_s, u"converting"_s},
                                {u"message"_s, u"ClientError: Unknown OS / Missing OS files."_s}});
        QString error;
        ImportJob *job = m_runner->startNew(settings, u"retry"_s, &error);
        QVERIFY2(job, qPrintable(error));
        const JobRecord failed = waitForEnd(job->id());
        QCOMPARE(stateName(failed.state), u"failed"_s);
        QCOMPARE(failed.failedIn, JobRecord::State::Monitoring);
        QVERIFY(!failed.fix.isEmpty());
        QVERIFY(failed.uploads.first().uploaded);

        // The failure rule matches the same objects again, so the new import fails too: what
        // matters is that it is a new task, with a new token, of the objects already in S3.
        QVERIFY2(job->retry(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->job(job->id()).taskId.isEmpty() &&
                                     m_store->job(job->id()).taskId != failed.taskId,
                                 30'000);
        const JobRecord again = waitForEnd(job->id());
        QVERIFY(again.clientToken != failed.clientToken);
        const QList<QJsonObject> sent = importRequests(description);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[1][u"params"][u"ClientToken"].toString(), again.clientToken);
        QVERIFY(again.history.size() > failed.history.size());
    }

    void changedSourceFileIsRefusedThenUploadedAgainOnRetry()
    {
        const QString file = m_dir.path() + u"/changed.raw"_s;
        QVERIFY(writeBootableDisk(file, 24 * MiB));
        ImportSettings settings = settingsFor(file, unique(u"changed "_s));
        settings.upload.maxBandwidth = 8 * MiB;
        settings.upload.concurrency = 2;
        QString error;
        ImportJob *job = m_runner->startNew(settings, u"changed"_s, &error);
        QVERIFY2(job, qPrintable(error));
        const QString id = job->id();
        QTRY_VERIFY_WITH_TIMEOUT(job->uploadProgress().partsDone >= 1, 30'000);
        job->pause();
        QVERIFY(m_store->job(id).paused);
        const qint64 confirmed = job->uploadProgress().confirmedBytes;
        QTest::qWait(1000);
        QCOMPARE(job->uploadProgress().confirmedBytes, confirmed);

        // The app stops; the file changes; the app starts again.
        m_runner.reset();
        m_runner =
            std::make_unique<JobRunner>(m_store.get(), m_tracker.get(),
                                        [this](const QString &, const QString &) { return m_client.get(); });
        QVERIFY(writeBootableDisk(file, 24 * MiB));
        job = m_runner->resumeJob(id, &error);
        QVERIFY2(job, qPrintable(error));
        QVERIFY(m_store->job(id).paused); // still paused after the restart
        job->resume();
        const JobRecord refused = waitForEnd(id);
        QCOMPARE(stateName(refused.state), u"failed"_s);
        QCOMPARE(refused.failedIn, JobRecord::State::Uploading);
        QVERIFY2(refused.error.contains(u"changed since its upload was interrupted"_s),
                 qPrintable(refused.error));

        QVERIFY2(job->retry(&error), qPrintable(error));
        const JobRecord end = waitForEnd(id, 90);
        QCOMPARE(stateName(end.state), u"completed"_s);
        // The upload started over: no multipart upload of the old content is left in S3.
        const QJsonObject head = call(AwsService::S3, u"HeadObject"_s,
                                      {{u"Bucket"_s, m_bucket}, {u"Key"_s, end.uploads.first().key}});
        QCOMPARE(qint64(head[u"ContentLength"].toDouble()), 24 * MiB);
        QCOMPARE(call(AwsService::S3, u"ListMultipartUploads"_s, {{u"Bucket"_s, m_bucket}})[u"Uploads"]
                     .toArray()
                     .size(),
                 0);
    }

    void secondDriverIsRefused()
    {
        const QString file = m_dir.path() + u"/locked.raw"_s;
        QVERIFY(writeBootableDisk(file, 6 * MiB));
        QString error;
        ImportJob *job = m_runner->startNew(settingsFor(file, unique(u"locked "_s)), u"locked"_s, &error);
        QVERIFY2(job, qPrintable(error));
        ImportJob second(job->id(), m_store.get(), m_tracker.get(), m_client.get());
        QVERIFY(!second.acquire(&error));
        QVERIFY2(error.contains(u"another process"_s), qPrintable(error));
        waitForEnd(job->id());
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_import_job.moc"
