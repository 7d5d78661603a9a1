#include "import/ClientPool.h"

#include "aws/CredentialChain.h"
#include "aws/CredentialPlan.h"
#include "aws/SharedConfig.h"

namespace vmi::import {

ClientPool::ClientPool(QObject *parent)
    : QObject(parent)
{}

// Clients go before the credential providers they point to (Entry's member order).
ClientPool::~ClientPool() = default;

aws::AwsClient *ClientPool::client(const QString &region, const QString &awsProfile, QString *error)
{
    const std::string key = QString(region + u'\n' + awsProfile).toStdString();
    if (auto it = m_entries.find(key); it != m_entries.end())
        return it->second.client.get();
    auto fail = [error](const QString &reason) -> aws::AwsClient * {
        if (error)
            *error = reason;
        return nullptr;
    };
    const aws::SharedConfig config = aws::SharedConfig::load();
    if (!config.errors().isEmpty())
        return fail(tr("Unable to parse the AWS config files: %1").arg(config.errors().join(u"; ")));
    aws::CredentialRequest request;
    request.profileOverride = awsProfile;
    const aws::CredentialPlan plan = aws::CredentialPlanner::plan(request, config);
    if (!plan.isValid())
        return fail(plan.error);
    aws::AwsClientConfig clientConfig;
    clientConfig.region = region.isEmpty() ? plan.region : region;
    if (clientConfig.region.isEmpty())
        return fail(tr("No Region: name one, or set one in the AWS profile."));
    clientConfig.endpoints = aws::EndpointOverrides::fromEnvironment(config, plan.profile);
    clientConfig.userAgentAppId =
        m_userAgentAppId.isEmpty() ? qEnvironmentVariable("AWS_SDK_UA_APP_ID") : m_userAgentAppId;
    aws::CredentialChainDependencies dependencies;
    dependencies.keychain = &m_keychain;
    dependencies.network = &m_network;
    dependencies.endpointOverrides = clientConfig.endpoints;
    Entry entry;
    entry.credentials = aws::makeCredentialProvider(plan, dependencies);
    entry.client = std::make_unique<aws::AwsClient>(&m_network, entry.credentials.get(), clientConfig);
    return m_entries.emplace(key, std::move(entry)).first->second.client.get();
}

} // namespace vmi::import
