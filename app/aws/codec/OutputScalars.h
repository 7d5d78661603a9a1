#pragma once

#include "aws/ServiceModel.h"

#include <QJsonValue>
#include <QString>

namespace vmi::aws::codec {

// A scalar from response text (an XML element or an HTTP header) as the AWS CLI v2 holds it
// after botocore parsed it: integers and floats as numbers, booleans "true" only when the text
// is exactly "true" (rest-json: any case), timestamps as Python's isoformat() of
// botocore's parse_timestamp (the CLI's default cli_timestamp_format), blobs left in base64
// (the CLI's identity blob parser), strings as they are. Undefined and *error when the text
// is not a number or a time botocore could read.
QJsonValue scalarFromText(const QString &text, const ServiceModel::Shape &shape, bool anyCaseBoolean,
                          QString *error);

// A timestamp as the CLI prints it, from text or an epoch number; undefined when unreadable.
QJsonValue cliTimestamp(const QJsonValue &wire);

} // namespace vmi::aws::codec
