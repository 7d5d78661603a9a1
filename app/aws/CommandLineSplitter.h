#pragma once

#include <QString>
#include <QStringList>

namespace vmi::aws {

// Splits a credential_process command line into program and arguments the way the AWS CLI
// does (botocore compat_shell_split): Python's shlex.split on POSIX systems, the C runtime's
// rules on Windows. No shell is involved, so no expansion, globbing or redirection.
class CommandLineSplitter
{
public:
    // The rules of the platform this runs on.
    static QStringList split(const QString &commandLine, QString *error);

    // shlex.split(s) (POSIX mode, no comments); on an unclosed quote or a trailing backslash,
    // an empty list and *error set to shlex's words.
    static QStringList splitPosix(const QString &commandLine, QString *error);
    // botocore's _windows_shell_split.
    static QStringList splitWindows(const QString &commandLine, QString *error);
};

} // namespace vmi::aws
