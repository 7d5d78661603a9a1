// JobRecord and JobStore: a job survives a round trip through its file field by field, the
// status history grows only when something moved, "deleted" is a failure unless the user
// cancelled, files that are corrupt or from a newer app are reported and never overwritten.

#include "import/JobStore.h"
#include "models/JobRecord.h"
#include "transfer/UploadCheckpoint.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vmi;
using namespace vmi::import;
using namespace Qt::StringLiterals;

namespace {

QJsonObject imageRequest(const QString &url = u"s3://bucket/disk.vmdk"_s)
{
    return {{u"Description"_s, u"web server"_s},
            {u"DiskContainers"_s, QJsonArray{QJsonObject{{u"Format"_s, u"vmdk"_s}, {u"Url"_s, url}}}}};
}

TaskStatus activeStatus(const QString &taskId, const QString &message, int progress)
{
    TaskStatus status;
    status.operation = ImportOperation::ImportImage;
    status.taskId = taskId;
    status.status = u"active"_s;
    status.statusMessage = message;
    status.progress = progress;
    return status;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        QVERIFY(store.load());
        JobRecord job = store.createJob(u"web"_s, ImportOperation::ImportImage, imageRequest(),
                                        u"eu-west-1"_s, u"work"_s);
        QVERIFY(!job.id.isEmpty());
        QVERIFY(!job.clientToken.isEmpty());
        QVERIFY(job.clientToken != job.id);
        QVERIFY(QFile::exists(store.pathFor(job.id))); // saved before any submit

        job.state = JobRecord::State::Monitoring;
        job.submitOutcome = JobRecord::SubmitOutcome::Accepted;
        job.taskId = u"import-ami-0123456789abcdef0"_s;
        QVERIFY(
            job.applyStatus(activeStatus(job.taskId, u"converting"_s, 28), QDateTime::currentDateTimeUtc()));
        TaskStatus done = activeStatus(job.taskId, {}, -1);
        done.status = u"completed"_s;
        done.phase = TaskPhase::Completed;
        done.progress = 100;
        done.imageId = u"ami-0abc"_s;
        done.snapshotIds = {u"snap-1"_s, u"snap-2"_s};
        done.disks = {TaskDiskDetail{u"d"_s,
                                     u"/dev/sda1"_s,
                                     u"VMDK"_s,
                                     u"s3://bucket/disk.vmdk"_s,
                                     7.0e8,
                                     u"completed"_s,
                                     {},
                                     -1,
                                     u"snap-1"_s}};
        QVERIFY(job.applyStatus(done, QDateTime::currentDateTimeUtc()));
        // What the pipeline keeps to go on after a restart.
        job.settings = QJsonObject{{u"schemaVersion"_s, 1}, {u"name"_s, u"web"_s}};
        job.uploads = {{0, u"/disks/web.vmdk"_s, u"bucket"_s, u"imports/web.vmdk"_s, true, false},
                       {2, u"/disks/data.raw"_s, u"bucket"_s, u"imports/data.raw"_s, false, false}};
        job.afterImportDone = {true, true, false};
        job.paused = true;
        QVERIFY(store.save(job));

        JobRecord failed = job;
        failed.state = JobRecord::State::Failed;
        failed.failedIn = JobRecord::State::Finishing;
        QCOMPARE(JobRecord::fromJson(failed.toJson()).value->failedIn, JobRecord::State::Finishing);

        JobStore reloaded(dir.path());
        QVERIFY(reloaded.load());
        QVERIFY(reloaded.problems().isEmpty());
        QCOMPARE(reloaded.jobs().size(), 1);
        const JobRecord back = reloaded.job(job.id);
        QCOMPARE(back.toJson(), job.toJson());
        QVERIFY(back == job);
        QCOMPARE(back.state, JobRecord::State::Completed);
        QCOMPARE(back.imageId, u"ami-0abc"_s);
        QCOMPARE(back.snapshotIds, QStringList({u"snap-1"_s, u"snap-2"_s}));
        QCOMPARE(back.history.size(), 2);
        QCOMPARE(back.history.at(0).stage, u"converting"_s);
        QCOMPARE(back.history.at(1).stage, u"completed"_s);
        QCOMPARE(back.lastStatus.disks.size(), 1);
        QVERIFY(back.finishedAt.isValid());
        QVERIFY(reloaded.unfinishedJobs().isEmpty());
    }

    void filesAreTheUsersAlone()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString folder = dir.path() + u"/jobs"_s;
        JobStore store(folder);
        QVERIFY(store.load());
        const JobRecord job =
            store.createJob(u"web"_s, ImportOperation::ImportImage, imageRequest(), u"eu-west-1"_s, {});
        QVERIFY(!job.id.isEmpty());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(store.pathFor(job.id)).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
        // The upload checkpoints too.
        transfer::UploadCheckpoint checkpoint;
        checkpoint.bucket = u"b"_s;
        checkpoint.key = u"k"_s;
        QString error;
        const QString path = folder + u"/uploads/x.json"_s;
        QVERIFY2(transfer::CheckpointStore::save(path, checkpoint, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder + u"/uploads"_s).permissions() & others, QFileDevice::Permissions());
#else
        QSKIP("POSIX permissions");
#endif
    }

    void fileHoldsNoPresignedSignature()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        store.load();
        const JobRecord job = store.createJob(
            u"presigned"_s, ImportOperation::ImportImage,
            imageRequest(
                u"https://b.s3.amazonaws.com/disk.vmdk?X-Amz-Signature=deadbeef&X-Amz-Credential=AKIA"_s),
            u"us-east-1"_s, {});
        const QByteArray content = readFile(store.pathFor(job.id));
        QVERIFY(!content.contains("deadbeef"));
        QVERIFY(!content.contains("AKIA"));
        QVERIFY(content.contains("https://b.s3.amazonaws.com/disk.vmdk"));
        QVERIFY(content.contains("\"schemaVersion\": 1"));
    }

    void historyGrowsOnlyWhenSomethingMoves()
    {
        JobRecord job;
        job.id = u"j"_s;
        job.taskId = u"import-ami-1"_s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY(job.applyStatus(activeStatus(job.taskId, u"pending"_s, 2), t0));
        QVERIFY(!job.applyStatus(activeStatus(job.taskId, u"pending"_s, 2), t0.addSecs(10)));
        QVERIFY(job.applyStatus(activeStatus(job.taskId, u"converting"_s, 28), t0.addSecs(20)));
        QVERIFY(!job.applyStatus(activeStatus(u"import-ami-other"_s, u"booting"_s, 62), t0.addSecs(30)));
        QCOMPARE(job.history.size(), 2);
        QCOMPARE(job.history.at(1).at, t0.addSecs(20));
        QCOMPARE(job.state, JobRecord::State::Monitoring);
    }

    void deletedIsAFailureUnlessCancelled_data()
    {
        QTest::addColumn<bool>("cancelRequested");
        QTest::addColumn<int>("expectedState");
        QTest::newRow("no cancel: failed") << false << int(JobRecord::State::Failed);
        QTest::newRow("user cancel: cancelled") << true << int(JobRecord::State::Cancelled);
    }

    void deletedIsAFailureUnlessCancelled()
    {
        QFETCH(bool, cancelRequested);
        QFETCH(int, expectedState);
        JobRecord job;
        job.id = u"j"_s;
        job.taskId = u"import-ami-1"_s;
        job.cancelRequested = cancelRequested;
        const QJsonObject described{{u"ImportTaskId"_s, job.taskId},
                                    {u"Status"_s, u"deleted"_s},
                                    {u"StatusMessage"_s, u"ClientError: Unknown OS / Missing OS files."_s}};
        // The monitor may not know about a cancel sent by another process: the record does.
        QVERIFY(job.applyStatus(TaskStatus::fromImportImageTask(described, false),
                                QDateTime::currentDateTimeUtc()));
        QCOMPARE(int(job.state), expectedState);
        if (!cancelRequested) {
            QCOMPARE(job.error, u"ClientError: Unknown OS / Missing OS files."_s);
            QVERIFY2(job.fix.contains(u"ImportSnapshot"_s), qPrintable(job.fix));
        } else {
            QVERIFY(job.error.isEmpty());
        }
    }

    void corruptAndNewerFilesAreReportedAndKept()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        QVERIFY(store.load());
        const JobRecord good =
            store.createJob(u"good"_s, ImportOperation::ImportSnapshot, {}, u"us-east-1"_s, {});

        const QString corruptId = u"00000000-0000-0000-0000-000000000001"_s;
        const QString newerId = u"00000000-0000-0000-0000-000000000002"_s;
        const QByteArray corrupt = "{\"schemaVersion\": 1, \"job\": {\"id\": ";
        QJsonObject newerJob = good.toJson();
        newerJob.insert(u"id"_s, newerId);
        const QByteArray newer =
            QJsonDocument(QJsonObject{{u"schemaVersion"_s, 99}, {u"job"_s, newerJob}}).toJson();
        writeFile(store.pathFor(corruptId), corrupt);
        writeFile(store.pathFor(newerId), newer);

        JobStore reloaded(dir.path());
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.jobs().size(), 1);
        QCOMPARE(reloaded.problems().size(), 2);
        QStringList reasons;
        for (const JobStore::Problem &problem : reloaded.problems())
            reasons.append(QFileInfo(problem.path).fileName() + u": "_s + problem.reason);
        QVERIFY2(reasons.join(u'\n').contains(u"newer version"_s), qPrintable(reasons.join(u'\n')));

        // Never overwritten, whatever the caller asks.
        JobRecord clash = good;
        clash.id = newerId;
        QString error;
        QVERIFY(!reloaded.save(clash, &error));
        QVERIFY(!error.isEmpty());
        clash.id = corruptId;
        QVERIFY(!reloaded.save(clash));
        QCOMPARE(readFile(reloaded.pathFor(corruptId)), corrupt);
        QCOMPARE(readFile(reloaded.pathFor(newerId)), newer);

        // A newer file written by another process after load() is not overwritten either.
        JobRecord laterNewer = good;
        writeFile(reloaded.pathFor(good.id), newer);
        QVERIFY(!reloaded.save(laterNewer));
        QCOMPARE(readFile(reloaded.pathFor(good.id)), newer);
    }

    void unfinishedJobsAreListedAndKept()
    {
        QTemporaryDir dir;
        JobStore store(dir.path());
        store.load();
        JobRecord running =
            store.createJob(u"running"_s, ImportOperation::ImportImage, {}, u"us-east-1"_s, {});
        JobRecord done = store.createJob(u"done"_s, ImportOperation::ImportImage, {}, u"us-east-1"_s, {});
        done.state = JobRecord::State::Completed;
        QVERIFY(store.save(done));

        JobStore reloaded(dir.path());
        reloaded.load();
        const QList<JobRecord> unfinished = reloaded.unfinishedJobs();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().id, running.id);

        QSignalSpy removed(&reloaded, &JobStore::jobRemoved);
        QVERIFY(!reloaded.remove(running.id)); // a running import is never forgotten
        QVERIFY(QFile::exists(reloaded.pathFor(running.id)));
        QVERIFY(reloaded.remove(done.id));
        QVERIFY(!QFile::exists(reloaded.pathFor(done.id)));
        QCOMPARE(removed.count(), 1);
    }

    void parsesEveryTaskKind()
    {
        const QJsonObject snapshot{
            {u"ImportTaskId"_s, u"import-snap-1"_s},
            {u"SnapshotTaskDetail"_s, QJsonObject{{u"Status"_s, u"completed"_s},
                                                  {u"SnapshotId"_s, u"snap-9"_s},
                                                  {u"DiskImageSize"_s, 705638400.0},
                                                  {u"Url"_s, u"https://b/k?X-Amz-Signature=x"_s}}}};
        const TaskStatus s = TaskStatus::fromImportSnapshotTask(snapshot, false);
        QCOMPARE(s.phase, TaskPhase::Completed);
        QCOMPARE(s.snapshotIds, QStringList{u"snap-9"_s});
        QCOMPARE(s.progress, 100);
        QCOMPARE(s.disks.first().source, u"https://b/k"_s);
        QCOMPARE(s.disks.first().sizeBytes, 705638400.0);

        const QJsonObject image{{u"arn"_s, u"arn:aws:imagebuilder:us-east-1:1:image/w/1.0.0/1"_s},
                                {u"state"_s, QJsonObject{{u"status"_s, u"BUILDING"_s}}}};
        const TaskStatus ib = TaskStatus::fromImageBuilderImage(image);
        QCOMPARE(ib.phase, TaskPhase::Active);
        QCOMPARE(ib.stage(), u"building"_s);
        QVERIFY(ib.progress > 0 && ib.progress < 100);
        const TaskStatus failed = TaskStatus::fromImageBuilderImage(
            {{u"arn"_s, u"a"_s},
             {u"state"_s, QJsonObject{{u"status"_s, u"FAILED"_s}, {u"reason"_s, u"boom"_s}}}});
        QCOMPARE(failed.phase, TaskPhase::Failed);
        QCOMPARE(failed.statusMessage, u"boom"_s);
        const TaskStatus deleting = TaskStatus::fromImportImageTask(
            {{u"ImportTaskId"_s, u"i"_s}, {u"Status"_s, u"deleting"_s}}, false);
        QCOMPARE(deleting.phase, TaskPhase::Cancelling);
        QVERIFY(!isTerminal(deleting.phase));
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_job_store.moc"
