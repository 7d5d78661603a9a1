#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// `vmimport validate PROFILE.json [--output json|text]`: the Validator's diagnostics for a
// profile file, after inspecting the local files its upload section names (relative paths
// are relative to the profile file). Exit status 0 only without errors, 1 with errors (or
// a file that is not a readable profile), 2 for bad usage. JSON output:
// {"valid": bool, "diagnostics": [{"field", "severity", "message", "hint"}]}.
int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vmi::cli
