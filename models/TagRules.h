#pragma once

#include "models/ValidationContext.h"

namespace vmi {

// Tags. EC2 (TagSpecifications): one specification for the import task's resource type
// (import-image-task / import-snapshot-task: the tags go on the task, not the AMI or
// snapshot), at most 50 tags, keys of 1-127 characters not starting with "aws:", values of at
// most 256 (EC2 tag restrictions). Image Builder (tags): 1-50 entries, keys of 1-128
// characters matching ^(?!aws:)[a-zA-Z0-9\s_.:/=+\-@]*$, values of at most 256 (botocore).
class TagRules
{
public:
    static void checkEc2(const ValidationContext &context);
    static void checkImageBuilder(const ValidationContext &context);
};

} // namespace vmi
