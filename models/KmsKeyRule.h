#pragma once

#include "models/Diagnostic.h"

namespace vmi {

// A KMS key reference as EC2 (KmsKeyId) and S3 (SSE-KMS) take it: a key id (a UUID, or
// "mrk-" and 32 hex digits for a multi-Region key), an alias ("alias/name"), a key ARN or an
// alias ARN. An ARN must be in the import Region's partition and in the import Region itself:
// "The specified KMS key must exist in the Region" (ImportImage's KmsKeyId doc in botocore),
// and EC2 parses KmsKeyId only after the task starts, so a wrong key fails late.
class KmsKeyRule
{
public:
    static void check(const QString &field, const QString &keyId, const QString &region,
                      const QString &partition, DiagnosticSink &sink);
};

} // namespace vmi
