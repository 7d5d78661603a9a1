#pragma once

#include "aws/AwsHttp.h"
#include "aws/Endpoints.h"
#include "aws/ProtocolCodec.h"
#include "aws/ServiceModel.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>

namespace vmi::fuzz {

struct FuzzedOperation
{
    aws::AwsService service;
    const char16_t *name;
};

// One response parse per input: the first byte picks the operation (so libFuzzer can learn
// which bytes matter for which shape) and the rest is the HTTP body. The body is read both as
// the operation's answer (status 200) and as an error answer (status 400 and 503), the two
// paths a service's bytes take. Neither may crash, leak or read out of bounds, whatever the
// body; what they return is not checked here (the unit tests compare it with botocore).
inline void parseAsResponses(std::span<const FuzzedOperation> operations, const QByteArray &contentType,
                             const uint8_t *data, size_t size)
{
    if (size == 0 || operations.empty())
        return;
    const FuzzedOperation &operation = operations[data[0] % operations.size()];
    const aws::ServiceModel &model = aws::ServiceModel::forService(operation.service);
    const QString name = QString::fromUtf16(operation.name);

    aws::AwsHttpResponse response;
    response.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    response.headers = {{"x-amz-request-id", "FUZZ0REQUEST0ID"}, {"Content-Type", contentType}};

    response.status = 200;
    aws::AwsError error;
    const QJsonObject output = aws::ProtocolCodec::parseOutput(model, name, response, &error);
    Q_UNUSED(output);
    for (const int status : {400, 503}) {
        response.status = status;
        const aws::AwsError parsed = aws::ProtocolCodec::parseError(model, name, response);
        Q_UNUSED(parsed);
    }
}

} // namespace vmi::fuzz
