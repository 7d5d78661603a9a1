#include "aws/AssumeRoleProvider.h"

#include <QPointer>

namespace vmi::aws {

AssumeRoleProvider::AssumeRoleProvider(CredentialProvider *base, const CredentialPlan::RoleStep &step,
                                       std::shared_ptr<StsAssumeRoleCaller> sts, QObject *parent)
    : RefreshingCredentialProvider(parent)
    , m_base(base)
    , m_step(step)
    , m_sts(std::move(sts))
{
    m_base->setParent(this);
    if (m_step.roleSessionName.isEmpty())
        m_step.roleSessionName =
            QStringLiteral("botocore-session-%1").arg(QDateTime::currentSecsSinceEpoch());
}

void AssumeRoleProvider::retrieve(Callback done)
{
    // The base is a child: its answer never arrives after this provider is gone. The STS
    // caller is shared and may answer late, hence the guard.
    m_base->fetch([this, done](const TimedCredentials &base, const AwsError &baseError) {
        if (baseError.isError()) {
            // The base's error already says what failed; only add which role needed it.
            AwsError error = baseError;
            error.message = tr("Could not get the credentials to assume role %1 with (profile \"%2\"): %3")
                                .arg(m_step.roleArn, m_step.profile, baseError.message);
            done({}, error);
            return;
        }
        m_sts->assumeRole(base, m_step,
                          [self = QPointer(this), done](const TimedCredentials &role, const AwsError &error) {
                              if (!self)
                                  return;
                              if (error.isError())
                                  done({}, self->stepError(error));
                              else
                                  done(role, {});
                          });
    });
}

AwsError AssumeRoleProvider::stepError(const AwsError &cause) const
{
    // Every provider reports Credentials errors; what STS said stays in code, request id and
    // status, worded like the AWS CLI.
    AwsError error = cause;
    error.kind = AwsError::Kind::Credentials;
    const QString detail =
        cause.kind == AwsError::Kind::Service
            ? QStringLiteral("An error occurred (%1) when calling the AssumeRole operation: %2")
                  .arg(cause.code, cause.message)
            : cause.message;
    error.message =
        tr("Could not assume role %1 for profile \"%2\": %3").arg(m_step.roleArn, m_step.profile, detail);
    return error;
}

} // namespace vmi::aws
