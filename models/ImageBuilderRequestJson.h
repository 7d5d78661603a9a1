#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"

#include <QJsonObject>

namespace vmi {

// Image Builder's ImportDiskImage request in the AWS CLI's --cli-input-json shape: the
// rest-json body members in camelCase, `tags` as a map.
class ImageBuilderRequestJson
{
public:
    static QJsonObject write(const ImageBuilderImportRequest &request);
    static ImageBuilderImportRequest read(const QJsonObject &json, DiagnosticSink &errors);

    static QStringList memberNames();
};

} // namespace vmi
