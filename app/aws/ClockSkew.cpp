#include "aws/ClockSkew.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace vmi::aws {

bool ClockSkew::isSkewErrorCode(const QString &code)
{
    static const std::array codes{
        QStringLiteral("AuthFailure"),          QStringLiteral("InvalidSignatureException"),
        QStringLiteral("RequestExpired"),       QStringLiteral("RequestInTheFuture"),
        QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("SignatureDoesNotMatch"),
    };
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::optional<QDateTime> ClockSkew::parseHttpDate(const QByteArray &value)
{
    // Day and month names are English whatever the user's locale: parse with the C locale.
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime time = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return time;
}

std::optional<qint64> ClockSkew::correction(const QString &errorCode, int httpStatus,
                                            const QByteArray &dateHeader, const QDateTime &signedAt,
                                            const QDateTime &localNow)
{
    if (!isSkewErrorCode(errorCode) && httpStatus != 401 && httpStatus != 403)
        return std::nullopt;
    const std::optional<QDateTime> serverTime = parseHttpDate(dateHeader);
    if (!serverTime)
        return std::nullopt;
    if (std::abs(signedAt.msecsTo(*serverTime)) < ThresholdMs)
        return std::nullopt;
    return localNow.msecsTo(*serverTime);
}

} // namespace vmi::aws
