#include "import/ServiceRole.h"

#include "models/AwsNames.h"
#include "models/S3Names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace vmi::import {

namespace {

QJsonArray asArray(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

QJsonObject statement(const QStringList &actions, const QJsonValue &resource)
{
    return {{QStringLiteral("Effect"), QStringLiteral("Allow")},
            {QStringLiteral("Action"), QJsonArray::fromStringList(actions)},
            {QStringLiteral("Resource"), resource}};
}

} // namespace

QString ServiceRole::nameFor(const ImportSettings &settings)
{
    const auto &name = settings.ec2.roleName;
    return name && !name->isEmpty() ? *name : QString::fromLatin1(DefaultName);
}

QJsonObject ServiceRole::trustPolicy()
{
    const QJsonObject condition{
        {QStringLiteral("StringEquals"),
         QJsonObject{{QStringLiteral("sts:Externalid"), QStringLiteral("vmimport")}}}};
    return {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("Effect"), QStringLiteral("Allow")},
                 {QStringLiteral("Principal"),
                  QJsonObject{{QStringLiteral("Service"), QString::fromLatin1(ServicePrincipal)}}},
                 {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")},
                 {QStringLiteral("Condition"), condition}}}}};
}

QJsonObject ServiceRole::rolePolicy(const ImportSettings &settings)
{
    QString partition = partitionOfRegion(settings.region);
    if (partition.isEmpty())
        partition = QStringLiteral("aws");
    QJsonArray bucketResources;
    for (const QString &bucket : importBuckets(settings)) {
        const QString arn = QStringLiteral("arn:%1:s3:::%2").arg(partition, bucket);
        bucketResources.append(arn);
        bucketResources.append(QString(arn + QStringLiteral("/*")));
    }
    QJsonArray statements;
    if (!bucketResources.isEmpty())
        statements.append(statement({QStringLiteral("s3:GetBucketLocation"), QStringLiteral("s3:GetObject"),
                                     QStringLiteral("s3:ListBucket")},
                                    bucketResources));
    statements.append(
        statement({QStringLiteral("ec2:ModifySnapshotAttribute"), QStringLiteral("ec2:CopySnapshot"),
                   QStringLiteral("ec2:RegisterImage"), QStringLiteral("ec2:Describe*")},
                  QStringLiteral("*")));
    if (settings.ec2.encrypted.value_or(false) || !settings.upload.sseKmsKeyId.isEmpty())
        statements.append(
            statement({QStringLiteral("kms:CreateGrant"), QStringLiteral("kms:Decrypt"),
                       QStringLiteral("kms:DescribeKey"), QStringLiteral("kms:Encrypt"),
                       QStringLiteral("kms:GenerateDataKey*"), QStringLiteral("kms:ReEncrypt*")},
                      QStringLiteral("*")));
    if (!settings.ec2.licenseSpecifications.isEmpty())
        statements.append(statement({QStringLiteral("license-manager:GetLicenseConfiguration"),
                                     QStringLiteral("license-manager:UpdateLicenseSpecificationsForResource"),
                                     QStringLiteral("license-manager:ListLicenseSpecificationsForResource")},
                                    QStringLiteral("*")));
    return {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"), statements}};
}

QStringList ServiceRole::importBuckets(const ImportSettings &resolved)
{
    QStringList buckets;
    const auto add = [&](const QString &bucket) {
        if (!bucket.isEmpty() && !buckets.contains(bucket))
            buckets.append(bucket);
    };
    if (resolved.operation == ImportOperation::ImportDiskImage) {
        if (resolved.imageBuilder.uri)
            if (const auto location = parseS3Uri(*resolved.imageBuilder.uri))
                add(location->bucket);
    } else {
        for (const DiskContainer &disk : resolved.ec2.diskContainers) {
            if (disk.userBucket && disk.userBucket->s3Bucket)
                add(*disk.userBucket->s3Bucket);
            else if (disk.url)
                if (const auto location = parseS3Uri(*disk.url))
                    add(location->bucket);
        }
    }
    add(resolved.upload.bucket);
    return buckets;
}

bool ServiceRole::trustsVmImport(const QJsonValue &document)
{
    return trustsService(document, QLatin1String(ServicePrincipal));
}

bool ServiceRole::trustsService(const QJsonValue &document, QLatin1String principal)
{
    QJsonObject policy = document.toObject();
    if (document.isString()) {
        // IAM returns the document URL-encoded; the AWS CLI shows it decoded.
        QString text = document.toString();
        if (!text.trimmed().startsWith(QLatin1Char('{')))
            text = QUrl::fromPercentEncoding(text.toUtf8());
        policy = QJsonDocument::fromJson(text.toUtf8()).object();
    }
    for (const QJsonValue &value : asArray(policy.value(QStringLiteral("Statement")))) {
        const QJsonObject s = value.toObject();
        if (s.value(QStringLiteral("Effect")).toString() != u"Allow")
            continue;
        const QJsonArray actions = asArray(s.value(QStringLiteral("Action")));
        const bool assume = std::any_of(actions.begin(), actions.end(), [](const QJsonValue &a) {
            return a.toString() == u"sts:AssumeRole" || a.toString() == u"sts:*" || a.toString() == u"*";
        });
        const QJsonArray services =
            asArray(s.value(QStringLiteral("Principal")).toObject().value(QStringLiteral("Service")));
        const bool trusted = std::any_of(services.begin(), services.end(), [principal](const QJsonValue &p) {
            return p.toString() == principal;
        });
        if (assume && trusted)
            return true;
    }
    return false;
}

} // namespace vmi::import
