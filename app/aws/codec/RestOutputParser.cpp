#include "aws/codec/RestOutputParser.h"

#include "aws/codec/OutputScalars.h"
#include "aws/codec/ResponseBody.h"
#include "aws/codec/XmlNode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vmi::aws::codec {

// S3's Expires header member, which botocore's handle_expires_header treats specially.
bool RestOutputParser::hasS3ExpiresHeader(const ServiceModel::Shape &output) const
{
    if (m_model.signingName() != u"s3")
        return false;
    for (const ServiceModel::Member &member : output.members) {
        if (member.name == u"Expires" && member.traits[u"locationName"].toString() == u"Expires")
            return true;
    }
    return false;
}

// The members that botocore's BaseRestParser reads from the status line and headers.
QJsonObject RestOutputParser::locationMembers(const ServiceModel::Shape &shape,
                                              const AwsHttpResponse &response, QString *error) const
{
    const bool restJson = m_model.protocol() == u"rest-json";
    QJsonObject parsed;
    for (const ServiceModel::Member &member : shape.members) {
        const QString location = member.traits[u"location"].toString();
        const ServiceModel::Shape &memberShape = *m_model.shape(member.shape);
        if (location == u"statusCode") {
            parsed.insert(member.name, response.status);
        } else if (location == u"headers") {
            // A prefix map (x-amz-meta-): keys keep the case the server sent.
            const QString prefix = member.traits[u"locationName"].toString();
            QJsonObject map;
            for (const auto &[name, value] : response.headers) {
                const QString headerName = QString::fromLatin1(name);
                if (headerName.startsWith(prefix, Qt::CaseInsensitive))
                    map.insert(headerName.mid(prefix.size()), QString::fromUtf8(response.header(name)));
            }
            parsed.insert(member.name, map);
        } else if (location == u"header") {
            const QString name = member.traits[u"locationName"].toString(member.name);
            if (!response.hasHeader(name.toLatin1()))
                continue;
            const QString text = QString::fromUtf8(response.header(name.toLatin1()));
            // An S3 Expires that is not a time is dropped, not an error (handle_expires_header).
            if (member.name == u"Expires" && hasS3ExpiresHeader(shape) && cliTimestamp(text).isUndefined())
                continue;
            if (memberShape.type == u"list") {
                // A list header is comma-separated (RFC 7230).
                QJsonArray items;
                const ServiceModel::Shape &itemShape = *m_model.shape(memberShape.listMember.shape);
                for (const QString &item : text.split(u','))
                    items.append(scalarFromText(item.trimmed(), itemShape, restJson, error));
                parsed.insert(member.name, items);
            } else if (member.traits[u"jsonvalue"].toBool()) {
                parsed.insert(member.name, QJsonDocument::fromJson(QByteArray::fromBase64(text.toLatin1()))
                                               .toVariant()
                                               .toJsonValue());
            } else {
                parsed.insert(member.name, scalarFromText(text, memberShape, restJson, error));
            }
        }
        if (!error->isEmpty())
            return {};
    }
    return parsed;
}

// Like botocore's _should_handle_200_error: not for a streamed (blob or string) payload, which
// could itself be an XML document.
bool RestOutputParser::isS3ErrorIn200(const ServiceModel &model, const ServiceModel::Shape &output,
                                      const AwsHttpResponse &response)
{
    if (model.signingName() != u"s3" || response.status != 200 || response.body.isEmpty())
        return false;
    const QString payload = output.traits[u"payload"].toString();
    for (const ServiceModel::Member &member : output.members) {
        if (member.name == payload) {
            const QString type = model.shape(member.shape)->type;
            if (type == u"blob" || type == u"string")
                return false;
        }
    }
    QString parseError;
    const std::optional<XmlNode> root = XmlNode::parse(response.body, &parseError);
    return !root || (root->tag == u"Error" && root->namespaceUri.isEmpty());
}

QJsonObject RestOutputParser::parse(const ServiceModel::Operation &operation,
                                    const ServiceModel::Shape &output, const AwsHttpResponse &response,
                                    QString *problem) const
{
    QJsonObject parsed = locationMembers(output, response, problem);
    const QString payload = output.traits[u"payload"].toString();
    for (const ServiceModel::Member &member : output.members) {
        if (!problem->isEmpty() || payload.isEmpty() || member.name != payload)
            continue;
        const ServiceModel::Shape &payloadShape = *m_model.shape(member.shape);
        if (payloadShape.type == u"blob" || payloadShape.type == u"string")
            parsed.insert(member.name, QString::fromUtf8(response.body));
        else
            parsed.insert(member.name, parseResponseBody(m_model, response.body, payloadShape, problem));
    }
    if (payload.isEmpty() && problem->isEmpty()) {
        const QJsonObject body = parseResponseBody(m_model, response.body, output, problem).toObject();
        for (auto it = body.begin(); it != body.end(); ++it)
            parsed.insert(it.key(), it.value());
    }
    if (!problem->isEmpty())
        return {};
    // botocore's handle_expires_header: S3 answers keep the raw Expires text as well.
    if (hasS3ExpiresHeader(output) && response.hasHeader("Expires"))
        parsed.insert(QStringLiteral("ExpiresString"), QString::fromUtf8(response.header("Expires")));
    // S3's GetBucketLocation answer cannot be modelled: botocore's parse_get_bucket_location
    // reads the root element's text (none for us-east-1, which the CLI prints as null).
    if (m_model.signingName() == u"s3" && operation.name == u"GetBucketLocation") {
        const std::optional<XmlNode> root = XmlNode::parse(response.body, problem);
        if (root)
            parsed.insert(QStringLiteral("LocationConstraint"),
                          root->hasText ? QJsonValue(root->text) : QJsonValue(QJsonValue::Null));
    }
    return parsed;
}

} // namespace vmi::aws::codec
