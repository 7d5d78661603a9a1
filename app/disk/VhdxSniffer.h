#pragma once

#include <QCoreApplication>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// VHDX (Hyper-V gen 2 container): "vhdxfile" at offset 0; the virtual size and the disk
// kind come from the metadata region that the region table at 192 KiB points to.
class VhdxSniffer
{
    Q_DECLARE_TR_FUNCTIONS(VhdxSniffer)

public:
    static bool sniff(const BoundedReader &file, DiskReport &report);
};

} // namespace vmi::disk
