#pragma once

#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace vmi::disk {
struct DiskReport;
}

namespace vmi::cli {

// `vmimport inspect FILE... [--output json|text]`: what each disk image is and which
// imports would take it. Exit status 0 when no file has an error diagnostic, 1 otherwise,
// 2 for bad usage.
int runInspect(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The stable JSON shape of one report (keys: path, format, subformat, virtualSize, fileSize,
// partitionTable, bootModeHint, importable, diagnostics; members for an OVA).
QJsonObject reportToJson(const disk::DiskReport &report);

} // namespace vmi::cli
