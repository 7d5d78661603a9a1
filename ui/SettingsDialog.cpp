#include "ui/SettingsDialog.h"

#include "aws/Endpoints.h"
#include "aws/KeychainStore.h"
#include "import/AwsSession.h"
#include "transfer/MultipartUpload.h"
#include "ui/AppSettings.h"
#include "ui/KeychainCredentialsEditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {

constexpr qint64 MiB = 1024 * 1024;
// S3's part size limits; the spin box's minimum one below stands for "automatic".
constexpr int MinPartSizeMiB = 5;
constexpr int MaxPartSizeMiB = 5 * 1024;
constexpr int AutomaticPartSize = MinPartSizeMiB - 1;
constexpr int MaxBandwidthMiBps = 100'000;

// A label whose mnemonic moves the focus to its field.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_keychain(std::make_unique<aws::KeychainStore>())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_credentials = new KeychainCredentialsEditor(m_keychain.get(), m_tabs);
    m_credentials->setObjectName(QStringLiteral("keychainCredentialsEditor"));
    m_tabs->addTab(m_credentials, tr("AWS &Keys"));
    m_tabs->addTab(createNetworkTab(), tr("&Network"));
    m_tabs->addTab(createUploadTab(), tr("&Uploads"));
    layout->addWidget(m_tabs);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_credentials, &KeychainCredentialsEditor::credentialsChanged, this,
            &SettingsDialog::credentialsChanged);
    connect(m_region, &QLineEdit::textChanged, this, &SettingsDialog::updateOkButton);
    connect(m_manualProxy, &QRadioButton::toggled, this, &SettingsDialog::updateOkButton);
    connect(m_proxyHost, &QLineEdit::textChanged, this, &SettingsDialog::updateOkButton);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &SettingsDialog::updateOkButton);

    loadValues();
    updateOkButton();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createGeneralTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *defaults = new QGroupBox(tr("Defaults for a new import"), page);
    auto *defaultsForm = new QFormLayout(defaults);
    m_region = new QLineEdit(defaults);
    m_region->setObjectName(QStringLiteral("defaultRegionLineEdit"));
    m_region->setAccessibleName(tr("Default AWS Region"));
    m_region->setPlaceholderText(tr("The AWS profile's Region, e.g. eu-west-1"));
    m_region->setClearButtonEnabled(true);
    defaultsForm->addRow(buddyLabel(tr("&Region:"), m_region), m_region);

    m_awsProfile = new QComboBox(defaults);
    m_awsProfile->setObjectName(QStringLiteral("defaultAwsProfileComboBox"));
    m_awsProfile->setAccessibleName(tr("Default AWS profile"));
    m_awsProfile->setEditable(true);
    m_awsProfile->setInsertPolicy(QComboBox::NoInsert);
    // The empty entry: the AWS CLI's own choice (AWS_PROFILE, else "default").
    m_awsProfile->addItem(QString());
    m_awsProfile->addItems(import::AwsSession::profileNames());
    m_awsProfile->lineEdit()->setPlaceholderText(tr("The AWS CLI's default"));
    defaultsForm->addRow(buddyLabel(tr("AWS &profile:"), m_awsProfile), m_awsProfile);
    layout->addWidget(defaults);

    auto *appearance = new QGroupBox(tr("Interface"), page);
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so a user can find theirs whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    appearanceForm->addRow(buddyLabel(tr("&Language:"), m_language), m_language);
    auto *restartNote = new QLabel(tr("A new language applies when the app starts again."), appearance);
    restartNote->setWordWrap(true);
    appearanceForm->addRow(QString(), restartNote);
    layout->addWidget(appearance);

    auto *monitoring = new QGroupBox(tr("Monitoring"), page);
    auto *monitoringForm = new QFormLayout(monitoring);
    m_pollInterval = new QSpinBox(monitoring);
    m_pollInterval->setObjectName(QStringLiteral("pollIntervalSpinBox"));
    m_pollInterval->setAccessibleName(tr("Polling interval in seconds"));
    m_pollInterval->setRange(int(AppSettings::MinPollInterval.count()),
                             int(AppSettings::MaxPollInterval.count()));
    connect(m_pollInterval, &QSpinBox::valueChanged, m_pollInterval,
            [this](int seconds) { m_pollInterval->setSuffix(tr(" second(s)", "spin box suffix", seconds)); });
    m_pollInterval->setToolTip(
        tr("How often the app asks AWS about an import task that is moving; a task that does not move is "
           "asked less often."));
    monitoringForm->addRow(buddyLabel(tr("&Check import tasks every:"), m_pollInterval), m_pollInterval);
    layout->addWidget(monitoring);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createNetworkTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *proxyBox = new QGroupBox(tr("Proxy"), page);
    auto *proxyLayout = new QVBoxLayout(proxyBox);
    m_systemProxy = new QRadioButton(tr("Use the &system's proxy settings"), proxyBox);
    m_systemProxy->setObjectName(QStringLiteral("systemProxyRadioButton"));
    m_manualProxy = new QRadioButton(tr("Use this &HTTP proxy:"), proxyBox);
    m_manualProxy->setObjectName(QStringLiteral("manualProxyRadioButton"));
    auto *group = new QButtonGroup(proxyBox);
    group->addButton(m_systemProxy);
    group->addButton(m_manualProxy);
    proxyLayout->addWidget(m_systemProxy);
    proxyLayout->addWidget(m_manualProxy);

    auto *manualForm = new QFormLayout;
    manualForm->setContentsMargins(24, 0, 0, 0);
    m_proxyHost = new QLineEdit(proxyBox);
    m_proxyHost->setObjectName(QStringLiteral("proxyHostLineEdit"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    manualForm->addRow(buddyLabel(tr("H&ost:"), m_proxyHost), m_proxyHost);
    m_proxyPort = new QSpinBox(proxyBox);
    m_proxyPort->setObjectName(QStringLiteral("proxyPortSpinBox"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    manualForm->addRow(buddyLabel(tr("Po&rt:"), m_proxyPort), m_proxyPort);
    proxyLayout->addLayout(manualForm);
    auto enableManual = [this](bool manual) {
        m_proxyHost->setEnabled(manual);
        m_proxyPort->setEnabled(manual);
    };
    connect(m_manualProxy, &QRadioButton::toggled, this, enableManual);
    enableManual(false);
    layout->addWidget(proxyBox);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createUploadTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro =
        new QLabel(tr("Used by every upload whose import profile does not set its own value."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;

    m_partSize = new QSpinBox(page);
    m_partSize->setObjectName(QStringLiteral("partSizeSpinBox"));
    m_partSize->setAccessibleName(tr("Part size in MiB"));
    m_partSize->setRange(AutomaticPartSize, MaxPartSizeMiB);
    m_partSize->setSpecialValueText(tr("Automatic (from the file size)"));
    m_partSize->setSuffix(tr(" MiB"));
    form->addRow(buddyLabel(tr("&Part size:"), m_partSize), m_partSize);

    m_concurrency = new QSpinBox(page);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpinBox"));
    m_concurrency->setAccessibleName(tr("Parts sent at the same time"));
    m_concurrency->setRange(0, transfer::UploadOptions::MaxConcurrency);
    m_concurrency->setSpecialValueText(tr("Default (%1)").arg(transfer::UploadOptions::DefaultConcurrency));
    form->addRow(buddyLabel(tr("Parts sent at the &same time:"), m_concurrency), m_concurrency);

    m_bandwidth = new QSpinBox(page);
    m_bandwidth->setObjectName(QStringLiteral("bandwidthSpinBox"));
    m_bandwidth->setAccessibleName(tr("Bandwidth limit in MiB per second"));
    m_bandwidth->setRange(0, MaxBandwidthMiBps);
    m_bandwidth->setSpecialValueText(tr("No limit"));
    m_bandwidth->setSuffix(tr(" MiB/s"));
    form->addRow(buddyLabel(tr("&Bandwidth limit:"), m_bandwidth), m_bandwidth);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::loadValues()
{
    m_region->setText(AppSettings::defaultRegion());
    m_awsProfile->setCurrentText(AppSettings::defaultAwsProfile());
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_pollInterval->setValue(int(AppSettings::pollInterval().count()));
    // setValue() does not signal an unchanged value: the suffix is set here too.
    m_pollInterval->setSuffix(tr(" second(s)", "spin box suffix", m_pollInterval->value()));

    const ProxySettings proxy = AppSettings::proxy();
    (proxy.mode == ProxyMode::Manual ? m_manualProxy : m_systemProxy)->setChecked(true);
    m_proxyHost->setText(proxy.host);
    if (proxy.port != 0)
        m_proxyPort->setValue(proxy.port);

    const UploadDefaults upload = AppSettings::uploadDefaults();
    m_partSize->setValue(upload.partSize > 0
                             ? int(std::clamp<qint64>(upload.partSize / MiB, MinPartSizeMiB, MaxPartSizeMiB))
                             : AutomaticPartSize);
    m_concurrency->setValue(upload.concurrency);
    m_bandwidth->setValue(int(qMin<qint64>(upload.maxBandwidth / MiB, MaxBandwidthMiBps)));
}

void SettingsDialog::storeValues() const
{
    AppSettings::setDefaultRegion(m_region->text());
    AppSettings::setDefaultAwsProfile(m_awsProfile->currentText());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setPollInterval(std::chrono::seconds(m_pollInterval->value()));
    AppSettings::setProxy({m_manualProxy->isChecked() ? ProxyMode::Manual : ProxyMode::System,
                           m_proxyHost->text().trimmed(), quint16(m_proxyPort->value())});
    UploadDefaults upload;
    upload.partSize = m_partSize->value() == AutomaticPartSize ? 0 : m_partSize->value() * MiB;
    upload.concurrency = m_concurrency->value();
    upload.maxBandwidth = qint64(m_bandwidth->value()) * MiB;
    AppSettings::setUploadDefaults(upload);
}

void SettingsDialog::updateOkButton()
{
    QString problem;
    const QString region = m_region->text().trimmed();
    if (!region.isEmpty() && !aws::isWellFormedRegion(region))
        problem = tr("\"%1\" is not a Region name (like eu-west-1).").arg(region);
    else if (m_manualProxy->isChecked() && m_proxyHost->text().trimmed().isEmpty())
        problem = tr("Enter the proxy's host name, or use the system's proxy settings.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    storeValues();
    AppSettings::applyProxy();
    Q_EMIT settingsApplied();
    QDialog::accept();
}

} // namespace vmi::ui
