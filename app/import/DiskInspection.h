#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"
#include "models/InspectedDisk.h"

#include <QMap>

class QDir;

namespace vmi::disk {
struct DiskReport;
}

namespace vmi::import {

// What the Validator needs to know about an inspected file, from the inspector's report.
// Shared by `vmimport validate` and the wizard, so both judge a file the same way.
InspectedDisk toInspectedDisk(const disk::DiskReport &report);

// Inspects one local file (describe(): the Validator decides per operation what AWS accepts).
// Reads at most a few MiB, but from a possibly slow disk: the GUI calls it off its thread.
InspectedDisk inspectLocalFile(const QString &path);

// Makes settings.upload.localFiles absolute against `base` and inspects those that exist;
// files that do not exist are reported in `missing`.
QMap<qsizetype, InspectedDisk> inspectLocalFiles(ImportSettings &settings, const QDir &base,
                                                 QList<Diagnostic> &missing);

} // namespace vmi::import
