#include "aws/ClientConfigReader.h"

namespace vmi::aws {

using namespace Qt::StringLiterals;

AwsClientConfig readClientConfig(const SharedConfig &config, const QString &credentialProfile,
                                 const QString &region)
{
    // Keys from the environment come with no profile, but the AWS CLI still takes its other
    // settings (ca_bundle, max_attempts, endpoint_url) from AWS_PROFILE's or the default one.
    const QString profile = credentialProfile.isEmpty()
                                ? qEnvironmentVariable("AWS_PROFILE", QStringLiteral("default"))
                                : credentialProfile;
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
    // --ca-bundle, which goes first in the AWS CLI, is the caller's to apply.
    clientConfig.caBundlePath = qEnvironmentVariable("AWS_CA_BUNDLE", section.value(u"ca_bundle"_s));
    clientConfig.userAgentAppId =
        qEnvironmentVariable("AWS_SDK_UA_APP_ID", section.value(u"sdk_ua_app_id"_s));
    return clientConfig;
}

} // namespace vmi::aws
