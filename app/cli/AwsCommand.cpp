#include "cli/AwsCommand.h"

#include "aws/AwsClient.h"
#include "aws/CliJsonPrinter.h"
#include "aws/CliSkeleton.h"
#include "aws/ServiceModel.h"
#include "cli/CliName.h"
#include "cli/CliSession.h"
#include "cli/OperationArguments.h"
#include "cli/PageMerger.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace vmi::cli {

using namespace Qt::StringLiterals;

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::AwsCommand)
};

// The services spoken AWS-CLI style; S3 is vmimport's own "s3 cp" instead.
std::optional<aws::AwsService> serviceOf(const QString &command)
{
    const std::optional<aws::AwsService> service = aws::serviceFromSigningName(command);
    if (service == aws::AwsService::S3)
        return std::nullopt;
    return service;
}

QString usageText()
{
    return Tr::tr("usage: vmimport [options] <command> <subcommand> [parameters]\n"
                  "To see help text, you can run:\n\n"
                  "  vmimport --help\n"
                  "  vmimport <command> help\n"
                  "  vmimport <command> <subcommand> --help\n");
}

int usageError(QTextStream &err, const QString &message)
{
    err << '\n' << usageText() << message << "\n\n";
    err.flush();
    return AwsCliParamValidationError;
}

void printOperations(const QString &serviceCommand, const aws::ServiceModel &model, QTextStream &out)
{
    out << Tr::tr("Operations of vmimport %1 (input as in the AWS CLI's --cli-input-json):")
               .arg(serviceCommand)
        << '\n';
    for (const QString &name : model.operationNames())
        out << "  " << cliName(name) << '\n';
}

void printOperationHelp(const QString &serviceCommand, const aws::ServiceModel &model,
                        const aws::ServiceModel::Operation &operation, QTextStream &out)
{
    out << "vmimport " << serviceCommand << ' ' << cliName(operation.name) << "\n\n"
        << Tr::tr("Calls %1. Options (or the same members in --cli-input-json):").arg(operation.name) << '\n';
    if (const aws::ServiceModel::Shape *input = model.shape(operation.inputShape)) {
        for (const aws::ServiceModel::Member &member : input->members) {
            const aws::ServiceModel::Shape *shape = model.shape(member.shape);
            out << "  --" << cliName(member.name) << " (" << (shape ? shape->type : QString()) << ')'
                << (input->required.contains(member.name) ? Tr::tr(" required") : QString()) << '\n';
        }
    }
    out << Tr::tr(
               "Global options: --region, --profile, --endpoint-url, --output json, --debug, --no-paginate,\n"
               "  --cli-input-json JSON|file://name.json, --generate-cli-skeleton [input|output],\n"
               "  --cli-read-timeout SECONDS, --ca-bundle FILE.pem")
        << '\n';
}

// The AWS CLI's words and exit status for a failed call.
int reportError(const aws::AwsError &error, int attempts, int maxAttempts, QTextStream &err)
{
    err << '\n';
    switch (error.kind) {
    case aws::AwsError::Kind::InvalidInput:
        err << error.message << '\n';
        return AwsCliParamValidationError;
    case aws::AwsError::Kind::Credentials:
        // The keychain is the last place looked: nothing there means nothing anywhere, which
        // the AWS CLI words this way. Where the keychain itself was missing, say so too.
        if (error.code == u"NotInKeychain" || error.code == u"NoKeychain") {
            err << Tr::tr("Unable to locate credentials. You can configure credentials by running \"aws "
                          "configure\".")
                << '\n';
            if (error.code == u"NoKeychain")
                err << Tr::tr("(vmimport also looked in the OS keychain: %1)").arg(error.message) << '\n';
            return AwsCliConfigurationError;
        }
        err << error.message << '\n';
        return AwsCliConfigurationError;
    case aws::AwsError::Kind::Service: {
        QString text = error.toCliText();
        // botocore adds the retry count whenever the last attempt was the last allowed one,
        // whatever the error (retries/standard.py MaxAttemptsChecker).
        if (attempts >= maxAttempts) {
            const QString marker = QStringLiteral(" operation:");
            text.replace(text.indexOf(marker), marker.size(),
                         QStringLiteral(" operation (reached max retries: %1):").arg(attempts - 1));
        }
        err << text << '\n';
        return AwsCliClientError;
    }
    default:
        err << error.message << '\n';
        return AwsCliGeneralError;
    }
}

} // namespace

bool isAwsServiceCommand(const QString &name)
{
    return serviceOf(name).has_value();
}

int runAwsCommand(const QString &serviceCommand, const QStringList &arguments, QTextStream &out,
                  QTextStream &err)
{
    const std::optional<aws::AwsService> service = serviceOf(serviceCommand);
    if (!service)
        return usageError(err, Tr::tr("Invalid command: %1").arg(serviceCommand));
    const aws::ServiceModel &model = aws::ServiceModel::forService(*service);

    if (arguments.isEmpty() || arguments.first() == u"help" || arguments.first() == u"--help") {
        printOperations(serviceCommand, model, out);
        return arguments.isEmpty() ? AwsCliParamValidationError : AwsCliSuccess;
    }
    const aws::ServiceModel::Operation *operation = nullptr;
    for (const QString &name : model.operationNames()) {
        if (cliName(name) == arguments.first())
            operation = model.operation(name);
    }
    if (!operation) {
        QStringList choices;
        for (const QString &name : model.operationNames())
            choices.append(cliName(name));
        return usageError(err, Tr::tr("argument operation: Invalid choice, valid choices are:\n\n%1")
                                   .arg(choices.join(QStringLiteral(" | "))));
    }

    if (arguments.value(1) == u"help") {
        printOperationHelp(serviceCommand, model, *operation, out);
        return AwsCliSuccess;
    }
    const OperationArguments parsed = OperationArguments::parse(model, *operation, arguments.mid(1));
    if (!parsed.error.isEmpty())
        return usageError(err, parsed.error);
    if (parsed.global.help) {
        printOperationHelp(serviceCommand, model, *operation, out);
        return AwsCliSuccess;
    }
    if (!parsed.skeleton.isEmpty()) {
        out << QString::fromUtf8(aws::CliSkeleton::print(model, operation->name));
        return AwsCliSuccess;
    }

    CliSession session(parsed.global, err);
    if (const int status = session.setUp(); status != AwsCliSuccess)
        return status;

    // The AWS CLI fetches every page unless told not to, or unless the user took paging into
    // their own hands with the token or page-size option.
    PageMerger pages(model, *operation);
    const bool paginate =
        parsed.global.paginate && pages.isPaginated() && !pages.usesPagingMembers(parsed.input);
    QJsonObject input = parsed.input;
    for (;;) {
        QJsonObject output;
        int attempts = 0;
        const aws::AwsError error = session.call(*service, operation->name, input, &output, &attempts);
        if (error.isError())
            return reportError(error, attempts, session.configuredMaxAttempts(), err);
        if (!paginate) {
            pages.add(output);
            break;
        }
        const QJsonObject next = pages.add(output);
        if (!pages.error().isEmpty()) {
            err << '\n' << pages.error() << '\n';
            return AwsCliGeneralError;
        }
        if (next.isEmpty())
            break;
        for (auto it = next.constBegin(); it != next.constEnd(); ++it)
            input.insert(it.key(), it.value());
    }
    const QJsonObject result = paginate ? pages.merged() : pages.lastPage();
    // The AWS CLI prints nothing for an empty answer (CreateTags, CancelImageCreation's is not).
    if (!result.isEmpty())
        out << QString::fromUtf8(aws::CliJsonPrinter::print(model, operation->name, result,
                                                            paginate ? pages.mergedOrder() : QStringList()));
    out.flush();
    return AwsCliSuccess;
}

} // namespace vmi::cli
