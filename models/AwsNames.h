#pragma once

#include <QString>

#include <optional>

namespace vmi {

// Small facts about AWS names that models/ needs without depending on app/aws.

// The partition a Region belongs to ("aws", "aws-cn", "aws-us-gov", "aws-iso", ...), by
// botocore's partitions.json region patterns; empty when the name fits none.
QString partitionOfRegion(const QString &region);

// An Amazon Resource Name: arn:partition:service:region:account:resource.
struct Arn
{
    QString partition;
    QString service;
    QString region;
    QString account;
    QString resource; // everything after the fifth colon, e.g. "key/1234..." or "role/path/name"
};
// Splits an ARN; nullopt unless it has the six parts and starts with "arn:aws".
std::optional<Arn> parseArn(const QString &text);

// 8-4-4-4-12 hexadecimal digits (KMS key ids), any case.
bool isUuid(const QString &text);

// The number of Unicode characters (not UTF-16 units): AWS counts tag lengths this way.
qsizetype characterCount(const QString &text);

} // namespace vmi
