#pragma once

#include "aws/AwsClient.h"
#include "aws/SharedConfig.h"

namespace vmi::aws {

// The client settings the AWS CLI takes from the environment and the profile, read once for
// the CLI and the GUI alike: the Region as the caller resolved it, endpoint overrides
// (AWS_ENDPOINT_URL*, endpoint_url, [services x]), max attempts (AWS_MAX_ATTEMPTS, then
// max_attempts, then standard mode's 3), the CA bundle (AWS_CA_BUNDLE, then ca_bundle) and the
// User-Agent app id (AWS_SDK_UA_APP_ID, then
// sdk_ua_app_id).
// `credentialProfile` is the credential plan's profile: empty for keys from the environment,
// which then read AWS_PROFILE's (or the default) profile, as the AWS CLI does.
AwsClientConfig readClientConfig(const SharedConfig &config, const QString &credentialProfile,
                                 const QString &region);

// What readClientConfig would have to ignore, as a message for the user, or empty: a
// max_attempts (or AWS_MAX_ATTEMPTS) that is not a whole number from 1 up. Ignoring it
// silently would retry a different number of times than the user asked for.
QString clientConfigProblem(const SharedConfig &config, const QString &credentialProfile);

} // namespace vmi::aws
