#include "aws/codec/XmlOutputParser.h"

#include "aws/codec/OutputScalars.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace vmi::aws::codec {

namespace {

bool hasHttpLocation(const ServiceModel::Member &member)
{
    const QString location = member.traits[u"location"].toString();
    return location == u"header" || location == u"headers" || location == u"statusCode" ||
           member.traits[u"eventheader"].toBool();
}

} // namespace

QJsonValue XmlOutputParser::parse(const XmlNode &node, const ServiceModel::Shape &shape, QString *error) const
{
    return parseNodes({&node}, shape, {}, error);
}

QJsonValue XmlOutputParser::parseStructure(const XmlNode &node, const ServiceModel::Shape &shape,
                                           QString *error) const
{
    QHash<QString, QList<const XmlNode *>> byTag;
    for (const XmlNode &child : node.children)
        byTag[child.tag].append(&child);

    QJsonObject parsed;
    for (const ServiceModel::Member &member : shape.members) {
        if (hasHttpLocation(member))
            continue;
        const ServiceModel::Shape &memberShape = *m_model.shape(member.shape);
        // A flattened list with a named element is found by the element's name.
        QString xmlName = member.traits[u"locationName"].toString(member.name);
        if (memberShape.type == u"list" && member.traits[u"flattened"].toBool() &&
            memberShape.listMember.traits.contains(u"locationName"))
            xmlName = memberShape.listMember.traits[u"locationName"].toString();
        const auto found = byTag.constFind(xmlName);
        if (found != byTag.cend()) {
            const QJsonValue value = parseNodes(*found, memberShape, member.traits, error);
            if (!error->isEmpty())
                return QJsonValue::Undefined;
            parsed.insert(member.name, value);
        } else if (member.traits[u"xmlAttribute"].toBool()) {
            const QString attributeName = member.traits[u"locationName"].toString();
            for (const auto &[name, value] : node.attributes) {
                if (name == attributeName)
                    parsed.insert(member.name, value);
            }
        }
    }
    return parsed;
}

QJsonValue XmlOutputParser::parseNodes(const QList<const XmlNode *> &nodes, const ServiceModel::Shape &shape,
                                       const QJsonObject &traits, QString *error) const
{
    const QString &type = shape.type;
    const bool flattened = traits[u"flattened"].toBool() || shape.traits[u"flattened"].toBool();
    if (type == u"structure")
        return parseStructure(*nodes.first(), shape, error);
    if (type == u"list") {
        QList<const XmlNode *> items;
        if (flattened) {
            items = nodes;
        } else {
            for (const XmlNode &child : nodes.first()->children)
                items.append(&child);
        }
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        QJsonArray parsed;
        for (const XmlNode *item : items) {
            parsed.append(parseNodes({item}, memberShape, shape.listMember.traits, error));
            if (!error->isEmpty())
                return QJsonValue::Undefined;
        }
        return parsed;
    }
    if (type == u"map") {
        QList<const XmlNode *> entries;
        if (flattened) {
            entries = nodes;
        } else {
            for (const XmlNode &child : nodes.first()->children)
                entries.append(&child);
        }
        const QString keyName = shape.mapKey.traits[u"locationName"].toString(QStringLiteral("key"));
        const QString valueName = shape.mapValue.traits[u"locationName"].toString(QStringLiteral("value"));
        QJsonObject parsed;
        for (const XmlNode *entry : entries) {
            QString key;
            QJsonValue value;
            for (const XmlNode &pair : entry->children) {
                if (pair.tag == keyName) {
                    key = parseNodes({&pair}, *m_model.shape(shape.mapKey.shape), shape.mapKey.traits, error)
                              .toString();
                } else if (pair.tag == valueName) {
                    value = parseNodes({&pair}, *m_model.shape(shape.mapValue.shape), shape.mapValue.traits,
                                       error);
                } else {
                    *error = QStringLiteral("unknown tag in a map entry: %1").arg(pair.tag);
                }
                if (!error->isEmpty())
                    return QJsonValue::Undefined;
            }
            parsed.insert(key, value);
        }
        return parsed;
    }
    return scalarFromText(nodes.first()->text, shape, false, error);
}

} // namespace vmi::aws::codec
