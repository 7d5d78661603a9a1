#pragma once

#include "aws/AwsError.h"
#include "aws/AwsHttp.h"
#include "aws/ServiceModel.h"

namespace vmi::aws::codec {

// botocore's error parsing (the _do_error_parse of each protocol's parser) and its standard
// retry mode's rules (retries/standard.py) for whether the call may be retried.
class ErrorParser
{
public:
    static AwsError parse(const ServiceModel &model, const QString &operation,
                          const AwsHttpResponse &response);

    // Python's http.client.responses: what botocore reports as the message when the body
    // says nothing ("Not Found" for a HEAD 404).
    static QString reasonPhrase(int status);
};

} // namespace vmi::aws::codec
