#pragma once

#include <QString>

#include <optional>

namespace vmi {

// S3's naming rules, for live validation of where disks are uploaded and read from.

struct S3Location
{
    QString bucket;
    QString key;
};

// "s3://bucket/key" -> {bucket, key}; nullopt unless the scheme is s3 and a bucket is named.
// The key may be empty ("s3://bucket" or "s3://bucket/").
std::optional<S3Location> parseS3Uri(const QString &uri);

// Why `name` is not a valid general purpose bucket name, or an empty string when it is.
// The rules are AWS's (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
QString bucketNameProblem(const QString &name);

// Why `key` is not a valid object key (empty, or over 1024 bytes of UTF-8), or empty.
QString objectKeyProblem(const QString &key);

} // namespace vmi
