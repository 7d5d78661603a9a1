#pragma once

#include "import/JobStore.h"
#include "models/JobRecord.h"

#include <QJsonObject>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace vmi::cli {

// The job as the CLI prints it with --output json: the stored record minus the request.
QJsonObject jobSummaryJson(const JobRecord &job);
// One line per job: id, state/stage, progress, name, result or error.
QString jobLine(const JobRecord &job);
// The job with its stage history, error and fix, for `vmimport status ID`.
void printJobDetails(const JobRecord &job, QTextStream &out);
// A job by full id or unique id prefix; empty id and a message in *error otherwise.
JobRecord findJob(const import::JobStore &store, const QString &idOrPrefix, QString *error);
// The job commands' --output text|json.
QCommandLineOption outputFormatOption();
// Parses a job command's arguments (arguments[0] is the command's name) with `output` among
// the parser's options; false after printing why on err. *json: --output json.
bool parseJobArguments(QCommandLineParser &parser, const QCommandLineOption &output,
                       const QStringList &arguments, bool *json, QTextStream &err);
// Loads the store and reports the files it left alone on err.
bool loadStore(import::JobStore &store, QTextStream &err);

} // namespace vmi::cli
