#include "models/ImportFailureAdvice.h"

#include <QCoreApplication>

namespace vmi {

namespace {

struct Advice
{
    const char16_t *contains; // matched case-insensitively in the status message
    const char *fix;
};

// The first match wins, so the more specific texts come first.
constexpr Advice Table[] = {
    {u"provided does not exist or does not have sufficient permissions",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "Create the service role (vmimport by default) with a trust policy for "
                       "vmie.amazonaws.com and a policy that reads the bucket; a new role can take a "
                       "minute to be usable.")},
    {u"Reason 403 Forbidden",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "The service role cannot read the uploaded object: allow s3:GetObject on the "
                       "bucket in the role's policy (and kms:Decrypt for SSE-KMS objects).")},
    {u"Unsupported VMDK File Format",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "Convert the disk to a stream-optimized VMDK (qemu-img convert -O vmdk -o "
                       "subformat=streamOptimized) and import it again.")},
    {u"chunked disk files",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice", "Export the VM again as an OVA with single-file disks.")},
    {u"Unsupported specified file format",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "The disk format given does not match the file or is not accepted by this "
                       "import: check the format, or use ImportImage instead of ImportSnapshot.")},
    {u"Unknown OS",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "VM Import did not recognise the operating system: use a supported OS and "
                       "layout, or import the disk with ImportSnapshot and register an AMI from it.")},
    {u"Unsupported kernel version",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "Install a kernel listed as supported for your distribution, then export and "
                       "import the disk again.")},
    {u"Footers not identical",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "The VHD is differencing or damaged: merge it into a fixed or dynamic VHD and "
                       "upload it again.")},
    {u"invalid length",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "The uploaded disk is damaged: check the local file and upload it again.")},
    {u"No valid partitions",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice",
                       "The disk has no partition table VM Import can read: check that the right disk "
                       "was exported.")},
    {u"not local to the region",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice", "Upload to a bucket in the Region you import into.")},
    {u"Invalid S3 source location",
     QT_TRANSLATE_NOOP("vmi::ImportFailureAdvice", "Check the bucket and key of the disk in S3.")},
};

} // namespace

QString importFailureFix(const QString &statusMessage)
{
    for (const Advice &advice : Table) {
        if (statusMessage.contains(QStringView(advice.contains), Qt::CaseInsensitive))
            return QCoreApplication::translate("vmi::ImportFailureAdvice", advice.fix);
    }
    return {};
}

} // namespace vmi
