#pragma once

#include <QCoreApplication>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// Reads the MBR and, behind a protective MBR, the GPT of a disk whose sectors are stored as
// they are (raw, fixed VHD), and fills partitionTable and bootModeHint.
class PartitionTableSniffer
{
    Q_DECLARE_TR_FUNCTIONS(PartitionTableSniffer)

public:
    static void inspect(const BoundedReader &disk, DiskReport &report);
};

} // namespace vmi::disk
