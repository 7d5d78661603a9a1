#pragma once

#include <QString>

namespace vmi::cli {

// The AWS CLI's name for an API name: botocore's xform_name(name, '-'), so "ImportImage" is
// "import-image", "ListObjectsV2" "list-objects-v2" and "RoleARNs" "role-arns". Option names
// and command names must match the AWS CLI's exactly for scripts to move between the two.
QString cliName(const QString &apiName);

} // namespace vmi::cli
