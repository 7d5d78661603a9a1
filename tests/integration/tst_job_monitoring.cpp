// Jobs monitored to their end against moto and the import fake (fast mode: one task stage
// per Describe/GetImage): ImportImage, ImportSnapshot and Image Builder ImportDiskImage
// complete with their results in the job store; a cancel during conversion ends "deleted"
// and the job Cancelled; a failing import ends Failed with its status message and the fix.
// The submit itself is the job pipeline's (issue 7, after the upload engine): here the test
// sends it with the job's saved ClientToken, as the pipeline will.

#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "support/FakeControl.h"
#include "vmi/Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
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

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestJobMonitoring : public QObject
{
    Q_OBJECT

    QJsonObject m_moto;
    QJsonObject m_fake;
    QString m_bucket;
    QString m_diskKey;
    QString m_brokenKey;
    QString m_isoKey;
    QNetworkAccessManager m_network;

    FakeControl fakeControl() { return FakeControl(&m_network, m_fake[u"controlEndpoint"].toString()); }
    std::unique_ptr<StaticCredentialProvider> m_credentials;
    std::unique_ptr<AwsClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobTracker> m_tracker;

    QJsonObject call(AwsService service, const QString &operation, const QJsonObject &input, AwsError *error)
    {
        AwsCall *pending = m_client->call(service, operation, input);
        if (!pending->isFinished()) {
            QSignalSpy finished(pending, &AwsCall::finished);
            finished.wait(60'000);
        }
        *error = pending->error();
        const QJsonObject output = pending->output();
        pending->deleteLater();
        return output;
    }

    // What the job pipeline does at submit: the saved ClientToken goes with the request, the
    // task id is saved with outcome Accepted, then the tracker watches the task.
    JobRecord submit(const QString &name, ImportOperation operation, QJsonObject request)
    {
        JobRecord job = m_store->createJob(name, operation, request, m_moto[u"region"].toString(), {});
        const bool imageBuilder = operation == ImportOperation::ImportDiskImage;
        request.insert(imageBuilder ? u"clientToken"_s : u"ClientToken"_s, job.clientToken);
        AwsError error;
        const QJsonObject output = call(imageBuilder ? AwsService::ImageBuilder : AwsService::Ec2,
                                        apiName(operation), request, &error);
        if (error.isError()) {
            qWarning("%s", qPrintable(error.toCliText()));
            return {};
        }
        job.taskId = output[imageBuilder ? u"imageBuildVersionArn" : u"ImportTaskId"].toString();
        job.submitOutcome = JobRecord::SubmitOutcome::Accepted;
        job.state = JobRecord::State::Monitoring;
        m_store->save(job);
        m_tracker->track(job.id);
        return job;
    }

    QJsonObject imageRequest(const QString &key) const
    {
        return {{u"Description"_s, u"tst_job_monitoring"_s},
                {u"DiskContainers"_s,
                 QJsonArray{QJsonObject{
                     {u"Format"_s, u"raw"_s},
                     {u"UserBucket"_s, QJsonObject{{u"S3Bucket"_s, m_bucket}, {u"S3Key"_s, key}}}}}}};
    }

    // Waits until the job finishes (the tracker saved its last state).
    JobRecord waitForEnd(const QString &id)
    {
        QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
        for (int i = 0; i < 60 && !m_store->job(id).isFinished(); ++i)
            finished.wait(1000);
        return m_store->job(id);
    }

    // The job as a fresh store reads it from disk.
    JobRecord reloaded(const QString &id) const
    {
        JobStore fresh(m_dir.path());
        fresh.load();
        return fresh.job(id);
    }

    QStringList stages(const JobRecord &job) const
    {
        QStringList names;
        for (const JobRecord::StageEntry &entry : job.history)
            names.append(entry.stage);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_moto = readStateFile("VMI_MOTO_STATE");
        m_fake = readStateFile("VMI_IMPORT_FAKE_STATE");
        m_bucket = unique(u"vmi-jobs-"_s);
        m_diskKey = u"disks/"_s + unique(u"disk-"_s) + u".raw"_s;
        m_brokenKey = u"disks/"_s + unique(u"broken-os-"_s) + u".raw"_s;
        m_isoKey = u"iso/"_s + unique(u"win11-"_s) + u".iso"_s;
        QProcess seed;
        seed.start(qEnvironmentVariable("VMI_PYTHON"),
                   {qEnvironmentVariable("VMI_MOTO_SEED_SCRIPT"), u"--state"_s,
                    qEnvironmentVariable("VMI_MOTO_STATE"), u"--name"_s, m_bucket, u"--object"_s, m_diskKey,
                    u"--object"_s, m_brokenKey, u"--object"_s, m_isoKey});
        QVERIFY(seed.waitForFinished(60'000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());

        m_credentials = std::make_unique<StaticCredentialProvider>(
            Credentials{m_moto[u"accessKeyId"].toString(), m_moto[u"secretAccessKey"].toString(), {}});
        AwsClientConfig config;
        config.region = m_moto[u"region"].toString();
        const QString moto = m_moto[u"endpoint"].toString();
        const QString fake = m_fake[u"endpoint"].toString();
        config.endpoints.perServiceEnvironment = {{AwsService::S3, moto},
                                                  {AwsService::Iam, moto},
                                                  {AwsService::Ec2, fake},
                                                  {AwsService::ImageBuilder, fake}};
        config.baseBackoffMs = 20;
        m_client = std::make_unique<AwsClient>(&m_network, m_credentials.get(), config);

        AwsError error;
        call(
            AwsService::Iam, u"CreateRole"_s,
            {{u"RoleName"_s, u"vmimport"_s},
             {u"AssumeRolePolicyDocument"_s,
              uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"vmie.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:Externalid":"vmimport"}}}]})"_s}},
            &error);
        QVERIFY2(!error.isError() || error.code == u"EntityAlreadyExists", qPrintable(error.toCliText()));

        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<JobStore>(m_dir.path());
        QVERIFY(m_store->load());
        m_tracker = std::make_unique<JobTracker>(
            m_store.get(), [this](const QString &, const QString &) { return m_client.get(); });
        // The fake moves one stage per Describe: poll quickly so the test is short.
        m_tracker->setIntervals({50ms, 200ms});
    }

    void importImageCompletesWithItsAmi()
    {
        const JobRecord job = submit(u"image"_s, ImportOperation::ImportImage, imageRequest(m_diskKey));
        QVERIFY(!job.id.isEmpty());
        const JobRecord end = waitForEnd(job.id);
        QCOMPARE(stateName(end.state), u"completed"_s);
        QVERIFY2(end.imageId.startsWith(u"ami-"_s), qPrintable(end.imageId));
        QCOMPARE(end.snapshotIds.size(), 1);
        QVERIFY(stages(end).contains(u"converting"_s));
        QCOMPARE(stages(end).constLast(), u"completed"_s);
        QVERIFY(end.finishedAt.isValid());
        const JobRecord onDisk = reloaded(job.id);
        QCOMPARE(onDisk.imageId, end.imageId);
        QCOMPARE(onDisk.history.size(), end.history.size());
        QCOMPARE(onDisk.clientToken, job.clientToken);
    }

    void importSnapshotCompletesWithItsSnapshot()
    {
        const QJsonObject request{
            {u"Description"_s, u"tst_job_monitoring"_s},
            {u"DiskContainer"_s, QJsonObject{{u"Format"_s, u"RAW"_s},
                                             {u"UserBucket"_s, QJsonObject{{u"S3Bucket"_s, m_bucket},
                                                                           {u"S3Key"_s, m_diskKey}}}}}};
        const JobRecord job = submit(u"snapshot"_s, ImportOperation::ImportSnapshot, request);
        QVERIFY(!job.id.isEmpty());
        const JobRecord end = waitForEnd(job.id);
        QCOMPARE(stateName(end.state), u"completed"_s);
        QCOMPARE(end.snapshotIds.size(), 1);
        QVERIFY(end.snapshotIds.first().startsWith(u"snap-"_s));
        QVERIFY(stages(end).contains(u"downloading/converting"_s));
        QCOMPARE(reloaded(job.id).snapshotIds, end.snapshotIds);
    }

    void importDiskImageCompletesWithItsAmi()
    {
        const QString infrastructure =
            u"arn:aws:imagebuilder:%1:%2:infrastructure-configuration/vmimport-tests"_s.arg(
                m_moto[u"region"].toString(), m_fake[u"accountId"].toString());
        const QJsonObject request{{u"name"_s, unique(u"win11-jobs-"_s)},
                                  {u"semanticVersion"_s, u"1.0.0"_s},
                                  {u"platform"_s, u"Windows"_s},
                                  {u"osVersion"_s, u"Microsoft Windows 11"_s},
                                  {u"infrastructureConfigurationArn"_s, infrastructure},
                                  {u"uri"_s, u"s3://%1/%2"_s.arg(m_bucket, m_isoKey)}};
        const JobRecord job = submit(u"iso"_s, ImportOperation::ImportDiskImage, request);
        QVERIFY(!job.id.isEmpty());
        const JobRecord end = waitForEnd(job.id);
        QCOMPARE(stateName(end.state), u"completed"_s);
        QVERIFY2(end.imageId.startsWith(u"ami-"_s), qPrintable(end.imageId));
        QVERIFY(stages(end).contains(u"building"_s));
        QCOMPARE(stages(end).constLast(), u"available"_s); // Image Builder's own word for done
    }

    void cancelDuringConversionEndsDeleted()
    {
        m_tracker->setIntervals({300ms, 600ms}); // time to cancel between two stages
        const JobRecord job = submit(u"cancel me"_s, ImportOperation::ImportImage, imageRequest(m_diskKey));
        QVERIFY(!job.id.isEmpty());
        QSignalSpy changed(m_tracker.get(), &JobTracker::jobChanged);
        for (int i = 0; i < 60 && m_store->job(job.id).lastStatus.stage() != u"converting"; ++i)
            changed.wait(1000);
        QCOMPARE(m_store->job(job.id).lastStatus.stage(), u"converting"_s);
        QSignalSpy cancelled(m_tracker.get(), &JobTracker::cancelFinished);
        m_tracker->cancel(job.id);
        QVERIFY(cancelled.count() == 1 || cancelled.wait(30'000));
        QVERIFY2(!cancelled.first().at(1).value<AwsError>().isError(),
                 qPrintable(cancelled.first().at(1).value<AwsError>().toCliText()));
        const JobRecord end = waitForEnd(job.id);
        m_tracker->setIntervals({50ms, 200ms});
        QCOMPARE(stateName(end.state), u"cancelled"_s);
        QCOMPARE(end.lastStatus.status, u"deleted"_s);
        QVERIFY(end.cancelRequested);
        QVERIFY(end.error.isEmpty());
        QCOMPARE(stateName(reloaded(job.id).state), u"cancelled"_s);
    }

    void failingImportShowsItsStatusMessageAndFix()
    {
        const QString message = u"ClientError: Unknown OS / Missing OS files."_s;
        // Scoped to this test's own object key: other tests share the fake.
        fakeControl().post(
            u"failures"_s,
            {{u"keyContains"_s, m_brokenKey}, {u"stage"_s, u"converting"_s}, {u"message"_s, message}});
        const JobRecord job = submit(u"broken"_s, ImportOperation::ImportImage, imageRequest(m_brokenKey));
        QVERIFY(!job.id.isEmpty());
        const JobRecord end = waitForEnd(job.id);
        QCOMPARE(stateName(end.state), u"failed"_s);
        QCOMPARE(end.lastStatus.status, u"deleted"_s);
        QCOMPARE(end.error, message);
        QVERIFY2(!end.fix.isEmpty(), "a known failure comes with its fix");
        QVERIFY(!end.cancelRequested);
        QCOMPARE(reloaded(job.id).error, message);
    }

    // vmimport status --watch / cancel / jobs on the job store the CLI finds by itself
    // (XDG_DATA_HOME), reaching the fake through the AWS CLI's environment variables.
    void cliStatusWatchCancelAndJobs()
    {
        QTemporaryDir home;
        const QString jobsDir =
            home.path() + u"/data/"_s + QStringLiteral(VMI_ORGANIZATION_NAME) + u"/vmimport-wizard/jobs"_s;
        JobStore cliStore(jobsDir);
        QVERIFY(cliStore.load());
        // Submitted by this test (as the pipeline would), then left to the CLI.
        auto submitInto = [&](const QString &name, const QString &key) {
            JobRecord job = cliStore.createJob(name, ImportOperation::ImportImage, imageRequest(key),
                                               m_moto[u"region"].toString(), {});
            QJsonObject request = imageRequest(key);
            request.insert(u"ClientToken"_s, job.clientToken);
            AwsError error;
            const QJsonObject output = call(AwsService::Ec2, u"ImportImage"_s, request, &error);
            job.taskId = output[u"ImportTaskId"].toString();
            job.submitOutcome = JobRecord::SubmitOutcome::Accepted;
            job.state = JobRecord::State::Monitoring;
            cliStore.save(job);
            return job;
        };
        const JobRecord watched = submitInto(u"cli watched"_s, m_diskKey);
        const JobRecord cancelled = submitInto(u"cli cancelled"_s, m_diskKey);
        QVERIFY(!watched.taskId.isEmpty() && !cancelled.taskId.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"AWS_CONFIG_FILE"_s, home.path() + u"/no-config"_s);
        env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, home.path() + u"/no-credentials"_s);
        env.insert(u"AWS_ACCESS_KEY_ID"_s, m_moto[u"accessKeyId"].toString());
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, m_moto[u"secretAccessKey"].toString());
        env.insert(u"AWS_ENDPOINT_URL_EC2"_s, m_fake[u"endpoint"].toString());
        env.insert(u"AWS_ENDPOINT_URL_IMAGEBUILDER"_s, m_fake[u"endpoint"].toString());
        auto run = [&](const QStringList &arguments, QByteArray *out) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(qEnvironmentVariable("VMI_VMIMPORT"), arguments);
            if (!cli.waitForFinished(120'000))
                return -1;
            *out = cli.readAllStandardOutput();
            const QByteArray errors = cli.readAllStandardError();
            if (!errors.isEmpty())
                qInfo("vmimport %s: %s", qPrintable(arguments.join(u' ')), errors.constData());
            return cli.exitCode();
        };

        QByteArray out;
        QCOMPARE(run({u"cancel"_s, cancelled.id.left(8)}, &out), 0);
        QVERIFY2(out.contains(cancelled.taskId.toUtf8()), out.constData());

        // --watch follows both to their end (the fake moves a stage per Describe; the CLI
        // polls every 10 s at first, so this takes a little while).
        QCOMPARE(run({u"status"_s, u"--watch"_s, u"--output"_s, u"json"_s}, &out), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, out.constData());

        QCOMPARE(run({u"jobs"_s, u"--output"_s, u"json"_s}, &out), 0);
        const QJsonArray jobs = QJsonDocument::fromJson(out).object()[u"jobs"].toArray();
        QCOMPARE(jobs.size(), 2);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &job : jobs)
            byId.insert(job[u"id"].toString(), job.toObject());
        QCOMPARE(byId[watched.id][u"state"].toString(), u"completed"_s);
        QVERIFY(byId[watched.id][u"imageId"].toString().startsWith(u"ami-"_s));
        QCOMPARE(byId[cancelled.id][u"state"].toString(), u"cancelled"_s);
        QVERIFY(!byId[watched.id].contains(u"request"_s));

        QCOMPARE(run({u"status"_s, watched.id}, &out), 0);
        QVERIFY2(out.contains("converting"), out.constData()); // the stage history
        QVERIFY(run({u"cancel"_s, watched.id}, &out) != 0);    // already ended
    }

    void regionListingFindsTheTasks()
    {
        TaskMonitor *monitor = m_tracker->monitor(m_moto[u"region"].toString(), {});
        QVERIFY(monitor);
        QSignalSpy listed(monitor, &TaskMonitor::regionListed);
        monitor->listRegion();
        QVERIFY(listed.wait(30'000));
        const auto tasks = listed.first().at(0).value<QList<TaskStatus>>();
        QVERIFY(!listed.first().at(1).value<AwsError>().isError());
        QStringList ids;
        for (const TaskStatus &task : tasks)
            ids.append(task.taskId);
        for (const JobRecord &job : m_store->jobs()) {
            if (job.operation != ImportOperation::ImportDiskImage)
                QVERIFY2(ids.contains(job.taskId), qPrintable(job.taskId));
        }
    }
};

QTEST_GUILESS_MAIN(TestJobMonitoring)
#include "tst_job_monitoring.moc"
