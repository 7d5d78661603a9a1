// libFuzzer target: the XML response parsers (EC2, query and rest-xml) behind
// ProtocolCodec::parseOutput and parseError. Input: one byte choosing the operation, then the body.

#include "ResponseFuzzing.h"

#include <array>

using vmi::aws::AwsService;

namespace {
// The operations whose answers the app reads, in every XML protocol it meets. The order is the
// corpus's first byte (tests/fuzz/make_corpus.py): append, never reorder.
constexpr std::array Operations{
    vmi::fuzz::FuzzedOperation{AwsService::Ec2, u"DescribeImportImageTasks"},
    vmi::fuzz::FuzzedOperation{AwsService::Ec2, u"DescribeImportSnapshotTasks"},
    vmi::fuzz::FuzzedOperation{AwsService::Ec2, u"ImportImage"},
    vmi::fuzz::FuzzedOperation{AwsService::Ec2, u"ImportSnapshot"},
    vmi::fuzz::FuzzedOperation{AwsService::Ec2, u"DescribeImages"},
    vmi::fuzz::FuzzedOperation{AwsService::Ec2, u"DescribeRegions"},
    vmi::fuzz::FuzzedOperation{AwsService::S3, u"ListParts"},
    vmi::fuzz::FuzzedOperation{AwsService::S3, u"CreateMultipartUpload"},
    vmi::fuzz::FuzzedOperation{AwsService::S3, u"CompleteMultipartUpload"},
    vmi::fuzz::FuzzedOperation{AwsService::S3, u"ListObjectsV2"},
    vmi::fuzz::FuzzedOperation{AwsService::S3, u"GetBucketLocation"},
    vmi::fuzz::FuzzedOperation{AwsService::Sts, u"AssumeRole"},
    vmi::fuzz::FuzzedOperation{AwsService::Sts, u"GetCallerIdentity"},
    vmi::fuzz::FuzzedOperation{AwsService::Iam, u"GetRole"},
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vmi::fuzz::parseAsResponses(Operations, "text/xml", data, size);
    return 0;
}
