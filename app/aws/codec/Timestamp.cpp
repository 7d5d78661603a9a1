#include "aws/codec/Timestamp.h"

#include "aws/codec/PythonText.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace vmi::aws::codec {

namespace {

constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr qint64 SecondsPerDay = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

std::optional<qint64> civilSeconds(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1 || year > 9999 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + hour * 3600 + minute * 60 + second;
}

// "Z", "UTC", "GMT", "+02", "+0200", "+02:00" -> seconds east of UTC.
std::optional<int> zoneOffset(const QString &zone)
{
    if (zone.compare(u"Z", Qt::CaseInsensitive) == 0 || zone == u"UTC" || zone == u"GMT")
        return 0;
    static const QRegularExpression numeric(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})?$"));
    const QRegularExpressionMatch match = numeric.match(zone);
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.captured(2).toInt() * 60 + match.captured(3).toInt();
    if (minutes >= 24 * 60)
        return std::nullopt;
    return (match.captured(1) == u"-" ? -60 : 60) * minutes;
}

int epochOffset(qint64 seconds, Timestamp::EpochZone zone)
{
    return zone == Timestamp::EpochZone::Utc
               ? 0
               : QDateTime::fromSecsSinceEpoch(seconds, Qt::LocalTime).offsetFromUtc();
}

Timestamp fromEpoch(double value, Timestamp::EpochZone zone)
{
    // datetime.fromtimestamp: whole seconds, and the fraction rounded half to even into
    // microseconds.
    double whole = 0;
    const double fraction = std::modf(value, &whole);
    Timestamp t;
    t.seconds = static_cast<qint64>(whole);
    double micros = std::nearbyint(fraction * 1e6);
    if (micros >= 1e6) {
        t.seconds += 1;
        micros -= 1e6;
    } else if (micros < 0) {
        t.seconds -= 1;
        micros += 1e6;
    }
    t.micros = static_cast<int>(micros);
    t.offset = epochOffset(t.seconds, zone);
    return t;
}

std::optional<Timestamp> parseIso(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                       "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<qint64> local =
        civilSeconds(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!local)
        return std::nullopt;
    Timestamp t;
    // dateutil keeps the first six fraction digits (truncating, not rounding).
    t.micros = m.captured(7).left(6).leftJustified(6, u'0').toInt();
    if (m.hasCaptured(8)) {
        t.offset = zoneOffset(m.captured(8));
        if (!t.offset)
            return std::nullopt;
    }
    t.seconds = *local - t.offset.value_or(0);
    return t;
}

std::optional<Timestamp> parseRfc822(const QString &text)
{
    static const QRegularExpression rfc(QStringLiteral(
        "^(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?"
        "\\s*(GMT|UTC|Z|[+-]\\d{4})?$"));
    const QRegularExpressionMatch m = rfc.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const qsizetype month = months.indexOf(m.captured(2).toLower());
    if (month < 0)
        return std::nullopt;
    const std::optional<qint64> local =
        civilSeconds(m.captured(3).toInt(), int(month) + 1, m.captured(1).toInt(), m.captured(4).toInt(),
                     m.captured(5).toInt(), m.captured(6).toInt());
    if (!local)
        return std::nullopt;
    Timestamp t;
    if (m.hasCaptured(7)) {
        t.offset = zoneOffset(m.captured(7));
        if (!t.offset)
            return std::nullopt;
    }
    t.seconds = *local - t.offset.value_or(0);
    return t;
}

struct Civil
{
    int year, month, day, hour, minute, second;
};

Civil civil(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, SecondsPerDay);
    const qint64 rest = seconds - days * SecondsPerDay;
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(days + UnixEpochJulianDay).getDate(&year, &month, &day);
    return {year, month, day, int(rest / 3600), int(rest / 60 % 60), int(rest % 60)};
}

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

// Python's datetime holds years 1 to 9999 only: botocore cannot read an epoch time outside
// them, and converting one to qint64 could overflow (fuzzing found 2.25e109).
bool isDatetimeEpoch(double seconds)
{
    constexpr double FirstSecond = -62135596800.0; // 0001-01-01T00:00:00Z
    constexpr double LastSecond = 253402300799.0;  // 9999-12-31T23:59:59Z
    return std::isfinite(seconds) && seconds >= FirstSecond && seconds < LastSecond + 1;
}

} // namespace

std::optional<Timestamp> Timestamp::parse(const QJsonValue &value, EpochZone epochZone)
{
    if (value.isDouble()) {
        if (!isDatetimeEpoch(value.toDouble()))
            return std::nullopt;
        if (isJsonInteger(value)) {
            Timestamp t;
            t.seconds = value.toInteger();
            t.offset = epochOffset(t.seconds, epochZone);
            return t;
        }
        return fromEpoch(value.toDouble(), epochZone);
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool numeric = false;
    const double epoch = text.toDouble(&numeric);
    if (numeric)
        return isDatetimeEpoch(epoch) ? std::optional(fromEpoch(epoch, epochZone)) : std::nullopt;
    if (std::optional<Timestamp> t = parseIso(text))
        return t;
    return parseRfc822(text);
}

QByteArray Timestamp::iso8601Z() const
{
    const Civil c = civil(seconds);
    QByteArray out = QByteArray::number(c.year).rightJustified(4, '0') + '-' + twoDigits(c.month) + '-' +
                     twoDigits(c.day) + 'T' + twoDigits(c.hour) + ':' + twoDigits(c.minute) + ':' +
                     twoDigits(c.second);
    if (micros > 0)
        out += '.' + QByteArray::number(micros).rightJustified(6, '0');
    return out + 'Z';
}

QByteArray Timestamp::rfc822() const
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Civil c = civil(seconds);
    const int weekday = QDate(c.year, c.month, c.day).dayOfWeek();
    return QByteArray(days[weekday - 1]) + ", " + twoDigits(c.day) + ' ' + months[c.month - 1] + ' ' +
           QByteArray::number(c.year).rightJustified(4, '0') + ' ' + twoDigits(c.hour) + ':' +
           twoDigits(c.minute) + ':' + twoDigits(c.second) + " GMT";
}

QString Timestamp::isoformat() const
{
    const Civil c = civil(seconds + offset.value_or(0));
    QByteArray out = QByteArray::number(c.year).rightJustified(4, '0') + '-' + twoDigits(c.month) + '-' +
                     twoDigits(c.day) + 'T' + twoDigits(c.hour) + ':' + twoDigits(c.minute) + ':' +
                     twoDigits(c.second);
    if (micros > 0)
        out += '.' + QByteArray::number(micros).rightJustified(6, '0');
    if (offset) {
        const int magnitude = std::abs(*offset);
        out += *offset < 0 ? '-' : '+';
        out += twoDigits(magnitude / 3600) + ':' + twoDigits(magnitude / 60 % 60);
        if (magnitude % 60)
            out += ':' + twoDigits(magnitude % 60);
    }
    return QString::fromLatin1(out);
}

} // namespace vmi::aws::codec
