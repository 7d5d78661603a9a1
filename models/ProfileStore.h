#pragma once

#include "models/ImportOperation.h"
#include "models/Outcome.h"
#include "models/ProfileJson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vmi {

// One file in the store, good or not.
struct ProfileEntry
{
    QString name; // the profile's name; for a file that cannot be read, its file name
    QString filePath;
    std::optional<ImportOperation> operation; // good profiles only
    QString region;                           // good profiles only
    QString error;                            // why the file cannot be used; empty when it can
    bool newerSchema = false;                 // written by a newer version of the app

    bool isBroken() const { return !error.isEmpty(); }
};

// Saved import profiles, one JSON file each (ProfileJson) in one directory, by default
// QStandardPaths::AppDataLocation + "/profiles". Every write goes through QSaveFile, so a crash
// leaves the old file or the new one, never half of one. A file that cannot be read (corrupt,
// or from a newer version) is listed with the reason and never overwritten, renamed over or
// deleted here: the user may still need it. Names are unique ignoring case, because the file
// systems of Windows and macOS ignore it.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(QString directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    QList<ProfileEntry> list() const; // by name, ignoring case; broken files too

    // By exact name, or by the one name that matches ignoring case.
    Outcome<Profile> load(const QString &name) const;

    enum class SaveMode
    {
        CreateOrReplace, // replace the profile of exactly this name if there is one
        CreateOnly,      // fail if the name is taken
    };
    // Notes say what was not saved on purpose (presigned URL signatures).
    Outcome<> save(const Profile &profile, SaveMode mode = SaveMode::CreateOrReplace);
    Outcome<> rename(const QString &from, const QString &to);
    Outcome<> duplicate(const QString &from, const QString &to);
    Outcome<> remove(const QString &name);

    // A profile file, or an AWS CLI --cli-input-json file or --generate-cli-skeleton output,
    // saved as a new profile. `name` defaults to the profile's own name or the file's base
    // name; `operation` is needed only when the request's members do not tell it.
    Outcome<Profile> importFile(const QString &path, const QString &name = {},
                                std::optional<ImportOperation> operation = std::nullopt);

    // The profile's request as an AWS CLI --cli-input-json document.
    Outcome<QJsonObject> exportRequest(const QString &name) const;
    Outcome<> exportRequestToFile(const QString &name, const QString &path) const;

    // Writes `json` to `path` through QSaveFile.
    static Outcome<> writeJsonFile(const QString &path, const QJsonObject &json);

private:
    std::optional<ProfileEntry> find(const QList<ProfileEntry> &entries, const QString &name) const;
    Outcome<ProfileEntry> findUsable(const QString &name) const;
    QString nameProblem(const QString &name) const;
    QString takenBy(const QList<ProfileEntry> &entries, const QString &name, const QString &exceptPath) const;
    QStringList fileNames() const;
    Outcome<> write(const QString &path, const Profile &profile) const;

    QString m_directory;
};

} // namespace vmi
