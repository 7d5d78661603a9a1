#include "models/Ec2RequestRules.h"

#include "models/AwsNames.h"
#include "models/KmsKeyRule.h"

#include <QRegularExpression>

#include <algorithm>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::Ec2RequestRules)
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// "RunInstances:0002" ... from the VM Import/Export licensing page (facts 2.6).
const QStringList &knownUsageOperations()
{
    static const QStringList codes{
        QStringLiteral("RunInstances"),      // Linux/UNIX (also with SQL Server BYOL)
        QStringLiteral("RunInstances:0002"), // Windows, license included
        QStringLiteral("RunInstances:0006"), // Windows with SQL Server Standard, license included
        QStringLiteral("RunInstances:0102"), // Windows with SQL Server Enterprise, license included
        QStringLiteral("RunInstances:0202"), // Windows with SQL Server Web, license included
        QStringLiteral("RunInstances:0800"), // Windows BYOL (with or without SQL Server BYOL)
        QStringLiteral("RunInstances:0004"), // Linux with SQL Server Standard, license included
        QStringLiteral("RunInstances:0100"), // Linux with SQL Server Enterprise, license included
        QStringLiteral("RunInstances:0200"), // Linux with SQL Server Web, license included
    };
    return codes;
}

void checkChoice(DiagnosticSink &sink, const QString &fieldName, const std::optional<QString> &value,
                 const QStringList &allowed)
{
    if (value && !allowed.contains(*value))
        sink.error(fieldName,
                   Tr::tr("%1 must be %2, not \"%3\".").arg(fieldName, allowed.join(Tr::tr(" or ")), *value));
}
} // namespace

void Ec2RequestRules::check(const ValidationContext &context)
{
    if (context.isImportImage()) {
        checkEnumerations(context);
        checkLicensing(context);
    } else {
        checkMembersOfImageOnly(context);
    }
    checkEncryption(context);
    checkIdentity(context);
    checkClientData(context);
    if (context.settings.ec2.dryRun.value_or(false))
        context.sink.warning(
            text("DryRun"), Tr::tr("DryRun is on: EC2 only checks your permissions and starts no import."),
            Tr::tr("Turn DryRun off to import. (A dry run that would succeed answers with the "
                   "DryRunOperation error.)"));
}

void Ec2RequestRules::checkMembersOfImageOnly(const ValidationContext &context)
{
    const Ec2ImportRequest &request = context.settings.ec2;
    const std::pair<const char *, bool> members[] = {
        {"Architecture", request.architecture.has_value()},
        {"Hypervisor", request.hypervisor.has_value()},
        {"LicenseType", request.licenseType.has_value()},
        {"Platform", request.platform.has_value()},
        {"UsageOperation", request.usageOperation.has_value()},
        {"BootMode", request.bootMode.has_value()},
        {"LicenseSpecifications", !request.licenseSpecifications.isEmpty()},
    };
    for (const auto &[name, isSet] : members) {
        if (isSet)
            context.sink.warning(text(name),
                                 Tr::tr("ImportSnapshot has no %1; it is not sent.").arg(text(name)),
                                 Tr::tr("It matters only for ImportImage."));
    }
}

void Ec2RequestRules::checkEnumerations(const ValidationContext &context)
{
    const Ec2ImportRequest &request = context.settings.ec2;
    DiagnosticSink &sink = context.sink;
    if (const auto &architecture = request.architecture) {
        if (*architecture == u"i386")
            sink.warning(text("Architecture"),
                         Tr::tr("VM Import/Export deprecates i386 from February 1, 2026."),
                         Tr::tr("Import a 64-bit (x86_64) system if you can."));
        else if (architecture->compare(QLatin1String("arm64"), Qt::CaseInsensitive) == 0 ||
                 architecture->compare(QLatin1String("aarch64"), Qt::CaseInsensitive) == 0)
            sink.error(
                text("Architecture"), Tr::tr("ImportImage does not take ARM64 virtual machines."),
                Tr::tr("Import the disk with ImportSnapshot and register an arm64 AMI from the snapshot."));
        else if (*architecture != u"x86_64")
            sink.error(text("Architecture"),
                       Tr::tr("Architecture must be x86_64 or i386, not \"%1\".").arg(*architecture));
    }
    if (const auto &bootMode = request.bootMode) {
        if (*bootMode == u"uefi-preferred")
            sink.error(text("BootMode"), Tr::tr("uefi-preferred is not supported for imports."),
                       Tr::tr("Choose uefi or legacy-bios, or leave BootMode unset to let AWS detect it."));
        else
            checkChoice(sink, text("BootMode"), bootMode, {text("legacy-bios"), text("uefi")});
    }
    checkChoice(sink, text("Platform"), request.platform, {text("Windows"), text("Linux")});
    checkChoice(sink, text("Hypervisor"), request.hypervisor, {text("xen")});

    // "If you import a VM that is compatible with UEFI using an EBS snapshot, you must specify
    // a value for the platform" (ImportImage's Platform doc).
    const bool fromSnapshot =
        std::any_of(request.diskContainers.cbegin(), request.diskContainers.cend(),
                    [](const DiskContainer &disk) { return disk.snapshotId.has_value(); });
    if (request.bootMode == text("uefi") && fromSnapshot && !request.platform)
        sink.error(text("Platform"), Tr::tr("A UEFI import from an EBS snapshot needs Platform."),
                   Tr::tr("Set Platform to Windows or Linux."));
    else if (!request.platform)
        sink.info(text("Platform"),
                  Tr::tr("Platform is not set; imports without it have stalled at \"updating\"."),
                  Tr::tr("Set Platform to Windows or Linux."));
}

void Ec2RequestRules::checkLicensing(const ValidationContext &context)
{
    const Ec2ImportRequest &request = context.settings.ec2;
    DiagnosticSink &sink = context.sink;
    checkChoice(sink, text("LicenseType"), request.licenseType, {text("AWS"), text("BYOL")});
    if (const auto &usage = request.usageOperation) {
        static const QRegularExpression shape(QStringLiteral("^RunInstances(:[0-9]{4})?$"));
        if (!shape.match(*usage).hasMatch())
            sink.error(
                text("UsageOperation"),
                Tr::tr("\"%1\" is not a usage operation (RunInstances or RunInstances:NNNN).").arg(*usage),
                Tr::tr("For example RunInstances:0800 for Windows BYOL, RunInstances for Linux."));
        else if (!knownUsageOperations().contains(*usage))
            sink.warning(text("UsageOperation"),
                         Tr::tr("VM Import/Export does not list %1 among its usage operations.").arg(*usage),
                         Tr::tr("Known: %1.").arg(knownUsageOperations().join(QLatin1String(", "))));
    }
    if (request.licenseType && request.usageOperation)
        sink.error(text("UsageOperation"),
                   Tr::tr("Give LicenseType or UsageOperation, not both: AWS refuses both."),
                   Tr::tr("Remove one of them."));
    else if (!request.licenseType && !request.usageOperation)
        sink.info(text("LicenseType"),
                  Tr::tr("AWS strongly recommends setting LicenseType or UsageOperation."),
                  Tr::tr("Without them Windows Server gets an AWS license, everything else BYOL."));

    static const QRegularExpression licenseConfiguration(
        QStringLiteral("^license-configuration:lic-[0-9a-f]{32}$"));
    for (qsizetype i = 0; i < request.licenseSpecifications.size(); ++i) {
        const QString path = QStringLiteral("LicenseSpecifications[%1].LicenseConfigurationArn").arg(i);
        const auto &value = request.licenseSpecifications[i].licenseConfigurationArn;
        const auto arn = value ? parseArn(*value) : std::nullopt;
        if (!value || value->isEmpty())
            sink.error(path, Tr::tr("A license specification needs a LicenseConfigurationArn."));
        else if (!arn || arn->service != u"license-manager" ||
                 !licenseConfiguration.match(arn->resource).hasMatch())
            sink.error(
                path, Tr::tr("\"%1\" is not a License Manager license configuration ARN.").arg(*value),
                Tr::tr("It looks like arn:aws:license-manager:REGION:ACCOUNT:license-configuration:lic-..."));
        else if (!context.partition.isEmpty() && arn->partition != context.partition)
            sink.error(path, Tr::tr("The license configuration is in the %1 partition, not %2.")
                                 .arg(arn->partition, context.partition));
        else if (!context.settings.region.isEmpty() && arn->region != context.settings.region)
            sink.warning(path, Tr::tr("The license configuration is in %1, the import in %2.")
                                   .arg(arn->region, context.settings.region));
    }
}

void Ec2RequestRules::checkEncryption(const ValidationContext &context)
{
    const Ec2ImportRequest &request = context.settings.ec2;
    if (!request.kmsKeyId)
        return;
    KmsKeyRule::check(text("KmsKeyId"), *request.kmsKeyId, context.settings.region, context.partition,
                      context.sink);
    if (!request.encrypted.value_or(false))
        context.sink.error(text("KmsKeyId"), Tr::tr("A KmsKeyId needs Encrypted set to true."),
                           Tr::tr("Turn Encrypted on, or remove the key to import unencrypted."));
}

void Ec2RequestRules::checkIdentity(const ValidationContext &context)
{
    const Ec2ImportRequest &request = context.settings.ec2;
    DiagnosticSink &sink = context.sink;
    // "unique, case-sensitive string of up to 64 ASCII characters" (EC2 idempotency page).
    if (const auto &token = request.clientToken) {
        const bool ascii = std::all_of(token->cbegin(), token->cend(),
                                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
        if (token->isEmpty())
            sink.error(text("ClientToken"), Tr::tr("The ClientToken is empty."),
                       Tr::tr("Leave it unset: the app makes one per import and keeps it."));
        else if (token->size() > 64 || !ascii)
            sink.error(text("ClientToken"),
                       Tr::tr("A ClientToken is at most 64 printable ASCII characters."));
    }
    // IAM's role name rules (iam service model, roleNameType): 1-64 of [\w+=,.@-].
    if (const auto &role = request.roleName) {
        static const QRegularExpression roleName(QStringLiteral(R"(^[A-Za-z0-9_+=,.@-]{1,64}$)"));
        if (!roleName.match(*role).hasMatch())
            sink.error(
                text("RoleName"),
                Tr::tr("\"%1\" is not an IAM role name (1 to 64 letters, digits and _+=,.@-).").arg(*role),
                Tr::tr("Give the role's name, not its ARN; unset means \"vmimport\"."));
    }
}

void Ec2RequestRules::checkClientData(const ValidationContext &context)
{
    const auto &data = context.settings.ec2.clientData;
    if (!data)
        return;
    if (data->uploadStart && data->uploadEnd && *data->uploadStart > *data->uploadEnd)
        context.sink.error(text("ClientData.UploadEnd"), Tr::tr("The upload ends before it starts."),
                           Tr::tr("UploadStart must not be after UploadEnd."));
    if (data->uploadSize && *data->uploadSize < 0)
        context.sink.error(text("ClientData.UploadSize"), Tr::tr("The upload size cannot be negative."));
}

} // namespace vmi
