#pragma once

#include "aws/AwsError.h"
#include "import/TaskMonitor.h"
#include "models/JobRecord.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace vmi::aws {
class AwsClient;
}

namespace vmi::import {

class JobStore;

// Keeps the job store in step with AWS: watches the task of every job that was submitted (one
// TaskMonitor per Region and AWS profile), records each status change, the stage history and
// the results in the job's file, and sends cancels. Shared by the dashboard and the CLI.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    // The client for a job's Region and AWS profile; the factory keeps ownership. Null when
    // no client can be made (the job is reported through problem()).
    using ClientFactory = std::function<aws::AwsClient *(const QString &region, const QString &awsProfile)>;

    JobTracker(JobStore *store, ClientFactory clients, QObject *parent = nullptr);
    ~JobTracker() override;

    void setIntervals(TaskMonitor::Intervals intervals);

    // Watches every unfinished job whose task AWS accepted (after a start or restart).
    void resume();
    // Watches one job's task (after its submit was accepted).
    void track(const QString &jobId);
    bool isTracking(const QString &jobId) const;
    void refreshNow();

    // Cancels a job: a submitted one through CancelImportTask / CancelImageCreation (the
    // job ends Cancelled when AWS reports the task "deleted"/CANCELLED), one not yet
    // submitted at once.
    void cancel(const QString &jobId);

    // The monitor of a Region and profile (made on first use); null without a client.
    TaskMonitor *monitor(const QString &region, const QString &awsProfile);

Q_SIGNALS:
    void jobChanged(const QString &jobId);
    void jobFinished(const QString &jobId);
    void cancelFinished(const QString &jobId, const vmi::aws::AwsError &error);
    void problem(const QString &jobId, const QString &message);

private:
    void onTaskUpdated(const TaskStatus &status);
    QString jobForTask(const QString &taskId) const;
    void saveOrReport(const JobRecord &job);

    JobStore *m_store;
    ClientFactory m_clients;
    TaskMonitor::Intervals m_intervals;
    QHash<QString, TaskMonitor *> m_monitors; // "region\nprofile" -> monitor (children)
    QHash<QString, QString> m_jobByTask;
};

} // namespace vmi::import
