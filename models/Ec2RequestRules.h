#pragma once

#include "models/ValidationContext.h"

namespace vmi {

// The top-level members of ImportImage and ImportSnapshot: enumerations, licensing, KMS,
// client token, role, client data. Sources: botocore's ImportImageRequest documentation and
// the VM Import/Export user guide, as collected in aws-import-facts.md sections 1.2, 1.3,
// 1.10, 2.2, 2.3 and 2.6.
class Ec2RequestRules
{
public:
    static void check(const ValidationContext &context);

private:
    static void checkMembersOfImageOnly(const ValidationContext &context);
    static void checkEnumerations(const ValidationContext &context);
    static void checkLicensing(const ValidationContext &context);
    static void checkEncryption(const ValidationContext &context);
    static void checkIdentity(const ValidationContext &context);
    static void checkClientData(const ValidationContext &context);
};

} // namespace vmi
