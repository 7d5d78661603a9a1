#pragma once

#include "import/JobTracker.h"
#include "models/ImportSettings.h"
#include "transfer/MultipartUpload.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace vmi::import {

class ImportJob;
class JobStore;

// The import jobs this process drives: makes new ones from import settings, and picks up the
// unfinished ones of the job store after a restart (each one that no other process drives).
// The GUI has one, `vmimport run` and `vmimport resume` have one; all share the JobStore and
// the JobTracker that watches the tasks in AWS.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(JobStore *store, JobTracker *tracker, JobTracker::ClientFactory clients,
              QObject *parent = nullptr);
    ~JobRunner() override;

    void setSubmitRetry(std::chrono::milliseconds wait) { m_submitRetry = wait; }

    // A new job of `settings` (local files given as absolute paths), saved and started. Null,
    // with the reason, when it cannot be made.
    ImportJob *startNew(const ImportSettings &settings, const QString &name, QString *error);
    // Picks up one unfinished job (null, with the reason, when it is finished, unknown or
    // driven by another process).
    ImportJob *resumeJob(const QString &jobId, QString *error);
    // Picks up every unfinished job; `skipped` gets a line for each one that could not be.
    QList<ImportJob *> resumeUnfinished(QStringList *skipped = nullptr);

    // Takes charge of an unfinished job without starting it (to cancel it, say).
    ImportJob *attach(const QString &jobId, QString *error);

    ImportJob *job(const QString &jobId) const { return m_jobs.value(jobId); }
    QList<ImportJob *> jobs() const { return m_jobs.values(); }
    JobStore *store() const { return m_store; }
    JobTracker *tracker() const { return m_tracker; }

Q_SIGNALS:
    void jobStarted(const QString &jobId);
    void jobChanged(const QString &jobId);
    void jobFinished(const QString &jobId);
    void uploadProgressChanged(const QString &jobId, int disk, const vmi::transfer::UploadProgress &progress);
    void notice(const QString &jobId, const QString &text);

private:
    ImportJob *adopt(const QString &jobId, QString *error);

    JobStore *m_store;
    JobTracker *m_tracker;
    JobTracker::ClientFactory m_clients;
    std::chrono::milliseconds m_submitRetry{30'000};
    QHash<QString, ImportJob *> m_jobs; // children
};

} // namespace vmi::import
