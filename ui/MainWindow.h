#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QTableView;

namespace vmi::ui {

// The app's home: the dashboard of import jobs, and the way into a new import.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newImportAction() const { return m_newImportAction; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createDashboard();
    void showAbout();
    void restoreWindowState();

    QAction *m_newImportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QTableView *m_taskTable = nullptr;
};

} // namespace vmi::ui
