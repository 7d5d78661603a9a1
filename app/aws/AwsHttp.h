#pragma once

#include "aws/SigV4Signer.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

class QIODevice;

namespace vmi::aws {

// A request body that is not held in memory: an S3 part streamed from its file. open() makes a
// new device positioned at the body's first byte for every attempt, so a retry sends the body
// again from the start; the client deletes the device when the attempt ends. The hash is given
// because the signature needs it before the first byte goes out.
struct AwsHttpBodySource
{
    qint64 size = 0;
    QByteArray sha256Hex;              // the body's SHA-256 in hex; may stay empty with unsignedPayload
    std::function<QIODevice *()> open; // an open, readable device, or nullptr when it cannot be read
};

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
    // Streamed instead of body when set (S3 UploadPart); body must then be empty.
    std::shared_ptr<const AwsHttpBodySource> bodySource;
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
