#pragma once

#include "aws/AwsError.h"
#include "aws/CredentialPlan.h"
#include "aws/CredentialProvider.h"

#include <functional>

namespace vmi::aws {

// The one STS call the credential chain makes, behind a narrow seam so the chain does not
// depend on the general AWS client (and tests can count or fake calls).
class StsAssumeRoleCaller
{
public:
    using Callback = std::function<void(const TimedCredentials &, const AwsError &)>;

    virtual ~StsAssumeRoleCaller() = default;
    // Calls STS AssumeRole for step.roleArn signed with base, with step's session name
    // (never empty here), external id and duration. Calls done exactly once, on the caller's
    // thread, asynchronously: the role's temporary credentials with their Expiration, or an
    // error (Service with STS's code and message, Network, Timeout or Parse).
    virtual void assumeRole(const TimedCredentials &base, const CredentialPlan::RoleStep &step,
                            Callback done) = 0;
};

} // namespace vmi::aws
