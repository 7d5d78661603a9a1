#include "aws/codec/PythonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace vmi::aws::codec {

namespace {

QString pyRepr(const QJsonValue &value);

QString pyStringRepr(const QString &text)
{
    // Python prefers single quotes and switches to double quotes only to avoid escaping.
    const QChar quote = text.contains(u'\'') && !text.contains(u'"') ? u'"' : u'\'';
    QString out = quote;
    for (QChar c : text) {
        if (c == quote || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + quote;
}

QString pyRepr(const QJsonValue &value)
{
    return value.isString() ? pyStringRepr(value.toString()) : pyStr(value);
}

} // namespace

QByteArray pyFloatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";

    // Shortest round-trip digits and exponent, then Python's layout: positional notation
    // when -4 < decimal point position <= 16, scientific otherwise.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QByteArray scientific(buffer, result.ptr - buffer);
    const qsizetype e = scientific.indexOf('e');
    QByteArray mantissa = scientific.left(e);
    const int exponent = scientific.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    const QByteArray digits = QByteArray(mantissa).replace(".", "");
    const int point = exponent + 1;

    QByteArray out = negative ? "-" : "";
    if (point > -4 && point <= 16) {
        if (point <= 0)
            out += "0." + QByteArray(-point, '0') + digits;
        else if (point >= digits.size())
            out += digits + QByteArray(point - digits.size(), '0') + ".0";
        else
            out += digits.left(point) + '.' + digits.mid(point);
    } else {
        out += digits.left(1);
        if (digits.size() > 1)
            out += '.' + digits.mid(1);
        const int shown = point - 1;
        out += shown < 0 ? "e-" : "e+";
        out += QByteArray::number(std::abs(shown)).rightJustified(2, '0');
    }
    return out;
}

bool isJsonInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

QByteArray pyNumberStr(const QJsonValue &number)
{
    return isJsonInteger(number) ? QByteArray::number(number.toInteger()) : pyFloatRepr(number.toDouble());
}

QString pyStr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return QString::fromLatin1(pyNumberStr(value));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(pyRepr(item));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(pyStringRepr(it.key()) + QStringLiteral(": ") + pyRepr(it.value()));
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    }
    Q_UNREACHABLE();
}

QString pyTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("<class 'NoneType'>");
    case QJsonValue::Bool:
        return QStringLiteral("<class 'bool'>");
    case QJsonValue::Double:
        return isJsonInteger(value) ? QStringLiteral("<class 'int'>") : QStringLiteral("<class 'float'>");
    case QJsonValue::String:
        return QStringLiteral("<class 'str'>");
    case QJsonValue::Array:
        return QStringLiteral("<class 'list'>");
    case QJsonValue::Object:
        return QStringLiteral("<class 'dict'>");
    }
    Q_UNREACHABLE();
}

PyJsonWriter::PyJsonWriter(int indent, bool ensureAscii)
    : m_indent(indent)
    , m_ensureAscii(ensureAscii)
{}

void PyJsonWriter::newline(qsizetype depth)
{
    m_out += '\n';
    m_out += QByteArray(depth * m_indent, ' ');
}

void PyJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out += m_indent >= 0 ? "," : ", ";
    if (m_indent >= 0)
        newline(m_levels.size());
}

void PyJsonWriter::begin(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_levels.append({bracket == '{', 0});
}

void PyJsonWriter::end(char bracket)
{
    const Level level = m_levels.takeLast();
    if (level.count > 0 && m_indent >= 0)
        newline(m_levels.size());
    m_out += bracket;
}

void PyJsonWriter::beginObject()
{
    begin('{');
}

void PyJsonWriter::endObject()
{
    end('}');
}

void PyJsonWriter::beginArray()
{
    begin('[');
}

void PyJsonWriter::endArray()
{
    end(']');
}

void PyJsonWriter::key(const QString &name)
{
    beforeValue();
    writeQuoted(name);
    m_out += ": ";
    m_afterKey = true;
}

void PyJsonWriter::string(const QString &text)
{
    beforeValue();
    writeQuoted(text);
}

void PyJsonWriter::writeQuoted(const QString &text)
{
    m_out += '"';
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype upTo) {
        m_out += QStringView(text).mid(runStart, upTo - runStart).toUtf8();
        runStart = upTo + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const char *shortEscape = nullptr;
        switch (u) {
        case u'"':
            shortEscape = "\\\"";
            break;
        case u'\\':
            shortEscape = "\\\\";
            break;
        case u'\n':
            shortEscape = "\\n";
            break;
        case u'\r':
            shortEscape = "\\r";
            break;
        case u'\t':
            shortEscape = "\\t";
            break;
        case u'\b':
            shortEscape = "\\b";
            break;
        case u'\f':
            shortEscape = "\\f";
            break;
        default:
            break;
        }
        if (shortEscape) {
            flush(i);
            m_out += shortEscape;
        } else if (u < 0x20 || (m_ensureAscii && u > 0x7e)) {
            flush(i);
            m_out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        }
    }
    flush(text.size());
    m_out += '"';
}

void PyJsonWriter::literal(QByteArrayView text)
{
    beforeValue();
    m_out += text;
}

void PyJsonWriter::floatValue(double value)
{
    if (std::isnan(value))
        literal("NaN");
    else if (std::isinf(value))
        literal(value < 0 ? "-Infinity" : "Infinity");
    else
        literal(pyFloatRepr(value));
}

} // namespace vmi::aws::codec
