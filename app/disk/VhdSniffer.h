#pragma once

#include <QCoreApplication>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// VHD (Virtual PC / Hyper-V gen 1): a 512-byte "conectix" footer at the end of the file,
// copied at the start of dynamic and differencing disks.
class VhdSniffer
{
    Q_DECLARE_TR_FUNCTIONS(VhdSniffer)

public:
    static bool sniff(const BoundedReader &file, DiskReport &report);
};

} // namespace vmi::disk
