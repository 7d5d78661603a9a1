#include "cli/RunCommand.h"

#include "cli/InterruptNotifier.h"
#include "cli/JobOutput.h"
#include "cli/ProgressBar.h"
#include "import/AwsSession.h"
#include "import/DiskInspection.h"
#include "import/ImportJob.h"
#include "import/JobRunner.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "models/ProfileJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::RunCommand)
};

constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;
constexpr int ExitInterrupted = 130;

struct RunOptions
{
    QStringList positional;
    QString name;
    bool wait = false;
    bool json = false;
    std::chrono::milliseconds poll{0}; // 0: the monitor's default
    int readTimeoutSeconds = -1;       // --cli-read-timeout; -1: the client's default, 0: none
};

bool parse(const QStringList &arguments, bool withName, RunOptions *options, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputFormatOption();
    const QCommandLineOption wait(
        u"wait"_s, Tr::tr("Stay until the import has ended (completed, failed or cancelled)."));
    const QCommandLineOption poll(u"poll"_s, Tr::tr("Ask AWS every SECONDS while a task moves (default 10)."),
                                  u"seconds"_s);
    const QCommandLineOption name(u"name"_s, Tr::tr("The job's name (default: the profile's name)."),
                                  u"name"_s);
    // The AWS CLI's global option: how long a call may go without a byte moving.
    const QCommandLineOption readTimeout(
        u"cli-read-timeout"_s,
        Tr::tr("Give up on a call (and retry it) when no byte moved for SECONDS (default 60)."),
        u"seconds"_s);
    parser.addOptions({output, wait, poll, readTimeout});
    if (withName)
        parser.addOption(name);
    if (!parseJobArguments(parser, output, arguments, &options->json, err))
        return false;
    if (parser.isSet(poll)) {
        bool ok = false;
        const double seconds = parser.value(poll).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600) {
            err << "vmimport: " << Tr::tr("--poll takes 0.1 to 3600 seconds") << '\n';
            return false;
        }
        options->poll = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(readTimeout)) {
        bool ok = false;
        options->readTimeoutSeconds = parser.value(readTimeout).toInt(&ok);
        if (!ok || options->readTimeoutSeconds < 0 || options->readTimeoutSeconds > 86'400) {
            err << "vmimport: " << Tr::tr("--cli-read-timeout takes 0 to 86400 seconds") << '\n';
            return false;
        }
    }
    options->wait = parser.isSet(wait);
    options->name = withName ? parser.value(name) : QString();
    options->positional = parser.positionalArguments(); // arguments[0], the command, is skipped
    return true;
}

// Whether a job got as far as this run takes it: submitted (or ended) without --wait, ended
// with it.
bool reachedGoal(const JobRecord &job, bool wait)
{
    if (job.isFinished())
        return true;
    return !wait && job.state == JobRecord::State::Monitoring;
}

// Drives the jobs of one run on the event loop and reports on the terminal: a progress bar
// for uploads when stderr is a terminal, a line per change of stage, the end state on stdout.
class RunSession
{
public:
    RunSession(QTextStream &out, QTextStream &err, const RunOptions &options)
        : m_out(out)
        , m_err(err)
        , m_options(options)
        , m_bar(err, ProgressBar::isTerminal(stderr))
        , m_tracker(&m_store,
                    [this](const QString &region, const QString &profile) { return client(region, profile); })
        , m_runner(&m_store, &m_tracker,
                   [this](const QString &region, const QString &profile) { return client(region, profile); })
    {
        if (options.readTimeoutSeconds >= 0)
            m_clients.setReadTimeout(std::chrono::seconds(options.readTimeoutSeconds));
        if (options.poll.count() > 0)
            m_tracker.setIntervals({options.poll, std::max(options.poll, std::chrono::milliseconds(60'000))});
        QObject::connect(&m_runner, &import::JobRunner::notice,
                         [this](const QString &id, const QString &text) {
                             m_bar.clear();
                             m_err << id << ": " << text << '\n';
                             m_err.flush();
                         });
        QObject::connect(&m_tracker, &import::JobTracker::problem,
                         [this](const QString &id, const QString &text) {
                             m_bar.clear();
                             m_err << id << ": " << text << '\n';
                             m_err.flush();
                         });
        QObject::connect(
            &m_runner, &import::JobRunner::uploadProgressChanged,
            [this](const QString &, int, const transfer::UploadProgress &progress) { m_bar.show(progress); });
        QObject::connect(&m_runner, &import::JobRunner::jobChanged,
                         [this](const QString &id) { onChanged(id); });
    }

    bool loadStore() { return cli::loadStore(m_store, m_err); }
    vmi::import::JobStore &store() { return m_store; }
    vmi::import::JobRunner &runner() { return m_runner; }

    void watch(const QList<import::ImportJob *> &jobs)
    {
        for (import::ImportJob *job : jobs)
            m_ids.append(job->id());
    }

    // Runs until every job reached its goal or Ctrl+C; the exit status.
    int exec()
    {
        InterruptNotifier interrupts;
        QObject::connect(&interrupts, &InterruptNotifier::interrupted, &m_loop, [this] {
            m_interrupted = true;
            m_loop.quit();
        });
        if (!allReached())
            m_loop.exec();
        m_bar.clear();
        return report();
    }

private:
    aws::AwsClient *client(const QString &region, const QString &profile)
    {
        QString error;
        aws::AwsClient *made = m_clients.client(profile, region, &error);
        if (!made)
            m_err << "vmimport: " << error << '\n';
        return made;
    }

    bool allReached() const
    {
        return std::all_of(m_ids.cbegin(), m_ids.cend(), [this](const QString &id) {
            return reachedGoal(m_store.job(id), m_options.wait);
        });
    }

    void onChanged(const QString &id)
    {
        if (!m_ids.contains(id))
            return;
        const JobRecord job = m_store.job(id);
        const QString line = jobLine(job);
        if (line != m_lastLine.value(id)) {
            m_lastLine.insert(id, line);
            if (!m_options.json) {
                m_bar.clear();
                m_err << line << '\n';
                m_err.flush();
            }
        }
        if (allReached())
            m_loop.quit();
    }

    int report()
    {
        bool failed = false;
        QJsonArray jobs;
        for (const QString &id : std::as_const(m_ids)) {
            const JobRecord job = m_store.job(id);
            failed =
                failed || job.state == JobRecord::State::Failed || job.state == JobRecord::State::Cancelled;
            if (m_options.json)
                jobs.append(jobSummaryJson(job));
            else
                printJobDetails(job, m_out);
            if (!job.isFinished() && !m_interrupted && !m_options.wait)
                m_err << Tr::tr(
                             "Job %1 is submitted: `vmimport resume %1 --wait` follows it to the end (or the "
                             "app's dashboard).")
                             .arg(id)
                      << '\n';
        }
        if (m_options.json)
            m_out << QJsonDocument(QJsonObject{{u"jobs"_s, jobs}}).toJson(QJsonDocument::Indented);
        if (m_interrupted) {
            m_err << Tr::tr("Interrupted. Nothing is lost: `vmimport resume` goes on where the jobs stopped; "
                            "`vmimport cancel ID` cancels one.")
                  << '\n';
            return ExitInterrupted;
        }
        return failed ? ExitFailed : 0;
    }

    QTextStream &m_out;
    QTextStream &m_err;
    RunOptions m_options;
    ProgressBar m_bar;
    vmi::import::AwsSession m_clients;
    vmi::import::JobStore m_store;
    vmi::import::JobTracker m_tracker;
    vmi::import::JobRunner m_runner;
    QEventLoop m_loop;
    QStringList m_ids;
    QHash<QString, QString> m_lastLine;
    bool m_interrupted = false;
};

} // namespace

int runRun(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RunOptions options;
    if (!parse(arguments, true, &options, err))
        return ExitUsage;
    if (options.positional.size() != 1) {
        err << "vmimport: " << Tr::tr("run takes one profile file") << '\n';
        return ExitUsage;
    }
    const QString path = options.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "vmimport: " << Tr::tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitFailed;
    }
    const ProfileJson::Read read = ProfileJson::read(file.readAll());
    if (!read.profile) {
        for (const Diagnostic &error : read.errors)
            err << "vmimport: " << path << ": " << (error.field.isEmpty() ? QString() : error.field + u": "_s)
                << error.message << '\n';
        return ExitFailed;
    }
    // Local files are relative to the profile; the job keeps absolute paths.
    ImportSettings settings = read.profile->settings;
    const QDir base = QFileInfo(path).absoluteDir();
    for (QString &local : settings.upload.localFiles) {
        if (!local.isEmpty())
            local = QDir::cleanPath(base.absoluteFilePath(local));
    }

    RunSession session(out, err, options);
    if (!session.loadStore())
        return ExitFailed;
    QString error;
    import::ImportJob *job = session.runner().startNew(
        settings, options.name.isEmpty() ? read.profile->name : options.name, &error);
    if (!job) {
        err << "vmimport: " << error << '\n';
        return ExitFailed;
    }
    err << Tr::tr("Job %1 started.").arg(job->id()) << '\n';
    err.flush();
    session.watch({job});
    return session.exec();
}

int runResume(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RunOptions options;
    if (!parse(arguments, false, &options, err))
        return ExitUsage;
    if (options.positional.size() > 1) {
        err << "vmimport: " << Tr::tr("resume takes at most one job id") << '\n';
        return ExitUsage;
    }
    RunSession session(out, err, options);
    if (!session.loadStore())
        return ExitFailed;
    QList<import::ImportJob *> jobs;
    if (!options.positional.isEmpty()) {
        QString error;
        const JobRecord found = findJob(session.store(), options.positional.first(), &error);
        import::ImportJob *job = found.id.isEmpty() ? nullptr : session.runner().resumeJob(found.id, &error);
        if (!job) {
            err << "vmimport: " << error << '\n';
            return ExitFailed;
        }
        jobs.append(job);
    } else {
        QStringList skipped;
        jobs = session.runner().resumeUnfinished(&skipped);
        for (const QString &reason : std::as_const(skipped))
            err << "vmimport: " << reason << '\n';
        if (jobs.isEmpty()) {
            err << Tr::tr("No unfinished job to resume.") << '\n';
            return skipped.isEmpty() ? 0 : ExitFailed;
        }
    }
    for (import::ImportJob *job : std::as_const(jobs)) {
        err << Tr::tr("Resuming job %1 (%2).").arg(job->id(), stateName(job->record().state)) << '\n';
        // Asking to resume is asking to go on: a job paused in the app continues too.
        job->resume();
    }
    err.flush();
    session.watch(jobs);
    return session.exec();
}

int runRetry(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RunOptions options;
    if (!parse(arguments, false, &options, err))
        return ExitUsage;
    if (options.positional.size() != 1) {
        err << "vmimport: " << Tr::tr("retry takes one job id") << '\n';
        return ExitUsage;
    }
    RunSession session(out, err, options);
    if (!session.loadStore())
        return ExitFailed;
    QString error;
    const JobRecord found = findJob(session.store(), options.positional.first(), &error);
    import::ImportJob *job = found.id.isEmpty() ? nullptr : session.runner().attach(found.id, &error);
    const JobRecord::State failedIn = found.failedIn;
    if (!job || !job->retry(&error)) {
        err << "vmimport: " << error << '\n';
        return ExitFailed;
    }
    err << Tr::tr("Retrying job %1 from the step that failed (%2).").arg(job->id(), stateName(failedIn))
        << '\n';
    err.flush();
    session.watch({job});
    return session.exec();
}

} // namespace vmi::cli
