#pragma once

#include "models/JobRecord.h"

#include <QUrl>

namespace vmi::ui {

// Where the AWS console shows what a job made or is making: the AMI or snapshot once there is
// one (EC2 Images / Snapshots filtered by id), the Image Builder image of an ISO import, and
// otherwise the Region's AMI list (the console has no page for VM Import tasks). The console's
// host follows the partition: amazonaws.cn for China, amazonaws-us-gov.com for GovCloud.
QUrl consoleUrl(const JobRecord &job);

} // namespace vmi::ui
