#include "models/AfterImportRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::AfterImportRules)
};

const QString RegisterImagePath = QStringLiteral("afterImport.registerImage");

bool hasEc2Tags(const ImportSettings &settings)
{
    return std::any_of(settings.ec2.tagSpecifications.cbegin(), settings.ec2.tagSpecifications.cend(),
                       [](const TagSpecification &specification) { return !specification.tags.isEmpty(); });
}

// An optional member that must be one of RegisterImage's enum values when given.
void checkEnum(DiagnosticSink &sink, const char *member, const std::optional<QString> &value,
               const QStringList &allowed)
{
    if (value && !allowed.contains(*value))
        sink.error(field::member(RegisterImagePath, member),
                   Tr::tr("\"%1\" is not one of %2.").arg(*value, allowed.join(QStringLiteral(", "))));
}
} // namespace

void AfterImportRules::check(const ValidationContext &context)
{
    const AfterImportSettings &after = context.settings.afterImport;
    DiagnosticSink &sink = context.sink;
    const bool imageBuilder = context.operation() == ImportOperation::ImportDiskImage;
    if (after.tagImageAndSnapshots) {
        if (imageBuilder)
            sink.error(QStringLiteral("afterImport.tagImageAndSnapshots"),
                       Tr::tr("Image Builder puts the request's tags on the image itself; this option is "
                              "for EC2 imports."));
        else if (!hasEc2Tags(context.settings))
            sink.warning(QStringLiteral("afterImport.tagImageAndSnapshots"),
                         Tr::tr("There are no tags to copy to the AMI and its snapshots."),
                         Tr::tr("Add tags on the Tags page."));
    }
    if (after.deleteUploadedObjects &&
        std::none_of(context.settings.upload.localFiles.cbegin(), context.settings.upload.localFiles.cend(),
                     [](const QString &file) { return !file.isEmpty(); }))
        sink.warning(QStringLiteral("afterImport.deleteUploadedObjects"),
                     Tr::tr("No local file is uploaded, so there is nothing to delete afterwards."));
    if (after.registerImage) {
        if (!context.isImportSnapshot())
            sink.error(RegisterImagePath,
                       Tr::tr("Registering an AMI afterwards follows a snapshot import only; ImportImage "
                              "makes its own AMI."));
        else
            checkRegisterImage(context, *after.registerImage);
    }
}

void AfterImportRules::checkRegisterImage(const ValidationContext &context,
                                          const RegisterImageSettings &image)
{
    DiagnosticSink &sink = context.sink;
    // EC2's rule for AMI names (RegisterImage's documentation): 3 to 128 characters of letters,
    // digits and ( ) [ ] space . / - ' @ _.
    static const QRegularExpression amiName(QStringLiteral("^[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}$"));
    const QString nameField = field::member(RegisterImagePath, "Name");
    if (!image.name || image.name->isEmpty())
        sink.error(nameField, Tr::tr("The AMI needs a name."));
    else if (!amiName.match(*image.name).hasMatch())
        sink.error(
            nameField,
            Tr::tr("An AMI name has 3 to 128 characters: letters, digits, spaces and ( ) [ ] . / - ' @ _."));
    if (image.description && image.description->size() > 255)
        sink.error(field::member(RegisterImagePath, "Description"),
                   Tr::tr("An AMI description has at most 255 characters."));
    checkEnum(sink, "Architecture", image.architecture,
              {QStringLiteral("i386"), QStringLiteral("x86_64"), QStringLiteral("arm64"),
               QStringLiteral("x86_64_mac"), QStringLiteral("arm64_mac")});
    checkEnum(sink, "BootMode", image.bootMode,
              {QStringLiteral("legacy-bios"), QStringLiteral("uefi"), QStringLiteral("uefi-preferred")});
    checkEnum(sink, "ImdsSupport", image.imdsSupport, {QStringLiteral("v2.0")});
    checkEnum(sink, "TpmSupport", image.tpmSupport, {QStringLiteral("v2.0")});
    checkEnum(sink, "VolumeType", image.volumeType,
              {QStringLiteral("standard"), QStringLiteral("io1"), QStringLiteral("io2"),
               QStringLiteral("gp2"), QStringLiteral("sc1"), QStringLiteral("st1"), QStringLiteral("gp3")});
    if (image.architecture == QStringLiteral("arm64") && image.bootMode == QStringLiteral("legacy-bios"))
        sink.error(field::member(RegisterImagePath, "BootMode"),
                   Tr::tr("arm64 instances boot with UEFI only."), Tr::tr("Choose uefi."));
    if (image.tpmSupport && image.bootMode != QStringLiteral("uefi"))
        sink.error(field::member(RegisterImagePath, "TpmSupport"),
                   Tr::tr("NitroTPM needs the uefi boot mode."));
    static const QRegularExpression deviceName(QStringLiteral("^/dev/(sd[a-z][0-9]*|xvd[a-z][0-9]*)$"));
    if (image.rootDeviceName && !deviceName.match(*image.rootDeviceName).hasMatch())
        sink.error(field::member(RegisterImagePath, "RootDeviceName"),
                   Tr::tr("A root device name looks like /dev/xvda or /dev/sda1."));
}

} // namespace vmi
