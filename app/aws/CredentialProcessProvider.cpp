#include "aws/CredentialProcessProvider.h"

#include "aws/CommandLineSplitter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <cmath>

namespace vmi::aws {

namespace {

constexpr qsizetype MaxErrorBytes = 4 * 1024;

// botocore's CredentialRetrievalError wording, so messages match the AWS CLI's.
AwsError retrievalError(const QString &message)
{
    return credentialsError(QStringLiteral("CredentialRetrievalError"),
                            QStringLiteral("Error when retrieving credentials from custom-process: ") +
                                message);
}

// How Python's str() shows a JSON value, for botocore's "Unsupported version" message.
QString pythonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // JSON does not keep 2 and 2.0 apart once parsed; show whole numbers as integers.
        const double number = value.toDouble();
        return std::abs(number) < 1e15 && number == std::floor(number) ? QString::number(qint64(number))
                                                                       : QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Null:
        return QStringLiteral("None");
    default:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

// One run of the process: owns the QProcess and the timer, reports once, then deletes itself.
class ProcessRun : public QObject
{
public:
    ProcessRun(const QStringList &command, std::chrono::milliseconds timeout,
               RefreshingCredentialProvider::Callback done, QObject *parent)
        : QObject(parent)
        , m_done(std::move(done))
    {
        m_process.setProgram(command.first());
        m_process.setArguments(command.mid(1));
        // No terminal to prompt on: the process reads end-of-file.
        m_process.setStandardInputFile(QProcess::nullDevice());
        connect(&m_process, &QProcess::readyReadStandardOutput, this, &ProcessRun::readOutput);
        connect(&m_process, &QProcess::readyReadStandardError, this, &ProcessRun::readErrors);
        connect(&m_process, &QProcess::finished, this, &ProcessRun::processFinished);
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            // The other errors end in finished(); a process that never started does not.
            if (error == QProcess::FailedToStart)
                report({}, retrievalError(QStringLiteral("could not run \"%1\": %2")
                                              .arg(m_process.program(), m_process.errorString())));
        });
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            m_process.kill();
        });
        m_timer.start();
        m_process.start();
    }

    ~ProcessRun() override
    {
        // Destroyed with its owner before the process ended: QProcess's destructor kills the
        // process and emits finished() on the way out, and no one is left to take an answer.
        disconnect(&m_process, nullptr, this, nullptr);
        m_done = nullptr;
        m_output.fill('\0');
    }

private:
    void readOutput()
    {
        const QByteArray chunk = m_process.readAllStandardOutput();
        if (m_tooMuchOutput)
            return;
        m_output += chunk;
        if (m_output.size() > CredentialProcessProvider::MaxOutputBytes && !m_tooMuchOutput) {
            m_tooMuchOutput = true;
            m_process.kill();
        }
    }

    void readErrors()
    {
        const QByteArray chunk = m_process.readAllStandardError();
        m_errors += chunk.left(MaxErrorBytes - m_errors.size());
    }

    void processFinished(int exitCode, QProcess::ExitStatus status)
    {
        readOutput();
        readErrors();
        if (m_timedOut) {
            report({}, retrievalError(QStringLiteral("the process did not finish within %1 seconds and "
                                                     "was stopped.")
                                          .arg(m_timer.interval() / 1000.0)));
        } else if (m_tooMuchOutput) {
            report({}, retrievalError(QStringLiteral("the process wrote more than %1 bytes to its standard "
                                                     "output and was stopped; a credential_process answer "
                                                     "is a small JSON object.")
                                          .arg(CredentialProcessProvider::MaxOutputBytes)));
        } else if (status == QProcess::CrashExit) {
            report({},
                   retrievalError(
                       QStringLiteral("the process crashed. %1").arg(QString::fromUtf8(m_errors).trimmed())));
        } else if (exitCode != 0) {
            // botocore reports the process's stderr as it is; never its stdout, which may hold
            // half-written keys.
            const QString errors = QString::fromUtf8(m_errors).trimmed();
            report({}, retrievalError(errors.isEmpty()
                                          ? QStringLiteral("the process exited with code %1.").arg(exitCode)
                                          : errors));
        } else {
            AwsError error;
            const TimedCredentials credentials = CredentialProcessProvider::parseOutput(m_output, &error);
            report(credentials, error);
        }
    }

    void report(const TimedCredentials &credentials, const AwsError &error)
    {
        m_timer.stop();
        m_output.fill('\0'); // the secret does not linger in freed memory longer than needed
        if (m_done)
            std::exchange(m_done, {})(credentials, error);
        deleteLater();
    }

    QProcess m_process;
    QTimer m_timer;
    RefreshingCredentialProvider::Callback m_done;
    QByteArray m_output;
    QByteArray m_errors;
    bool m_timedOut = false;
    bool m_tooMuchOutput = false;
};

} // namespace

CredentialProcessProvider::CredentialProcessProvider(const QString &commandLine, QObject *parent)
    : RefreshingCredentialProvider(parent)
    , m_commandLine(commandLine)
{}

void CredentialProcessProvider::retrieve(Callback done)
{
    QString splitError;
    const QStringList command = CommandLineSplitter::split(m_commandLine, &splitError);
    if (!splitError.isEmpty()) {
        done({},
             retrievalError(
                 QStringLiteral("the credential_process command line cannot be split: %1.").arg(splitError)));
        return;
    }
    if (command.isEmpty()) {
        done({}, retrievalError(QStringLiteral("credential_process is empty.")));
        return;
    }
    new ProcessRun(command, m_timeout, std::move(done), this);
}

TimedCredentials CredentialProcessProvider::parseOutput(const QByteArray &output, AwsError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject()) {
        // Where it broke, never what it read.
        *error = retrievalError(document.isNull()
                                    ? QStringLiteral("the process's output is not JSON (%1 at byte %2).")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset)
                                    : QStringLiteral("the process's output is not a JSON object."));
        return {};
    }
    const QJsonObject answer = document.object();
    const QJsonValue version = answer.value(u"Version");
    if (version.toDouble() != 1.0 || !version.isDouble()) {
        *error = retrievalError(
            QStringLiteral("Unsupported version '%1' for credential process provider, supported versions: 1")
                .arg(version.isUndefined() ? QStringLiteral("<Version key not provided>")
                                           : pythonText(version)));
        return {};
    }
    TimedCredentials result;
    for (const auto &[key, target] : {std::pair{u"AccessKeyId", &result.credentials.accessKeyId},
                                      std::pair{u"SecretAccessKey", &result.credentials.secretAccessKey}}) {
        const QJsonValue value = answer.value(QStringView(key));
        if (value.isUndefined()) {
            *error = retrievalError(QStringLiteral("Missing required key in response: '%1'").arg(key));
            return {};
        }
        if (!value.isString() || value.toString().isEmpty()) {
            *error =
                retrievalError(QStringLiteral("'%1' in the response is not a non-empty string.").arg(key));
            return {};
        }
        *target = value.toString();
    }
    const QJsonValue token = answer.value(u"SessionToken");
    if (!token.isUndefined() && !token.isNull() && !token.isString()) {
        *error = retrievalError(QStringLiteral("'SessionToken' in the response is not a string."));
        return {};
    }
    result.credentials.sessionToken = token.toString();
    const QJsonValue expiration = answer.value(u"Expiration");
    if (!expiration.isUndefined() && !expiration.isNull()) {
        result.expiration = parseTimestamp(expiration.toString());
        if (!result.expiration.isValid()) {
            *error =
                retrievalError(QStringLiteral("'Expiration' in the response is not an ISO 8601 time: '%1'")
                                   .arg(pythonText(expiration)));
            return {};
        }
    }
    return result;
}

} // namespace vmi::aws
