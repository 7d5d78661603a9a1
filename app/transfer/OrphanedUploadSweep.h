#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::transfer {

// When CreateMultipartUpload had to be sent more than once, an attempt whose answer was lost
// on the way back may still have started an upload in S3. Nobody would ever complete or abort
// it, and its parts would cost storage until a lifecycle rule removed them. This finds such
// uploads and aborts them: same bucket and exact key, same initiator as the upload we kept,
// started no earlier than our first attempt less a clock-skew margin (S3 stamps the time).
//
// Best effort: a failure to list or abort is reported, never fatal to the upload.
class OrphanedUploadSweep : public QObject
{
    Q_OBJECT
public:
    // SigV4 accepts a clock off by 15 minutes; S3's clock and ours may differ by that much.
    static constexpr qint64 ClockMarginSeconds = 15 * 60;

    OrphanedUploadSweep(aws::AwsClient *client, QString bucket, QString key, QString keptUploadId,
                        QDateTime firstAttemptUtc, QObject *parent = nullptr);
    ~OrphanedUploadSweep() override;

    void start();

Q_SIGNALS:
    // `problem` is empty when every upload found was aborted.
    void finished(int aborted, const QString &problem);

private:
    struct Found
    {
        QString uploadId;
        QString initiator;
        QDateTime initiated;
    };

    void list(const QString &keyMarker, const QString &uploadIdMarker);
    void abortNext();
    void done(const QString &problem);
    aws::AwsCall *track(aws::AwsCall *call);

    QPointer<aws::AwsClient> m_client;
    const QString m_bucket;
    const QString m_key;
    const QString m_keptUploadId;
    const QDateTime m_since;
    QString m_keptInitiator;
    QList<Found> m_found;     // other uploads of the key, from ListMultipartUploads
    QList<QString> m_orphans; // the ones to abort
    int m_aborted = 0;
    QString m_problems;
    QList<QPointer<aws::AwsCall>> m_calls;
};

} // namespace vmi::transfer
