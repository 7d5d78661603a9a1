#pragma once

#include "models/TaskStatus.h"
#include "models/TaskTableModel.h"
#include "transfer/MultipartUpload.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QTextBrowser;

namespace vmi::import {
class JobRunner;
class JobStore;
class JobTracker;
} // namespace vmi::import

namespace vmi::ui {

// The monitoring view: one row per import (this app's jobs, and on request every import task
// of the Region), a details pane (stages, the error and its fix, the disks), and the actions
// on the selected rows: cancel, refresh now, copy ids, open the AWS console, remove finished
// rows. Every action has a shortcut and sits in the table's context menu. MainWindow hosts it
// as its central widget, so the app's home shows the imports.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(import::JobStore *store, import::JobTracker *tracker, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // The jobs this app drives: their uploads show live, and pause, resume and retry act on them.
    void setRunner(import::JobRunner *runner);

    // Asked before a cancel; the default asks with a message box (tests answer themselves).
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // What "open in the console" does with the URL; the default is QDesktopServices.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    TaskTableModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *copyIdsAction() const { return m_copyIdsAction; }
    QAction *openConsoleAction() const { return m_openConsoleAction; }
    QAction *removeFinishedAction() const { return m_removeFinishedAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *resumeAction() const { return m_resumeAction; }
    QAction *retryAction() const { return m_retryAction; }

    void saveState() const;
    // Selects the job's row (and shows its details).
    void selectJob(const QString &jobId);

Q_SIGNALS:
    // A job ended: the text a notification shows.
    void notified(const QString &title, const QString &message);

private:
    void createActions();
    QWidget *createToolBar();
    void restoreState();
    void reloadJob(const QString &jobId);
    void jobFinished(const QString &jobId);
    void showDetails();
    void updateActions();
    QStringList selectedKeys() const;
    void cancelSelected();
    void pauseSelected();
    void resumeSelected();
    void retrySelected();
    void onUploadProgress(const QString &jobId, int disk, const transfer::UploadProgress &progress);
    TaskTableModel::Row rowOf(const JobRecord &job) const;
    void copySelectedIds() const;
    void openSelectedInConsole();
    void removeFinished();
    void listRegionTasks();
    void showMessage(const QString &text);

    import::JobStore *m_store;
    import::JobTracker *m_tracker;
    import::JobRunner *m_runner = nullptr;
    TaskTableModel m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showRegion = nullptr;
    QLabel *m_message = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_copyIdsAction = nullptr;
    QAction *m_openConsoleAction = nullptr;
    QAction *m_removeFinishedAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_retryAction = nullptr;
    struct LiveUpload
    {
        int disk = -1;
        transfer::UploadProgress progress;
    };
    QHash<QString, LiveUpload> m_uploads; // job id -> the upload running now
    QSet<QString> m_notified;             // jobs whose end was announced (tracker and runner both tell)
    QTimer m_clock;                       // Elapsed and ETA move every second
    QHash<QString, TaskStatus> m_regionTasks;
    std::function<bool(const QString &)> m_confirm;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace vmi::ui
