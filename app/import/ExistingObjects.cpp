#include "import/ExistingObjects.h"

#include "aws/AwsClient.h"

#include <QFileInfo>

namespace vmi::import {

using State = ExistingObjects::Entry::State;

ExistingObjects::ExistingObjects(QObject *parent)
    : QObject(parent)
{}

ExistingObjects::~ExistingObjects()
{
    cancel();
}

void ExistingObjects::cancel()
{
    const QList<QPointer<aws::AwsCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<aws::AwsCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
}

void ExistingObjects::start(aws::AwsClient *client, const ImportSettings &settings)
{
    cancel();
    m_entries.clear();
    for (qsizetype i = 0; i < settings.upload.localFiles.size(); ++i) {
        const UploadTarget target = uploadTarget(settings, i);
        if (!target.isComplete())
            continue;
        const QString file = settings.upload.localFiles[i];
        Entry entry;
        entry.localFile = file;
        entry.localSize = QFileInfo(file).size();
        entry.target = target;
        m_entries.append(entry);
    }
    if (!client) {
        for (Entry &entry : m_entries) {
            entry.state = State::Unknown;
            entry.message = tr("No connection to AWS.");
        }
    }
    for (int index = 0; client && index < m_entries.size(); ++index) {
        const UploadTarget &target = m_entries[index].target;
        aws::AwsCall *call =
            client->call(aws::AwsService::S3, QStringLiteral("HeadObject"),
                         {{QStringLiteral("Bucket"), target.bucket}, {QStringLiteral("Key"), target.key}});
        m_calls.append(call);
        connect(call, &aws::AwsCall::finished, this, [this, call, index] {
            m_calls.removeAll(call);
            Entry &entry = m_entries[index];
            const aws::AwsError &error = call->error();
            if (error.httpStatus == 404) {
                entry.state = State::Absent;
            } else if (error.isError()) {
                entry.state = State::Unknown;
                entry.message = error.toCliText();
            } else {
                entry.objectSize = call->output()[QStringLiteral("ContentLength")].toInteger(-1);
                entry.state = entry.objectSize == entry.localSize ? State::SameSize : State::OtherSize;
            }
            Q_EMIT entryChanged(index);
            if (m_calls.isEmpty())
                Q_EMIT finished();
        });
    }
    if (m_calls.isEmpty())
        Q_EMIT finished();
}

} // namespace vmi::import
