#pragma once

#include <QString>

#include <optional>

namespace vmi::disk {

// A disk-image container format, told apart by content (see DiskInspector).
enum class DiskFormat
{
    Unknown,
    Raw,
    Vmdk,
    Vhd,
    Vhdx,
    Ova,
    Qcow2,
    Iso,
    Vdi, // VirtualBox; no AWS API takes it, but users have them and need the conversion hint
};

// Stable lower-case key used in `vmimport inspect --output json`: "raw", "vmdk", ...
QString formatKey(DiskFormat format);
std::optional<DiskFormat> formatFromKey(const QString &key);

// The spelling EC2's DiskContainer.Format takes ("VMDK"), or nothing if EC2 takes no such
// format (QCOW2, VDI, ISO, unknown).
std::optional<QString> ec2FormatName(DiskFormat format);

} // namespace vmi::disk
