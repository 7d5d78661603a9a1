#include "models/RequestJson.h"

#include "models/Ec2RequestJson.h"
#include "models/ImageBuilderRequestJson.h"

namespace vmi {

QJsonObject RequestJson::write(const ImportSettings &settings)
{
    if (settings.operation == ImportOperation::ImportDiskImage)
        return ImageBuilderRequestJson::write(settings.imageBuilder);
    return Ec2RequestJson::write(settings.operation, settings.ec2);
}

QList<Diagnostic> RequestJson::read(ImportOperation operation, const QJsonObject &json,
                                    ImportSettings &settings)
{
    DiagnosticSink errors;
    settings.operation = operation;
    if (operation == ImportOperation::ImportDiskImage)
        settings.imageBuilder = ImageBuilderRequestJson::read(json, errors);
    else
        settings.ec2 = Ec2RequestJson::read(operation, json, errors);
    return errors.take();
}

std::optional<ImportOperation> RequestJson::inferOperation(const QJsonObject &json)
{
    const QStringList imageMembers = Ec2RequestJson::memberNames(ImportOperation::ImportImage);
    const QStringList snapshotMembers = Ec2RequestJson::memberNames(ImportOperation::ImportSnapshot);
    const QStringList builderMembers = ImageBuilderRequestJson::memberNames();
    bool image = false;
    bool snapshot = false;
    bool builder = false;
    for (const QString &key : json.keys()) {
        const bool inImage = imageMembers.contains(key);
        const bool inSnapshot = snapshotMembers.contains(key);
        image = image || (inImage && !inSnapshot);
        snapshot = snapshot || (inSnapshot && !inImage);
        builder = builder || builderMembers.contains(key);
    }
    if (int(image) + int(snapshot) + int(builder) != 1)
        return std::nullopt;
    return image ? ImportOperation::ImportImage
                 : (snapshot ? ImportOperation::ImportSnapshot : ImportOperation::ImportDiskImage);
}

} // namespace vmi
