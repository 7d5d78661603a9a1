#include "models/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace vmi {

namespace {
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDirectory = OwnerOnlyFile | QFileDevice::ExeOwner;
} // namespace

bool makePrivateDirectory(const QString &path)
{
    // Every folder mkpath() is about to make (the organization's above the app's, say), not
    // only the last: mkpath gives them the umask's permissions.
    QStringList missing;
    for (QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(folder);) {
        missing.append(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    if (!QDir().mkpath(path))
        return false;
    // A folder the user made with other permissions is theirs to keep; ours start private.
    for (const QString &folder : std::as_const(missing))
        QFile::setPermissions(folder, OwnerOnlyDirectory);
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &content, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("vmi::PrivateFile", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!makePrivateDirectory(QFileInfo(path).absolutePath()))
        return fail(QCoreApplication::translate("vmi::PrivateFile", "its folder cannot be created"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // On the temporary file, before anything is in it: the committed file keeps them.
    file.setPermissions(OwnerOnlyFile);
    if (file.write(content) != content.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool syncPrivateSettings(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return false;
    const QString path = settings.fileName();
    if (!QFileInfo(path).isFile())
        return true; // a registry (Windows) or a plist domain (macOS): not a file of ours
    QFile::setPermissions(QFileInfo(path).absolutePath(), OwnerOnlyDirectory);
    return QFile::setPermissions(path, OwnerOnlyFile);
}

} // namespace vmi
