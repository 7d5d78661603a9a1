#pragma once

#include "aws/AwsClient.h"
#include "aws/CredentialPlan.h"
#include "aws/CredentialProcessProvider.h"
#include "aws/CredentialProvider.h"
#include "aws/Endpoints.h"
#include "aws/StsAssumeRoleCaller.h"

#include <memory>

class QNetworkAccessManager;

namespace vmi::aws {

class KeychainStore;

// What the providers of a plan may need; only the parts the plan's sources use must be set.
struct CredentialChainDependencies
{
    KeychainStore *keychain = nullptr; // Keychain sources (the profile's own or a role's base)
    // AssumeRole: the STS caller. When null, a StsClientAssumeRoleCaller is made from network
    // and stsClient (whose region, when empty, is the plan's).
    std::shared_ptr<StsAssumeRoleCaller> sts;
    QNetworkAccessManager *network = nullptr;
    AwsClientConfig stsClient;
    std::chrono::milliseconds processTimeout = CredentialProcessProvider::DefaultTimeout;
};

// Turns a plan into the provider that carries it out: fixed keys for Explicit, Environment and
// SharedFile; a CredentialProcessProvider; a KeychainCredentialProvider for the plan's profile;
// or, for AssumeRole, one AssumeRoleProvider per step of the role chain stacked on the base's
// provider. An invalid plan (or missing dependencies) gives a provider whose every fetch fails
// with the reason, so callers report it where they report any credentials error.
std::unique_ptr<CredentialProvider> makeCredentialProvider(const CredentialPlan &plan,
                                                           const CredentialChainDependencies &dependencies);

} // namespace vmi::aws
