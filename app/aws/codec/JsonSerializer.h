#pragma once

#include "aws/ServiceModel.h"

#include <QByteArray>
#include <QJsonObject>

namespace vmi::aws::codec {

class PyJsonWriter;

// botocore's JSONSerializer body: json.dumps of the input with locationName keys, timestamps
// as epoch seconds (unless the model says otherwise), blobs base64; used by the json protocol
// and for rest-json bodies. The bytes equal botocore's (key order is the input's order).
class JsonSerializer
{
public:
    explicit JsonSerializer(const ServiceModel &model)
        : m_model(model)
    {}

    // The members of "input" (a structure of "shape") as a JSON object body.
    QByteArray body(const QJsonObject &input, const ServiceModel::Shape &shape) const;

private:
    void write(PyJsonWriter &out, const QJsonValue &value, const ServiceModel::Shape &shape,
               const QJsonObject &traits) const;

    const ServiceModel &m_model;
};

} // namespace vmi::aws::codec
