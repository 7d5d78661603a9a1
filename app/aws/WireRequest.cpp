#include "aws/WireRequest.h"

#include "aws/Hashing.h"
#include "aws/SigV4Signer.h"

namespace vmi::aws {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Headers the client owns: whatever a serializer put there is replaced.
bool isClientHeader(QByteArrayView name)
{
    for (const char *own : {"host", "authorization", "x-amz-date", "x-amz-security-token",
                            "x-amz-content-sha256", "user-agent", "content-length"}) {
        if (sameName(name, own))
            return true;
    }
    return false;
}

// QNetworkRequest keeps one value per header name; join repeats the way SigV4 canonicalises
// them (comma, request order) before signing, so what is signed is what is sent.
QList<ByteArrayPair> mergedHeaders(const QList<ByteArrayPair> &headers)
{
    QList<ByteArrayPair> merged;
    // Not a structured binding: clang before 16 (and Apple clang) cannot capture one in a lambda.
    for (const ByteArrayPair &header : headers) {
        const QByteArray &name = header.first;
        if (isClientHeader(name))
            continue;
        auto existing = std::find_if(merged.begin(), merged.end(),
                                     [&](const ByteArrayPair &other) { return sameName(other.first, name); });
        if (existing == merged.end())
            merged.append(header);
        else
            existing->second += ',' + header.second;
    }
    return merged;
}

QByteArray encodedQuery(const QList<ByteArrayPair> &query)
{
    QByteArray result;
    for (const auto &[name, value] : query) {
        if (!result.isEmpty())
            result += '&';
        result += SigV4Signer::uriEncode(name);
        // A bare name ("?uploads", "?delete") is how botocore sends S3 sub-resources; servers
        // read it as an empty value, which is also how it is signed ("uploads=").
        if (!value.isEmpty())
            result += '=' + SigV4Signer::uriEncode(value);
    }
    return result;
}

struct Placement
{
    QUrl base; // scheme and authority
    QByteArray path;
};

Placement place(AwsService service, const AwsHttpRequest &request, const Endpoint &endpoint,
                S3AddressingStyle style)
{
    const QByteArray bucketPrefix = '/' + SigV4Signer::uriEncode(request.s3Bucket.toUtf8());
    const bool hasBucket =
        service == AwsService::S3 && !request.s3Bucket.isEmpty() && request.path.startsWith(bucketPrefix) &&
        (request.path.size() == bucketPrefix.size() || request.path[bucketPrefix.size()] == '/');
    if (!hasBucket) {
        // The endpoint may carry a base path (a proxy's prefix); the request goes below it.
        return {endpoint.url, endpoint.url.path(QUrl::FullyEncoded).toUtf8() + request.path};
    }
    // s3Location decides path or virtual style and where the bucket goes; with an empty key
    // its path ends in the '/' that starts the key, which the request's own path supplies.
    const S3Location location = s3Location(endpoint, request.s3Bucket, QString(), style);
    QByteArray path = location.wirePath.chopped(1) + request.path.mid(bucketPrefix.size());
    if (path.isEmpty())
        path = "/";
    return {location.url, path};
}

} // namespace

QByteArray WireRequest::hostHeader(const QUrl &url)
{
    QUrl authority = url.adjusted(QUrl::RemoveUserInfo);
    const int defaultPort = url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1;
    if (authority.port() == defaultPort)
        authority.setPort(-1);
    return authority.authority(QUrl::FullyEncoded).toLatin1();
}

WireRequest WireRequest::prepare(AwsService service, const AwsHttpRequest &request, const Endpoint &endpoint,
                                 S3AddressingStyle style, const Credentials &credentials,
                                 const QDateTime &signingTime, const QByteArray &userAgent)
{
    const Placement placement = place(service, request, endpoint, style);
    const QByteArray query = encodedQuery(request.query);
    const QByteArray host = hostHeader(placement.base);

    WireRequest wire;
    wire.method = request.method.toUpper();
    wire.body = request.body;
    wire.bodySource = request.bodySource;
    wire.url = QUrl::fromEncoded(placement.base.scheme().toLatin1() + "://" + host + placement.path +
                                     (query.isEmpty() ? QByteArray() : '?' + query),
                                 QUrl::StrictMode);

    SignableRequest signable;
    signable.method = wire.method;
    signable.path = placement.path;
    signable.query = request.query;
    signable.headers = mergedHeaders(request.headers);
    signable.headers.prepend(ByteArrayPair("Host", host));
    if (request.unsignedPayload)
        signable.payloadHash = "UNSIGNED-PAYLOAD";
    else if (request.bodySource)
        signable.payloadHash = request.bodySource->sha256Hex;
    else
        signable.payloadHash = sha256Hex(request.body);

    SigningParams params;
    params.region = endpoint.signingRegion;
    params.service = endpoint.signingName;
    params.time = signingTime;
    params.s3PathRules = service == AwsService::S3;
    params.addContentSha256Header = service == AwsService::S3;
    const SigningResult signature = SigV4Signer::signHeaders(signable, credentials, params);

    wire.headers = signable.headers;
    wire.headers.append(signature.headers);
    // Not signed (botocore never signs User-Agent): added after signing.
    wire.headers.append({"User-Agent", userAgent});
    // Without this Qt asks for compressed answers and inflates them itself, so an S3 object
    // stored with Content-Encoding: gzip would not come back byte for byte (botocore's HTTP
    // layer, urllib3, sends "identity" too).
    if (wire.header("Accept-Encoding").isEmpty())
        wire.headers.append(ByteArrayPair("Accept-Encoding", "identity"));
    return wire;
}

QString WireRequest::unsendableReason(AwsService service, const AwsHttpRequest &request,
                                      const Endpoint &endpoint, S3AddressingStyle style)
{
    const Placement placement = place(service, request, endpoint, style);
    const QUrl url = QUrl::fromEncoded("http://host" + placement.path, QUrl::StrictMode);
    const QByteArray sent = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded |
                                          QUrl::NormalizePathSegments);
    if (url.isValid() && sent == placement.path)
        return {};
    return QStringLiteral("The path %1 cannot be sent as signed: Qt's HTTP stack would send %2 instead "
                          "(it resolves \".\" and \"..\" segments and some others starting with a dot).")
        .arg(QString::fromLatin1(placement.path), QString::fromLatin1(sent));
}

QByteArray WireRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

} // namespace vmi::aws
