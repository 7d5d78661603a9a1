#include "cli/CommandLine.h"

#include "cli/AwsCommand.h"
#include "cli/InspectCommand.h"
#include "cli/JobsCommand.h"
#include "cli/OperationArguments.h"
#include "cli/ProfilesCommand.h"
#include "cli/RunCommand.h"
#include "cli/S3Command.h"
#include "cli/ValidateCommand.h"
#include "vmi/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli)
};

QString usage()
{
    return Tr::tr("Usage: vmimport [--version] [--help] <command> [options]\n"
                  "\n"
                  "Moves virtual machine disks into AWS: EC2 ImportImage, ImportSnapshot and\n"
                  "Image Builder ImportDiskImage.\n"
                  "\n"
                  "Commands:\n"
                  "  inspect FILE... [--output json]   what each disk image is and which imports take it\n"
                  "  validate PROFILE.json [--output json]   check a profile before importing\n"
                  "  profiles list|show|import|export [--output json]   saved import profiles\n"
                  "  run PROFILE.json [--wait] [--output json]   run an import: upload, submit, monitor\n"
                  "  resume [ID] [--wait] [--output json]   go on with unfinished jobs after a stop\n"
                  "  retry ID [--wait] [--output json]   start a failed job again from the step that failed\n"
                  "  jobs [--output json]   the import jobs of this app\n"
                  "  status [ID] [--all] [--watch] [--output json]   where the jobs stand in AWS\n"
                  "  cancel ID   cancel a job's import task\n"
                  "  s3 cp FILE s3://BUCKET/KEY [--resume] ...\n"
                  "                                    resumable, checksummed multipart upload\n"
                  "\n"
                  "AWS CLI-compatible commands (same --cli-input-json, same request, same JSON output):\n"
                  "  ec2 import-image | import-snapshot | describe-import-image-tasks |\n"
                  "      describe-import-snapshot-tasks | cancel-import-task | ...\n"
                  "  imagebuilder import-disk-image | get-image | cancel-image-creation | ...\n"
                  "  sts get-caller-identity, iam get-role, kms describe-key, ...\n"
                  "  Run 'vmimport <command> help' for a service's operations.\n");
}

// "vmimport [global options] ec2 import-image ...": the index of the AWS service command
// when the arguments before it are all AWS CLI global options; -1 otherwise.
qsizetype awsServiceCommandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString name = argument.section(u'=', 0, 0);
        if (isGlobalFlag(argument))
            continue;
        if (isGlobalOptionWithValue(name)) {
            if (!argument.contains(u'='))
                ++i;
            continue;
        }
        return isAwsServiceCommand(argument) || argument == u"s3" ? i : -1;
    }
    return -1;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (const qsizetype service = awsServiceCommandIndex(arguments); service > 0) {
        // Global options may come before the service; the operation parser reads them anywhere.
        QStringList rest = arguments.mid(service + 1);
        rest.append(arguments.mid(1, service - 1));
        if (arguments.at(service) == u"s3")
            return runS3Command(rest, out, err);
        return runAwsCommand(arguments.at(service), rest, out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Tr::tr("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run."));

    if (!parser.parse(arguments)) {
        err << "vmimport: " << parser.errorText() << '\n' << usage();
        return 2;
    }
    if (parser.isSet(versionOption)) {
        out << "vmimport " << VMI_VERSION_STRING << '\n';
        return 0;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << usage();
        return 2;
    }
    if (positional.first() == u"inspect")
        return runInspect(positional, out, err);
    if (positional.first() == u"validate")
        return runValidate(positional, out, err);
    if (positional.first() == u"profiles")
        return runProfiles(positional, out, err);
    if (positional.first() == u"jobs")
        return runJobs(positional, out, err);
    if (positional.first() == u"status")
        return runStatus(positional, out, err);
    if (positional.first() == u"cancel")
        return runCancel(positional, out, err);
    if (positional.first() == u"run")
        return runRun(positional, out, err);
    if (positional.first() == u"resume")
        return runResume(positional, out, err);
    if (positional.first() == u"retry")
        return runRetry(positional, out, err);
    err << "vmimport: " << Tr::tr("unknown command '%1'").arg(positional.first()) << '\n' << usage();
    return 2;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

} // namespace vmi::cli
