#pragma once

#include "models/ValidationContext.h"

namespace vmi {

// What the app does after the task ended (settings.afterImport): tagging the AMI and its
// snapshots is an EC2 matter, RegisterImage follows only an ImportSnapshot, and its members
// take the values RegisterImage's model allows. Fields are "afterImport.registerImage.Name" etc.
class AfterImportRules
{
public:
    static void check(const ValidationContext &context);

private:
    static void checkRegisterImage(const ValidationContext &context, const RegisterImageSettings &image);
};

} // namespace vmi
