#include "cli/JobsCommand.h"

#include "cli/JobOutput.h"
#include "import/AwsSession.h"
#include "import/ImportJob.h"
#include "import/JobRunner.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli)
};

// The options every job command shares; returns false (after printing why) on bad usage.
struct JobOptions
{
    QStringList positional;
    bool json = false;
    bool all = false;
    bool watch = false;
};

bool parse(const QStringList &arguments, bool allowAllWatch, JobOptions *options, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputFormatOption();
    const QCommandLineOption all(u"all"_s, Tr::tr("Also the finished jobs."));
    const QCommandLineOption watch(u"watch"_s, Tr::tr("Keep monitoring until every job shown has ended."));
    parser.addOption(output);
    if (allowAllWatch) {
        parser.addOption(all);
        parser.addOption(watch);
    }
    if (!parseJobArguments(parser, output, arguments, &options->json, err))
        return false;
    options->all = allowAllWatch && parser.isSet(all);
    options->watch = allowAllWatch && parser.isSet(watch);
    options->positional = parser.positionalArguments();
    return true;
}

// Cancels a job through the job pipeline, under the job's lock (refused while another process
// drives it): it aborts the job's upload, or cancels the task in AWS (CancelImportTask /
// CancelImageCreation) and waits for AWS's answer to the cancel.
int cancelJob(import::JobStore &store, import::JobTracker &tracker,
              const import::JobTracker::ClientFactory &clients, const QString &id, QTextStream &out,
              QTextStream &err)
{
    if (store.job(id).state == JobRecord::State::Finishing) {
        err << "vmimport: "
            << Tr::tr("job %1 has already completed its import; only its last steps are left").arg(id)
            << '\n';
        return 1;
    }
    import::JobRunner runner(&store, &tracker, clients);
    QString error;
    import::ImportJob *job = runner.attach(id, &error);
    if (!job) {
        err << "vmimport: " << error << '\n';
        return 1;
    }
    QEventLoop loop;
    std::optional<aws::AwsError> cancelAnswer;
    QObject::connect(job, &import::ImportJob::notice, &loop,
                     [&](const QString &, const QString &text) { err << id << ": " << text << '\n'; });
    QObject::connect(job, &import::ImportJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(&tracker, &import::JobTracker::cancelFinished, &loop,
                     [&](const QString &jobId, const aws::AwsError &answer) {
                         if (jobId != id)
                             return;
                         cancelAnswer = answer;
                         loop.quit();
                     });
    job->cancel();
    if (!store.job(id).isFinished() && !cancelAnswer)
        loop.exec();
    if (cancelAnswer && cancelAnswer->isError()) {
        err << "vmimport: " << cancelAnswer->toCliText() << '\n';
        return 1;
    }
    const JobRecord after = store.job(id);
    if (!after.isFinished()) {
        out << Tr::tr("Cancelling %1: AWS is stopping the task (%2).").arg(id, after.taskId) << '\n';
        return 0;
    }
    out << Tr::tr("Cancelled %1.").arg(id) << '\n';
    if (after.state == JobRecord::State::Cancelled && !after.error.isEmpty()) {
        // Cancelled, but an upload's parts stay in S3: say so, and how to remove them.
        err << "vmimport: " << after.error << '\n';
        if (!after.fix.isEmpty())
            err << after.fix << '\n';
        return 1;
    }
    return after.state == JobRecord::State::Cancelled ? 0 : 1;
}

void print(const QList<JobRecord> &jobs, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray array;
        for (const JobRecord &job : jobs)
            array.append(jobSummaryJson(job));
        out << QJsonDocument(QJsonObject{{u"jobs"_s, array}}).toJson(QJsonDocument::Indented);
        return;
    }
    for (const JobRecord &job : jobs)
        out << jobLine(job) << '\n';
}

} // namespace

int runJobs(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    JobOptions options;
    if (!parse(arguments, false, &options, err))
        return 2;
    if (!options.positional.isEmpty()) {
        err << "vmimport: " << Tr::tr("jobs takes no arguments") << '\n';
        return 2;
    }
    import::JobStore store;
    if (!loadStore(store, err))
        return 1;
    print(store.jobs(), options.json, out);
    return 0;
}

int runStatus(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    JobOptions options;
    if (!parse(arguments, true, &options, err))
        return 2;
    if (options.positional.size() > 1) {
        err << "vmimport: " << Tr::tr("status takes at most one job id") << '\n';
        return 2;
    }
    import::JobStore store;
    if (!loadStore(store, err))
        return 1;
    QStringList ids;
    if (!options.positional.isEmpty()) {
        QString error;
        const JobRecord job = findJob(store, options.positional.first(), &error);
        if (job.id.isEmpty()) {
            err << "vmimport: " << error << '\n';
            return 1;
        }
        ids.append(job.id);
    } else {
        for (const JobRecord &job : options.all ? store.jobs() : store.unfinishedJobs())
            ids.append(job.id);
    }

    import::AwsSession clients;
    int problems = 0;
    import::JobTracker tracker(&store, [&](const QString &region, const QString &profile) {
        QString error;
    aws::AwsClient *client = clients.client(profile, region, &error);
    if (!client)
        err << "vmimport: " << error << '\n';
    return client;
});
QObject::connect(&tracker, &import::JobTracker::problem, [&](const QString &id, const QString &message) {
    ++problems;
    err << "vmimport: " << id << ": " << message << '\n';
});
// Ask AWS once for every unfinished job shown (one round per Region and profile).
QSet<import::TaskMonitor *> waiting;
for (const QString &id : std::as_const(ids)) {
    const JobRecord job = store.job(id);
    if (job.isFinished() || job.taskId.isEmpty())
        continue;
    tracker.track(id);
    if (import::TaskMonitor *monitor = tracker.monitor(job.region, job.awsProfile))
        waiting.insert(monitor);
}
QEventLoop loop;
for (import::TaskMonitor *monitor : std::as_const(waiting)) {
    QObject::connect(monitor, &import::TaskMonitor::roundFinished, &loop, [&waiting, &loop, monitor] {
        waiting.remove(monitor);
        if (waiting.isEmpty())
            loop.quit();
    });
}
if (!waiting.isEmpty())
    loop.exec();

auto selected = [&] {
    QList<JobRecord> jobs;
    for (const QString &id : std::as_const(ids))
        jobs.append(store.job(id));
    return jobs;
};
if (!options.watch || options.json) {
    if (ids.size() == 1 && !options.json)
        printJobDetails(store.job(ids.first()), out);
    else
        print(selected(), options.json, out);
    if (!options.watch)
        return problems > 0 ? 1 : 0;
} else {
    print(selected(), false, out);
}
out.flush();
// --watch: a line per change until every job shown has ended.
QEventLoop watchLoop;
auto allEnded = [&] {
    for (const QString &id : std::as_const(ids)) {
        if (!store.job(id).isFinished() && tracker.isTracking(id))
            return false;
    }
    return true;
};
QObject::connect(&tracker, &import::JobTracker::jobChanged, &watchLoop, [&](const QString &id) {
    if (!ids.contains(id))
        return;
    if (options.json)
        out << QJsonDocument(jobSummaryJson(store.job(id))).toJson(QJsonDocument::Compact) << '\n';
    else
        out << jobLine(store.job(id)) << '\n';
    out.flush();
    if (allEnded())
        watchLoop.quit();
});
if (!allEnded())
    watchLoop.exec();
return problems > 0 ? 1 : 0;
} // namespace vmi::cli

int runCancel(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    JobOptions options;
    if (!parse(arguments, false, &options, err))
        return 2;
    if (options.positional.size() != 1) {
        err << "vmimport: " << Tr::tr("cancel takes one job id") << '\n';
        return 2;
    }
    import::JobStore store;
    if (!loadStore(store, err))
        return 1;
    QString error;
    const JobRecord job = findJob(store, options.positional.first(), &error);
    if (job.id.isEmpty()) {
        err << "vmimport: " << error << '\n';
        return 1;
    }
    if (job.isFinished()) {
        err << "vmimport: " << Tr::tr("job %1 has already ended (%2)").arg(job.id, stateName(job.state))
            << '\n';
        return 1;
    }
    import::AwsSession clients;
    const import::JobTracker::ClientFactory factory = [&](const QString &region, const QString &profile) {
        QString reason;
        aws::AwsClient *client = clients.client(profile, region, &reason);
        if (!client)
            err << "vmimport: " << reason << '\n';
        return client;
    };
    import::JobTracker tracker(&store, factory);
    return cancelJob(store, tracker, factory, job.id, out, err);
}

} // namespace vmi::cli
