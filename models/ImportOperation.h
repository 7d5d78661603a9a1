#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vmi {

// The three AWS calls this app drives. Each has its own service, request shape and the disk
// formats it accepts; everything else that depends on "what kind of import" asks here.
enum class ImportOperation
{
    ImportImage,     // EC2: disks -> AMI
    ImportSnapshot,  // EC2: one disk -> EBS snapshot
    ImportDiskImage, // Image Builder: Windows 11 ISO -> image
};

// The API operation name, as in botocore's service model and a profile's "operation" key.
QString apiName(ImportOperation operation);
std::optional<ImportOperation> importOperationFromApiName(const QString &name);

// The AWS service that serves the operation, as used in SigV4 scopes: "ec2" or "imagebuilder".
QString serviceName(ImportOperation operation);

// The disk formats the operation accepts, in the API's spelling (upper case for EC2).
QStringList acceptedDiskFormats(ImportOperation operation);

} // namespace vmi
