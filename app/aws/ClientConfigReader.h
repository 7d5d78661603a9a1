#pragma once

#include "aws/AwsClient.h"
#include "aws/SharedConfig.h"

namespace vmi::aws {

// The client settings the AWS CLI takes from the environment and the profile, read once for
// the CLI and the GUI alike: the Region as the caller resolved it, endpoint overrides
// (AWS_ENDPOINT_URL*, endpoint_url, [services x]), max attempts (AWS_MAX_ATTEMPTS, then
// max_attempts, then standard mode's 3) and the User-Agent app id (AWS_SDK_UA_APP_ID, then
// sdk_ua_app_id).
AwsClientConfig readClientConfig(const SharedConfig &config, const QString &profile, const QString &region);

} // namespace vmi::aws
