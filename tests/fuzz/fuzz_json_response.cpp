// libFuzzer target: the JSON response parsers (json and rest-json) behind
// ProtocolCodec::parseOutput and parseError. Input: one byte choosing the operation, then the body.

#include "ResponseFuzzing.h"

#include <array>

using vmi::aws::AwsService;

namespace {
// The order is the corpus's first byte (tests/fuzz/make_corpus.py): append, never reorder.
constexpr std::array Operations{
    vmi::fuzz::FuzzedOperation{AwsService::ImageBuilder, u"GetImage"},
    vmi::fuzz::FuzzedOperation{AwsService::ImageBuilder, u"ImportDiskImage"},
    vmi::fuzz::FuzzedOperation{AwsService::ImageBuilder, u"CancelImageCreation"},
    vmi::fuzz::FuzzedOperation{AwsService::ImageBuilder, u"ListInfrastructureConfigurations"},
    vmi::fuzz::FuzzedOperation{AwsService::Kms, u"DescribeKey"},
    vmi::fuzz::FuzzedOperation{AwsService::Kms, u"ListAliases"},
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vmi::fuzz::parseAsResponses(Operations, "application/json", data, size);
    return 0;
}
