#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// vmimport jobs [--output json]: every import job in the job store, without calling AWS.
int runJobs(const QStringList &arguments, QTextStream &out, QTextStream &err);
// vmimport status [ID] [--all] [--watch] [--output json]: asks AWS where the unfinished jobs
// (or job ID; --all adds the finished ones) stand, records it, prints it; --watch keeps
// monitoring until every job shown has ended.
int runStatus(const QStringList &arguments, QTextStream &out, QTextStream &err);
// vmimport cancel ID: cancels the job's import task (CancelImportTask / CancelImageCreation).
int runCancel(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vmi::cli
