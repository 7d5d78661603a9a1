#include "disk/DiskReport.h"

#include <algorithm>

namespace vmi::disk {

bool DiskReport::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

void DiskReport::addError(const QString &message, const QString &hint)
{
    diagnostics.append({Diagnostic::Severity::Error, message, hint});
}

void DiskReport::addWarning(const QString &message, const QString &hint)
{
    diagnostics.append({Diagnostic::Severity::Warning, message, hint});
}

void DiskReport::addInfo(const QString &message, const QString &hint)
{
    diagnostics.append({Diagnostic::Severity::Info, message, hint});
}

QString partitionTableKey(PartitionTable table)
{
    switch (table) {
    case PartitionTable::Unknown:
        return QStringLiteral("unknown");
    case PartitionTable::None:
        return QStringLiteral("none");
    case PartitionTable::Mbr:
        return QStringLiteral("mbr");
    case PartitionTable::Gpt:
        return QStringLiteral("gpt");
    }
    Q_UNREACHABLE();
}

QString bootModeKey(BootModeHint hint)
{
    switch (hint) {
    case BootModeHint::Unknown:
        return QStringLiteral("unknown");
    case BootModeHint::LegacyBios:
        return QStringLiteral("legacy-bios");
    case BootModeHint::Uefi:
        return QStringLiteral("uefi");
    }
    Q_UNREACHABLE();
}

QString severityKey(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    Q_UNREACHABLE();
}

} // namespace vmi::disk
