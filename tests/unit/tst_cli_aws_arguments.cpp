// The AWS CLI's command-line conventions in vmimport: names (botocore's xform_name), global
// options anywhere, member options overlaying --cli-input-json, parameter files, and clear
// usage errors.

#include "aws/ServiceModel.h"
#include "cli/CliName.h"
#include "cli/OperationArguments.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vmi;
using namespace Qt::StringLiterals;

class TestCliAwsArguments : public QObject
{
    Q_OBJECT

    const aws::ServiceModel &ec2() const { return aws::ServiceModel::forService(aws::AwsService::Ec2); }

    cli::OperationArguments parse(const QString &operation, const QStringList &arguments) const
    {
        return cli::OperationArguments::parse(ec2(), *ec2().operation(operation), arguments);
    }

private Q_SLOTS:
    void namesAreBotocores()
    {
        QStringList models;
        for (const char *name : {"ec2", "imagebuilder", "s3", "iam", "kms", "sts"})
            models.append(QStringLiteral(VMI_MODELS_DIR "/%1.json").arg(QLatin1StringView(name)));
        QProcess python;
        python.start(qEnvironmentVariable("VMI_PYTHON"),
                     QStringList{qEnvironmentVariable("VMI_CLI_NAMES_SCRIPT")} + models);
        QVERIFY(python.waitForFinished(60'000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject expected = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QVERIFY(expected.size() > 500);
        int compared = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QCOMPARE(cli::cliName(it.key()), it.value().toString());
            ++compared;
        }
        qInfo("%d names compared with botocore's xform_name", compared);
    }

    void membersAsOptions()
    {
        const cli::OperationArguments parsed =
            parse(u"ImportImage"_s, {u"--description"_s, u"two words"_s, u"--encrypted"_s, u"--no-dry-run"_s,
                                     u"--disk-containers"_s, uR"([{"Format":"vmdk","Url":"s3://b/k"}])"_s,
                                     u"--region=eu-west-1"_s, u"--debug"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.input[u"Description"_s].toString(), u"two words"_s);
        QCOMPARE(parsed.input[u"Encrypted"_s].toBool(), true);
        QCOMPARE(parsed.input[u"DryRun"_s].toBool(false), false);
        QVERIFY(parsed.input.contains(u"DryRun"_s));
        QCOMPARE(parsed.input[u"DiskContainers"_s][0][u"Format"_s].toString(), u"vmdk"_s);
        QCOMPARE(parsed.global.region, u"eu-west-1"_s);
        QVERIFY(parsed.global.debug);
        QCOMPARE(parsed.membersGivenAsOptions.size(), 4);
    }

    void listOfStringsTakesSeveralValues()
    {
        const cli::OperationArguments parsed =
            parse(u"DescribeImportImageTasks"_s,
                  {u"--import-task-ids"_s, u"import-ami-1"_s, u"import-ami-2"_s, u"--max-results"_s, u"5"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.input[u"ImportTaskIds"_s].toArray().size(), 2);
        QCOMPARE(parsed.input[u"MaxResults"_s].toInteger(), 5);
    }

    void optionsOverlayCliInputJson()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"input.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"Description": "from the file", "RoleName": "vmimport"})");
        file.close();
        const cli::OperationArguments parsed =
            parse(u"ImportImage"_s, {u"--cli-input-json"_s, u"file://"_s + file.fileName(),
                                     u"--description"_s, u"from the option"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.input[u"Description"_s].toString(), u"from the option"_s);
        QCOMPARE(parsed.input[u"RoleName"_s].toString(), u"vmimport"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << u"ImportImage"_s << QStringList{u"--no-such-thing"_s, u"x"_s}
                                        << u"Unknown options: --no-such-thing, x"_s;
        QTest::newRow("not a member of this operation")
            << u"ImportSnapshot"_s << QStringList{u"--disk-containers"_s, u"[]"_s} << u"Unknown options"_s;
        QTest::newRow("shorthand syntax")
            << u"ImportImage"_s << QStringList{u"--disk-containers"_s, u"Format=vmdk"_s}
            << u"shorthand syntax is not supported"_s;
        QTest::newRow("missing parameter file")
            << u"ImportImage"_s << QStringList{u"--cli-input-json"_s, u"file:///no/such/file.json"_s}
            << u"Unable to load paramfile file:///no/such/file.json"_s;
        QTest::newRow("input not an object")
            << u"ImportImage"_s << QStringList{u"--cli-input-json"_s, u"[1]"_s} << u"Invalid JSON received"_s;
        QTest::newRow("integer expected")
            << u"DescribeImportImageTasks"_s << QStringList{u"--max-results"_s, u"many"_s}
            << u"invalid integer value"_s;
        QTest::newRow("boolean takes no value")
            << u"ImportImage"_s << QStringList{u"--encrypted"_s, u"yes"_s} << u"takes no value"_s;
        QTest::newRow("text output") << u"ImportImage"_s << QStringList{u"--output"_s, u"table"_s}
                                     << u"--output table is not supported"_s;
        QTest::newRow("output skeleton")
            << u"ImportImage"_s << QStringList{u"--generate-cli-skeleton"_s, u"output"_s}
            << u"invalid choice: 'output'"_s;
        QTest::newRow("value missing")
            << u"ImportImage"_s << QStringList{u"--region"_s} << u"expected one argument"_s;
    }

    void usageErrors()
    {
        QFETCH(QString, operation);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const cli::OperationArguments parsed = parse(operation, arguments);
        QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestCliAwsArguments)
#include "tst_cli_aws_arguments.moc"
