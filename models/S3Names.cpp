#include "models/S3Names.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::S3Names)
};

constexpr qsizetype MaxKeyBytes = 1024;
} // namespace

std::optional<S3Location> parseS3Uri(const QString &uri)
{
    const QLatin1String scheme("s3://");
    if (!uri.startsWith(scheme))
        return std::nullopt;
    const QString rest = uri.mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    S3Location location{slash < 0 ? rest : rest.left(slash), slash < 0 ? QString() : rest.mid(slash + 1)};
    if (location.bucket.isEmpty())
        return std::nullopt;
    return location;
}

QString bucketNameProblem(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9.-]*$"));
    static const QRegularExpression ipAddress(QStringLiteral(R"(^\d+\.\d+\.\d+\.\d+$)"));
    if (name.size() < 3 || name.size() > 63)
        return Tr::tr("A bucket name has 3 to 63 characters.");
    if (!allowed.match(name).hasMatch())
        return Tr::tr("A bucket name has only lower-case letters, digits, dots and hyphens.");
    const auto alnum = [](QChar c) {
        return c.isDigit() || (c >= u'a' && c <= u'z');
    };
    if (!alnum(name.front()) || !alnum(name.back()))
        return Tr::tr("A bucket name begins and ends with a letter or a digit.");
    if (name.contains(QLatin1String("..")))
        return Tr::tr("A bucket name has no two dots in a row.");
    if (ipAddress.match(name).hasMatch())
        return Tr::tr("A bucket name cannot look like an IP address.");
    for (const char *prefix : {"xn--", "sthree-", "amzn-s3-demo-"}) {
        if (name.startsWith(QLatin1String(prefix)))
            return Tr::tr("Bucket names beginning with \"%1\" are reserved.").arg(QLatin1String(prefix));
    }
    // -s3alias: access point aliases; --ol-s3: Object Lambda; .mrap: multi-Region access
    // points; --x-s3: directory buckets; --table-s3: table buckets.
    for (const char *suffix : {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return Tr::tr("Bucket names ending with \"%1\" are reserved.").arg(QLatin1String(suffix));
    }
    return {};
}

QString objectKeyProblem(const QString &key)
{
    if (key.isEmpty())
        return Tr::tr("The object key is empty.");
    if (key.toUtf8().size() > MaxKeyBytes)
        return Tr::tr("An object key is at most 1024 bytes of UTF-8; this one has %1.")
            .arg(key.toUtf8().size());
    return {};
}

} // namespace vmi
