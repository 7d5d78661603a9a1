#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QTableView;

namespace vmi {
struct ImportSettings;
}
namespace vmi::import {
class AwsSession;
}

namespace vmi::ui {

class ImportWizard;

// The app's home: the dashboard of import jobs, and the way into a new import.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newImportAction() const { return m_newImportAction; }
    // The open wizard, if any (File > New Import opens it).
    ImportWizard *importWizard() const;

Q_SIGNALS:
    // "Start import" in the wizard: the settings to upload and submit. The import job and the
    // monitoring window (issues 5 and 7) take it from here.
    void importRequested(const vmi::ImportSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createDashboard();
    void showAbout();
    void restoreWindowState();
    void openImportWizard();
    void acceptImport(const vmi::ImportSettings &settings);

    QAction *m_newImportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QTableView *m_taskTable = nullptr;
    import::AwsSession *m_session = nullptr;
};

} // namespace vmi::ui
