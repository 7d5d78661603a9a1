#include "models/Ec2RequestJson.h"

#include "models/RequestReader.h"

#include <QJsonArray>

namespace vmi {

namespace {

QString member(const char *name)
{
    return QString::fromLatin1(name);
}

bool isImage(ImportOperation operation)
{
    return operation == ImportOperation::ImportImage;
}

QStringList diskMemberNames(ImportOperation operation)
{
    if (isImage(operation))
        return {member("Description"), member("DeviceName"), member("Format"),
                member("SnapshotId"),  member("Url"),        member("UserBucket")};
    return {member("Description"), member("Format"), member("Url"), member("UserBucket")};
}

// --- writing ---

QJsonObject writeDisk(ImportOperation operation, const DiskContainer &disk)
{
    QJsonObject json;
    putString(json, member("Description"), disk.description);
    putString(json, member("Format"), disk.format);
    putString(json, member("Url"), disk.url);
    if (isImage(operation)) {
        putString(json, member("DeviceName"), disk.deviceName);
        putString(json, member("SnapshotId"), disk.snapshotId);
    }
    if (disk.userBucket) {
        QJsonObject bucket;
        putString(bucket, member("S3Bucket"), disk.userBucket->s3Bucket);
        putString(bucket, member("S3Key"), disk.userBucket->s3Key);
        json.insert(member("UserBucket"), bucket);
    }
    return json;
}

QJsonObject writeClientData(const ClientData &data)
{
    QJsonObject json;
    putString(json, member("Comment"), data.comment);
    putTimestamp(json, member("UploadEnd"), data.uploadEnd);
    putDouble(json, member("UploadSize"), data.uploadSize);
    putTimestamp(json, member("UploadStart"), data.uploadStart);
    return json;
}

QJsonArray writeTagSpecifications(const QList<TagSpecification> &specifications)
{
    QJsonArray list;
    for (const TagSpecification &specification : specifications) {
        QJsonObject json;
        putString(json, member("ResourceType"), specification.resourceType);
        if (!specification.tags.isEmpty()) {
            QJsonArray tags;
            for (const Tag &tag : specification.tags) {
                QJsonObject tagJson;
                putString(tagJson, member("Key"), tag.key);
                putString(tagJson, member("Value"), tag.value);
                tags.append(tagJson);
            }
            json.insert(member("Tags"), tags);
        }
        list.append(json);
    }
    return list;
}

// --- reading ---

class Ec2Reader
{
public:
    Ec2Reader(ImportOperation operation, DiagnosticSink &errors)
        : m_operation(operation)
        , m_read(errors)
    {}

    Ec2ImportRequest read(const QJsonObject &json)
    {
        m_read.rejectUnknown(json, {}, Ec2RequestJson::memberNames(m_operation));
        Ec2ImportRequest request;
        request.clientToken = m_read.string(json, {}, member("ClientToken"));
        request.description = m_read.string(json, {}, member("Description"));
        request.dryRun = m_read.boolean(json, {}, member("DryRun"));
        request.encrypted = m_read.boolean(json, {}, member("Encrypted"));
        request.kmsKeyId = m_read.string(json, {}, member("KmsKeyId"));
        request.roleName = m_read.string(json, {}, member("RoleName"));
        if (const auto data = m_read.object(json, {}, member("ClientData")))
            request.clientData = readClientData(*data, member("ClientData"));
        request.tagSpecifications = readTagSpecifications(json);
        if (isImage(m_operation)) {
            request.architecture = m_read.string(json, {}, member("Architecture"));
            request.hypervisor = m_read.string(json, {}, member("Hypervisor"));
            request.licenseType = m_read.string(json, {}, member("LicenseType"));
            request.platform = m_read.string(json, {}, member("Platform"));
            request.usageOperation = m_read.string(json, {}, member("UsageOperation"));
            request.bootMode = m_read.string(json, {}, member("BootMode"));
            request.licenseSpecifications = readLicenseSpecifications(json);
            if (const auto disks = m_read.array(json, {}, member("DiskContainers"))) {
                for (qsizetype i = 0; i < disks->size(); ++i) {
                    const QString path = RequestReader::indexed(member("DiskContainers"), i);
                    if (const auto disk = m_read.element(disks->at(i), path))
                        request.diskContainers.append(readDisk(*disk, path));
                }
            }
        } else if (const auto disk = m_read.object(json, {}, member("DiskContainer"))) {
            request.diskContainers.append(readDisk(*disk, member("DiskContainer")));
        }
        return request;
    }

private:
    DiskContainer readDisk(const QJsonObject &json, const QString &path)
    {
        m_read.rejectUnknown(json, path, diskMemberNames(m_operation));
        DiskContainer disk;
        disk.description = m_read.string(json, path, member("Description"));
        disk.format = m_read.string(json, path, member("Format"));
        disk.url = m_read.string(json, path, member("Url"));
        if (isImage(m_operation)) {
            disk.deviceName = m_read.string(json, path, member("DeviceName"));
            disk.snapshotId = m_read.string(json, path, member("SnapshotId"));
        }
        if (const auto bucket = m_read.object(json, path, member("UserBucket"))) {
            const QString bucketPath = RequestReader::join(path, member("UserBucket"));
            m_read.rejectUnknown(*bucket, bucketPath, {member("S3Bucket"), member("S3Key")});
            disk.userBucket = UserBucket{m_read.string(*bucket, bucketPath, member("S3Bucket")),
                                         m_read.string(*bucket, bucketPath, member("S3Key"))};
        }
        return disk;
    }

    ClientData readClientData(const QJsonObject &json, const QString &path)
    {
        m_read.rejectUnknown(
            json, path,
            {member("Comment"), member("UploadEnd"), member("UploadSize"), member("UploadStart")});
        ClientData data;
        data.comment = m_read.string(json, path, member("Comment"));
        data.uploadEnd = m_read.timestamp(json, path, member("UploadEnd"));
        data.uploadSize = m_read.number(json, path, member("UploadSize"));
        data.uploadStart = m_read.timestamp(json, path, member("UploadStart"));
        return data;
    }

    QList<LicenseSpecification> readLicenseSpecifications(const QJsonObject &json)
    {
        QList<LicenseSpecification> specifications;
        const auto list = m_read.array(json, {}, member("LicenseSpecifications"));
        for (qsizetype i = 0; list && i < list->size(); ++i) {
            const QString path = RequestReader::indexed(member("LicenseSpecifications"), i);
            if (const auto item = m_read.element(list->at(i), path)) {
                m_read.rejectUnknown(*item, path, {member("LicenseConfigurationArn")});
                specifications.append({m_read.string(*item, path, member("LicenseConfigurationArn"))});
            }
        }
        return specifications;
    }

    QList<TagSpecification> readTagSpecifications(const QJsonObject &json)
    {
        QList<TagSpecification> specifications;
        const auto list = m_read.array(json, {}, member("TagSpecifications"));
        for (qsizetype i = 0; list && i < list->size(); ++i) {
            const QString path = RequestReader::indexed(member("TagSpecifications"), i);
            const auto item = m_read.element(list->at(i), path);
            if (!item)
                continue;
            m_read.rejectUnknown(*item, path, {member("ResourceType"), member("Tags")});
            TagSpecification specification{m_read.string(*item, path, member("ResourceType")), {}};
            const auto tags = m_read.array(*item, path, member("Tags"));
            for (qsizetype t = 0; tags && t < tags->size(); ++t) {
                const QString tagPath = RequestReader::indexed(RequestReader::join(path, member("Tags")), t);
                if (const auto tag = m_read.element(tags->at(t), tagPath)) {
                    m_read.rejectUnknown(*tag, tagPath, {member("Key"), member("Value")});
                    specification.tags.append({m_read.string(*tag, tagPath, member("Key")),
                                               m_read.string(*tag, tagPath, member("Value"))});
                }
            }
            specifications.append(specification);
        }
        return specifications;
    }

    ImportOperation m_operation;
    RequestReader m_read;
};

} // namespace

QStringList Ec2RequestJson::memberNames(ImportOperation operation)
{
    if (isImage(operation))
        return {member("Architecture"),
                member("ClientData"),
                member("ClientToken"),
                member("Description"),
                member("DiskContainers"),
                member("DryRun"),
                member("Encrypted"),
                member("Hypervisor"),
                member("KmsKeyId"),
                member("LicenseType"),
                member("Platform"),
                member("RoleName"),
                member("LicenseSpecifications"),
                member("TagSpecifications"),
                member("UsageOperation"),
                member("BootMode")};
    return {member("ClientData"),    member("ClientToken"), member("Description"),
            member("DiskContainer"), member("DryRun"),      member("Encrypted"),
            member("KmsKeyId"),      member("RoleName"),    member("TagSpecifications")};
}

QJsonObject Ec2RequestJson::write(ImportOperation operation, const Ec2ImportRequest &request)
{
    QJsonObject json;
    putString(json, member("ClientToken"), request.clientToken);
    putString(json, member("Description"), request.description);
    putBool(json, member("DryRun"), request.dryRun);
    putBool(json, member("Encrypted"), request.encrypted);
    putString(json, member("KmsKeyId"), request.kmsKeyId);
    putString(json, member("RoleName"), request.roleName);
    if (request.clientData)
        json.insert(member("ClientData"), writeClientData(*request.clientData));
    if (!request.tagSpecifications.isEmpty())
        json.insert(member("TagSpecifications"), writeTagSpecifications(request.tagSpecifications));

    if (!isImage(operation)) {
        if (!request.diskContainers.isEmpty())
            json.insert(member("DiskContainer"), writeDisk(operation, request.diskContainers.first()));
        return json;
    }
    putString(json, member("Architecture"), request.architecture);
    putString(json, member("Hypervisor"), request.hypervisor);
    putString(json, member("LicenseType"), request.licenseType);
    putString(json, member("Platform"), request.platform);
    putString(json, member("UsageOperation"), request.usageOperation);
    putString(json, member("BootMode"), request.bootMode);
    if (!request.diskContainers.isEmpty()) {
        QJsonArray disks;
        for (const DiskContainer &disk : request.diskContainers)
            disks.append(writeDisk(operation, disk));
        json.insert(member("DiskContainers"), disks);
    }
    if (!request.licenseSpecifications.isEmpty()) {
        QJsonArray list;
        for (const LicenseSpecification &specification : request.licenseSpecifications) {
            QJsonObject item;
            putString(item, member("LicenseConfigurationArn"), specification.licenseConfigurationArn);
            list.append(item);
        }
        json.insert(member("LicenseSpecifications"), list);
    }
    return json;
}

Ec2ImportRequest Ec2RequestJson::read(ImportOperation operation, const QJsonObject &json,
                                      DiagnosticSink &errors)
{
    return Ec2Reader(operation, errors).read(json);
}

} // namespace vmi
