#pragma once

#include "models/JobRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace vmi::import {

// Every import job as one JSON file (<dir>/<id>.json, {"schemaVersion": 1, "job": {...}}),
// written atomically with QSaveFile so a crash leaves the old or the new file, never half of
// one. A file that cannot be read, or was written by a newer version of the app, is reported
// and left alone: never overwritten, never deleted.
class JobStore : public QObject
{
    Q_OBJECT
public:
    // A file the store could not read, and why.
    struct Problem
    {
        QString path;
        QString reason;
    };

    // dir empty: QStandardPaths::AppDataLocation + "/jobs".
    explicit JobStore(const QString &dir = QString(), QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    // Reads every job file; returns false only when the folder cannot be made. Problems
    // lists the files left alone.
    bool load();
    const QList<Problem> &problems() const { return m_problems; }

    QList<JobRecord> jobs() const; // oldest first
    QList<JobRecord> unfinishedJobs() const;
    bool contains(const QString &id) const { return m_jobs.contains(id); }
    JobRecord job(const QString &id) const { return m_jobs.value(id); }

    // A new job, saved before it is returned: id and ClientToken are made here, once, so
    // every submit of this job (including a resubmit after a lost answer) sends the same token.
    // An empty id on failure (error in *error).
    JobRecord createJob(const QString &name, ImportOperation operation, const QJsonObject &request,
                        const QString &region, const QString &awsProfile, QString *error = nullptr);

    // Writes the job (secrets removed). False, with the reason in *error, when the file on
    // disk is one the store must not overwrite or the write failed.
    bool save(const JobRecord &job, QString *error = nullptr);
    // Deletes a finished job's file; refuses an unfinished job.
    bool remove(const QString &id, QString *error = nullptr);

    QString pathFor(const QString &id) const;

Q_SIGNALS:
    void jobSaved(const QString &id);
    void jobRemoved(const QString &id);

private:
    QString m_dir;
    QHash<QString, JobRecord> m_jobs;
    QSet<QString> m_blockedPaths; // unreadable or newer-schema files: never written
    QList<Problem> m_problems;
};

} // namespace vmi::import
