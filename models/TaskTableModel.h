#pragma once

#include "models/JobRecord.h"
#include "models/TaskStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace vmi {

// One row per import task: this app's jobs (keyed by job id) and, on request, the Region's
// other import tasks (keyed by task id). Raw values for sorting and filtering are under
// SortRole (progress 42, not "42 %"), apart from the display text. Updates compare each cell
// and send dataChanged only for the cells that changed, merged into row/column ranges, so a
// poll over thousands of rows costs a few signals.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StageColumn,
        ProgressColumn,
        StatusMessageColumn,
        ResultColumn,
        StartedColumn,
        ElapsedColumn,
        EtaColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: int progress, QDateTime, seconds, text
        KeyRole,                     // job id, or the task id of a task not started here
        IsJobRole,                   // true for this app's jobs
        IsFinishedRole,
    };

    // What one row shows; also the unit of updates.
    struct Row
    {
        QString key;
        bool isJob = true;
        QString name;
        ImportOperation operation = ImportOperation::ImportImage;
        QString taskId;
        QString stage;
        int progress = -1;
        QString statusMessage;
        QString result;
        QDateTime started;
        QDateTime finishedAt;
        bool finished = false;
        bool failed = false;
        qint64 etaHint = -1; // seconds, when the row knows better than its progress (an upload's rate)

        static Row fromJob(const JobRecord &job);
        static Row fromTask(const TaskStatus &task);
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    // The clock for Elapsed and ETA (tests fix it).
    void setClock(std::function<QDateTime()> clock);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts new rows (one beginInsertRows for all) and updates the others cell by cell.
    void upsertRows(const QList<Row> &rows);
    void upsertJob(const JobRecord &job) { upsertRows({Row::fromJob(job)}); }
    void upsertJobs(const QList<JobRecord> &jobs);
    // The Region's tasks; those that belong to a job shown here are skipped (the job's row
    // shows them).
    void upsertTasks(const QList<TaskStatus> &tasks);
    void removeKey(const QString &key);
    // Removes the finished rows; returns the keys of the removed job rows.
    QStringList removeFinished();
    // Elapsed and ETA move with the clock: one dataChanged per run of running rows.
    void refreshTimes();

    int rowOf(const QString &key) const { return m_rowOfKey.value(key, -1); }
    const Row &rowAt(int row) const { return m_rows.at(row); }

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    qint64 elapsedSeconds(const Row &row) const;
    qint64 etaSeconds(const Row &row) const; // -1 when unknown
    void reindex(int from);
    void emitRanges(const QList<std::pair<int, std::pair<int, int>>> &cells);

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, QString> m_jobKeyOfTask; // task id -> job key, to skip a job's own task
    std::function<QDateTime()> m_clock;
};

// "1 h 02 min", "45 s": durations in the table and the CLI.
QString durationText(qint64 seconds);

} // namespace vmi
