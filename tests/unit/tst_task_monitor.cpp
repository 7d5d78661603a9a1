// TaskMonitor's pace and its reading of task states, against a scripted EC2/Image Builder
// server on a loopback port, with intervals shrunk to milliseconds: one Describe per kind for
// all ids, the quick interval while tasks move, doubling up to the idle one when they do not,
// throttling that slows instead of failing, refreshNow(), and the end of a task.

#include "../integration/ScriptedHttpServer.h"
#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "import/TaskMonitor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace vmi;
using namespace vmi::aws;
using namespace vmi::import;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct FakeTask
{
    QString status = u"active"_s;
    QString message = u"pending"_s;
    int progress = 2;
};

} // namespace

class TestTaskMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StaticCredentialProvider> m_credentials;
    std::unique_ptr<AwsClient> m_client;
    QHash<QString, FakeTask> m_tasks;
    int m_throttleNext = 0; // answer this many requests with RequestLimitExceeded
    QString m_failCode;     // answer every request with this non-retryable error
    QList<QStringList> m_describedIds;

    ScriptStep answer(const ReceivedRequest &request)
    {
        if (m_throttleNext > 0) {
            --m_throttleNext;
            return ScriptStep::error(503, "RequestLimitExceeded");
        }
        if (!m_failCode.isEmpty())
            return ScriptStep::error(400, m_failCode.toUtf8());
        const QUrlQuery form(QString::fromUtf8(request.body));
        QStringList ids;
        for (int i = 1; form.hasQueryItem(u"ImportTaskId.%1"_s.arg(i)); ++i)
            ids.append(form.queryItemValue(u"ImportTaskId.%1"_s.arg(i)));
        m_describedIds.append(ids);
        QByteArray items;
        for (const QString &id : std::as_const(ids)) {
            const FakeTask task = m_tasks.value(id);
            items += "<item><importTaskId>" + id.toUtf8() + "</importTaskId><status>" + task.status.toUtf8() +
                     "</status>";
            if (!task.message.isEmpty())
                items += "<statusMessage>" + task.message.toUtf8() + "</statusMessage>";
            if (task.progress >= 0)
                items += "<progress>" + QByteArray::number(task.progress) + "</progress>";
            if (task.status == u"completed")
                items += "<imageId>ami-0123</imageId>";
            items += "</item>";
        }
        return ScriptStep::respond(200, "<DescribeImportImageTasksResponse "
                                        "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</"
                                        "requestId><importImageTaskSet>" +
                                            items +
                                            "</importImageTaskSet></DescribeImportImageTasksResponse>");
    }

    std::unique_ptr<TaskMonitor> makeMonitor()
    {
        auto monitor = std::make_unique<TaskMonitor>(m_client.get());
        monitor->setIntervals({40ms, 160ms});
        return monitor;
    }

private Q_SLOTS:
    void init()
    {
        m_tasks.clear();
        m_throttleNext = 0;
        m_failCode.clear();
        m_describedIds.clear();
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setResponder([this](const ReceivedRequest &request) { return answer(request); });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials =
            std::make_unique<StaticCredentialProvider>(Credentials{u"AKIDEXAMPLE"_s, u"secret"_s, {}});
        AwsClientConfig config;
        config.region = u"us-east-1"_s;
        config.endpoints.perServiceEnvironment = {{AwsService::Ec2, m_server->url().toString()}};
        config.maxAttempts = 1; // the monitor's own pace is under test, not the client's retries
        m_client = std::make_unique<AwsClient>(m_network.get(), m_credentials.get(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void oneDescribeForAllIdsAndBackoffWhenNothingMoves()
    {
        m_tasks.insert(u"import-ami-a"_s, {});
        m_tasks.insert(u"import-ami-b"_s, {});
        auto monitor = makeMonitor();
        QSignalSpy updated(monitor.get(), &TaskMonitor::taskUpdated);
        QSignalSpy rounds(monitor.get(), &TaskMonitor::roundFinished);
        monitor->watch(ImportOperation::ImportImage, u"import-ami-a"_s);
        monitor->watch(ImportOperation::ImportImage, u"import-ami-b"_s);
        QVERIFY(rounds.wait(5000));
        QCOMPARE(m_describedIds.size(), 1);
        QCOMPARE(m_describedIds.first().size(), 2); // one call for both ids
        QCOMPARE(updated.count(), 2);               // both reported once
        QCOMPARE(monitor->currentInterval(), 40ms); // something new: quick pace

        // Nothing moves: the wait doubles up to the idle interval, no updates.
        QList<std::chrono::milliseconds> waits;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rounds.wait(5000));
            waits.append(monitor->currentInterval());
        }
        QCOMPARE(waits, (QList<std::chrono::milliseconds>{80ms, 160ms, 160ms}));
        QCOMPARE(updated.count(), 2);

        // A task moves: back to the quick pace, one update for that task only.
        m_tasks[u"import-ami-b"_s].message = u"converting"_s;
        m_tasks[u"import-ami-b"_s].progress = 28;
        QVERIFY(rounds.wait(5000));
        QCOMPARE(monitor->currentInterval(), 40ms);
        QCOMPARE(updated.count(), 3);
        const TaskStatus moved = updated.last().at(0).value<TaskStatus>();
        QCOMPARE(moved.taskId, u"import-ami-b"_s);
        QCOMPARE(moved.stage(), u"converting"_s);
        QCOMPARE(moved.progress, 28);
    }

    void refreshNowPollsAtOnce()
    {
        m_tasks.insert(u"import-ami-a"_s, {});
        auto monitor = makeMonitor();
        monitor->setIntervals({1000ms, 60'000ms});
        QSignalSpy rounds(monitor.get(), &TaskMonitor::roundFinished);
        monitor->watch(ImportOperation::ImportImage, u"import-ami-a"_s);
        QVERIFY(rounds.wait(5000));
        QCOMPARE(m_describedIds.size(), 1);
        QElapsedTimer timer;
        timer.start();
        monitor->refreshNow();
        QVERIFY(rounds.wait(5000));
        QCOMPARE(m_describedIds.size(), 2);
        QVERIFY2(timer.elapsed() < 900, "refreshNow() waited for the timer");
    }

    void throttlingSlowsInsteadOfFailing()
    {
        m_tasks.insert(u"import-ami-a"_s, {});
        auto monitor = makeMonitor();
        QSignalSpy failed(monitor.get(), &TaskMonitor::pollFailed);
        QSignalSpy throttled(monitor.get(), &TaskMonitor::throttled);
        QSignalSpy updated(monitor.get(), &TaskMonitor::taskUpdated);
        QSignalSpy rounds(monitor.get(), &TaskMonitor::roundFinished);
        m_throttleNext = 2;
        monitor->watch(ImportOperation::ImportImage, u"import-ami-a"_s);
        QVERIFY(rounds.wait(5000));
        QCOMPARE(monitor->currentInterval(), 80ms); // slower than the quick pace
        QVERIFY(rounds.wait(5000));
        QCOMPARE(monitor->currentInterval(), 160ms);
        QCOMPARE(throttled.count(), 2);
        QVERIFY(rounds.wait(5000)); // AWS answers again
        QCOMPARE(updated.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(monitor->watchedTasks(), QStringList{u"import-ami-a"_s});
    }

    void otherErrorsAreReportedAndMonitoringGoesOn()
    {
        m_tasks.insert(u"import-ami-a"_s, {});
        auto monitor = makeMonitor();
        QSignalSpy failed(monitor.get(), &TaskMonitor::pollFailed);
        QSignalSpy rounds(monitor.get(), &TaskMonitor::roundFinished);
        m_failCode = u"UnauthorizedOperation"_s;
        monitor->watch(ImportOperation::ImportImage, u"import-ami-a"_s);
        QVERIFY(rounds.wait(5000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<AwsError>().code, u"UnauthorizedOperation"_s);
        m_failCode.clear();
        QVERIFY(rounds.wait(5000));
        QCOMPARE(monitor->watchedTasks().size(), 1);
    }

    void endsOfATask_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("cancelRequested");
        QTest::addColumn<int>("phase");
        QTest::newRow("completed") << u"completed"_s << false << int(TaskPhase::Completed);
        QTest::newRow("deleted, no cancel") << u"deleted"_s << false << int(TaskPhase::Failed);
        QTest::newRow("deleted after cancel") << u"deleted"_s << true << int(TaskPhase::Cancelled);
    }

    void endsOfATask()
    {
        QFETCH(QString, status);
        QFETCH(bool, cancelRequested);
        QFETCH(int, phase);
        m_tasks.insert(u"import-ami-a"_s, {status, u"ClientError: Unknown OS / Missing OS files."_s, -1});
        auto monitor = makeMonitor();
        QSignalSpy finished(monitor.get(), &TaskMonitor::taskFinished);
        QSignalSpy rounds(monitor.get(), &TaskMonitor::roundFinished);
        monitor->watch(ImportOperation::ImportImage, u"import-ami-a"_s, cancelRequested);
        QVERIFY(finished.wait(5000));
        const TaskStatus end = finished.first().at(0).value<TaskStatus>();
        QCOMPARE(int(end.phase), phase);
        QVERIFY(monitor->watchedTasks().isEmpty());
        // Nothing left to watch: no more calls.
        QVERIFY(!rounds.wait(300));
        QCOMPARE(m_describedIds.size(), 1);
    }

    void deletingIsACancelInFlight()
    {
        m_tasks.insert(u"import-ami-a"_s, {u"deleting"_s, u"User requested cancellation"_s, -1});
        auto monitor = makeMonitor();
        QSignalSpy updated(monitor.get(), &TaskMonitor::taskUpdated);
        QSignalSpy finished(monitor.get(), &TaskMonitor::taskFinished);
        monitor->watch(ImportOperation::ImportImage, u"import-ami-a"_s, true);
        QVERIFY(updated.wait(5000));
        QCOMPARE(updated.first().at(0).value<TaskStatus>().phase, TaskPhase::Cancelling);
        QCOMPARE(finished.count(), 0);
        m_tasks[u"import-ami-a"_s].status = u"deleted"_s;
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<TaskStatus>().phase, TaskPhase::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTaskMonitor)
#include "tst_task_monitor.moc"
