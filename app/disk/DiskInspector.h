#pragma once

#include "disk/DiskReport.h"

#include <QCoreApplication>

class QIODevice;

namespace vmi::disk {

// Tells a disk image's format by its content (never its extension), with its virtual size,
// partition table, boot-mode hint and what AWS would make of it. Reads a few structures
// at known offsets, never the image's data: inspecting 1 TiB costs what 1 MiB does.
class DiskInspector
{
    Q_DECLARE_TR_FUNCTIONS(DiskInspector)

public:
    static constexpr qint64 DefaultReadBudget = 4 * 1024 * 1024;

    static DiskReport inspect(const QString &path, qint64 readBudget = DefaultReadBudget);
    // The same for an open, seekable device; `path` is reported and names extent files.
    static DiskReport inspect(QIODevice *device, const QString &path, qint64 readBudget = DefaultReadBudget);
};

} // namespace vmi::disk
