#include "aws/ClientConfigReader.h"

namespace vmi::aws {

using namespace Qt::StringLiterals;

AwsClientConfig readClientConfig(const SharedConfig &config, const QString &profile, const QString &region)
{
    const ConfigSection section = config.profile(profile);
    AwsClientConfig clientConfig;
    clientConfig.region = region;
    clientConfig.endpoints = EndpointOverrides::fromEnvironment(config, profile);
    for (const QString &text : {qEnvironmentVariable("AWS_MAX_ATTEMPTS"), section.value(u"max_attempts"_s)}) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value > 0) {
            clientConfig.maxAttempts = value;
            break;
        }
    }
    clientConfig.userAgentAppId =
        qEnvironmentVariable("AWS_SDK_UA_APP_ID", section.value(u"sdk_ua_app_id"_s));
    return clientConfig;
}

} // namespace vmi::aws
