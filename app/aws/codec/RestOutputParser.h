#pragma once

#include "aws/AwsHttp.h"
#include "aws/ServiceModel.h"

#include <QJsonObject>

namespace vmi::aws::codec {

// botocore's BaseRestParser (rest-json, rest-xml): members from the status code and headers
// (x-amz-meta-* maps included) first, then the body, or only the "payload" member's body; and
// the S3 handlers the AWS CLI runs after it (ExpiresString, GetBucketLocation).
class RestOutputParser
{
public:
    explicit RestOutputParser(const ServiceModel &model)
        : m_model(model)
    {}

    // The output, or {} and *problem when a value cannot be read.
    QJsonObject parse(const ServiceModel::Operation &operation, const ServiceModel::Shape &output,
                      const AwsHttpResponse &response, QString *problem) const;

    // S3 may answer 200 OK with an <Error> document (CompleteMultipartUpload, copies) or a
    // cut-off body; botocore's _handle_200_error treats both as a 500, so they are retried.
    static bool isS3ErrorIn200(const ServiceModel &model, const ServiceModel::Shape &output,
                               const AwsHttpResponse &response);

private:
    QJsonObject locationMembers(const ServiceModel::Shape &shape, const AwsHttpResponse &response,
                                QString *error) const;
    bool hasS3ExpiresHeader(const ServiceModel::Shape &output) const;

    const ServiceModel &m_model;
};

} // namespace vmi::aws::codec
