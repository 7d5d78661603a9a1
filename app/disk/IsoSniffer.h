#pragma once

#include <QCoreApplication>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// ISO 9660 (and UDF) optical-disc images: volume descriptors from sector 16 (offset 32768).
class IsoSniffer
{
    Q_DECLARE_TR_FUNCTIONS(IsoSniffer)

public:
    static bool sniff(const BoundedReader &file, DiskReport &report);
};

} // namespace vmi::disk
