#pragma once

#include "aws/AwsError.h"
#include "models/TaskStatus.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace vmi::aws {
class AwsClient;
}

namespace vmi::import {

// Polls import tasks of one account and Region: one DescribeImportImageTasks and one
// DescribeImportSnapshotTasks per round for all watched ids, and one Image Builder GetImage per
// image ARN (GetImage takes one ARN). A round runs every `active` interval while some task
// moves; each quiet round doubles the wait up to `idle`; throttling and other retryable
// failures double it too instead of failing. refreshNow() polls at once. There is no timeout:
// imports take hours, and a task stays watched until it ends (or unwatch()).
//
//   watch() / refreshNow() --> round: Describe images | Describe snapshots | GetImage x N
//        ^                        |  every answer -> taskUpdated (when it changed)
//        |                        v  terminal -> taskFinished, unwatched
//        +---- QTimer (next interval) <-- roundFinished
class TaskMonitor : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        std::chrono::milliseconds active{10'000};
        std::chrono::milliseconds idle{60'000};
    };

    explicit TaskMonitor(aws::AwsClient *client, QObject *parent = nullptr);
    ~TaskMonitor() override;

    void setIntervals(Intervals intervals);
    Intervals intervals() const { return m_intervals; }
    // The wait before the next round (the current backoff).
    std::chrono::milliseconds currentInterval() const { return m_interval; }

    // Starts watching a task (the first round starts at once). cancelRequested tells the
    // monitor that an EC2 "deleted" is the user's cancel, not a failure.
    void watch(ImportOperation operation, const QString &taskId, bool cancelRequested = false);
    void setCancelRequested(const QString &taskId, bool requested = true);
    void unwatch(const QString &taskId);
    QStringList watchedTasks() const { return m_tasks.keys(); }
    bool isPolling() const { return m_pending > 0; }

    // Polls now (after the round in flight, if one is).
    void refreshNow();

    // Every EC2 import task of the Region (both kinds, every page of Describe* without ids),
    // once; answers with regionListed(). Image Builder has no list of imports, so it is not in it.
    void listRegion();

Q_SIGNALS:
    // A watched task's status, when it differs from the last one reported (always the first).
    void taskUpdated(const vmi::TaskStatus &status);
    // A watched task ended; it is no longer watched.
    void taskFinished(const vmi::TaskStatus &status);
    // A call failed for good (not throttling, not retryable). Monitoring goes on.
    void pollFailed(const vmi::aws::AwsError &error, const QStringList &taskIds);
    // AWS throttled (or a retryable failure outlasted the client's retries): waits longer.
    void throttled(std::chrono::milliseconds nextInterval);
    void roundFinished();
    void regionListed(const QList<vmi::TaskStatus> &tasks, const vmi::aws::AwsError &error);

private:
    struct Watched
    {
        ImportOperation operation;
        bool cancelRequested = false;
        bool reported = false;
        TaskStatus last;
    };

    void startRound();
    void describeEc2(ImportOperation operation, const QStringList &ids);
    void getImage(const QString &arn);
    void handleStatus(const TaskStatus &status);
    void handleError(const aws::AwsError &error, const QStringList &ids);
    void finishCall();
    void scheduleNext();
    void listPage(ImportOperation operation, const QString &nextToken);

    QPointer<aws::AwsClient> m_client;
    Intervals m_intervals;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QHash<QString, Watched> m_tasks;
    int m_pending = 0;
    bool m_changedThisRound = false;
    bool m_throttledThisRound = false;
    bool m_refreshRequested = false;
    // listRegion() state: both kinds' pages collected before one regionListed().
    int m_listPending = 0;
    QList<TaskStatus> m_listed;
    aws::AwsError m_listError;
};

} // namespace vmi::import
