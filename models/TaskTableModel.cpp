#include "models/TaskTableModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vmi {

namespace {

QString kindText(ImportOperation operation)
{
    switch (operation) {
    case ImportOperation::ImportImage:
        return TaskTableModel::tr("Image");
    case ImportOperation::ImportSnapshot:
        return TaskTableModel::tr("Snapshot");
    case ImportOperation::ImportDiskImage:
        return TaskTableModel::tr("Image Builder");
    }
    return {};
}

// The columns whose value is a function of the clock.
bool isTimeColumn(int column)
{
    return column == TaskTableModel::ElapsedColumn || column == TaskTableModel::EtaColumn;
}

// Whether a column shows something else for the new row: compares the fields the column is
// made of, not display strings, so a poll over thousands of rows formats nothing.
bool cellDiffers(const TaskTableModel::Row &a, const TaskTableModel::Row &b, int column)
{
    switch (column) {
    case TaskTableModel::NameColumn:
        return a.name != b.name;
    case TaskTableModel::KindColumn:
        return a.operation != b.operation;
    case TaskTableModel::StageColumn:
        return a.stage != b.stage;
    case TaskTableModel::ProgressColumn:
        return a.progress != b.progress;
    case TaskTableModel::StatusMessageColumn:
        return a.statusMessage != b.statusMessage;
    case TaskTableModel::ResultColumn:
        return a.result != b.result;
    case TaskTableModel::StartedColumn:
        return a.started != b.started;
    case TaskTableModel::ElapsedColumn:
        return a.started != b.started || a.finished != b.finished || a.finishedAt != b.finishedAt;
    case TaskTableModel::EtaColumn:
        return a.started != b.started || a.finished != b.finished || a.finishedAt != b.finishedAt ||
               a.progress != b.progress;
    default:
        return false;
    }
}

} // namespace

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return TaskTableModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return TaskTableModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return TaskTableModel::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

TaskTableModel::Row TaskTableModel::Row::fromJob(const JobRecord &job)
{
    Row row;
    row.key = job.id;
    row.isJob = true;
    row.name = job.name.isEmpty() ? job.id : job.name;
    row.operation = job.operation;
    row.taskId = job.taskId;
    const bool seen = !job.lastStatus.taskId.isEmpty();
    row.stage =
        seen && job.state == JobRecord::State::Monitoring ? job.lastStatus.stage() : stateName(job.state);
    row.progress = seen ? job.lastStatus.progress : -1;
    if (job.state == JobRecord::State::Completed)
        row.progress = 100;
    row.statusMessage = job.state == JobRecord::State::Failed ? job.error : job.lastStatus.statusMessage;
    row.result = !job.imageId.isEmpty() ? job.imageId : job.snapshotIds.join(u", ");
    if (row.result.isEmpty() && job.operation == ImportOperation::ImportDiskImage && job.isFinished())
        row.result = job.taskId;
    row.started = job.createdAt;
    row.finishedAt = job.finishedAt;
    row.finished = job.isFinished();
    row.failed = job.state == JobRecord::State::Failed;
    return row;
}

TaskTableModel::Row TaskTableModel::Row::fromTask(const TaskStatus &task)
{
    Row row;
    row.key = task.taskId;
    row.isJob = false;
    row.name = task.taskId;
    row.operation = task.operation;
    row.taskId = task.taskId;
    row.stage = task.stage();
    row.progress = task.progress;
    row.statusMessage = task.statusMessage;
    row.result = task.resultText();
    row.finished = isTerminal(task.phase);
    row.failed = task.phase == TaskPhase::Failed;
    return row;
}

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void TaskTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case StatusMessageColumn:
        return tr("Status message");
    case ResultColumn:
        return tr("Result");
    case StartedColumn:
        return tr("Started");
    case ElapsedColumn:
        return tr("Elapsed");
    case EtaColumn:
        return tr("ETA");
    default:
        return {};
    }
}

qint64 TaskTableModel::elapsedSeconds(const Row &row) const
{
    if (!row.started.isValid())
        return -1;
    const QDateTime end = row.finished && row.finishedAt.isValid() ? row.finishedAt : m_clock();
    return std::max<qint64>(0, row.started.secsTo(end));
}

qint64 TaskTableModel::etaSeconds(const Row &row) const
{
    // A straight line through the progress so far: rough, but AWS gives nothing better.
    if (!row.finished && row.etaHint >= 0)
        return row.etaHint;
    const qint64 elapsed = elapsedSeconds(row);
    if (row.finished || row.progress <= 0 || row.progress >= 100 || elapsed <= 0)
        return -1;
    return elapsed * (100 - row.progress) / row.progress;
}

QVariant TaskTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case KindColumn:
        return kindText(row.operation);
    case StageColumn:
        return row.stage;
    case ProgressColumn:
        return row.progress >= 0 ? tr("%1 %").arg(row.progress) : QString();
    case StatusMessageColumn:
        return row.statusMessage;
    case ResultColumn:
        return row.result;
    case StartedColumn:
        return row.started.isValid() ? row.started.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    case ElapsedColumn:
        return durationText(elapsedSeconds(row));
    case EtaColumn:
        return durationText(etaSeconds(row));
    default:
        return {};
    }
}

QVariant TaskTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case ProgressColumn:
        return row.progress;
    case StartedColumn:
        return row.started;
    case ElapsedColumn:
        return elapsedSeconds(row);
    case EtaColumn:
        return etaSeconds(row);
    default:
        return display(row, column);
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == StatusMessageColumn || index.column() == ResultColumn
                   ? display(row, index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn || isTimeColumn(index.column())
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case KeyRole:
        return row.key;
    case IsJobRole:
        return row.isJob;
    case IsFinishedRole:
        return row.finished;
    default:
        return {};
    }
}

void TaskTableModel::upsertJobs(const QList<JobRecord> &jobs)
{
    QList<Row> rows;
    rows.reserve(jobs.size());
    for (const JobRecord &job : jobs)
        rows.append(Row::fromJob(job));
    upsertRows(rows);
}

void TaskTableModel::upsertTasks(const QList<TaskStatus> &tasks)
{
    QList<Row> rows;
    rows.reserve(tasks.size());
    for (const TaskStatus &task : tasks) {
        if (!m_jobKeyOfTask.contains(task.taskId))
            rows.append(Row::fromTask(task));
    }
    upsertRows(rows);
}

void TaskTableModel::upsertRows(const QList<Row> &rows)
{
    QList<Row> added;
    // (row, (first column, last column)) of every changed row.
    QList<std::pair<int, std::pair<int, int>>> changed;
    for (const Row &row : rows) {
        if (row.isJob && !row.taskId.isEmpty()) {
            m_jobKeyOfTask.insert(row.taskId, row.key);
            // A task listed before its job's row knew it: the job's row takes over.
            if (const int external = rowOf(row.taskId); external >= 0 && !m_rows.at(external).isJob)
                removeKey(row.taskId);
        }
        const int index = rowOf(row.key);
        if (index < 0) {
            added.append(row);
            continue;
        }
        const Row &old = m_rows.at(index);
        if (old == row)
            continue;
        int first = ColumnCount, last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (cellDiffers(old, row, column)) {
                first = std::min(first, column);
                last = std::max(last, column);
            }
        }
        m_rows[index] = row;
        if (last >= 0)
            changed.append({index, {first, last}});
    }
    emitRanges(changed);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &row : std::as_const(added)) {
            m_rowOfKey.insert(row.key, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
}

void TaskTableModel::emitRanges(const QList<std::pair<int, std::pair<int, int>>> &cells)
{
    // Runs of consecutive rows with the same changed columns become one signal.
    QList<std::pair<int, std::pair<int, int>>> sorted = cells;
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i + 1;
        while (j < sorted.size() && sorted[j].first == sorted[j - 1].first + 1 &&
               sorted[j].second == sorted[i].second)
            ++j;
        Q_EMIT dataChanged(index(sorted[i].first, sorted[i].second.first),
                           index(sorted[j - 1].first, sorted[i].second.second),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole, IsFinishedRole});
        i = j;
    }
}

void TaskTableModel::removeKey(const QString &key)
{
    const int index = rowOf(key);
    if (index < 0)
        return;
    beginRemoveRows({}, index, index);
    if (m_rows.at(index).isJob)
        m_jobKeyOfTask.remove(m_rows.at(index).taskId);
    m_rows.removeAt(index);
    m_rowOfKey.remove(key);
    reindex(index);
    endRemoveRows();
}

QStringList TaskTableModel::removeFinished()
{
    QStringList removedJobs;
    // From the bottom, one signal per run of finished rows.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (!m_rows.at(last).finished) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && m_rows.at(first - 1).finished)
            --first;
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i) {
            const Row &row = m_rows.at(i);
            if (row.isJob)
                removedJobs.append(row.key);
            m_rowOfKey.remove(row.key);
            if (row.isJob)
                m_jobKeyOfTask.remove(row.taskId);
        }
        m_rows.remove(first, last - first + 1);
        reindex(first);
        endRemoveRows();
        last = first - 1;
    }
    return removedJobs;
}

void TaskTableModel::refreshTimes()
{
    QList<std::pair<int, std::pair<int, int>>> running;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).finished && m_rows.at(i).started.isValid())
            running.append({i, {ElapsedColumn, EtaColumn}});
    }
    emitRanges(running);
}

void TaskTableModel::reindex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows.at(i).key, i);
}

} // namespace vmi
