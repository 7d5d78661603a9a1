#include "models/RequestReader.h"

#include "models/AwsTimestamp.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::RequestReader)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString shortText(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else
        text = value.toVariant().toString();
    return text.size() > 60 ? text.left(57) + QLatin1String("...") : text;
}
} // namespace

QString RequestReader::join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + QLatin1Char('.') + member;
}

QString RequestReader::indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void RequestReader::rejectUnknown(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        m_errors.error(
            join(path, it.key()),
            Tr::tr("Unknown parameter in %1: \"%2\", must be one of: %3")
                .arg(path.isEmpty() ? Tr::tr("input") : path, it.key(), known.join(QLatin1String(", "))),
            Tr::tr("Remove it, or check its spelling: member names are case-sensitive."));
    }
}

void RequestReader::wrongType(const QString &path, const QJsonValue &value, const char *expected)
{
    m_errors.error(path, Tr::tr("Invalid type for parameter %1, value: %2, type: %3, valid types: %4")
                             .arg(path, shortText(value), typeName(value), QLatin1String(expected)));
}

std::optional<QString> RequestReader::string(const QJsonObject &object, const QString &path,
                                             const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    return stringValue(object.value(member), join(path, member));
}

std::optional<QString> RequestReader::stringValue(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        wrongType(path, value, "string");
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> RequestReader::boolean(const QJsonObject &object, const QString &path,
                                           const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    const QJsonValue value = object.value(member);
    if (!value.isBool()) {
        wrongType(join(path, member), value, "boolean");
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<double> RequestReader::number(const QJsonObject &object, const QString &path,
                                            const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    const QJsonValue value = object.value(member);
    if (!value.isDouble()) {
        wrongType(join(path, member), value, "number");
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> RequestReader::integer(const QJsonObject &object, const QString &path,
                                             const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    const QJsonValue value = object.value(member);
    const double number = value.toDouble();
    // Whole numbers only, and only those a double holds exactly (2^53).
    if (!value.isDouble() || number != std::trunc(number) || std::fabs(number) > 9007199254740992.0) {
        wrongType(join(path, member), value, "integer");
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<QDateTime> RequestReader::timestamp(const QJsonObject &object, const QString &path,
                                                  const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    const QJsonValue value = object.value(member);
    const auto time = parseAwsTimestamp(value);
    if (!time) {
        m_errors.error(
            join(path, member),
            Tr::tr("Invalid timestamp value for parameter %1: %2").arg(join(path, member), shortText(value)),
            Tr::tr("Use ISO 8601, for example 2024-01-02T03:04:05Z, or seconds since 1970."));
    }
    return time;
}

std::optional<QJsonObject> RequestReader::object(const QJsonObject &object, const QString &path,
                                                 const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    return element(object.value(member), join(path, member));
}

std::optional<QJsonObject> RequestReader::element(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        wrongType(path, value, "object");
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> RequestReader::array(const QJsonObject &object, const QString &path,
                                               const QString &member)
{
    if (!object.contains(member))
        return std::nullopt;
    const QJsonValue value = object.value(member);
    if (!value.isArray()) {
        wrongType(join(path, member), value, "list");
        return std::nullopt;
    }
    return value.toArray();
}

void putString(QJsonObject &object, const QString &member, const std::optional<QString> &value)
{
    if (value)
        object.insert(member, *value);
}

void putBool(QJsonObject &object, const QString &member, std::optional<bool> value)
{
    if (value)
        object.insert(member, *value);
}

void putDouble(QJsonObject &object, const QString &member, std::optional<double> value)
{
    if (value)
        object.insert(member, *value);
}

void putInteger(QJsonObject &object, const QString &member, std::optional<qint64> value)
{
    if (value)
        object.insert(member, *value);
}

void putTimestamp(QJsonObject &object, const QString &member, const std::optional<QDateTime> &value)
{
    if (value)
        object.insert(member, formatAwsTimestamp(*value));
}

} // namespace vmi
