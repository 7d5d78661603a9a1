#pragma once

#include "models/ImportSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::import {

// What is already at the S3 key a local file will be uploaded to, asked with HeadObject:
// nothing, an object of the file's size (the upload engine will not send it again when its
// checksum metadata matches too), or an object of another size (it will be replaced). All
// files are asked at once; nothing blocks; start() again or cancel() drops the calls in flight.
class ExistingObjects : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        enum class State
        {
            Checking,
            Absent,
            SameSize,
            OtherSize,
            Unknown, // HeadObject failed for another reason than 404; see message
        };
        QString localFile;
        qint64 localSize = -1;
        UploadTarget target;
        State state = State::Checking;
        qint64 objectSize = -1;
        QString message; // the error of an Unknown entry
    };

    explicit ExistingObjects(QObject *parent = nullptr);
    ~ExistingObjects() override;

    // One HeadObject per local file of `settings` whose upload target is complete.
    void start(aws::AwsClient *client, const ImportSettings &settings);
    void cancel();
    bool isRunning() const { return !m_calls.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }

Q_SIGNALS:
    void entryChanged(int index);
    void finished();

private:
    QList<Entry> m_entries;
    QList<QPointer<aws::AwsCall>> m_calls;
};

} // namespace vmi::import
