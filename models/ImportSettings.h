#pragma once

#include "models/ImportOperation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vmi {

// Everything one import needs. The request parts mirror the API members of botocore's
// ImportImageRequest, ImportSnapshotRequest and Image Builder's ImportDiskImageRequest one to
// one (member names in the comments are the API's), so a --cli-input-json file converts to
// these types and back without loss (see RequestJson). Every scalar member is optional:
// "absent" and "present but empty" are different requests on the wire.

struct UserBucket // UserBucket
{
    std::optional<QString> s3Bucket; // S3Bucket
    std::optional<QString> s3Key;    // S3Key

    friend bool operator==(const UserBucket &, const UserBucket &) = default;
};

// ImportImage's ImageDiskContainer; ImportSnapshot's SnapshotDiskContainer has the same
// members except DeviceName and SnapshotId.
struct DiskContainer
{
    std::optional<QString> description; // Description
    std::optional<QString> deviceName;  // DeviceName (ImportImage only)
    std::optional<QString> format;      // Format: OVA, VHD, VHDX, VMDK, RAW (any case)
    std::optional<QString> snapshotId;  // SnapshotId (ImportImage only)
    std::optional<QString> url;         // Url: s3://... or https://... (sensitive: may be presigned)
    std::optional<UserBucket> userBucket;

    friend bool operator==(const DiskContainer &, const DiskContainer &) = default;
};

struct ClientData // ClientData
{
    std::optional<QString> comment;       // Comment
    std::optional<QDateTime> uploadStart; // UploadStart (UTC)
    std::optional<QDateTime> uploadEnd;   // UploadEnd (UTC)
    std::optional<double> uploadSize;     // UploadSize, in GiB

    friend bool operator==(const ClientData &, const ClientData &) = default;
};

struct Tag
{
    std::optional<QString> key;   // Key
    std::optional<QString> value; // Value

    friend bool operator==(const Tag &, const Tag &) = default;
};

struct TagSpecification
{
    std::optional<QString> resourceType; // ResourceType: import-image-task / import-snapshot-task
    QList<Tag> tags;                     // Tags

    friend bool operator==(const TagSpecification &, const TagSpecification &) = default;
};

struct LicenseSpecification // ImportImageLicenseConfigurationRequest
{
    std::optional<QString> licenseConfigurationArn; // LicenseConfigurationArn

    friend bool operator==(const LicenseSpecification &, const LicenseSpecification &) = default;
};

// The members of ImportImage and ImportSnapshot together. ImportSnapshot's single
// DiskContainer is diskContainers[0]; the members it does not have are not sent for it (the
// Validator says so). Empty lists are not sent either, as EC2's serializer omits them.
struct Ec2ImportRequest
{
    std::optional<QString> architecture; // Architecture: x86_64, i386
    std::optional<ClientData> clientData;
    std::optional<QString> clientToken;  // ClientToken
    std::optional<QString> description;  // Description
    QList<DiskContainer> diskContainers; // DiskContainers (ImportImage), DiskContainer (ImportSnapshot)
    std::optional<bool> dryRun;          // DryRun
    std::optional<bool> encrypted;       // Encrypted
    std::optional<QString> hypervisor;   // Hypervisor: xen
    std::optional<QString> kmsKeyId;     // KmsKeyId
    std::optional<QString> licenseType;  // LicenseType: AWS, BYOL
    std::optional<QString> platform;     // Platform: Windows, Linux
    std::optional<QString> roleName;     // RoleName (default vmimport)
    QList<LicenseSpecification> licenseSpecifications; // LicenseSpecifications
    QList<TagSpecification> tagSpecifications;         // TagSpecifications
    std::optional<QString> usageOperation;             // UsageOperation: RunInstances:0800, ...
    std::optional<QString> bootMode;                   // BootMode: legacy-bios, uefi

    friend bool operator==(const Ec2ImportRequest &, const Ec2ImportRequest &) = default;
};

struct ImageLoggingConfiguration
{
    std::optional<QString> logGroupName; // logGroupName

    friend bool operator==(const ImageLoggingConfiguration &, const ImageLoggingConfiguration &) = default;
};

struct RegisterImageOptions
{
    std::optional<bool> secureBootEnabled; // secureBootEnabled (default true)
    std::optional<QString> uefiData;       // uefiData: base64 UEFI variable store

    friend bool operator==(const RegisterImageOptions &, const RegisterImageOptions &) = default;
};

struct WindowsConfiguration
{
    std::optional<qint64> imageIndex; // imageIndex: 1-based edition in the ISO's .wim

    friend bool operator==(const WindowsConfiguration &, const WindowsConfiguration &) = default;
};

// Image Builder's ImportDiskImageRequest (rest-json, camelCase members).
struct ImageBuilderImportRequest
{
    std::optional<QString> name;                           // name
    std::optional<QString> semanticVersion;                // semanticVersion: 1.0.0
    std::optional<QString> description;                    // description
    std::optional<QString> platform;                       // platform: Windows
    std::optional<QString> osVersion;                      // osVersion: Microsoft Windows 11
    std::optional<QString> executionRole;                  // executionRole: role name or ARN
    std::optional<QString> infrastructureConfigurationArn; // infrastructureConfigurationArn
    std::optional<QString> uri;                            // uri: s3://bucket/key of the ISO
    std::optional<ImageLoggingConfiguration> loggingConfiguration;
    QMap<QString, QString> tags; // tags (a map; the model needs 1 to 50 entries, so empty = absent)
    std::optional<RegisterImageOptions> registerImageOptions;
    std::optional<WindowsConfiguration> windowsConfiguration;
    std::optional<QString> clientToken; // clientToken

    friend bool operator==(const ImageBuilderImportRequest &, const ImageBuilderImportRequest &) = default;
};

// How local files reach S3 before the import. Not part of any AWS request.
struct UploadSettings
{
    QString bucket;    // where local files go when their disk names no UserBucket / uri
    QString keyPrefix; // prepended to the file name to make the object key
    // localFiles[i] is the file for disk i (DiskContainers[i], or the ISO for
    // ImportDiskImage); an empty string means the disk is already in S3 or a snapshot.
    QStringList localFiles;
    qint64 partSize = 0;          // bytes; 0 = chosen from the file size
    int concurrency = 0;          // parts in flight; 0 = the app's default
    qint64 maxBandwidth = 0;      // bytes per second; 0 = no limit
    QString storageClass;         // S3 StorageClass; empty = the bucket's default
    QString serverSideEncryption; // AES256, aws:kms, aws:kms:dsse; empty = the bucket's default
    QString sseKmsKeyId;          // for aws:kms and aws:kms:dsse
    QString checksumAlgorithm;    // CRC32, CRC32C, CRC64NVME, SHA1, SHA256; empty = the app's default

    friend bool operator==(const UploadSettings &, const UploadSettings &) = default;
};

// RegisterImage for the snapshot an ImportSnapshot made: the way to an AMI for systems
// ImportImage refuses (arm64, UEFI-only, unsupported kernels). Members carry RegisterImage's
// API names; the snapshot becomes the root device's Ebs.SnapshotId.
struct RegisterImageSettings
{
    std::optional<QString> name;           // Name (required; 3 to 128 characters)
    std::optional<QString> description;    // Description
    std::optional<QString> architecture;   // Architecture: i386, x86_64, arm64, ...
    std::optional<QString> bootMode;       // BootMode: legacy-bios, uefi, uefi-preferred
    std::optional<bool> enaSupport;        // EnaSupport
    std::optional<QString> imdsSupport;    // ImdsSupport: v2.0 (IMDSv2 required)
    std::optional<QString> tpmSupport;     // TpmSupport: v2.0
    std::optional<QString> rootDeviceName; // RootDeviceName; default /dev/xvda
    std::optional<QString> volumeType;     // BlockDeviceMappings[0].Ebs.VolumeType: gp3, gp2, ...

    friend bool operator==(const RegisterImageSettings &, const RegisterImageSettings &) = default;
};

// What the app does once the import task has ended. Not part of any AWS request: the import
// APIs tag only the import task, so tagging what it made is a CreateTags of our own.
struct AfterImportSettings
{
    bool tagImageAndSnapshots = false;  // the request's tags also on the AMI and its snapshots
    bool deleteUploadedObjects = false; // the objects this app uploaded, once the task completed
    std::optional<RegisterImageSettings> registerImage; // ImportSnapshot only

    bool isEmpty() const { return !tagImageAndSnapshots && !deleteUploadedObjects && !registerImage; }
    friend bool operator==(const AfterImportSettings &, const AfterImportSettings &) = default;
};

struct ImportSettings
{
    ImportOperation operation = ImportOperation::ImportImage;
    QString region;     // the import's Region: the bucket and the KMS keys must be in it
    QString awsProfile; // a profile name in the shared config files; never keys
    UploadSettings upload;
    Ec2ImportRequest ec2;                   // ImportImage and ImportSnapshot
    ImageBuilderImportRequest imageBuilder; // ImportDiskImage
    AfterImportSettings afterImport;

    friend bool operator==(const ImportSettings &, const ImportSettings &) = default;
};

// Where the upload puts disk `index`'s local file: the disk's own UserBucket (or uri) when it
// names one, otherwise upload.bucket and upload.keyPrefix + the file name. Empty when the
// disk has no local file or nothing names a bucket.
struct UploadTarget
{
    QString bucket;
    QString key;

    bool isComplete() const { return !bucket.isEmpty() && !key.isEmpty(); }
};
UploadTarget uploadTarget(const ImportSettings &settings, qsizetype index);

// The number of disks the settings describe: DiskContainers for EC2, one ISO for Image Builder.
qsizetype diskCount(const ImportSettings &settings);

} // namespace vmi
