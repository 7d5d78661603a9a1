#pragma once

#include <QString>
#include <QStringList>

namespace vmi {

// File names for profiles that every desktop file system takes: ASCII letters, digits, '-',
// '_' and '.', no leading dot, no trailing dot or space, no Windows device name (CON, NUL,
// COM1, ...), at most 80 characters, and unique ignoring case (macOS and Windows ignore
// it). The profile's real name is inside the file, so the mapping need not be reversible.
class ProfileFileName
{
public:
    static QString stem(const QString &profileName);
    // "<stem>.json", or "<stem>-2.json", ... when a name in `taken` already has it (any case).
    static QString make(const QString &profileName, const QStringList &taken);
};

} // namespace vmi
