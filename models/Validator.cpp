#include "models/Validator.h"

#include "models/AfterImportRules.h"
#include "models/AwsNames.h"
#include "models/DiskRules.h"
#include "models/Ec2RequestRules.h"
#include "models/ImageBuilderRules.h"
#include "models/TagRules.h"
#include "models/UploadRules.h"
#include "models/ValidationContext.h"

#include <QRegularExpression>

namespace vmi {

namespace field {
QString disk(ImportOperation operation, qsizetype index)
{
    return operation == ImportOperation::ImportImage ? QStringLiteral("DiskContainers[%1]").arg(index)
                                                     : QStringLiteral("DiskContainer");
}

QString localFile(qsizetype index)
{
    return QStringLiteral("upload.localFiles[%1]").arg(index);
}

QString member(const QString &path, const char *name)
{
    return path + QLatin1Char('.') + QLatin1String(name);
}
} // namespace field

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::Validator)
};

void checkConnection(const ImportSettings &settings, const QString &partition, DiagnosticSink &sink)
{
    if (settings.region.isEmpty())
        sink.error(QStringLiteral("region"), Tr::tr("Choose the Region to import into."),
                   Tr::tr("The bucket, the KMS keys and the import all live in one Region."));
    else if (partition.isEmpty())
        sink.error(QStringLiteral("region"), Tr::tr("\"%1\" is not an AWS Region name.").arg(settings.region),
                   Tr::tr("For example eu-west-1 or us-east-1."));
    // The shared config files' section syntax: a profile name has no brackets or line breaks.
    static const QRegularExpression profileName(QStringLiteral(R"(^[^\[\]\r\n]*$)"));
    if (!profileName.match(settings.awsProfile).hasMatch() ||
        settings.awsProfile != settings.awsProfile.trimmed())
        sink.error(QStringLiteral("awsProfile"),
                   Tr::tr("\"%1\" is not an AWS profile name.").arg(settings.awsProfile),
                   Tr::tr("Use the name of a [profile NAME] section of ~/.aws/config, or leave it empty."));
}

// What the inspector found about a file itself, under the file's field.
void addFindings(const ImportSettings &settings, const QMap<qsizetype, InspectedDisk> &inspected,
                 DiagnosticSink &sink)
{
    for (auto it = inspected.cbegin(); it != inspected.cend(); ++it) {
        if (it.key() >= settings.upload.localFiles.size() || settings.upload.localFiles[it.key()].isEmpty())
            continue;
        for (Diagnostic finding : it.value().findings) {
            finding.field = field::localFile(it.key());
            sink.add(finding);
        }
    }
}
} // namespace

QList<Diagnostic> Validator::validate(const ImportSettings &settings,
                                      const QMap<qsizetype, InspectedDisk> &inspected)
{
    DiagnosticSink sink;
    const ValidationContext context{settings, inspected, partitionOfRegion(settings.region), sink};
    checkConnection(settings, context.partition, sink);
    addFindings(settings, inspected, sink);
    if (settings.operation == ImportOperation::ImportDiskImage) {
        ImageBuilderRules::check(context);
        TagRules::checkImageBuilder(context);
    } else {
        Ec2RequestRules::check(context);
        DiskRules::check(context);
        TagRules::checkEc2(context);
    }
    UploadRules::check(context);
    AfterImportRules::check(context);
    return sink.take();
}

} // namespace vmi
