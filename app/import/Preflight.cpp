#include "import/Preflight.h"

#include "aws/AwsClient.h"
#include "import/ServiceRole.h"
#include "models/RequestJson.h"
#include "models/S3Names.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vmi::import {

using aws::AwsCall;
using aws::AwsService;
using State = PreflightCheck::State;

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// GetBucketLocation's LocationConstraint: null or "" for us-east-1, "EU" for eu-west-1.
QString bucketRegion(const QJsonValue &constraint)
{
    const QString value = constraint.toString();
    if (value.isEmpty())
        return QStringLiteral("us-east-1");
    if (value == u"EU")
        return QStringLiteral("eu-west-1");
    return value;
}

} // namespace

Preflight::Preflight(aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

Preflight::~Preflight()
{
    cancel();
}

void Preflight::start(const ImportSettings &resolved)
{
    cancel();
    m_checks.clear();
    m_roleMissing = false;
    if (!m_client)
        return;
    checkPermissions(resolved);
    checkRole(resolved);
    for (const QString &bucket : ServiceRole::importBuckets(resolved))
        checkBucket(bucket, resolved.region);
    if (resolved.operation != ImportOperation::ImportDiskImage && resolved.ec2.encrypted.value_or(false) &&
        resolved.ec2.kmsKeyId && !resolved.ec2.kmsKeyId->isEmpty())
        checkKmsKey(*resolved.ec2.kmsKeyId);
    const QStringList &files = resolved.upload.localFiles;
    const auto hasLocalFile = [&](qsizetype i) {
        return i < files.size() && !files[i].isEmpty();
    };
    if (resolved.operation == ImportOperation::ImportDiskImage) {
        if (!hasLocalFile(0) && resolved.imageBuilder.uri)
            if (const auto location = parseS3Uri(*resolved.imageBuilder.uri))
                checkObject(location->bucket, location->key);
    } else {
        for (qsizetype i = 0; i < resolved.ec2.diskContainers.size(); ++i) {
            const DiskContainer &disk = resolved.ec2.diskContainers[i];
            if (!hasLocalFile(i) && disk.userBucket && disk.userBucket->s3Bucket && disk.userBucket->s3Key)
                checkObject(*disk.userBucket->s3Bucket, *disk.userBucket->s3Key);
        }
    }
    if (m_calls.isEmpty())
        Q_EMIT finished();
}

void Preflight::cancel()
{
    // abort() finishes a call synchronously; the tracked callbacks then see Cancelled.
    const QList<QPointer<AwsCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<AwsCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
}

bool Preflight::hasFailures() const
{
    return std::any_of(m_checks.cbegin(), m_checks.cend(),
                       [](const PreflightCheck &c) { return c.state == State::Failed; });
}

int Preflight::add(const QString &id, const QString &title)
{
    m_checks.append({id, title, State::Running, tr("Asking AWS…")});
    Q_EMIT checkChanged(int(m_checks.size() - 1));
    return int(m_checks.size() - 1);
}

void Preflight::settle(int index, State state, const QString &message)
{
    m_checks[index].state = state;
    m_checks[index].message = message;
    Q_EMIT checkChanged(index);
}

void Preflight::track(AwsCall *call, std::function<void(AwsCall *)> done)
{
    m_calls.append(call);
    connect(call, &AwsCall::finished, this, [this, call, done = std::move(done)] {
        m_calls.removeAll(call);
        done(call);
        if (m_calls.isEmpty())
            Q_EMIT finished();
    });
}

void Preflight::checkPermissions(const ImportSettings &settings)
{
    if (settings.operation == ImportOperation::ImportDiskImage)
        return; // Image Builder has no DryRun; the execution role check stands in.
    const QString operation = apiName(settings.operation);
    const int index = add(QStringLiteral("permissions"), tr("Permission to call %1").arg(operation));
    QJsonObject request = RequestJson::write(settings);
    request.insert(QStringLiteral("DryRun"), true);
    track(m_client->call(AwsService::Ec2, operation, request), [this, index, operation](AwsCall *call) {
        const aws::AwsError &error = call->error();
        // A dry run that would succeed answers with the DryRunOperation error (HTTP 412).
        if (error.code == u"DryRunOperation")
            settle(index, State::Passed, tr("You may call %1.").arg(operation));
        else if (error.code == u"UnauthorizedOperation")
            settle(index, State::Failed,
                   tr("Your identity may not call ec2:%1. Ask your administrator for the permission.")
                       .arg(operation));
        else if (!error.isError())
            settle(index, State::Warning, tr("The dry run started an import; this should not happen."));
        else
            settle(index, State::Failed, error.toCliText());
    });
}

void Preflight::checkRole(const ImportSettings &settings)
{
    if (settings.operation == ImportOperation::ImportDiskImage) {
        checkImageBuilderRole(settings);
        return;
    }
    const QString name = ServiceRole::nameFor(settings).section(QLatin1Char('/'), -1);
    const int index = add(QStringLiteral("role"), tr("Service role %1").arg(name));
    track(m_client->call(AwsService::Iam, QStringLiteral("GetRole"), {{QStringLiteral("RoleName"), name}}),
          [this, index, name](AwsCall *call) {
              const aws::AwsError &error = call->error();
              if (error.code == u"NoSuchEntity") {
                  m_roleMissing = true;
                  settle(index, State::Failed,
                         tr("The role %1 does not exist. VM Import/Export needs it to read your disks.")
                             .arg(name));
              } else if (error.isError()) {
                  settle(index, State::Warning, tr("Cannot check the role: %1").arg(error.toCliText()));
              } else if (!ServiceRole::trustsVmImport(call->output()[QStringLiteral("Role")].toObject().value(
                             QStringLiteral("AssumeRolePolicyDocument")))) {
                  settle(
                      index, State::Failed,
                      tr("The role %1 does not trust vmie.amazonaws.com, so VM Import/Export cannot use it.")
                          .arg(name));
              } else {
                  settle(index, State::Passed, tr("The role %1 exists.").arg(name));
              }
          });
}

// ImportDiskImage's executionRole is "the IAM role you create that grants Image Builder access
// to perform workflow actions" (its API reference); Image Builder assumes it as the service
// principal imagebuilder.amazonaws.com, like its workflow execution roles. Without one, Image
// Builder works through its service-linked role AWSServiceRoleForImageBuilder, which it makes
// itself the first time it builds or imports an image.
void Preflight::checkImageBuilderRole(const ImportSettings &settings)
{
    static const QLatin1String principal("imagebuilder.amazonaws.com");
    static const QString serviceLinkedRole = QStringLiteral("AWSServiceRoleForImageBuilder");
    const QString named = settings.imageBuilder.executionRole.value_or(QString());
    const bool serviceLinked = named.isEmpty();
    const QString name = serviceLinked ? serviceLinkedRole : named.section(QLatin1Char('/'), -1);
    const int index = add(QStringLiteral("role"), serviceLinked ? tr("Image Builder's service-linked role")
                                                                : tr("Execution role %1").arg(name));
    track(m_client->call(AwsService::Iam, QStringLiteral("GetRole"), {{QStringLiteral("RoleName"), name}}),
          [this, index, name, serviceLinked](AwsCall *call) {
              const aws::AwsError &error = call->error();
              if (error.code == u"NoSuchEntity" && serviceLinked)
                  settle(index, State::Warning,
                         tr("There is no %1 yet. Image Builder creates it with the first import if your "
                            "identity may call iam:CreateServiceLinkedRole; or name an execution role.")
                             .arg(name));
              else if (error.code == u"NoSuchEntity")
                  settle(index, State::Failed,
                         tr("The execution role %1 does not exist. Create it with a trust policy that lets "
                            "imagebuilder.amazonaws.com assume it, or leave the field empty to use Image "
                            "Builder's service-linked role.")
                             .arg(name));
              else if (error.isError())
                  settle(index, State::Warning, tr("Cannot check the role: %1").arg(error.toCliText()));
              else if (!ServiceRole::trustsService(call->output()[QStringLiteral("Role")].toObject().value(
                                                       QStringLiteral("AssumeRolePolicyDocument")),
                                                   principal))
                  settle(index, State::Failed,
                         tr("The role %1 does not trust imagebuilder.amazonaws.com (its trust policy has no "
                            "Allow of sts:AssumeRole for that service), so Image Builder cannot use it.")
                             .arg(name));
              else
                  settle(index, State::Passed,
                         tr("The role %1 exists and trusts imagebuilder.amazonaws.com.").arg(name));
          });
}

void Preflight::checkBucket(const QString &bucket, const QString &region)
{
    const int index = add(QStringLiteral("bucket:") + bucket, tr("Bucket %1").arg(bucket));
    track(
        m_client->call(AwsService::S3, QStringLiteral("GetBucketLocation"),
                       {{QStringLiteral("Bucket"), bucket}}),
        [this, index, bucket, region](AwsCall *call) {
            const aws::AwsError &error = call->error();
            if (error.code == u"NoSuchBucket")
                settle(index, State::Failed, tr("The bucket %1 does not exist.").arg(bucket));
            else if (error.isError())
                settle(index, State::Warning,
                       tr("Cannot find the bucket's Region: %1").arg(error.toCliText()));
            else if (const QString where = bucketRegion(call->output()[QStringLiteral("LocationConstraint")]);
                     where != region)
                settle(index, State::Failed,
                       tr("The bucket is in %1, the import in %2: VM Import/Export reads only buckets in the "
                          "import's Region.")
                           .arg(where, region));
            else
                settle(index, State::Passed, tr("The bucket is in %1.").arg(where));
        });
}

void Preflight::checkKmsKey(const QString &keyId)
{
    const int index = add(QStringLiteral("kms"), tr("KMS key %1").arg(keyId));
    track(m_client->call(AwsService::Kms, QStringLiteral("DescribeKey"), {{QStringLiteral("KeyId"), keyId}}),
          [this, index](AwsCall *call) {
              const aws::AwsError &error = call->error();
              const QJsonObject key = call->output()[QStringLiteral("KeyMetadata")].toObject();
              if (error.code == u"NotFoundException")
                  settle(index, State::Failed, tr("There is no such key in this Region."));
              else if (error.isError())
                  settle(index, State::Warning, tr("Cannot check the key: %1").arg(error.toCliText()));
              else if (key[QStringLiteral("KeyState")].toString() != u"Enabled")
                  settle(index, State::Failed,
                         tr("The key is %1, not Enabled.").arg(key[QStringLiteral("KeyState")].toString()));
              else if (key[QStringLiteral("KeySpec")].toString(QStringLiteral("SYMMETRIC_DEFAULT")) !=
                           u"SYMMETRIC_DEFAULT" ||
                       key[QStringLiteral("KeyUsage")].toString(QStringLiteral("ENCRYPT_DECRYPT")) !=
                           u"ENCRYPT_DECRYPT")
                  settle(index, State::Failed, tr("EBS encryption needs a symmetric ENCRYPT_DECRYPT key."));
              else
                  settle(index, State::Passed, tr("The key is enabled and symmetric."));
          });
}

void Preflight::checkObject(const QString &bucket, const QString &key)
{
    const QString where = QStringLiteral("s3://%1/%2").arg(bucket, key);
    const int index = add(QStringLiteral("object:%1/%2").arg(bucket, key), tr("Object %1").arg(where));
    track(m_client->call(AwsService::S3, QStringLiteral("HeadObject"),
                         {{QStringLiteral("Bucket"), bucket}, {QStringLiteral("Key"), key}}),
          [this, index, where](AwsCall *call) {
              const aws::AwsError &error = call->error();
              if (error.httpStatus == 404)
                  settle(index, State::Failed, tr("%1 does not exist.").arg(where));
              else if (error.isError())
                  settle(index, State::Warning, tr("Cannot check the object: %1").arg(error.toCliText()));
              else
                  settle(index, State::Passed,
                         tr("%1 exists (%L2 bytes).")
                             .arg(where)
                             .arg(call->output()[QStringLiteral("ContentLength")].toInteger()));
          });
}

void Preflight::createRole(const ImportSettings &resolved)
{
    if (!m_client)
        return;
    const QString name = ServiceRole::nameFor(resolved);
    const QJsonObject input{{QStringLiteral("RoleName"), name},
                            {QStringLiteral("AssumeRolePolicyDocument"), compact(ServiceRole::trustPolicy())},
                            {QStringLiteral("Description"), tr("VM Import/Export service role")}};
    const QString policy = compact(ServiceRole::rolePolicy(resolved));
    AwsCall *create = m_client->call(AwsService::Iam, QStringLiteral("CreateRole"), input);
    connect(create, &AwsCall::finished, this, [this, create, name, policy] {
        if (create->error().isError() && create->error().code != u"EntityAlreadyExists") {
            Q_EMIT roleCreated(false, create->error().toCliText());
            return;
        }
        AwsCall *put =
            m_client->call(AwsService::Iam, QStringLiteral("PutRolePolicy"),
                           {{QStringLiteral("RoleName"), name},
                            {QStringLiteral("PolicyName"), QString::fromLatin1(ServiceRole::PolicyName)},
                            {QStringLiteral("PolicyDocument"), policy}});
        connect(put, &AwsCall::finished, this, [this, put, name] {
            if (put->error().isError())
                Q_EMIT roleCreated(false, put->error().toCliText());
            else
                Q_EMIT roleCreated(
                    true, tr("Created the role %1. IAM may take a minute to make it usable.").arg(name));
        });
    });
}

} // namespace vmi::import
