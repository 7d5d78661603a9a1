#pragma once

#include <QByteArray>
#include <QString>

namespace vmi {

// The app's own files (profiles, jobs, upload checkpoints) say what a user imports where and
// from which account: they are the user's alone. Files are written atomically (QSaveFile: a
// crash leaves the old file or the new one, never half of one) with owner-only permissions
// (0600), in folders made owner-only (0700). On Windows the user's profile folder's ACLs
// already keep others out, so only the atomic write matters there.
bool makePrivateDirectory(const QString &path);
// False, with "Cannot write <path>: <reason>" in *error, when the file could not be written.
bool writePrivateFile(const QString &path, const QByteArray &content, QString *error);

} // namespace vmi
