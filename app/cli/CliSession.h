#pragma once

#include "aws/AwsError.h"
#include "aws/KeychainStore.h"
#include "cli/OperationArguments.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

class QTextStream;

namespace vmi::aws {
class AwsClient;
class CredentialProvider;
} // namespace vmi::aws

namespace vmi::cli {

// Everything AWS calls from the command line need: the shared config files, the credential
// chain, the client config from the global options and the environment, and the client.
class CliSession
{
public:
    CliSession(const GlobalOptions &global, QTextStream &err);
    ~CliSession();

    // Returns an exit code other than AwsCliSuccess (after saying why on err) when the
    // session cannot be set up.
    int setUp();

    // Runs one call to the end in a local event loop: the command line has nothing else to do
    // meanwhile, and the client's classes are the same async ones the GUI uses.
    aws::AwsError call(aws::AwsService service, const QString &operation, const QJsonObject &input,
                       QJsonObject *output, int *attempts);

    aws::AwsClient *client() const { return m_client.get(); }
    int configuredMaxAttempts() const;

private:
    const GlobalOptions &m_global;
    QTextStream &m_err;
    QNetworkAccessManager m_network;
    aws::KeychainStore m_keychain;
    std::unique_ptr<aws::CredentialProvider> m_credentials;
    std::unique_ptr<aws::AwsClient> m_client;
};

} // namespace vmi::cli
