#include "aws/RetryPolicy.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace vmi::aws {

namespace {

bool contains(const auto &list, const QString &code)
{
    return std::find(std::begin(list), std::end(list), code) != std::end(list);
}

} // namespace

bool RetryPolicy::isThrottlingCode(const QString &code)
{
    // ThrottledRetryableChecker._THROTTLED_ERROR_CODES, botocore 1.43.
    static const std::array codes{
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
    };
    return contains(codes, code);
}

bool RetryPolicy::isTransientCode(const QString &code)
{
    // TransientRetryableChecker._TRANSIENT_ERROR_CODES.
    static const std::array codes{
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
        QStringLiteral("PriorRequestNotComplete"),
        // special.RetryIDPCommunicationError: STS AssumeRoleWithWebIdentity's IdP hiccup.
        QStringLiteral("IDPCommunicationError"),
    };
    return contains(codes, code);
}

bool RetryPolicy::isTransientStatus(int httpStatus)
{
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isRetryable(const AwsError &error)
{
    switch (error.kind) {
    case AwsError::Kind::Network:
    case AwsError::Kind::Timeout:
        return error.retryable;
    case AwsError::Kind::Service:
        return error.retryable || isTransientStatus(error.httpStatus) || isTransientCode(error.code) ||
               isThrottlingCode(error.code);
    case AwsError::Kind::None:
    case AwsError::Kind::Credentials:
    case AwsError::Kind::InvalidInput:
    case AwsError::Kind::Parse:
    case AwsError::Kind::Cancelled:
        return false;
    }
    return false;
}

qint64 RetryPolicy::backoffMs(int attemptsDone, qint64 baseMs, qint64 maxBackoffMs, double random)
{
    // 2^(attempt-1) grows past any cap quickly; stop doubling once the cap is reached so the
    // product cannot overflow.
    qint64 ceiling = std::max<qint64>(baseMs, 0);
    for (int i = 1; i < attemptsDone && ceiling < maxBackoffMs; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, maxBackoffMs);
    return std::llround(std::clamp(random, 0.0, 1.0) * static_cast<double>(ceiling));
}

int RetryQuota::costOf(const AwsError &error)
{
    return error.kind == AwsError::Kind::Timeout ? TimeoutRetryCost : RetryCost;
}

bool RetryQuota::acquire(int amount)
{
    if (amount > m_available)
        return false;
    m_available -= amount;
    return true;
}

void RetryQuota::release(int amount)
{
    m_available = std::min(InitialCapacity, m_available + amount);
}

} // namespace vmi::aws
