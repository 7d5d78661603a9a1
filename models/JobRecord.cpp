#include "models/JobRecord.h"

#include "models/ImportFailureAdvice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vmi {

namespace {

constexpr std::pair<JobRecord::State, const char16_t *> StateNames[] = {
    {JobRecord::State::Inspecting, u"inspecting"}, {JobRecord::State::Uploading, u"uploading"},
    {JobRecord::State::Submitting, u"submitting"}, {JobRecord::State::Monitoring, u"monitoring"},
    {JobRecord::State::Finishing, u"finishing"},   {JobRecord::State::Completed, u"completed"},
    {JobRecord::State::Failed, u"failed"},         {JobRecord::State::Cancelled, u"cancelled"},
};

constexpr std::pair<JobRecord::SubmitOutcome, const char16_t *> OutcomeNames[] = {
    {JobRecord::SubmitOutcome::None, u"none"},
    {JobRecord::SubmitOutcome::Unknown, u"unknown"},
    {JobRecord::SubmitOutcome::Accepted, u"accepted"},
};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::pair<Enum, const char16_t *> (&table)[N], const QString &name)
{
    for (const auto &[value, text] : table) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject withoutUrlQuery(QJsonObject container)
{
    const QString url = container[u"Url"].toString();
    if (url.startsWith(u"https://", Qt::CaseInsensitive)) {
        QUrl stripped(url);
        stripped.setQuery(QString());
        container.insert(u"Url"_s, stripped.toString());
    }
    return container;
}

} // namespace

QString stateName(JobRecord::State state)
{
    for (const auto &[value, text] : StateNames) {
        if (value == state)
            return QString::fromUtf16(text);
    }
    return {};
}

QString submitOutcomeName(JobRecord::SubmitOutcome outcome)
{
    for (const auto &[value, text] : OutcomeNames) {
        if (value == outcome)
            return QString::fromUtf16(text);
    }
    return {};
}

QJsonObject withoutSecrets(const QJsonObject &request)
{
    QJsonObject copy = request;
    if (copy.contains(u"DiskContainers")) {
        QJsonArray containers;
        for (const QJsonValue &container : copy[u"DiskContainers"].toArray())
            containers.append(withoutUrlQuery(container.toObject()));
        copy.insert(u"DiskContainers"_s, containers);
    }
    if (copy.contains(u"DiskContainer"))
        copy.insert(u"DiskContainer"_s, withoutUrlQuery(copy[u"DiskContainer"].toObject()));
    return copy;
}

bool JobRecord::isFinished() const
{
    return state == State::Completed || state == State::Failed || state == State::Cancelled;
}

bool JobRecord::hasAfterImportSteps() const
{
    const QJsonObject after = settings[u"afterImport"].toObject();
    return after[u"tagImageAndSnapshots"].toBool() || after[u"deleteUploadedObjects"].toBool() ||
           after.contains(u"registerImage");
}

bool JobRecord::applyStatus(const TaskStatus &status, const QDateTime &now)
{
    if (isFinished() || status.taskId != taskId)
        return false;
    TaskStatus seen = status;
    // The record knows about a cancel even when the monitor did not (another process sent it).
    if (seen.phase == TaskPhase::Failed && cancelRequested && seen.status == u"deleted")
        seen.phase = TaskPhase::Cancelled;
    if (seen == lastStatus)
        return false;
    lastStatus = seen;
    const StageEntry entry{now, seen.stage(), seen.statusMessage, seen.progress};
    if (history.isEmpty() || history.constLast().stage != entry.stage ||
        history.constLast().statusMessage != entry.statusMessage ||
        history.constLast().progress != entry.progress)
        history.append(entry);
    if (!seen.imageId.isEmpty())
        imageId = seen.imageId;
    if (!seen.snapshotIds.isEmpty())
        snapshotIds = seen.snapshotIds;
    state = State::Monitoring;
    switch (seen.phase) {
    case TaskPhase::Active:
    case TaskPhase::Cancelling:
        break;
    case TaskPhase::Completed:
        state = hasAfterImportSteps() ? State::Finishing : State::Completed;
        break;
    case TaskPhase::Cancelled:
        state = State::Cancelled;
        break;
    case TaskPhase::Failed:
        state = State::Failed;
        error = seen.statusMessage.isEmpty()
                    ? QCoreApplication::translate("vmi::JobRecord", "The import task ended with status %1.")
                          .arg(seen.status)
                    : seen.statusMessage;
        fix = importFailureFix(error);
        failedIn = State::Monitoring;
        break;
    }
    if (isFinished())
        finishedAt = now;
    updatedAt = now;
    return true;
}

QJsonObject JobRecord::toJson() const
{
    QJsonArray historyJson;
    for (const StageEntry &entry : history) {
        QJsonObject item{{u"at"_s, timeText(entry.at)}, {u"stage"_s, entry.stage}};
        if (!entry.statusMessage.isEmpty())
            item.insert(u"statusMessage"_s, entry.statusMessage);
        if (entry.progress >= 0)
            item.insert(u"progress"_s, entry.progress);
        historyJson.append(item);
    }
    QJsonObject json{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"operation"_s, apiName(operation)},
        {u"request"_s, withoutSecrets(request)},
        {u"region"_s, region},
        {u"awsProfile"_s, awsProfile},
        {u"clientToken"_s, clientToken},
        {u"state"_s, stateName(state)},
        {u"submitOutcome"_s, submitOutcomeName(submitOutcome)},
        {u"taskId"_s, taskId},
        {u"cancelRequested"_s, cancelRequested},
        {u"history"_s, historyJson},
        {u"imageId"_s, imageId},
        {u"snapshotIds"_s, QJsonArray::fromStringList(snapshotIds)},
        {u"error"_s, error},
        {u"fix"_s, fix},
        {u"createdAt"_s, timeText(createdAt)},
        {u"updatedAt"_s, timeText(updatedAt)},
        {u"finishedAt"_s, timeText(finishedAt)},
    };
    if (!lastStatus.taskId.isEmpty())
        json.insert(u"lastStatus"_s, lastStatus.toJson());
    if (!settings.isEmpty())
        json.insert(u"settings"_s, settings);
    if (!uploads.isEmpty()) {
        QJsonArray uploadsJson;
        for (const DiskUpload &upload : uploads)
            uploadsJson.append(QJsonObject{{u"disk"_s, upload.disk},
                                           {u"localFile"_s, upload.localFile},
                                           {u"bucket"_s, upload.bucket},
                                           {u"key"_s, upload.key},
                                           {u"uploaded"_s, upload.uploaded},
                                           {u"deleted"_s, upload.deleted}});
        json.insert(u"uploads"_s, uploadsJson);
    }
    json.insert(u"afterImportDone"_s, QJsonObject{{u"imageRegistered"_s, afterImportDone.imageRegistered},
                                                  {u"tagged"_s, afterImportDone.tagged},
                                                  {u"objectsDeleted"_s, afterImportDone.objectsDeleted}});
    json.insert(u"paused"_s, paused);
    if (state == State::Failed)
        json.insert(u"failedIn"_s, stateName(failedIn));
    return json;
}

Outcome<JobRecord> JobRecord::fromJson(const QJsonObject &json)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("vmi::JobRecord", text);
    };
    JobRecord job;
    job.id = json[u"id"].toString();
    if (job.id.isEmpty())
        return Outcome<JobRecord>::failure(tr("the job has no id"));
    const auto operation = importOperationFromApiName(json[u"operation"].toString());
    const auto state = fromName(StateNames, json[u"state"].toString());
    const auto outcome = fromName(OutcomeNames, json[u"submitOutcome"].toString());
    if (!operation)
        return Outcome<JobRecord>::failure(tr("unknown operation '%1'").arg(json[u"operation"].toString()));
    if (!state)
        return Outcome<JobRecord>::failure(tr("unknown state '%1'").arg(json[u"state"].toString()));
    if (!outcome)
        return Outcome<JobRecord>::failure(
            tr("unknown submit outcome '%1'").arg(json[u"submitOutcome"].toString()));
    job.name = json[u"name"].toString();
    job.operation = *operation;
    job.request = json[u"request"].toObject();
    job.region = json[u"region"].toString();
    job.awsProfile = json[u"awsProfile"].toString();
    job.clientToken = json[u"clientToken"].toString();
    job.state = *state;
    job.submitOutcome = *outcome;
    job.taskId = json[u"taskId"].toString();
    job.cancelRequested = json[u"cancelRequested"].toBool();
    if (json.contains(u"lastStatus"))
        job.lastStatus = TaskStatus::fromJson(json[u"lastStatus"].toObject());
    for (const QJsonValue &value : json[u"history"].toArray()) {
        const QJsonObject item = value.toObject();
        job.history.append({timeFrom(item[u"at"]), item[u"stage"].toString(),
                            item[u"statusMessage"].toString(), item[u"progress"].toInt(-1)});
    }
    job.imageId = json[u"imageId"].toString();
    for (const QJsonValue &id : json[u"snapshotIds"].toArray())
        job.snapshotIds.append(id.toString());
    job.error = json[u"error"].toString();
    job.fix = json[u"fix"].toString();
    job.createdAt = timeFrom(json[u"createdAt"]);
    job.updatedAt = timeFrom(json[u"updatedAt"]);
    job.finishedAt = timeFrom(json[u"finishedAt"]);
    job.settings = json[u"settings"].toObject();
    for (const QJsonValue &value : json[u"uploads"].toArray()) {
        const QJsonObject item = value.toObject();
        job.uploads.append({item[u"disk"].toInt(), item[u"localFile"].toString(), item[u"bucket"].toString(),
                            item[u"key"].toString(), item[u"uploaded"].toBool(), item[u"deleted"].toBool()});
    }
    const QJsonObject done = json[u"afterImportDone"].toObject();
    job.afterImportDone = {done[u"imageRegistered"].toBool(), done[u"tagged"].toBool(),
                           done[u"objectsDeleted"].toBool()};
    job.paused = json[u"paused"].toBool();
    if (json.contains(u"failedIn")) {
        const auto failedIn = fromName(StateNames, json[u"failedIn"].toString());
        if (!failedIn)
            return Outcome<JobRecord>::failure(
                tr("unknown failed step '%1'").arg(json[u"failedIn"].toString()));
        job.failedIn = *failedIn;
    } else if (job.state == State::Failed) {
        job.failedIn = job.taskId.isEmpty() ? State::Submitting : State::Monitoring;
    }
    return Outcome<JobRecord>::success(std::move(job));
}

} // namespace vmi
