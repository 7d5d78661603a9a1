#pragma once

#include "aws/CredentialProvider.h"

#include <QList>

#include <optional>

namespace vmi::aws {

// The caching and refresh policy every provider of temporary credentials shares, botocore's
// RefreshableCredentials made asynchronous: credentials more than 15 minutes from expiry are
// handed out as they are; between 15 and 10 minutes (the advisory window) they are still
// handed out at once while one refresh runs in the background, and a failed background
// refresh only means the old ones stay; under 10 minutes (the mandatory window), or with
// nothing cached, callers wait for the refresh and get its error if it fails. Concurrent
// callers share one retrieval.
class RefreshingCredentialProvider : public CredentialProvider
{
    Q_OBJECT
public:
    static constexpr qint64 AdvisoryRefreshSeconds = 15 * 60;
    static constexpr qint64 MandatoryRefreshSeconds = 10 * 60;

    using CredentialProvider::CredentialProvider;

    void fetch(Callback done) final;
    // Forgets the cached credentials: the next fetch() retrieves new ones.
    void invalidate();

    // AWS's timestamp forms (2024-05-01T12:00:00Z, with milliseconds or an offset); invalid
    // QDateTime when it is none of them.
    static QDateTime parseTimestamp(const QString &text);

protected:
    // Gets fresh credentials from the source. Calls done exactly once, on this thread, possibly
    // synchronously; errors must be of kind Credentials.
    virtual void retrieve(Callback done) = 0;

private:
    void startRetrieval();
    void finishRetrieval(const TimedCredentials &credentials, const AwsError &error);
    void deliver(const QList<Callback> &callbacks, const TimedCredentials &credentials,
                 const AwsError &error);

    std::optional<TimedCredentials> m_cached;
    QList<Callback> m_waiting;
    bool m_retrieving = false;
};

// A Credentials error, the kind every provider reports.
AwsError credentialsError(const QString &code, const QString &message);

} // namespace vmi::aws
