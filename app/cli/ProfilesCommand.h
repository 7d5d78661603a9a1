#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// `vmimport profiles list | show NAME | import FILE [--name N] [--operation OP] |
// export NAME [FILE]`, on the desktop app's profile store (ProfileStore). Text for people by
// default, `--output json` for scripts; `export` always prints the request as JSON (the AWS
// CLI's --cli-input-json), to FILE or standard output. Exit status 0 on success, 1 when the
// store refuses (unknown or broken profile, name taken, bad file), 2 for bad usage.
int runProfiles(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vmi::cli
