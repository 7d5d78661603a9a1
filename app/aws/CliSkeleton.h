#pragma once

#include "aws/ServiceModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vmi::aws {

// What `aws <service> <operation> --generate-cli-skeleton` (input) prints: botocore's
// ArgumentGenerator over the operation's input shape. Strings are "", numbers 0 and 0.0,
// booleans true, timestamps "1970-01-01T00:00:00", a list holds one element, a map one
// "KeyName" entry, and a structure met again inside itself is {}. Where the CLI picks a random
// enum value we take the first, so the skeleton is the same every time.
class CliSkeleton
{
public:
    static QJsonObject generate(const ServiceModel &model, const QString &operation);
    // The text, as the CLI writes it (json.dumps(skeleton, indent=4) and a newline).
    static QByteArray print(const ServiceModel &model, const QString &operation);
};

} // namespace vmi::aws
