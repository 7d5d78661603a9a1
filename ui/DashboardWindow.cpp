#include "ui/DashboardWindow.h"

#include "import/ImportJob.h"
#include "import/JobRunner.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "models/PrivateFile.h"
#include "ui/ConsoleLink.h"
#include "ui/TaskDetails.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vmi::ui {

namespace {
const QString SplitterKey = u"dashboard/splitter"_s;
const QString HeaderKey = u"dashboard/header"_s;
} // namespace

DashboardWindow::DashboardWindow(import::JobStore *store, import::JobTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Cancel import"), question) == QMessageBox::Yes;
    })
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(u"dashboard"_s);
    createActions();

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(TaskTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column

    m_table = new QTableView(this);
    m_table->setObjectName(u"taskTableView"_s);
    m_table->setAccessibleName(tr("Import tasks"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->addActions({m_refreshAction, m_pauseAction, m_resumeAction, m_retryAction, m_cancelAction,
                         m_copyIdsAction, m_openConsoleAction, m_removeFinishedAction});

    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"taskDetailsView"_s);
    m_details->setAccessibleName(tr("Task details"));
    m_details->setOpenLinks(false);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"dashboardSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"dashboardMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("VM Import Wizard"));
        m_tray->show();
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_store, &import::JobStore::jobSaved, this, &DashboardWindow::reloadJob);
    connect(m_tracker, &import::JobTracker::jobFinished, this, &DashboardWindow::jobFinished);
    connect(m_tracker, &import::JobTracker::problem, this,
            [this](const QString &, const QString &message) { showMessage(message); });
    connect(m_tracker, &import::JobTracker::cancelFinished, this,
            [this](const QString &jobId, const aws::AwsError &error) {
                if (error.isError())
                    showMessage(tr("Could not cancel %1: %2").arg(jobId, error.toCliText()));
            });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, &m_model, &TaskTableModel::refreshTimes);
    m_clock.start();

    m_model.upsertJobs(m_store->jobs());
    for (const import::JobStore::Problem &problem : m_store->problems())
        showMessage(tr("Job file left alone: %1 (%2)").arg(problem.path, problem.reason));
    restoreState();
    updateActions();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::setRunner(import::JobRunner *runner)
{
    m_runner = runner;
    connect(runner, &import::JobRunner::uploadProgressChanged, this, &DashboardWindow::onUploadProgress);
    connect(runner, &import::JobRunner::jobFinished, this, &DashboardWindow::jobFinished);
    connect(runner, &import::JobRunner::jobStarted, this, [this](const QString &jobId) {
        reloadJob(jobId);
        updateActions();
    });
    connect(runner, &import::JobRunner::notice, this,
            [this](const QString &jobId, const QString &text) { showMessage(jobId + u": "_s + text); });
    updateActions();
}

TaskTableModel::Row DashboardWindow::rowOf(const JobRecord &job) const
{
    TaskTableModel::Row row = TaskTableModel::Row::fromJob(job);
    const auto live = m_uploads.constFind(job.id);
    if (job.state != JobRecord::State::Uploading || live == m_uploads.cend())
        return row;
    // The upload in words: which disk, how far, how fast, how long still.
    const transfer::UploadProgress &progress = live->progress;
    qsizetype position = 0;
    while (position < job.uploads.size() && job.uploads[position].disk != live->disk)
        ++position;
    row.stage = job.paused ? tr("paused (disk %1 of %2)").arg(position + 1).arg(job.uploads.size())
                           : tr("uploading (disk %1 of %2)").arg(position + 1).arg(job.uploads.size());
    row.progress = progress.totalBytes > 0 ? int(progress.transferredBytes() * 100 / progress.totalBytes) : 0;
    row.statusMessage = uploadProgressText(progress);
    row.etaHint = job.paused ? -1 : progress.etaSeconds;
    return row;
}

void DashboardWindow::onUploadProgress(const QString &jobId, int disk,
                                       const transfer::UploadProgress &progress)
{
    m_uploads.insert(jobId, {disk, progress});
    reloadJob(jobId);
}

void DashboardWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_refreshAction = make(u"refreshAction"_s, tr("&Refresh Now"), QKeySequence::Refresh, [this] {
        m_tracker->refreshNow();
        if (m_showRegion->isChecked())
            listRegionTasks();
    });
    m_pauseAction = make(u"pauseUploadAction"_s, tr("&Pause Upload"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &DashboardWindow::pauseSelected);
    m_resumeAction = make(u"resumeUploadAction"_s, tr("Res&ume Upload"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &DashboardWindow::resumeSelected);
    m_retryAction = make(u"retryJobAction"_s, tr("Re&try"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                         &DashboardWindow::retrySelected);
    m_cancelAction = make(u"cancelTaskAction"_s, tr("&Cancel Import..."),
                          QKeySequence(Qt::SHIFT | Qt::Key_Delete), &DashboardWindow::cancelSelected);
    m_copyIdsAction =
        make(u"copyIdsAction"_s, tr("Copy &IDs"), QKeySequence::Copy, &DashboardWindow::copySelectedIds);
    m_openConsoleAction =
        make(u"openConsoleAction"_s, tr("Open in AWS Co&nsole"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &DashboardWindow::openSelectedInConsole);
    m_removeFinishedAction =
        make(u"removeFinishedAction"_s, tr("Remove &Finished"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &DashboardWindow::removeFinished);
}

QWidget *DashboardWindow::createToolBar()
{
    // The actions in a QToolBar, which folds what does not fit into its extension menu; the
    // Region switch and the filter on a row of their own, so a narrow window still has them.
    auto *top = new QWidget(this);
    auto *rows = new QVBoxLayout(top);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(top);
    bar->setObjectName(u"dashboardToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *heading = new QLabel(tr("<b>Imports</b>"), bar);
    heading->setObjectName(u"dashboardHeading"_s);
    bar->addWidget(heading);
    bar->addSeparator();
    bar->addActions({m_refreshAction, m_pauseAction, m_resumeAction, m_retryAction, m_cancelAction,
                     m_copyIdsAction, m_openConsoleAction, m_removeFinishedAction});
    rows->addWidget(bar);

    auto *filterRow = new QHBoxLayout;
    m_showRegion = new QCheckBox(tr("All tasks in the Re&gion"), top);
    m_showRegion->setObjectName(u"showRegionCheckBox"_s);
    m_showRegion->setToolTip(tr("Also list the Region's import tasks that this app did not start"));
    connect(m_showRegion, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            listRegionTasks();
    });
    m_filter = new QLineEdit(top);
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter imports"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showRegion);
    rows->addLayout(filterRow);
    return top;
}

void DashboardWindow::restoreState()
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    if (!m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray()))
        m_table->resizeColumnsToContents(); // first start: fit what is there
}

void DashboardWindow::selectJob(const QString &jobId)
{
    const int row = m_model.rowOf(jobId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DashboardWindow::saveState() const
{
    QSettings settings;
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    syncPrivateSettings(settings);
}

void DashboardWindow::reloadJob(const QString &jobId)
{
    if (!m_store->contains(jobId))
        return;
    const JobRecord job = m_store->job(jobId);
    if (job.state != JobRecord::State::Uploading)
        m_uploads.remove(jobId);
    m_model.upsertRows({rowOf(job)});
}

void DashboardWindow::jobFinished(const QString &jobId)
{
    const JobRecord job = m_store->job(jobId);
    if (!job.isFinished() || m_notified.contains(jobId))
        return;
    m_notified.insert(jobId);
    QString title, message;
    switch (job.state) {
    case JobRecord::State::Completed:
        title = tr("Import completed");
        message =
            tr("%1: %2").arg(job.name, !job.imageId.isEmpty() ? job.imageId : job.snapshotIds.join(u", "));
        break;
    case JobRecord::State::Failed:
        title = tr("Import failed");
        message = tr("%1: %2").arg(job.name, job.error);
        break;
    default:
        title = tr("Import cancelled");
        message = job.name;
        break;
    }
    if (m_tray)
        m_tray->showMessage(title, message,
                            job.state == JobRecord::State::Failed ? QSystemTrayIcon::Critical
                                                                  : QSystemTrayIcon::Information);
    Q_EMIT notified(title, message);
}

QStringList DashboardWindow::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        keys.append(index.data(TaskTableModel::KeyRole).toString());
    return keys;
}

void DashboardWindow::showDetails()
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1) {
        m_details->clear();
        return;
    }
    QString html;
    if (m_store->contains(keys.first())) {
        const LiveUpload live = m_uploads.value(keys.first());
        html = jobDetailsHtml(m_store->job(keys.first()), live.disk, live.progress);
    } else if (m_regionTasks.contains(keys.first()))
        html = taskDetailsHtml(m_regionTasks.value(keys.first()));
    if (html != m_details->toHtml())
        m_details->setHtml(html);
}

void DashboardWindow::updateActions()
{
    bool anyRunningJob = false;
    bool anyPausable = false;
    bool anyPaused = false;
    bool anyFailed = false;
    for (const QString &key : selectedKeys()) {
        if (!m_store->contains(key))
            continue;
        const JobRecord job = m_store->job(key);
        anyRunningJob = anyRunningJob || !job.isFinished();
        const bool driven = m_runner && m_runner->job(key);
        const bool beforeSubmit =
            job.state == JobRecord::State::Inspecting || job.state == JobRecord::State::Uploading;
        anyPausable = anyPausable || (driven && beforeSubmit && !job.paused);
        anyPaused = anyPaused || (m_runner && beforeSubmit && job.paused);
        anyFailed =
            anyFailed || (m_runner && job.state == JobRecord::State::Failed && !job.settings.isEmpty());
    }
    const bool one = selectedKeys().size() == 1;
    m_cancelAction->setEnabled(anyRunningJob);
    m_pauseAction->setEnabled(anyPausable);
    m_resumeAction->setEnabled(anyPaused);
    m_retryAction->setEnabled(anyFailed);
    m_copyIdsAction->setEnabled(!selectedKeys().isEmpty());
    m_openConsoleAction->setEnabled(one && m_store->contains(selectedKeys().value(0)));
}

void DashboardWindow::cancelSelected()
{
    QStringList jobs;
    QStringList names;
    for (const QString &key : selectedKeys()) {
        if (m_store->contains(key) && !m_store->job(key).isFinished()) {
            jobs.append(key);
            names.append(m_store->job(key).name);
        }
    }
    if (jobs.isEmpty())
        return;
    if (!m_confirm(tr("Cancel %n import(s)? AWS stops the task and deletes what it made so far.\n\n%1",
                      nullptr, int(jobs.size()))
                       .arg(names.join(u'\n'))))
        return;
    for (const QString &id : std::as_const(jobs)) {
        if (!m_runner) {
            m_tracker->cancel(id);
            continue;
        }
        // Through the job, under its lock: it knows its upload (aborted) and a submit in
        // flight; a job another process drives (a `vmimport run`) is left to that process.
        QString error;
        if (import::ImportJob *job = m_runner->attach(id, &error))
            job->cancel();
        else
            showMessage(tr("Could not cancel %1: %2").arg(id, error));
    }
}

void DashboardWindow::pauseSelected()
{
    for (const QString &key : selectedKeys()) {
        if (import::ImportJob *job = m_runner ? m_runner->job(key) : nullptr)
            job->pause();
    }
    updateActions();
}

void DashboardWindow::resumeSelected()
{
    for (const QString &key : selectedKeys()) {
        if (!m_runner || !m_store->contains(key) || !m_store->job(key).paused)
            continue;
        QString error;
        // A job paused before a restart has no driver yet: take it on first.
        import::ImportJob *job = m_runner->attach(key, &error);
        if (!job) {
            showMessage(error);
            continue;
        }
        job->resume();
    }
    updateActions();
}

void DashboardWindow::retrySelected()
{
    for (const QString &key : selectedKeys()) {
        if (!m_runner || !m_store->contains(key) || m_store->job(key).state != JobRecord::State::Failed)
            continue;
        QString error;
        import::ImportJob *job = m_runner->attach(key, &error);
        if (!job || !job->retry(&error))
            showMessage(error);
        else
            m_notified.remove(key);
    }
    updateActions();
}

void DashboardWindow::copySelectedIds() const
{
    QStringList ids;
    for (const QString &key : selectedKeys()) {
        if (!m_store->contains(key)) {
            ids.append(key); // a Region task: its task id
            continue;
        }
        const JobRecord job = m_store->job(key);
        for (const QString &id : QStringList{job.taskId, job.imageId} + job.snapshotIds) {
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
    }
    QApplication::clipboard()->setText(ids.join(u'\n'));
}

void DashboardWindow::openSelectedInConsole()
{
    const QStringList keys = selectedKeys();
    if (keys.size() == 1 && m_store->contains(keys.first()))
        m_openUrl(consoleUrl(m_store->job(keys.first())));
}

void DashboardWindow::removeFinished()
{
    const QStringList removed = m_model.removeFinished();
    for (const QString &id : removed) {
        QString error;
        if (!m_store->remove(id, &error))
            showMessage(error);
    }
    for (auto it = m_regionTasks.begin(); it != m_regionTasks.end();) {
        it = isTerminal(it->phase) ? m_regionTasks.erase(it) : std::next(it);
    }
}

void DashboardWindow::listRegionTasks()
{
    // The Region and profile of the newest job: the account the user works in.
    const QList<JobRecord> jobs = m_store->jobs();
    if (jobs.isEmpty()) {
        showMessage(tr("No job yet, so no Region to list."));
        return;
    }
    import::TaskMonitor *monitor = m_tracker->monitor(jobs.constLast().region, jobs.constLast().awsProfile);
    if (!monitor)
        return;
    connect(
        monitor, &import::TaskMonitor::regionListed, this,
        [this](const QList<TaskStatus> &tasks, const aws::AwsError &error) {
            if (error.isError())
                showMessage(error.toCliText());
            for (const TaskStatus &task : tasks)
                m_regionTasks.insert(task.taskId, task);
            m_model.upsertTasks(tasks);
        },
        Qt::SingleShotConnection);
    monitor->listRegion();
}

void DashboardWindow::showMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace vmi::ui
