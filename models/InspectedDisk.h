#pragma once

#include "models/Diagnostic.h"

#include <QList>
#include <QString>

namespace vmi {

// What inspecting a local disk file found, for the Validator. The caller fills it from
// app/disk's DiskReport (models does not depend on app/disk): the keys are the inspector's
// stable ones (disk/DiskFormat.h formatKey, DiskReport.h partitionTableKey / bootModeKey).
struct InspectedDisk
{
    QString format;          // raw, vmdk, vhd, vhdx, ova, qcow2, iso, vdi, unknown
    QString subformat;       // streamOptimized, monolithicSparse, fixed, dynamic, differencing, ...
    qint64 virtualSize = -1; // bytes the guest sees; -1 when unknown
    qint64 fileSize = -1;
    QString partitionTable; // gpt, mbr, none, unknown
    QString bootModeHint;   // uefi, legacy-bios, unknown
    // What the inspector found wrong with the file itself (damaged, truncated, missing
    // extents, ...), as opposed to what AWS makes of it, which the Validator decides.
    // Their `field` is ignored: the Validator names the disk's file.
    QList<Diagnostic> findings;
};

} // namespace vmi
