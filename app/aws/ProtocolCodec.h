#pragma once

#include "aws/AwsError.h"
#include "aws/AwsHttp.h"
#include "aws/ServiceModel.h"

#include <QJsonObject>
#include <QString>

namespace vmi::aws {

// Turns an operation's input, in the AWS CLI's --cli-input-json shape (API member names,
// JSON types), into the HTTP request botocore's serializer would make for it, and the HTTP
// answer back into the AWS CLI's output shape (what `aws <service> <op>` prints). Driven by the
// ServiceModel, for the protocols ec2, query, json, rest-json and rest-xml.
class ProtocolCodec
{
public:
    // Checks the input against the model first: an unknown member, a missing required member
    // or a wrong JSON type is an InvalidInput error naming the member path
    // ("DiskContainers[0].UserBucket.S3Bucket"). Idempotency tokens left out are filled with a
    // new UUID as the SDKs do.
    static AwsHttpRequest serialize(const ServiceModel &model, const QString &operation,
                                    const QJsonObject &input, AwsError *error);

    // The operation's output as JSON: absent members stay absent, numbers are numbers, strings
    // stay strings ("Progress" is a string in EC2's model), timestamps ISO 8601.
    static QJsonObject parseOutput(const ServiceModel &model, const QString &operation,
                                   const AwsHttpResponse &response, AwsError *error);

    // A typed error from an error answer (EC2 <Response><Errors>, query <ErrorResponse>, S3
    // <Error>, JSON {"__type"/"code", "message"} with x-amzn-ErrorType), with retryable set by
    // the SDKs' standard-mode rules.
    static AwsError parseError(const ServiceModel &model, const QString &operation,
                               const AwsHttpResponse &response);
};

} // namespace vmi::aws
