#pragma once

#include "aws/Endpoints.h"
#include "aws/StsAssumeRoleCaller.h"

#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace vmi::aws {

// STS AssumeRole over the Query protocol, built by hand: a SigV4-signed form POST to the STS
// endpoint and the XML answer read with QXmlStreamReader. Kept small on purpose; it makes one
// attempt (the caller decides about retries).
class StsQueryAssumeRoleCaller : public StsAssumeRoleCaller
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(30);

    // network must outlive the calls; replies are parented to it and freed when they finish.
    StsQueryAssumeRoleCaller(const Endpoint &endpoint, QNetworkAccessManager *network);

    // The STS endpoint for a region and the configured overrides. Without a region this is
    // botocore's global endpoint (sts.amazonaws.com, signed for us-east-1).
    static Endpoint endpointFor(const QString &region, const EndpointOverrides &overrides);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void assumeRole(const TimedCredentials &base, const CredentialPlan::RoleStep &step,
                    Callback done) override;

    // The form body of the call (values percent-encoded as botocore's Query serializer does).
    static QByteArray requestBody(const CredentialPlan::RoleStep &step);
    // Reads an AssumeRoleResponse or an ErrorResponse (httpStatus as received).
    static TimedCredentials parseResponse(const QByteArray &body, int httpStatus, AwsError *error);

private:
    Endpoint m_endpoint;
    QPointer<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace vmi::aws
