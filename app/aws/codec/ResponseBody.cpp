#include "aws/codec/ResponseBody.h"

#include "aws/codec/JsonOutputParser.h"
#include "aws/codec/XmlNode.h"
#include "aws/codec/XmlOutputParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vmi::aws::codec {

QJsonValue parseResponseBody(const ServiceModel &model, const QByteArray &bytes,
                             const ServiceModel::Shape &shape, QString *error)
{
    const QString protocol = model.protocol();
    if (protocol == u"json" || protocol == u"rest-json") {
        QJsonValue body = QJsonObject();
        if (!bytes.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                *error = QStringLiteral("the body is not JSON: %1").arg(parseError.errorString());
                return {};
            }
            body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        }
        return JsonOutputParser(model, protocol == u"rest-json").parse(body, shape, error);
    }
    if (bytes.isEmpty())
        return QJsonObject(); // botocore parses an empty element
    const std::optional<XmlNode> root = XmlNode::parse(bytes, error);
    if (!root)
        return {};
    return XmlOutputParser(model).parse(*root, shape, error);
}

} // namespace vmi::aws::codec
