#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// Parses the command line and runs the command; returns the process exit status
// (0 success, 1 the command failed, 2 bad usage).
int run(const QStringList &arguments);

// The same, writing to the given streams (tests pass buffers).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vmi::cli
