#include "import/AwsSession.h"

#include "aws/AwsClient.h"
#include "aws/ClientConfigReader.h"
#include "aws/CredentialChain.h"
#include "aws/CredentialPlan.h"
#include "aws/KeychainCredentialProvider.h"
#include "aws/KeychainStore.h"
#include "aws/SharedConfig.h"

#include <QCoreApplication>

namespace vmi::import {

struct AwsSession::Connection
{
    // The client refers to the provider: it must go first.
    std::unique_ptr<aws::CredentialProvider> credentials;
    std::unique_ptr<aws::AwsClient> client;

    ~Connection() { client.reset(); }
};

AwsSession::AwsSession(QObject *parent)
    : QObject(parent)
    , m_keychain(std::make_unique<aws::KeychainStore>())
{}

AwsSession::~AwsSession()
{
    m_connections.clear();
}

aws::AwsClient *AwsSession::client(const QString &profile, const QString &region, QString *error)
{
    const QString key = profile + QLatin1Char('\n') + region;
    if (const auto found = m_connections.constFind(key); found != m_connections.cend())
        return found.value()->client.get();

    const aws::SharedConfig config = aws::SharedConfig::load();
    if (!config.errors().isEmpty()) {
        *error =
            tr("The AWS config files cannot be read: %1").arg(config.errors().join(QStringLiteral("; ")));
        return nullptr;
    }
    if (!profile.isEmpty() && profile != u"default" && !config.hasProfile(profile)) {
        *error =
            tr("The AWS profile \"%1\" is in neither ~/.aws/config nor ~/.aws/credentials.").arg(profile);
        return nullptr;
    }
    aws::CredentialRequest request;
    request.profileOverride = profile;
    const aws::CredentialPlan plan = aws::CredentialPlanner::plan(request, config);
    if (!plan.isValid()) {
        *error = plan.error;
        return nullptr;
    }
    if (const QString problem = aws::clientConfigProblem(config, plan.profile); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    aws::AwsClientConfig clientConfig =
        aws::readClientConfig(config, plan.profile, region.isEmpty() ? plan.region : region);
    if (m_readTimeout)
        clientConfig.inactivityTimeoutMs = int(m_readTimeout->count());
    if (clientConfig.region.isEmpty()) {
        *error = tr("Choose a Region.");
        return nullptr;
    }

    aws::CredentialChainDependencies dependencies;
    dependencies.keychain = m_keychain.get();
    dependencies.network = &m_network;
    dependencies.stsClient = clientConfig;
    auto connection = std::make_shared<Connection>();
    connection->credentials = aws::makeCredentialProvider(plan, dependencies);
    connection->client =
        std::make_unique<aws::AwsClient>(&m_network, connection->credentials.get(), clientConfig);
    m_connections.insert(key, connection);
    return connection->client.get();
}

QStringList AwsSession::profileNames()
{
    return aws::SharedConfig::load().profileNames();
}

void AwsSession::reset()
{
    m_connections.clear();
}

void AwsSession::forgetKeychainCredentials()
{
    for (const std::shared_ptr<Connection> &connection : std::as_const(m_connections)) {
        // The keychain provider is the chain itself or, under an AssumeRole step, its base
        // (a child of the role's provider).
        QList<aws::KeychainCredentialProvider *> providers =
            connection->credentials->findChildren<aws::KeychainCredentialProvider *>();
        if (auto *own = qobject_cast<aws::KeychainCredentialProvider *>(connection->credentials.get()))
            providers.append(own);
        for (aws::KeychainCredentialProvider *provider : std::as_const(providers))
            provider->invalidate();
    }
}

} // namespace vmi::import
