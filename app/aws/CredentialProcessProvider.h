#pragma once

#include "aws/RefreshingCredentialProvider.h"

#include <chrono>

namespace vmi::aws {

// Runs a profile's credential_process (docs.aws.amazon.com/cli/latest/userguide/
// cli-configure-sourcing-external.html) and reads its JSON answer, as botocore's
// ProcessProvider does: the command line split without a shell, stdout parsed as
// {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"}, a non-zero
// exit reported with the process's stderr. Credentials with an Expiration are cached and
// refreshed before it; ones without are fetched once. Unlike botocore the run is bounded: a
// process that hangs is killed after timeout(), and one that writes more than MaxOutputBytes
// is killed too.
class CredentialProcessProvider : public RefreshingCredentialProvider
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxOutputBytes = 64 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(60);

    explicit CredentialProcessProvider(const QString &commandLine, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Reads a credential_process answer; never puts any of it into an error message, since it
    // holds the secret.
    static TimedCredentials parseOutput(const QByteArray &output, AwsError *error);

protected:
    void retrieve(Callback done) override;

private:
    QString m_commandLine;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace vmi::aws
