#include "models/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace vmi {

namespace {
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDirectory = OwnerOnlyFile | QFileDevice::ExeOwner;
} // namespace

bool makePrivateDirectory(const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    if (!QDir().mkpath(path))
        return false;
    // A folder the user made with other permissions is theirs to keep; ours start private.
    if (!existed)
        QFile::setPermissions(path, OwnerOnlyDirectory);
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

} // namespace vmi
