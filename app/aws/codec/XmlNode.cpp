#include "aws/codec/XmlNode.h"

#include <QXmlStreamReader>

namespace vmi::aws::codec {

const XmlNode *XmlNode::child(QStringView name) const
{
    for (const XmlNode &node : children) {
        if (node.tag == name)
            return &node;
    }
    return nullptr;
}

std::optional<XmlNode> XmlNode::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    QList<XmlNode *> open;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlNode *node = nullptr;
            if (open.isEmpty()) {
                node = &root;
                haveRoot = true;
            } else {
                open.last()->children.append(XmlNode());
                node = &open.last()->children.last();
            }
            node->tag = reader.name().toString();
            node->namespaceUri = reader.namespaceUri().toString();
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                node->attributes.append({attribute.qualifiedName().toString(), attribute.value().toString()});
            open.append(node);
            break;
        }
        case QXmlStreamReader::EndElement:
            open.removeLast();
            break;
        case QXmlStreamReader::Characters:
            // ElementTree's .text: only what comes before the first child element.
            if (!open.isEmpty() && open.last()->children.isEmpty()) {
                open.last()->text += reader.text();
                open.last()->hasText = true;
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError() || !haveRoot) {
        *error = reader.hasError() ? reader.errorString() : QStringLiteral("no root element");
        return std::nullopt;
    }
    return root;
}

} // namespace vmi::aws::codec
