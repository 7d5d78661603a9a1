#include "aws/CredentialChain.h"

#include "aws/AssumeRoleProvider.h"
#include "aws/KeychainCredentialProvider.h"
#include "aws/StsClientAssumeRoleCaller.h"

#include <QCoreApplication>

namespace vmi::aws {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::aws::CredentialChain)
};

// A plan that cannot be carried out, reported on every fetch.
class UnavailableCredentialProvider : public CredentialProvider
{
public:
    explicit UnavailableCredentialProvider(const AwsError &error)
        : m_error(error)
    {}

    void fetch(Callback done) override
    {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error = m_error] { done({}, error); }, Qt::QueuedConnection);
    }

private:
    AwsError m_error;
};

std::unique_ptr<CredentialProvider> unavailable(const QString &code, const QString &message)
{
    return std::make_unique<UnavailableCredentialProvider>(credentialsError(code, message));
}

// The provider of a plan's base credentials (its only source unless it assumes roles).
std::unique_ptr<CredentialProvider> baseProvider(const CredentialPlan &plan,
                                                 const CredentialChainDependencies &dependencies)
{
    switch (plan.baseSource) {
    case CredentialPlan::Source::Explicit:
    case CredentialPlan::Source::Environment:
    case CredentialPlan::Source::SharedFile:
        return std::make_unique<StaticCredentialProvider>(plan.staticCredentials);
    case CredentialPlan::Source::CredentialProcess: {
        auto provider = std::make_unique<CredentialProcessProvider>(plan.credentialProcess);
        provider->setTimeout(dependencies.processTimeout);
        return provider;
    }
    case CredentialPlan::Source::Keychain:
        if (!dependencies.keychain)
            return unavailable(QStringLiteral("NoKeychain"),
                               Tr::tr("Profile \"%1\" has no keys in the AWS files and no keychain "
                                      "was given to look in.")
                                   .arg(plan.baseProfile));
        return std::make_unique<KeychainCredentialProvider>(dependencies.keychain, plan.baseProfile);
    case CredentialPlan::Source::AssumeRole:
        break; // a base is never a role: the planner ends every chain at keys
    }
    return unavailable(QStringLiteral("InvalidCredentialPlan"),
                       Tr::tr("The credential plan has no base credentials."));
}

} // namespace

std::unique_ptr<CredentialProvider> makeCredentialProvider(const CredentialPlan &plan,
                                                           const CredentialChainDependencies &dependencies)
{
    if (!plan.isValid())
        return unavailable(QStringLiteral("InvalidCredentialPlan"), plan.error);
    if (plan.source != CredentialPlan::Source::AssumeRole)
        return baseProvider(plan, dependencies);

    if (plan.roleChain.isEmpty())
        return unavailable(
            QStringLiteral("InvalidCredentialPlan"),
            Tr::tr("Profile \"%1\" assumes a role but the plan names none.").arg(plan.profile));
    std::shared_ptr<StsAssumeRoleCaller> sts = dependencies.sts;
    if (!sts) {
        if (!dependencies.network)
            return unavailable(QStringLiteral("InvalidCredentialPlan"),
                               Tr::tr("Profile \"%1\" assumes a role, but no network access was given "
                                      "to call STS with.")
                                   .arg(plan.profile));
        AwsClientConfig stsClient = dependencies.stsClient;
        if (stsClient.region.isEmpty())
            stsClient.region = plan.region;
        sts = std::make_shared<StsClientAssumeRoleCaller>(dependencies.network, stsClient);
    }
    // Innermost role first: each step assumes its role with the credentials of the one below.
    std::unique_ptr<CredentialProvider> provider = baseProvider(plan, dependencies);
    for (const CredentialPlan::RoleStep &step : plan.roleChain)
        provider = std::make_unique<AssumeRoleProvider>(provider.release(), step, sts);
    return provider;
}

} // namespace vmi::aws
