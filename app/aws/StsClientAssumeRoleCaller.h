#pragma once

#include "aws/AwsClient.h"
#include "aws/StsAssumeRoleCaller.h"

#include <QPointer>

class QNetworkAccessManager;

namespace vmi::aws {

// STS AssumeRole through AwsClient, so the credential chain's one call gets what every other
// call gets: the model's serializer and parser, standard-mode retries, clock-skew correction,
// timeouts, the User-Agent and --debug lines. Each call signs with the base credentials it is
// given, through a client of its own that lives until the answer.
class StsClientAssumeRoleCaller : public StsAssumeRoleCaller
{
public:
    // config: region (empty: us-east-1, where botocore sends a region-less STS call), endpoint
    // overrides for STS (never the command's --endpoint-url), retries, debug sink.
    StsClientAssumeRoleCaller(QNetworkAccessManager *network, AwsClientConfig config);

    void assumeRole(const TimedCredentials &base, const CredentialPlan::RoleStep &step,
                    Callback done) override;

    // The AssumeRole input (--cli-input-json shape) for a role step.
    static QJsonObject input(const CredentialPlan::RoleStep &step);
    // The role's credentials from AssumeRole's output; a Parse error when they are incomplete.
    static TimedCredentials credentialsFrom(const QJsonObject &output, AwsError *error);

private:
    QPointer<QNetworkAccessManager> m_network;
    AwsClientConfig m_config;
};

} // namespace vmi::aws
