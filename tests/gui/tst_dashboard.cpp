// The dashboard on the offscreen platform, over a job store with a running, a completed and a
// failed import: rows, the details pane (stages, error and fix, disks), the actions and their
// shortcuts, the notification when a job ends, and a screenshot when VMI_SCREENSHOT_DIR is set.

#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "ui/Application.h"
#include "ui/ConsoleLink.h"
#include "ui/DashboardWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace vmi;
using namespace vmi::ui;
using namespace Qt::StringLiterals;

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<import::JobStore> m_store;
    std::unique_ptr<import::JobTracker> m_tracker;
    JobRecord m_running, m_completed, m_failed;

    JobRecord addJob(const QString &name, const QList<TaskStatus> &statuses)
    {
        JobRecord job = m_store->createJob(name, ImportOperation::ImportImage, {}, u"eu-west-1"_s, u"work"_s);
        job.taskId = u"import-ami-"_s + name;
        job.submitOutcome = JobRecord::SubmitOutcome::Accepted;
        job.state = JobRecord::State::Monitoring;
        QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (TaskStatus status : statuses) {
            status.taskId = job.taskId;
            job.applyStatus(status, at = at.addSecs(60));
        }
        m_store->save(job);
        return job;
    }

    static TaskStatus status(const QString &raw, const QString &message, int progress, TaskPhase phase)
    {
        TaskStatus s;
        s.status = raw;
        s.statusMessage = message;
        s.progress = progress;
        s.phase = phase;
        return s;
    }

    int rowOf(DashboardWindow &dashboard, const QString &key)
    {
        QAbstractItemModel *view = dashboard.table()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            if (view->index(row, 0).data(TaskTableModel::KeyRole).toString() == key)
                return row;
        }
        return -1;
    }

    void select(DashboardWindow &dashboard, const QString &key)
    {
        dashboard.table()->clearSelection();
        dashboard.table()->selectRow(rowOf(dashboard, key));
    }

private Q_SLOTS:
    void initTestCase()
    {
        vmi::ui::setUpApplication(*qApp);
        QSettings().clear();
    }

    void init()
    {
        m_store = std::make_unique<import::JobStore>(m_dir.path() + u"/jobs"_s);
        QVERIFY(m_store->load());
        // No AWS here: the tracker has no client, so a cancel reports why it cannot go out.
        m_tracker = std::make_unique<import::JobTracker>(
            m_store.get(), [](const QString &, const QString &) { return nullptr; });
        m_running = addJob(u"running"_s, {status(u"active"_s, u"converting"_s, 28, TaskPhase::Active)});
        TaskStatus done = status(u"completed"_s, {}, 100, TaskPhase::Completed);
        done.imageId = u"ami-0123456789abcdef0"_s;
        done.snapshotIds = {u"snap-0aaa"_s};
        done.disks = {TaskDiskDetail{{},
                                     u"/dev/sda1"_s,
                                     u"VMDK"_s,
                                     u"s3://b/disk.vmdk"_s,
                                     7.0e8,
                                     u"completed"_s,
                                     {},
                                     -1,
                                     u"snap-0aaa"_s}};
        m_completed =
            addJob(u"completed"_s, {status(u"active"_s, u"booting"_s, 62, TaskPhase::Active), done});
        m_failed = addJob(u"failed"_s, {status(u"active"_s, u"validating"_s, 12, TaskPhase::Active),
                                        status(u"deleted"_s, u"ClientError: Unknown OS / Missing OS files."_s,
                                               -1, TaskPhase::Failed)});
    }

    void cleanup()
    {
        m_tracker.reset();
        m_store.reset();
        QDir(m_dir.path() + u"/jobs"_s).removeRecursively();
    }

    void showsTheJobsAndTheirDetails()
    {
        DashboardWindow dashboard(m_store.get(), m_tracker.get());
        QAbstractItemModelTester tester(dashboard.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dashboard.resize(1000, 600);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(dashboard.table()->model()->rowCount(), 3);

        auto *details = dashboard.findChild<QTextBrowser *>(u"taskDetailsView"_s);
        QVERIFY(details);
        select(dashboard, m_failed.id);
        const QString failedText = details->toPlainText();
        QVERIFY2(failedText.contains(u"ClientError: Unknown OS / Missing OS files."_s),
                 qPrintable(failedText));
        QVERIFY2(failedText.contains(u"How to fix it:"_s), qPrintable(failedText));
        QVERIFY(failedText.contains(u"validating"_s)); // the stage history

        select(dashboard, m_completed.id);
        const QString completedText = details->toPlainText();
        QVERIFY(completedText.contains(u"ami-0123456789abcdef0"_s));
        QVERIFY(completedText.contains(u"s3://b/disk.vmdk"_s)); // the disks
        QVERIFY(completedText.contains(u"booting"_s));

        const QByteArray screenshotDir = qgetenv("VMI_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(screenshotDir));
            QVERIFY(dashboard.grab().save(QString::fromLocal8Bit(screenshotDir) + u"/dashboard.png"_s));
        }
    }

    void actionsWorkFromTheKeyboard()
    {
        DashboardWindow dashboard(m_store.get(), m_tracker.get());
        QUrl opened;
        dashboard.setUrlOpener([&opened](const QUrl &url) { opened = url; });
        dashboard.resize(1000, 600); // wide enough for the filter to be on the tool bar
        dashboard.show();
        QApplication::setActiveWindow(&dashboard);
        QVERIFY(QTest::qWaitForWindowActive(&dashboard));
        dashboard.table()->setFocus();

        select(dashboard, m_completed.id);
        QVERIFY(!dashboard.cancelAction()->isEnabled()); // nothing to cancel on a finished job
        QTest::keySequence(dashboard.table(), QKeySequence::Copy);
        const QString clipboard = QApplication::clipboard()->text();
        QVERIFY2(clipboard.contains(u"ami-0123456789abcdef0"_s) && clipboard.contains(u"snap-0aaa"_s) &&
                     clipboard.contains(m_completed.taskId),
                 qPrintable(clipboard));

        QTest::keySequence(dashboard.table(), dashboard.openConsoleAction()->shortcut());
        QCOMPARE(opened, consoleUrl(m_completed));
        QCOMPARE(opened.host(), u"eu-west-1.console.aws.amazon.com"_s);
        QVERIFY(opened.toString().contains(u"ami-0123456789abcdef0"_s));

        // Cancel asks first; "no" sends nothing, "yes" goes to the tracker (which has no client here).
        select(dashboard, m_running.id);
        QVERIFY(dashboard.cancelAction()->isEnabled());
        QStringList asked;
        bool answer = false;
        dashboard.setConfirm([&](const QString &question) {
            asked.append(question);
            return answer;
        });
        QSignalSpy cancels(m_tracker.get(), &import::JobTracker::cancelFinished);
        QTest::keySequence(dashboard.table(), dashboard.cancelAction()->shortcut());
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(u"running"_s));
        QCOMPARE(cancels.count(), 0);
        answer = true;
        QTest::keySequence(dashboard.table(), dashboard.cancelAction()->shortcut());
        QCOMPARE(cancels.count(), 1);
        auto *message = dashboard.findChild<QLabel *>(u"dashboardMessageLabel"_s);
        QVERIFY2(message->text().contains(u"Could not cancel"_s), qPrintable(message->text()));
        QVERIFY(!m_store->job(m_running.id).isFinished());

        // Ctrl+F goes to the filter; the filter narrows the rows.
        QTest::keySequence(dashboard.table(), QKeySequence::Find);
        auto *filter = dashboard.findChild<QLineEdit *>(u"filterLineEdit"_s);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"failed"_s);
        QCOMPARE(dashboard.table()->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(dashboard.table()->model()->rowCount(), 3);

        // Remove finished: the two finished rows and their files go, the running one stays.
        dashboard.table()->setFocus();
        QTest::keySequence(dashboard.table(), dashboard.removeFinishedAction()->shortcut());
        QCOMPARE(dashboard.table()->model()->rowCount(), 1);
        QVERIFY(!QFile::exists(m_store->pathFor(m_completed.id)));
        QVERIFY(!QFile::exists(m_store->pathFor(m_failed.id)));
        QVERIFY(QFile::exists(m_store->pathFor(m_running.id)));
    }

    void notifiesWhenAJobEnds()
    {
        DashboardWindow dashboard(m_store.get(), m_tracker.get());
        QSignalSpy notified(&dashboard, &DashboardWindow::notified);
        Q_EMIT m_tracker->jobFinished(m_failed.id);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), u"Import failed"_s);
        QVERIFY(notified.first().at(1).toString().contains(u"Unknown OS"_s));
    }

    void updatesRowsWhenTheStoreSavesAJob()
    {
        DashboardWindow dashboard(m_store.get(), m_tracker.get());
        QSignalSpy changed(dashboard.model(), &QAbstractItemModel::dataChanged);
        JobRecord job = m_store->job(m_running.id);
        TaskStatus next = status(u"active"_s, u"updating"_s, 41, TaskPhase::Active);
        next.taskId = job.taskId;
        QVERIFY(job.applyStatus(next, QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->save(job));
        QVERIFY(changed.count() >= 1);
        const int row = dashboard.model()->rowOf(m_running.id);
        QCOMPARE(dashboard.model()->index(row, TaskTableModel::StageColumn).data().toString(), u"updating"_s);
        QCOMPARE(dashboard.model()
                     ->index(row, TaskTableModel::ProgressColumn)
                     .data(TaskTableModel::SortRole)
                     .toInt(),
                 41);
    }

    void consoleLinksFollowThePartition()
    {
        JobRecord job;
        job.region = u"cn-north-1"_s;
        job.snapshotIds = {u"snap-1"_s};
        QCOMPARE(consoleUrl(job).host(), u"console.amazonaws.cn"_s);
        QVERIFY(consoleUrl(job).fragment().contains(u"snap-1"_s));
        job.region = u"us-gov-west-1"_s;
        QCOMPARE(consoleUrl(job).host(), u"console.amazonaws-us-gov.com"_s);
        JobRecord iso;
        iso.region = u"us-east-1"_s;
        iso.operation = ImportOperation::ImportDiskImage;
        iso.taskId = u"arn:aws:imagebuilder:us-east-1:123456789012:image/w/1.0.0/1"_s;
        QVERIFY(consoleUrl(iso).path().startsWith(u"/imagebuilder"_s));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
