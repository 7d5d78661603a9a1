#pragma once

#include "aws/ServiceModel.h"
#include "aws/codec/XmlNode.h"

#include <QJsonValue>
#include <QList>

namespace vmi::aws::codec {

// botocore's BaseXMLResponseParser (ec2, query and rest-xml bodies): a structure's member is
// the child named by its locationName (else the member name); a list is the children of its
// element ("<tagSet><item>"), or, when flattened, the repeated elements themselves; an element
// present but empty gives "" for a string and [] for a list. Members with an HTTP location
// (header, headers, statusCode) are not read from the body.
class XmlOutputParser
{
public:
    explicit XmlOutputParser(const ServiceModel &model)
        : m_model(model)
    {}

    // Undefined and *error when a scalar cannot be read (a number or time botocore would
    // reject).
    QJsonValue parse(const XmlNode &node, const ServiceModel::Shape &shape, QString *error) const;

private:
    // "nodes" is one element, or all repeated elements of a flattened list or map.
    QJsonValue parseNodes(const QList<const XmlNode *> &nodes, const ServiceModel::Shape &shape,
                          const QJsonObject &traits, QString *error) const;
    QJsonValue parseStructure(const XmlNode &node, const ServiceModel::Shape &shape, QString *error) const;

    const ServiceModel &m_model;
};

} // namespace vmi::aws::codec
