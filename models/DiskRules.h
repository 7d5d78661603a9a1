#pragma once

#include "models/ValidationContext.h"

namespace vmi {

// The disks of ImportImage and ImportSnapshot: where each comes from (a local file to upload,
// UserBucket, Url or SnapshotId), its Format, device name, and what inspecting its file found.
// Sources (aws-import-facts.md 1.2, 1.3, 2.1, 2.4): formats per operation; VMDK only
// stream-optimized, for ImportImage and ImportSnapshot alike ("VM Import/Export supports the
// following image formats for importing both disks and VMs: ... Stream-optimized ESX VMDK",
// VM Import/Export user guide, requirements page); no differencing VHD; at most 21 disks;
// disks under 16 TiB, and under 8 TiB for ImportImage; an OVA carries the whole VM.
class DiskRules
{
public:
    static void check(const ValidationContext &context);

private:
    static void checkCount(const ValidationContext &context);
    static void checkSource(const ValidationContext &context, qsizetype index);
    static void checkUserBucket(const ValidationContext &context, qsizetype index);
    static void checkUrl(const ValidationContext &context, qsizetype index);
    static void checkFormat(const ValidationContext &context, qsizetype index);
    static void checkDeviceNames(const ValidationContext &context);
    static void checkInspection(const ValidationContext &context, qsizetype index);
    static void checkBootDisk(const ValidationContext &context);
};

} // namespace vmi
