#pragma once

#include "models/ImportSettings.h"

#include <QJsonObject>
#include <QStringList>

namespace vmi::import {

// The request as it goes to AWS once the local files are in S3, and the AWS CLI commands
// that do the same by hand. The wizard's review shows these commands, and an import job
// sends resolve()'s request, so what the user copies is what the app sends.
class SubmittedRequest
{
public:
    // `settings` with every disk that has a local file pointing at its upload target: the
    // disk's UserBucket for EC2, the uri for Image Builder. A disk whose target is incomplete
    // (no bucket) is left as it is; the Validator reports it.
    static ImportSettings resolve(const ImportSettings &settings);

    // The request of resolve(settings) in the --cli-input-json shape.
    static QJsonObject requestJson(const ImportSettings &settings);

    // `aws s3 cp` for each local file, then `aws ec2 import-image|import-snapshot` or
    // `aws imagebuilder import-disk-image` with the request inline, for a POSIX shell.
    static QStringList awsCliCommands(const ImportSettings &settings);

    // Quotes one word for a POSIX shell: 'text', with ' written as '\''.
    static QString shellQuote(const QString &word);
};

} // namespace vmi::import
