#include "aws/codec/JsonOutputParser.h"

#include "aws/codec/OutputScalars.h"
#include "aws/codec/PythonText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace vmi::aws::codec {

QJsonValue JsonOutputParser::parse(const QJsonValue &value, const ServiceModel::Shape &shape,
                                   QString *error) const
{
    const QString &type = shape.type;
    if (type == u"structure") {
        if (value.isNull())
            return value;
        const QJsonObject object = value.toObject();
        QJsonObject parsed;
        for (const ServiceModel::Member &member : shape.members) {
            const QJsonValue raw = object.value(member.traits[u"locationName"].toString(member.name));
            if (raw.isUndefined() || raw.isNull())
                continue;
            parsed.insert(member.name, parse(raw, *m_model.shape(member.shape), error));
            if (!error->isEmpty())
                return QJsonValue::Undefined;
        }
        return parsed;
    }
    if (type == u"list") {
        QJsonArray parsed;
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        for (const QJsonValue &item : value.toArray())
            parsed.append(item.isNull() ? item : parse(item, memberShape, error));
        return parsed;
    }
    if (type == u"map") {
        QJsonObject parsed;
        const ServiceModel::Shape &valueShape = *m_model.shape(shape.mapValue.shape);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parsed.insert(it.key(), parse(it.value(), valueShape, error));
        return parsed;
    }
    if (type == u"timestamp") {
        const QJsonValue parsed = cliTimestamp(value);
        if (parsed.isUndefined())
            *error = QStringLiteral("%1 is not a timestamp").arg(shape.name);
        return parsed;
    }
    if (!m_restJson)
        return value;
    if (type == u"boolean")
        return value.isBool() ? value.toBool() : value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    if (type == u"integer" || type == u"long") {
        if (isJsonInteger(value))
            return value;
        if (value.isDouble()) {
            // Python's int() truncates. Beyond qint64 (only a broken or hostile answer: fuzzing
            // found 3.5e70) the truncated value stays a double, where a cast would overflow.
            const double whole = std::trunc(value.toDouble());
            constexpr double Limit = 9223372036854775808.0; // 2^63
            if (whole >= -Limit && whole < Limit)
                return qint64(whole);
            return whole;
        }
        return scalarFromText(value.toString(), shape, true, error);
    }
    if (type == u"double" || type == u"float")
        return value.isDouble() ? value : scalarFromText(value.toString(), shape, true, error);
    return value;
}

} // namespace vmi::aws::codec
