#include "models/ImageBuilderRequestJson.h"

#include "models/RequestReader.h"

namespace vmi {

namespace {
QString member(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

QStringList ImageBuilderRequestJson::memberNames()
{
    return {member("name"),
            member("semanticVersion"),
            member("description"),
            member("platform"),
            member("osVersion"),
            member("executionRole"),
            member("infrastructureConfigurationArn"),
            member("uri"),
            member("loggingConfiguration"),
            member("tags"),
            member("registerImageOptions"),
            member("windowsConfiguration"),
            member("clientToken")};
}

QJsonObject ImageBuilderRequestJson::write(const ImageBuilderImportRequest &request)
{
    QJsonObject json;
    putString(json, member("name"), request.name);
    putString(json, member("semanticVersion"), request.semanticVersion);
    putString(json, member("description"), request.description);
    putString(json, member("platform"), request.platform);
    putString(json, member("osVersion"), request.osVersion);
    putString(json, member("executionRole"), request.executionRole);
    putString(json, member("infrastructureConfigurationArn"), request.infrastructureConfigurationArn);
    putString(json, member("uri"), request.uri);
    putString(json, member("clientToken"), request.clientToken);
    if (request.loggingConfiguration) {
        QJsonObject logging;
        putString(logging, member("logGroupName"), request.loggingConfiguration->logGroupName);
        json.insert(member("loggingConfiguration"), logging);
    }
    if (!request.tags.isEmpty()) {
        QJsonObject tags;
        for (auto it = request.tags.cbegin(); it != request.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        json.insert(member("tags"), tags);
    }
    if (request.registerImageOptions) {
        QJsonObject options;
        putBool(options, member("secureBootEnabled"), request.registerImageOptions->secureBootEnabled);
        putString(options, member("uefiData"), request.registerImageOptions->uefiData);
        json.insert(member("registerImageOptions"), options);
    }
    if (request.windowsConfiguration) {
        QJsonObject windows;
        putInteger(windows, member("imageIndex"), request.windowsConfiguration->imageIndex);
        json.insert(member("windowsConfiguration"), windows);
    }
    return json;
}

ImageBuilderImportRequest ImageBuilderRequestJson::read(const QJsonObject &json, DiagnosticSink &errors)
{
    RequestReader read(errors);
    read.rejectUnknown(json, {}, memberNames());
    ImageBuilderImportRequest request;
    request.name = read.string(json, {}, member("name"));
    request.semanticVersion = read.string(json, {}, member("semanticVersion"));
    request.description = read.string(json, {}, member("description"));
    request.platform = read.string(json, {}, member("platform"));
    request.osVersion = read.string(json, {}, member("osVersion"));
    request.executionRole = read.string(json, {}, member("executionRole"));
    request.infrastructureConfigurationArn = read.string(json, {}, member("infrastructureConfigurationArn"));
    request.uri = read.string(json, {}, member("uri"));
    request.clientToken = read.string(json, {}, member("clientToken"));

    if (const auto logging = read.object(json, {}, member("loggingConfiguration"))) {
        const QString path = member("loggingConfiguration");
        read.rejectUnknown(*logging, path, {member("logGroupName")});
        request.loggingConfiguration =
            ImageLoggingConfiguration{read.string(*logging, path, member("logGroupName"))};
    }
    if (const auto tags = read.object(json, {}, member("tags"))) {
        for (auto it = tags->constBegin(); it != tags->constEnd(); ++it) {
            const QString path = member("tags") + QLatin1Char('.') + it.key();
            if (const auto value = read.stringValue(it.value(), path))
                request.tags.insert(it.key(), *value);
        }
    }
    if (const auto options = read.object(json, {}, member("registerImageOptions"))) {
        const QString path = member("registerImageOptions");
        read.rejectUnknown(*options, path, {member("secureBootEnabled"), member("uefiData")});
        request.registerImageOptions =
            RegisterImageOptions{read.boolean(*options, path, member("secureBootEnabled")),
                                 read.string(*options, path, member("uefiData"))};
    }
    if (const auto windows = read.object(json, {}, member("windowsConfiguration"))) {
        const QString path = member("windowsConfiguration");
        read.rejectUnknown(*windows, path, {member("imageIndex")});
        request.windowsConfiguration =
            WindowsConfiguration{read.integer(*windows, path, member("imageIndex"))};
    }
    return request;
}

} // namespace vmi
