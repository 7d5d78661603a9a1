#include "transfer/UploadCheckpoint.h"

#include "models/PrivateFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace vmi::transfer {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::transfer::UploadCheckpoint)
};

QString text(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString();
}

} // namespace

QJsonObject UploadCheckpoint::toJson() const
{
    QJsonArray partList;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        partList.append(QJsonObject{{QStringLiteral("partNumber"), it.key()},
                                    {QStringLiteral("etag"), QString::fromLatin1(it->etag)},
                                    {QStringLiteral("crc32c"), double(it->crc32c)},
                                    {QStringLiteral("size"), double(it->size)}});
    }
    return {{QStringLiteral("schemaVersion"), SchemaVersion},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("region"), region},
            {QStringLiteral("bucket"), bucket},
            {QStringLiteral("key"), key},
            {QStringLiteral("uploadId"), uploadId},
            {QStringLiteral("partSize"), double(partSize)},
            {QStringLiteral("filePath"), filePath},
            {QStringLiteral("file"), file.toJson()},
            {QStringLiteral("parts"), partList}};
}

std::optional<UploadCheckpoint> UploadCheckpoint::fromJson(const QJsonObject &json, QString *error)
{
    const int version = json.value(QStringLiteral("schemaVersion")).toInt();
    if (version != SchemaVersion) {
        *error = Tr::tr("The upload checkpoint has schema version %1; this vmimport reads version %2.")
                     .arg(version)
                     .arg(SchemaVersion);
        return std::nullopt;
    }
    UploadCheckpoint checkpoint;
    checkpoint.endpoint = text(json, "endpoint");
    checkpoint.region = text(json, "region");
    checkpoint.bucket = text(json, "bucket");
    checkpoint.key = text(json, "key");
    checkpoint.uploadId = text(json, "uploadId");
    checkpoint.partSize = qint64(json.value(QStringLiteral("partSize")).toDouble());
    checkpoint.filePath = text(json, "filePath");
    const std::optional<FileIdentity> identity =
        FileIdentity::fromJson(json.value(QStringLiteral("file")).toObject());
    if (checkpoint.bucket.isEmpty() || checkpoint.key.isEmpty() || checkpoint.uploadId.isEmpty() ||
        checkpoint.partSize <= 0 || !identity) {
        *error = Tr::tr("The upload checkpoint is damaged.");
        return std::nullopt;
    }
    checkpoint.file = *identity;
    for (const QJsonValue &value : json.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject part = value.toObject();
        const int number = part.value(QStringLiteral("partNumber")).toInt();
        CompletedPart completed;
        completed.etag = part.value(QStringLiteral("etag")).toString().toLatin1();
        completed.crc32c = quint32(part.value(QStringLiteral("crc32c")).toDouble());
        completed.size = qint64(part.value(QStringLiteral("size")).toDouble());
        if (number < 1 || completed.etag.isEmpty()) {
            *error = Tr::tr("The upload checkpoint is damaged.");
            return std::nullopt;
        }
        checkpoint.parts.insert(number, completed);
    }
    return checkpoint;
}

QString CheckpointStore::pathFor(const QString &filePath, const QString &endpoint, const QString &bucket,
                                 const QString &key)
{
    const QByteArray identity = (filePath + u'\n' + endpoint + u'\n' + bucket + u'\n' + key).toUtf8();
    const QByteArray name = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/uploads/" +
           QString::fromLatin1(name) + u".json";
}

bool CheckpointStore::save(const QString &path, const UploadCheckpoint &checkpoint, QString *error)
{
    return writePrivateFile(path, QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Compact), error);
}

std::optional<UploadCheckpoint> CheckpointStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = Tr::tr("The upload checkpoint %1 is damaged: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return UploadCheckpoint::fromJson(document.object(), error);
}

void CheckpointStore::remove(const QString &path)
{
    QFile::remove(path);
}

} // namespace vmi::transfer
