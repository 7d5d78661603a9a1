#pragma once

#include "aws/SigV4Signer.h"

#include <QByteArray>
#include <QList>

namespace vmi::aws {

// One HTTP request as a protocol serializer makes it, before endpoint, signing and sending.
struct AwsHttpRequest
{
    QByteArray method = "POST";
    // Percent-encoded path relative to the endpoint, as sent and signed ("/", "/bucket/key",
    // "/ImportDiskImage"). For S3 the first segment is the bucket; AwsClient moves it into
    // the host for virtual-hosted style.
    QByteArray path = "/";
    QList<ByteArrayPair> query;   // decoded
    QList<ByteArrayPair> headers; // without Host, X-Amz-Date, Authorization: the client adds them
    QByteArray body;
    // S3 UploadPart may be sent with UNSIGNED-PAYLOAD; everything else signs the body's hash.
    bool unsignedPayload = false;
    // The bucket of an S3 request (empty otherwise), so the client can choose the addressing style.
    QString s3Bucket;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

struct AwsHttpResponse
{
    int status = 0;
    QList<ByteArrayPair> headers; // names as received
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool hasHeader(QByteArrayView name) const;    // present, even if empty
};

} // namespace vmi::aws
