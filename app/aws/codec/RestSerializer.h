#pragma once

#include "aws/AwsHttp.h"
#include "aws/ServiceModel.h"

#include <QJsonObject>
#include <QString>

namespace vmi::aws::codec {

struct XmlElement;

// botocore's BaseRestSerializer with its rest-json and rest-xml bodies: members go to the URI
// template ({Bucket}, greedy {Key+} keeping '/'), the query string, headers (x-amz-meta-*
// maps included) or the body; a "payload" member is the whole body (an XML document with its
// xmlNamespace, or raw bytes when it is a blob or string).
class RestSerializer
{
public:
    RestSerializer(const ServiceModel &model, bool json)
        : m_model(model)
        , m_json(json)
    {}

    // The request, or an empty *error on success; *error names what could not be serialized
    // (a URI label without a value).
    AwsHttpRequest serialize(const ServiceModel::Operation &operation, const QJsonObject &input,
                             QString *error) const;

private:
    QByteArray structureBody(const QJsonObject &members, const ServiceModel::Shape &shape,
                             const QJsonObject &traits, QString *error) const;
    void toXml(XmlElement &parent, const QJsonValue &value, const ServiceModel::Shape &shape,
               const QJsonObject &traits, const QString &name) const;
    QString headerText(const QJsonValue &value, const ServiceModel::Shape &shape,
                       const QJsonObject &traits) const;
    QString uriText(const QJsonValue &value, const ServiceModel::Shape &shape,
                    const QJsonObject &traits) const;

    const ServiceModel &m_model;
    bool m_json;
};

} // namespace vmi::aws::codec
