#pragma once

#include "aws/ServiceModel.h"

#include <QJsonValue>

namespace vmi::aws::codec {

// botocore's BaseJSONParser (json and rest-json bodies): members by locationName, null members
// left out, timestamps (epoch numbers or text) to the CLI's isoformat. rest-json also coerces
// scalars as RestJSONParser does (int(), float(), booleans from "true" text); the json protocol
// keeps numbers and booleans as the service sent them.
class JsonOutputParser
{
public:
    JsonOutputParser(const ServiceModel &model, bool restJson)
        : m_model(model)
        , m_restJson(restJson)
    {}

    QJsonValue parse(const QJsonValue &value, const ServiceModel::Shape &shape, QString *error) const;

private:
    const ServiceModel &m_model;
    bool m_restJson;
};

} // namespace vmi::aws::codec
