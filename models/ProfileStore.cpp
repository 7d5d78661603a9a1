#include "models/ProfileStore.h"

#include "models/PrivateFile.h"
#include "models/ProfileFileName.h"
#include "models/RequestJson.h"
#include "models/SkeletonPlaceholders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace vmi {

namespace {
constexpr qsizetype MaxNameLength = 128;

QString joinedMessages(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.field.isEmpty() ? d.message : d.field + QLatin1String(": ") + d.message);
    return lines.join(QLatin1Char('\n'));
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

ProfileStore::ProfileStore(QString directory)
    : m_directory(std::move(directory))
{}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/profiles");
}

QStringList ProfileStore::fileNames() const
{
    return QDir(m_directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

QList<ProfileEntry> ProfileStore::list() const
{
    QList<ProfileEntry> entries;
    const QDir dir(m_directory);
    for (const QString &fileName : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        ProfileEntry entry;
        entry.filePath = dir.filePath(fileName);
        entry.name = QFileInfo(fileName).completeBaseName();
        QFile file(entry.filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            entry.error = tr("Cannot read the file: %1").arg(file.errorString());
            entries.append(entry);
            continue;
        }
        const QByteArray content = file.readAll();
        const ProfileJson::Read read = ProfileJson::read(content);
        if (read.profile) {
            entry.name = read.profile->name;
            entry.operation = read.profile->settings.operation;
            entry.region = read.profile->settings.region;
        } else {
            entry.error = joinedMessages(read.errors);
            entry.newerSchema = read.newerSchema;
            // Name a broken profile by its own name when that much is readable.
            const QJsonValue name = QJsonDocument::fromJson(content).object().value(QLatin1String("name"));
            if (name.isString() && !name.toString().trimmed().isEmpty())
                entry.name = name.toString();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const ProfileEntry &a, const ProfileEntry &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.filePath < b.filePath;
    });
    return entries;
}

std::optional<ProfileEntry> ProfileStore::find(const QList<ProfileEntry> &entries, const QString &name) const
{
    for (const ProfileEntry &entry : entries) {
        if (entry.name == name)
            return entry;
    }
    std::optional<ProfileEntry> match;
    for (const ProfileEntry &entry : entries) {
        if (sameName(entry.name, name)) {
            if (match)
                return std::nullopt; // ambiguous; cannot happen through this class
            match = entry;
        }
    }
    return match;
}

Outcome<ProfileEntry> ProfileStore::findUsable(const QString &name) const
{
    const auto entry = find(list(), name);
    if (!entry)
        return Outcome<ProfileEntry>::failure(tr("There is no profile named \"%1\".").arg(name));
    if (entry->isBroken())
        return Outcome<ProfileEntry>::failure(
            tr("The profile \"%1\" (%2) cannot be used: %3")
                .arg(entry->name, QDir::toNativeSeparators(entry->filePath), entry->error));
    return Outcome<ProfileEntry>::success(*entry);
}

QString ProfileStore::nameProblem(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name != name.trimmed())
        return tr("A profile name does not begin or end with spaces.");
    if (name.size() > MaxNameLength)
        return tr("A profile name has at most %1 characters.").arg(MaxNameLength);
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A profile name has no control characters.");
    return {};
}

QString ProfileStore::takenBy(const QList<ProfileEntry> &entries, const QString &name,
                              const QString &exceptPath) const
{
    for (const ProfileEntry &entry : entries) {
        if (entry.filePath == exceptPath || !sameName(entry.name, name))
            continue;
        if (entry.isBroken())
            return tr("The name \"%1\" belongs to a profile that cannot be read (%2); choose another name.")
                .arg(entry.name, QDir::toNativeSeparators(entry.filePath));
        return tr("There is already a profile named \"%1\".").arg(entry.name);
    }
    return {};
}

Outcome<> ProfileStore::writeJsonFile(const QString &path, const QJsonObject &json)
{
    QString error;
    if (!writePrivateFile(path, QJsonDocument(json).toJson(QJsonDocument::Indented), &error))
        return Outcome<>::failure(error);
    return Outcome<>::success({});
}

Outcome<> ProfileStore::write(const QString &path, const Profile &profile) const
{
    if (!makePrivateDirectory(m_directory))
        return Outcome<>::failure(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    const ProfileJson::Written written = ProfileJson::write(profile);
    Outcome<> outcome = writeJsonFile(path, written.json);
    outcome.notes = written.notes;
    return outcome;
}

Outcome<Profile> ProfileStore::load(const QString &name) const
{
    const Outcome<ProfileEntry> entry = findUsable(name);
    if (!entry.ok())
        return Outcome<Profile>::failure(entry.error);
    QFile file(entry.value->filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome<Profile>::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    ProfileJson::Read read = ProfileJson::read(file.readAll());
    if (!read.profile)
        return Outcome<Profile>::failure(joinedMessages(read.errors));
    return Outcome<Profile>::success(*read.profile);
}

Outcome<> ProfileStore::save(const Profile &profile, SaveMode mode)
{
    if (const QString problem = nameProblem(profile.name); !problem.isEmpty())
        return Outcome<>::failure(problem);
    const QList<ProfileEntry> entries = list();
    for (const ProfileEntry &entry : entries) {
        if (mode == SaveMode::CreateOrReplace && entry.name == profile.name && !entry.isBroken())
            return write(entry.filePath, profile);
    }
    if (const QString taken = takenBy(entries, profile.name, {}); !taken.isEmpty())
        return Outcome<>::failure(taken);
    return write(QDir(m_directory).filePath(ProfileFileName::make(profile.name, fileNames())), profile);
}

Outcome<> ProfileStore::rename(const QString &from, const QString &to)
{
    const Outcome<ProfileEntry> source = findUsable(from);
    if (!source.ok())
        return Outcome<>::failure(source.error);
    if (const QString problem = nameProblem(to); !problem.isEmpty())
        return Outcome<>::failure(problem);
    const QString oldPath = source.value->filePath;
    if (const QString taken = takenBy(list(), to, oldPath); !taken.isEmpty())
        return Outcome<>::failure(taken);
    Outcome<Profile> profile = load(source.value->name);
    if (!profile.ok())
        return Outcome<>::failure(profile.error);
    profile.value->name = to;

    // Keep the file when the new name maps to the same file name (a change of case, say).
    const QString oldFileName = QFileInfo(oldPath).fileName();
    QStringList taken = fileNames();
    taken.removeAll(oldFileName);
    const QString newFileName = ProfileFileName::make(to, taken);
    const bool sameFile = sameName(newFileName, oldFileName);
    const QString newPath = sameFile ? oldPath : QDir(m_directory).filePath(newFileName);
    Outcome<> written = write(newPath, *profile.value);
    if (!written.ok() || sameFile)
        return written;
    if (!QFile::remove(oldPath))
        return Outcome<>::failure(tr("Saved \"%1\", but could not remove the old file %2.")
                                      .arg(to, QDir::toNativeSeparators(oldPath)));
    return written;
}

Outcome<> ProfileStore::duplicate(const QString &from, const QString &to)
{
    Outcome<Profile> profile = load(from);
    if (!profile.ok())
        return Outcome<>::failure(profile.error);
    profile.value->name = to;
    return save(*profile.value, SaveMode::CreateOnly);
}

Outcome<> ProfileStore::remove(const QString &name)
{
    const Outcome<ProfileEntry> entry = findUsable(name);
    if (!entry.ok())
        return Outcome<>::failure(entry.error);
    QFile file(entry.value->filePath);
    if (!file.remove())
        return Outcome<>::failure(
            tr("Cannot delete %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return Outcome<>::success({});
}

Outcome<Profile> ProfileStore::importFile(const QString &path, const QString &name,
                                          std::optional<ImportOperation> operation)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome<Profile>::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    // The words of ProfileJson::read, so `profiles import`, `validate` and `run` say the same.
    if (parseError.error != QJsonParseError::NoError)
        return Outcome<Profile>::failure(tr("%1: the file is not valid JSON: %2 at offset %3.")
                                             .arg(QDir::toNativeSeparators(path), parseError.errorString())
                                             .arg(parseError.offset));
    if (!document.isObject())
        return Outcome<Profile>::failure(
            tr("%1: the file holds no JSON object.").arg(QDir::toNativeSeparators(path)));
    const QJsonObject json = document.object();

    Profile profile;
    QStringList notes;
    if (ProfileJson::isProfile(json)) {
        ProfileJson::Read read = ProfileJson::read(json);
        if (!read.profile)
            return Outcome<Profile>::failure(joinedMessages(read.errors));
        profile = *read.profile;
        if (operation && *operation != profile.settings.operation)
            return Outcome<Profile>::failure(tr("The profile in %1 is for %2, not %3.")
                                                 .arg(QDir::toNativeSeparators(path),
                                                      apiName(profile.settings.operation),
                                                      apiName(*operation)));
    } else {
        // Tell the operation from the members as written: a skeleton's placeholders still
        // show which request it is.
        const auto chosen = operation ? operation : RequestJson::inferOperation(json);
        if (!chosen)
            return Outcome<Profile>::failure(
                tr("Cannot tell which import %1 is for; name the operation (ImportImage, ImportSnapshot or "
                   "ImportDiskImage).")
                    .arg(QDir::toNativeSeparators(path)));
        const SkeletonPlaceholders::Result stripped = SkeletonPlaceholders::strip(json);
        if (!stripped.removed.isEmpty())
            notes.append(tr("Left out %n empty placeholder value(s) of an AWS CLI skeleton: %1", nullptr,
                            int(stripped.removed.size()))
                             .arg(stripped.removed.join(QLatin1String(", "))));
        const QList<Diagnostic> errors = RequestJson::read(*chosen, stripped.request, profile.settings);
        if (!errors.isEmpty())
            return Outcome<Profile>::failure(joinedMessages(errors));
        profile.name = QFileInfo(path).completeBaseName();
    }
    if (!name.isEmpty())
        profile.name = name;

    Outcome<> saved = save(profile, SaveMode::CreateOnly);
    if (!saved.ok())
        return Outcome<Profile>::failure(saved.error);
    return Outcome<Profile>::success(profile, notes + saved.notes);
}

Outcome<QJsonObject> ProfileStore::exportRequest(const QString &name) const
{
    const Outcome<Profile> profile = load(name);
    if (!profile.ok())
        return Outcome<QJsonObject>::failure(profile.error);
    // Through ProfileJson, so a presigned URL put into the file by hand loses its signature too.
    const ProfileJson::Written written = ProfileJson::write(*profile.value);
    return Outcome<QJsonObject>::success(written.json.value(QLatin1String("request")).toObject(),
                                         written.notes);
}

Outcome<> ProfileStore::exportRequestToFile(const QString &name, const QString &path) const
{
    const Outcome<QJsonObject> request = exportRequest(name);
    if (!request.ok())
        return Outcome<>::failure(request.error);
    Outcome<> written = writeJsonFile(path, *request.value);
    written.notes = request.notes;
    return written;
}

} // namespace vmi
