#include "models/PresignedUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace vmi {

namespace {
// SigV4 query authentication (X-Amz-*) and the older SigV2 form (AWSAccessKeyId, Signature,
// Expires, x-amz-security-token); S3 matches the names case-insensitively.
bool isAuthenticationParameter(const QString &name)
{
    static const QStringList names{
        QStringLiteral("x-amz-algorithm"),
        QStringLiteral("x-amz-credential"),
        QStringLiteral("x-amz-date"),
        QStringLiteral("x-amz-expires"),
        QStringLiteral("x-amz-signedheaders"),
        QStringLiteral("x-amz-signature"),
        QStringLiteral("x-amz-security-token"),
        QStringLiteral("awsaccesskeyid"),
        QStringLiteral("signature"),
        QStringLiteral("expires"),
    };
    return names.contains(name.toLower());
}
} // namespace

bool PresignedUrl::hasCredentials(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    const QUrlQuery query(parsed);
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (isAuthenticationParameter(QUrl::fromPercentEncoding(item.first.toUtf8())))
            return true;
    }
    return false;
}

QString PresignedUrl::withoutCredentials(const QString &url)
{
    if (!hasCredentials(url))
        return url;
    QUrl parsed(url, QUrl::TolerantMode);
    QUrlQuery query(parsed);
    QUrlQuery kept;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (!isAuthenticationParameter(QUrl::fromPercentEncoding(item.first.toUtf8())))
            kept.addQueryItem(item.first, item.second);
    }
    parsed.setQuery(kept.isEmpty() ? QString() : kept.query(QUrl::FullyEncoded));
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace vmi
