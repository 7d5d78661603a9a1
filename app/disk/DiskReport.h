#pragma once

#include "disk/DiskFormat.h"

#include <QList>
#include <QString>

namespace vmi::disk {

enum class PartitionTable
{
    Unknown, // not looked at (the container hides the first sectors) or unreadable
    None,
    Mbr,
    Gpt,
};

// What the partition table suggests for ImportImage's BootMode; only a hint, AWS decides.
enum class BootModeHint
{
    Unknown,
    LegacyBios,
    Uefi,
};

struct Diagnostic
{
    enum class Severity
    {
        Error,   // the import would fail: AWS refuses the file or the operation
        Warning, // the import may fail or do something the user does not expect
        Info,
    };

    Severity severity = Severity::Info;
    QString message;
    QString hint; // what to do about it, often a command; may be empty

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

// Which import operations would take the file as it is. Kept as plain flags here because
// app/disk does not depend on models (ImportOperation); app/import maps one onto the other.
struct Importability
{
    bool importImage = false;
    bool importSnapshot = false;
    bool importDiskImage = false;

    friend bool operator==(const Importability &, const Importability &) = default;
};

// A file inside an archive (OVA), with what its first bytes say it is.
struct ArchiveMember
{
    QString name;
    qint64 offset = 0; // of the member's data inside the archive
    qint64 size = 0;
    DiskFormat format = DiskFormat::Unknown; // Unknown for descriptors (.ovf, .mf) too
    QString subformat;
    qint64 virtualSize = -1;
};

struct DiskReport
{
    QString path;
    DiskFormat format = DiskFormat::Unknown;
    QString subformat;       // "streamOptimized", "fixed", ... ; empty when the format has none
    qint64 virtualSize = -1; // bytes the guest sees; -1 when unknown
    qint64 fileSize = -1;
    PartitionTable partitionTable = PartitionTable::Unknown;
    BootModeHint bootModeHint = BootModeHint::Unknown;
    Importability importable;
    QList<Diagnostic> diagnostics;
    QList<ArchiveMember> members; // OVA only
    qint64 bytesRead = 0;         // what the inspection read from the file, for tests and logs

    bool hasErrors() const;
    void addError(const QString &message, const QString &hint = {});
    void addWarning(const QString &message, const QString &hint = {});
    void addInfo(const QString &message, const QString &hint = {});
};

// Stable keys for JSON output: "gpt", "mbr", "none", "unknown" / "uefi", "legacy-bios",
// "unknown" (ImportImage's BootMode spelling) / "error", "warning", "info".
QString partitionTableKey(PartitionTable table);
QString bootModeKey(BootModeHint hint);
QString severityKey(Diagnostic::Severity severity);

} // namespace vmi::disk
