#include "import/TaskMonitor.h"

#include "aws/AwsClient.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vmi::import {

namespace {

QString describeOperation(ImportOperation operation)
{
    return operation == ImportOperation::ImportImage ? u"DescribeImportImageTasks"_s
                                                     : u"DescribeImportSnapshotTasks"_s;
}

QString listKey(ImportOperation operation)
{
    return operation == ImportOperation::ImportImage ? u"ImportImageTasks"_s : u"ImportSnapshotTasks"_s;
}

// Describe* refuses the whole batch when one id is unknown (a task forgotten after 7 days).
bool isUnknownTaskId(const aws::AwsError &error)
{
    return error.code.startsWith(u"InvalidConversionTaskId") || error.code == u"ResourceNotFoundException";
}

} // namespace

TaskMonitor::TaskMonitor(aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_interval(m_intervals.active)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskMonitor::startRound);
}

TaskMonitor::~TaskMonitor() = default;

void TaskMonitor::setIntervals(Intervals intervals)
{
    m_intervals = intervals;
    m_interval = std::clamp(m_interval, m_intervals.active, m_intervals.idle);
    if (m_timer.isActive())
        m_timer.start(m_interval);
}

void TaskMonitor::watch(ImportOperation operation, const QString &taskId, bool cancelRequested)
{
    if (taskId.isEmpty())
        return;
    Watched &watched = m_tasks[taskId];
    watched.operation = operation;
    watched.cancelRequested = cancelRequested;
    refreshNow();
}

void TaskMonitor::setCancelRequested(const QString &taskId, bool requested)
{
    if (auto it = m_tasks.find(taskId); it != m_tasks.end())
        it->cancelRequested = requested;
}

void TaskMonitor::unwatch(const QString &taskId)
{
    m_tasks.remove(taskId);
    if (m_tasks.isEmpty())
        m_timer.stop();
}

void TaskMonitor::refreshNow()
{
    m_interval = m_intervals.active; // the user is looking: poll at the quick pace again
    if (isPolling()) {
        m_refreshRequested = true;
        return;
    }
    m_timer.stop();
    // Queued, so several watch() calls in a row make one round.
    m_timer.start(0);
}

void TaskMonitor::startRound()
{
    if (m_tasks.isEmpty() || !m_client || isPolling())
        return;
    m_changedThisRound = false;
    m_throttledThisRound = false;
    m_refreshRequested = false;
    QStringList images, snapshots, arns;
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
        switch (it->operation) {
        case ImportOperation::ImportImage:
            images.append(it.key());
            break;
        case ImportOperation::ImportSnapshot:
            snapshots.append(it.key());
            break;
        case ImportOperation::ImportDiskImage:
            arns.append(it.key());
            break;
        }
    }
    // Count every call first: a call that fails at once finishes before the next starts.
    m_pending = (images.isEmpty() ? 0 : 1) + (snapshots.isEmpty() ? 0 : 1) + int(arns.size());
    if (!images.isEmpty())
        describeEc2(ImportOperation::ImportImage, images);
    if (!snapshots.isEmpty())
        describeEc2(ImportOperation::ImportSnapshot, snapshots);
    for (const QString &arn : std::as_const(arns))
        getImage(arn);
}

void TaskMonitor::describeEc2(ImportOperation operation, const QStringList &ids)
{
    const QJsonObject input{{u"ImportTaskIds"_s, QJsonArray::fromStringList(ids)}};
    aws::AwsCall *call = m_client->call(aws::AwsService::Ec2, describeOperation(operation), input);
    auto done = [this, call, operation, ids] {
        const aws::AwsError error = call->error();
        if (error.isError() && isUnknownTaskId(error) && ids.size() > 1) {
            // One forgotten id must not hide the others: ask for each on its own.
            m_pending += int(ids.size());
            for (const QString &id : ids)
                describeEc2(operation, {id});
        } else if (error.isError()) {
            handleError(error, ids);
        } else {
            for (const QJsonValue &task : call->output()[listKey(operation)].toArray()) {
                const QJsonObject object = task.toObject();
                const bool cancelled = m_tasks.value(object[u"ImportTaskId"].toString()).cancelRequested;
                handleStatus(operation == ImportOperation::ImportImage
                                 ? TaskStatus::fromImportImageTask(object, cancelled)
                                 : TaskStatus::fromImportSnapshotTask(object, cancelled));
            }
        }
        finishCall();
    };
    if (call->isFinished())
        done();
    else
        connect(call, &aws::AwsCall::finished, this, done);
}

void TaskMonitor::getImage(const QString &arn)
{
    aws::AwsCall *call =
        m_client->call(aws::AwsService::ImageBuilder, u"GetImage"_s, {{u"imageBuildVersionArn"_s, arn}});
    auto done = [this, call, arn] {
        if (call->error().isError())
            handleError(call->error(), {arn});
        else
            handleStatus(TaskStatus::fromImageBuilderImage(call->output()[u"image"].toObject()));
        finishCall();
    };
    if (call->isFinished())
        done();
    else
        connect(call, &aws::AwsCall::finished, this, done);
}

void TaskMonitor::handleStatus(const TaskStatus &status)
{
    auto it = m_tasks.find(status.taskId);
    if (it == m_tasks.end())
        return; // unwatched while the call was in flight
    if (!it->reported || !(it->last == status)) {
        m_changedThisRound = true;
        it->reported = true;
        it->last = status;
        Q_EMIT taskUpdated(status);
    }
    if (isTerminal(status.phase)) {
        m_tasks.erase(it);
        Q_EMIT taskFinished(status);
    }
}

void TaskMonitor::handleError(const aws::AwsError &error, const QStringList &ids)
{
    if (error.kind == aws::AwsError::Kind::Cancelled)
        return; // the client is going away
    if (error.isThrottling() || error.retryable || error.kind == aws::AwsError::Kind::Network ||
        error.kind == aws::AwsError::Kind::Timeout) {
        m_throttledThisRound = true;
        return;
    }
    Q_EMIT pollFailed(error, ids);
}

void TaskMonitor::finishCall()
{
    if (--m_pending > 0)
        return;
    scheduleNext();
    Q_EMIT roundFinished();
}

void TaskMonitor::scheduleNext()
{
    if (m_throttledThisRound) {
        // Back off even from the quick pace: AWS asked us to slow down.
        m_interval = std::min(std::max(m_interval * 2, m_intervals.active * 2), m_intervals.idle);
        Q_EMIT throttled(m_interval);
    } else if (m_changedThisRound) {
        m_interval = m_intervals.active;
    } else {
        m_interval = std::min(m_interval * 2, m_intervals.idle);
    }
    if (m_tasks.isEmpty())
        return;
    if (m_refreshRequested) {
        m_refreshRequested = false;
        m_interval = m_intervals.active;
        m_timer.start(0);
        return;
    }
    m_timer.start(m_interval);
}

void TaskMonitor::listRegion()
{
    if (!m_client || m_listPending > 0)
        return;
    m_listed.clear();
    m_listError = {};
    m_listPending = 2;
    listPage(ImportOperation::ImportImage, {});
    listPage(ImportOperation::ImportSnapshot, {});
}

void TaskMonitor::listPage(ImportOperation operation, const QString &nextToken)
{
    QJsonObject input;
    if (!nextToken.isEmpty())
        input.insert(u"NextToken"_s, nextToken);
    aws::AwsCall *call = m_client->call(aws::AwsService::Ec2, describeOperation(operation), input);
    auto done = [this, call, operation] {
        const QString next = call->output()[u"NextToken"].toString();
        if (call->error().isError()) {
            m_listError = call->error();
        } else {
            for (const QJsonValue &task : call->output()[listKey(operation)].toArray()) {
                const QJsonObject object = task.toObject();
                const bool cancelled = m_tasks.value(object[u"ImportTaskId"].toString()).cancelRequested;
                m_listed.append(operation == ImportOperation::ImportImage
                                    ? TaskStatus::fromImportImageTask(object, cancelled)
                                    : TaskStatus::fromImportSnapshotTask(object, cancelled));
            }
            if (!next.isEmpty()) {
                listPage(operation, next);
                return;
            }
        }
        if (--m_listPending == 0)
            Q_EMIT regionListed(m_listed, m_listError);
    };
    if (call->isFinished())
        done();
    else
        connect(call, &aws::AwsCall::finished, this, done);
}

} // namespace vmi::import
