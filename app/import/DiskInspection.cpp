#include "import/DiskInspection.h"

#include "disk/DiskInspector.h"
#include "disk/DiskReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vmi::import {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::import::DiskInspection)
};

Diagnostic::Severity toSeverity(disk::Diagnostic::Severity severity)
{
    switch (severity) {
    case disk::Diagnostic::Severity::Error:
        return Diagnostic::Severity::Error;
    case disk::Diagnostic::Severity::Warning:
        return Diagnostic::Severity::Warning;
    case disk::Diagnostic::Severity::Info:
        return Diagnostic::Severity::Info;
    }
    Q_UNREACHABLE();
}

} // namespace

InspectedDisk toInspectedDisk(const disk::DiskReport &report)
{
    InspectedDisk inspected{disk::formatKey(report.format),
                            report.subformat,
                            report.virtualSize,
                            report.fileSize,
                            disk::partitionTableKey(report.partitionTable),
                            disk::bootModeKey(report.bootModeHint),
                            {}};
    for (const disk::Diagnostic &d : report.diagnostics)
        inspected.findings.append({{}, toSeverity(d.severity), d.message, d.hint});
    return inspected;
}

InspectedDisk inspectLocalFile(const QString &path)
{
    return toInspectedDisk(disk::DiskInspector::describe(path));
}

QMap<qsizetype, InspectedDisk> inspectLocalFiles(ImportSettings &settings, const QDir &base,
                                                 QList<Diagnostic> &missing)
{
    QMap<qsizetype, InspectedDisk> inspected;
    QStringList &files = settings.upload.localFiles;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files[i].isEmpty())
            continue;
        files[i] = QDir::cleanPath(base.absoluteFilePath(files[i]));
        if (!QFileInfo::exists(files[i])) {
            missing.append({QStringLiteral("upload.localFiles[%1]").arg(i), Diagnostic::Severity::Error,
                            Tr::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(files[i])),
                            Tr::tr("Relative paths are relative to the profile file.")});
            continue;
        }
        inspected.insert(i, inspectLocalFile(files[i]));
    }
    return inspected;
}

} // namespace vmi::import
