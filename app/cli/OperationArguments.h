#pragma once

#include "aws/ServiceModel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vmi::cli {

// The AWS CLI's global options that vmimport honours.
struct GlobalOptions
{
    QString region;
    QString profile;
    QString endpointUrl;
    QString caBundle; // --ca-bundle: over AWS_CA_BUNDLE and ca_bundle
    QString output = QStringLiteral("json");
    bool debug = false;
    bool paginate = true;
    int readTimeoutSeconds = 60; // --cli-read-timeout; 0 means none
    bool help = false;
};

// One operation's command line, read the AWS CLI's way: the global options anywhere, the
// input from --cli-input-json overlaid by one option per top-level input member
// ("--disk-containers", "--dry-run"/"--no-dry-run", "--import-task-ids a b").
struct OperationArguments
{
    GlobalOptions global;
    QJsonObject input;
    QStringList membersGivenAsOptions; // API member names set by their own option
    QString skeleton;                  // "input" for --generate-cli-skeleton; else empty
    QString error;                     // non-empty: bad usage, and why (exit 252)

    static OperationArguments parse(const aws::ServiceModel &model,
                                    const aws::ServiceModel::Operation &operation,
                                    const QStringList &arguments);
};

// The global options that take a value, for finding the command after them
// ("vmimport --region eu-west-1 ec2 ...").
bool isGlobalOptionWithValue(const QString &argument);
bool isGlobalFlag(const QString &argument);
// Reads one global option that takes a value (--region, --profile, --endpoint-url, --output,
// --cli-read-timeout) into *global; false with *error for a bad value.
bool readGlobalOption(const QString &name, const QString &value, GlobalOptions *global, QString *error);

} // namespace vmi::cli
