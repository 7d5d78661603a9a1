#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// Exit statuses of the AWS CLI v2 (awscli/constants.py), kept for the AWS-compatible commands
// so scripts that check them work with vmimport too.
enum AwsCliExitCode
{
    AwsCliSuccess = 0,
    AwsCliParamValidationError = 252,
    AwsCliConfigurationError = 253,
    AwsCliClientError = 254,
    AwsCliGeneralError = 255,
};

// The service commands that speak AWS CLI: "ec2", "imagebuilder", "sts", "iam", "kms".
bool isAwsServiceCommand(const QString &name);

// Runs "vmimport <service> <operation> [options]": arguments start at the operation name and
// may contain the global options anywhere.
int runAwsCommand(const QString &serviceCommand, const QStringList &arguments, QTextStream &out,
                  QTextStream &err);

} // namespace vmi::cli
