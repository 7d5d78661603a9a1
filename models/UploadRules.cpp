#include "models/UploadRules.h"

#include "models/KmsKeyRule.h"
#include "models/S3Names.h"

#include <algorithm>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::UploadRules)
};

constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 MinPartSize = 5 * MiB;
constexpr qint64 MaxPartSize = 5 * GiB;
constexpr qint64 MaxParts = 10000;
constexpr int MaxConcurrency = 64;

bool hasLocalFiles(const UploadSettings &upload)
{
    return std::any_of(upload.localFiles.cbegin(), upload.localFiles.cend(),
                       [](const QString &file) { return !file.isEmpty(); });
}
} // namespace

void UploadRules::check(const ValidationContext &context)
{
    const UploadSettings &upload = context.settings.upload;
    for (qsizetype i = diskCount(context.settings); i < upload.localFiles.size(); ++i) {
        if (!upload.localFiles[i].isEmpty())
            context.sink.warning(field::localFile(i),
                                 Tr::tr("No disk belongs to this file; it is not uploaded."),
                                 Tr::tr("Add a disk for it, or remove it."));
    }
    if (!hasLocalFiles(upload))
        return;
    if (!upload.bucket.isEmpty()) {
        if (const QString problem = bucketNameProblem(upload.bucket); !problem.isEmpty())
            context.sink.error(QStringLiteral("upload.bucket"), problem);
    }
    checkParts(context);
    checkStorage(context);
    checkEncryption(context);
}

void UploadRules::checkParts(const ValidationContext &context)
{
    const UploadSettings &upload = context.settings.upload;
    DiagnosticSink &sink = context.sink;
    if (upload.partSize != 0 && (upload.partSize < MinPartSize || upload.partSize > MaxPartSize)) {
        sink.error(QStringLiteral("upload.partSize"), Tr::tr("S3 parts are 5 MiB to 5 GiB."),
                   Tr::tr("Or leave the part size at 0 to have it chosen from the file size."));
    } else if (upload.partSize != 0) {
        for (auto it = context.inspected.cbegin(); it != context.inspected.cend(); ++it) {
            if (it.value().fileSize > upload.partSize * MaxParts) {
                sink.error(
                    QStringLiteral("upload.partSize"),
                    Tr::tr("%1 needs more than 10,000 parts of this size.").arg(field::localFile(it.key())),
                    Tr::tr("Use parts of at least %1 MiB, or 0 to choose automatically.")
                        .arg((it.value().fileSize / MaxParts + MiB - 1) / MiB));
                break;
            }
        }
    }
    if (upload.concurrency < 0)
        sink.error(QStringLiteral("upload.concurrency"),
                   Tr::tr("The number of parts in flight cannot be negative."));
    else if (upload.concurrency > MaxConcurrency)
        sink.warning(QStringLiteral("upload.concurrency"),
                     Tr::tr("%1 parts in flight hold %1 parts in memory; more than %2 rarely helps.")
                         .arg(upload.concurrency)
                         .arg(MaxConcurrency));
}

void UploadRules::checkStorage(const ValidationContext &context)
{
    const QString &storageClass = context.settings.upload.storageClass;
    DiagnosticSink &sink = context.sink;
    const QString path = QStringLiteral("upload.storageClass");
    if (storageClass.isEmpty())
        return;
    static const QStringList readable{QStringLiteral("STANDARD"),   QStringLiteral("STANDARD_IA"),
                                      QStringLiteral("ONEZONE_IA"), QStringLiteral("INTELLIGENT_TIERING"),
                                      QStringLiteral("GLACIER_IR"), QStringLiteral("REDUCED_REDUNDANCY")};
    static const QStringList archived{QStringLiteral("GLACIER"), QStringLiteral("DEEP_ARCHIVE")};
    // The rest of botocore's StorageClass enum belongs to other kinds of buckets.
    static const QStringList elsewhere{QStringLiteral("OUTPOSTS"), QStringLiteral("SNOW"),
                                       QStringLiteral("EXPRESS_ONEZONE"), QStringLiteral("FSX_OPENZFS"),
                                       QStringLiteral("FSX_ONTAP")};
    if (archived.contains(storageClass))
        sink.error(path,
                   Tr::tr("Objects in %1 must be restored before anyone can read them; the import cannot.")
                       .arg(storageClass),
                   Tr::tr("Use STANDARD: the disk is read once and can be deleted after the import."));
    else if (elsewhere.contains(storageClass))
        sink.error(path, Tr::tr("%1 is not a storage class of a general purpose bucket.").arg(storageClass),
                   Tr::tr("Use STANDARD."));
    else if (storageClass == u"REDUCED_REDUNDANCY")
        sink.warning(path, Tr::tr("AWS recommends against REDUCED_REDUNDANCY; it costs more than STANDARD."),
                     Tr::tr("Use STANDARD."));
    else if (!readable.contains(storageClass))
        sink.error(path, Tr::tr("\"%1\" is not an S3 storage class.").arg(storageClass),
                   Tr::tr("For example STANDARD or INTELLIGENT_TIERING."));
}

void UploadRules::checkEncryption(const ValidationContext &context)
{
    const UploadSettings &upload = context.settings.upload;
    DiagnosticSink &sink = context.sink;
    const QString &sse = upload.serverSideEncryption;
    const bool kms = sse == u"aws:kms" || sse == u"aws:kms:dsse";
    if (!sse.isEmpty() && sse != u"AES256" && !kms)
        sink.error(QStringLiteral("upload.serverSideEncryption"),
                   Tr::tr("Server-side encryption is AES256, aws:kms or aws:kms:dsse, not \"%1\".").arg(sse));
    if (!upload.sseKmsKeyId.isEmpty()) {
        if (!kms)
            sink.error(QStringLiteral("upload.sseKmsKeyId"),
                       Tr::tr("A KMS key needs aws:kms or aws:kms:dsse encryption."),
                       Tr::tr("Set the server-side encryption to aws:kms."));
        else
            KmsKeyRule::check(QStringLiteral("upload.sseKmsKeyId"), upload.sseKmsKeyId,
                              context.settings.region, context.partition, sink);
    }
    if (kms)
        sink.info(QStringLiteral("upload.serverSideEncryption"),
                  Tr::tr("The vmimport role needs kms:Decrypt on the upload's KMS key to read the disk."));
    static const QStringList checksums{QStringLiteral("CRC32"), QStringLiteral("CRC32C"),
                                       QStringLiteral("CRC64NVME"), QStringLiteral("SHA1"),
                                       QStringLiteral("SHA256")};
    if (!upload.checksumAlgorithm.isEmpty() && !checksums.contains(upload.checksumAlgorithm))
        sink.error(QStringLiteral("upload.checksumAlgorithm"),
                   Tr::tr("The checksum must be one of %1, not \"%2\".")
                       .arg(checksums.join(QLatin1String(", ")), upload.checksumAlgorithm));
    else if (!upload.checksumAlgorithm.isEmpty() && upload.checksumAlgorithm != u"CRC32C")
        // The engine checks every part with CRC-32C (hardware-accelerated); say so rather than
        // leave the choice silently unused.
        sink.warning(QStringLiteral("upload.checksumAlgorithm"),
                     Tr::tr("This app checks every uploaded part with CRC32C; %1 is not used.")
                         .arg(upload.checksumAlgorithm),
                     Tr::tr("Choose CRC32C, or leave the checksum at the app's default."));
}

} // namespace vmi
