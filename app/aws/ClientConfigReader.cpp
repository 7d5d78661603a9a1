#include "aws/ClientConfigReader.h"

#include <QCoreApplication>

namespace vmi::aws {

using namespace Qt::StringLiterals;

namespace {

// Keys from the environment come with no profile, but the AWS CLI still takes its other
// settings (ca_bundle, max_attempts, endpoint_url) from AWS_PROFILE's or the default one.
QString settingsProfile(const QString &credentialProfile)
{
    return credentialProfile.isEmpty() ? qEnvironmentVariable("AWS_PROFILE", QStringLiteral("default"))
                                       : credentialProfile;
}

bool isAttemptCount(const QString &text)
{
    bool ok = false;
    return text.toInt(&ok) > 0 && ok;
}

} // namespace

QString clientConfigProblem(const SharedConfig &config, const QString &credentialProfile)
{
    const QString environment = qEnvironmentVariable("AWS_MAX_ATTEMPTS");
    if (!environment.isEmpty() && !isAttemptCount(environment))
        return QCoreApplication::translate("vmi::aws::ClientConfigReader",
                                           "AWS_MAX_ATTEMPTS must be a whole number from 1 up, not \"%1\".")
            .arg(environment);
    const QString profile = settingsProfile(credentialProfile);
    const QString configured = config.profile(profile).value(u"max_attempts"_s);
    if (environment.isEmpty() && !configured.isEmpty() && !isAttemptCount(configured))
        return QCoreApplication::translate("vmi::aws::ClientConfigReader",
                                           "max_attempts in profile \"%1\" must be a whole number from 1 up, "
                                           "not \"%2\".")
            .arg(profile, configured);
    return {};
}

AwsClientConfig readClientConfig(const SharedConfig &config, const QString &credentialProfile,
                                 const QString &region)
{
    const QString profile = settingsProfile(credentialProfile);
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
