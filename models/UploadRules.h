#pragma once

#include "models/ValidationContext.h"

namespace vmi {

// The upload of local files to S3: bucket name, part size against S3's multipart limits
// (5 MiB to 5 GiB, at most 10,000 parts), storage class, server-side encryption and its KMS
// key, checksum algorithm. Sources: aws-import-facts.md 2.7 and botocore's s3 model.
class UploadRules
{
public:
    static void check(const ValidationContext &context);

private:
    static void checkParts(const ValidationContext &context);
    static void checkStorage(const ValidationContext &context);
    static void checkEncryption(const ValidationContext &context);
};

} // namespace vmi
