#pragma once

#include "aws/Credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <utility>

namespace vmi::aws {

using ByteArrayPair = std::pair<QByteArray, QByteArray>;

// What Signature Version 4 reads of an HTTP request.
struct SignableRequest
{
    QByteArray method;
    // The path exactly as it goes on the wire: already percent-encoded, as botocore sends it.
    QByteArray path = "/";
    // Query parameters, decoded (the signer encodes them); order does not matter, repeats do.
    QList<ByteArrayPair> query;
    // Header names in any case; values as sent. Must include Host.
    QList<ByteArrayPair> headers;
    // Lower-case hex SHA-256 of the body, or "UNSIGNED-PAYLOAD".
    QByteArray payloadHash;
};

struct SigningParams
{
    QString region;
    QString service;
    QDateTime time; // converted to UTC
    // S3 signs the path as sent (no dot-segment removal, no second encoding); every other
    // service normalises the path and encodes it once more.
    bool s3PathRules = false;
    // Add and sign x-amz-content-sha256 (S3 requires it; the suite asks for it per case).
    bool addContentSha256Header = false;
    // Some services want the session token added after signing instead of signed with the
    // rest (AWS's suite calls it omit_session_token).
    bool signSessionToken = true;
    int presignExpiresSeconds = 3600;
};

// The signer's working, kept for tests and --debug: the canonical request and string to sign
// contain no secret.
struct SigningResult
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;         // lower-case hex
    QList<ByteArrayPair> headers; // header signing: headers to add to the request
    QList<ByteArrayPair> query;   // presigning: decoded query parameters to add
};

// AWS Signature Version 4
// (docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html), checked against AWS's
// own test suite and botocore's signer.
class SigV4Signer
{
public:
    // Signs with an Authorization header; result.headers holds X-Amz-Date, optionally
    // X-Amz-Security-Token and x-amz-content-sha256, and Authorization.
    static SigningResult signHeaders(const SignableRequest &request, const Credentials &credentials,
                                     const SigningParams &params);

    // Signs in the query string (a presigned URL); result.query holds the X-Amz-* parameters
    // including X-Amz-Signature.
    static SigningResult presign(const SignableRequest &request, const Credentials &credentials,
                                 const SigningParams &params);

    // RFC 3986 percent-encoding as SigV4 defines it: everything but A-Z a-z 0-9 - _ . ~ is
    // encoded, with upper-case hex; '/' too unless keepSlash.
    static QByteArray uriEncode(QByteArrayView bytes, bool keepSlash = false);

    // The canonical URI of a wire path under the service's rules.
    static QByteArray canonicalPath(QByteArrayView wirePath, bool s3PathRules);

    static QByteArray canonicalQuery(const QList<ByteArrayPair> &query);

    static QByteArray signingKey(const QString &secretAccessKey, const QByteArray &date,
                                 const QString &region, const QString &service);
};

} // namespace vmi::aws
