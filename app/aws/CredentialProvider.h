#pragma once

#include "aws/AwsError.h"
#include "aws/Credentials.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace vmi::aws {

// Credentials with the time they stop working (invalid QDateTime: they do not expire).
struct TimedCredentials
{
    Credentials credentials;
    QDateTime expiration;
};

// Hands out credentials asynchronously, because getting them may mean running a
// credential_process, calling STS AssumeRole or asking the OS keychain. Implementations cache
// and refresh before expiry as botocore does (advisory refresh 15 min, mandatory 10 min before
// Expiration).
class CredentialProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TimedCredentials &, const AwsError &)>;

    using QObject::QObject;
    // Calls done exactly once, on this object's thread, with credentials or an error of kind
    // Credentials. Never synchronously from inside fetch().
    virtual void fetch(Callback done) = 0;
};

// Fixed keys (explicit, environment, shared file): no I/O.
class StaticCredentialProvider : public CredentialProvider
{
    Q_OBJECT
public:
    explicit StaticCredentialProvider(const Credentials &credentials, QObject *parent = nullptr);
    void fetch(Callback done) override;

private:
    Credentials m_credentials;
};

} // namespace vmi::aws
