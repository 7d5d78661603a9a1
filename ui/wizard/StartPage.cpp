#include "ui/wizard/StartPage.h"

#include "aws/AwsClient.h"
#include "import/AwsSession.h"
#include "models/ProfileStore.h"
#include "ui/wizard/ImportWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {

// Commercial Regions where VM Import/Export runs; any other well-formed name can be typed.
const char *const KnownRegions[] = {
    "us-east-1",      "us-east-2",      "us-west-1",      "us-west-2",      "af-south-1",
    "ap-east-1",      "ap-south-1",     "ap-south-2",     "ap-northeast-1", "ap-northeast-2",
    "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ca-central-1",
    "eu-central-1",   "eu-central-2",   "eu-north-1",     "eu-south-1",     "eu-south-2",
    "eu-west-1",      "eu-west-2",      "eu-west-3",      "il-central-1",   "me-central-1",
    "me-south-1",     "sa-east-1",
};

constexpr int IdentityDebounceMs = 600;

} // namespace

StartPage::StartPage(ImportWizard *wizard)
    : WizardPage(wizard)
    , m_kinds(new QButtonGroup(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("startPage"));
    setIcon(QStringLiteral(":/vmi/icons/new-import.svg"));
    setTitle(tr("What to import"));
    setSubTitle(tr("Choose the kind of import, then where it goes."));

    auto *layout = new QVBoxLayout(this);
    auto *kindBox = new QGroupBox(tr("Kind of import"), this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    const struct
    {
        ImportOperation operation;
        const char *name;
        const char *icon;
        QString text;
        QString explanation;
    } kinds[] = {
        {ImportOperation::ImportImage, "imageRadioButton", "import-image",
         tr("&AMI from virtual machine disks"),
         tr("EC2 ImportImage: one or more disks (OVA, VMDK, VHD, VHDX, raw) become an AMI you can launch.")},
        {ImportOperation::ImportSnapshot, "snapshotRadioButton", "import-snapshot",
         tr("EBS &snapshot from one disk"),
         tr("EC2 ImportSnapshot: one disk (VMDK, VHD, raw) becomes an EBS snapshot; no operating system "
            "checks.")},
        {ImportOperation::ImportDiskImage, "isoRadioButton", "import-iso",
         tr("&Windows 11 ISO through Image Builder"),
         tr("Image Builder ImportDiskImage: a Windows 11 Enterprise ISO becomes an Image Builder image.")},
    };
    for (const auto &kind : kinds) {
        auto *radio = new QRadioButton(kind.text, kindBox);
        radio->setObjectName(QString::fromLatin1(kind.name));
        radio->setAccessibleDescription(kind.explanation);
        radio->setIcon(QIcon(QStringLiteral(":/vmi/icons/%1.svg").arg(QLatin1String(kind.icon))));
        radio->setIconSize(QSize(32, 32));
        auto *explanation = new QLabel(kind.explanation, kindBox);
        explanation->setWordWrap(true);
        explanation->setIndent(24 + 32); // under the text, past the icon
        kindLayout->addWidget(radio);
        kindLayout->addWidget(explanation);
        m_kinds->addButton(radio, int(kind.operation));
    }
    layout->addWidget(kindBox);

    auto *form = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("savedProfileComboBox"));
    m_profiles->setAccessibleName(tr("Saved import profile"));
    m_loadProfile = new QPushButton(tr("&Load"), this);
    m_loadProfile->setObjectName(QStringLiteral("loadProfileButton"));
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_loadProfile);
    auto *profileLabel = new QLabel(tr("Saved &profile:"), this);
    profileLabel->setBuddy(m_profiles);
    form->addRow(profileLabel, profileRow);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionComboBox"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setAccessibleName(tr("AWS Region"));
    for (const char *region : KnownRegions)
        m_region->addItem(QString::fromLatin1(region));
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    auto *regionColumn = new QVBoxLayout;
    regionColumn->addWidget(m_region);
    regionColumn->addWidget(
        diagnosticLabel(QStringLiteral("regionDiagnosticLabel"), {QStringLiteral("region")}));
    form->addRow(regionLabel, regionColumn);

    m_awsProfile = new QComboBox(this);
    m_awsProfile->setObjectName(QStringLiteral("awsProfileComboBox"));
    m_awsProfile->setEditable(true);
    m_awsProfile->setInsertPolicy(QComboBox::NoInsert);
    m_awsProfile->setAccessibleName(tr("AWS profile"));
    m_awsProfile->addItem(QString());
    m_awsProfile->addItems(import::AwsSession::profileNames());
    m_awsProfile->lineEdit()->setPlaceholderText(tr("The AWS CLI's default"));
    auto *awsProfileLabel = new QLabel(tr("AWS pr&ofile:"), this);
    awsProfileLabel->setBuddy(m_awsProfile);
    auto *profileColumn = new QVBoxLayout;
    profileColumn->addWidget(m_awsProfile);
    profileColumn->addWidget(
        diagnosticLabel(QStringLiteral("awsProfileDiagnosticLabel"), {QStringLiteral("awsProfile")}));
    form->addRow(awsProfileLabel, profileColumn);

    auto *identityRow = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("identityBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setAccessibleName(tr("Asking AWS who you are"));
    m_busy->hide();
    m_cancel = new QPushButton(tr("&Cancel check"), this);
    m_cancel->setObjectName(QStringLiteral("cancelIdentityButton"));
    m_cancel->hide();
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_busy);
    identityRow->addWidget(m_cancel);
    form->addRow(tr("Signed in as:"), identityRow);
    layout->addLayout(form);
    layout->addStretch(1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(IdentityDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &StartPage::checkIdentity);
    connect(m_cancel, &QPushButton::clicked, this, &StartPage::cancelIdentity);
    connect(m_loadProfile, &QPushButton::clicked, this, &StartPage::loadProfile);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked || m_loading)
            return;
        editableSettings().operation = ImportOperation(id);
        edited();
    });
    connect(m_region, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        editableSettings().region = text.trimmed();
        edited();
        scheduleIdentity();
    });
    connect(m_awsProfile, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        editableSettings().awsProfile = text;
        edited();
        scheduleIdentity();
    });
    ownFields({QStringLiteral("region"), QStringLiteral("awsProfile")});
    refreshProfiles();
    scheduleIdentity();
}

StartPage::~StartPage()
{
    cancelIdentity();
}

void StartPage::load()
{
    if (QAbstractButton *button = m_kinds->button(int(settings().operation)))
        button->setChecked(true);
    m_region->setCurrentText(settings().region);
    m_awsProfile->setCurrentText(settings().awsProfile);
    refreshProfiles();
}

void StartPage::refreshProfiles()
{
    const QString current = m_profiles->currentText();
    m_profiles->clear();
    for (const ProfileEntry &entry : ProfileStore().list()) {
        if (!entry.isBroken())
            m_profiles->addItem(entry.name);
    }
    m_profiles->setCurrentText(current);
    m_loadProfile->setEnabled(m_profiles->count() > 0);
}

void StartPage::loadProfile()
{
    const Outcome<Profile> loaded = ProfileStore().load(m_profiles->currentText());
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Load profile"), loaded.error);
        return;
    }
    importWizard()->replaceSettings(loaded.value->settings, loaded.value->name);
    scheduleIdentity();
}

void StartPage::scheduleIdentity()
{
    cancelIdentity();
    m_identity->setText(tr("Checking in a moment…"));
    m_debounce->start();
}

void StartPage::cancelIdentity()
{
    m_debounce->stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_identity->setText(tr("Check cancelled."));
    }
    m_busy->hide();
    m_cancel->hide();
}

void StartPage::checkIdentity()
{
    cancelIdentity();
    QString error;
    aws::AwsClient *client = importWizard()->client(&error);
    if (!client) {
        m_identity->setText(error);
        return;
    }
    m_call = client->call(aws::AwsService::Sts, QStringLiteral("GetCallerIdentity"), {});
    m_busy->show();
    m_cancel->show();
    m_identity->setText(tr("Asking AWS…"));
    connect(m_call, &aws::AwsCall::finished, this, [this, call = m_call] {
        m_busy->hide();
        m_cancel->hide();
        if (call->error().isError())
            m_identity->setText(call->error().toCliText());
        else
            m_identity->setText(tr("Account %1, %2")
                                    .arg(call->output()[QStringLiteral("Account")].toString(),
                                         call->output()[QStringLiteral("Arn")].toString()));
    });
}

} // namespace vmi::ui
