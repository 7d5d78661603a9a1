#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace vmi {
struct ImportSettings;
}
namespace vmi::import {
class AwsSession;
class JobRunner;
class JobStore;
class JobTracker;
} // namespace vmi::import

namespace vmi::ui {

class DashboardWindow;
class ImportWizard;
class SettingsDialog;

// The app's home: the dashboard of import jobs, and the way into a new import. It hosts the
// DashboardWindow as its central widget rather than opening a second window: the imports are
// what the app is for, and one window keeps one place for them. On start it loads the job
// store and goes on monitoring every unfinished job.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newImportAction() const { return m_newImportAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    DashboardWindow *dashboard() const { return m_dashboard; }
    // (Qualified in full: clang-format takes a line that starts with "import" for a C++20
    // module import.)
    vmi::import::JobTracker *tracker() const { return m_tracker; }
    vmi::import::JobRunner *runner() const { return m_runner; }
    // The open wizard, if any (File > New Import opens it).
    ImportWizard *importWizard() const;
    // The open Settings dialog, if any (Tools > Settings opens it).
    SettingsDialog *settingsDialog() const;

Q_SIGNALS:
    // "Start import" in the wizard: the settings of the job that just started (jobId), or of
    // one that could not be made (jobId empty; the window says why).
    void importRequested(const vmi::ImportSettings &settings, const QString &jobId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createDashboard();
    void showAbout();
    void restoreWindowState();
    void openImportWizard();
    void openSettings();
    void applySettings();
    void acceptImport(const vmi::ImportSettings &settings);

    QAction *m_newImportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    vmi::import::AwsSession *m_session = nullptr;
    vmi::import::JobStore *m_store = nullptr;
    vmi::import::JobTracker *m_tracker = nullptr;
    vmi::import::JobRunner *m_runner = nullptr;
    DashboardWindow *m_dashboard = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace vmi::ui
