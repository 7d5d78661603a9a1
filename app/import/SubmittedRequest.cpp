#include "import/SubmittedRequest.h"

#include "models/RequestJson.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace vmi::import {

namespace {

// The options every command shares; empty values are left for the CLI's own defaults.
QString connectionOptions(const ImportSettings &settings)
{
    QString options;
    if (!settings.region.isEmpty())
        options += QStringLiteral(" --region ") + SubmittedRequest::shellQuote(settings.region);
    if (!settings.awsProfile.isEmpty())
        options += QStringLiteral(" --profile ") + SubmittedRequest::shellQuote(settings.awsProfile);
    return options;
}

QString copyCommand(const ImportSettings &settings, qsizetype index)
{
    const UploadTarget target = uploadTarget(settings, index);
    const UploadSettings &upload = settings.upload;
    QString command =
        QStringLiteral("aws s3 cp ") + SubmittedRequest::shellQuote(upload.localFiles[index]) +
        QLatin1Char(' ') +
        SubmittedRequest::shellQuote(QStringLiteral("s3://%1/%2").arg(target.bucket, target.key));
    if (!upload.storageClass.isEmpty())
        command += QStringLiteral(" --storage-class ") + SubmittedRequest::shellQuote(upload.storageClass);
    if (!upload.serverSideEncryption.isEmpty())
        command += QStringLiteral(" --sse ") + SubmittedRequest::shellQuote(upload.serverSideEncryption);
    if (!upload.sseKmsKeyId.isEmpty())
        command += QStringLiteral(" --sse-kms-key-id ") + SubmittedRequest::shellQuote(upload.sseKmsKeyId);
    return command + connectionOptions(settings);
}

QString importCommand(ImportOperation operation)
{
    switch (operation) {
    case ImportOperation::ImportImage:
        return QStringLiteral("aws ec2 import-image");
    case ImportOperation::ImportSnapshot:
        return QStringLiteral("aws ec2 import-snapshot");
    case ImportOperation::ImportDiskImage:
        return QStringLiteral("aws imagebuilder import-disk-image");
    }
    Q_UNREACHABLE();
}

} // namespace

ImportSettings SubmittedRequest::resolve(const ImportSettings &settings)
{
    ImportSettings resolved = settings;
    for (qsizetype i = 0; i < settings.upload.localFiles.size(); ++i) {
        const UploadTarget target = uploadTarget(settings, i);
        if (!target.isComplete())
            continue;
        if (settings.operation == ImportOperation::ImportDiskImage) {
            if (i == 0)
                resolved.imageBuilder.uri = QStringLiteral("s3://%1/%2").arg(target.bucket, target.key);
        } else if (i < resolved.ec2.diskContainers.size()) {
            DiskContainer &disk = resolved.ec2.diskContainers[i];
            disk.userBucket = UserBucket{target.bucket, target.key};
            disk.url.reset(); // a disk comes from one place; the upload decides which
        }
    }
    return resolved;
}

QJsonObject SubmittedRequest::requestJson(const ImportSettings &settings)
{
    return RequestJson::write(resolve(settings));
}

QStringList SubmittedRequest::awsCliCommands(const ImportSettings &settings)
{
    QStringList commands;
    for (qsizetype i = 0; i < settings.upload.localFiles.size(); ++i) {
        if (!settings.upload.localFiles[i].isEmpty() && uploadTarget(settings, i).isComplete())
            commands.append(copyCommand(settings, i));
    }
    const QByteArray json = QJsonDocument(requestJson(settings)).toJson(QJsonDocument::Compact);
    commands.append(importCommand(settings.operation) + connectionOptions(settings) +
                    QStringLiteral(" --cli-input-json ") + shellQuote(QString::fromUtf8(json)));
    return commands;
}

QString SubmittedRequest::shellQuote(const QString &word)
{
    // Words of safe characters stay readable; everything else is single-quoted, where a shell
    // expands nothing.
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_./:=@%+,-]+$)"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace vmi::import
