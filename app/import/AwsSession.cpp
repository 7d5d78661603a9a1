#include "import/AwsSession.h"

#include "aws/AwsClient.h"
#include "aws/CredentialChain.h"
#include "aws/CredentialPlan.h"
#include "aws/KeychainStore.h"
#include "aws/SharedConfig.h"

#include <QCoreApplication>

namespace vmi::import {

namespace {

// AWS_MAX_ATTEMPTS, then max_attempts in the profile, then standard mode's 3 (as the CLI).
int maxAttempts(const aws::ConfigSection &profile)
{
    for (const QString &text :
         {qEnvironmentVariable("AWS_MAX_ATTEMPTS"), profile.value(QStringLiteral("max_attempts"))}) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value > 0)
            return value;
    }
    return 3;
}

} // namespace

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
    aws::AwsClientConfig clientConfig;
    clientConfig.region = region.isEmpty() ? plan.region : region;
    if (clientConfig.region.isEmpty()) {
        *error = tr("Choose a Region.");
        return nullptr;
    }
    clientConfig.endpoints = aws::EndpointOverrides::fromEnvironment(config, plan.profile);
    clientConfig.maxAttempts = maxAttempts(config.profile(plan.profile));
    clientConfig.userAgentAppId = qEnvironmentVariable(
        "AWS_SDK_UA_APP_ID", config.profile(plan.profile).value(QStringLiteral("sdk_ua_app_id")));

    aws::CredentialChainDependencies dependencies;
    dependencies.keychain = m_keychain.get();
    dependencies.network = &m_network;
    dependencies.endpointOverrides = clientConfig.endpoints;
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

} // namespace vmi::import
