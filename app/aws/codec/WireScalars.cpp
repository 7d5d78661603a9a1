#include "aws/codec/WireScalars.h"

#include "aws/codec/PythonText.h"
#include "aws/codec/Timestamp.h"

namespace vmi::aws::codec {

QString timestampText(const QJsonValue &value, const QJsonObject &traits, QStringView defaultFormat,
                      bool wholeSeconds)
{
    Timestamp timestamp = Timestamp::parse(value, Timestamp::EpochZone::Utc).value_or(Timestamp());
    if (wholeSeconds)
        timestamp.micros = 0;
    const QString format = traits[u"timestampFormat"].toString(defaultFormat.toString()).toLower();
    if (format == u"rfc822")
        return QString::fromLatin1(timestamp.rfc822());
    if (format == u"unixtimestamp")
        return QString::number(timestamp.unixSeconds());
    return QString::fromLatin1(timestamp.iso8601Z());
}

QString scalarText(const QJsonValue &value)
{
    return pyStr(value);
}

QByteArray blobBytes(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace vmi::aws::codec
