#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace vmi::aws::codec {

// An element to write, and the bytes Python's ElementTree.tostring(element, "utf-8") makes of
// it (no declaration, "<a />" for an empty element, &amp; &lt; &gt; in text), so an XML body
// is byte-identical to botocore's.
struct XmlElement
{
    QString tag;
    QList<std::pair<QString, QString>> attributes; // in insertion order, as ElementTree keeps them
    std::optional<QString> text;
    QList<XmlElement> children;

    XmlElement &appendChild(const QString &childTag);
    void setAttribute(const QString &name, const QString &value);
    QByteArray toBytes() const;
};

} // namespace vmi::aws::codec
