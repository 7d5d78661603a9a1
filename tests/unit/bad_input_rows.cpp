// The tables of tst_bad_input (see bad_input_rows.h for the columns). Every row is something a
// user can really type or save; the message is the part of the answer that tells them what is
// wrong, so a vaguer rewording fails here.

#include "bad_input_rows.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}

void cli(const char *name, std::initializer_list<const char *> arguments, int status, const char *message)
{
    QTest::newRow(name) << args(arguments) << status << QString::fromUtf8(message);
}

void profile(const char *name, const QByteArray &content, const char *message)
{
    QTest::newRow(name) << content << QString::fromUtf8(message);
}

// A loadable profile with one member replaced (a JSON fragment spliced in at %1).
QByteArray imageProfileWith(const char *members)
{
    return QByteArray(
               R"({"schemaVersion": 1, "name": "bad", "operation": "ImportImage", "region": "eu-west-1",
        "request": {"Platform": "Linux", "DiskContainers": [{"Format": "VMDK",
                    "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "web.vmdk"}}]})") +
           members + "}";
}

void config(const char *name, const char *configText, const char *credentialsText,
            std::initializer_list<const char *> arguments, int status, const char *message)
{
    QTest::newRow(name) << QByteArray(configText) << QByteArray(credentialsText) << args(arguments) << status
                        << QString::fromUtf8(message);
}

void field(const char *name, const char *operation, const char *patch, const char *fieldPath,
           const char *severity, const char *message)
{
    QTest::newRow(name) << QString::fromLatin1(operation) << QString::fromUtf8(patch)
                        << QString::fromUtf8(fieldPath) << QString::fromLatin1(severity)
                        << QString::fromUtf8(message);
}

constexpr int Usage = 2; // vmimport's own commands
constexpr int Failed = 1;
constexpr int AwsParam = 252;
constexpr int AwsConfig = 253;
constexpr int AwsGeneral = 255; // the AWS CLI's statuses for its commands

constexpr const char *Image = "ImportImage";
constexpr const char *Snapshot = "ImportSnapshot";
constexpr const char *Builder = "ImportDiskImage";

} // namespace

// {missing} is a path that does not exist, {dir} the test's folder, {profile} a valid profile.
void cliArgumentRows()
{
    cli("no command", {}, Usage, "Usage: vmimport");
    cli("unknown command", {"frobnicate"}, Usage, "unknown command 'frobnicate'");
    cli("unknown global option", {"--frob"}, Usage, "Unknown option 'frob'");
    cli("unknown AWS service", {"lambda", "list-functions"}, Usage, "unknown command 'lambda'");
    cli("inspect without file", {"inspect"}, Usage, "name at least one disk image");
    cli("inspect --output xml", {"inspect", "--output", "xml", "{missing}"}, Usage,
        "--output must be text or json, not 'xml'");
    cli("inspect missing file", {"inspect", "{missing}"}, Failed,
        "Cannot read {missing}: No such file or directory");
    cli("inspect a folder", {"inspect", "{dir}"}, Failed, "Cannot read {dir}: file to open is a directory");
    cli("validate without file", {"validate"}, Usage, "name one profile file");
    cli("validate two files", {"validate", "a.json", "b.json"}, Usage, "name one profile file");
    cli("validate --output yaml", {"validate", "--output", "yaml", "{profile}"}, Usage,
        "--output must be text or json, not 'yaml'");
    cli("validate missing file", {"validate", "{missing}"}, Failed, "Cannot read");
    cli("validate unknown option", {"validate", "--strict", "{profile}"}, Usage, "Unknown option 'strict'");
    cli("profiles without subcommand", {"profiles"}, Usage, "name a subcommand");
    cli("profiles unknown subcommand", {"profiles", "rename", "a", "b"}, Usage,
        "wrong arguments for 'rename'");
    cli("profiles show without name", {"profiles", "show"}, Usage, "wrong arguments for 'show'");
    cli("profiles show unknown", {"profiles", "show", "no such profile"}, Failed, "no such profile");
    cli("profiles export unknown", {"profiles", "export", "no such profile"}, Failed, "no such profile");
    cli("profiles import missing file", {"profiles", "import", "{missing}"}, Failed, "Cannot read");
    cli("profiles import unknown operation",
        {"profiles", "import", "{profile}", "--operation", "ImportVolume"}, Usage,
        "unknown operation 'ImportVolume'");
    cli("profiles list --output csv", {"profiles", "list", "--output", "csv"}, Usage,
        "--output must be text or json, not 'csv'");
    cli("profiles list --name", {"profiles", "list", "--name", "x"}, Usage,
        "--name and --operation go with import only");
    cli("profiles import empty name", {"profiles", "import", "{profile}", "--name", ""}, Usage,
        "--name needs a profile name");
    cli("run without profile", {"run"}, Usage, "run takes one profile file");
    cli("run two profiles", {"run", "a.json", "b.json"}, Usage, "run takes one profile file");
    cli("run missing profile", {"run", "{missing}"}, Failed, "cannot read");
    cli("run --poll 0", {"run", "{profile}", "--poll", "0"}, Usage, "--poll takes 0.1 to 3600 seconds");
    cli("run --poll text", {"run", "{profile}", "--poll", "soon"}, Usage, "--poll takes 0.1 to 3600 seconds");
    cli("run --output xml", {"run", "{profile}", "--output", "xml"}, Usage, "--output takes text or json");
    cli("run unknown option", {"run", "{profile}", "--fast"}, Usage, "Unknown option 'fast'");
    cli("resume two ids", {"resume", "a", "b"}, Usage, "resume takes at most one job id");
    cli("resume unknown job", {"resume", "job-unknown"}, Failed, "job-unknown");
    cli("jobs with argument", {"jobs", "all"}, Usage, "jobs takes no arguments");
    cli("status two ids", {"status", "a", "b"}, Usage, "status takes at most one job id");
    cli("cancel without id", {"cancel"}, Usage, "cancel takes one job id");
    cli("cancel unknown job", {"cancel", "job-unknown"}, Failed, "job-unknown");
    cli("ec2 without operation", {"ec2"}, AwsParam, "Operations of vmimport ec2");
    cli("ec2 unknown operation", {"ec2", "import-imagez"}, AwsParam, "Invalid choice");
    cli("ec2 unknown option", {"ec2", "import-image", "--bogus-option", "x"}, AwsParam,
        "Unknown options: --bogus-option");
    cli("broken JSON option", {"ec2", "import-image", "--disk-containers", "[{"}, AwsParam, "Invalid JSON");
    cli("input file missing", {"ec2", "import-image", "--cli-input-json", "file://{missing}"}, AwsParam,
        "Error parsing parameter '--cli-input-json'");
    cli("input JSON not an object", {"ec2", "import-image", "--cli-input-json", "[1]"}, AwsParam,
        "not an object");
    cli("input unknown member", {"ec2", "import-image", "--cli-input-json", R"({"Disks": []})"}, AwsParam,
        "Unknown parameter in input: \"Disks\"");
    cli("input wrong type", {"ec2", "import-snapshot", "--disk-container", R"({"Format": 5})"}, AwsParam,
        "Invalid type for parameter DiskContainer.Format");
    cli("integer option not a number", {"ec2", "describe-import-image-tasks", "--max-results", "many"},
        AwsParam, "invalid integer value: many");
    cli("skeleton choice", {"ec2", "import-image", "--generate-cli-skeleton", "yaml"}, AwsParam,
        "invalid choice: 'yaml'");
    cli("--output yaml", {"--output", "yaml", "ec2", "describe-regions"}, AwsParam,
        "--output yaml is not supported");
    cli("negative read timeout", {"--cli-read-timeout", "-5", "ec2", "describe-regions"}, AwsParam,
        "--cli-read-timeout");
    cli("--region without value", {"ec2", "describe-regions", "--region"}, AwsParam,
        "argument --region: expected one argument");
    cli("missing required member", {"imagebuilder", "import-disk-image"}, AwsParam,
        "Missing required parameter in input: \"name\"");
    cli("too short member", {"kms", "describe-key", "--key-id", ""}, AwsParam,
        "Invalid length for parameter KeyId");
    cli("flag with a value", {"ec2", "import-image", "--dry-run", "yes"}, AwsParam, "--dry-run");
    cli("s3 without subcommand", {"s3"}, AwsParam, "usage: vmimport s3 cp FILE s3://BUCKET/KEY");
    cli("s3 download", {"s3", "cp", "s3://bucket/key", "{dir}/local.raw"}, AwsParam,
        "Only uploads are supported");
    cli("s3 no bucket", {"s3", "cp", "{profile}", "s3://"}, AwsParam, "No bucket in s3://");
    cli("s3 missing file", {"s3", "cp", "{missing}", "s3://bucket/key"}, AwsParam, "does not exist");
    cli("s3 concurrency 0", {"s3", "cp", "{profile}", "s3://bucket/key", "--concurrency", "0"}, AwsParam,
        "argument --concurrency: a number from 1 to");
    cli("s3 bad part size", {"s3", "cp", "{profile}", "s3://bucket/key", "--part-size", "12zz"}, AwsParam,
        "argument --part-size: not a size: 12zz");
    cli("s3 bad payload signing", {"s3", "cp", "{profile}", "s3://bucket/key", "--payload-signing", "maybe"},
        AwsParam, "invalid choice: 'maybe'");
}

void profileFileRows()
{
    profile("empty file", "", "not valid JSON");
    profile("YAML instead of JSON", "name: x\noperation: ImportImage\n", "not valid JSON");
    profile("truncated JSON", R"({"schemaVersion": 1, "name": "x", "operation": "Imp)", "not valid JSON");
    profile("Latin-1 bytes", "{\"schemaVersion\": 1, \"name\": \"caf\xe9\"}", "not valid JSON");
    profile("nested too deep", QByteArray(5000, '[') + QByteArray(5000, ']'), "not valid JSON");
    profile("JSON array", "[1, 2]", "holds no JSON object");
    // Qt reads only an object or an array at the top.
    profile("JSON string", "\"profile\"", "not valid JSON: illegal value at offset 1");
    profile("schemaVersion as text", R"({"schemaVersion": "1", "name": "x", "operation": "ImportImage",
                                         "request": {}})",
            "no valid schemaVersion");
    profile("schemaVersion 0",
            R"({"schemaVersion": 0, "name": "x", "operation": "ImportImage", "request": {}})",
            "no valid schemaVersion");
    profile("newer schema", R"({"schemaVersion": 99, "name": "x"})",
            "A newer version of the app wrote this profile");
    profile("no name", R"({"schemaVersion": 1, "operation": "ImportImage", "request": {}})",
            "The profile has no name");
    profile("empty name", R"({"schemaVersion": 1, "name": "", "operation": "ImportImage", "request": {}})",
            "The profile has no name");
    profile("unknown operation",
            R"({"schemaVersion": 1, "name": "x", "operation": "ImportVolume", "request": {}})",
            "The operation must be ImportImage, ImportSnapshot or ImportDiskImage");
    profile("no operation", R"({"schemaVersion": 1, "name": "x", "request": {}})",
            "The operation must be ImportImage, ImportSnapshot or ImportDiskImage");
    profile("no request", R"({"schemaVersion": 1, "name": "x", "operation": "ImportImage"})",
            "The profile has no request");
    profile("request is an array",
            R"({"schemaVersion": 1, "name": "x", "operation": "ImportImage", "request": []})", "request");
    profile("unknown request member", imageProfileWith(R"(, "request": {"Disks": []})"), "Unknown parameter");
    profile("DiskContainers not a list", imageProfileWith(R"(, "request": {"DiskContainers": "web.vmdk"})"),
            "Invalid type");
    profile("Platform a number", imageProfileWith(R"(, "request": {"Platform": 5})"), "Invalid type");
    profile("snapshot member in an image", imageProfileWith(R"(, "request": {"DiskContainer": {}})"),
            "Unknown parameter");
    profile("Image Builder member in an image",
            imageProfileWith(R"(, "request": {"semanticVersion": "1.0.0"})"), "Unknown parameter");
    profile("region a number", imageProfileWith(R"(, "region": 5)"), "Invalid type");
    profile("upload not an object", imageProfileWith(R"(, "upload": "s3://bucket")"), "Invalid type");
    profile("unknown upload member", imageProfileWith(R"(, "upload": {"bucket": "b", "threads": 4})"),
            "Unknown parameter");
    profile("partSize text", imageProfileWith(R"(, "upload": {"partSize": "64M"})"), "Invalid type");
    profile("concurrency too high", imageProfileWith(R"(, "upload": {"concurrency": 100000})"),
            "The concurrency is out of range");
    profile("negative bandwidth", imageProfileWith(R"(, "upload": {"maxBandwidth": -1})"),
            "The bandwidth limit is bytes per second");
    profile("localFiles a string", imageProfileWith(R"(, "upload": {"localFiles": "web.vmdk"})"),
            "Invalid type");
    profile("localFiles numbers", imageProfileWith(R"(, "upload": {"localFiles": [1]})"), "Invalid type");
    profile("unknown afterImport member", imageProfileWith(R"(, "afterImport": {"notify": true})"),
            "Unknown parameter");
    profile("registerImage Name a number",
            imageProfileWith(R"(, "afterImport": {"registerImage": {"Name": 5}})"), "Invalid type");
}

void configFileRows()
{
    const auto whoami = {"--profile", "lab", "sts", "get-caller-identity"};
    config("section header not closed", "[profile lab\nregion = eu-west-1\n", "", whoami, AwsConfig,
           "line 1: a section header must end with \"]\"");
    config("setting before any section", "region = eu-west-1\n[profile lab]\n", "", whoami, AwsConfig,
           "line 1: a setting outside any [section]");
    config("line without =", "[profile lab]\nregion eu-west-1\n", "", whoami, AwsConfig,
           "line 2: expected \"key = value\"");
    config("bad nested block",
           "[profile lab]\nregion = eu-west-1\ns3 =\n  addressing_style = path\n  virtual\n", "", whoami,
           AwsConfig, "line 5: expected \"key = value\" in the block under \"s3\"");
    config("credentials header not closed", "", "[lab\naws_access_key_id = AKID\n", whoami, AwsConfig,
           "credentials: line 1: a section header must end with");
    config("binary garbage", "\x01\x02\x03\xff\xfe\n", "", whoami, AwsConfig, "line 1");
    config("profile nowhere", "[profile other]\nregion = eu-west-1\n", "", whoami, AwsGeneral,
           "The config profile (lab) could not be found");
    config("source_profile missing",
           "[profile lab]\nrole_arn = arn:aws:iam::123456789012:role/r\n"
           "source_profile = nowhere\nregion = eu-west-1\n",
           "", whoami, AwsConfig, "names source_profile \"nowhere\", which is in neither");
    config("source_profile loop",
           "[profile lab]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = b\n"
           "region = eu-west-1\n[profile b]\nrole_arn = arn:aws:iam::1:role/r\n"
           "source_profile = lab\n",
           "", whoami, AwsConfig, "source_profile settings form a loop");
    config("role without a source",
           "[profile lab]\nrole_arn = arn:aws:iam::123456789012:role/r\nregion = eu-west-1\n", "", whoami,
           AwsConfig, "has role_arn but no source_profile");
    config("key id without secret", "[profile lab]\nregion = eu-west-1\n",
           "[lab]\naws_access_key_id = AKID\n", whoami, AwsConfig,
           "has only one of aws_access_key_id and aws_secret_access_key");
    config("no region anywhere", "[profile lab]\n",
           "[lab]\naws_access_key_id = AKID\naws_secret_access_key = s\n", whoami, AwsConfig,
           "You must specify a region");
    config("credential_process missing program",
           "[profile lab]\nregion = eu-west-1\ncredential_process = /nonexistent/get-credentials\n", "",
           whoami, AwsConfig, "could not run \"/nonexistent/get-credentials\"");
    config("credential_process unbalanced quote",
           "[profile lab]\nregion = eu-west-1\ncredential_process = \"/usr/bin/tool --x\n", "", whoami,
           AwsConfig, "cannot be split: No closing quotation");
    config("max_attempts not a number", "[profile lab]\nregion = eu-west-1\nmax_attempts = many\n",
           "[lab]\naws_access_key_id = AKID\naws_secret_access_key = s\n", whoami, AwsConfig,
           "max_attempts in profile \"lab\" must be a whole number from 1 up, not \"many\"");
    config("sso session missing",
           "[profile lab]\nregion = eu-west-1\nsso_session = corp\nsso_account_id = 1\n"
           "sso_role_name = r\n",
           "", whoami, AwsConfig, "signs in through IAM Identity Center (sso_session)");
}

void wizardFieldRows()
{
    field("no region", Image, R"({"region": null})", "region", "error", "Choose the Region");
    field("invented region", Image, R"({"region": "mars-north-1"})", "region", "error", "mars-north-1");
    field("AWS profile with bracket", Image, R"({"awsProfile": "bad]name"})", "awsProfile", "error", "]");
    field("KMS key not a key", Image, R"({"request": {"Encrypted": true, "KmsKeyId": "my key"}})", "KmsKeyId",
          "error", "is not a KMS key id, alias, key ARN or alias ARN");
    field("KMS key without encryption", Image, R"({"request": {"KmsKeyId": "alias/imports"}})", "KmsKeyId",
          "error", "Encrypted");
    field("license type", Image, R"({"request": {"LicenseType": "Free"}})", "LicenseType", "error",
          "must be AWS or BYOL, not \"Free\"");
    field("platform", Image, R"({"request": {"Platform": "Solaris"}})", "Platform", "error", "Windows");
    field("architecture", Image, R"({"request": {"Architecture": "sparc"}})", "Architecture", "error",
          "x86_64");
    field("boot mode", Image, R"({"request": {"BootMode": "bios"}})", "BootMode", "error", "legacy-bios");
    field("role name", Image, R"({"request": {"RoleName": "my role!"}})", "RoleName", "error", "role name");
    field("client token too long", Image, R"({"request": {"ClientToken": "{{t*65}}"}})", "ClientToken",
          "error", "64");
    field("no disks", Image, R"({"request": {"DiskContainers": []}})", "DiskContainers", "error", "disk");
    field(
        "bucket name upper case", Image,
        R"({"request": {"DiskContainers": [{"Format": "VMDK", "UserBucket": {"S3Bucket": "My_Bucket", "S3Key": "k"}}]}})",
        "DiskContainers[0].UserBucket.S3Bucket", "error", "lower-case");
    field(
        "object key empty", Image,
        R"({"request": {"DiskContainers": [{"Format": "VMDK", "UserBucket": {"S3Bucket": "b-1", "S3Key": ""}}]}})",
        "DiskContainers[0].UserBucket.S3Key", "error", "key");
    field(
        "format qcow2", Image,
        R"({"request": {"DiskContainers": [{"Format": "QCOW2", "UserBucket": {"S3Bucket": "b-1", "S3Key": "k"}}]}})",
        "DiskContainers[0].Format", "error", "QCOW2");
    field(
        "device name", Image,
        R"({"request": {"DiskContainers": [{"SnapshotId": "snap-0123456789abcdef0", "DeviceName": "sdz"}]}})",
        "DiskContainers[0].DeviceName", "error", "/dev/");
    field("URL not https", Image,
          R"({"request": {"DiskContainers": [{"Format": "RAW", "Url": "ftp://example.com/d.raw"}]}})",
          "DiskContainers[0].Url", "error", "s3://");
    field("snapshot id", Image, R"({"request": {"DiskContainers": [{"SnapshotId": "snap-xyz"}]}})",
          "DiskContainers[0].SnapshotId", "error", "snap-");
    field(
        "reserved tag key", Image,
        R"({"request": {"TagSpecifications": [{"ResourceType": "import-image-task", "Tags": [{"Key": "aws:x", "Value": "v"}]}]}})",
        "TagSpecifications[0].Tags[0].Key", "error", "aws:");
    field(
        "too many tags", Image,
        R"({"request": {"TagSpecifications": [{"ResourceType": "import-image-task", "Tags": [{{tags:51}}]}]}})",
        "TagSpecifications[0].Tags", "error", "50");
    field("upload bucket name", Image, R"({"upload": {"bucket": "UPPER", "localFiles": ["web.vmdk"]}})",
          "upload.bucket", "error", "lower-case");
    field("part size too small", Image,
          R"({"upload": {"bucket": "b-1", "partSize": 1024, "localFiles": ["web.vmdk"]}})", "upload.partSize",
          "error", "5 MiB");
    field("storage class", Image,
          R"({"upload": {"bucket": "b-1", "storageClass": "GLACIER", "localFiles": ["web.vmdk"]}})",
          "upload.storageClass", "error", "GLACIER");
    field("snapshot format OVA", Snapshot, R"({"request": {"DiskContainer": {"Format": "OVA"}}})",
          "DiskContainer.Format", "error", "OVA");
    field("semantic version", Builder, R"({"request": {"semanticVersion": "1.0"}})", "semanticVersion",
          "error", "is not a semantic version MAJOR.MINOR.PATCH");
    field("ISO URI not s3", Builder, R"({"request": {"uri": "https://example.com/win.iso"}})", "uri", "error",
          "s3://");
    field("image name", Builder, R"({"request": {"name": "win 11!"}})", "name", "error", "name");
    field("infrastructure ARN", Builder, R"({"request": {"infrastructureConfigurationArn": "arn:x"}})",
          "infrastructureConfigurationArn", "error", "arn:");
    field("registered image name empty", Snapshot, R"({"afterImport": {"registerImage": {"Name": ""}}})",
          "afterImport.registerImage.Name", "error", "name");
}
