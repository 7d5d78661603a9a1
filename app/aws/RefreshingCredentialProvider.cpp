#include "aws/RefreshingCredentialProvider.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

namespace vmi::aws {

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "vmi.aws.credentials")

// Seconds until the credentials stop working; "forever" for ones that do not expire.
qint64 secondsRemaining(const TimedCredentials &credentials)
{
    if (!credentials.expiration.isValid())
        return std::numeric_limits<qint64>::max();
    return QDateTime::currentDateTimeUtc().secsTo(credentials.expiration);
}

} // namespace

AwsError credentialsError(const QString &code, const QString &message)
{
    AwsError error;
    error.kind = AwsError::Kind::Credentials;
    error.code = code;
    error.message = message;
    return error;
}

QDateTime RefreshingCredentialProvider::parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    // A timestamp without zone is UTC in AWS's answers; Qt would take it as local time.
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

void RefreshingCredentialProvider::fetch(Callback done)
{
    if (m_cached) {
        const qint64 remaining = secondsRemaining(*m_cached);
        if (remaining >= MandatoryRefreshSeconds) {
            if (remaining < AdvisoryRefreshSeconds && !m_retrieving)
                startRetrieval();
            deliver({std::move(done)}, *m_cached, {});
            return;
        }
    }
    m_waiting.append(std::move(done));
    if (!m_retrieving)
        startRetrieval();
}

void RefreshingCredentialProvider::invalidate()
{
    m_cached.reset();
}

void RefreshingCredentialProvider::startRetrieval()
{
    m_retrieving = true;
    // The source may answer after this provider is gone (a process or a reply finishing late).
    retrieve([self = QPointer(this)](const TimedCredentials &credentials, const AwsError &error) {
        if (self)
            self->finishRetrieval(credentials, error);
    });
}

void RefreshingCredentialProvider::finishRetrieval(const TimedCredentials &credentials, const AwsError &error)
{
    m_retrieving = false;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    if (error.isError()) {
        // A failed advisory refresh keeps the old credentials, as botocore does; callers that
        // waited (nothing usable was cached) get the error.
        if (waiting.isEmpty())
            qCWarning(lcCredentials,
                      "Refreshing temporary credentials failed during the advisory "
                      "refresh period: %s",
                      qUtf8Printable(error.message));
        deliver(waiting, {}, error);
        return;
    }
    if (secondsRemaining(credentials) <= 0) {
        deliver(waiting, {},
                credentialsError(QStringLiteral("ExpiredCredentials"),
                                 tr("Credentials were refreshed, but the refreshed credentials are "
                                    "still expired (Expiration %1).")
                                     .arg(credentials.expiration.toUTC().toString(Qt::ISODate))));
        return;
    }
    m_cached = credentials;
    deliver(waiting, credentials, {});
}

void RefreshingCredentialProvider::deliver(const QList<Callback> &callbacks,
                                           const TimedCredentials &credentials, const AwsError &error)
{
    if (callbacks.isEmpty())
        return;
    // Never from inside fetch(), and never into a provider that is gone.
    QMetaObject::invokeMethod(
        this,
        [callbacks, credentials, error] {
            for (const Callback &callback : callbacks)
                callback(credentials, error);
        },
        Qt::QueuedConnection);
}

} // namespace vmi::aws
