#pragma once

#include "aws/ServiceModel.h"

#include <QJsonValue>
#include <QStringList>

namespace vmi::aws::codec {

// botocore's ParamValidator (botocore/validate.py), which runs before every request: required
// members, unknown members, JSON types, and the model's "min" for string and list lengths and
// number ranges. Like botocore it does not check max, pattern or enum values: the service does.
// One difference: blobs are base64 text here (the AWS CLI v2's cli_binary_format), so a blob
// that is not valid base64 is reported too.
class InputValidator
{
public:
    explicit InputValidator(const ServiceModel &model)
        : m_model(model)
    {}

    // The report lines in botocore's wording ("Missing required parameter in DiskContainer:
    // \"Url\""); empty when the input fits the shape.
    QStringList validate(const QJsonValue &input, const ServiceModel::Shape &shape) const;

private:
    void check(const QJsonValue &value, const ServiceModel::Shape &shape, const QString &name,
               QStringList &errors) const;
    void checkStructure(const QJsonValue &value, const ServiceModel::Shape &shape, const QString &name,
                        QStringList &errors) const;

    const ServiceModel &m_model;
};

} // namespace vmi::aws::codec
