#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vmi::transfer {

// How a file is cut into S3 multipart-upload parts. S3's limits: parts of 5 MiB to 5 GiB
// (the last may be smaller) and at most 10,000 parts per upload.
struct PartPlan
{
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr qint64 MinPartSize = 5 * MiB;
    static constexpr qint64 MaxPartSize = 5 * 1024 * MiB;
    static constexpr int MaxParts = 10000;
    // Big enough that per-request overhead is small at LAN speeds, small enough that a
    // retried part costs seconds, not minutes.
    static constexpr qint64 DefaultPartSize = 16 * MiB;

    qint64 fileSize = 0;
    qint64 partSize = 0;
    int partCount = 0;

    // Part numbers are 1-based, as in UploadPart's partNumber.
    qint64 offsetOf(int partNumber) const { return qint64(partNumber - 1) * partSize; }
    qint64 lengthOf(int partNumber) const;

    // Chooses a part size for fileSize bytes: requestedPartSize if the user gave one (0 = not
    // given) and S3 accepts it, otherwise the default grown in whole MiB until the parts fit.
    // Returns nothing and sets *error when the file cannot be uploaded as asked.
    static std::optional<PartPlan> forFile(qint64 fileSize, qint64 requestedPartSize, QString *error);
};

} // namespace vmi::transfer
