#include "disk/DiskInspector.h"

#include "disk/BoundedReader.h"
#include "disk/ForeignFormatSniffer.h"
#include "disk/ImportPolicy.h"
#include "disk/IsoSniffer.h"
#include "disk/OvaSniffer.h"
#include "disk/PartitionTableSniffer.h"
#include "disk/VhdSniffer.h"
#include "disk/VhdxSniffer.h"
#include "disk/VmdkSniffer.h"

#include <QDir>
#include <QFile>

namespace vmi::disk {

namespace {
constexpr qint64 SectorSize = 512;

// Formats with a magic number at a fixed place come first; VHD is looked for at the end,
// so after them; ISO before raw because hybrid ISOs carry an MBR too. Raw has no
// signature at all: it is what remains when the size is a whole number of sectors.
void sniffContent(const BoundedReader &file, DiskReport &report, bool insideArchive)
{
    if (VhdxSniffer::sniff(file, report) || ForeignFormatSniffer::sniff(file, report) ||
        VmdkSniffer::sniff(file, report))
        return;
    if (!insideArchive) {
        const auto member = [](const BoundedReader &inner, DiskReport &innerReport) {
            sniffContent(inner, innerReport, true);
        };
        if (OvaSniffer::sniff(file, report, member))
            return;
    }
    if (VhdSniffer::sniff(file, report) || IsoSniffer::sniff(file, report))
        return;
    if (file.size() >= SectorSize && file.size() % SectorSize == 0) {
        report.format = DiskFormat::Raw;
        report.virtualSize = file.size();
        PartitionTableSniffer::inspect(file, report);
    }
}
} // namespace

DiskReport DiskInspector::inspect(const QString &path, qint64 readBudget)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    return inspect(&file, path, readBudget);
}

DiskReport DiskInspector::describe(const QString &path, qint64 readBudget)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    return describeDevice(&file, path, readBudget);
}

DiskReport DiskInspector::inspect(QIODevice *device, const QString &path, qint64 readBudget)
{
    DiskReport report = describeDevice(device, path, readBudget);
    ImportPolicy::apply(report);
    return report;
}

DiskReport DiskInspector::unreadable(const QString &path, const QFile &file)
{
    DiskReport report;
    report.path = path;
    report.addError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return report;
}

DiskReport DiskInspector::describeDevice(QIODevice *device, const QString &path, qint64 readBudget)
{
    DiskReport report;
    report.path = path;
    report.fileSize = device->size();

    BoundedReader::Budget budget{readBudget, 0};
    sniffContent(BoundedReader(device, &budget, 0, report.fileSize), report, false);
    report.bytesRead = budget.used;
    if (budget.used >= budget.limit)
        report.addWarning(
            tr("The inspection stopped at its read limit (%1 bytes); the report may be incomplete.")
                .arg(budget.limit));
    return report;
}

} // namespace vmi::disk
