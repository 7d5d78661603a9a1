#include "models/ImageBuilderRules.h"

#include "models/AwsNames.h"
#include "models/S3Names.h"

#include <QRegularExpression>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::ImageBuilderRules)
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool matches(const QString &value, const QString &pattern)
{
    return QRegularExpression(pattern).match(value).hasMatch();
}

// AWS counts lengths in characters, not UTF-16 units.
bool lengthOutside(const QString &value, qsizetype min, qsizetype max)
{
    const qsizetype length = characterCount(value);
    return length < min || length > max;
}
} // namespace

void ImageBuilderRules::check(const ValidationContext &context)
{
    checkRequired(context);
    checkPatterns(context);
    checkArns(context);
    checkIso(context);
    checkOptions(context);
}

void ImageBuilderRules::checkRequired(const ValidationContext &context)
{
    const ImageBuilderImportRequest &request = context.settings.imageBuilder;
    // Required by the model: name, semanticVersion, platform, osVersion,
    // infrastructureConfigurationArn, uri, clientToken. The uri may come from the upload,
    // and the clientToken is made once per import (it is an idempotencyToken, which the AWS
    // SDKs fill in too), so neither is needed here.
    const std::pair<const char *, bool> required[] = {
        {"name", request.name.has_value()},
        {"semanticVersion", request.semanticVersion.has_value()},
        {"platform", request.platform.has_value()},
        {"osVersion", request.osVersion.has_value()},
        {"infrastructureConfigurationArn", request.infrastructureConfigurationArn.has_value()},
    };
    for (const auto &[name, isSet] : required) {
        if (!isSet)
            context.sink.error(text(name), Tr::tr("ImportDiskImage needs %1.").arg(text(name)));
    }
    if (!request.uri && context.localFile(0).isEmpty())
        context.sink.error(
            text("uri"), Tr::tr("ImportDiskImage needs the ISO: a local file to upload, or its s3:// uri."));
}

void ImageBuilderRules::checkPatterns(const ValidationContext &context)
{
    const ImageBuilderImportRequest &request = context.settings.imageBuilder;
    DiagnosticSink &sink = context.sink;
    if (request.name &&
        !matches(*request.name, QStringLiteral("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$")))
        sink.error(text("name"),
                   Tr::tr("An image name has 3 to 128 letters, digits, '-', '_' and inner spaces."));
    if (request.semanticVersion &&
        !matches(*request.semanticVersion, QStringLiteral(R"(^[0-9]+\.[0-9]+\.[0-9]+$)")))
        sink.error(
            text("semanticVersion"),
            Tr::tr("\"%1\" is not a semantic version MAJOR.MINOR.PATCH.").arg(*request.semanticVersion),
            Tr::tr("For example 1.0.0."));
    if (request.description && lengthOutside(*request.description, 1, 1024))
        sink.error(text("description"), Tr::tr("A description has 1 to 1024 characters."));
    // The member docs list the allowed values: platform "Windows", osVersion "Microsoft Windows 11".
    if (request.platform && *request.platform != u"Windows")
        sink.error(text("platform"),
                   Tr::tr("ImportDiskImage takes platform Windows, not \"%1\".").arg(*request.platform));
    if (request.osVersion && *request.osVersion != u"Microsoft Windows 11")
        sink.error(text("osVersion"),
                   Tr::tr("ImportDiskImage takes osVersion \"Microsoft Windows 11\", not \"%1\".")
                       .arg(*request.osVersion),
                   Tr::tr("Image Builder imports Windows 11 Enterprise ISOs only."));
    // The model says 1-64 (ClientToken shape); the issue said 1-36, which is only the length
    // of the UUIDs the app generates. The model decides.
    if (request.clientToken && lengthOutside(*request.clientToken, 1, 64))
        sink.error(text("clientToken"), Tr::tr("A clientToken has 1 to 64 characters."),
                   Tr::tr("Leave it unset: the app makes one per import and keeps it."));
    if (const auto &logging = request.loggingConfiguration;
        logging && logging->logGroupName &&
        !matches(*logging->logGroupName, QStringLiteral(R"(^[a-zA-Z0-9\-_/\.]{1,512}$)")))
        sink.error(text("loggingConfiguration.logGroupName"),
                   Tr::tr("A log group name has 1 to 512 letters, digits and - _ / ."));
}

void ImageBuilderRules::checkArns(const ValidationContext &context)
{
    const ImageBuilderImportRequest &request = context.settings.imageBuilder;
    DiagnosticSink &sink = context.sink;
    const QString &region = context.settings.region;
    if (const auto &arn = request.infrastructureConfigurationArn) {
        const auto parsed = parseArn(*arn);
        if (!matches(
                *arn,
                QStringLiteral(
                    R"(^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$)")))
            sink.error(
                text("infrastructureConfigurationArn"),
                Tr::tr("\"%1\" is not an infrastructure configuration ARN.").arg(*arn),
                Tr::tr(
                    "It looks like arn:aws:imagebuilder:REGION:ACCOUNT:infrastructure-configuration/NAME."));
        else if (!context.partition.isEmpty() && parsed->partition != context.partition)
            sink.error(text("infrastructureConfigurationArn"),
                       Tr::tr("The infrastructure configuration is in the %1 partition, not %2.")
                           .arg(parsed->partition, context.partition));
        else if (!region.isEmpty() && parsed->region != region)
            sink.error(text("infrastructureConfigurationArn"),
                       Tr::tr("The infrastructure configuration is in %1, but the import runs in %2.")
                           .arg(parsed->region, region),
                       Tr::tr("Use an infrastructure configuration of %1.").arg(region));
    }
    if (const auto &role = request.executionRole) {
        const bool valid =
            role->size() <= 2048 &&
            matches(*role, QStringLiteral(
                               R"(^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\-_/]+$)"));
        const auto parsed = parseArn(*role);
        if (!valid)
            sink.error(text("executionRole"),
                       Tr::tr("\"%1\" is not an IAM role name or role ARN.").arg(*role));
        else if (parsed && !context.partition.isEmpty() && parsed->partition != context.partition)
            sink.error(
                text("executionRole"),
                Tr::tr("The role is in the %1 partition, not %2.").arg(parsed->partition, context.partition));
    }
}

void ImageBuilderRules::checkIso(const ValidationContext &context)
{
    const ImageBuilderImportRequest &request = context.settings.imageBuilder;
    DiagnosticSink &sink = context.sink;
    if (request.uri) {
        const auto location = parseS3Uri(*request.uri);
        if (!location)
            sink.error(text("uri"), Tr::tr("The uri must be an S3 URI: s3://BUCKET/KEY."));
        else if (const QString problem = bucketNameProblem(location->bucket); !problem.isEmpty())
            sink.error(text("uri"), problem);
        else if (const QString keyProblem = objectKeyProblem(location->key); !keyProblem.isEmpty())
            sink.error(text("uri"), keyProblem, Tr::tr("Write s3://BUCKET/KEY."));
    } else if (!context.localFile(0).isEmpty()) {
        const UploadTarget target = uploadTarget(context.settings, 0);
        if (target.bucket.isEmpty())
            sink.error(QStringLiteral("upload.bucket"), Tr::tr("The ISO has no bucket to be uploaded to."),
                       Tr::tr("Set the upload bucket, or the uri."));
        else if (const QString problem = objectKeyProblem(target.key); !problem.isEmpty())
            sink.error(QStringLiteral("upload.keyPrefix"), problem);
    }
    const InspectedDisk *inspected = context.inspection(0);
    if (inspected && !context.localFile(0).isEmpty() && inspected->format != u"iso")
        sink.error(
            field::localFile(0),
            Tr::tr("ImportDiskImage takes a Windows ISO; this file is %1.")
                .arg(inspected->format == u"unknown" ? Tr::tr("not an ISO") : inspected->format.toUpper()),
            Tr::tr("Disk images go to EC2's ImportImage or ImportSnapshot."));
}

void ImageBuilderRules::checkOptions(const ValidationContext &context)
{
    const ImageBuilderImportRequest &request = context.settings.imageBuilder;
    DiagnosticSink &sink = context.sink;
    if (const auto &options = request.registerImageOptions; options && options->uefiData) {
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
        if (options->uefiData->size() > 64000)
            sink.error(text("registerImageOptions.uefiData"),
                       Tr::tr("uefiData has at most 64000 characters."));
        else if (options->uefiData->size() % 4 != 0 || !base64.match(*options->uefiData).hasMatch())
            sink.error(text("registerImageOptions.uefiData"), Tr::tr("uefiData must be Base64."),
                       Tr::tr("python-uefivars makes it from a UEFI variable store."));
        if (options->secureBootEnabled == false)
            sink.error(text("registerImageOptions.uefiData"),
                       Tr::tr("uefiData can be given only when Secure Boot is on or unset."),
                       Tr::tr("Remove uefiData, or turn secureBootEnabled on."));
    }
    if (const auto &windows = request.windowsConfiguration) {
        if (!windows->imageIndex)
            sink.error(text("windowsConfiguration.imageIndex"),
                       Tr::tr("windowsConfiguration needs imageIndex."),
                       Tr::tr("The 1-based index of the Windows edition in the ISO's install.wim."));
        else if (*windows->imageIndex < 1 || *windows->imageIndex > 4294967295LL)
            sink.error(text("windowsConfiguration.imageIndex"), Tr::tr("imageIndex is 1 to 4294967295."));
    }
}

} // namespace vmi
