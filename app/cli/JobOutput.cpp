#include "cli/JobOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli)
};

QString stageOf(const JobRecord &job)
{
    return job.state == JobRecord::State::Monitoring && !job.lastStatus.taskId.isEmpty()
               ? job.lastStatus.stage()
               : stateName(job.state);
}

} // namespace

QJsonObject jobSummaryJson(const JobRecord &job)
{
    QJsonObject json = job.toJson();
    json.remove(u"request"_s);
    json.insert(u"stage"_s, stageOf(job));
    return json;
}

QString jobLine(const JobRecord &job)
{
    const int progress = job.state == JobRecord::State::Completed ? 100 : job.lastStatus.progress;
    QString result = !job.imageId.isEmpty() ? job.imageId : job.snapshotIds.join(u',');
    if (job.state == JobRecord::State::Failed)
        result = job.error;
    return u"%1  %2  %3  %4  %5  %6"_s.arg(
        job.id, apiName(job.operation).leftJustified(15), stageOf(job).leftJustified(22),
        (progress >= 0 ? u"%1%"_s.arg(progress) : u"-"_s).rightJustified(4), job.name, result);
}

void printJobDetails(const JobRecord &job, QTextStream &out)
{
    out << jobLine(job) << '\n';
    out << "  " << Tr::tr("task:") << ' ' << (job.taskId.isEmpty() ? u"-"_s : job.taskId) << "  "
        << Tr::tr("region:") << ' ' << job.region << "  " << Tr::tr("submit:") << ' '
        << submitOutcomeName(job.submitOutcome) << '\n';
    for (const JobRecord::StageEntry &entry : job.history) {
        out << "  " << entry.at.toString(Qt::ISODate) << "  " << entry.stage;
        if (entry.progress >= 0)
            out << ' ' << entry.progress << '%';
        if (!entry.statusMessage.isEmpty() && entry.statusMessage != entry.stage)
            out << "  " << entry.statusMessage;
        out << '\n';
    }
    if (!job.error.isEmpty())
        out << "  " << Tr::tr("error:") << ' ' << job.error << '\n';
    if (!job.fix.isEmpty())
        out << "  " << Tr::tr("fix:") << ' ' << job.fix << '\n';
}

QCommandLineOption outputFormatOption()
{
    return QCommandLineOption(u"output"_s, Tr::tr("Output format: text or json."), u"format"_s, u"text"_s);
}

bool parseJobArguments(QCommandLineParser &parser, const QCommandLineOption &output,
                       const QStringList &arguments, bool *json, QTextStream &err)
{
    // arguments[0] is the command's name; QCommandLineParser skips the first entry.
    if (!parser.parse(arguments)) {
        err << "vmimport: " << parser.errorText() << '\n';
        return false;
    }
    const QString format = parser.value(output);
    if (format != u"text" && format != u"json") {
        err << "vmimport: " << Tr::tr("--output takes text or json") << '\n';
        return false;
    }
    *json = format == u"json";
    return true;
}

JobRecord findJob(const import::JobStore &store, const QString &idOrPrefix, QString *error)
{
    if (store.contains(idOrPrefix))
        return store.job(idOrPrefix);
    QList<JobRecord> matches;
    for (const JobRecord &job : store.jobs()) {
        if (!idOrPrefix.isEmpty() && job.id.startsWith(idOrPrefix))
            matches.append(job);
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty() ? Tr::tr("no job '%1'").arg(idOrPrefix)
                               : Tr::tr("'%1' names more than one job").arg(idOrPrefix);
    return {};
}

bool loadStore(import::JobStore &store, QTextStream &err)
{
    if (!store.load()) {
        err << "vmimport: " << Tr::tr("cannot open the job folder %1").arg(store.directory()) << '\n';
        return false;
    }
    for (const import::JobStore::Problem &problem : store.problems())
        err << "vmimport: " << Tr::tr("left alone: %1: %2").arg(problem.path, problem.reason) << '\n';
    return true;
}

} // namespace vmi::cli
