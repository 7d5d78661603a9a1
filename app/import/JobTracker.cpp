#include "import/JobTracker.h"

#include "aws/AwsClient.h"
#include "import/JobStore.h"
#include "import/TaskCanceller.h"

namespace vmi::import {

JobTracker::JobTracker(JobStore *store, ClientFactory clients, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clients(std::move(clients))
{}

JobTracker::~JobTracker() = default;

void JobTracker::setIntervals(TaskMonitor::Intervals intervals)
{
    m_intervals = intervals;
    for (TaskMonitor *monitor : std::as_const(m_monitors))
        monitor->setIntervals(intervals);
}

TaskMonitor *JobTracker::monitor(const QString &region, const QString &awsProfile)
{
    const QString key = region + u'\n' + awsProfile;
    if (TaskMonitor *existing = m_monitors.value(key))
        return existing;
    aws::AwsClient *client = m_clients ? m_clients(region, awsProfile) : nullptr;
    if (!client)
        return nullptr;
    auto *created = new TaskMonitor(client, this);
    created->setIntervals(m_intervals);
    connect(created, &TaskMonitor::taskUpdated, this, &JobTracker::onTaskUpdated);
    connect(created, &TaskMonitor::pollFailed, this,
            [this](const aws::AwsError &error, const QStringList &ids) {
                for (const QString &id : ids) {
                    if (const QString job = jobForTask(id); !job.isEmpty())
                        Q_EMIT problem(job, error.toCliText());
                }
            });
    m_monitors.insert(key, created);
    return created;
}

void JobTracker::resume()
{
    const QList<JobRecord> jobs = m_store->unfinishedJobs();
    for (const JobRecord &job : jobs) {
        if (job.submitOutcome == JobRecord::SubmitOutcome::Accepted && !job.taskId.isEmpty())
            track(job.id);
    }
}

void JobTracker::track(const QString &jobId)
{
    const JobRecord job = m_store->job(jobId);
    // A task that completed and whose job runs its after-import steps needs no more polls.
    if (job.taskId.isEmpty() || job.isFinished() || job.state == JobRecord::State::Finishing)
        return;
    TaskMonitor *taskMonitor = monitor(job.region, job.awsProfile);
    if (!taskMonitor) {
        Q_EMIT problem(jobId,
                       tr("No AWS client for Region %1 and profile %2.").arg(job.region, job.awsProfile));
        return;
    }
    m_jobByTask.insert(job.taskId, jobId);
    taskMonitor->watch(job.operation, job.taskId, job.cancelRequested);
}

bool JobTracker::isTracking(const QString &jobId) const
{
    return !m_jobByTask.key(jobId).isEmpty();
}

void JobTracker::refreshNow()
{
    for (TaskMonitor *taskMonitor : std::as_const(m_monitors))
        taskMonitor->refreshNow();
}

QString JobTracker::jobForTask(const QString &taskId) const
{
    return m_jobByTask.value(taskId);
}

void JobTracker::saveOrReport(const JobRecord &job)
{
    QString error;
    if (!m_store->save(job, &error))
        Q_EMIT problem(job.id, error);
}

void JobTracker::onTaskUpdated(const TaskStatus &status)
{
    const QString jobId = jobForTask(status.taskId);
    if (jobId.isEmpty())
        return;
    JobRecord job = m_store->job(jobId);
    if (!job.applyStatus(status, QDateTime::currentDateTimeUtc()))
        return;
    saveOrReport(job);
    if (job.state != JobRecord::State::Monitoring)
        m_jobByTask.remove(status.taskId); // the task ended (Finishing: the job's own steps follow)
    Q_EMIT jobChanged(jobId);
    if (job.isFinished())
        Q_EMIT jobFinished(jobId);
}

void JobTracker::cancel(const QString &jobId)
{
    JobRecord job = m_store->job(jobId);
    if (job.id.isEmpty() || job.isFinished()) {
        Q_EMIT cancelFinished(jobId, {});
        return;
    }
    if (job.taskId.isEmpty()) {
        // Nothing runs in AWS yet. (Aborting the job's multipart upload is the upload engine's.)
        job.cancelRequested = true;
        job.state = JobRecord::State::Cancelled;
        job.finishedAt = job.updatedAt = QDateTime::currentDateTimeUtc();
        saveOrReport(job);
        Q_EMIT jobChanged(jobId);
        Q_EMIT jobFinished(jobId);
        Q_EMIT cancelFinished(jobId, {});
        return;
    }
    aws::AwsClient *client = m_clients ? m_clients(job.region, job.awsProfile) : nullptr;
    if (!client) {
        aws::AwsError error;
        error.kind = aws::AwsError::Kind::Credentials;
        error.message = tr("No AWS client for Region %1 and profile %2.").arg(job.region, job.awsProfile);
        Q_EMIT cancelFinished(jobId, error);
        return;
    }
    // Saved before the call: if the app dies meanwhile, "deleted" still reads as a cancel.
    job.cancelRequested = true;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    saveOrReport(job);
    if (TaskMonitor *taskMonitor = monitor(job.region, job.awsProfile))
        taskMonitor->setCancelRequested(job.taskId);
    aws::AwsCall *call = cancelImportTask(*client, job.operation, job.taskId);
    auto done = [this, call, jobId] {
        const aws::AwsError error = call->error();
        JobRecord current = m_store->job(jobId);
        if (error.isError() && !current.isFinished()) {
            // The task goes on (or already ended): a later "deleted" is not the user's cancel.
            current.cancelRequested = false;
            saveOrReport(current);
            if (TaskMonitor *taskMonitor = monitor(current.region, current.awsProfile))
                taskMonitor->setCancelRequested(current.taskId, false);
        }
        Q_EMIT cancelFinished(jobId, error);
        if (TaskMonitor *taskMonitor = monitor(current.region, current.awsProfile))
            taskMonitor->refreshNow();
    };
    if (call->isFinished())
        done();
    else
        connect(call, &aws::AwsCall::finished, this, done);
}

} // namespace vmi::import
