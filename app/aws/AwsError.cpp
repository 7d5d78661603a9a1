#include "aws/AwsError.h"

#include "aws/RetryPolicy.h"

namespace vmi::aws {

bool AwsError::isThrottling() const
{
    return kind == Kind::Service && RetryPolicy::isThrottlingCode(code);
}

QString AwsError::toCliText() const
{
    if (kind != Kind::Service)
        return message;
    // botocore's ClientError; "Unknown" stands in for a code the answer lacked.
    return QStringLiteral("An error occurred (%1) when calling the %2 operation: %3")
        .arg(code.isEmpty() ? QStringLiteral("Unknown") : code, operation, message);
}

} // namespace vmi::aws
