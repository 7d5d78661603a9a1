#include "models/ProfileFileName.h"

#include <QRegularExpression>

namespace vmi {

namespace {
constexpr qsizetype MaxStemLength = 80;

bool isWindowsDeviceName(const QString &stem)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(stem.section(QLatin1Char('.'), 0, 0)).hasMatch();
}
} // namespace

QString ProfileFileName::stem(const QString &profileName)
{
    QString stem;
    for (QChar c : profileName) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                           c == u'-' || c == u'_' || c == u'.';
        const QChar mapped = plain ? c : QChar(u'_');
        if (mapped == u'_' && stem.endsWith(u'_'))
            continue;
        stem.append(mapped);
    }
    stem = stem.left(MaxStemLength);
    while (stem.startsWith(u'.'))
        stem.remove(0, 1);
    while (stem.endsWith(u'.') || stem.endsWith(u' '))
        stem.chop(1);
    if (stem.isEmpty() || stem == u"_")
        stem = QStringLiteral("profile");
    if (isWindowsDeviceName(stem))
        stem.append(u'_');
    return stem;
}

QString ProfileFileName::make(const QString &profileName, const QStringList &taken)
{
    const QString base = stem(profileName);
    const auto isTaken = [&taken](const QString &candidate) {
        return taken.contains(candidate, Qt::CaseInsensitive);
    };
    QString candidate = base + QLatin1String(".json");
    for (int n = 2; isTaken(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n) + QLatin1String(".json");
    return candidate;
}

} // namespace vmi
