// libFuzzer target: the disk-image header parsers (VHDX, VMDK, VHD, OVA/tar, ISO, qcow2 and the
// other foreign formats, MBR/GPT) through DiskInspector on an in-memory file made of the input,
// with ImportPolicy's verdict on the report.

#include "disk/DiskInspector.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    // No folder: a VMDK descriptor's extents are then not looked up on this machine's disk.
    const vmi::disk::DiskReport report = vmi::disk::DiskInspector::inspect(&file, QString());
    Q_UNUSED(report);
    return 0;
}
