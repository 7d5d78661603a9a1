#pragma once

#include "aws/ServiceModel.h"

#include <QByteArray>
#include <QJsonValue>

namespace vmi::aws::codec {

// A response body read as "shape" by the service's protocol: JSON for json and rest-json, XML
// otherwise (an empty body is an empty structure, as botocore has it). Undefined and *error
// when the body cannot be read.
QJsonValue parseResponseBody(const ServiceModel &model, const QByteArray &bytes,
                             const ServiceModel::Shape &shape, QString *error);

} // namespace vmi::aws::codec
