#include "aws/StsClientAssumeRoleCaller.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

namespace vmi::aws {

using namespace Qt::StringLiterals;

StsClientAssumeRoleCaller::StsClientAssumeRoleCaller(QNetworkAccessManager *network, AwsClientConfig config)
    : m_network(network)
    , m_config(std::move(config))
{
    if (m_config.region.isEmpty())
        m_config.region = u"us-east-1"_s;
    // The command line's --endpoint-url is for the command's service, not for STS.
    m_config.endpoints.explicitUrl.clear();
}

QJsonObject StsClientAssumeRoleCaller::input(const CredentialPlan::RoleStep &step)
{
    QJsonObject input{{u"RoleArn"_s, step.roleArn},
                      {u"RoleSessionName"_s, step.roleSessionName},
                      {u"DurationSeconds"_s, step.durationSeconds}};
    if (!step.externalId.isEmpty())
        input.insert(u"ExternalId"_s, step.externalId);
    return input;
}

TimedCredentials StsClientAssumeRoleCaller::credentialsFrom(const QJsonObject &output, AwsError *error)
{
    const QJsonObject keys = output[u"Credentials"_s].toObject();
    TimedCredentials result{{keys[u"AccessKeyId"_s].toString(), keys[u"SecretAccessKey"_s].toString(),
                             keys[u"SessionToken"_s].toString()},
                            QDateTime::fromString(keys[u"Expiration"_s].toString(), Qt::ISODateWithMs)};
    if (!result.credentials.isValid() || result.credentials.sessionToken.isEmpty() ||
        !result.expiration.isValid()) {
        error->kind = AwsError::Kind::Parse;
        error->service = u"sts"_s;
        error->operation = u"AssumeRole"_s;
        error->code = u"IncompleteCredentials"_s;
        error->message = QCoreApplication::translate("vmi::aws::StsClientAssumeRoleCaller",
                                                     "STS AssumeRole answered without complete credentials.");
        return {};
    }
    return result;
}

void StsClientAssumeRoleCaller::assumeRole(const TimedCredentials &base, const CredentialPlan::RoleStep &step,
                                           Callback done)
{
    if (!m_network) {
        AwsError error;
        error.kind = AwsError::Kind::Network;
        error.code = u"NoNetwork"_s;
        error.message = u"The network access manager is gone."_s;
        QTimer::singleShot(0, [done = std::move(done), error] { done({}, error); });
        return;
    }
    // One client per call, signing with this step's base credentials; both go when it ends.
    auto *credentials = new StaticCredentialProvider(base.credentials);
    auto *client = new AwsClient(m_network, credentials, m_config);
    credentials->setParent(client);
    AwsCall *call = client->call(AwsService::Sts, u"AssumeRole"_s, input(step));
    QObject::connect(call, &AwsCall::finished, client, [client, call, done = std::move(done)] {
        AwsError error = call->error();
        TimedCredentials result;
        if (!error.isError())
            result = credentialsFrom(call->output(), &error);
        client->deleteLater();
        done(result, error);
    });
}

} // namespace vmi::aws
