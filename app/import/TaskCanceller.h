#pragma once

#include "models/ImportOperation.h"

#include <QString>

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::import {

// Asks AWS to stop an import task: EC2 CancelImportTask (both EC2 kinds) or Image Builder
// CancelImageCreation, whose required clientToken is made fresh per cancel request (it is
// the cancel's own idempotency token, not the import's). The caller owns the returned call.
aws::AwsCall *cancelImportTask(aws::AwsClient &client, ImportOperation operation, const QString &taskId);

} // namespace vmi::import
