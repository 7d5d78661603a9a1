// Every operation the app calls, model-driven through AwsClient, against real servers: moto
// (S3, IAM, KMS, STS; request authentication on) and the import fake (EC2 import calls and
// Image Builder; every other EC2 action forwarded to moto). Also one test per error class and
// the retries on 5xx and throttling answers injected by the fake.

#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "aws/ProtocolCodec.h"
#include "aws/ServiceModel.h"
#include "support/FakeControl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace vmi::aws;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

struct Outcome
{
    AwsError error;
    QJsonObject output;
    AwsHttpResponse response;
    int attempts = 0;
    bool finished = false;
};

// Waits for a call in a local event loop (the test has nothing else to do meanwhile).
Outcome waitFor(AwsCall *call)
{
    Outcome outcome;
    if (!call->isFinished()) {
        QSignalSpy finished(call, &AwsCall::finished);
        if (!finished.wait(60'000))
            return outcome;
    }
    outcome = {call->error(), call->output(), call->response(), call->attempts(), true};
    call->deleteLater();
    return outcome;
}

QString describe(const Outcome &outcome)
{
    if (!outcome.finished)
        return u"the call did not finish"_s;
    const AwsError &e = outcome.error;
    return u"kind %1, code %2, status %3: %4"_s.arg(int(e.kind)).arg(e.code).arg(e.httpStatus).arg(e.message);
}

} // namespace

#define VERIFY_OK(outcome)                                                                                   \
    QVERIFY2((outcome).finished && !(outcome).error.isError(), qPrintable(describe(outcome)))

class TestAwsOperations : public QObject
{
    Q_OBJECT

    QJsonObject m_moto;
    QJsonObject m_fake;
    QJsonObject m_seed;
    QNetworkAccessManager m_network;

    FakeControl fakeControl() { return FakeControl(&m_network, m_fake[u"controlEndpoint"].toString()); }
    std::unique_ptr<StaticCredentialProvider> m_credentials;
    std::unique_ptr<AwsClient> m_client;
    QString m_objectKey; // a complete object in the seeded bucket, made by s3MultipartUpload

    AwsClientConfig config(const QString &appId) const
    {
        AwsClientConfig config;
        config.region = m_moto[u"region"].toString();
        const QString moto = m_moto[u"endpoint"].toString();
        const QString fake = m_fake[u"endpoint"].toString();
        config.endpoints.perServiceEnvironment = {{AwsService::S3, moto},  {AwsService::Iam, moto},
                                                  {AwsService::Kms, moto}, {AwsService::Sts, moto},
                                                  {AwsService::Ec2, fake}, {AwsService::ImageBuilder, fake}};
        config.baseBackoffMs = 20; // the backoff's shape is tst_retry_policy's; here only its effect
        config.userAgentAppId = appId;
        return config;
    }

    Credentials testKey() const
    {
        return {m_moto[u"accessKeyId"].toString(), m_moto[u"secretAccessKey"].toString(), {}};
    }

    Outcome call(AwsService service, const QString &operation, const QJsonObject &input)
    {
        return waitFor(m_client->call(service, operation, input));
    }

    // Injects `count` errors into the next calls of `action` made by clients with this app id.
    void inject(const QString &appId, const QString &action, int status, const QString &code, int count,
                double delaySeconds = 0)
    {
        QJsonObject rule{
            {u"action"_s, action}, {u"count"_s, count}, {u"userAgentContains"_s, QString(u"app/"_s + appId)}};
        if (!code.isEmpty()) {
            rule.insert(u"status"_s, status);
            rule.insert(u"code"_s, code);
        }
        if (delaySeconds > 0)
            rule.insert(u"delaySeconds"_s, delaySeconds);
        fakeControl().post(u"inject"_s, rule);
    }

    QJsonObject imageRequest() const
    {
        return QJsonObject{
            {u"Description"_s, u"tst_aws_operations"_s},
            {u"Architecture"_s, u"x86_64"_s},
            {u"Platform"_s, u"Linux"_s},
            {u"LicenseType"_s, u"BYOL"_s},
            {u"DiskContainers"_s,
             QJsonArray{
                 QJsonObject{{u"Format"_s, u"raw"_s},
                             {u"UserBucket"_s, QJsonObject{{u"S3Bucket"_s, m_seed[u"bucket"].toString()},
                                                           {u"S3Key"_s, m_objectKey}}}}}},
            {u"TagSpecifications"_s,
             QJsonArray{QJsonObject{{u"ResourceType"_s, u"import-image-task"_s},
                                    {u"Tags"_s, QJsonArray{QJsonObject{{u"Key"_s, u"test"_s},
                                                                       {u"Value"_s, u"operations"_s}}}}}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_moto = readStateFile("VMI_MOTO_STATE");
        m_fake = readStateFile("VMI_IMPORT_FAKE_STATE");

        QProcess seed;
        seed.start(qEnvironmentVariable("VMI_PYTHON"),
                   {qEnvironmentVariable("VMI_MOTO_SEED_SCRIPT"), u"--state"_s,
                    qEnvironmentVariable("VMI_MOTO_STATE"), u"--name"_s, uniqueName(u"vmi-ops-"_s)});
        QVERIFY(seed.waitForFinished(60'000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());
        m_seed = QJsonDocument::fromJson(seed.readAllStandardOutput()).object();
        QVERIFY(!m_seed[u"bucket"].toString().isEmpty());

        m_credentials = std::make_unique<StaticCredentialProvider>(testKey());
        m_client = std::make_unique<AwsClient>(&m_network, m_credentials.get(), config(uniqueName(u"ops"_s)));

        // The import fake refuses imports without the vmimport service role, as EC2 does.
        const Outcome role =
            call(AwsService::Iam, u"CreateRole"_s,
                 QJsonObject{{u"RoleName"_s, u"vmimport"_s},
                             {u"AssumeRolePolicyDocument"_s,
                              QString::fromUtf8(QJsonDocument(json(R"({"Version":"2012-10-17",
                "Statement":[{"Effect":"Allow","Principal":{"Service":"vmie.amazonaws.com"},
                "Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:Externalid":"vmimport"}}}]})"))
                                                    .toJson(QJsonDocument::Compact))}});
        QVERIFY2(!role.error.isError() || role.error.code == u"EntityAlreadyExists",
                 qPrintable(describe(role)));
    }

    void stsGetCallerIdentity()
    {
        const Outcome outcome = call(AwsService::Sts, u"GetCallerIdentity"_s, {});
        VERIFY_OK(outcome);
        QCOMPARE(outcome.output[u"Arn"_s].toString(), m_moto[u"userArn"_s].toString());
        QVERIFY(!outcome.output[u"Account"_s].toString().isEmpty());
        QCOMPARE(outcome.attempts, 1);
    }

    void iamRoleAndStsAssumeRole()
    {
        const QString name = uniqueName(u"vmi-role-"_s);
        const QJsonObject trust{
            {u"Version"_s, u"2012-10-17"_s},
            {u"Statement"_s, QJsonArray{QJsonObject{
                                 {u"Effect"_s, u"Allow"_s},
                                 {u"Principal"_s, QJsonObject{{u"AWS"_s, m_moto[u"userArn"_s].toString()}}},
                                 {u"Action"_s, u"sts:AssumeRole"_s}}}}};
        const Outcome created =
            call(AwsService::Iam, u"CreateRole"_s,
                 {{u"RoleName"_s, name},
                  {u"AssumeRolePolicyDocument"_s,
                   QString::fromUtf8(QJsonDocument(trust).toJson(QJsonDocument::Compact))}});
        VERIFY_OK(created);
        const QString arn = created.output[u"Role"_s][u"Arn"_s].toString();
        QVERIFY(arn.endsWith(u":role/"_s + name));

        const Outcome policy =
            call(AwsService::Iam, u"PutRolePolicy"_s,
                 {{u"RoleName"_s, name},
                  {u"PolicyName"_s, u"read-import-bucket"_s},
                  {u"PolicyDocument"_s,
                   QString::fromUtf8(QJsonDocument(json(R"({"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]})"))
                                         .toJson(QJsonDocument::Compact))}});
        VERIFY_OK(policy);
        QVERIFY(policy.output.isEmpty());

        const Outcome got = call(AwsService::Iam, u"GetRole"_s, {{u"RoleName"_s, name}});
        VERIFY_OK(got);
        QCOMPARE(got.output[u"Role"_s][u"Arn"_s].toString(), arn);

        const Outcome assumed = call(AwsService::Sts, u"AssumeRole"_s,
                                     {{u"RoleArn"_s, arn}, {u"RoleSessionName"_s, u"tst-aws-operations"_s}});
        VERIFY_OK(assumed);
        const QJsonObject keys = assumed.output[u"Credentials"_s].toObject();
        QVERIFY(!keys[u"AccessKeyId"_s].toString().isEmpty());
        QVERIFY(!keys[u"SecretAccessKey"_s].toString().isEmpty());
        QVERIFY(!keys[u"SessionToken"_s].toString().isEmpty());
        QVERIFY(!keys[u"Expiration"_s].toString().isEmpty());

        // A query-protocol error (<ErrorResponse>): 404, not retried.
        const Outcome missing =
            call(AwsService::Iam, u"GetRole"_s, {{u"RoleName"_s, uniqueName(u"none-"_s)}});
        QCOMPARE(missing.error.kind, AwsError::Kind::Service);
        QCOMPARE(missing.error.code, u"NoSuchEntity"_s);
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY(!missing.error.retryable);
        QCOMPARE(missing.attempts, 1);
    }

    void kmsKeyAndAliases()
    {
        const Outcome described =
            call(AwsService::Kms, u"DescribeKey"_s, {{u"KeyId"_s, m_seed[u"alias"_s].toString()}});
        VERIFY_OK(described);
        const QJsonObject metadata = described.output[u"KeyMetadata"_s].toObject();
        QCOMPARE(metadata[u"KeyId"_s].toString(), m_seed[u"keyId"_s].toString());
        QCOMPARE(metadata[u"KeyState"_s].toString(), u"Enabled"_s);
        QCOMPARE(metadata[u"KeySpec"_s].toString(), u"SYMMETRIC_DEFAULT"_s);

        const Outcome aliases =
            call(AwsService::Kms, u"ListAliases"_s, {{u"KeyId"_s, m_seed[u"keyId"_s].toString()}});
        VERIFY_OK(aliases);
        QStringList names;
        for (const QJsonValue &alias : aliases.output[u"Aliases"_s].toArray())
            names.append(alias[u"AliasName"_s].toString());
        QVERIFY2(names.contains(m_seed[u"alias"_s].toString()), qPrintable(names.join(u", "_s)));

        // A JSON-protocol error (__type in the body).
        const Outcome missing =
            call(AwsService::Kms, u"DescribeKey"_s, {{u"KeyId"_s, u"alias/no-such-key"_s}});
        QCOMPARE(missing.error.kind, AwsError::Kind::Service);
        QCOMPARE(missing.error.code, u"NotFoundException"_s);
        QCOMPARE(missing.error.httpStatus, 400);
        QVERIFY(!missing.error.retryable);
    }

    void s3MultipartUpload()
    {
        const QString bucket = m_seed[u"bucket"_s].toString();
        m_objectKey = u"disks/"_s + uniqueName(u"disk-"_s) + u".raw"_s;

        const Outcome buckets = call(AwsService::S3, u"ListBuckets"_s, {});
        VERIFY_OK(buckets);
        QStringList names;
        for (const QJsonValue &b : buckets.output[u"Buckets"_s].toArray())
            names.append(b[u"Name"_s].toString());
        QVERIFY(names.contains(bucket));

        const Outcome location = call(AwsService::S3, u"GetBucketLocation"_s, {{u"Bucket"_s, bucket}});
        VERIFY_OK(location);
        QVERIFY(location.output.contains(u"LocationConstraint"_s)); // null in us-east-1, as in the CLI

        const Outcome created = call(AwsService::S3, u"CreateMultipartUpload"_s,
                                     {{u"Bucket"_s, bucket}, {u"Key"_s, m_objectKey}});
        VERIFY_OK(created);
        const QString uploadId = created.output[u"UploadId"_s].toString();
        QVERIFY(!uploadId.isEmpty());

        // UploadPart's body is the caller's: the codec makes the request, we add the bytes.
        const QByteArray parts[] = {QByteArray(5 * 1024 * 1024, 'a'), QByteArray(123'456, 'b')};
        QJsonArray completed;
        for (int number = 1; number <= 2; ++number) {
            AwsError error;
            AwsHttpRequest request =
                ProtocolCodec::serialize(ServiceModel::forService(AwsService::S3), u"UploadPart"_s,
                                         {{u"Bucket"_s, bucket},
                                          {u"Key"_s, m_objectKey},
                                          {u"PartNumber"_s, number},
                                          {u"UploadId"_s, uploadId}},
                                         &error);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            request.body = parts[number - 1];
            const Outcome sent = waitFor(m_client->send(AwsService::S3, u"UploadPart"_s, request));
            VERIFY_OK(sent);
            // send() hands back the raw answer: UploadPart's result is its ETag header.
            const QString etag = QString::fromLatin1(sent.response.header("ETag"));
            QVERIFY2(etag.startsWith(u'"'), qPrintable(etag));
            completed.append(QJsonObject{{u"ETag"_s, etag}, {u"PartNumber"_s, number}});
        }

        const Outcome listed =
            call(AwsService::S3, u"ListParts"_s,
                 {{u"Bucket"_s, bucket}, {u"Key"_s, m_objectKey}, {u"UploadId"_s, uploadId}});
        VERIFY_OK(listed);
        const QJsonArray listedParts = listed.output[u"Parts"_s].toArray();
        QCOMPARE(listedParts.size(), 2);
        QCOMPARE(listedParts[0][u"Size"_s].toInteger(), parts[0].size());
        QCOMPARE(listedParts[1][u"ETag"_s].toString(), completed[1][u"ETag"_s].toString());

        const Outcome uploads = call(AwsService::S3, u"ListMultipartUploads"_s, {{u"Bucket"_s, bucket}});
        VERIFY_OK(uploads);
        QStringList uploadIds;
        for (const QJsonValue &upload : uploads.output[u"Uploads"_s].toArray())
            uploadIds.append(upload[u"UploadId"_s].toString());
        QVERIFY(uploadIds.contains(uploadId));

        const Outcome done = call(AwsService::S3, u"CompleteMultipartUpload"_s,
                                  {{u"Bucket"_s, bucket},
                                   {u"Key"_s, m_objectKey},
                                   {u"UploadId"_s, uploadId},
                                   {u"MultipartUpload"_s, QJsonObject{{u"Parts"_s, completed}}}});
        VERIFY_OK(done);
        QVERIFY2(done.output[u"ETag"_s].toString().endsWith(u"-2\""_s),
                 qPrintable(done.output[u"ETag"_s].toString()));

        const Outcome head =
            call(AwsService::S3, u"HeadObject"_s, {{u"Bucket"_s, bucket}, {u"Key"_s, m_objectKey}});
        VERIFY_OK(head);
        QCOMPARE(head.output[u"ContentLength"_s].toInteger(), parts[0].size() + parts[1].size());

        // "disks", not "disks/": moto 5.2 verifies a '/' in a query value wrongly (boto3's
        // list_objects_v2(Prefix="disks/") is refused by it just the same).
        const Outcome objects =
            call(AwsService::S3, u"ListObjectsV2"_s, {{u"Bucket"_s, bucket}, {u"Prefix"_s, u"disks"_s}});
        VERIFY_OK(objects);
        QStringList keys;
        for (const QJsonValue &object : objects.output[u"Contents"_s].toArray())
            keys.append(object[u"Key"_s].toString());
        QVERIFY(keys.contains(m_objectKey));

        // A HEAD error has no body: botocore makes the status the code.
        const Outcome missing = call(AwsService::S3, u"HeadObject"_s,
                                     {{u"Bucket"_s, bucket}, {u"Key"_s, u"disks/missing.raw"_s}});
        QCOMPARE(missing.error.kind, AwsError::Kind::Service);
        QCOMPARE(missing.error.code, u"404"_s);
        QCOMPARE(missing.error.httpStatus, 404);
    }

    void s3AbortLeavesNoUpload()
    {
        const QString bucket = m_seed[u"bucket"_s].toString();
        const QString key = u"disks/aborted.raw"_s;
        const Outcome created =
            call(AwsService::S3, u"CreateMultipartUpload"_s, {{u"Bucket"_s, bucket}, {u"Key"_s, key}});
        VERIFY_OK(created);
        const QString uploadId = created.output[u"UploadId"_s].toString();
        const Outcome aborted = call(AwsService::S3, u"AbortMultipartUpload"_s,
                                     {{u"Bucket"_s, bucket}, {u"Key"_s, key}, {u"UploadId"_s, uploadId}});
        VERIFY_OK(aborted);

        const Outcome uploads = call(AwsService::S3, u"ListMultipartUploads"_s, {{u"Bucket"_s, bucket}});
        VERIFY_OK(uploads);
        for (const QJsonValue &upload : uploads.output[u"Uploads"_s].toArray())
            QVERIFY(upload[u"UploadId"_s].toString() != uploadId);

        // An S3 XML error body (<Error><Code>).
        const Outcome gone = call(AwsService::S3, u"ListParts"_s,
                                  {{u"Bucket"_s, bucket}, {u"Key"_s, key}, {u"UploadId"_s, uploadId}});
        QCOMPARE(gone.error.kind, AwsError::Kind::Service);
        QCOMPARE(gone.error.code, u"NoSuchUpload"_s);
        QCOMPARE(gone.error.httpStatus, 404);
    }

    void ec2ImportImageToTaggedAmi()
    {
        QVERIFY2(!m_objectKey.isEmpty(), "s3MultipartUpload makes the disk object");

        QJsonObject dryRun = imageRequest();
        dryRun.insert(u"DryRun"_s, true);
        const Outcome wouldSucceed = call(AwsService::Ec2, u"ImportImage"_s, dryRun);
        QCOMPARE(wouldSucceed.error.code, u"DryRunOperation"_s);
        QCOMPARE(wouldSucceed.error.httpStatus, 412);
        QVERIFY(!wouldSucceed.error.retryable);

        const Outcome submitted = call(AwsService::Ec2, u"ImportImage"_s, imageRequest());
        VERIFY_OK(submitted);
        const QString taskId = submitted.output[u"ImportTaskId"_s].toString();
        QVERIFY(taskId.startsWith(u"import-ami-"_s));
        QCOMPARE(submitted.output[u"Progress"_s].type(), QJsonValue::String); // a string in EC2's model

        QJsonObject task;
        for (int poll = 0; poll < 12 && task[u"Status"_s].toString() != u"completed"_s; ++poll) {
            const Outcome described = call(AwsService::Ec2, u"DescribeImportImageTasks"_s,
                                           {{u"ImportTaskIds"_s, QJsonArray{taskId}}});
            VERIFY_OK(described);
            task = described.output[u"ImportImageTasks"_s][0].toObject();
        }
        QCOMPARE(task[u"Status"_s].toString(), u"completed"_s);
        const QString imageId = task[u"ImageId"_s].toString();
        QVERIFY(imageId.startsWith(u"ami-"_s));
        const QString snapshotId = task[u"SnapshotDetails"_s][0][u"SnapshotId"_s].toString();
        QVERIFY(snapshotId.startsWith(u"snap-"_s));
        QVERIFY(task[u"SnapshotDetails"_s][0][u"DiskImageSize"_s].isDouble());

        // The steps after an import go to moto through the fake.
        const Outcome tagged =
            call(AwsService::Ec2, u"CreateTags"_s,
                 {{u"Resources"_s, QJsonArray{imageId, snapshotId}},
                  {u"Tags"_s, QJsonArray{QJsonObject{{u"Key"_s, u"Name"_s}, {u"Value"_s, u"imported"_s}}}}});
        VERIFY_OK(tagged);
        const Outcome images =
            call(AwsService::Ec2, u"DescribeImages"_s, {{u"ImageIds"_s, QJsonArray{imageId}}});
        VERIFY_OK(images);
        QCOMPARE(images.output[u"Images"_s][0][u"Tags"_s][0][u"Value"_s].toString(), u"imported"_s);
        const Outcome snapshots =
            call(AwsService::Ec2, u"DescribeSnapshots"_s, {{u"SnapshotIds"_s, QJsonArray{snapshotId}}});
        VERIFY_OK(snapshots);
        QCOMPARE(snapshots.output[u"Snapshots"_s][0][u"SnapshotId"_s].toString(), snapshotId);

        const Outcome registered =
            call(AwsService::Ec2, u"RegisterImage"_s,
                 {{u"Name"_s, uniqueName(u"registered-"_s)},
                  {u"RootDeviceName"_s, u"/dev/sda1"_s},
                  {u"BlockDeviceMappings"_s,
                   QJsonArray{QJsonObject{{u"DeviceName"_s, u"/dev/sda1"_s},
                                          {u"Ebs"_s, QJsonObject{{u"SnapshotId"_s, snapshotId}}}}}}});
        VERIFY_OK(registered);
        QVERIFY(registered.output[u"ImageId"_s].toString().startsWith(u"ami-"_s));

        const Outcome regions = call(AwsService::Ec2, u"DescribeRegions"_s, {});
        VERIFY_OK(regions);
        QVERIFY(!regions.output[u"Regions"_s].toArray().isEmpty());
    }

    void ec2ImportSnapshotAndCancel()
    {
        const Outcome submitted =
            call(AwsService::Ec2, u"ImportSnapshot"_s,
                 {{u"Description"_s, u"tst_aws_operations"_s},
                  {u"DiskContainer"_s,
                   QJsonObject{{u"Format"_s, u"RAW"_s},
                               {u"UserBucket"_s, QJsonObject{{u"S3Bucket"_s, m_seed[u"bucket"_s].toString()},
                                                             {u"S3Key"_s, m_objectKey}}}}}});
        VERIFY_OK(submitted);
        const QString taskId = submitted.output[u"ImportTaskId"_s].toString();
        QVERIFY(taskId.startsWith(u"import-snap-"_s));

        const Outcome described = call(AwsService::Ec2, u"DescribeImportSnapshotTasks"_s,
                                       {{u"ImportTaskIds"_s, QJsonArray{taskId}}});
        VERIFY_OK(described);
        QCOMPARE(described.output[u"ImportSnapshotTasks"_s][0][u"ImportTaskId"_s].toString(), taskId);

        const Outcome cancelled = call(AwsService::Ec2, u"CancelImportTask"_s, {{u"ImportTaskId"_s, taskId}});
        VERIFY_OK(cancelled);
        QCOMPARE(cancelled.output[u"ImportTaskId"_s].toString(), taskId);
        QCOMPARE(cancelled.output[u"State"_s].toString(), u"deleting"_s);

        // An EC2 XML error (<Response><Errors>).
        const Outcome unknown = call(AwsService::Ec2, u"DescribeImportSnapshotTasks"_s,
                                     {{u"ImportTaskIds"_s, QJsonArray{u"import-snap-0123456789abcdef0"_s}}});
        QCOMPARE(unknown.error.kind, AwsError::Kind::Service);
        QVERIFY(unknown.error.code.startsWith(u"InvalidConversionTaskId"_s));
        QCOMPARE(unknown.error.httpStatus, 400);
        QVERIFY(!unknown.error.requestId.isEmpty());
    }

    void imageBuilderImportAndCancel()
    {
        const Outcome configurations =
            call(AwsService::ImageBuilder, u"ListInfrastructureConfigurations"_s, {});
        VERIFY_OK(configurations);
        const QString infrastructure =
            configurations.output[u"infrastructureConfigurationSummaryList"_s][0][u"arn"_s].toString();
        QVERIFY(infrastructure.contains(u":infrastructure-configuration/"_s));

        // clientToken is left out: the codec fills it, as the SDKs do.
        const QJsonObject request{
            {u"name"_s, u"win11-operations"_s},
            {u"semanticVersion"_s, u"1.0.0"_s},
            {u"platform"_s, u"Windows"_s},
            {u"osVersion"_s, u"Microsoft Windows 11"_s},
            {u"infrastructureConfigurationArn"_s, infrastructure},
            {u"uri"_s, u"s3://%1/%2"_s.arg(m_seed[u"bucket"_s].toString(), m_objectKey)},
            {u"windowsConfiguration"_s, QJsonObject{{u"imageIndex"_s, 3}}}};
        const Outcome imported = call(AwsService::ImageBuilder, u"ImportDiskImage"_s, request);
        VERIFY_OK(imported);
        const QString arn = imported.output[u"imageBuildVersionArn"_s].toString();
        QVERIFY(arn.contains(u":image/"_s));
        QVERIFY(!imported.output[u"clientToken"_s].toString().isEmpty());

        const Outcome image =
            call(AwsService::ImageBuilder, u"GetImage"_s, {{u"imageBuildVersionArn"_s, arn}});
        VERIFY_OK(image);
        QVERIFY(!image.output[u"image"_s][u"state"_s][u"status"_s].toString().isEmpty());

        const Outcome cancelled =
            call(AwsService::ImageBuilder, u"CancelImageCreation"_s, {{u"imageBuildVersionArn"_s, arn}});
        VERIFY_OK(cancelled);
        QCOMPARE(cancelled.output[u"imageBuildVersionArn"_s].toString(), arn);

        // A REST-JSON error (x-amzn-ErrorType).
        const Outcome missing =
            call(AwsService::ImageBuilder, u"GetImage"_s,
                 {{u"imageBuildVersionArn"_s, QString(arn.left(arn.lastIndexOf(u'/')) + u"/999"_s)}});
        QCOMPARE(missing.error.kind, AwsError::Kind::Service);
        QVERIFY2(missing.error.httpStatus >= 400 && missing.error.httpStatus < 500,
                 qPrintable(describe(missing)));
        QVERIFY(missing.error.code.endsWith(u"Exception"_s));
    }

    void invalidInputSendsNothing()
    {
        QJsonObject request = imageRequest();
        request.insert(u"DiskContainer"_s, u"singular by mistake"_s);
        const Outcome outcome = call(AwsService::Ec2, u"ImportImage"_s, request);
        QCOMPARE(outcome.error.kind, AwsError::Kind::InvalidInput);
        QVERIFY2(outcome.error.message.contains(u"Unknown parameter in input: \"DiskContainer\""_s),
                 qPrintable(outcome.error.message));
        QCOMPARE(outcome.attempts, 0);
    }

    void retriesInjectedServerErrors()
    {
        const QString appId = uniqueName(u"retry5xx"_s);
        AwsClient client(&m_network, m_credentials.get(), config(appId));
        inject(appId, u"DescribeImportImageTasks"_s, 503, u"Unavailable"_s, 2);
        const Outcome outcome = waitFor(client.call(AwsService::Ec2, u"DescribeImportImageTasks"_s, {}));
        VERIFY_OK(outcome);
        QCOMPARE(outcome.attempts, 3);
    }

    void retriesInjectedThrottling()
    {
        const QString appId = uniqueName(u"throttle"_s);
        AwsClient client(&m_network, m_credentials.get(), config(appId));
        inject(appId, u"DescribeImportSnapshotTasks"_s, 503, u"RequestLimitExceeded"_s, 2);
        const Outcome outcome = waitFor(client.call(AwsService::Ec2, u"DescribeImportSnapshotTasks"_s, {}));
        VERIFY_OK(outcome);
        QCOMPARE(outcome.attempts, 3);
    }

    void givesUpAfterMaxAttempts()
    {
        const QString appId = uniqueName(u"giveup"_s);
        AwsClient client(&m_network, m_credentials.get(), config(appId));
        inject(appId, u"DescribeImportImageTasks"_s, 500, u"InternalError"_s, 5);
        const Outcome outcome = waitFor(client.call(AwsService::Ec2, u"DescribeImportImageTasks"_s, {}));
        QCOMPARE(outcome.error.kind, AwsError::Kind::Service);
        QCOMPARE(outcome.error.code, u"InternalError"_s);
        QCOMPARE(outcome.error.httpStatus, 500);
        QVERIFY(outcome.error.retryable);
        QCOMPARE(outcome.attempts, 3);
    }

    void timesOutWhenTheServerStalls()
    {
        const QString appId = uniqueName(u"stall"_s);
        AwsClientConfig stalling = config(appId);
        stalling.inactivityTimeoutMs = 500;
        stalling.maxAttempts = 1;
        AwsClient client(&m_network, m_credentials.get(), stalling);
        inject(appId, u"DescribeImportImageTasks"_s, 0, QString(), 1, 3.0);
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = waitFor(client.call(AwsService::Ec2, u"DescribeImportImageTasks"_s, {}));
        QCOMPARE(outcome.error.kind, AwsError::Kind::Timeout);
        QVERIFY(outcome.error.retryable);
        QVERIFY2(timer.elapsed() < 2900, "the inactivity timeout, not the server, ended the call");
    }

    void networkErrorsAreRetried()
    {
        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        AwsClientConfig unreachable = config(uniqueName(u"refused"_s));
        unreachable.endpoints.perServiceEnvironment[AwsService::Sts] = u"http://127.0.0.1:%1"_s.arg(port);
        AwsClient client(&m_network, m_credentials.get(), unreachable);
        const Outcome outcome = waitFor(client.call(AwsService::Sts, u"GetCallerIdentity"_s, {}));
        QCOMPARE(outcome.error.kind, AwsError::Kind::Network);
        QVERIFY(outcome.error.retryable);
        QCOMPARE(outcome.attempts, 3);
    }

    void wrongSecretIsRefusedOnce()
    {
        Credentials wrong = testKey();
        wrong.secretAccessKey += u"x"_s;
        StaticCredentialProvider provider(wrong);
        AwsClient client(&m_network, &provider, config(uniqueName(u"wrong"_s)));
        const Outcome outcome = waitFor(client.call(AwsService::Ec2, u"DescribeImportImageTasks"_s, {}));
        QCOMPARE(outcome.error.kind, AwsError::Kind::Service);
        QCOMPARE(outcome.error.code, u"AuthFailure"_s);
        QCOMPARE(outcome.error.httpStatus, 401);
        QVERIFY(!outcome.error.retryable);
        QCOMPARE(outcome.attempts, 1);
    }

    void missingCredentialsSendNothing()
    {
        StaticCredentialProvider none(Credentials{});
        AwsClient client(&m_network, &none, config(uniqueName(u"nokeys"_s)));
        const Outcome outcome = waitFor(client.call(AwsService::Sts, u"GetCallerIdentity"_s, {}));
        QCOMPARE(outcome.error.kind, AwsError::Kind::Credentials);
        QVERIFY(!outcome.error.retryable);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_credentials.reset();
    }
};

QTEST_GUILESS_MAIN(TestAwsOperations)
#include "tst_aws_operations.moc"
