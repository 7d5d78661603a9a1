#include "ui/MainWindow.h"

#include "import/AwsSession.h"
#include "import/ImportJob.h"
#include "import/JobRunner.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "models/ImportSettings.h"
#include "models/PrivateFile.h"
#include "ui/AppSettings.h"
#include "ui/DashboardWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/wizard/ImportWizard.h"
#include "vmi/Version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new import::AwsSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VM Import Wizard"));
    m_store = new import::JobStore(QString(), this);
    m_store->load();
    m_tracker = new import::JobTracker(
        m_store,
        [this](const QString &region, const QString &profile) {
            QString error;
            return m_session->client(profile, region, &error);
        },
        this);
    m_runner = new import::JobRunner(
        m_store, m_tracker,
        [this](const QString &region, const QString &profile) {
            QString error;
            return m_session->client(profile, region, &error);
        },
        this);
    // Before any job starts polling: the user's interval, not the built-in one.
    m_tracker->setIntervals(AppSettings::monitorIntervals());
    createActions();
    createMenus();
    setCentralWidget(createDashboard());
    m_dashboard->setRunner(m_runner);
    statusBar()->showMessage(tr("Ready"));
    resize(960, 600);
    restoreWindowState();
    // After the dashboard is connected, so it shows the first answers: every unfinished job
    // goes on from where it stopped (upload, submit, monitoring), unless another process
    // (a `vmimport run`) drives it.
    QStringList skipped;
    m_runner->resumeUnfinished(&skipped);
    if (!skipped.isEmpty())
        statusBar()->showMessage(skipped.join(u' '));
}

MainWindow::~MainWindow()
{
    // The jobs and the monitor before the AWS session they call through: its clients end the
    // calls in flight, which the jobs would otherwise take for failures.
    delete m_runner;
    delete m_tracker;
}

void MainWindow::createActions()
{
    m_newImportAction =
        new QAction(QIcon(QStringLiteral(":/vmi/icons/new-import.svg")), tr("&New Import..."), this);
    m_newImportAction->setObjectName(QStringLiteral("newImportAction"));
    m_newImportAction->setShortcut(QKeySequence::New);
    m_newImportAction->setStatusTip(
        tr("Import virtual machine disks into AWS as an AMI, a snapshot or an image"));
    connect(m_newImportAction, &QAction::triggered, this, &MainWindow::openImportWizard);

    m_settingsAction = new QAction(tr("&Settings..."), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences key (Cmd+, on macOS); where it has none (Windows, most Linux
    // desktops), Ctrl+, as GNOME apps and many editors use.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_settingsAction->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : preferences);
    // On macOS the entry moves to the application menu as "Preferences...".
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Default Region and profile, AWS keys, proxy, language, uploads"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About VM Import Wizard"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newImportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_settingsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newImportAction);
}

QWidget *MainWindow::createDashboard()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_dashboard = new DashboardWindow(m_store, m_tracker, page);
    layout->addWidget(m_dashboard, 1);

    m_emptyHint = new QLabel(tr("No imports yet. Start one with File > New Import (%1).")
                                 .arg(m_newImportAction->shortcut().toString(QKeySequence::NativeText)),
                             page);
    m_emptyHint->setObjectName(QStringLiteral("emptyDashboardLabel"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emptyHint);
    auto updateHint = [this] {
        m_emptyHint->setVisible(m_dashboard->model()->rowCount() == 0);
    };
    connect(m_dashboard->model(), &QAbstractItemModel::rowsInserted, this, updateHint);
    connect(m_dashboard->model(), &QAbstractItemModel::rowsRemoved, this, updateHint);
    updateHint();
    return page;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VM Import Wizard"),
                       tr("<h3>VM Import Wizard %1</h3>"
                          "<p>Moves virtual machine disks into AWS with EC2 ImportImage, ImportSnapshot "
                          "and Image Builder ImportDiskImage.</p>"
                          "<p>Built with Qt %2 (running on Qt %3), licensed under the LGPL v3; "
                          "QtKeychain, licensed under the BSD 3-Clause licence.</p>")
                           .arg(QStringLiteral(VMI_VERSION_STRING), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

ImportWizard *MainWindow::importWizard() const
{
    return findChild<ImportWizard *>(QStringLiteral("importWizard"));
}

void MainWindow::openImportWizard()
{
    if (ImportWizard *open = importWizard()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importRequested, this, &MainWindow::acceptImport);
    wizard->show();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
}

void MainWindow::openSettings()
{
    if (SettingsDialog *open = settingsDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsApplied, this, &MainWindow::applySettings);
    // Clients holding the old keys in memory read the keychain again at their next call.
    connect(dialog, &SettingsDialog::credentialsChanged, m_session,
            &import::AwsSession::forgetKeychainCredentials);
    dialog->open();
}

void MainWindow::applySettings()
{
    // The proxy is applied by the dialog; the language at the next start.
    m_tracker->setIntervals(AppSettings::monitorIntervals());
    statusBar()->showMessage(tr("Settings saved."), 5000);
}

namespace {
// A job's name for the table: what the user called the import, else its first file.
QString jobNameFor(const ImportSettings &settings)
{
    const std::optional<QString> named = settings.operation == ImportOperation::ImportDiskImage
                                             ? settings.imageBuilder.name
                                             : settings.ec2.description;
    if (named && !named->trimmed().isEmpty())
        return named->trimmed();
    for (const QString &file : settings.upload.localFiles) {
        if (!file.isEmpty())
            return QFileInfo(file).fileName();
    }
    return apiName(settings.operation);
}
} // namespace

void MainWindow::acceptImport(const ImportSettings &requested)
{
    // What the profile leaves at 0 (part size, concurrency, bandwidth) takes the defaults
    // from Settings now, so the job file records the values its upload really uses.
    ImportSettings settings = requested;
    AppSettings::applyUploadDefaults(settings.upload);
    QString error;
    import::ImportJob *job = m_runner->startNew(settings, jobNameFor(settings), &error);
    if (!job) {
        QMessageBox::warning(this, tr("Import not started"), tr("The import could not start: %1").arg(error));
        Q_EMIT importRequested(settings, {});
        return;
    }
    statusBar()->showMessage(tr("Import started: %1 in %2, %n disk(s).", nullptr, int(diskCount(settings)))
                                 .arg(apiName(settings.operation), settings.region));
    // Show where it stands: the new job's row, selected.
    m_dashboard->selectJob(job->id());
    Q_EMIT importRequested(settings, job->id());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    syncPrivateSettings(settings);
    m_dashboard->saveState();
    event->accept();
}

} // namespace vmi::ui
