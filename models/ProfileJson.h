#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"

#include <QJsonObject>

namespace vmi {

// A saved import: a name and the settings.
struct Profile
{
    QString name;
    ImportSettings settings;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// The profile file:
//   { "schemaVersion": 1, "name": ..., "operation": "ImportImage"|"ImportSnapshot"|"ImportDiskImage",
//     "region": ..., "awsProfile": ..., "upload": {...}, "request": {...}, "afterImport": {...} }
// where "request" is exactly the operation's --cli-input-json (RequestJson) and "upload" holds
// bucket, keyPrefix, localFiles, partSize, concurrency, maxBandwidth, storageClass, serverSideEncryption,
// sseKmsKeyId and checksumAlgorithm (defaults left out), and "afterImport" what the app does
// once the task ended: tagImageAndSnapshots, deleteUploadedObjects and registerImage (the
// members of RegisterImage, for ImportSnapshot). No secrets: an AWS profile name,
// never keys, and presigned URLs lose their signature (PresignedUrl).
class ProfileJson
{
public:
    static constexpr int SchemaVersion = 1;

    struct Written
    {
        QJsonObject json;
        QStringList notes; // what was left out on purpose, for the user
    };
    static Written write(const Profile &profile);

    struct Read
    {
        std::optional<Profile> profile; // set only without errors
        QList<Diagnostic> errors;       // fields are paths in the file: "upload.partSize", "request.Foo"
        bool newerSchema = false;       // written by a newer version: never overwrite it
    };
    static Read read(const QJsonObject &json);
    static Read read(const QByteArray &fileContent);

    // A profile file rather than a bare request: it has a schemaVersion.
    static bool isProfile(const QJsonObject &json);
};

} // namespace vmi
