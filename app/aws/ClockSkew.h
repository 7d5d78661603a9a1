#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vmi::aws {

// Clock-skew correction as the AWS SDKs that do it (Java v2's ClockSkew, JavaScript v3's
// getUpdatedSystemClockOffset) decide it; botocore itself never corrects. A signature is only
// valid within 15 minutes of the server's time, so a computer whose clock is off gets
// RequestTimeTooSkewed / SignatureDoesNotMatch / AuthFailure ... on every call. When such an
// error arrives and the server's Date header differs from the time we signed with by at least
// four minutes, we sign from then on with the server's time.
class ClockSkew
{
public:
    static constexpr qint64 ThresholdMs = 4 * 60 * 1000;

    // The error codes AWS uses when the request time is out of its window (JavaScript v3's
    // CLOCK_SKEW_ERROR_CODES, the same list as Java v2's).
    static bool isSkewErrorCode(const QString &code);

    // An HTTP date (RFC 7231 IMF-fixdate, "Tue, 15 Nov 1994 08:12:31 GMT"); nullopt when the
    // value is not one.
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value);

    // The new offset (server time - local time, ms) to sign with, or nullopt when this answer
    // does not call for a correction: the error is not a skew error (by code, or a 401/403
    // status, as Java v2 also accepts), there is no usable Date header, or the server's time is
    // within the threshold of the time the request was signed with.
    static std::optional<qint64> correction(const QString &errorCode, int httpStatus,
                                            const QByteArray &dateHeader, const QDateTime &signedAt,
                                            const QDateTime &localNow);
};

} // namespace vmi::aws
