#include "aws/SigV4Signer.h"

#include "aws/Hashing.h"

#include <QTimeZone>

#include <algorithm>
#include <map>

namespace vmi::aws {

namespace {

constexpr char Algorithm[] = "AWS4-HMAC-SHA256";

// botocore never signs these: proxies and HTTP stacks add or rewrite them.
bool isUnsignedHeader(const QByteArray &lowerName)
{
    return lowerName == "expect" || lowerName == "transfer-encoding" || lowerName == "user-agent" ||
           lowerName == "x-amzn-trace-id" || lowerName == "authorization";
}

// Trim and collapse runs of whitespace (including folded lines) to one space.
QByteArray canonicalHeaderValue(const QByteArray &value)
{
    return value.simplified();
}

struct CanonicalHeaders
{
    QByteArray text;          // "name:value\n" lines
    QByteArray signedHeaders; // "name;name"
};

CanonicalHeaders canonicalHeaders(const QList<ByteArrayPair> &headers)
{
    // std::map keeps names sorted; values of repeated names join with ',' in request order.
    std::map<QByteArray, QByteArrayList> byName;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (!isUnsignedHeader(lower))
            byName[lower].append(canonicalHeaderValue(value));
    }
    CanonicalHeaders result;
    for (const auto &[name, values] : byName) {
        result.text += name + ':' + values.join(',') + '\n';
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders += ';';
        result.signedHeaders += name;
    }
    return result;
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray credentialScope(const QByteArray &date, const SigningParams &params)
{
    return date + '/' + params.region.toUtf8() + '/' + params.service.toUtf8() + "/aws4_request";
}

void removeHeaders(QList<ByteArrayPair> &headers, std::initializer_list<QByteArrayView> lowerNames)
{
    headers.removeIf([&](const ByteArrayPair &header) {
        const QByteArray lower = header.first.toLower();
        return std::any_of(lowerNames.begin(), lowerNames.end(),
                           [&](QByteArrayView name) { return lower == name; });
    });
}

struct Signed
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
};

Signed sign(const SignableRequest &request, const QByteArray &canonicalHeaderText,
            const QByteArray &signedHeaders, const QList<ByteArrayPair> &query, const QByteArray &timestamp,
            const Credentials &credentials, const SigningParams &params)
{
    Signed result;
    result.canonicalRequest = request.method.toUpper() + '\n' +
                              SigV4Signer::canonicalPath(request.path, params.s3PathRules) + '\n' +
                              SigV4Signer::canonicalQuery(query) + '\n' + canonicalHeaderText + '\n' +
                              signedHeaders + '\n' + request.payloadHash;
    const QByteArray date = timestamp.left(8);
    result.stringToSign = QByteArray(Algorithm) + '\n' + timestamp + '\n' + credentialScope(date, params) +
                          '\n' + sha256Hex(result.canonicalRequest);
    const QByteArray key =
        SigV4Signer::signingKey(credentials.secretAccessKey, date, params.region, params.service);
    result.signature = hmacSha256(key, result.stringToSign).toHex();
    return result;
}

} // namespace

QByteArray SigV4Signer::uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            encoded += c;
        } else {
            encoded += '%';
            encoded += Hex[u >> 4];
            encoded += Hex[u & 0xF];
        }
    }
    return encoded;
}

QByteArray SigV4Signer::canonicalPath(QByteArrayView wirePath, bool s3PathRules)
{
    if (wirePath.isEmpty())
        return "/";
    if (s3PathRules)
        return wirePath.toByteArray();

    // RFC 3986 section 5.2.4 dot-segment removal, and empty segments dropped as AWS services
    // require (botocore's remove_dot_segments); then encoded once more.
    QByteArrayList segments;
    for (const QByteArray &segment : wirePath.toByteArray().split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else {
            segments.append(segment);
        }
    }
    QByteArray normalized;
    if (wirePath.startsWith('/'))
        normalized += '/';
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            normalized += '/';
        normalized += segments[i];
    }
    if (wirePath.endsWith('/') && !segments.isEmpty())
        normalized += '/';
    return uriEncode(normalized, /*keepSlash=*/true);
}

QByteArray SigV4Signer::canonicalQuery(const QList<ByteArrayPair> &query)
{
    QList<ByteArrayPair> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray result;
    for (const auto &[name, value] : encoded) {
        if (!result.isEmpty())
            result += '&';
        result += name + '=' + value;
    }
    return result;
}

QByteArray SigV4Signer::signingKey(const QString &secretAccessKey, const QByteArray &date,
                                   const QString &region, const QString &service)
{
    const QByteArray dateKey = hmacSha256(QByteArray("AWS4" + secretAccessKey.toUtf8()), date);
    const QByteArray regionKey = hmacSha256(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmacSha256(regionKey, service.toUtf8());
    return hmacSha256(serviceKey, "aws4_request");
}

SigningResult SigV4Signer::signHeaders(const SignableRequest &request, const Credentials &credentials,
                                       const SigningParams &params)
{
    const QByteArray timestamp = amzDate(params.time);
    const bool hasToken = !credentials.sessionToken.isEmpty();

    QList<ByteArrayPair> added{{"X-Amz-Date", timestamp}};
    if (hasToken && params.signSessionToken)
        added.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    if (params.addContentSha256Header)
        added.append({"x-amz-content-sha256", request.payloadHash});

    QList<ByteArrayPair> headers = request.headers;
    removeHeaders(headers, {"x-amz-date", "x-amz-security-token", "x-amz-content-sha256", "authorization"});
    headers.append(added);
    const CanonicalHeaders canonical = canonicalHeaders(headers);

    const Signed s =
        sign(request, canonical.text, canonical.signedHeaders, request.query, timestamp, credentials, params);

    SigningResult result{s.canonicalRequest, s.stringToSign, s.signature, added, {}};
    if (hasToken && !params.signSessionToken)
        result.headers.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    result.headers.append(
        {"Authorization", QByteArray(Algorithm) + " Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                              credentialScope(timestamp.left(8), params) +
                              ", SignedHeaders=" + canonical.signedHeaders + ", Signature=" + s.signature});
    return result;
}

SigningResult SigV4Signer::presign(const SignableRequest &request, const Credentials &credentials,
                                   const SigningParams &params)
{
    const QByteArray timestamp = amzDate(params.time);
    const bool hasToken = !credentials.sessionToken.isEmpty();
    const CanonicalHeaders canonical = canonicalHeaders(request.headers);

    QList<ByteArrayPair> added{
        {"X-Amz-Algorithm", Algorithm},
        {"X-Amz-Credential",
         credentials.accessKeyId.toUtf8() + '/' + credentialScope(timestamp.left(8), params)},
        {"X-Amz-Date", timestamp},
        {"X-Amz-Expires", QByteArray::number(params.presignExpiresSeconds)},
        {"X-Amz-SignedHeaders", canonical.signedHeaders},
    };
    if (hasToken && params.signSessionToken)
        added.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});

    QList<ByteArrayPair> query = request.query;
    query.append(added);
    const Signed s =
        sign(request, canonical.text, canonical.signedHeaders, query, timestamp, credentials, params);

    SigningResult result{s.canonicalRequest, s.stringToSign, s.signature, {}, added};
    if (hasToken && !params.signSessionToken)
        result.query.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    result.query.append({"X-Amz-Signature", s.signature});
    return result;
}

} // namespace vmi::aws
