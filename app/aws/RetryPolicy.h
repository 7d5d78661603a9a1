#pragma once

#include "aws/AwsError.h"

#include <QString>

namespace vmi::aws {

// The retry rules of the AWS SDKs' "standard" mode, as botocore implements them in
// botocore/retries/standard.py (the mode the AWS CLI v2 uses by default):
//   retry when attempts < max attempts and the failure is transient (HTTP 500/502/503/504,
//   RequestTimeout*, PriorRequestNotComplete, a connection error or timeout), a throttling
//   code, or modelled as retryable (the codec sets AwsError::retryable for those);
//   wait rand(0,1) * min(base * 2^(attempt-1), max backoff) before the next attempt.
// Reading AWS_MAX_ATTEMPTS / max_attempts is the caller's job (AwsClientConfig::maxAttempts).
class RetryPolicy
{
public:
    static bool isThrottlingCode(const QString &code);
    static bool isTransientCode(const QString &code);
    static bool isTransientStatus(int httpStatus);
    // Connection errors and inactivity timeouts (kinds Network and Timeout) are retried; a
    // Network error the client knows to repeat identically (TLS certificate) has retryable off.
    static bool isRetryable(const AwsError &error);

    // The delay before attempt `attemptsDone + 1`, with `random` in [0, 1).
    static qint64 backoffMs(int attemptsDone, qint64 baseMs, qint64 maxBackoffMs, double random);
};

// botocore's retry quota (retries/quota.py with standard.py's RetryQuotaChecker): a bucket of
// 500 tokens shared by all calls of one client. A retry takes 5 tokens (10 after a timeout);
// with the bucket empty, failures are returned instead of retried, so a struggling service is
// not hammered. A successful call gives back what its last retry took, or 1 when it needed no
// retry.
class RetryQuota
{
public:
    static constexpr int InitialCapacity = 500;
    static constexpr int RetryCost = 5;
    static constexpr int TimeoutRetryCost = 10;
    static constexpr int NoRetryIncrement = 1;

    static int costOf(const AwsError &error);
    // Takes `amount` tokens; false (and nothing taken) when fewer are left.
    bool acquire(int amount);
    void release(int amount);
    int available() const { return m_available; }

private:
    int m_available = InitialCapacity;
};

} // namespace vmi::aws
