#include "aws/codec/QuerySerializer.h"

#include "aws/codec/PythonText.h"
#include "aws/codec/WireScalars.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vmi::aws::codec {

QueryParams QuerySerializer::serialize(const ServiceModel::Operation &operation,
                                       const QJsonObject &input) const
{
    QueryParams params{{QStringLiteral("Action"), operation.name},
                       {QStringLiteral("Version"), m_model.apiVersion()}};
    if (const ServiceModel::Shape *shape = m_model.shape(operation.inputShape))
        serialize(params, input, *shape, {}, QString());
    return params;
}

QString QuerySerializer::serializedName(const QJsonObject &traits, const QString &defaultName) const
{
    if (m_ec2) {
        if (traits.contains(u"queryName"))
            return traits[u"queryName"].toString();
        QString name = traits[u"locationName"].toString();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper(); // EC2 capitalises locationName on input
            return name;
        }
        return defaultName;
    }
    return traits[u"locationName"].toString(defaultName);
}

void QuerySerializer::serialize(QueryParams &out, const QJsonValue &value, const ServiceModel::Shape &shape,
                                const QJsonObject &traits, const QString &prefix) const
{
    const QString &type = shape.type;
    if (type == u"structure") {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            for (const ServiceModel::Member &member : shape.members) {
                if (member.name != it.key())
                    continue;
                const QString name = serializedName(member.traits, member.name);
                serialize(out, it.value(), *m_model.shape(member.shape), member.traits,
                          prefix.isEmpty() ? name : prefix + u'.' + name);
            }
        }
    } else if (type == u"list") {
        const QJsonArray items = value.toArray();
        QString listPrefix = prefix;
        if (!m_ec2) {
            if (items.isEmpty()) {
                out.append({prefix, QString()});
                return;
            }
            const QString elementName = shape.listMember.traits[u"locationName"].toString();
            if (traits[u"flattened"].toBool()) {
                // A flattened list with a named element replaces the last name segment.
                if (!elementName.isEmpty())
                    listPrefix =
                        prefix.section(u'.', 0, -2, QString::SectionIncludeTrailingSep) + elementName;
            } else {
                listPrefix = prefix + u'.' + (elementName.isEmpty() ? QStringLiteral("member") : elementName);
            }
        }
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        for (qsizetype i = 0; i < items.size(); ++i)
            serialize(out, items[i], memberShape, shape.listMember.traits,
                      listPrefix + u'.' + QString::number(i + 1));
    } else if (type == u"map") {
        const QJsonObject object = value.toObject();
        const QString fullPrefix = traits[u"flattened"].toBool() ? prefix : prefix + QStringLiteral(".entry");
        const QString keySuffix = serializedName(shape.mapKey.traits, QStringLiteral("key"));
        const QString valueSuffix = serializedName(shape.mapValue.traits, QStringLiteral("value"));
        int i = 0;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString entry = fullPrefix + u'.' + QString::number(++i) + u'.';
            serialize(out, it.key(), *m_model.shape(shape.mapKey.shape), shape.mapKey.traits,
                      entry + keySuffix);
            serialize(out, it.value(), *m_model.shape(shape.mapValue.shape), shape.mapValue.traits,
                      entry + valueSuffix);
        }
    } else if (type == u"boolean") {
        out.append({prefix, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    } else if (type == u"timestamp") {
        out.append({prefix, timestampText(value, traits, u"iso8601")});
    } else if (type == u"blob") {
        out.append({prefix, QString::fromLatin1(blobBytes(value).toBase64())});
    } else {
        out.append({prefix, scalarText(value)});
    }
}

QByteArray QuerySerializer::formEncode(const QueryParams &params)
{
    const auto quotePlus = [](const QString &text) {
        return text.toUtf8().toPercentEncoding(" ").replace(' ', '+');
    };
    QByteArray body;
    for (const auto &[key, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += quotePlus(key) + '=' + quotePlus(value);
    }
    return body;
}

} // namespace vmi::aws::codec
