#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace vmi {

// The app's own files (profiles, jobs, upload checkpoints) say what a user imports where and
// from which account: they are the user's alone. Files are written atomically (QSaveFile: a
// crash leaves the old file or the new one, never half of one) with owner-only permissions
// (0600), in folders made owner-only (0700). On Windows the user's profile folder's ACLs
// already keep others out, so only the atomic write matters there.
bool makePrivateDirectory(const QString &path);
// False, with "Cannot write <path>: <reason>" in *error, when the file could not be written.
bool writePrivateFile(const QString &path, const QByteArray &content, QString *error);

// QSettings writes its file itself, readable by all (0644) by default. Writes `settings` out
// and makes its file owner-only (0600) and its folder too (0700); QSettings' later rewrites
// (QSaveFile) keep the file's permissions. False when the file could not be written.
bool syncPrivateSettings(QSettings &settings);

} // namespace vmi
