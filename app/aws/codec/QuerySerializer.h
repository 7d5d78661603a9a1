#pragma once

#include "aws/ServiceModel.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace vmi::aws::codec {

using QueryParams = QList<std::pair<QString, QString>>;

// botocore's QuerySerializer and EC2Serializer: the input as form parameters
// ("DiskContainer.1.UserBucket.S3Bucket"). The two protocols differ in names and lists:
//  - ec2: a member's name is its queryName, else its locationName capitalised, else the member
//    name; lists are always flattened as Name.N and an empty list sends nothing.
//  - query: a member's name is its locationName, else the member name; a list is Name.member.N
//    (or the element's locationName) unless flattened; an empty list sends "Name="; maps are
//    Name.entry.N.key / .value.
class QuerySerializer
{
public:
    QuerySerializer(const ServiceModel &model, bool ec2)
        : m_model(model)
        , m_ec2(ec2)
    {}

    // Action and Version first, then the input's parameters in input order.
    QueryParams serialize(const ServiceModel::Operation &operation, const QJsonObject &input) const;

    // The form body as botocore's AWSRequest prepares it: urllib's urlencode, so quote_plus
    // ('+' for a space; only letters, digits and "_.-~" stay as they are).
    static QByteArray formEncode(const QueryParams &params);

private:
    void serialize(QueryParams &out, const QJsonValue &value, const ServiceModel::Shape &shape,
                   const QJsonObject &traits, const QString &prefix) const;
    QString serializedName(const QJsonObject &traits, const QString &defaultName) const;

    const ServiceModel &m_model;
    bool m_ec2;
};

} // namespace vmi::aws::codec
