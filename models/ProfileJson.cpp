#include "models/ProfileJson.h"

#include "models/PresignedUrl.h"
#include "models/RequestJson.h"
#include "models/RequestReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::ProfileJson)
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void putNonEmpty(QJsonObject &json, const QString &member, const QString &value)
{
    if (!value.isEmpty())
        json.insert(member, value);
}

QJsonObject writeUpload(const UploadSettings &upload)
{
    QJsonObject json;
    putNonEmpty(json, key("bucket"), upload.bucket);
    putNonEmpty(json, key("keyPrefix"), upload.keyPrefix);
    if (!upload.localFiles.isEmpty())
        json.insert(key("localFiles"), QJsonArray::fromStringList(upload.localFiles));
    if (upload.partSize != 0)
        json.insert(key("partSize"), upload.partSize);
    if (upload.concurrency != 0)
        json.insert(key("concurrency"), upload.concurrency);
    if (upload.maxBandwidth != 0)
        json.insert(key("maxBandwidth"), upload.maxBandwidth);
    putNonEmpty(json, key("storageClass"), upload.storageClass);
    putNonEmpty(json, key("serverSideEncryption"), upload.serverSideEncryption);
    putNonEmpty(json, key("sseKmsKeyId"), upload.sseKmsKeyId);
    putNonEmpty(json, key("checksumAlgorithm"), upload.checksumAlgorithm);
    return json;
}

// RegisterImage's member names, in its model's order.
QJsonObject writeRegisterImage(const RegisterImageSettings &image)
{
    QJsonObject json;
    putString(json, key("BootMode"), image.bootMode);
    putString(json, key("TpmSupport"), image.tpmSupport);
    putString(json, key("ImdsSupport"), image.imdsSupport);
    putString(json, key("Name"), image.name);
    putString(json, key("Description"), image.description);
    putString(json, key("Architecture"), image.architecture);
    putString(json, key("RootDeviceName"), image.rootDeviceName);
    putString(json, key("VolumeType"), image.volumeType);
    putBool(json, key("EnaSupport"), image.enaSupport);
    return json;
}

QJsonObject writeAfterImport(const AfterImportSettings &after)
{
    QJsonObject json;
    if (after.tagImageAndSnapshots)
        json.insert(key("tagImageAndSnapshots"), true);
    if (after.deleteUploadedObjects)
        json.insert(key("deleteUploadedObjects"), true);
    if (after.registerImage)
        json.insert(key("registerImage"), writeRegisterImage(*after.registerImage));
    return json;
}

// Reads the non-request parts; request errors are prefixed with "request." by the caller.
class ProfileReader
{
public:
    explicit ProfileReader(DiagnosticSink &errors)
        : m_errors(errors)
        , m_read(errors)
    {}

    std::optional<QString> text(const QJsonObject &json, const QString &path, const char *member)
    {
        return m_read.string(json, path, key(member));
    }

    UploadSettings upload(const QJsonObject &json)
    {
        const QString path = key("upload");
        m_read.rejectUnknown(json, path,
                             {key("bucket"), key("keyPrefix"), key("localFiles"), key("partSize"),
                              key("concurrency"), key("maxBandwidth"), key("storageClass"),
                              key("serverSideEncryption"), key("sseKmsKeyId"), key("checksumAlgorithm")});
        UploadSettings upload;
        upload.bucket = text(json, path, "bucket").value_or(QString());
        upload.keyPrefix = text(json, path, "keyPrefix").value_or(QString());
        upload.storageClass = text(json, path, "storageClass").value_or(QString());
        upload.serverSideEncryption = text(json, path, "serverSideEncryption").value_or(QString());
        upload.sseKmsKeyId = text(json, path, "sseKmsKeyId").value_or(QString());
        upload.checksumAlgorithm = text(json, path, "checksumAlgorithm").value_or(QString());
        upload.partSize = m_read.integer(json, path, key("partSize")).value_or(0);
        upload.maxBandwidth = m_read.integer(json, path, key("maxBandwidth")).value_or(0);
        if (upload.maxBandwidth < 0)
            m_errors.error(RequestReader::join(path, key("maxBandwidth")),
                           Tr::tr("The bandwidth limit is bytes per second: 0 (no limit) or more."));
        const qint64 concurrency = m_read.integer(json, path, key("concurrency")).value_or(0);
        if (concurrency < 0 || concurrency > 10000)
            m_errors.error(RequestReader::join(path, key("concurrency")),
                           Tr::tr("The concurrency is out of range."));
        else
            upload.concurrency = int(concurrency);
        const auto files = m_read.array(json, path, key("localFiles"));
        for (qsizetype i = 0; files && i < files->size(); ++i) {
            const auto file =
                m_read.stringValue(files->at(i), RequestReader::indexed(path + key(".localFiles"), i));
            upload.localFiles.append(file.value_or(QString()));
        }
        return upload;
    }

    AfterImportSettings afterImport(const QJsonObject &json)
    {
        const QString path = key("afterImport");
        m_read.rejectUnknown(
            json, path, {key("tagImageAndSnapshots"), key("deleteUploadedObjects"), key("registerImage")});
        AfterImportSettings after;
        after.tagImageAndSnapshots = m_read.boolean(json, path, key("tagImageAndSnapshots")).value_or(false);
        after.deleteUploadedObjects =
            m_read.boolean(json, path, key("deleteUploadedObjects")).value_or(false);
        if (const auto image = m_read.object(json, path, key("registerImage")))
            after.registerImage = registerImage(*image, RequestReader::join(path, key("registerImage")));
        return after;
    }

private:
    RegisterImageSettings registerImage(const QJsonObject &json, const QString &path)
    {
        m_read.rejectUnknown(json, path,
                             {key("BootMode"), key("TpmSupport"), key("ImdsSupport"), key("Name"),
                              key("Description"), key("Architecture"), key("RootDeviceName"),
                              key("VolumeType"), key("EnaSupport")});
        RegisterImageSettings image;
        image.bootMode = m_read.string(json, path, key("BootMode"));
        image.tpmSupport = m_read.string(json, path, key("TpmSupport"));
        image.imdsSupport = m_read.string(json, path, key("ImdsSupport"));
        image.name = m_read.string(json, path, key("Name"));
        image.description = m_read.string(json, path, key("Description"));
        image.architecture = m_read.string(json, path, key("Architecture"));
        image.rootDeviceName = m_read.string(json, path, key("RootDeviceName"));
        image.volumeType = m_read.string(json, path, key("VolumeType"));
        image.enaSupport = m_read.boolean(json, path, key("EnaSupport"));
        return image;
    }

    DiagnosticSink &m_errors;
    RequestReader m_read;
};
} // namespace

bool ProfileJson::isProfile(const QJsonObject &json)
{
    return json.contains(key("schemaVersion"));
}

ProfileJson::Written ProfileJson::write(const Profile &profile)
{
    Written written;
    ImportSettings settings = profile.settings;
    for (qsizetype i = 0; i < settings.ec2.diskContainers.size(); ++i) {
        std::optional<QString> &url = settings.ec2.diskContainers[i].url;
        if (url && PresignedUrl::hasCredentials(*url)) {
            url = PresignedUrl::withoutCredentials(*url);
            written.notes.append(
                Tr::tr("DiskContainers[%1].Url: the presigned URL's signature and credentials are "
                       "not saved; sign it again before the import, or use an s3:// URL.")
                    .arg(i));
        }
    }
    QJsonObject &json = written.json;
    json.insert(key("schemaVersion"), SchemaVersion);
    json.insert(key("name"), profile.name);
    json.insert(key("operation"), apiName(settings.operation));
    putNonEmpty(json, key("region"), settings.region);
    putNonEmpty(json, key("awsProfile"), settings.awsProfile);
    if (const QJsonObject upload = writeUpload(settings.upload); !upload.isEmpty())
        json.insert(key("upload"), upload);
    json.insert(key("request"), RequestJson::write(settings));
    if (const QJsonObject after = writeAfterImport(settings.afterImport); !after.isEmpty())
        json.insert(key("afterImport"), after);
    return written;
}

ProfileJson::Read ProfileJson::read(const QByteArray &fileContent)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(fileContent, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Read result;
        result.errors.append({{},
                              Diagnostic::Severity::Error,
                              Tr::tr("The file is not valid JSON: %1 at offset %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset),
                              {}});
        return result;
    }
    if (!document.isObject()) {
        Read result;
        result.errors.append({{}, Diagnostic::Severity::Error, Tr::tr("The file holds no JSON object."), {}});
        return result;
    }
    return read(document.object());
}

ProfileJson::Read ProfileJson::read(const QJsonObject &json)
{
    Read result;
    DiagnosticSink errors;
    const QJsonValue version = json.value(key("schemaVersion"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        errors.error(key("schemaVersion"),
                     Tr::tr("The file has no valid schemaVersion: it is not a profile."));
        result.errors = errors.take();
        return result;
    }
    if (version.toInt() > SchemaVersion) {
        result.newerSchema = true;
        errors.error(
            key("schemaVersion"),
            Tr::tr("A newer version of the app wrote this profile (schema %1; this version reads schema %2).")
                .arg(version.toInt())
                .arg(SchemaVersion),
            Tr::tr("Open it with a newer version; this one leaves the file as it is."));
        result.errors = errors.take();
        return result;
    }

    RequestReader members(errors);
    members.rejectUnknown(json, {},
                          {key("schemaVersion"), key("name"), key("operation"), key("region"),
                           key("awsProfile"), key("upload"), key("request"), key("afterImport")});
    ProfileReader reader(errors);
    Profile profile;
    profile.name = reader.text(json, {}, "name").value_or(QString());
    if (profile.name.trimmed().isEmpty())
        errors.error(key("name"), Tr::tr("The profile has no name."));
    profile.settings.region = reader.text(json, {}, "region").value_or(QString());
    profile.settings.awsProfile = reader.text(json, {}, "awsProfile").value_or(QString());
    if (const auto upload = members.object(json, {}, key("upload")))
        profile.settings.upload = reader.upload(*upload);
    if (const auto after = members.object(json, {}, key("afterImport")))
        profile.settings.afterImport = reader.afterImport(*after);

    const auto operationName = reader.text(json, {}, "operation");
    const auto operation = operationName ? importOperationFromApiName(*operationName) : std::nullopt;
    if (!operation) {
        errors.error(key("operation"),
                     Tr::tr("The operation must be ImportImage, ImportSnapshot or ImportDiskImage."));
    } else if (const auto request = members.object(json, {}, key("request"))) {
        for (Diagnostic error : RequestJson::read(*operation, *request, profile.settings)) {
            error.field = RequestReader::join(key("request"), error.field);
            errors.add(error);
        }
    } else if (!json.contains(key("request"))) {
        errors.error(key("request"), Tr::tr("The profile has no request."));
    }

    result.errors = errors.take();
    if (result.errors.isEmpty())
        result.profile = profile;
    return result;
}

} // namespace vmi
