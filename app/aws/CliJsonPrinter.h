#pragma once

#include "aws/ServiceModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vmi::aws {

// Prints an operation's output exactly as the AWS CLI v2 prints `--output json`:
// json.dumps(response, indent=4, ensure_ascii=False) and a newline, nothing for an empty
// response. QJsonObject sorts its keys, so the order comes from the model, as botocore's parser
// builds the response: members in model order, and for the rest protocols the members read from
// headers and the status first. Doubles print as Python floats ("1073741824.0"), whatever Qt
// made of them.
class CliJsonPrinter
{
public:
    // topLevelOrder: top-level members to print first, in this order (the AWS CLI's order for an
    // answer merged from pages); the rest follow in model order.
    static QByteArray print(const ServiceModel &model, const QString &operation, const QJsonObject &output,
                            const QStringList &topLevelOrder = {});

    // A value of the given shape; ensureAscii is json.dumps's (the skeleton printer uses the
    // default, true).
    static QByteArray printShape(const ServiceModel &model, const ServiceModel::Shape &shape,
                                 const QJsonValue &value, bool ensureAscii);
};

} // namespace vmi::aws
