#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"

#include <QJsonObject>

namespace vmi {

// The operation's request in the AWS CLI's --cli-input-json shape: the one request shape the
// wizard, profile files and the CLI share (ARCHITECTURE.md, decision 1).
class RequestJson
{
public:
    // The request of settings.operation, from settings.ec2 or settings.imageBuilder.
    static QJsonObject write(const ImportSettings &settings);

    // Sets settings.operation and its request part from `json`; returns the errors the AWS CLI
    // would report (unknown members, wrong types, bad timestamps), each naming its member.
    static QList<Diagnostic> read(ImportOperation operation, const QJsonObject &json,
                                  ImportSettings &settings);

    // The operation a request is for, from members only one of them has (DiskContainers and
    // the ImportImage-only members; DiskContainer; Image Builder's camelCase members).
    // nullopt when the members fit none or more than one: the caller must be told.
    static std::optional<ImportOperation> inferOperation(const QJsonObject &json);
};

} // namespace vmi
