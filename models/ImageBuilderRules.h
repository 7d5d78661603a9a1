#pragma once

#include "models/ValidationContext.h"

namespace vmi {

// Image Builder's ImportDiskImage: the required members and the constraints botocore's
// imagebuilder model gives them (patterns, lengths, allowed values from the member docs),
// plus the ISO itself. Sources: aws-import-facts.md 1.7.
class ImageBuilderRules
{
public:
    static void check(const ValidationContext &context);

private:
    static void checkRequired(const ValidationContext &context);
    static void checkPatterns(const ValidationContext &context);
    static void checkArns(const ValidationContext &context);
    static void checkIso(const ValidationContext &context);
    static void checkOptions(const ValidationContext &context);
};

} // namespace vmi
