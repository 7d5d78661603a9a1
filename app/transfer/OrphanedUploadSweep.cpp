#include "transfer/OrphanedUploadSweep.h"

#include "aws/AwsClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vmi::transfer {

OrphanedUploadSweep::OrphanedUploadSweep(aws::AwsClient *client, QString bucket, QString key,
                                         QString keptUploadId, QDateTime firstAttemptUtc, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_keptUploadId(std::move(keptUploadId))
    , m_since(firstAttemptUtc.addSecs(-ClockMarginSeconds))
{}

OrphanedUploadSweep::~OrphanedUploadSweep()
{
    for (const QPointer<aws::AwsCall> &call : std::as_const(m_calls)) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->abort();
        }
    }
}

aws::AwsCall *OrphanedUploadSweep::track(aws::AwsCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    return call;
}

void OrphanedUploadSweep::start()
{
    list({}, {});
}

void OrphanedUploadSweep::list(const QString &keyMarker, const QString &uploadIdMarker)
{
    if (!m_client) {
        done(tr("No AWS client."));
        return;
    }
    // The prefix is the key itself: other keys that merely start with it are filtered below.
    QJsonObject input{{QStringLiteral("Bucket"), m_bucket}, {QStringLiteral("Prefix"), m_key}};
    if (!keyMarker.isEmpty())
        input.insert(QStringLiteral("KeyMarker"), keyMarker);
    if (!uploadIdMarker.isEmpty())
        input.insert(QStringLiteral("UploadIdMarker"), uploadIdMarker);
    aws::AwsCall *call =
        track(m_client->call(aws::AwsService::S3, QStringLiteral("ListMultipartUploads"), input));
    connect(call, &aws::AwsCall::finished, this, [this, call] {
        if (call->error().isError()) {
            done(tr("Could not look for uploads left by a lost CreateMultipartUpload answer: %1")
                     .arg(call->error().toCliText()));
            return;
        }
        const QJsonObject output = call->output();
        const QJsonArray uploads = output.value(QStringLiteral("Uploads")).toArray();
        for (const QJsonValue &value : uploads) {
            const QJsonObject upload = value.toObject();
            if (upload.value(QStringLiteral("Key")).toString() != m_key)
                continue;
            const QString id = upload.value(QStringLiteral("UploadId")).toString();
            const QString initiator =
                upload.value(QStringLiteral("Initiator")).toObject().value(QStringLiteral("ID")).toString();
            if (id == m_keptUploadId) {
                m_keptInitiator = initiator;
                continue;
            }
            m_found.append({id, initiator,
                            QDateTime::fromString(upload.value(QStringLiteral("Initiated")).toString(),
                                                  Qt::ISODateWithMs)});
        }
        const QString nextKey = output.value(QStringLiteral("NextKeyMarker")).toString();
        const QString nextUploadId = output.value(QStringLiteral("NextUploadIdMarker")).toString();
        // Every key listed starts with ours, and keys come in order: a next page that starts
        // at another key has none of ours left.
        if (output.value(QStringLiteral("IsTruncated")).toBool() && nextKey == m_key) {
            list(nextKey, nextUploadId);
            return;
        }
        for (const Found &found : std::as_const(m_found)) {
            // An upload without a readable start time, or another principal's, is never ours.
            if (!found.initiated.isValid() || found.initiated < m_since)
                continue;
            if (m_keptInitiator.isEmpty() || found.initiator != m_keptInitiator)
                continue;
            m_orphans.append(found.uploadId);
        }
        abortNext();
    });
}

void OrphanedUploadSweep::abortNext()
{
    if (m_orphans.isEmpty()) {
        done(m_problems);
        return;
    }
    if (!m_client) {
        done(tr("No AWS client."));
        return;
    }
    const QString uploadId = m_orphans.takeFirst();
    aws::AwsCall *call = track(m_client->call(aws::AwsService::S3, QStringLiteral("AbortMultipartUpload"),
                                              {{QStringLiteral("Bucket"), m_bucket},
                                               {QStringLiteral("Key"), m_key},
                                               {QStringLiteral("UploadId"), uploadId}}));
    connect(call, &aws::AwsCall::finished, this, [this, call, uploadId] {
        // NoSuchUpload: gone already (aborted by someone else, or expired) - nothing left.
        if (!call->error().isError() || call->error().code == u"NoSuchUpload") {
            ++m_aborted;
        } else {
            if (!m_problems.isEmpty())
                m_problems += u'\n';
            m_problems += tr("Could not abort the upload %1 left by a lost CreateMultipartUpload answer: %2")
                              .arg(uploadId, call->error().toCliText());
        }
        abortNext();
    });
}

void OrphanedUploadSweep::done(const QString &problem)
{
    Q_EMIT finished(m_aborted, problem);
}

} // namespace vmi::transfer
