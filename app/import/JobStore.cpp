#include "import/JobStore.h"

#include "import/ClientToken.h"
#include "models/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vmi::import {

namespace {

// Job ids are UUIDs made by createJob; anything else must not become a path.
bool isSafeId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 64 &&
           std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-'; });
}

// Why the file at path must not be read or overwritten; empty when it is a job we can own.
QString reasonToLeaveAlone(const QByteArray &content, QJsonObject *job)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return JobStore::tr("not a JSON object (%1)").arg(parseError.errorString());
    const QJsonObject root = document.object();
    const int version = root[u"schemaVersion"].toInt(0);
    if (version < 1)
        return JobStore::tr("no schemaVersion");
    if (version > JobRecord::SchemaVersion)
        return JobStore::tr("written by a newer version of the app (schema %1, this app reads %2)")
            .arg(version)
            .arg(JobRecord::SchemaVersion);
    if (job)
        *job = root[u"job"].toObject();
    return {};
}

} // namespace

JobStore::JobStore(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir.isEmpty() ? defaultDirectory() : dir)
{}

QString JobStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/jobs"_s;
}

bool JobStore::load()
{
    m_jobs.clear();
    m_problems.clear();
    m_blockedPaths.clear();
    QDir dir(m_dir);
    if (!makePrivateDirectory(m_dir))
        return false;
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({path, file.errorString()});
            m_blockedPaths.insert(path);
            continue;
        }
        QJsonObject json;
        QString reason = reasonToLeaveAlone(file.readAll(), &json);
        Outcome<JobRecord> job;
        if (reason.isEmpty()) {
            job = JobRecord::fromJson(json);
            reason = job.error;
        }
        if (reason.isEmpty() && pathFor(job.value->id) != path)
            reason = tr("the file name does not match the job id %1").arg(job.value->id);
        if (!reason.isEmpty()) {
            m_problems.append({path, reason});
            m_blockedPaths.insert(path);
            continue;
        }
        m_jobs.insert(job.value->id, *job.value);
    }
    return true;
}

QList<JobRecord> JobStore::jobs() const
{
    QList<JobRecord> all = m_jobs.values();
    std::sort(all.begin(), all.end(), [](const JobRecord &a, const JobRecord &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return all;
}

QList<JobRecord> JobStore::unfinishedJobs() const
{
    QList<JobRecord> unfinished = jobs();
    unfinished.removeIf([](const JobRecord &job) { return job.isFinished(); });
    return unfinished;
}

JobRecord JobStore::createJob(const QString &name, ImportOperation operation, const QJsonObject &request,
                              const QString &region, const QString &awsProfile, QString *error)
{
    JobRecord job;
    job.id = ClientToken::generate();
    job.name = name;
    job.operation = operation;
    job.request = request;
    job.region = region;
    job.awsProfile = awsProfile;
    job.clientToken = ClientToken::generate();
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.updatedAt = job.createdAt;
    if (!save(job, error))
        return {};
    return job;
}

QString JobStore::pathFor(const QString &id) const
{
    return QDir(m_dir).filePath(id + u".json"_s);
}

bool JobStore::save(const JobRecord &job, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!isSafeId(job.id))
        return fail(tr("'%1' is not a job id").arg(job.id));
    const QString path = pathFor(job.id);
    if (m_blockedPaths.contains(path))
        return fail(tr("%1 is left alone: it could not be read when the jobs were loaded").arg(path));
    // Another process (the CLI next to the GUI) may have written a newer format since load().
    if (QFile existing(path); existing.open(QIODevice::ReadOnly)) {
        const QString reason = reasonToLeaveAlone(existing.readAll(), nullptr);
        if (!reason.isEmpty()) {
            m_blockedPaths.insert(path);
            m_problems.append({path, reason});
            return fail(tr("%1 is left alone: %2").arg(path, reason));
        }
    }
    const QJsonObject root{{u"schemaVersion"_s, JobRecord::SchemaVersion}, {u"job"_s, job.toJson()}};
    QString writeError;
    if (!writePrivateFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented), &writeError))
        return fail(writeError);
    JobRecord stored = job;
    stored.request = withoutSecrets(job.request);
    m_jobs.insert(job.id, stored);
    Q_EMIT jobSaved(job.id);
    return true;
}

bool JobStore::remove(const QString &id, QString *error)
{
    if (!m_jobs.contains(id) || !isSafeId(id)) {
        if (error)
            *error = tr("no job %1").arg(id);
        return false;
    }
    // A running import must never be forgotten: only finished jobs go.
    if (!m_jobs.value(id).isFinished()) {
        if (error)
            *error = tr("job %1 has not finished").arg(id);
        return false;
    }
    if (!QFile::remove(pathFor(id)) && QFile::exists(pathFor(id))) {
        if (error)
            *error = tr("cannot delete %1").arg(pathFor(id));
        return false;
    }
    m_jobs.remove(id);
    Q_EMIT jobRemoved(id);
    return true;
}

} // namespace vmi::import
