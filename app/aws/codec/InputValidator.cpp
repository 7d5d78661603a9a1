#include "aws/codec/InputValidator.h"

#include "aws/codec/PythonText.h"
#include "aws/codec/Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vmi::aws::codec {

namespace {

// botocore names the root "input" and drops the leading dot of member paths.
QString displayName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("input");
    return name.startsWith(u'.') ? name.mid(1) : name;
}

void reportType(QStringList &errors, const QString &name, const QJsonValue &value, const QString &validTypes)
{
    errors.append(QStringLiteral("Invalid type for parameter %1, value: %2, type: %3, valid types: %4")
                      .arg(displayName(name), pyStr(value), pyTypeName(value), validTypes));
}

// botocore's range_check: only the lower bound.
void checkMin(QStringList &errors, const QString &name, double measured, const QString &measuredText,
              const ServiceModel::Shape &shape, bool isLength)
{
    if (!shape.traits.contains(u"min") || measured >= shape.traits[u"min"].toDouble())
        return;
    const QString min = QString::fromLatin1(pyNumberStr(shape.traits[u"min"]));
    errors.append(isLength
                      ? QStringLiteral("Invalid length for parameter %1, value: %2, valid min length: %3")
                            .arg(displayName(name), measuredText, min)
                      : QStringLiteral("Invalid value for parameter %1, value: %2, valid min value: %3")
                            .arg(displayName(name), measuredText, min));
}

bool isBase64(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    return QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors).decodingStatus ==
           QByteArray::Base64DecodingStatus::Ok;
}

} // namespace

QStringList InputValidator::validate(const QJsonValue &input, const ServiceModel::Shape &shape) const
{
    QStringList errors;
    check(input, shape, QString(), errors);
    return errors;
}

void InputValidator::checkStructure(const QJsonValue &value, const ServiceModel::Shape &shape,
                                    const QString &name, QStringList &errors) const
{
    if (!value.isObject())
        return reportType(errors, name, value, QStringLiteral("<class 'dict'>"));
    const QJsonObject object = value.toObject();
    for (const QString &required : shape.required) {
        if (!object.contains(required))
            errors.append(
                QStringLiteral("Missing required parameter in %1: \"%2\"").arg(displayName(name), required));
    }
    QStringList memberNames;
    for (const ServiceModel::Member &member : shape.members)
        memberNames.append(member.name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!memberNames.contains(it.key()))
            errors.append(QStringLiteral("Unknown parameter in %1: \"%2\", must be one of: %3")
                              .arg(displayName(name), it.key(), memberNames.join(QStringLiteral(", "))));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const qsizetype index = memberNames.indexOf(it.key());
        if (index >= 0)
            check(it.value(), *m_model.shape(shape.members[index].shape), name + u'.' + it.key(), errors);
    }
}

void InputValidator::check(const QJsonValue &value, const ServiceModel::Shape &shape, const QString &name,
                           QStringList &errors) const
{
    const QString &type = shape.type;
    if (type == u"structure")
        return checkStructure(value, shape, name, errors);
    if (type == u"list") {
        if (!value.isArray())
            return reportType(errors, name, value, QStringLiteral("<class 'list'>, <class 'tuple'>"));
        const QJsonArray items = value.toArray();
        checkMin(errors, name, items.size(), QString::number(items.size()), shape, true);
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items[i], memberShape, name + QStringLiteral("[%1]").arg(i), errors);
        return;
    }
    if (type == u"map") {
        if (!value.isObject())
            return reportType(errors, name, value, QStringLiteral("<class 'dict'>"));
        const QJsonObject object = value.toObject();
        const ServiceModel::Shape &keyShape = *m_model.shape(shape.mapKey.shape);
        const ServiceModel::Shape &valueShape = *m_model.shape(shape.mapValue.shape);
        for (auto it = object.begin(); it != object.end(); ++it) {
            check(it.key(), keyShape, name + QStringLiteral(" (key: %1)").arg(it.key()), errors);
            check(it.value(), valueShape, name + u'.' + it.key(), errors);
        }
        return;
    }
    if (type == u"string") {
        if (!value.isString())
            return reportType(errors, name, value, QStringLiteral("<class 'str'>"));
        // Python counts code points, not UTF-16 units.
        const qsizetype length = value.toString().toUcs4().size();
        checkMin(errors, name, double(length), QString::number(length), shape, true);
        return;
    }
    if (type == u"integer" || type == u"long") {
        if (!isJsonInteger(value))
            return reportType(errors, name, value, QStringLiteral("<class 'int'>"));
        checkMin(errors, name, value.toDouble(), pyStr(value), shape, false);
        return;
    }
    if (type == u"double" || type == u"float") {
        if (!value.isDouble())
            return reportType(errors, name, value,
                              QStringLiteral("<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"));
        checkMin(errors, name, value.toDouble(), pyStr(value), shape, false);
        return;
    }
    if (type == u"boolean") {
        if (!value.isBool())
            reportType(errors, name, value, QStringLiteral("<class 'bool'>"));
        return;
    }
    if (type == u"timestamp") {
        if (!Timestamp::parse(value, Timestamp::EpochZone::Utc))
            reportType(errors, name, value, QStringLiteral("<class 'datetime.datetime'>, timestamp-string"));
        return;
    }
    if (type == u"blob") {
        if (!value.isString())
            reportType(errors, name, value,
                       QStringLiteral("<class 'bytes'>, <class 'bytearray'>, file-like object"));
        else if (!isBase64(value.toString()))
            errors.append(QStringLiteral("Invalid base64: \"%1\"").arg(value.toString())); // the CLI's words
        return;
    }
}

} // namespace vmi::aws::codec
