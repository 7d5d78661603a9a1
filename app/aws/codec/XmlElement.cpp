#include "aws/codec/XmlElement.h"

namespace vmi::aws::codec {

namespace {

QString escapeText(QString text)
{
    return text.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
}

QString escapeAttribute(const QString &value)
{
    return escapeText(value)
        .replace(u'"', QStringLiteral("&quot;"))
        .replace(u'\r', QStringLiteral("&#13;"))
        .replace(u'\n', QStringLiteral("&#10;"))
        .replace(u'\t', QStringLiteral("&#09;"));
}

void write(const XmlElement &element, QString &out)
{
    out += u'<' + element.tag;
    for (const auto &[name, value] : element.attributes)
        out += u' ' + name + QStringLiteral("=\"") + escapeAttribute(value) + u'"';
    const bool hasText = element.text && !element.text->isEmpty();
    if (!hasText && element.children.isEmpty()) {
        out += QStringLiteral(" />");
        return;
    }
    out += u'>';
    if (hasText)
        out += escapeText(*element.text);
    for (const XmlElement &child : element.children)
        write(child, out);
    out += QStringLiteral("</") + element.tag + u'>';
}

} // namespace

XmlElement &XmlElement::appendChild(const QString &childTag)
{
    children.append(XmlElement{childTag, {}, std::nullopt, {}});
    return children.last();
}

void XmlElement::setAttribute(const QString &name, const QString &value)
{
    for (auto &attribute : attributes) {
        if (attribute.first == name) {
            attribute.second = value;
            return;
        }
    }
    attributes.append({name, value});
}

QByteArray XmlElement::toBytes() const
{
    QString out;
    write(*this, out);
    return out.toUtf8();
}

} // namespace vmi::aws::codec
