#include "disk/DiskFormat.h"

#include <array>
#include <utility>

namespace vmi::disk {

namespace {
constexpr std::array<std::pair<DiskFormat, const char *>, 9> Keys{{
    {DiskFormat::Unknown, "unknown"},
    {DiskFormat::Raw, "raw"},
    {DiskFormat::Vmdk, "vmdk"},
    {DiskFormat::Vhd, "vhd"},
    {DiskFormat::Vhdx, "vhdx"},
    {DiskFormat::Ova, "ova"},
    {DiskFormat::Qcow2, "qcow2"},
    {DiskFormat::Iso, "iso"},
    {DiskFormat::Vdi, "vdi"},
}};
} // namespace

QString formatKey(DiskFormat format)
{
    for (const auto &[f, key] : Keys) {
        if (f == format)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

std::optional<DiskFormat> formatFromKey(const QString &key)
{
    for (const auto &[f, k] : Keys) {
        if (key == QLatin1String(k))
            return f;
    }
    return std::nullopt;
}

std::optional<QString> ec2FormatName(DiskFormat format)
{
    switch (format) {
    case DiskFormat::Raw:
    case DiskFormat::Vmdk:
    case DiskFormat::Vhd:
    case DiskFormat::Vhdx:
    case DiskFormat::Ova:
        return formatKey(format).toUpper();
    case DiskFormat::Unknown:
    case DiskFormat::Qcow2:
    case DiskFormat::Iso:
    case DiskFormat::Vdi:
        return std::nullopt;
    }
    Q_UNREACHABLE();
}

} // namespace vmi::disk
