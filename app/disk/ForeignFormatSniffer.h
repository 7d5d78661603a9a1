#pragma once

#include <QCoreApplication>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// Formats no AWS import takes but users often have: QCOW2 (QEMU/KVM, Proxmox) and VDI
// (VirtualBox). Recognised so the report can say how to convert them.
class ForeignFormatSniffer
{
    Q_DECLARE_TR_FUNCTIONS(ForeignFormatSniffer)

public:
    static bool sniff(const BoundedReader &file, DiskReport &report);
};

} // namespace vmi::disk
