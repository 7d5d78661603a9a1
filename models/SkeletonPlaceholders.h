#pragma once

#include <QJsonObject>
#include <QStringList>

namespace vmi {

// Takes out what `aws ... --generate-cli-skeleton` puts in as placeholders, so a skeleton (or
// an input file made from one and only partly filled in) imports as the request the user
// meant. botocore's ArgumentGenerator writes "" for strings, 0 for numbers, true for
// booleans, 1970-01-01T00:00:00 for timestamps, a random value for enums and {"KeyName": ""}
// for maps. Removed:
//  - empty strings, except the Value of a tag whose Key is set (an empty tag value is real);
//  - timestamps at the Unix epoch, a zero ClientData.UploadSize (no upload is 0 GiB) and a
//    zero windowsConfiguration.imageIndex (the model's minimum is 1);
//  - Image Builder's {"KeyName": ""} tag;
//  - objects and lists left empty, and tag specifications left without tags (their
//    ResourceType is then only the skeleton's random pick).
// Booleans and enum values stay: they cannot be told from the user's own, so the Validator
// speaks about them (DryRun true, BootMode uefi-preferred, ...).
class SkeletonPlaceholders
{
public:
    struct Result
    {
        QJsonObject request;
        QStringList removed; // member paths, as the Validator names fields
    };

    static Result strip(const QJsonObject &request);
};

} // namespace vmi
