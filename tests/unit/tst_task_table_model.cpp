// TaskTableModel under QAbstractItemModelTester; updates signal only the changed cells, as
// ranges; sorting and filtering through a QSortFilterProxyModel; and a benchmark that prints
// how long one poll's update of 5,000 rows takes (printed, not asserted: machines differ).

#include "models/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace vmi;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Start = QDateTime(QDate(2025, 1, 2), QTime(3, 0), Qt::UTC);

TaskTableModel::Row row(int i, int progress, const QString &stage = u"converting"_s)
{
    TaskTableModel::Row r;
    r.key = u"job-%1"_s.arg(i, 5, 10, QChar(u'0'));
    r.name = u"import %1"_s.arg(i);
    r.taskId = u"import-ami-%1"_s.arg(i);
    r.stage = stage;
    r.progress = progress;
    r.started = Start.addSecs(i);
    return r;
}

} // namespace

class TestTaskTableModel : public QObject
{
    Q_OBJECT

    QDateTime m_now = Start.addSecs(3600);

    void fixClock(TaskTableModel &model)
    {
        model.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        TaskTableModel model;
        fixClock(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertRows({row(1, 10), row(2, 20), row(3, 30)});
        model.upsertRows({row(2, 25), row(4, 0)});
        TaskTableModel::Row done = row(1, 100, u"completed"_s);
        done.finished = true;
        done.finishedAt = Start.addSecs(600);
        model.upsertRows({done});
        model.refreshTimes();
        QCOMPARE(model.removeFinished(), QStringList{row(1, 0).key});
        model.removeKey(row(3, 0).key);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(row(4, 0).key), 1);

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(TaskTableModel::SortRole);
        proxy.sort(TaskTableModel::ProgressColumn, Qt::DescendingOrder);
        model.upsertRows({row(5, 90), row(6, 5)});
        QCOMPARE(proxy.index(0, TaskTableModel::NameColumn).data().toString(), u"import 5"_s);
        proxy.setFilterKeyColumn(TaskTableModel::NameColumn);
        proxy.setFilterFixedString(u"import 6"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void displayAndRawValuesAreApart()
    {
        TaskTableModel model;
        fixClock(model);
        model.upsertRows({row(1, 25)});
        const QModelIndex progress = model.index(0, TaskTableModel::ProgressColumn);
        QCOMPARE(progress.data().toString(), u"25 %"_s);
        QCOMPARE(progress.data(TaskTableModel::SortRole).toInt(), 25);
        // 3599 s elapsed at 25 %: three times as long again.
        QCOMPARE(model.index(0, TaskTableModel::ElapsedColumn).data(TaskTableModel::SortRole).toLongLong(),
                 3599);
        QCOMPARE(model.index(0, TaskTableModel::EtaColumn).data(TaskTableModel::SortRole).toLongLong(),
                 3599 * 3);
        QCOMPARE(model.index(0, TaskTableModel::EtaColumn).data().toString(), u"2 h 59 min"_s);
    }

    void signalsOnlyChangedCellsAsRanges()
    {
        TaskTableModel model;
        fixClock(model);
        QList<TaskTableModel::Row> rows;
        for (int i = 0; i < 10; ++i)
            rows.append(row(i, 10));
        model.upsertRows(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.upsertRows(rows); // nothing moved
        QCOMPARE(changed.count(), 0);

        // Rows 2..5 change stage only; row 8 changes its status message only.
        QList<TaskTableModel::Row> update;
        for (int i = 2; i <= 5; ++i)
            update.append(row(i, 10, u"booting"_s));
        TaskTableModel::Row message = row(8, 10);
        message.statusMessage = u"still going"_s;
        update.append(message);
        model.upsertRows(update);
        QCOMPARE(changed.count(), 2);
        const auto first = changed.at(0);
        QCOMPARE(first.at(0).toModelIndex(), model.index(2, TaskTableModel::StageColumn));
        QCOMPARE(first.at(1).toModelIndex(), model.index(5, TaskTableModel::StageColumn));
        const auto second = changed.at(1);
        QCOMPARE(second.at(0).toModelIndex(), model.index(8, TaskTableModel::StatusMessageColumn));
        QCOMPARE(second.at(1).toModelIndex(), model.index(8, TaskTableModel::StatusMessageColumn));
    }

    void regionTasksOfOwnJobsAreNotRepeated()
    {
        TaskTableModel model;
        fixClock(model);
        TaskStatus foreign;
        foreign.taskId = u"import-ami-foreign"_s;
        foreign.status = u"active"_s;
        TaskStatus own = foreign;
        own.taskId = row(1, 0).taskId;
        model.upsertTasks({foreign, own});
        QCOMPARE(model.rowCount(), 2);
        model.upsertRows({row(1, 10)}); // the job's row replaces its task's row
        QCOMPARE(model.rowCount(), 2);
        model.upsertTasks({own});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(model.rowOf(row(1, 0).key), 0).data(TaskTableModel::IsJobRole).toBool());
        QVERIFY(!model.index(model.rowOf(foreign.taskId), 0).data(TaskTableModel::IsJobRole).toBool());
    }

    void benchmarkPollOf5000Rows_data()
    {
        QTest::addColumn<bool>("sortedProxy");
        QTest::newRow("model alone") << false;
        QTest::newRow("model + sorted proxy (as in the dashboard)") << true;
    }

    void benchmarkPollOf5000Rows()
    {
        QFETCH(bool, sortedProxy);
        TaskTableModel model;
        fixClock(model);
        QSortFilterProxyModel proxy;
        if (sortedProxy) {
            proxy.setSourceModel(&model);
            proxy.setSortRole(TaskTableModel::SortRole);
            proxy.sort(TaskTableModel::NameColumn);
        }
        QList<TaskTableModel::Row> rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(row(i, i % 90));
        model.upsertRows(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        int round = 0;
        qint64 worstNs = 0;
        QBENCHMARK
        {
            // One poll: every task's progress moves by one.
            ++round;
            for (int i = 0; i < rows.size(); ++i)
                rows[i].progress = (i + round) % 90;
            QElapsedTimer timer;
            timer.start();
            model.upsertRows(rows);
            worstNs = std::max(worstNs, timer.nsecsElapsed());
        }
        qInfo("one poll's update of 5000 rows (%s): worst %.2f ms over %d rounds, %lld dataChanged "
              "signals in all (target: under 16 ms)",
              sortedProxy ? "sorted proxy" : "model alone", double(worstNs) / 1e6, round,
              qint64(changed.count()));
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.index(4999, TaskTableModel::ProgressColumn).data(TaskTableModel::SortRole).toInt(),
                 (4999 + round) % 90);
    }
};

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_task_table_model.moc"
