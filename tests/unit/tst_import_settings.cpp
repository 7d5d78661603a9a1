// ImportSettings <-> --cli-input-json for the three operations: every member botocore's
// models have survives both round trips, the written requests pass botocore's own parameter
// validation, and AWS CLI skeletons (generated here by the AWS CLI itself) import.

#include "models/AwsTimestamp.h"
#include "models/PresignedUrl.h"
#include "models/ProfileJson.h"
#include "models/RequestJson.h"
#include "models/SkeletonPlaceholders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace vmi;

namespace {

struct CliCommand
{
    ImportOperation operation;
    const char *service;
    const char *command;
};

constexpr CliCommand Commands[] = {
    {ImportOperation::ImportImage, "ec2", "import-image"},
    {ImportOperation::ImportSnapshot, "ec2", "import-snapshot"},
    {ImportOperation::ImportDiskImage, "imagebuilder", "import-disk-image"},
};

QString python()
{
    return QString::fromLocal8Bit(qgetenv("VMI_PYTHON"));
}

QProcessEnvironment isolatedAwsEnvironment()
{
    // The AWS CLI must not read the developer's own configuration.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       QStringLiteral("/nonexistent/credentials"));
    return environment;
}

// `aws SERVICE COMMAND --generate-cli-skeleton`, run with the AWS CLI (v1) in VMI_PYTHON.
QJsonObject generateSkeleton(const CliCommand &command)
{
    QProcess aws;
    aws.setProcessEnvironment(isolatedAwsEnvironment());
    aws.start(python(), {QStringLiteral("-m"), QStringLiteral("awscli"), QString::fromLatin1(command.service),
                         QString::fromLatin1(command.command), QStringLiteral("--generate-cli-skeleton")});
    if (!aws.waitForFinished(120000) || aws.exitCode() != 0) {
        qWarning("%s", aws.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(aws.readAllStandardOutput()).object();
}

// Replaces every placeholder of a skeleton with a distinct real value and every list's one
// element with two, so that a lost or swapped member shows.
class SkeletonFiller
{
public:
    QJsonValue fill(const QJsonValue &value)
    {
        ++m_counter;
        switch (value.type()) {
        case QJsonValue::String:
            if (value.toString() == u"1970-01-01T00:00:00")
                return QStringLiteral("2024-01-%1T03:04:05Z")
                    .arg(m_counter % 28 + 1, 2, 10, QLatin1Char('0'));
            return QStringLiteral("value-%1").arg(m_counter);
        case QJsonValue::Bool:
            return m_counter % 2 == 0;
        case QJsonValue::Double:
            return double(m_counter);
        case QJsonValue::Array: {
            const QJsonValue element = value.toArray().first();
            return QJsonArray{fill(element), fill(element)};
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            if (object.keys() == QStringList{QStringLiteral("KeyName")}) // a map
                return QJsonObject{{QStringLiteral("key-%1").arg(m_counter), QStringLiteral("a")},
                                   {QStringLiteral("key-%1").arg(m_counter + 1), QString()}};
            QJsonObject filled;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                filled.insert(it.key(), fill(it.value()));
            return filled;
        }
        default:
            return value;
        }
    }

private:
    int m_counter = 0;
};

QStringList leafPaths(const QJsonValue &value, const QString &path = {})
{
    QStringList paths;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            paths += leafPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            paths += leafPaths(array.at(i), path + QStringLiteral("[%1]").arg(i));
    } else {
        paths.append(path);
    }
    return paths;
}

QStringList emptyStrings(const QJsonValue &value, const QString &path = {})
{
    if (value.isString())
        return value.toString().isEmpty() ? QStringList{path} : QStringList();
    QStringList paths;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            paths += emptyStrings(it.value(), path + u'.' + it.key());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            paths += emptyStrings(array.at(i), path + QStringLiteral("[%1]").arg(i));
    }
    return paths;
}

// botocore's verdict on each (operation, request): an empty list when it accepts it.
QList<QStringList> botocoreVerdicts(const QList<QPair<ImportOperation, QJsonObject>> &requests)
{
    QJsonArray input;
    for (const auto &[operation, request] : requests)
        input.append(QJsonObject{{QStringLiteral("operation"), apiName(operation)},
                                 {QStringLiteral("request"), request}});
    QProcess botocore;
    botocore.start(python(), {QString::fromLocal8Bit(qgetenv("VMI_BOTOCORE_VALIDATE_SCRIPT"))});
    botocore.write(QJsonDocument(input).toJson());
    botocore.closeWriteChannel();
    QList<QStringList> verdicts;
    if (!botocore.waitForFinished(120000) || botocore.exitCode() != 0) {
        qWarning("%s", botocore.readAllStandardError().constData());
        return verdicts;
    }
    for (const QJsonValue &lines : QJsonDocument::fromJson(botocore.readAllStandardOutput()).array())
        verdicts.append(lines.toVariant().toStringList());
    return verdicts;
}

ImportSettings everyMemberSettings(ImportOperation operation)
{
    ImportSettings settings;
    settings.operation = operation;
    settings.region = QStringLiteral("eu-west-1");
    settings.awsProfile = QStringLiteral("imports");
    settings.upload = {QStringLiteral("vm-import-disks"),
                       QStringLiteral("imports/"),
                       {QStringLiteral("/disks/web.vmdk"), QString()},
                       64 << 20,
                       8,
                       10 << 20,
                       QStringLiteral("STANDARD"),
                       QStringLiteral("aws:kms"),
                       QStringLiteral("alias/uploads"),
                       QStringLiteral("CRC32C")};
    Ec2ImportRequest &ec2 = settings.ec2;
    ec2.clientData = ClientData{QStringLiteral("moved from the lab"),
                                QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC),
                                QDateTime(QDate(2024, 1, 2), QTime(4, 5, 6, 789), Qt::UTC), 1.5};
    ec2.clientToken = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    ec2.description = QStringLiteral("web server");
    ec2.diskContainers = {
        DiskContainer{QStringLiteral("boot"), QStringLiteral("/dev/sda1"), QStringLiteral("vmdk"),
                      std::nullopt, std::nullopt,
                      UserBucket{QStringLiteral("vm-import-disks"), QStringLiteral("web.vmdk")}},
        DiskContainer{QString(), std::nullopt, QStringLiteral("RAW"),
                      QStringLiteral("snap-0123456789abcdef0"),
                      QStringLiteral("s3://vm-import-disks/data.raw"), std::nullopt},
    };
    ec2.dryRun = false;
    ec2.encrypted = true;
    ec2.kmsKeyId = QStringLiteral("alias/imports");
    ec2.roleName = QStringLiteral("vmimport");
    ec2.tagSpecifications = {TagSpecification{QStringLiteral("import-image-task"),
                                              {Tag{QStringLiteral("Name"), QStringLiteral("web")},
                                               Tag{QStringLiteral("empty"), QString()},
                                               Tag{QStringLiteral("novalue"), std::nullopt}}}};
    if (operation == ImportOperation::ImportImage) {
        ec2.architecture = QStringLiteral("x86_64");
        ec2.hypervisor = QStringLiteral("xen");
        ec2.licenseType = QStringLiteral("BYOL");
        ec2.platform = QStringLiteral("Linux");
        ec2.usageOperation = QStringLiteral("RunInstances");
        ec2.bootMode = QStringLiteral("uefi");
        ec2.licenseSpecifications = {
            {QStringLiteral("arn:aws:license-manager:eu-west-1:123456789012:license-configuration:lic-0123")},
            {std::nullopt}};
    } else {
        // ImportSnapshot has one disk and none of ImportImage's own members.
        ec2.diskContainers = {DiskContainer{QStringLiteral("data"), std::nullopt, QStringLiteral("VHD"),
                                            std::nullopt, std::nullopt,
                                            UserBucket{QStringLiteral("vm-import-disks"), std::nullopt}}};
        ec2.tagSpecifications[0].resourceType = QStringLiteral("import-snapshot-task");
        settings.afterImport.registerImage = RegisterImageSettings{QStringLiteral("web (arm64)"),
                                                                   QStringLiteral("registered"),
                                                                   QStringLiteral("arm64"),
                                                                   QStringLiteral("uefi"),
                                                                   true,
                                                                   QStringLiteral("v2.0"),
                                                                   QStringLiteral("v2.0"),
                                                                   QStringLiteral("/dev/xvda"),
                                                                   QStringLiteral("gp3")};
    }
    settings.afterImport.tagImageAndSnapshots = true;
    settings.afterImport.deleteUploadedObjects = true;
    if (operation == ImportOperation::ImportDiskImage) {
        settings.ec2 = {};
        settings.upload.localFiles = {QStringLiteral("/isos/Win11_Enterprise.iso")};
        ImageBuilderImportRequest &ib = settings.imageBuilder;
        ib.name = QStringLiteral("win11-import");
        ib.semanticVersion = QStringLiteral("1.0.0");
        ib.description = QStringLiteral("Windows 11 Enterprise");
        ib.platform = QStringLiteral("Windows");
        ib.osVersion = QStringLiteral("Microsoft Windows 11");
        ib.executionRole = QStringLiteral("arn:aws:iam::123456789012:role/ImageBuilderImport");
        ib.infrastructureConfigurationArn =
            QStringLiteral("arn:aws:imagebuilder:eu-west-1:123456789012:infrastructure-configuration/ic");
        ib.uri = QStringLiteral("s3://iso-bucket/Win11_Enterprise.iso");
        ib.loggingConfiguration = ImageLoggingConfiguration{QStringLiteral("/aws/imagebuilder/win11")};
        ib.tags = {{QStringLiteral("Name"), QStringLiteral("win11")}, {QStringLiteral("empty"), QString()}};
        ib.registerImageOptions = RegisterImageOptions{false, QStringLiteral("QUJD")};
        ib.windowsConfiguration = WindowsConfiguration{4294967295LL};
        ib.clientToken = QStringLiteral("c0ffee00-0000-4000-8000-000000000000");
    }
    return settings;
}

QString errorText(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.field + QLatin1String(": ") + d.message);
    return lines.join(u'\n');
}

} // namespace

class TestImportSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operations_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 3; ++i)
            QTest::newRow(qPrintable(apiName(Commands[i].operation))) << i;
    }

    // Every member of the skeleton (which is every member of botocore's input shape), filled
    // with a real value, survives JSON -> settings -> JSON unchanged.
    void everySkeletonMemberRoundTrips_data() { operations_data(); }
    void everySkeletonMemberRoundTrips()
    {
        QFETCH(int, index);
        const CliCommand &command = Commands[index];
        const QJsonObject skeleton = generateSkeleton(command);
        QVERIFY2(!skeleton.isEmpty(), "the AWS CLI did not print a skeleton");
        const QJsonObject filled = SkeletonFiller().fill(skeleton).toObject();

        ImportSettings settings;
        const QList<Diagnostic> errors = RequestJson::read(command.operation, filled, settings);
        QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
        const QJsonObject written = RequestJson::write(settings);
        QCOMPARE(leafPaths(written), leafPaths(filled));
        QCOMPARE(written, filled);

        ImportSettings again;
        QVERIFY(RequestJson::read(command.operation, written, again).isEmpty());
        QCOMPARE(again, settings);
    }

    // Settings with every member set -> JSON -> settings, for all three operations, and the
    // JSON is a request botocore's validator accepts.
    void everySettingsMemberRoundTrips()
    {
        QList<QPair<ImportOperation, QJsonObject>> requests;
        for (const CliCommand &command : Commands) {
            const ImportSettings settings = everyMemberSettings(command.operation);
            const QJsonObject json = RequestJson::write(settings);
            ImportSettings read;
            read.region = settings.region;
            read.awsProfile = settings.awsProfile;
            read.upload = settings.upload;
            read.afterImport = settings.afterImport; // not part of the request
            const QList<Diagnostic> errors = RequestJson::read(command.operation, json, read);
            QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
            QCOMPARE(read, settings);
            requests.append({command.operation, json});
        }
        const QList<QStringList> verdicts = botocoreVerdicts(requests);
        QCOMPARE(verdicts.size(), requests.size());
        for (const QStringList &verdict : verdicts)
            QVERIFY2(verdict.isEmpty(), qPrintable(verdict.join(u'\n')));
    }

    void writesTheModelsMemberNames()
    {
        const QJsonObject image = RequestJson::write(everyMemberSettings(ImportOperation::ImportImage));
        QCOMPARE(image[u"DiskContainers"][0][u"UserBucket"][u"S3Bucket"].toString(),
                 QStringLiteral("vm-import-disks"));
        QCOMPARE(image[u"TagSpecifications"][0][u"Tags"][0][u"Key"].toString(), QStringLiteral("Name"));
        QVERIFY(image[u"LicenseSpecifications"][0].toObject().contains(u"LicenseConfigurationArn"));
        QCOMPARE(image[u"ClientData"][u"UploadStart"].toString(), QStringLiteral("2024-01-02T03:04:05Z"));
        QCOMPARE(image[u"ClientData"][u"UploadEnd"].toString(), QStringLiteral("2024-01-02T04:05:06.789Z"));
        // Present-but-empty and absent stay apart.
        QCOMPARE(image[u"DiskContainers"][1][u"Description"].toString(), QString());
        QVERIFY(image[u"DiskContainers"][1].toObject().contains(u"Description"));
        QVERIFY(!image[u"DiskContainers"][0].toObject().contains(u"SnapshotId"));
        QVERIFY(!image[u"TagSpecifications"][0][u"Tags"][2].toObject().contains(u"Value"));

        const QJsonObject snapshot = RequestJson::write(everyMemberSettings(ImportOperation::ImportSnapshot));
        QVERIFY(snapshot[u"DiskContainer"].isObject());
        QVERIFY(!snapshot.contains(u"DiskContainers"));

        const QJsonObject builder = RequestJson::write(everyMemberSettings(ImportOperation::ImportDiskImage));
        QCOMPARE(builder[u"tags"][u"Name"].toString(), QStringLiteral("win11"));
        QCOMPARE(builder[u"windowsConfiguration"][u"imageIndex"].toInteger(), 4294967295LL);
        QCOMPARE(builder[u"registerImageOptions"][u"secureBootEnabled"].toBool(true), false);
    }

    void snapshotRequestLeavesOutImageOnlyMembers()
    {
        ImportSettings settings = everyMemberSettings(ImportOperation::ImportImage);
        settings.operation = ImportOperation::ImportSnapshot;
        const QJsonObject json = RequestJson::write(settings);
        for (const char *member : {"Architecture", "Platform", "BootMode", "LicenseType", "UsageOperation",
                                   "Hypervisor", "LicenseSpecifications", "DiskContainers"})
            QVERIFY2(!json.contains(QLatin1String(member)), member);
        QVERIFY(!json[u"DiskContainer"].toObject().contains(u"DeviceName"));
        QCOMPARE(json[u"DiskContainer"][u"Description"].toString(), QStringLiteral("boot"));
    }

    // Unknown members are refused with the AWS CLI's own words, naming the member.
    void unknownMembersAreRefusedLikeTheAwsCli()
    {
        const QJsonObject request{
            {QStringLiteral("Foo"), 1},
            {QStringLiteral("DiskContainers"),
             QJsonArray{QJsonObject{{QStringLiteral("UserBucket"),
                                     QJsonObject{{QStringLiteral("Bucket"), QStringLiteral("b")}}}}}}};
        ImportSettings settings;
        const QList<Diagnostic> errors = RequestJson::read(ImportOperation::ImportImage, request, settings);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].field, QStringLiteral("Foo"));
        QCOMPARE(errors[1].field, QStringLiteral("DiskContainers[0].UserBucket.Bucket"));
        QCOMPARE(
            errors[1].message,
            QStringLiteral("Unknown parameter in DiskContainers[0].UserBucket: \"Bucket\", must be one of: "
                           "S3Bucket, S3Key"));

        // The same lines botocore prints for the same request.
        const QList<QStringList> verdicts = botocoreVerdicts({{ImportOperation::ImportImage, request}});
        QCOMPARE(verdicts.size(), 1);
        QVERIFY2(verdicts[0].contains(errors[0].message), qPrintable(verdicts[0].join(u'\n')));
        QVERIFY2(verdicts[0].contains(errors[1].message), qPrintable(verdicts[0].join(u'\n')));
    }

    void unknownMembers_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("snapshot has no DeviceName") << "ImportSnapshot"
                                                    << R"({"DiskContainer":{"DeviceName":"/dev/sda1"}})"
                                                    << "DiskContainer.DeviceName";
        QTest::newRow("snapshot has no DiskContainers") << "ImportSnapshot"
                                                        << R"({"DiskContainers":[]})"
                                                        << "DiskContainers";
        QTest::newRow("image has no DiskContainer") << "ImportImage"
                                                    << R"({"DiskContainer":{}})"
                                                    << "DiskContainer";
        QTest::newRow("member names are case-sensitive") << "ImportImage"
                                                         << R"({"encrypted":true})"
                                                         << "encrypted";
        QTest::newRow("tag member") << "ImportImage"
                                    << R"({"TagSpecifications":[{"Tags":[{"Name":"x"}]}]})"
                                    << "TagSpecifications[0].Tags[0].Name";
        QTest::newRow("client data member") << "ImportSnapshot"
                                            << R"({"ClientData":{"Size":1}})"
                                            << "ClientData.Size";
        QTest::newRow("image builder is camelCase") << "ImportDiskImage"
                                                    << R"({"Name":"x"})"
                                                    << "Name";
        QTest::newRow("logging member") << "ImportDiskImage"
                                        << R"({"loggingConfiguration":{"group":"x"}})"
                                        << "loggingConfiguration.group";
        QTest::newRow("windows member") << "ImportDiskImage"
                                        << R"({"windowsConfiguration":{"index":1}})"
                                        << "windowsConfiguration.index";
        QTest::newRow("EC2 member in Image Builder") << "ImportDiskImage"
                                                     << R"({"ClientToken":"x"})"
                                                     << "ClientToken";
    }
    void unknownMembers()
    {
        QFETCH(QString, operation);
        QFETCH(QString, json);
        QFETCH(QString, field);
        ImportSettings settings;
        const QList<Diagnostic> errors =
            RequestJson::read(*importOperationFromApiName(operation),
                              QJsonDocument::fromJson(json.toUtf8()).object(), settings);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].field, field);
        QVERIFY2(errors[0].message.startsWith(u"Unknown parameter"), qPrintable(errors[0].message));
        QCOMPARE(errors[0].severity, Diagnostic::Severity::Error);
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("boolean as string") << "ImportImage"
                                           << R"({"Encrypted":"yes"})"
                                           << "Encrypted";
        QTest::newRow("string as number") << "ImportImage"
                                          << R"({"Description":5})"
                                          << "Description";
        QTest::newRow("null") << "ImportImage"
                              << R"({"KmsKeyId":null})"
                              << "KmsKeyId";
        QTest::newRow("list as object") << "ImportImage"
                                        << R"({"DiskContainers":{}})"
                                        << "DiskContainers";
        QTest::newRow("list element") << "ImportImage"
                                      << R"({"DiskContainers":["a.vmdk"]})"
                                      << "DiskContainers[0]";
        QTest::newRow("size as string") << "ImportSnapshot"
                                        << R"({"ClientData":{"UploadSize":"1"}})"
                                        << "ClientData.UploadSize";
        QTest::newRow("bad timestamp") << "ImportSnapshot"
                                       << R"({"ClientData":{"UploadStart":"yesterday"}})"
                                       << "ClientData.UploadStart";
        QTest::newRow("fractional integer") << "ImportDiskImage"
                                            << R"({"windowsConfiguration":{"imageIndex":1.5}})"
                                            << "windowsConfiguration.imageIndex";
        QTest::newRow("tags as list") << "ImportDiskImage"
                                      << R"({"tags":[]})"
                                      << "tags";
        QTest::newRow("tag value as number") << "ImportDiskImage"
                                             << R"({"tags":{"a":1}})"
                                             << "tags.a";
    }
    void wrongTypes()
    {
        QFETCH(QString, operation);
        QFETCH(QString, json);
        QFETCH(QString, field);
        ImportSettings settings;
        const QList<Diagnostic> errors =
            RequestJson::read(*importOperationFromApiName(operation),
                              QJsonDocument::fromJson(json.toUtf8()).object(), settings);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].field, field);
    }

    void timestamps_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("Z") << QJsonValue(u"2024-01-02T03:04:05Z"_qs) << "2024-01-02T03:04:05Z";
        QTest::newRow("naive is UTC") << QJsonValue(u"2024-01-02T03:04:05"_qs) << "2024-01-02T03:04:05Z";
        QTest::newRow("offset") << QJsonValue(u"2024-01-02T03:04:05+02:00"_qs) << "2024-01-02T01:04:05Z";
        QTest::newRow("fraction") << QJsonValue(u"2024-01-02T03:04:05.250Z"_qs) << "2024-01-02T03:04:05.250Z";
        QTest::newRow("microseconds")
            << QJsonValue(u"2024-01-02T03:04:05.123456Z"_qs) << "2024-01-02T03:04:05.123Z";
        QTest::newRow("date only") << QJsonValue(u"2024-01-02"_qs) << "2024-01-02T00:00:00Z";
        QTest::newRow("space separator") << QJsonValue(u"2024-01-02 03:04:05"_qs) << "2024-01-02T03:04:05Z";
        QTest::newRow("epoch number") << QJsonValue(1704164645) << "2024-01-02T03:04:05Z";
        QTest::newRow("epoch string") << QJsonValue(u"1704164645"_qs) << "2024-01-02T03:04:05Z";
        QTest::newRow("words") << QJsonValue(u"yesterday"_qs) << "";
        QTest::newRow("bad month") << QJsonValue(u"2024-13-02T03:04:05Z"_qs) << "";
        QTest::newRow("boolean") << QJsonValue(true) << "";
    }
    void timestamps()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const auto time = parseAwsTimestamp(value);
        QCOMPARE(time ? formatAwsTimestamp(*time) : QString(), expected);
    }

    void inferOperation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("operation"); // empty: cannot tell
        QTest::newRow("DiskContainers") << R"({"DiskContainers":[]})"
                                        << "ImportImage";
        QTest::newRow("BootMode") << R"({"BootMode":"uefi","Encrypted":true})"
                                  << "ImportImage";
        QTest::newRow("DiskContainer") << R"({"DiskContainer":{},"Encrypted":true})"
                                       << "ImportSnapshot";
        QTest::newRow("camelCase") << R"({"name":"x","uri":"s3://b/k"})"
                                   << "ImportDiskImage";
        QTest::newRow("shared members only") << R"({"Encrypted":true,"Description":"d"})"
                                             << "";
        QTest::newRow("both EC2 shapes") << R"({"DiskContainer":{},"DiskContainers":[]})"
                                         << "";
        QTest::newRow("EC2 and Image Builder") << R"({"DiskContainers":[],"uri":"s3://b/k"})"
                                               << "";
        QTest::newRow("nothing known") << R"({"Foo":1})"
                                       << "";
    }
    void inferOperation()
    {
        QFETCH(QString, json);
        QFETCH(QString, operation);
        const auto inferred = RequestJson::inferOperation(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(inferred ? apiName(*inferred) : QString(), operation);
    }

    // A skeleton straight from the AWS CLI imports: placeholders go, what the user could have
    // meant stays, and what is left is a request the codec reads without error.
    void skeletonsImport_data() { operations_data(); }
    void skeletonsImport()
    {
        QFETCH(int, index);
        const CliCommand &command = Commands[index];
        const QJsonObject skeleton = generateSkeleton(command);
        QVERIFY2(!skeleton.isEmpty(), "the AWS CLI did not print a skeleton");
        QCOMPARE(RequestJson::inferOperation(skeleton), std::optional(command.operation));

        const SkeletonPlaceholders::Result stripped = SkeletonPlaceholders::strip(skeleton);
        ImportSettings settings;
        const QList<Diagnostic> errors = RequestJson::read(command.operation, stripped.request, settings);
        QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
        QVERIFY(!stripped.removed.isEmpty());
        QCOMPARE(emptyStrings(stripped.request), QStringList());
        switch (command.operation) {
        case ImportOperation::ImportImage:
            QVERIFY(settings.ec2.diskContainers.isEmpty());
            QVERIFY(settings.ec2.tagSpecifications.isEmpty()); // its ResourceType was a random pick
            QVERIFY(!settings.ec2.clientData);
            QCOMPARE(settings.ec2.dryRun, std::optional(true)); // kept: the Validator warns
            QVERIFY(settings.ec2.bootMode.has_value());
            QVERIFY(!settings.ec2.kmsKeyId);
            break;
        case ImportOperation::ImportSnapshot:
            QVERIFY(settings.ec2.diskContainers.isEmpty());
            QCOMPARE(settings.ec2.encrypted, std::optional(true));
            break;
        case ImportOperation::ImportDiskImage:
            QVERIFY(settings.imageBuilder.tags.isEmpty());
            QVERIFY(!settings.imageBuilder.windowsConfiguration); // imageIndex 0 is below the minimum
            QVERIFY(!settings.imageBuilder.name);
            QCOMPARE(settings.imageBuilder.registerImageOptions->secureBootEnabled, std::optional(true));
            break;
        }
    }

    void skeletonFilledInPartlyKeepsTheUsersValues()
    {
        const QJsonObject input = QJsonDocument::fromJson(R"({
            "Description": "",
            "DiskContainers": [
                {"Description": "", "Format": "vmdk", "UserBucket": {"S3Bucket": "b-1", "S3Key": "k"}},
                {"Description": "", "Format": "", "Url": "", "UserBucket": {"S3Bucket": "", "S3Key": ""}}
            ],
            "ClientData": {"Comment": "", "UploadEnd": "1970-01-01T00:00:00", "UploadSize": 0.0,
                           "UploadStart": "2024-01-02T03:04:05Z"},
            "TagSpecifications": [{"ResourceType": "import-image-task",
                                   "Tags": [{"Key": "Name", "Value": ""}, {"Key": "", "Value": ""}]}]
        })")
                                      .object();
        const SkeletonPlaceholders::Result stripped = SkeletonPlaceholders::strip(input);
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "DiskContainers": [{"Format": "vmdk", "UserBucket": {"S3Bucket": "b-1", "S3Key": "k"}}],
            "ClientData": {"UploadStart": "2024-01-02T03:04:05Z"},
            "TagSpecifications": [{"ResourceType": "import-image-task", "Tags": [{"Key": "Name", "Value": ""}]}]
        })")
                                         .object();
        QCOMPARE(stripped.request, expected);
        QVERIFY(stripped.removed.contains(u"ClientData.UploadEnd"_qs));
        QVERIFY(stripped.removed.contains(u"DiskContainers[1].UserBucket.S3Bucket"_qs));
    }

    void imageBuilderTagPlaceholderOnly()
    {
        const QJsonObject input{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("KeyName"), QString()},
                                                                     {QStringLiteral("Owner"), QString()}}}};
        const QJsonObject expected{
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("Owner"), QString()}}}};
        QCOMPARE(SkeletonPlaceholders::strip(input).request, expected);
    }

    void presignedUrlsLoseTheirCredentials_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("SigV4 with session token")
            << "https://b.s3.eu-west-1.amazonaws.com/disk.vmdk?X-Amz-Algorithm=AWS4-HMAC-SHA256"
               "&X-Amz-Credential=AKIDEXAMPLE%2F20240102%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date="
               "20240102T030405Z"
               "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE"
               "&X-Amz-Signature=0123456789abcdef"
            << "https://b.s3.eu-west-1.amazonaws.com/disk.vmdk";
        QTest::newRow("other query items stay")
            << "https://b.s3.amazonaws.com/disk.vmdk?versionId=3&x-amz-signature=abc"
            << "https://b.s3.amazonaws.com/disk.vmdk?versionId=3";
        QTest::newRow("SigV2")
            << "https://b.s3.amazonaws.com/d.vmdk?AWSAccessKeyId=AKID&Expires=1&Signature=s%2B"
            << "https://b.s3.amazonaws.com/d.vmdk";
        QTest::newRow("plain") << "https://b.s3.amazonaws.com/d.vmdk?versionId=3"
                               << "https://b.s3.amazonaws.com/d.vmdk?versionId=3";
        QTest::newRow("s3") << "s3://b/d.vmdk"
                            << "s3://b/d.vmdk";
    }
    void presignedUrlsLoseTheirCredentials()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(PresignedUrl::withoutCredentials(url), expected);
        QCOMPARE(PresignedUrl::hasCredentials(url), url != expected);
    }

    void profileFileRoundTrips_data() { operations_data(); }
    void profileFileRoundTrips()
    {
        QFETCH(int, index);
        const Profile profile{QStringLiteral("Lab → AWS"), everyMemberSettings(Commands[index].operation)};
        const ProfileJson::Written written = ProfileJson::write(profile);
        QCOMPARE(written.json[u"schemaVersion"].toInt(), 1);
        QCOMPARE(written.json[u"operation"].toString(), apiName(profile.settings.operation));
        QCOMPARE(written.json[u"request"].toObject(), RequestJson::write(profile.settings));
        const QByteArray file = QJsonDocument(written.json).toJson();
        const ProfileJson::Read read = ProfileJson::read(file);
        QVERIFY2(read.profile, qPrintable(errorText(read.errors)));
        QCOMPARE(*read.profile, profile);
    }

    void profileFileKeepsNoPresignedSignature()
    {
        Profile profile{QStringLiteral("presigned"), everyMemberSettings(ImportOperation::ImportImage)};
        profile.settings.ec2.diskContainers[1].url = QStringLiteral(
            "https://b.s3.amazonaws.com/d.raw?X-Amz-Security-Token=SECRET&X-Amz-Signature=SIG");
        const ProfileJson::Written written = ProfileJson::write(profile);
        const QByteArray file = QJsonDocument(written.json).toJson();
        QVERIFY(!file.contains("SECRET"));
        QVERIFY(!file.contains("SIG"));
        QCOMPARE(written.json[u"request"][u"DiskContainers"][1][u"Url"].toString(),
                 QStringLiteral("https://b.s3.amazonaws.com/d.raw"));
        QCOMPARE(written.notes.size(), 1);
        QVERIFY(written.notes[0].startsWith(u"DiskContainers[1].Url"));
    }

    void profileFileErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("newer");
        QTest::newRow("not JSON") << QByteArray("{\"schemaVersion\": 1,") << "" << false;
        QTest::newRow("not an object") << QByteArray("[1]") << "" << false;
        QTest::newRow("no schema") << QByteArray(R"({"name":"x"})") << "schemaVersion" << false;
        QTest::newRow("newer schema")
            << QByteArray(R"({"schemaVersion":2,"name":"x","future":{}})") << "schemaVersion" << true;
        QTest::newRow("no name") << QByteArray(
                                        R"({"schemaVersion":1,"operation":"ImportImage","request":{}})")
                                 << "name" << false;
        QTest::newRow("bad operation")
            << QByteArray(R"({"schemaVersion":1,"name":"x","operation":"ImportVolume","request":{}})")
            << "operation" << false;
        QTest::newRow("unknown member")
            << QByteArray(
                   R"({"schemaVersion":1,"name":"x","operation":"ImportImage","request":{},"secretKey":"s"})")
            << "secretKey" << false;
        QTest::newRow("unknown upload member")
            << QByteArray(
                   R"({"schemaVersion":1,"name":"x","operation":"ImportImage","request":{},"upload":{"b":1}})")
            << "upload.b" << false;
        QTest::newRow("bad upload type")
            << QByteArray(
                   R"({"schemaVersion":1,"name":"x","operation":"ImportImage","request":{},"upload":{"partSize":"8M"}})")
            << "upload.partSize" << false;
        QTest::newRow("unknown afterImport member")
            << QByteArray(
                   R"({"schemaVersion":1,"name":"x","operation":"ImportSnapshot","request":{},"afterImport":{"registerImage":{"Nam":"x"}}})")
            << "afterImport.registerImage.Nam" << false;
        QTest::newRow("request error")
            << QByteArray(R"({"schemaVersion":1,"name":"x","operation":"ImportImage","request":{"Disk":[]}})")
            << "request.Disk" << false;
        QTest::newRow("no request") << QByteArray(
                                           R"({"schemaVersion":1,"name":"x","operation":"ImportImage"})")
                                    << "request" << false;
    }
    void profileFileErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, field);
        QFETCH(bool, newer);
        const ProfileJson::Read read = ProfileJson::read(file);
        QVERIFY(!read.profile);
        QCOMPARE(read.errors.size(), 1);
        QCOMPARE(read.errors[0].field, field);
        QCOMPARE(read.newerSchema, newer);
    }
};

QTEST_GUILESS_MAIN(TestImportSettings)
#include "tst_import_settings.moc"
