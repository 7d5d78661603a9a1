#pragma once

#include <QCoreApplication>

#include <functional>

namespace vmi::disk {

class BoundedReader;
struct DiskReport;

// OVA: a tar archive holding an .ovf descriptor, optionally a .mf manifest, and the disks.
// Each disk is told apart by its own first bytes, in place inside the archive.
class OvaSniffer
{
    Q_DECLARE_TR_FUNCTIONS(OvaSniffer)

public:
    // Inspects one member's content (the inspector's sniffers, minus OVA itself).
    using MemberSniffer = std::function<void(const BoundedReader &member, DiskReport &report)>;

    static bool sniff(const BoundedReader &file, DiskReport &report, const MemberSniffer &sniffMember);
};

} // namespace vmi::disk
