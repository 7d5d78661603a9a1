#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace vmi::aws::codec {

// A point in time with microseconds, the resolution of Python's datetime, which is what
// botocore and the AWS CLI read timestamps into (QDateTime stops at milliseconds).
struct Timestamp
{
    qint64 seconds = 0; // since 1970-01-01T00:00:00Z
    int micros = 0;     // 0..999999
    // The UTC offset (seconds) the value was written with; absent when the text had no zone,
    // which Python keeps as a "naive" datetime.
    std::optional<int> offset;

    enum class EpochZone
    {
        Utc,   // input side: botocore converts every input timestamp to UTC
        Local, // output side: botocore's parse_timestamp gives epoch numbers local time (tzlocal)
    };

    // What botocore's parse_timestamp reads: epoch seconds (a JSON number or a numeric string),
    // ISO 8601 (date only, or date and time with optional fraction and zone) and RFC 822 dates.
    // dateutil reads more free-form text; those forms are refused here.
    static std::optional<Timestamp> parse(const QJsonValue &value, EpochZone epochZone);

    // botocore's serializer formats.
    QByteArray iso8601Z() const; // "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123456Z" (UTC)
    QByteArray rfc822() const;   // "Tue, 02 Jan 2024 03:04:05 GMT" (whole seconds)
    qint64 unixSeconds() const { return seconds; }

    // Python's datetime.isoformat() in the value's own offset, as the AWS CLI prints it:
    // "2024-01-02T03:04:05+00:00", "2024-01-02T03:04:05.120000+02:00".
    QString isoformat() const;
};

} // namespace vmi::aws::codec
