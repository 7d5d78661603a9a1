#include "disk/PartitionTableSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/ByteFields.h"
#include "disk/DiskReport.h"

#include <QUuid>

#include <algorithm>

namespace vmi::disk {

namespace {
constexpr qint64 SectorSize = 512;
constexpr int MbrEntriesAt = 446;
constexpr quint8 ProtectiveMbrType = 0xEE;
constexpr quint8 EfiSystemMbrType = 0xEF;
constexpr quint8 ActiveFlag = 0x80;
// 128 entries of 128 bytes is what every tool writes; the cap only guards against garbage.
constexpr qint64 MaxGptEntryBytes = 128 * 1024;

const QUuid EfiSystemPartition(QStringLiteral("{C12A7328-F81F-11D2-BA4B-00A0C93EC93B}"));
const QUuid BiosBootPartition(QStringLiteral("{21686148-6449-6E6F-744E-656564454649}"));

struct MbrEntry
{
    quint8 status = 0;
    quint8 type = 0;
};

void inspectGpt(const BoundedReader &disk, DiskReport &report)
{
    // The header sits in LBA 1: at 512 on 512-byte-sector disks, at 4096 on 4Kn ones.
    QByteArray header;
    qint64 sectorSize = 0;
    for (qint64 candidate : {qint64(512), qint64(4096)}) {
        header = disk.read(candidate, 92);
        if (fields::hasMagic(header, 0, "EFI PART")) {
            sectorSize = candidate;
            break;
        }
    }
    if (sectorSize == 0) {
        report.partitionTable = PartitionTable::Unknown;
        report.addWarning(
            PartitionTableSniffer::tr(
                "The disk has a protective MBR but no GPT header in sector 1: the GPT is damaged."),
            PartitionTableSniffer::tr(
                "Repair the partition table (for example with gdisk) before importing."));
        return;
    }
    report.partitionTable = PartitionTable::Gpt;

    const quint64 entriesLba = fields::le64(header, 72);
    const quint32 entryCount = fields::le32(header, 80);
    const quint32 entrySize = fields::le32(header, 84);
    if (entrySize < 128 || entrySize > 4096 || entryCount == 0 ||
        entriesLba > quint64(disk.size() / sectorSize)) {
        report.addWarning(
            PartitionTableSniffer::tr("The GPT header describes no readable partition entries."));
        return;
    }
    const qint64 bytes = std::min<qint64>(qint64(entryCount) * entrySize, MaxGptEntryBytes);
    const QByteArray entries = disk.read(qint64(entriesLba) * sectorSize, bytes);

    bool esp = false;
    bool biosBoot = false;
    int used = 0;
    for (qsizetype at = 0; at + entrySize <= entries.size(); at += entrySize) {
        const QUuid type = fields::guid(entries, at);
        if (type.isNull())
            continue;
        ++used;
        esp = esp || type == EfiSystemPartition;
        biosBoot = biosBoot || type == BiosBootPartition;
    }
    if (used == 0)
        report.addWarning(PartitionTableSniffer::tr("The GPT has no partitions."));
    if (esp) {
        report.bootModeHint = BootModeHint::Uefi;
        if (biosBoot)
            report.addInfo(PartitionTableSniffer::tr(
                "The disk has both an EFI System Partition and a BIOS boot partition: it may boot "
                "either way; UEFI is suggested."));
    } else if (biosBoot) {
        report.bootModeHint = BootModeHint::LegacyBios;
    }
}
} // namespace

void PartitionTableSniffer::inspect(const BoundedReader &disk, DiskReport &report)
{
    report.partitionTable = PartitionTable::None;
    const QByteArray mbr = disk.readExactly(0, SectorSize);
    bool valid = !mbr.isEmpty() && quint8(mbr.at(510)) == 0x55 && quint8(mbr.at(511)) == 0xAA;

    QList<MbrEntry> entries;
    for (int i = 0; valid && i < 4; ++i) {
        const MbrEntry entry{quint8(mbr.at(MbrEntriesAt + 16 * i)),
                             quint8(mbr.at(MbrEntriesAt + 16 * i + 4))};
        // A status other than 0x00/0x80 means the 0x55AA belongs to a boot sector that is not
        // an MBR (an unpartitioned NTFS or FAT volume also ends its first sector with it).
        valid = entry.status == 0 || entry.status == ActiveFlag;
        if (entry.type != 0)
            entries.append(entry);
    }

    if (!valid || entries.isEmpty()) {
        // Only a note: whether that matters depends on the import (the Validator's DiskRules
        // warn for ImportImage; ImportSnapshot takes a data disk without partitions).
        report.addInfo(tr("No partition table found: the disk is empty or holds a bare file system."));
        return;
    }

    const bool protective = std::any_of(entries.cbegin(), entries.cend(),
                                        [](const MbrEntry &e) { return e.type == ProtectiveMbrType; });
    if (protective) {
        inspectGpt(disk, report);
        return;
    }

    report.partitionTable = PartitionTable::Mbr;
    if (std::any_of(entries.cbegin(), entries.cend(),
                    [](const MbrEntry &e) { return e.type == EfiSystemMbrType; }))
        report.bootModeHint = BootModeHint::Uefi;
    else if (std::any_of(entries.cbegin(), entries.cend(),
                         [](const MbrEntry &e) { return e.status == ActiveFlag; }))
        report.bootModeHint = BootModeHint::LegacyBios;
}

} // namespace vmi::disk
