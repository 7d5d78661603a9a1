#pragma once

#include "disk/DiskReport.h"

#include <QCoreApplication>

class QFile;
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

    // What the file is and what is wrong with the file itself, without ImportPolicy's verdict
    // on what AWS makes of it: for callers that judge that per operation themselves (the
    // models/ Validator). `importable` stays empty.
    static DiskReport describe(const QString &path, qint64 readBudget = DefaultReadBudget);

private:
    static DiskReport unreadable(const QString &path, const QFile &file);
    static DiskReport describeDevice(QIODevice *device, const QString &path, qint64 readBudget);
};

} // namespace vmi::disk
