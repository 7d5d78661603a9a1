#include "import/JobRunner.h"

#include "import/ImportJob.h"
#include "import/JobStore.h"
#include "import/SubmittedRequest.h"
#include "models/ProfileJson.h"

using namespace Qt::StringLiterals;

namespace vmi::import {

JobRunner::JobRunner(JobStore *store, JobTracker *tracker, JobTracker::ClientFactory clients, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_clients(std::move(clients))
{}

JobRunner::~JobRunner() = default;

ImportJob *JobRunner::startNew(const ImportSettings &settings, const QString &name, QString *error)
{
    // No job file for an import that cannot reach AWS: a later start would run it unasked.
    if (!m_clients || !m_clients(settings.region, settings.awsProfile)) {
        *error =
            tr("No AWS client for Region %1 and profile %2.")
                .arg(settings.region, settings.awsProfile.isEmpty() ? u"default"_s : settings.awsProfile);
        return nullptr;
    }
    const bool imageBuilder = settings.operation == ImportOperation::ImportDiskImage;
    JobRecord job = m_store->createJob(name, settings.operation, SubmittedRequest::requestJson(settings),
                                       settings.region, settings.awsProfile, error);
    if (job.id.isEmpty())
        return nullptr;
    // A ClientToken the user gave is theirs to keep: running the profile again returns the
    // same task. Otherwise the store's fresh one is the job's for every submit.
    const std::optional<QString> &given =
        imageBuilder ? settings.imageBuilder.clientToken : settings.ec2.clientToken;
    if (given && !given->isEmpty())
        job.clientToken = *given;
    job.settings = ProfileJson::write(Profile{name.isEmpty() ? job.id : name, settings}).json;
    if (!m_store->save(job, error))
        return nullptr;
    ImportJob *started = adopt(job.id, error);
    if (started)
        started->start();
    return started;
}

ImportJob *JobRunner::resumeJob(const QString &jobId, QString *error)
{
    if (ImportJob *running = m_jobs.value(jobId))
        return running;
    const JobRecord job = m_store->job(jobId);
    if (job.id.isEmpty()) {
        *error = tr("There is no job %1.").arg(jobId);
        return nullptr;
    }
    if (job.isFinished()) {
        *error = tr("Job %1 has already ended (%2).").arg(jobId, stateName(job.state));
        return nullptr;
    }
    ImportJob *resumed = adopt(jobId, error);
    if (resumed)
        resumed->start();
    return resumed;
}

ImportJob *JobRunner::attach(const QString &jobId, QString *error)
{
    if (ImportJob *running = m_jobs.value(jobId))
        return running;
    return adopt(jobId, error);
}

QList<ImportJob *> JobRunner::resumeUnfinished(QStringList *skipped)
{
    QList<ImportJob *> resumed;
    for (const JobRecord &job : m_store->unfinishedJobs()) {
        QString error;
        if (ImportJob *running = resumeJob(job.id, &error))
            resumed.append(running);
        else if (skipped)
            skipped->append(error);
    }
    return resumed;
}

ImportJob *JobRunner::adopt(const QString &jobId, QString *error)
{
    const JobRecord job = m_store->job(jobId);
    aws::AwsClient *client = m_clients ? m_clients(job.region, job.awsProfile) : nullptr;
    if (!client) {
        *error = tr("No AWS client for job %1 (Region %2, profile %3).")
                     .arg(jobId, job.region, job.awsProfile.isEmpty() ? u"default"_s : job.awsProfile);
        return nullptr;
    }
    auto *importJob = new ImportJob(jobId, m_store, m_tracker, client, this);
    if (!importJob->acquire(error)) {
        delete importJob;
        return nullptr;
    }
    importJob->setTiming({m_submitRetry});
    connect(importJob, &ImportJob::changed, this, &JobRunner::jobChanged);
    connect(importJob, &ImportJob::finished, this, &JobRunner::jobFinished);
    connect(importJob, &ImportJob::uploadProgressChanged, this, &JobRunner::uploadProgressChanged);
    connect(importJob, &ImportJob::notice, this, &JobRunner::notice);
    m_jobs.insert(jobId, importJob);
    Q_EMIT jobStarted(jobId);
    return importJob;
}

} // namespace vmi::import
