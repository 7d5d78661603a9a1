#include "cli/S3Command.h"

#include "aws/AwsClient.h"
#include "cli/AwsCommand.h"
#include "cli/CliSession.h"
#include "cli/InterruptNotifier.h"
#include "cli/OperationArguments.h"
#include "cli/ProgressBar.h"
#include "transfer/MultipartUpload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <optional>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::S3Command)
};

constexpr int ExitFailed = 1;      // the AWS CLI's s3 commands: a transfer failed
constexpr int ExitCancelled = 130; // interrupted (SIGINT), as the AWS CLI

QString usageText()
{
    return Tr::tr(
        "usage: vmimport s3 cp FILE s3://BUCKET/KEY [--part-size SIZE] [--concurrency N]\n"
        "                        [--max-bandwidth RATE] [--resume] [--payload-signing auto|signed|unsigned]\n"
        "                        [--no-progress] [--region R] [--profile P] [--endpoint-url URL]\n"
        "                        [--ca-bundle FILE.pem] [--debug]\n"
        "\n"
        "Uploads FILE as an S3 multipart upload: parts checksummed (CRC-32C, and SHA-256 in the\n"
        "signature over plain HTTP), several in flight, each retried on its own. An interrupted\n"
        "upload continues with --resume; an object already holding this file is not sent again.\n"
        "SIZE: bytes or 8MB, 64MiB, 1GB (binary units, as in the AWS CLI). RATE: bytes per second or\n"
        "50MB/s. Ctrl+C cancels and aborts the multipart upload in S3.\n");
}

int usageError(QTextStream &err, const QString &message)
{
    err << '\n' << usageText() << '\n' << message << "\n\n";
    err.flush();
    return AwsCliParamValidationError;
}

// "8MB", "64MiB", "1GB", "5242880", and for rates the same with "/s" (the AWS CLI's
// human-readable sizes are binary: MB means MiB).
std::optional<qint64> parseSize(QString text, bool rate)
{
    text = text.trimmed();
    if (rate && text.endsWith(u"/s", Qt::CaseInsensitive))
        text.chop(2);
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)(i?B)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2).toUpper();
    if (unit.isEmpty() && !match.captured(3).isEmpty() &&
        match.captured(3).compare(u"B", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const int shift = unit == u"K" ? 10 : unit == u"M" ? 20 : unit == u"G" ? 30 : unit == u"T" ? 40 : 0;
    const double value = match.captured(1).toDouble() * double(qint64(1) << shift);
    if (value < 1 || value > 9.0e18)
        return std::nullopt;
    return qint64(value);
}

QString humanBytes(double bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : 1) + u' ' + QLatin1String(units[unit]);
}

struct CopyArguments
{
    GlobalOptions global;
    transfer::UploadOptions upload;
    bool progress = true;
};

// Parses "cp FILE s3://bucket/key [options]"; an error message, or empty.
QString parseCopy(const QStringList &arguments, CopyArguments *parsed)
{
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        if (!option.startsWith(u"--")) {
            positional.append(option);
            continue;
        }
        QString value;
        bool hasValue = false;
        if (option.contains(u'=')) {
            value = option.section(u'=', 1);
            option = option.section(u'=', 0, 0);
            hasValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (option == u"--resume") {
            parsed->upload.resume = true;
        } else if (option == u"--no-progress") {
            parsed->progress = false;
        } else if (isGlobalFlag(option)) {
            parsed->global.debug |= option == u"--debug";
            parsed->global.help |= option == u"--help";
        } else if (isGlobalOptionWithValue(option) && option != u"--cli-input-json") {
            if (!takeValue())
                return Tr::tr("argument %1: expected one argument").arg(option);
            QString error;
            if (!readGlobalOption(option, value, &parsed->global, &error))
                return error;
        } else if (option == u"--part-size" || option == u"--max-bandwidth") {
            if (!takeValue())
                return Tr::tr("argument %1: expected one argument").arg(option);
            const std::optional<qint64> size = parseSize(value, option == u"--max-bandwidth");
            if (!size)
                return Tr::tr("argument %1: not a size: %2").arg(option, value);
            (option == u"--part-size" ? parsed->upload.partSize : parsed->upload.maxBandwidth) = *size;
        } else if (option == u"--concurrency") {
            bool ok = false;
            if (!takeValue() || (parsed->upload.concurrency = value.toInt(&ok), !ok) ||
                parsed->upload.concurrency < 1 ||
                parsed->upload.concurrency > transfer::UploadOptions::MaxConcurrency)
                return Tr::tr("argument --concurrency: a number from 1 to %1 is needed (parts in flight; Qt "
                              "opens "
                              "at most 6 connections to one host from each of its %2 sender threads)")
                    .arg(transfer::UploadOptions::MaxConcurrency)
                    .arg(transfer::UploadOptions::SenderThreads);
        } else if (option == u"--payload-signing") {
            if (!takeValue())
                return Tr::tr("argument --payload-signing: expected one argument");
            if (value == u"auto")
                parsed->upload.payloadSigning = transfer::PayloadSigning::Auto;
            else if (value == u"signed")
                parsed->upload.payloadSigning = transfer::PayloadSigning::Signed;
            else if (value == u"unsigned")
                parsed->upload.payloadSigning = transfer::PayloadSigning::Unsigned;
            else
                return Tr::tr("argument --payload-signing: invalid choice: '%1' (auto, signed, unsigned)")
                    .arg(value);
        } else {
            return Tr::tr("Unknown options: %1").arg(option);
        }
    }
    if (parsed->global.help)
        return {};
    if (positional.size() != 3 || positional.at(0) != u"cp")
        return Tr::tr("vmimport s3 takes: cp FILE s3://BUCKET/KEY");
    const QString source = positional.at(1);
    const QString target = positional.at(2);
    if (!target.startsWith(u"s3://") || source.startsWith(u"s3://"))
        return Tr::tr("Only uploads are supported: cp FILE s3://BUCKET/KEY");
    const QString location = target.mid(5);
    parsed->upload.filePath = source;
    parsed->upload.bucket = location.section(u'/', 0, 0);
    parsed->upload.key = location.section(u'/', 1);
    if (parsed->upload.bucket.isEmpty())
        return Tr::tr("No bucket in %1").arg(target);
    // As the AWS CLI: a key that names a folder (or none) gets the file's name.
    if (parsed->upload.key.isEmpty() || parsed->upload.key.endsWith(u'/'))
        parsed->upload.key += QFileInfo(source).fileName();
    return {};
}

} // namespace

int runS3Command(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == u"help" || arguments.first() == u"--help") {
        out << usageText();
        return arguments.isEmpty() ? AwsCliParamValidationError : AwsCliSuccess;
    }
    CopyArguments parsed;
    if (const QString error = parseCopy(arguments, &parsed); !error.isEmpty())
        return usageError(err, error);
    if (parsed.global.help) {
        out << usageText();
        return AwsCliSuccess;
    }
    if (!QFileInfo(parsed.upload.filePath).isFile()) {
        err << Tr::tr("The user-provided path %1 does not exist.").arg(parsed.upload.filePath) << '\n';
        return AwsCliParamValidationError;
    }

    CliSession session(parsed.global, err);
    if (const int status = session.setUp(); status != AwsCliSuccess)
        return status;

    const QString label =
        parsed.upload.filePath + u" to s3://" + parsed.upload.bucket + u'/' + parsed.upload.key;
    transfer::MultipartUpload upload(session.client(), parsed.upload);
    ProgressBar bar(out, parsed.progress && ProgressBar::isTerminal(stdout));
    QObject::connect(&upload, &transfer::MultipartUpload::progressChanged, &upload,
                     [&bar](const transfer::UploadProgress &progress) { bar.show(progress); });
    QObject::connect(&upload, &transfer::MultipartUpload::notice, &upload, [&bar, &err](const QString &text) {
        bar.clear();
        err << text << '\n';
        err.flush();
    });

    std::optional<transfer::UploadResult> result;
    QEventLoop loop;
    QObject::connect(&upload, &transfer::MultipartUpload::finished, &loop,
                     [&](const transfer::UploadResult &finished) {
                         result = finished;
                         loop.quit();
                     });

    bool interrupted = false;
    // Ctrl+C and kill: abort the multipart upload, so nothing stays billed in S3.
    std::optional<InterruptNotifier> interrupts(std::in_place);
    QObject::connect(&*interrupts, &InterruptNotifier::interrupted, &upload, [&] {
        interrupted = true;
        bar.clear();
        err << Tr::tr("Cancelling: aborting the multipart upload...") << '\n';
        err.flush();
        upload.cancel();
    });

    QElapsedTimer clock;
    clock.start();
    upload.start();
    if (!result)
        loop.exec();
    bar.clear();

    interrupts.reset();

    const double seconds = double(clock.elapsed()) / 1000.0;
    switch (result->outcome) {
    case transfer::UploadResult::Outcome::Completed:
        out << "upload: " << label << '\n';
        err << Tr::tr("Sent %1 in %2 parts (%3 parts were in S3 already) in %4 s (%5/s).")
                   .arg(humanBytes(double(result->bytesSent)))
                   .arg(result->partsSent)
                   .arg(result->partsReused)
                   .arg(seconds, 0, 'f', 1)
                   .arg(humanBytes(double(result->bytesSent) / std::max(seconds, 0.001)))
            << '\n';
        return AwsCliSuccess;
    case transfer::UploadResult::Outcome::Skipped:
        out << "skip: " << label << '\n';
        err << result->message << '\n';
        return AwsCliSuccess;
    case transfer::UploadResult::Outcome::Cancelled:
        err << result->message << '\n';
        return interrupted ? ExitCancelled : ExitFailed;
    case transfer::UploadResult::Outcome::Failed:
        break;
    }
    err << "upload failed: " << label << '\n' << result->message << '\n';
    if (result->resumable)
        err << Tr::tr("Run the same command with --resume to continue where it stopped.") << '\n';
    return ExitFailed;
}

} // namespace vmi::cli
