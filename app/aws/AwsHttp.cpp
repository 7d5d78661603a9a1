#include "aws/AwsHttp.h"

#include <algorithm>

namespace vmi::aws {

namespace {

// Repeated headers are one header with the values joined by ", " (RFC 9110 5.3), which is also
// how botocore's HTTP layer (urllib3) presents them.
QByteArray findHeader(const QList<ByteArrayPair> &headers, QByteArrayView name)
{
    QByteArray value;
    bool found = false;
    for (const auto &[headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += ", ";
        value += headerValue;
        found = true;
    }
    return value;
}

} // namespace

QByteArray AwsHttpRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray AwsHttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

bool AwsHttpResponse::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const ByteArrayPair &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace vmi::aws
