// The rule tables of tst_validator: one row per value, valid or not (see tst_validator.cpp
// for the row format). Kept apart from the test class because moc cannot read raw string
// literals holding "//" (s3:// URLs), and the tables are full of them.

#include "validator_rows.h"

#include <QString>
#include <QTest>

namespace {

const char *const KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab";

void row(const char *name, const char *operation, const char *patch, const char *field, const char *severity)
{
    QTest::newRow(name) << QString::fromLatin1(operation) << QString::fromUtf8(patch)
                        << QString::fromUtf8(field) << QString::fromLatin1(severity);
}

constexpr const char *Image = "ImportImage";
constexpr const char *Snapshot = "ImportSnapshot";
constexpr const char *Builder = "ImportDiskImage";

} // namespace

void regionAndProfileRows()
{
    row("region missing", Image, R"({"region": null})", "region", "error");
    row("eu-west-1", Image, R"({"region": "eu-west-1"})", "region", "none");
    row("China", Image, R"({"region": "cn-north-1"})", "region", "none");
    row("GovCloud", Image, R"({"region": "us-gov-west-1"})", "region", "none");
    row("ISO partition", Image, R"({"region": "us-iso-east-1"})", "region", "none");
    row("invented", Image, R"({"region": "mars-north-1"})", "region", "error");
    row("upper case", Image, R"({"region": "EU-WEST-1"})", "region", "error");
    row("no number", Image, R"({"region": "eu-west"})", "region", "error");
    row("trailing space", Image, R"({"region": "eu-west-1 "})", "region", "error");
    row("profile name", Image, R"({"awsProfile": "dev"})", "awsProfile", "none");
    row("profile with bracket", Image, R"({"awsProfile": "bad]name"})", "awsProfile", "error");
    row("profile with space", Image, R"({"awsProfile": " dev"})", "awsProfile", "error");
    row("no profile", Image, R"({"awsProfile": ""})", "awsProfile", "none");
}

void kmsKeysRows()
{
    const auto key = [](const char *name, const char *keyId, const char *severity,
                        const char *region = nullptr, const char *operation = Image) {
        const QString patch =
            QStringLiteral(R"({%1"request": {"Encrypted": true, "KmsKeyId": "%2"}})")
                .arg(region ? QStringLiteral(R"("region": "%1", )").arg(QLatin1String(region)) : QString(),
                     QString::fromUtf8(keyId).replace(QLatin1String("{K}"), QLatin1String(KeyId)));
        row(name, operation, patch.toUtf8().constData(), "KmsKeyId", severity);
    };
    key("key id", "{K}", "none");
    key("key id upper case", "1234ABCD-12AB-34CD-56EF-1234567890AB", "none");
    key("multi-Region key id", "mrk-1234abcd12ab34cd56ef1234567890ab", "none");
    key("alias", "alias/imports", "none");
    key("AWS managed alias", "alias/aws/ebs", "none");
    key("key ARN", "arn:aws:kms:eu-west-1:123456789012:key/{K}", "none");
    key("alias ARN", "arn:aws:kms:eu-west-1:123456789012:alias/imports", "none");
    key("multi-Region key ARN", "arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
        "none");
    key("key in another Region", "arn:aws:kms:us-east-1:123456789012:key/{K}", "error");
    key("alias in another Region", "arn:aws:kms:eu-central-1:123456789012:alias/imports", "error");
    key("key in another partition", "arn:aws-cn:kms:cn-north-1:123456789012:key/{K}", "error");
    key("China key in China", "arn:aws-cn:kms:cn-north-1:123456789012:key/{K}", "none", "cn-north-1");
    key("aws partition in GovCloud", "arn:aws:kms:us-gov-west-1:123456789012:key/{K}", "error",
        "us-gov-west-1");
    key("GovCloud key in GovCloud", "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/{K}", "none",
        "us-gov-west-1");
    key("bare name", "imports", "error");
    key("empty alias", "alias/", "error");
    key("alias with space", "alias/bad name", "error");
    key("ARN without key id", "arn:aws:kms:eu-west-1:123456789012:key/", "error");
    key("ARN with bad key id", "arn:aws:kms:eu-west-1:123456789012:key/not-a-uuid", "error");
    key("ARN with short account", "arn:aws:kms:eu-west-1:12345:key/{K}", "error");
    key("ARN of another service", "arn:aws:s3:::vm-import-disks", "error");
    key("empty", "", "error");
    key("snapshot alias", "alias/imports", "none", nullptr, Snapshot);
    key("snapshot key in another Region", "arn:aws:kms:us-west-2:123456789012:key/{K}", "error", nullptr,
        Snapshot);
    row("key without Encrypted", Image, R"({"request": {"KmsKeyId": "alias/imports"}})", "KmsKeyId", "error");
    row("key with Encrypted false", Image,
        R"({"request": {"Encrypted": false, "KmsKeyId": "alias/imports"}})", "KmsKeyId", "error");
    row("Encrypted with the default key", Image, R"({"request": {"Encrypted": true}})", "KmsKeyId", "none");
    row("snapshot key without Encrypted", Snapshot, R"({"request": {"KmsKeyId": "alias/imports"}})",
        "KmsKeyId", "error");
}

void enumerationsRows()
{
    row("x86_64", Image, R"({"request": {"Architecture": "x86_64"}})", "Architecture", "none");
    row("i386 is being retired", Image, R"({"request": {"Architecture": "i386"}})", "Architecture",
        "warning");
    row("arm64", Image, R"({"request": {"Architecture": "arm64"}})", "Architecture", "error");
    row("ARM64", Image, R"({"request": {"Architecture": "ARM64"}})", "Architecture", "error");
    row("aarch64", Image, R"({"request": {"Architecture": "aarch64"}})", "Architecture", "error");
    row("x64", Image, R"({"request": {"Architecture": "x64"}})", "Architecture", "error");
    row("empty architecture", Image, R"({"request": {"Architecture": ""}})", "Architecture", "error");
    row("legacy-bios", Image, R"({"request": {"BootMode": "legacy-bios"}})", "BootMode", "none");
    row("uefi", Image, R"({"request": {"BootMode": "uefi"}})", "BootMode", "none");
    row("uefi-preferred", Image, R"({"request": {"BootMode": "uefi-preferred"}})", "BootMode", "error");
    row("UEFI", Image, R"({"request": {"BootMode": "UEFI"}})", "BootMode", "error");
    row("Windows", Image, R"({"request": {"Platform": "Windows"}})", "Platform", "none");
    row("Linux", Image, R"({"request": {"Platform": "Linux"}})", "Platform", "none");
    row("windows", Image, R"({"request": {"Platform": "windows"}})", "Platform", "error");
    row("empty platform", Image, R"({"request": {"Platform": ""}})", "Platform", "error");
    row("no platform", Image, R"({"request": {"Platform": null}})", "Platform", "info");
    row("xen", Image, R"({"request": {"Hypervisor": "xen"}})", "Hypervisor", "none");
    row("kvm", Image, R"({"request": {"Hypervisor": "kvm"}})", "Hypervisor", "error");
    row("AWS license", Image, R"({"request": {"LicenseType": "AWS"}})", "LicenseType", "none");
    row("BYOL", Image, R"({"request": {"LicenseType": "BYOL"}})", "LicenseType", "none");
    row("byol", Image, R"({"request": {"LicenseType": "byol"}})", "LicenseType", "error");
    row("Auto", Image, R"({"request": {"LicenseType": "Auto"}})", "LicenseType", "error");
}

void licensingRows()
{
    const auto usage = [](const char *name, const char *code, const char *severity) {
        const QString patch = QStringLiteral(R"({"request": {"LicenseType": null, "UsageOperation": "%1"}})")
                                  .arg(QLatin1String(code));
        row(name, Image, patch.toUtf8().constData(), "UsageOperation", severity);
    };
    usage("Windows BYOL", "RunInstances:0800", "none");
    usage("Linux", "RunInstances", "none");
    usage("Windows license included", "RunInstances:0002", "none");
    usage("SQL Web", "RunInstances:0202", "none");
    usage("Linux SQL Standard", "RunInstances:0004", "none");
    usage("unlisted code", "RunInstances:9999", "warning");
    usage("short code", "RunInstances:08", "error");
    usage("code alone", "0800", "error");
    usage("lower case", "runinstances:0800", "error");
    row("both license members", Image, R"({"request": {"UsageOperation": "RunInstances:0800"}})",
        "UsageOperation", "error");
    row("no license member", Image, R"({"request": {"LicenseType": null}})", "LicenseType", "info");
    const auto license = [](const char *name, const char *arn, const char *severity) {
        const QString patch =
            QStringLiteral(R"({"request": {"LicenseSpecifications": [{"LicenseConfigurationArn": "%1"}]}})")
                .arg(QLatin1String(arn));
        row(name, Image, patch.toUtf8().constData(), "LicenseSpecifications[0].LicenseConfigurationArn",
            severity);
    };
    license("license configuration",
            "arn:aws:license-manager:eu-west-1:123456789012:license-configuration:lic-"
            "0123456789abcdef0123456789abcdef",
            "none");
    license("not an ARN", "lic-0123456789abcdef0123456789abcdef", "error");
    license("ARN of a role", "arn:aws:iam::123456789012:role/vmimport", "error");
    license("short license id",
            "arn:aws:license-manager:eu-west-1:123456789012:license-configuration:lic-0123", "error");
    license("license in another partition",
            "arn:aws-cn:license-manager:cn-north-1:123456789012:license-configuration:"
            "lic-0123456789abcdef0123456789abcdef",
            "error");
    license("license in another Region",
            "arn:aws:license-manager:us-east-1:123456789012:license-configuration:lic-"
            "0123456789abcdef0123456789abcdef",
            "warning");
    row("license without ARN", Image, R"({"request": {"LicenseSpecifications": [{}]}})",
        "LicenseSpecifications[0].LicenseConfigurationArn", "error");
    row("UEFI from a snapshot without platform", Image,
        R"({"request": {"BootMode": "uefi", "Platform": null,
                        "DiskContainers": [{"SnapshotId": "snap-0123456789abcdef0"}]}})",
        "Platform", "error");
    row("UEFI from a snapshot with platform", Image,
        R"({"request": {"BootMode": "uefi", "DiskContainers": [{"SnapshotId": "snap-0123456789abcdef0"}]}})",
        "Platform", "none");
    row("legacy BIOS from a snapshot without platform", Image,
        R"({"request": {"BootMode": "legacy-bios", "Platform": null,
                        "DiskContainers": [{"SnapshotId": "snap-0123456789abcdef0"}]}})",
        "Platform", "info");
    row("UEFI from S3 without platform", Image, R"({"request": {"BootMode": "uefi", "Platform": null}})",
        "Platform", "info");
    row("short snapshot id", Image, R"({"request": {"DiskContainers": [{"SnapshotId": "snap-01234567"}]}})",
        "DiskContainers[0].SnapshotId", "none");
    row("bad snapshot id", Image, R"({"request": {"DiskContainers": [{"SnapshotId": "snap-123"}]}})",
        "DiskContainers[0].SnapshotId", "error");
    row("volume id", Image, R"({"request": {"DiskContainers": [{"SnapshotId": "vol-0123456789abcdef0"}]}})",
        "DiskContainers[0].SnapshotId", "error");
}

void identityRows()
{
    row("token of 64", Image, R"({"request": {"ClientToken": "{{a*64}}"}})", "ClientToken", "none");
    row("token of 65", Image, R"({"request": {"ClientToken": "{{a*65}}"}})", "ClientToken", "error");
    row("non-ASCII token", Image, R"({"request": {"ClientToken": "tök"}})", "ClientToken", "error");
    row("empty token", Image, R"({"request": {"ClientToken": ""}})", "ClientToken", "error");
    row("token with space", Image, R"({"request": {"ClientToken": "import 1"}})", "ClientToken", "none");
    row("token with tab", Image, R"({"request": {"ClientToken": "a\tb"}})", "ClientToken", "error");
    row("snapshot token of 65", Snapshot, R"({"request": {"ClientToken": "{{a*65}}"}})", "ClientToken",
        "error");
    row("role vmimport", Image, R"({"request": {"RoleName": "vmimport"}})", "RoleName", "none");
    row("role with punctuation", Image, R"({"request": {"RoleName": "my.role+x=y,z@w_v-u"}})", "RoleName",
        "none");
    row("role ARN", Image, R"({"request": {"RoleName": "arn:aws:iam::123456789012:role/vmimport"}})",
        "RoleName", "error");
    row("role of 65", Image, R"({"request": {"RoleName": "{{r*65}}"}})", "RoleName", "error");
    row("empty role", Image, R"({"request": {"RoleName": ""}})", "RoleName", "error");
    row("dry run", Image, R"({"request": {"DryRun": true}})", "DryRun", "warning");
    row("no dry run", Image, R"({"request": {"DryRun": false}})", "DryRun", "none");
    row("snapshot dry run", Snapshot, R"({"request": {"DryRun": true}})", "DryRun", "warning");
}

void clientDataRows()
{
    row("start before end", Image,
        R"({"request": {"ClientData": {"UploadStart": "2024-01-02T03:04:05Z", "UploadEnd": "2024-01-02T04:00:00Z"}}})",
        "ClientData.UploadEnd", "none");
    row("start after end", Image,
        R"({"request": {"ClientData": {"UploadStart": "2024-01-02T05:00:00Z", "UploadEnd": "2024-01-02T04:00:00Z"}}})",
        "ClientData.UploadEnd", "error");
    row("start equals end", Image,
        R"({"request": {"ClientData": {"UploadStart": "2024-01-02T04:00:00Z", "UploadEnd": "2024-01-02T04:00:00Z"}}})",
        "ClientData.UploadEnd", "none");
    row("offsets compared as instants", Image,
        R"({"request": {"ClientData": {"UploadStart": "2024-01-02T05:30:00+02:00", "UploadEnd": "2024-01-02T04:00:00Z"}}})",
        "ClientData.UploadEnd", "none");
    row("start only", Image, R"({"request": {"ClientData": {"UploadStart": "2024-01-02T05:00:00Z"}}})",
        "ClientData.UploadEnd", "none");
    row("size 0", Image, R"({"request": {"ClientData": {"UploadSize": 0}}})", "ClientData.UploadSize",
        "none");
    row("negative size", Image, R"({"request": {"ClientData": {"UploadSize": -1}}})", "ClientData.UploadSize",
        "error");
    row("fractional size", Image, R"({"request": {"ClientData": {"UploadSize": 1.5}}})",
        "ClientData.UploadSize", "none");
    row("snapshot start after end", Snapshot,
        R"({"request": {"ClientData": {"UploadStart": "2024-01-03", "UploadEnd": "2024-01-02"}}})",
        "ClientData.UploadEnd", "error");
}

void ec2TagsRows()
{
    const auto tags = [](const char *name, const char *tagList, const char *field, const char *severity,
                         const char *operation = Image) {
        const QString type =
            QString::fromLatin1(operation == Image ? "import-image-task" : "import-snapshot-task");
        const QString patch =
            QStringLiteral(R"({"request": {"TagSpecifications": [{"ResourceType": "%1", "Tags": [%2]}]}})")
                .arg(type, QString::fromUtf8(tagList));
        row(name, operation, patch.toUtf8().constData(), field, severity);
    };
    tags("task tags", R"({"Key": "Name", "Value": "web"})", "TagSpecifications[0].ResourceType", "none");
    tags("snapshot task tags", R"({"Key": "Name", "Value": "db"})", "TagSpecifications[0].ResourceType",
         "none", Snapshot);
    tags("key of 127", R"({"Key": "{{k*127}}", "Value": "v"})", "TagSpecifications[0].Tags[0].Key", "none");
    tags("key of 128", R"({"Key": "{{k*128}}", "Value": "v"})", "TagSpecifications[0].Tags[0].Key", "error");
    tags("key of 127 accented", R"({"Key": "{{é*127}}"})", "TagSpecifications[0].Tags[0].Key", "none");
    tags("key of 127 emoji", R"({"Key": "{{😀*127}}"})", "TagSpecifications[0].Tags[0].Key", "none");
    tags("key of 128 emoji", R"({"Key": "{{😀*128}}"})", "TagSpecifications[0].Tags[0].Key", "error");
    tags("aws: key", R"({"Key": "aws:owner", "Value": "v"})", "TagSpecifications[0].Tags[0].Key", "error");
    tags("AWS: key", R"({"Key": "AWS:owner", "Value": "v"})", "TagSpecifications[0].Tags[0].Key", "error");
    tags("awsx key", R"({"Key": "awsowner", "Value": "v"})", "TagSpecifications[0].Tags[0].Key", "none");
    tags("empty key", R"({"Key": "", "Value": "v"})", "TagSpecifications[0].Tags[0].Key", "error");
    tags("no key", R"({"Value": "v"})", "TagSpecifications[0].Tags[0].Key", "error");
    tags("value of 256", R"({"Key": "k", "Value": "{{v*256}}"})", "TagSpecifications[0].Tags[0].Value",
         "none");
    tags("value of 257", R"({"Key": "k", "Value": "{{v*257}}"})", "TagSpecifications[0].Tags[0].Value",
         "error");
    tags("empty value", R"({"Key": "k", "Value": ""})", "TagSpecifications[0].Tags[0].Value", "none");
    tags("no value", R"({"Key": "k"})", "TagSpecifications[0].Tags[0].Value", "none");
    tags("50 tags", "{{tags:50}}", "TagSpecifications[0].Tags", "none");
    tags("51 tags", "{{tags:51}}", "TagSpecifications[0].Tags", "error");
    tags("duplicate key", R"({"Key": "Name", "Value": "a"}, {"Key": "Name", "Value": "b"})",
         "TagSpecifications[0].Tags[1].Key", "error");
    tags("keys differing in case", R"({"Key": "Name", "Value": "a"}, {"Key": "name", "Value": "b"})",
         "TagSpecifications[0].Tags[1].Key", "none");
    tags("no tags", "", "TagSpecifications[0].Tags", "warning");
    row("AMI resource type", Image,
        R"({"request": {"TagSpecifications": [{"ResourceType": "image", "Tags": [{"Key": "a", "Value": "b"}]}]}})",
        "TagSpecifications[0].ResourceType", "error");
    row("no resource type", Image,
        R"({"request": {"TagSpecifications": [{"Tags": [{"Key": "a", "Value": "b"}]}]}})",
        "TagSpecifications[0].ResourceType", "error");
    row("image task type for a snapshot", Snapshot,
        R"({"request": {"TagSpecifications": [{"ResourceType": "import-image-task",
                                                 "Tags": [{"Key": "a", "Value": "b"}]}]}})",
        "TagSpecifications[0].ResourceType", "error");
    row("two specifications", Image,
        R"({"request": {"TagSpecifications": [
            {"ResourceType": "import-image-task", "Tags": [{"Key": "a", "Value": "b"}]},
            {"ResourceType": "import-image-task", "Tags": [{"Key": "c", "Value": "d"}]}]}})",
        "TagSpecifications[1].ResourceType", "error");
}

void diskSourcesRows()
{
    row("no disks", Image, R"({"request": {"DiskContainers": []}})", "DiskContainers", "error");
    row("21 disks", Image, R"({"request": {"DiskContainers": [{{disks:21}}]}})", "DiskContainers", "none");
    row("22 disks", Image, R"({"request": {"DiskContainers": [{{disks:22}}]}})", "DiskContainers", "error");
    row("snapshot without disk", Snapshot, R"({"request": {"DiskContainer": null}})", "DiskContainer",
        "error");
    row("Url and UserBucket", Image,
        R"({"request": {"DiskContainers": [{"Format": "VMDK", "Url": "s3://vm-import-disks/a.vmdk",
            "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "a.vmdk"}}]}})",
        "DiskContainers[0]", "error");
    row("Url and SnapshotId", Image,
        R"({"request": {"DiskContainers": [{"Url": "s3://vm-import-disks/a.vmdk", "SnapshotId": "snap-01234567"}]}})",
        "DiskContainers[0]", "error");
    row("no source", Image, R"({"request": {"DiskContainers": [{"Format": "VMDK"}]}})", "DiskContainers[0]",
        "error");
    row("snapshot no source", Snapshot,
        R"({"request": {"DiskContainer": {"Format": "VHD", "UserBucket": null}}})", "DiskContainer", "error");
    const auto url = [](const char *name, const char *value, const char *severity) {
        const QString patch =
            QStringLiteral(R"({"request": {"DiskContainers": [{"Format": "VMDK", "Url": "%1"}]}})")
                .arg(QLatin1String(value));
        row(name, Image, patch.toUtf8().constData(), "DiskContainers[0].Url", severity);
    };
    url("s3 URL", "s3://vm-import-disks/disks/web.vmdk", "none");
    url("s3 URL with bad bucket", "s3://VM_Disks/web.vmdk", "error");
    url("s3 URL without key", "s3://vm-import-disks", "error");
    url("s3 URL with empty key", "s3://vm-import-disks/", "error");
    url("s3 URL without bucket", "s3://", "error");
    url("http URL", "http://example.com/web.vmdk", "error");
    url("ftp URL", "ftp://example.com/web.vmdk", "error");
    url("bare path", "/disks/web.vmdk", "error");
    url("https URL", "https://vm-import-disks.s3.eu-west-1.amazonaws.com/web.vmdk", "none");
    url("presigned https URL",
        "https://vm-import-disks.s3.eu-west-1.amazonaws.com/web.vmdk?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Signature=abc",
        "warning");
    row("UserBucket without bucket", Image,
        R"({"request": {"DiskContainers": [{"Format": "VMDK", "UserBucket": {"S3Key": "a.vmdk"}}]}})",
        "DiskContainers[0].UserBucket.S3Bucket", "error");
    row("UserBucket without key", Image,
        R"({"request": {"DiskContainers": [{"Format": "VMDK", "UserBucket": {"S3Bucket": "vm-import-disks"}}]}})",
        "DiskContainers[0].UserBucket.S3Key", "error");
    row("snapshot UserBucket without key", Snapshot,
        R"({"request": {"DiskContainer": {"UserBucket": {"S3Key": null}}}})",
        "DiskContainer.UserBucket.S3Key", "error");
    row("OVA with another disk", Image,
        R"({"request": {"DiskContainers": [
            {"Format": "OVA", "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "vm.ova"}},
            {"Format": "VMDK", "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "d.vmdk"}}]}})",
        "DiskContainers[0]", "error");
    row("OVA alone", Image,
        R"({"request": {"DiskContainers": [{"Format": "ova",
            "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "vm.ova"}}]}})",
        "DiskContainers[0]", "none");
    row("local file with UserBucket", Image, R"({"upload": {"localFiles": ["/disks/web.vmdk"]}})",
        "upload.localFiles[0]", "none");
    row("local file and Url", Image,
        R"({"upload": {"localFiles": ["/disks/web.vmdk"]},
            "request": {"DiskContainers": [{"Format": "VMDK", "Url": "s3://vm-import-disks/web.vmdk"}]}})",
        "upload.localFiles[0]", "error");
    row("local file and SnapshotId", Image,
        R"({"upload": {"localFiles": ["/disks/web.vmdk"]},
            "request": {"DiskContainers": [{"SnapshotId": "snap-01234567"}]}})",
        "upload.localFiles[0]", "error");
    row("local file without bucket", Image,
        R"({"upload": {"localFiles": ["/disks/web.vmdk"]}, "request": {"DiskContainers": [{"Format": "VMDK"}]}})",
        "upload.bucket", "error");
    row("local file with upload bucket", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/disks/web.vmdk"]},
            "request": {"DiskContainers": [{"Format": "VMDK"}]}})",
        "upload.bucket", "none");
    row("local file and key only", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/disks/web.vmdk"]},
            "request": {"DiskContainers": [{"Format": "VMDK", "UserBucket": {"S3Key": "in/web.vmdk"}}]}})",
        "DiskContainers[0].UserBucket.S3Bucket", "none");
    row("snapshot from a local file", Snapshot,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/disks/data.vhd"]},
            "request": {"DiskContainer": {"Format": "VHD", "UserBucket": null}}})",
        "DiskContainer", "none");
}

void bucketNamesRows()
{
    const auto bucket = [](const char *name, const char *value, const char *severity) {
        const QString patch = QStringLiteral(R"({"request": {"DiskContainers": [{"Format": "VMDK",
                                                 "UserBucket": {"S3Bucket": "%1", "S3Key": "k"}}]}})")
                                  .arg(QLatin1String(value));
        row(name, Image, patch.toUtf8().constData(), "DiskContainers[0].UserBucket.S3Bucket", severity);
    };
    bucket("3 characters", "abc", "none");
    bucket("2 characters", "ab", "error");
    bucket("63 characters", "{{b*63}}", "none");
    bucket("64 characters", "{{b*64}}", "error");
    bucket("upper case", "My-Bucket", "error");
    bucket("underscore", "my_bucket", "error");
    bucket("leading hyphen", "-bucket", "error");
    bucket("trailing hyphen", "bucket-", "error");
    bucket("leading dot", ".bucket", "error");
    bucket("two dots", "my..bucket", "error");
    bucket("dots", "my.bucket.name", "none");
    bucket("IP address", "192.168.5.4", "error");
    bucket("almost an IP address", "192.168.5.four", "none");
    bucket("xn-- prefix", "xn--bucket", "error");
    bucket("sthree- prefix", "sthree-bucket", "error");
    bucket("amzn-s3-demo- prefix", "amzn-s3-demo-bucket", "error");
    bucket("-s3alias suffix", "bucket-s3alias", "error");
    bucket("--ol-s3 suffix", "bucket--ol-s3", "error");
    bucket(".mrap suffix", "bucket.mrap", "error");
    bucket("--x-s3 suffix", "bucket--x-s3", "error");
    bucket("--table-s3 suffix", "bucket--table-s3", "error");
    bucket("digits", "123456", "none");
}

void objectKeysRows()
{
    const auto key = [](const char *name, const char *value, const char *severity) {
        const QString patch = QStringLiteral(R"({"request": {"DiskContainers": [{"Format": "VMDK",
                                                 "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "%1"}}]}})")
                                  .arg(QString::fromUtf8(value));
        row(name, Image, patch.toUtf8().constData(), "DiskContainers[0].UserBucket.S3Key", severity);
    };
    key("1024 bytes", "{{k*1024}}", "none");
    key("1025 bytes", "{{k*1025}}", "error");
    key("1024 bytes of two-byte characters", "{{é*512}}", "none");
    key("1026 bytes of two-byte characters", "{{é*513}}", "error");
    key("empty key", "", "error");
    key("key with slashes", "imports/2024/web.vmdk", "none");
    row("key prefix too long", Image,
        R"({"upload": {"bucket": "vm-import-disks", "keyPrefix": "{{p*1020}}", "localFiles": ["/d/disk.vmdk"]},
            "request": {"DiskContainers": [{"Format": "VMDK"}]}})",
        "upload.keyPrefix", "error");
    row("key prefix short enough", Image,
        R"({"upload": {"bucket": "vm-import-disks", "keyPrefix": "{{p*1015}}", "localFiles": ["/d/disk.vmdk"]},
            "request": {"DiskContainers": [{"Format": "VMDK"}]}})",
        "upload.keyPrefix", "none");
}

void formatsAndDevicesRows()
{
    const auto format = [](const char *name, const char *value, const char *severity,
                           const char *operation = Image) {
        const bool image = operation == Image;
        const QString patch = image ? QStringLiteral(R"({"request": {"DiskContainers": [{"Format": "%1",
                                      "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "k"}}]}})")
                                    : QStringLiteral(R"({"request": {"DiskContainer": {"Format": "%1"}}})");
        row(name, operation, patch.arg(QLatin1String(value)).toUtf8().constData(),
            image ? "DiskContainers[0].Format" : "DiskContainer.Format", severity);
    };
    format("VMDK", "VMDK", "none");
    format("vmdk", "vmdk", "none");
    format("OVA", "OVA", "none");
    format("VHDX", "VHDX", "none");
    format("RAW", "raw", "none");
    format("QCOW2", "QCOW2", "error");
    format("ISO", "ISO", "error");
    format("empty format", "", "error");
    format("snapshot VHDX", "VHDX", "error", Snapshot);
    format("snapshot OVA", "OVA", "error", Snapshot);
    format("snapshot RAW", "RAW", "none", Snapshot);
    format("snapshot vmdk", "vmdk", "none", Snapshot);
    row("no format", Image,
        R"({"request": {"DiskContainers": [{"UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "k"}}]}})",
        "DiskContainers[0].Format", "warning");
    row("snapshot no format", Snapshot, R"({"request": {"DiskContainer": {"Format": null}}})",
        "DiskContainer.Format", "warning");
    row("EBS snapshot needs no format", Image,
        R"({"request": {"DiskContainers": [{"SnapshotId": "snap-01234567"}]}})", "DiskContainers[0].Format",
        "none");
    const auto device = [](const char *name, const char *value, const char *severity) {
        const QString patch =
            QStringLiteral(R"({"request": {"DiskContainers": [{"Format": "VMDK", "DeviceName": "%1",
                                                 "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "k"}}]}})")
                .arg(QLatin1String(value));
        row(name, Image, patch.toUtf8().constData(), "DiskContainers[0].DeviceName", severity);
    };
    device("/dev/sda1", "/dev/sda1", "none");
    device("/dev/xvda", "/dev/xvda", "none");
    device("/dev/sdf", "/dev/sdf", "none");
    device("xvdf", "xvdf", "none");
    device("/dev/xvdba", "/dev/xvdba", "none");
    device("/dev/sdb15", "/dev/sdb15", "none");
    device("/dev/sdb16", "/dev/sdb16", "error");
    device("sda1", "sda1", "error");
    device("/dev/nvme0n1", "/dev/nvme0n1", "error");
    device("/dev/SDA1", "/dev/SDA1", "error");
    row("same device twice", Image,
        R"({"request": {"DiskContainers": [
            {"Format": "VMDK", "DeviceName": "/dev/sda1", "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "a"}},
            {"Format": "VMDK", "DeviceName": "/dev/sda1", "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "b"}}]}})",
        "DiskContainers[1].DeviceName", "error");
}

void inspectionRows()
{
    // One local disk with what the inspector found; `format` is the declared Format.
    const auto disk = [](const char *name, const char *operation, const char *format, const char *inspected,
                         const char *field, const char *severity) {
        const QString container =
            format ? QStringLiteral(R"({"Format": "%1"})").arg(QLatin1String(format)) : QStringLiteral("{}");
        const QString request = operation == Snapshot
                                    ? QStringLiteral(R"({"DiskContainer": %1})").arg(container)
                                    : QStringLiteral(R"({"DiskContainers": [%1]})").arg(container);
        const QString patch =
            QStringLiteral(R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/disks/disk.img"]},
                               "request": %1, "inspected": {"0": %2}})")
                .arg(request, QString::fromUtf8(inspected));
        row(name, operation, patch.toUtf8().constData(), field, severity);
    };
    const char *file = "upload.localFiles[0]";
    disk("stream-optimized VMDK", Image, "VMDK", R"({"format": "vmdk", "subformat": "streamOptimized"})",
         file, "none");
    disk("monolithic sparse VMDK", Image, "VMDK", R"({"format": "vmdk", "subformat": "monolithicSparse"})",
         file, "error");
    // The requirements page: stream-optimized "for importing both disks and VMs".
    disk("monolithic sparse VMDK as snapshot", Snapshot, "VMDK",
         R"({"format": "vmdk", "subformat": "monolithicSparse"})", file, "error");
    disk("stream-optimized VMDK as snapshot", Snapshot, "VMDK",
         R"({"format": "vmdk", "subformat": "streamOptimized"})", file, "none");
    disk("flat VMDK descriptor", Image, "VMDK", R"({"format": "vmdk", "subformat": "monolithicFlat"})", file,
         "error");
    disk("VMDK of unknown kind", Image, "VMDK", R"({"format": "vmdk"})", file, "error");
    disk("fixed VHD", Image, "VHD", R"({"format": "vhd", "subformat": "fixed"})", file, "none");
    disk("dynamic VHD", Snapshot, "VHD", R"({"format": "vhd", "subformat": "dynamic"})", file, "none");
    disk("differencing VHD", Image, "VHD", R"({"format": "vhd", "subformat": "differencing"})", file,
         "error");
    disk("differencing VHDX", Image, "VHDX", R"({"format": "vhdx", "subformat": "differencing"})", file,
         "error");
    disk("dynamic VHDX", Image, "VHDX", R"({"format": "vhdx", "subformat": "dynamic"})", file, "none");
    disk("VHDX as snapshot", Snapshot, nullptr, R"({"format": "vhdx", "subformat": "dynamic"})", file,
         "error");
    disk("QCOW2", Image, nullptr, R"({"format": "qcow2"})", file, "error");
    disk("VDI", Image, nullptr, R"({"format": "vdi"})", file, "error");
    disk("unknown file", Image, nullptr, R"({"format": "unknown"})", file, "error");
    disk("ISO to EC2", Image, nullptr, R"({"format": "iso"})", file, "error");
    disk("raw", Image, "RAW", R"({"format": "raw", "partitionTable": "mbr"})", file, "none");
    disk("OVA", Image, "OVA", R"({"format": "ova"})", file, "none");
    disk("OVA as snapshot", Snapshot, nullptr, R"({"format": "ova"})", file, "error");
    disk("just under 8 TiB", Image, "RAW", R"({"format": "raw", "virtualSize": 8796093022207})", file,
         "none");
    disk("8 TiB for ImportImage", Image, "RAW", R"({"format": "raw", "virtualSize": 8796093022208})", file,
         "error");
    disk("8 TiB as snapshot", Snapshot, "RAW", R"({"format": "raw", "virtualSize": 8796093022208})", file,
         "none");
    disk("16 TiB as snapshot", Snapshot, "RAW", R"({"format": "raw", "virtualSize": 17592186044416})", file,
         "error");
    disk("Format differs from the file", Image, "VHD",
         R"({"format": "vmdk", "subformat": "streamOptimized"})", "DiskContainers[0].Format", "warning");
    disk("Format matches the file", Image, "vmdk", R"({"format": "vmdk", "subformat": "streamOptimized"})",
         "DiskContainers[0].Format", "none");
    disk("no Format, file known", Image, nullptr, R"({"format": "vmdk", "subformat": "streamOptimized"})",
         "DiskContainers[0].Format", "warning");
    disk("inspector error passed on", Image, "RAW",
         R"({"format": "raw", "findings": [{"severity": "error", "message": "The file is truncated."}]})",
         file, "error");
    // Only ImportImage needs partitions: a bare data disk is a fine snapshot.
    disk("no partition table for an image", Image, "RAW", R"({"format": "raw", "partitionTable": "none"})",
         file, "warning");
    disk("no partition table for a snapshot", Snapshot, "RAW",
         R"({"format": "raw", "partitionTable": "none"})", file, "none");
    disk("inspector warning passed on", Image, "RAW",
         R"({"format": "raw", "findings": [{"severity": "warning", "message": "No partition table."}]})",
         file, "warning");
    row("legacy BIOS for an EFI disk", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/a.raw"]},
            "request": {"BootMode": "legacy-bios", "DiskContainers": [{"Format": "RAW"}]},
            "inspected": {"0": {"format": "raw", "partitionTable": "gpt", "bootModeHint": "uefi"}}})",
        "BootMode", "warning");
    row("UEFI for an EFI disk", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/a.raw"]},
            "request": {"BootMode": "uefi", "DiskContainers": [{"Format": "RAW"}]},
            "inspected": {"0": {"format": "raw", "partitionTable": "gpt", "bootModeHint": "uefi"}}})",
        "BootMode", "none");
    row("UEFI for a BIOS disk", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/a.raw"]},
            "request": {"BootMode": "uefi", "DiskContainers": [{"Format": "RAW"}]},
            "inspected": {"0": {"format": "raw", "partitionTable": "mbr", "bootModeHint": "legacy-bios"}}})",
        "BootMode", "warning");
    row("data disk first", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/data.raw", "/d/boot.raw"]},
            "request": {"DiskContainers": [{"Format": "RAW"}, {"Format": "RAW"}]},
            "inspected": {"0": {"format": "raw", "partitionTable": "none"},
                          "1": {"format": "raw", "partitionTable": "mbr", "bootModeHint": "legacy-bios"}}})",
        "DiskContainers[0]", "warning");
    row("inspected OVA with another disk", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/vm.ova", "/d/data.raw"]},
            "request": {"DiskContainers": [{}, {"Format": "RAW"}]},
            "inspected": {"0": {"format": "ova"}, "1": {"format": "raw", "partitionTable": "mbr"}}})",
        "DiskContainers[0]", "error");
    row("inspection without a local file is ignored", Image, R"({"inspected": {"0": {"format": "qcow2"}}})",
        "upload.localFiles[0]", "none");
}

void uploadRows()
{
    // A local disk uploaded to the upload bucket, with one upload option changed.
    const auto upload = [](const char *name, const char *options, const char *field, const char *severity,
                           const char *inspected = nullptr) {
        const QString patch =
            QStringLiteral(R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/disk.vmdk"] %1},
                               "request": {"DiskContainers": [{"Format": "VMDK"}]} %2})")
                .arg(options ? QStringLiteral(", ") + QString::fromUtf8(options) : QString(),
                     inspected ? QStringLiteral(R"(, "inspected": {"0": %1})").arg(QLatin1String(inspected))
                               : QString());
        row(name, Image, patch.toUtf8().constData(), field, severity);
    };
    const char *big = R"({"format": "vmdk", "subformat": "streamOptimized", "fileSize": 107374182400})";
    upload("bucket name", nullptr, "upload.bucket", "none");
    upload("bad bucket name", R"("bucket": "Bad_Bucket")", "upload.bucket", "error");
    upload("automatic part size", R"("partSize": 0)", "upload.partSize", "none");
    upload("5 MiB parts", R"("partSize": 5242880)", "upload.partSize", "none");
    upload("4 MiB parts", R"("partSize": 4194304)", "upload.partSize", "error");
    upload("5 GiB parts", R"("partSize": 5368709120)", "upload.partSize", "none");
    upload("6 GiB parts", R"("partSize": 6442450944)", "upload.partSize", "error");
    upload("too many parts", R"("partSize": 5242880)", "upload.partSize", "error", big);
    upload("enough parts", R"("partSize": 67108864)", "upload.partSize", "none", big);
    upload("8 in flight", R"("concurrency": 8)", "upload.concurrency", "none");
    upload("65 in flight", R"("concurrency": 65)", "upload.concurrency", "warning");
    upload("STANDARD", R"("storageClass": "STANDARD")", "upload.storageClass", "none");
    upload("INTELLIGENT_TIERING", R"("storageClass": "INTELLIGENT_TIERING")", "upload.storageClass", "none");
    upload("GLACIER_IR", R"("storageClass": "GLACIER_IR")", "upload.storageClass", "none");
    upload("GLACIER", R"("storageClass": "GLACIER")", "upload.storageClass", "error");
    upload("DEEP_ARCHIVE", R"("storageClass": "DEEP_ARCHIVE")", "upload.storageClass", "error");
    upload("EXPRESS_ONEZONE", R"("storageClass": "EXPRESS_ONEZONE")", "upload.storageClass", "error");
    upload("REDUCED_REDUNDANCY", R"("storageClass": "REDUCED_REDUNDANCY")", "upload.storageClass", "warning");
    upload("unknown storage class", R"("storageClass": "FAST")", "upload.storageClass", "error");
    upload("AES256", R"("serverSideEncryption": "AES256")", "upload.serverSideEncryption", "none");
    upload("aws:kms", R"("serverSideEncryption": "aws:kms")", "upload.serverSideEncryption", "info");
    upload("kms", R"("serverSideEncryption": "kms")", "upload.serverSideEncryption", "error");
    upload("KMS key with AES256", R"("serverSideEncryption": "AES256", "sseKmsKeyId": "alias/uploads")",
           "upload.sseKmsKeyId", "error");
    upload("KMS key with aws:kms", R"("serverSideEncryption": "aws:kms", "sseKmsKeyId": "alias/uploads")",
           "upload.sseKmsKeyId", "none");
    upload("KMS key in another Region",
           R"("serverSideEncryption": "aws:kms:dsse",
              "sseKmsKeyId": "arn:aws:kms:us-east-1:123456789012:alias/uploads")",
           "upload.sseKmsKeyId", "error");
    upload("CRC32C", R"("checksumAlgorithm": "CRC32C")", "upload.checksumAlgorithm", "none");
    upload("CRC32", R"("checksumAlgorithm": "CRC32")", "upload.checksumAlgorithm", "warning");
    upload("CRC64NVME", R"("checksumAlgorithm": "CRC64NVME")", "upload.checksumAlgorithm", "warning");
    upload("MD5", R"("checksumAlgorithm": "MD5")", "upload.checksumAlgorithm", "error");
    row("file without a disk", Image,
        R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["", "/d/extra.vmdk"]}})",
        "upload.localFiles[1]", "warning");
    row("upload settings without files", Image, R"({"upload": {"bucket": "Bad_Bucket", "partSize": 1}})",
        "upload.bucket", "none");
}

void imageBuilderRows()
{
    const auto member = [](const char *name, const char *json, const char *field, const char *severity) {
        row(name, Builder,
            (QStringLiteral(R"({"request": )") + QString::fromUtf8(json) + u'}').toUtf8().constData(), field,
            severity);
    };
    member("image name", R"({"name": "win11-import"})", "name", "none");
    member("name of 2", R"({"name": "ab"})", "name", "error");
    member("name with inner spaces", R"({"name": "a b c"})", "name", "none");
    member("name with leading space", R"({"name": " lead"})", "name", "error");
    member("name of 128", R"({"name": "{{n*128}}"})", "name", "none");
    member("name of 129", R"({"name": "{{n*129}}"})", "name", "error");
    member("name with slash", R"({"name": "bad/name"})", "name", "error");
    member("no name", R"({"name": null})", "name", "error");
    member("version", R"({"semanticVersion": "1.0.0"})", "semanticVersion", "none");
    member("two-part version", R"({"semanticVersion": "1.0"})", "semanticVersion", "error");
    member("v-prefixed version", R"({"semanticVersion": "v1.0.0"})", "semanticVersion", "error");
    member("large version", R"({"semanticVersion": "10.20.30"})", "semanticVersion", "none");
    member("no version", R"({"semanticVersion": null})", "semanticVersion", "error");
    member("empty description", R"({"description": ""})", "description", "error");
    member("description of 1024", R"({"description": "{{d*1024}}"})", "description", "none");
    member("description of 1025", R"({"description": "{{d*1025}}"})", "description", "error");
    member("Linux platform", R"({"platform": "Linux"})", "platform", "error");
    member("no platform", R"({"platform": null})", "platform", "error");
    member("Windows 10", R"({"osVersion": "Microsoft Windows 10"})", "osVersion", "error");
    member("no OS version", R"({"osVersion": null})", "osVersion", "error");
    member("infrastructure of another service",
           R"({"infrastructureConfigurationArn": "arn:aws:ec2:us-east-1:123456789012:launch-template/lt"})",
           "infrastructureConfigurationArn", "error");
    member("infrastructure in another Region",
           R"({"infrastructureConfigurationArn":
               "arn:aws:imagebuilder:eu-west-1:123456789012:infrastructure-configuration/ic"})",
           "infrastructureConfigurationArn", "error");
    member("infrastructure in another partition",
           R"({"infrastructureConfigurationArn":
               "arn:aws-cn:imagebuilder:us-east-1:123456789012:infrastructure-configuration/ic"})",
           "infrastructureConfigurationArn", "error");
    member(
        "AWS-owned infrastructure",
        R"({"infrastructureConfigurationArn": "arn:aws:imagebuilder:us-east-1:aws:infrastructure-configuration/ic"})",
        "infrastructureConfigurationArn", "none");
    member("upper-case infrastructure name",
           R"({"infrastructureConfigurationArn":
               "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/IC"})",
           "infrastructureConfigurationArn", "error");
    member("no infrastructure", R"({"infrastructureConfigurationArn": null})",
           "infrastructureConfigurationArn", "error");
    member("role name", R"({"executionRole": "ImageBuilderImport"})", "executionRole", "none");
    member("role ARN", R"({"executionRole": "arn:aws:iam::123456789012:role/ImageBuilderImport"})",
           "executionRole", "none");
    member("role in another partition", R"({"executionRole": "arn:aws-cn:iam::123456789012:role/Import"})",
           "executionRole", "error");
    member("role with bad characters", R"({"executionRole": "bad role!"})", "executionRole", "error");
    member("https uri", R"({"uri": "https://iso-bucket.s3.amazonaws.com/Win11.iso"})", "uri", "error");
    member("uri with bad bucket", R"({"uri": "s3://ISO_Bucket/Win11.iso"})", "uri", "error");
    member("uri without key", R"({"uri": "s3://iso-bucket/"})", "uri", "error");
    member("no uri", R"({"uri": null})", "uri", "error");
    row("no uri, local ISO", Builder,
        R"({"upload": {"bucket": "iso-bucket", "localFiles": ["/isos/Win11.iso"]}, "request": {"uri": null}})",
        "uri", "none");
    row("no uri, local ISO, no bucket", Builder,
        R"({"upload": {"localFiles": ["/isos/Win11.iso"]}, "request": {"uri": null}})", "upload.bucket",
        "error");
    member("client token of 64", R"({"clientToken": "{{c*64}}"})", "clientToken", "none");
    member("client token of 65", R"({"clientToken": "{{c*65}}"})", "clientToken", "error");
    member("empty client token", R"({"clientToken": ""})", "clientToken", "error");
    member("log group", R"({"loggingConfiguration": {"logGroupName": "/aws/imagebuilder/win11"}})",
           "loggingConfiguration.logGroupName", "none");
    member("log group with space", R"({"loggingConfiguration": {"logGroupName": "bad name"}})",
           "loggingConfiguration.logGroupName", "error");
    member("UEFI data", R"({"registerImageOptions": {"uefiData": "QUJD"}})", "registerImageOptions.uefiData",
           "none");
    member("UEFI data not Base64", R"({"registerImageOptions": {"uefiData": "not base64!"}})",
           "registerImageOptions.uefiData", "error");
    member("UEFI data without Secure Boot",
           R"({"registerImageOptions": {"secureBootEnabled": false, "uefiData": "QUJD"}})",
           "registerImageOptions.uefiData", "error");
    member("image index 1", R"({"windowsConfiguration": {"imageIndex": 1}})",
           "windowsConfiguration.imageIndex", "none");
    member("image index 0", R"({"windowsConfiguration": {"imageIndex": 0}})",
           "windowsConfiguration.imageIndex", "error");
    member("image index too large", R"({"windowsConfiguration": {"imageIndex": 4294967296}})",
           "windowsConfiguration.imageIndex", "error");
    member("no image index", R"({"windowsConfiguration": {}})", "windowsConfiguration.imageIndex", "error");
    row("raw file for Image Builder", Builder,
        R"({"upload": {"bucket": "iso-bucket", "localFiles": ["/isos/disk.raw"]}, "request": {"uri": null},
            "inspected": {"0": {"format": "raw"}}})",
        "upload.localFiles[0]", "error");
    row("ISO for Image Builder", Builder,
        R"({"upload": {"bucket": "iso-bucket", "localFiles": ["/isos/Win11.iso"]}, "request": {"uri": null},
            "inspected": {"0": {"format": "iso"}}})",
        "upload.localFiles[0]", "none");
}

void imageBuilderTagsRows()
{
    const auto tags = [](const char *name, const char *map, const char *field, const char *severity) {
        row(name, Builder,
            (QStringLiteral(R"({"request": {"tags": {)") + QString::fromUtf8(map) + QStringLiteral("}}}"))
                .toUtf8()
                .constData(),
            field, severity);
    };
    tags("tag", R"("Env": "prod")", "tags.Env", "none");
    tags("aws: tag", R"("aws:owner": "x")", "tags.aws:owner", "error");
    tags("tag key with #", R"("cost#center": "x")", "tags.cost#center", "error");
    tags("tag key with allowed punctuation", R"("team @ ops/a=b+c:d.e_f-g": "x")",
         "tags.team @ ops/a=b+c:d.e_f-g", "none");
    tags("tag key of 128", R"("{{k*128}}": "x")", "tags.{{k*128}}", "none");
    tags("tag key of 129", R"("{{k*129}}": "x")", "tags.{{k*129}}", "error");
    tags("tag value of 256", R"("Env": "{{v*256}}")", "tags.Env", "none");
    tags("tag value of 257", R"("Env": "{{v*257}}")", "tags.Env", "error");
    tags("empty tag value", R"("Env": "")", "tags.Env", "none");
    tags("50 tags", "{{ibtags:50}}", "tags", "none");
    tags("51 tags", "{{ibtags:51}}", "tags", "error");
}

void afterImportRows()
{
    const auto registered = [](const char *name, const char *members, const char *field,
                               const char *severity) {
        row(name, Snapshot,
            (QStringLiteral(R"({"afterImport": {"registerImage": {)") + QString::fromUtf8(members) +
             QStringLiteral("}}}"))
                .toUtf8()
                .constData(),
            field, severity);
    };
    registered("register an AMI", R"("Name": "web (arm64) 2024.01")", "afterImport.registerImage.Name",
               "none");
    registered("AMI without a name", R"("Architecture": "arm64")", "afterImport.registerImage.Name", "error");
    registered("AMI name of 2", R"("Name": "ab")", "afterImport.registerImage.Name", "error");
    registered("AMI name of 128", R"("Name": "{{n*128}}")", "afterImport.registerImage.Name", "none");
    registered("AMI name of 129", R"("Name": "{{n*129}}")", "afterImport.registerImage.Name", "error");
    registered("AMI name with #", R"("Name": "web#1")", "afterImport.registerImage.Name", "error");
    registered("arm64", R"("Name": "web", "Architecture": "arm64", "BootMode": "uefi")",
               "afterImport.registerImage.Architecture", "none");
    registered("sparc", R"("Name": "web", "Architecture": "sparc")", "afterImport.registerImage.Architecture",
               "error");
    registered("arm64 with legacy BIOS",
               R"("Name": "web", "Architecture": "arm64", "BootMode": "legacy-bios")",
               "afterImport.registerImage.BootMode", "error");
    registered("uefi-preferred", R"("Name": "web", "BootMode": "uefi-preferred")",
               "afterImport.registerImage.BootMode", "none");
    registered("IMDSv2", R"("Name": "web", "ImdsSupport": "v2.0")", "afterImport.registerImage.ImdsSupport",
               "none");
    registered("IMDSv1", R"("Name": "web", "ImdsSupport": "v1.0")", "afterImport.registerImage.ImdsSupport",
               "error");
    registered("NitroTPM with UEFI", R"("Name": "web", "BootMode": "uefi", "TpmSupport": "v2.0")",
               "afterImport.registerImage.TpmSupport", "none");
    registered("NitroTPM without UEFI", R"("Name": "web", "TpmSupport": "v2.0")",
               "afterImport.registerImage.TpmSupport", "error");
    registered("gp3", R"("Name": "web", "VolumeType": "gp3")", "afterImport.registerImage.VolumeType",
               "none");
    registered("gp4", R"("Name": "web", "VolumeType": "gp4")", "afterImport.registerImage.VolumeType",
               "error");
    registered("root /dev/sda1", R"("Name": "web", "RootDeviceName": "/dev/sda1")",
               "afterImport.registerImage.RootDeviceName", "none");
    registered("root sda1", R"("Name": "web", "RootDeviceName": "sda1")",
               "afterImport.registerImage.RootDeviceName", "error");
    row("register after ImportImage", Image, R"({"afterImport": {"registerImage": {"Name": "web"}}})",
        "afterImport.registerImage", "error");
    row("tag AMI and snapshots", Image,
        R"({"afterImport": {"tagImageAndSnapshots": true},
            "request": {"TagSpecifications": [{"ResourceType": "import-image-task",
                                               "Tags": [{"Key": "Env", "Value": "prod"}]}]}})",
        "afterImport.tagImageAndSnapshots", "none");
    row("tag AMI and snapshots without tags", Snapshot, R"({"afterImport": {"tagImageAndSnapshots": true}})",
        "afterImport.tagImageAndSnapshots", "warning");
    row("tag after Image Builder", Builder, R"({"afterImport": {"tagImageAndSnapshots": true}})",
        "afterImport.tagImageAndSnapshots", "error");
    row("delete uploads", Image,
        R"({"afterImport": {"deleteUploadedObjects": true},
            "upload": {"bucket": "vm-import-disks", "localFiles": ["/d/disk.vmdk"]}})",
        "afterImport.deleteUploadedObjects", "none");
    row("delete uploads without uploads", Image, R"({"afterImport": {"deleteUploadedObjects": true}})",
        "afterImport.deleteUploadedObjects", "warning");
}
