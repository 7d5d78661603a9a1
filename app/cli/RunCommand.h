#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// vmimport run PROFILE.json [--name NAME] [--wait] [--poll SECONDS] [--output json]
// [--cli-read-timeout SECONDS]: makes an import job of the profile and runs it headless:
// inspect, upload, submit; with --wait also monitor and the after-import steps, to the job's
// end. Ctrl+C stops it resumable.
int runRun(const QStringList &arguments, QTextStream &out, QTextStream &err);
// vmimport resume [ID] [--wait] [--poll SECONDS] [--cli-read-timeout SECONDS] [--output json]:
// goes on with one unfinished job, or every unfinished job no other process runs, from where
// each stopped.
int runResume(const QStringList &arguments, QTextStream &out, QTextStream &err);
// vmimport retry ID [--wait] [--poll SECONDS] [--cli-read-timeout SECONDS] [--output json]:
// starts a failed job again from the step that failed (the dashboard's Retry); an import task
// that failed in AWS becomes a new import with a new ClientToken.
int runRetry(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vmi::cli
