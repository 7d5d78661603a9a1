#include "aws/codec/RestSerializer.h"

#include "aws/codec/JsonSerializer.h"
#include "aws/codec/PythonText.h"
#include "aws/codec/WireScalars.h"
#include "aws/codec/XmlElement.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace vmi::aws::codec {

namespace {

const ServiceModel::Member *findMember(const ServiceModel::Shape &shape, const QString &name)
{
    for (const ServiceModel::Member &member : shape.members) {
        if (member.name == name)
            return &member;
    }
    return nullptr;
}

// botocore's percent_encode: everything but letters, digits and "-_.~" (and '/' for a greedy
// label) is percent-encoded as UTF-8.
QByteArray percentEncode(const QString &text, bool keepSlash)
{
    return text.toUtf8().toPercentEncoding(keepSlash ? "/" : "");
}

// "{Bucket}/{Key+}" with the URI members' values.
QByteArray renderUri(const QString &uriTemplate, const QHash<QString, QString> &labels, QString *error)
{
    static const QRegularExpression label(QStringLiteral("\\{(.*?)\\}"));
    QByteArray out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = label.globalMatch(uriTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += uriTemplate.mid(last, match.capturedStart() - last).toUtf8();
        last = match.capturedEnd();
        QString name = match.captured(1);
        const bool greedy = name.endsWith(u'+');
        if (greedy)
            name.chop(1);
        if (!labels.contains(name)) {
            *error = QStringLiteral("no value for the URI label {%1}").arg(match.captured(1));
            return {};
        }
        out += percentEncode(labels.value(name), greedy);
    }
    return out + uriTemplate.mid(last).toUtf8();
}

bool isStreaming(const ServiceModel::Shape &shape)
{
    return shape.type == u"blob" || shape.type == u"string";
}

} // namespace

QString RestSerializer::uriText(const QJsonValue &value, const ServiceModel::Shape &shape,
                                const QJsonObject &traits) const
{
    if (shape.type == u"boolean")
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (shape.type == u"timestamp")
        return timestampText(value, traits, u"iso8601");
    return scalarText(value);
}

QString RestSerializer::headerText(const QJsonValue &value, const ServiceModel::Shape &shape,
                                   const QJsonObject &traits) const
{
    if (shape.type == u"timestamp")
        return timestampText(value, traits, u"rfc822", true);
    if (shape.type == u"list") {
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isNull())
                continue;
            if (memberShape.type == u"string") {
                // An element with a comma or quote is quoted, with its quotes escaped.
                QString text = item.toString();
                if (text.contains(u'"') || text.contains(u','))
                    text = u'"' + text.replace(u'"', QStringLiteral("\\\"")) + u'"';
                items.append(text);
            } else {
                items.append(headerText(item, memberShape, shape.listMember.traits));
            }
        }
        return items.join(u',');
    }
    if (shape.type == u"boolean")
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return scalarText(value);
}

AwsHttpRequest RestSerializer::serialize(const ServiceModel::Operation &operation, const QJsonObject &input,
                                         QString *error) const
{
    AwsHttpRequest request;
    request.method = operation.httpMethod.toLatin1();

    QHash<QString, QString> labels;
    QList<ByteArrayPair> query;
    QJsonObject bodyMembers;
    const ServiceModel::Shape *shape = m_model.shape(operation.inputShape);
    if (shape) {
        for (auto it = input.begin(); it != input.end(); ++it) {
            const ServiceModel::Member *member = findMember(*shape, it.key());
            if (!member || it.value().isNull())
                continue;
            const ServiceModel::Shape &memberShape = *m_model.shape(member->shape);
            const QString location = member->traits[u"location"].toString();
            const QString name = member->traits[u"locationName"].toString(member->name);
            if (location == u"uri") {
                labels.insert(name, uriText(it.value(), memberShape, member->traits));
            } else if (location == u"querystring") {
                if (memberShape.type == u"map") {
                    const QJsonObject map = it.value().toObject();
                    for (auto entry = map.begin(); entry != map.end(); ++entry) {
                        const QJsonArray values =
                            entry.value().isArray() ? entry.value().toArray() : QJsonArray{entry.value()};
                        for (const QJsonValue &v : values)
                            query.append({entry.key().toUtf8(), scalarText(v).toUtf8()});
                    }
                } else if (memberShape.type == u"list") {
                    const ServiceModel::Shape &itemShape = *m_model.shape(memberShape.listMember.shape);
                    for (const QJsonValue &item : it.value().toArray())
                        query.append({name.toUtf8(),
                                      uriText(item, itemShape, memberShape.listMember.traits).toUtf8()});
                } else {
                    query.append({name.toUtf8(), uriText(it.value(), memberShape, member->traits).toUtf8()});
                }
            } else if (location == u"header") {
                if (memberShape.type == u"list" && it.value().toArray().isEmpty())
                    continue; // botocore sets no header for an empty list
                if (member->traits[u"jsonvalue"].toBool()) {
                    *error = QStringLiteral("%1: JSON-value headers are not supported").arg(member->name);
                    return {};
                }
                request.headers.append(
                    {name.toUtf8(), headerText(it.value(), memberShape, member->traits).toUtf8()});
            } else if (location == u"headers") {
                const QJsonObject map = it.value().toObject();
                for (auto entry = map.begin(); entry != map.end(); ++entry)
                    request.headers.append(
                        {(name + entry.key()).toUtf8(), scalarText(entry.value()).toUtf8()});
            } else {
                bodyMembers.insert(it.key(), it.value());
            }
        }
    }

    // The template may carry a fixed query ("/{Bucket}/{Key+}?uploads"); it goes first.
    const QByteArray uri = renderUri(operation.requestUri, labels, error);
    if (!error->isEmpty())
        return {};
    const qsizetype question = uri.indexOf('?');
    request.path = question < 0 ? uri : uri.left(question);
    if (question >= 0) {
        for (const QByteArray &pair : uri.mid(question + 1).split('&')) {
            const qsizetype equals = pair.indexOf('=');
            request.query.append(
                {QByteArray::fromPercentEncoding(pair.left(equals < 0 ? pair.size() : equals)),
                 equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(equals + 1))});
        }
    }
    request.query += query;

    if (shape) {
        const QString payload = shape->traits[u"payload"].toString();
        const ServiceModel::Member *payloadMember = payload.isEmpty() ? nullptr : findMember(*shape, payload);
        bool streaming = false;
        if (payloadMember) {
            const ServiceModel::Shape &payloadShape = *m_model.shape(payloadMember->shape);
            const QJsonValue value = input.value(payload);
            if (isStreaming(payloadShape)) {
                streaming = true;
                if (!value.isUndefined() && !value.isNull())
                    request.body =
                        payloadShape.type == u"blob" ? blobBytes(value) : value.toString().toUtf8();
            } else if (!value.isUndefined() && !value.isNull()) {
                request.body = structureBody(value.toObject(), payloadShape, payloadMember->traits, error);
            } else if (m_json) {
                request.body = "{}";
            }
        } else if (!bodyMembers.isEmpty()) {
            request.body = structureBody(bodyMembers, *shape, shape->traits, error);
        } else if (m_json) {
            // rest-json sends "{}" when the shape has any body member, even if none is set.
            for (const ServiceModel::Member &member : shape->members) {
                if (!member.traits.contains(u"location")) {
                    request.body = "{}";
                    break;
                }
            }
        }
        if (!error->isEmpty())
            return {};
        if (m_json && !streaming && !request.body.isEmpty() && request.header("Content-Type").isEmpty())
            request.headers.append(ByteArrayPair("Content-Type", "application/json"));
    }

    // S3 names the bucket as the first path segment here; the client moves it into the host
    // when it uses virtual-hosted addressing.
    if (m_model.signingName() == u"s3")
        request.s3Bucket = input.value(u"Bucket").toString();
    return request;
}

QByteArray RestSerializer::structureBody(const QJsonObject &members, const ServiceModel::Shape &shape,
                                         const QJsonObject &traits, QString *error) const
{
    if (m_json)
        return JsonSerializer(m_model).body(members, shape);
    const QString rootName = traits[u"locationName"].toString();
    if (rootName.isEmpty()) {
        *error = QStringLiteral("the XML body of %1 has no root element name").arg(shape.name);
        return {};
    }
    XmlElement pseudoRoot;
    toXml(pseudoRoot, members, shape, traits, rootName);
    return pseudoRoot.children.first().toBytes();
}

void RestSerializer::toXml(XmlElement &parent, const QJsonValue &value, const ServiceModel::Shape &shape,
                           const QJsonObject &traits, const QString &name) const
{
    const auto addNamespace = [&traits](XmlElement &node) {
        const QJsonValue ns = traits[u"xmlNamespace"];
        if (ns.isObject()) {
            const QString prefix = ns[u"prefix"].toString();
            node.setAttribute(prefix.isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + prefix,
                              ns[u"uri"].toString());
        } else if (ns.isString()) {
            node.setAttribute(QStringLiteral("xmlns"), ns.toString());
        }
    };

    const QString &type = shape.type;
    if (type == u"structure") {
        XmlElement &node = parent.appendChild(name);
        addNamespace(node);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const ServiceModel::Member *member = findMember(shape, it.key());
            if (!member)
                continue;
            const QString memberName = member->traits[u"locationName"].toString(member->name);
            if (member->traits[u"xmlAttribute"].toBool())
                node.setAttribute(memberName, scalarText(it.value()));
            else
                toXml(node, it.value(), *m_model.shape(member->shape), member->traits, memberName);
        }
    } else if (type == u"list") {
        const bool flattened = traits[u"flattened"].toBool();
        XmlElement &listNode = flattened ? parent : parent.appendChild(name);
        addNamespace(listNode);
        const QString elementName =
            flattened ? name : shape.listMember.traits[u"locationName"].toString(QStringLiteral("member"));
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        for (const QJsonValue &item : value.toArray())
            toXml(listNode, item, memberShape, shape.listMember.traits, elementName);
    } else if (type == u"map") {
        const bool flattened = traits[u"flattened"].toBool();
        if (!flattened)
            addNamespace(parent.appendChild(name));
        const QString keyName = shape.mapKey.traits[u"locationName"].toString(QStringLiteral("key"));
        const QString valueName = shape.mapValue.traits[u"locationName"].toString(QStringLiteral("value"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            XmlElement &entry = flattened ? parent.appendChild(name)
                                          : parent.children.last().appendChild(QStringLiteral("entry"));
            toXml(entry, it.key(), *m_model.shape(shape.mapKey.shape), shape.mapKey.traits, keyName);
            toXml(entry, it.value(), *m_model.shape(shape.mapValue.shape), shape.mapValue.traits, valueName);
        }
    } else {
        XmlElement &node = parent.appendChild(name);
        if (type == u"boolean")
            node.text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (type == u"blob")
            node.text = QString::fromLatin1(blobBytes(value).toBase64());
        else if (type == u"timestamp")
            node.text = timestampText(value, traits, u"iso8601");
        else
            node.text = scalarText(value);
        addNamespace(node);
    }
}

} // namespace vmi::aws::codec
