#include "models/AwsTimestamp.h"

#include <QRegularExpression>

#include <cmath>

namespace vmi {

namespace {
std::optional<QDateTime> fromEpochSeconds(double seconds)
{
    if (!std::isfinite(seconds) || std::fabs(seconds) > 253402300799.0) // beyond year 9999
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000.0)), Qt::UTC);
}
} // namespace

std::optional<QDateTime> parseAwsTimestamp(const QJsonValue &value)
{
    if (value.isDouble())
        return fromEpochSeconds(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    if (number.match(text).hasMatch())
        return fromEpochSeconds(text.toDouble());
    // Qt's ISO parser also takes a few shapes ISO 8601 does not (a bare "T"), so check the
    // shape first: date, optional time with optional fraction, optional Z or offset.
    static const QRegularExpression iso(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$)"));
    if (!iso.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized.replace(QLatin1Char(' '), QLatin1Char('T'));
    // Qt reads at most milliseconds: cut longer fractions (botocore keeps microseconds; a
    // client-data timestamp loses nothing that matters).
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime) // no offset given: UTC, as botocore assumes
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

QString formatAwsTimestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")
                                          : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace vmi
