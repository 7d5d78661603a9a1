#pragma once

#include "aws/AwsHttp.h"
#include "aws/Credentials.h"
#include "aws/Endpoints.h"

#include <QDateTime>
#include <QUrl>

namespace vmi::aws {

// One attempt of a request exactly as it goes on the wire: the serialized request placed on
// its endpoint (S3's bucket moved into the host for virtual-hosted style), with Host, the
// SigV4 headers and the unsigned transport headers added. Built again for every attempt, so a
// retry carries fresh credentials and a fresh signing time.
struct WireRequest
{
    QByteArray method;
    QUrl url;                     // fully encoded; the path is byte for byte what was signed
    QList<ByteArrayPair> headers; // every header to send, one entry per name
    QByteArray body;
    std::shared_ptr<const AwsHttpBodySource> bodySource; // streamed instead of body when set

    static WireRequest prepare(AwsService service, const AwsHttpRequest &request, const Endpoint &endpoint,
                               S3AddressingStyle style, const Credentials &credentials,
                               const QDateTime &signingTime, const QByteArray &userAgent);

    // The value of the Host header for a URL: the authority with the port only when it is not
    // the scheme's default, as botocore and every HTTP client write it.
    static QByteArray hostHeader(const QUrl &url);

    // Why the request cannot go on the wire as it would be signed, or empty. Qt's HTTP stack
    // rewrites the path before sending (QHttpNetworkRequest::uri applies
    // QUrl::NormalizePathSegments, after QUrl has decoded %2E): it resolves "." and ".."
    // segments, and Qt 6.4 also drops two-character segments such as ".b" in "a/.b/c". A
    // request whose path would change is refused rather than sent to another S3 key.
    static QString unsendableReason(AwsService service, const AwsHttpRequest &request,
                                    const Endpoint &endpoint, S3AddressingStyle style);

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

} // namespace vmi::aws
