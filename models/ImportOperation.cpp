#include "models/ImportOperation.h"

namespace vmi {

QString apiName(ImportOperation operation)
{
    switch (operation) {
    case ImportOperation::ImportImage:
        return QStringLiteral("ImportImage");
    case ImportOperation::ImportSnapshot:
        return QStringLiteral("ImportSnapshot");
    case ImportOperation::ImportDiskImage:
        return QStringLiteral("ImportDiskImage");
    }
    Q_UNREACHABLE();
}

std::optional<ImportOperation> importOperationFromApiName(const QString &name)
{
    for (auto operation :
         {ImportOperation::ImportImage, ImportOperation::ImportSnapshot, ImportOperation::ImportDiskImage}) {
        if (apiName(operation) == name)
            return operation;
    }
    return std::nullopt;
}

QString serviceName(ImportOperation operation)
{
    return operation == ImportOperation::ImportDiskImage ? QStringLiteral("imagebuilder")
                                                         : QStringLiteral("ec2");
}

QStringList acceptedDiskFormats(ImportOperation operation)
{
    // From the API references: ImportImage's DiskContainer.Format takes OVA, VHD, VHDX, VMDK
    // and RAW; ImportSnapshot's SnapshotDiskContainer.Format only VHD, VMDK and RAW; Image
    // Builder's ImportDiskImage takes a Windows ISO.
    switch (operation) {
    case ImportOperation::ImportImage:
        return {QStringLiteral("OVA"), QStringLiteral("VHD"), QStringLiteral("VHDX"), QStringLiteral("VMDK"),
                QStringLiteral("RAW")};
    case ImportOperation::ImportSnapshot:
        return {QStringLiteral("VHD"), QStringLiteral("VMDK"), QStringLiteral("RAW")};
    case ImportOperation::ImportDiskImage:
        return {QStringLiteral("ISO")};
    }
    Q_UNREACHABLE();
}

} // namespace vmi
