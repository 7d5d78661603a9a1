#include "disk/OvaSniffer.h"

#include "disk/BoundedReader.h"
#include "disk/DiskReport.h"
#include "disk/TarWalker.h"

#include <QRegularExpression>

#include <algorithm>

namespace vmi::disk {

namespace {
constexpr qint64 MaxOvfBytes = 1024 * 1024;

bool hasSuffix(const QString &name, QLatin1String suffix)
{
    return name.endsWith(suffix, Qt::CaseInsensitive);
}

// Files the OVF's References section names (ovf:href="disk1.vmdk").
QStringList referencedFiles(const QByteArray &ovf)
{
    static const QRegularExpression href(QStringLiteral(R"re(\bhref\s*=\s*"([^"]+)")re"));
    QStringList files;
    auto it = href.globalMatch(QString::fromUtf8(ovf));
    while (it.hasNext())
        files.append(it.next().captured(1));
    return files;
}
} // namespace

bool OvaSniffer::sniff(const BoundedReader &file, DiskReport &report, const MemberSniffer &sniffMember)
{
    if (!TarWalker::isTarHeader(file.read(0, 512)))
        return false;
    report.format = DiskFormat::Ova;

    bool damaged = false;
    const QList<TarMember> entries = TarWalker::walk(file, &damaged);
    if (damaged)
        report.addError(tr("The archive is damaged after %n member(s).", nullptr, int(entries.size())),
                        tr("Export the OVA again from its source."));

    QStringList ovfs;
    qint64 totalVirtualSize = 0;
    int disks = 0;
    for (const TarMember &entry : entries) {
        if (entry.type != '0')
            continue;
        ArchiveMember member{entry.name, entry.dataOffset, entry.size, DiskFormat::Unknown, {}, -1};
        if (hasSuffix(entry.name, QLatin1String(".ovf"))) {
            ovfs.append(entry.name);
            const QByteArray ovf = file.read(entry.dataOffset, std::min(entry.size, MaxOvfBytes));
            for (const QString &reference : referencedFiles(ovf)) {
                if (!std::any_of(entries.cbegin(), entries.cend(),
                                 [&](const TarMember &m) { return m.name == reference; }))
                    report.addError(
                        tr("The OVF references \"%1\", which is not in the archive.").arg(reference),
                        tr("Export the OVA again with every disk inside it."));
            }
        } else if (!hasSuffix(entry.name, QLatin1String(".mf")) &&
                   !hasSuffix(entry.name, QLatin1String(".cert"))) {
            DiskReport inner;
            inner.fileSize = entry.size;
            sniffMember(file.subRange(entry.dataOffset, entry.size), inner);
            member.format = inner.format;
            member.subformat = inner.subformat;
            member.virtualSize = inner.virtualSize;
            ++disks;
            if (inner.virtualSize > 0)
                totalVirtualSize += inner.virtualSize;
            // Chunked disks are "disk1.vmdk.000000000", "disk1.vmdk.000000001", ...
            static const QRegularExpression chunk(QStringLiteral(R"re(\.\d{6,}$)re"));
            if (chunk.match(entry.name).hasMatch())
                report.addError(tr("\"%1\" is a chunk of a disk: AWS refuses OVAs with chunked disk files.")
                                    .arg(entry.name),
                                tr("Export the OVA again without chunking (one file per disk)."));
            else if (inner.format == DiskFormat::Vmdk && inner.subformat != QLatin1String("streamOptimized"))
                report.addError(tr("The disk \"%1\" in the OVA is a %2 VMDK; AWS takes only stream-optimized "
                                   "VMDKs.")
                                    .arg(entry.name, inner.subformat),
                                tr("Extract the OVA, convert the disk with qemu-img convert -O vmdk -o "
                                   "subformat=streamOptimized, and import the VMDK (or rebuild the OVA)."));
            else if (inner.format != DiskFormat::Vmdk && inner.format != DiskFormat::Vhd &&
                     inner.format != DiskFormat::Raw)
                report.addError(tr("The OVA member \"%1\" is not a disk format AWS reads (%2).")
                                    .arg(entry.name, formatKey(inner.format)));
        }
        report.members.append(member);
    }

    if (ovfs.isEmpty())
        report.addError(tr("The archive holds no .ovf descriptor: it is a tar file, not an OVA."));
    else if (!report.members.isEmpty() && !hasSuffix(report.members.first().name, QLatin1String(".ovf")))
        report.addWarning(
            tr("The .ovf descriptor is not the archive's first member, as the OVF standard requires."),
            tr("Rebuild it with the .ovf first: tar -cf out.ova vm.ovf vm.mf disk1.vmdk ..."));
    if (disks == 0)
        report.addError(tr("The OVA contains no disk."));
    report.virtualSize = disks > 0 ? totalVirtualSize : -1;
    return true;
}

} // namespace vmi::disk
