#pragma once

#include <QCoreApplication>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// VMDK: a sparse extent (magic "KDMV", with or without an embedded descriptor) or a
// descriptor-only text file pointing at extent files.
class VmdkSniffer
{
    Q_DECLARE_TR_FUNCTIONS(VmdkSniffer)

public:
    static bool sniff(const BoundedReader &file, DiskReport &report);
};

} // namespace vmi::disk
