#pragma once

#include "aws/CredentialPlan.h"
#include "aws/RefreshingCredentialProvider.h"
#include "aws/StsAssumeRoleCaller.h"

#include <memory>

namespace vmi::aws {

// One role_arn step of a profile: assumes the role with the credentials of the provider below
// it (a profile's keys, a credential_process, the keychain, or the previous role of a chain)
// and caches the role's credentials until they near expiry. A chain of roles is a stack of
// these, each refreshing on its own schedule, as botocore's nested AssumeRoleProviders do.
class AssumeRoleProvider : public RefreshingCredentialProvider
{
    Q_OBJECT
public:
    // Takes ownership of base (it becomes a child of this provider). A step without a session
    // name gets botocore's default, botocore-session-<unix time>, fixed for this provider's
    // life.
    AssumeRoleProvider(CredentialProvider *base, const CredentialPlan::RoleStep &step,
                       std::shared_ptr<StsAssumeRoleCaller> sts, QObject *parent = nullptr);

    const CredentialPlan::RoleStep &step() const { return m_step; }

protected:
    void retrieve(Callback done) override;

private:
    AwsError stepError(const AwsError &cause) const;

    CredentialProvider *m_base;
    CredentialPlan::RoleStep m_step;
    std::shared_ptr<StsAssumeRoleCaller> m_sts;
};

} // namespace vmi::aws
