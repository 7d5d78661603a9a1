#pragma once

#include "import/JobStore.h"
#include "models/JobRecord.h"

#include <QJsonObject>
#include <QString>

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
// Loads the store and reports the files it left alone on err.
bool loadStore(import::JobStore &store, QTextStream &err);

} // namespace vmi::cli
