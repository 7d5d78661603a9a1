#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"
#include "models/InspectedDisk.h"

#include <QCoreApplication>
#include <QMap>

namespace vmi {

// What every rule class gets: the settings, the inspection results, facts derived once (the
// Region's partition) and where to put diagnostics.
struct ValidationContext
{
    const ImportSettings &settings;
    const QMap<qsizetype, InspectedDisk> &inspected;
    QString partition; // of settings.region; empty when the Region is not a known name
    DiagnosticSink &sink;

    ImportOperation operation() const { return settings.operation; }
    bool isImportImage() const { return settings.operation == ImportOperation::ImportImage; }
    bool isImportSnapshot() const { return settings.operation == ImportOperation::ImportSnapshot; }
    // The local file for disk `index`, or an empty string.
    QString localFile(qsizetype index) const
    {
        return index < settings.upload.localFiles.size() ? settings.upload.localFiles[index] : QString();
    }
    const InspectedDisk *inspection(qsizetype index) const
    {
        const auto it = inspected.constFind(index);
        return it == inspected.constEnd() ? nullptr : &it.value();
    }
};

// Field paths, as the Validator names them.
namespace field {
// "DiskContainers[i]" for ImportImage, "DiskContainer" for ImportSnapshot.
QString disk(ImportOperation operation, qsizetype index);
QString localFile(qsizetype index); // "upload.localFiles[i]"
QString member(const QString &path, const char *name);
} // namespace field

} // namespace vmi
