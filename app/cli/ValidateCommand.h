#pragma once

#include "models/ImportSettings.h"
#include "models/InspectedDisk.h"

#include <QMap>
#include <QStringList>

class QDir;
class QTextStream;

namespace vmi::disk {
struct DiskReport;
}

namespace vmi::cli {

// `vmimport validate PROFILE.json [--output json|text]`: the Validator's diagnostics for a
// profile file, after inspecting the local files its upload section names (relative paths
// are relative to the profile file). Exit status 0 only without errors, 1 with errors (or
// a file that is not a readable profile), 2 for bad usage. JSON output:
// {"valid": bool, "diagnostics": [{"field", "severity", "message", "hint"}]}.
int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err);

// What the Validator needs to know about an inspected file, from the inspector's report.
InspectedDisk toInspectedDisk(const disk::DiskReport &report);

// Makes settings.upload.localFiles absolute against `base` and inspects those that exist;
// files that do not exist are reported in `missing`.
QMap<qsizetype, InspectedDisk> inspectLocalFiles(ImportSettings &settings, const QDir &base,
                                                 QList<Diagnostic> &missing);

} // namespace vmi::cli
