#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vmi::transfer {

// Tells whether a file is still the one an interrupted upload was reading: its size, its
// modification time and a SHA-256 over samples spread through it (a few blocks, so checking
// a multi-GiB disk image costs milliseconds, not a full read).
struct FileIdentity
{
    static constexpr int SampleCount = 16;
    static constexpr qint64 SampleSize = 64 * 1024;

    qint64 size = -1;
    qint64 modifiedMs = 0; // since the epoch, UTC
    QByteArray sampleSha256Hex;

    static std::optional<FileIdentity> of(const QString &path, QString *error);

    // What differs from `other`, in words for the user; empty when nothing does.
    QString differenceFrom(const FileIdentity &other) const;
    // How the file at `path` differs from this identity by its size and modification time
    // alone (one stat, no read: cheap enough to ask whenever a read fails), in words for the
    // user; empty when neither changed.
    QString statChangeOf(const QString &path) const;
    bool operator==(const FileIdentity &other) const = default;

    QJsonObject toJson() const;
    static std::optional<FileIdentity> fromJson(const QJsonObject &json);
};

} // namespace vmi::transfer
