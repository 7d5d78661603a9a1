#pragma once

#include "transfer/FileIdentity.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace vmi::transfer {

// A part S3 has confirmed.
struct CompletedPart
{
    QByteArray etag;
    quint32 crc32c = 0;
    qint64 size = 0;
    bool operator==(const CompletedPart &other) const = default;
};

// What an interrupted multipart upload needs to go on after a crash or restart: where it
// goes, its upload id and part size, the source file's identity and the parts S3 confirmed.
// Holds no credentials.
struct UploadCheckpoint
{
    static constexpr int SchemaVersion = 1;

    QString endpoint; // the S3 endpoint URL, or empty for AWS's own
    QString region;
    QString bucket;
    QString key;
    QString uploadId;
    qint64 partSize = 0;
    QString filePath; // absolute
    FileIdentity file;
    QMap<int, CompletedPart> parts; // by part number

    QJsonObject toJson() const;
    // Refuses (nothing, with *error set) a file of another schema version or a damaged one.
    static std::optional<UploadCheckpoint> fromJson(const QJsonObject &json, QString *error);
    bool operator==(const UploadCheckpoint &other) const = default;
};

// Where checkpoints live (QStandardPaths::AppDataLocation/uploads) and how they are written:
// atomically with QSaveFile, so a crash leaves the old file or the new one, never half of one.
class CheckpointStore
{
public:
    // One file per source file and destination.
    static QString pathFor(const QString &filePath, const QString &endpoint, const QString &bucket,
                           const QString &key);
    static bool save(const QString &path, const UploadCheckpoint &checkpoint, QString *error);
    // Nothing (and no error) when there is no file; nothing with *error when it is unreadable.
    static std::optional<UploadCheckpoint> load(const QString &path, QString *error);
    static void remove(const QString &path);
};

} // namespace vmi::transfer
