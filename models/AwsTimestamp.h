#pragma once

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace vmi {

// Timestamps as the AWS CLI takes them in --cli-input-json: ISO 8601 ("2024-01-02T03:04:05Z",
// with or without fractions and offset; without an offset it is UTC, as botocore assumes),
// a date alone, or seconds since the Unix epoch as a number or numeric string.
// Returns a UTC QDateTime, or nullopt when the value is none of these.
std::optional<QDateTime> parseAwsTimestamp(const QJsonValue &value);

// ISO 8601 in UTC, as botocore's EC2 serializer writes it: "2024-01-02T03:04:05Z", with
// ".zzz" milliseconds only when there are any.
QString formatAwsTimestamp(const QDateTime &time);

} // namespace vmi
