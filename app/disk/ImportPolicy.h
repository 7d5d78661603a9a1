#pragma once

#include <QCoreApplication>

namespace vmi::disk {

struct DiskReport;

// What AWS makes of an inspected disk: fills DiskReport::importable and adds the errors and
// fixes (mostly a qemu-img command) for what the import APIs refuse. Kept apart from the
// sniffers, which only say what the file is.
class ImportPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ImportPolicy)

public:
    static void apply(DiskReport &report);

    // `qemu-img convert` from the report's format to a stream-optimized VMDK next to it.
    static QString convertCommand(const DiskReport &report);
};

} // namespace vmi::disk
