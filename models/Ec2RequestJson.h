#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"

#include <QJsonObject>

namespace vmi {

// ImportImage and ImportSnapshot requests in the AWS CLI's --cli-input-json shape, member
// names exactly as botocore's service model has them (DiskContainers, UserBucket,
// TagSpecifications, ...; ImportSnapshot has one DiskContainer object instead of a list).
class Ec2RequestJson
{
public:
    // Only the operation's own members are written; see Ec2ImportRequest.
    static QJsonObject write(ImportOperation operation, const Ec2ImportRequest &request);
    // Unknown members and wrong types go to `errors`; the rest of the request is still read.
    static Ec2ImportRequest read(ImportOperation operation, const QJsonObject &json, DiagnosticSink &errors);

    // The operation's top-level members in the model's order.
    static QStringList memberNames(ImportOperation operation);
};

} // namespace vmi
