#include "aws/codec/OutputScalars.h"

#include "aws/codec/Timestamp.h"

namespace vmi::aws::codec {

QJsonValue cliTimestamp(const QJsonValue &wire)
{
    const std::optional<Timestamp> timestamp = Timestamp::parse(wire, Timestamp::EpochZone::Local);
    return timestamp ? QJsonValue(timestamp->isoformat()) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue scalarFromText(const QString &text, const ServiceModel::Shape &shape, bool anyCaseBoolean,
                          QString *error)
{
    const QString &type = shape.type;
    if (type == u"boolean")
        return anyCaseBoolean ? text.compare(u"true", Qt::CaseInsensitive) == 0 : text == u"true";
    if (type == u"integer" || type == u"long") {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (ok)
            return value;
        *error = QStringLiteral("%1 is not an integer: \"%2\"").arg(shape.name, text);
        return QJsonValue::Undefined;
    }
    if (type == u"double" || type == u"float") {
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (ok)
            return value;
        *error = QStringLiteral("%1 is not a number: \"%2\"").arg(shape.name, text);
        return QJsonValue::Undefined;
    }
    if (type == u"timestamp") {
        const QJsonValue value = cliTimestamp(text);
        if (value.isUndefined())
            *error = QStringLiteral("%1 is not a timestamp: \"%2\"").arg(shape.name, text);
        return value;
    }
    return text;
}

} // namespace vmi::aws::codec
