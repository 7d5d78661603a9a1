#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vmi::aws::codec {

// Scalars as botocore puts them on the wire. "format" is a shape's or member's timestampFormat
// trait ("iso8601", "rfc822", "unixTimestamp"), defaulting per location as botocore does.

// A timestamp input (already validated) in the given format; wholeSeconds drops the
// microseconds (botocore does for headers).
QString timestampText(const QJsonValue &value, const QJsonObject &traits, QStringView defaultFormat,
                      bool wholeSeconds = false);

// str() of a string, number or boolean as botocore's serializers apply it to a scalar that
// has no special rule: a string as is, an int as digits, a float as repr.
QString scalarText(const QJsonValue &value);

// A blob input is base64 text (the AWS CLI v2's default cli_binary_format); the bytes it names.
QByteArray blobBytes(const QJsonValue &value);

} // namespace vmi::aws::codec
