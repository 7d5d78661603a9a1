#include "ui/DashboardWindow.h"

#include "import/JobStore.h"
#include "import/JobTracker.h"
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
    m_table->addActions(
        {m_refreshAction, m_cancelAction, m_copyIdsAction, m_openConsoleAction, m_removeFinishedAction});

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
    m_cancelAction = make(u"cancelTaskAction"_s, tr("&Cancel Import..."),
                          QKeySequence(Qt::SHIFT | Qt::Key_Delete), &DashboardWindow::cancelSelected);
    m_copyIdsAction =
        make(u"copyIdsAction"_s, tr("Copy &IDs"), QKeySequence::Copy, &DashboardWindow::copySelectedIds);
    m_openConsoleAction =
        make(u"openConsoleAction"_s, tr("Open in AWS &Console"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &DashboardWindow::openSelectedInConsole);
    m_removeFinishedAction =
        make(u"removeFinishedAction"_s, tr("Remove &Finished"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &DashboardWindow::removeFinished);
}

QWidget *DashboardWindow::createToolBar()
{
    // A QToolBar folds what does not fit into its extension menu, so a narrow window still works.
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"dashboardToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *heading = new QLabel(tr("<b>Imports</b>"), bar);
    heading->setObjectName(u"dashboardHeading"_s);
    bar->addWidget(heading);
    bar->addSeparator();
    bar->addActions(
        {m_refreshAction, m_cancelAction, m_copyIdsAction, m_openConsoleAction, m_removeFinishedAction});
    bar->addSeparator();
    m_showRegion = new QCheckBox(tr("All tasks in the &Region"), bar);
    m_showRegion->setObjectName(u"showRegionCheckBox"_s);
    m_showRegion->setToolTip(tr("Also list the Region's import tasks that this app did not start"));
    connect(m_showRegion, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            listRegionTasks();
    });
    bar->addWidget(m_showRegion);
    m_filter = new QLineEdit(bar);
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
    bar->addWidget(m_filter);
    return bar;
}

void DashboardWindow::restoreState()
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    if (!m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray()))
        m_table->resizeColumnsToContents(); // first start: fit what is there
}

void DashboardWindow::saveState() const
{
    QSettings settings;
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
}

void DashboardWindow::reloadJob(const QString &jobId)
{
    if (m_store->contains(jobId))
        m_model.upsertJob(m_store->job(jobId));
}

void DashboardWindow::jobFinished(const QString &jobId)
{
    const JobRecord job = m_store->job(jobId);
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
    if (m_store->contains(keys.first()))
        html = jobDetailsHtml(m_store->job(keys.first()));
    else if (m_regionTasks.contains(keys.first()))
        html = taskDetailsHtml(m_regionTasks.value(keys.first()));
    if (html != m_details->toHtml())
        m_details->setHtml(html);
}

void DashboardWindow::updateActions()
{
    bool anyRunningJob = false;
    for (const QString &key : selectedKeys()) {
        if (m_store->contains(key) && !m_store->job(key).isFinished())
            anyRunningJob = true;
    }
    const bool one = selectedKeys().size() == 1;
    m_cancelAction->setEnabled(anyRunningJob);
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
    for (const QString &id : std::as_const(jobs))
        m_tracker->cancel(id);
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
