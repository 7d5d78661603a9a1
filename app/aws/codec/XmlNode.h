#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace vmi::aws::codec {

// A read XML element as botocore's parsers see it through ElementTree: the local tag name (the
// namespace stripped, as botocore's _node_tag does), the text before the first child element,
// and the children in document order.
struct XmlNode
{
    QString tag;
    QString namespaceUri;
    QString text;
    bool hasText = false;                          // ElementTree's text is None, not "", when there is none
    QList<std::pair<QString, QString>> attributes; // qualified name, value
    QList<XmlNode> children;

    const XmlNode *child(QStringView name) const; // the first child with that tag

    // nullopt and *error when the bytes are not well-formed XML.
    static std::optional<XmlNode> parse(const QByteArray &xml, QString *error);
};

} // namespace vmi::aws::codec
