#include "transfer/PartPlan.h"

#include <QCoreApplication>

namespace vmi::transfer {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::transfer::PartPlan)
};

int partsFor(qint64 fileSize, qint64 partSize)
{
    return int((fileSize + partSize - 1) / partSize);
}
} // namespace

qint64 PartPlan::lengthOf(int partNumber) const
{
    if (partNumber < 1 || partNumber > partCount)
        return 0;
    return qMin(partSize, fileSize - offsetOf(partNumber));
}

std::optional<PartPlan> PartPlan::forFile(qint64 fileSize, qint64 requestedPartSize, QString *error)
{
    Q_ASSERT(error);
    if (fileSize <= 0) {
        *error = Tr::tr("The file is empty: there is nothing to upload.");
        return std::nullopt;
    }
    if (fileSize > MaxPartSize * MaxParts) {
        *error =
            Tr::tr("The file is larger than S3 accepts in one multipart upload (10,000 parts of 5 GiB).");
        return std::nullopt;
    }

    qint64 partSize = requestedPartSize;
    if (requestedPartSize != 0) {
        if (requestedPartSize < MinPartSize || requestedPartSize > MaxPartSize) {
            *error = Tr::tr("The part size must be between 5 MiB and 5 GiB.");
            return std::nullopt;
        }
        if (fileSize > requestedPartSize * MaxParts) {
            *error =
                Tr::tr("With this part size the file needs more than 10,000 parts; choose at least %1 MiB.")
                    .arg((fileSize + MaxParts * MiB - 1) / (MaxParts * MiB));
            return std::nullopt;
        }
    } else {
        // Smallest whole number of MiB, no less than the default, that keeps within 10,000 parts.
        const qint64 neededMiB = (fileSize + MaxParts * MiB - 1) / (MaxParts * MiB);
        partSize = qMax(DefaultPartSize, neededMiB * MiB);
    }
    return PartPlan{fileSize, partSize, partsFor(fileSize, partSize)};
}

} // namespace vmi::transfer
