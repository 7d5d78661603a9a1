#include "ui/wizard/ReviewPage.h"

#include "import/ClientToken.h"
#include "import/Preflight.h"
#include "import/ServiceRole.h"
#include "import/SubmittedRequest.h"
#include "models/ProfileStore.h"
#include "ui/wizard/ImportWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vmi::ui {

using import::PreflightCheck;

namespace {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return ReviewPage::tr("Error");
    case Diagnostic::Severity::Warning:
        return ReviewPage::tr("Warning");
    case Diagnostic::Severity::Info:
        return ReviewPage::tr("Note");
    }
    return {};
}

QString stateName(PreflightCheck::State state)
{
    switch (state) {
    case PreflightCheck::State::Running:
        return ReviewPage::tr("…");
    case PreflightCheck::State::Passed:
        return ReviewPage::tr("OK");
    case PreflightCheck::State::Warning:
        return ReviewPage::tr("Warning");
    case PreflightCheck::State::Failed:
        return ReviewPage::tr("Failed");
    }
    return {};
}

// The same settings apart from the client token (which the page makes).
ImportSettings withoutTokens(ImportSettings settings)
{
    settings.ec2.clientToken.reset();
    settings.imageBuilder.clientToken.reset();
    return settings;
}

// What the app does once the task has ended, as a list; empty when nothing.
QString afterImportSummary(const ImportSettings &s)
{
    const AfterImportSettings &after = s.afterImport;
    QStringList items;
    if (after.tagImageAndSnapshots)
        items << ReviewPage::tr("tag what the import made with the import's tags");
    if (after.deleteUploadedObjects)
        items << ReviewPage::tr("delete the objects uploaded for it");
    if (const auto &image = after.registerImage) {
        QStringList details;
        details << image->architecture.value_or(ReviewPage::tr("i386 (not set)"));
        if (image->bootMode)
            details << *image->bootMode;
        if (image->enaSupport.value_or(false))
            details << ReviewPage::tr("ENA");
        if (image->imdsSupport)
            details << ReviewPage::tr("IMDSv2 required");
        if (image->tpmSupport)
            details << ReviewPage::tr("NitroTPM");
        details << ReviewPage::tr("%1 root volume").arg(image->volumeType.value_or(QStringLiteral("gp2")));
        items << ReviewPage::tr("register the AMI \"%1\" from the snapshot (%2)")
                     .arg(image->name.value_or(QString()), details.join(QStringLiteral(", ")));
    }
    if (items.isEmpty())
        return {};
    QString html = ReviewPage::tr("<p>After the import:</p><ul>");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

ReviewPage::ReviewPage(ImportWizard *wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("reviewPage"));
    setIcon(QStringLiteral(":/vmi/icons/page-review.svg"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check what will happen, run the preflight checks, then start the import."));
    setCommitPage(false);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("summaryTextBrowser"));
    m_summary->setAccessibleName(tr("Summary"));
    top->addWidget(m_summary, 1);
    m_diagnostics = new QListWidget(this);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsListWidget"));
    m_diagnostics->setAccessibleName(tr("Diagnostics"));
    m_diagnostics->setWordWrap(true);
    top->addWidget(m_diagnostics, 1);
    layout->addLayout(top, 2);

    auto *cliBox = new QGroupBox(tr("The same with the AWS CLI"), this);
    auto *cliLayout = new QVBoxLayout(cliBox);
    m_commands = new QPlainTextEdit(cliBox);
    m_commands->setObjectName(QStringLiteral("cliCommandsTextEdit"));
    m_commands->setAccessibleName(tr("AWS CLI commands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setTabChangesFocus(true);
    cliLayout->addWidget(m_commands);
    auto *cliButtons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("&Copy commands"), cliBox);
    copy->setObjectName(QStringLiteral("copyCommandsButton"));
    auto *save = new QPushButton(tr("Sa&ve commands…"), cliBox);
    save->setObjectName(QStringLiteral("saveCommandsButton"));
    cliButtons->addWidget(copy);
    cliButtons->addWidget(save);
    cliButtons->addStretch(1);
    cliLayout->addLayout(cliButtons);
    layout->addWidget(cliBox, 2);

    auto *checkBox = new QGroupBox(tr("Preflight checks"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    m_checks = new QListWidget(checkBox);
    m_checks->setObjectName(QStringLiteral("preflightListWidget"));
    m_checks->setAccessibleName(tr("Preflight checks"));
    m_checks->setWordWrap(true);
    checkLayout->addWidget(m_checks);
    auto *checkButtons = new QHBoxLayout;
    m_runChecks = new QPushButton(tr("&Run checks"), checkBox);
    m_runChecks->setObjectName(QStringLiteral("runChecksButton"));
    m_createRole = new QPushButton(tr("Create the service &role…"), checkBox);
    m_createRole->setObjectName(QStringLiteral("createRoleButton"));
    m_createRole->hide();
    m_checkStatus = new QLabel(checkBox);
    m_checkStatus->setObjectName(QStringLiteral("preflightStatusLabel"));
    checkButtons->addWidget(m_runChecks);
    checkButtons->addWidget(m_createRole);
    checkButtons->addWidget(m_checkStatus, 1);
    checkLayout->addLayout(checkButtons);
    layout->addWidget(checkBox, 2);

    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("Profile &name:"), this);
    m_profileName = new QLineEdit(this);
    m_profileName->setObjectName(QStringLiteral("profileNameLineEdit"));
    profileLabel->setBuddy(m_profileName);
    m_saveProfile = new QPushButton(tr("Save as &profile"), this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_profileStatus = new QLabel(this);
    m_profileStatus->setObjectName(QStringLiteral("profileStatusLabel"));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileName, 1);
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_profileStatus, 1);
    layout->addLayout(profileRow);

    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });
    connect(save, &QPushButton::clicked, this, &ReviewPage::saveCommands);
    connect(m_runChecks, &QPushButton::clicked, this, &ReviewPage::runPreflight);
    connect(m_createRole, &QPushButton::clicked, this, &ReviewPage::offerRoleCreation);
    connect(m_saveProfile, &QPushButton::clicked, this, &ReviewPage::saveProfile);
    connect(wizard, &ImportWizard::diagnosticsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    // One token per import, made once and sent with every resubmission (decision 4).
    ImportSettings &s = editableSettings();
    std::optional<QString> &token =
        s.operation == ImportOperation::ImportDiskImage ? s.imageBuilder.clientToken : s.ec2.clientToken;
    if (!token) {
        token = import::ClientToken::generate();
        m_generatedToken = true;
    }
    WizardPage::initializePage();
    importWizard()->settingsEdited();
}

void ReviewPage::load()
{
    m_profileName->setText(importWizard()->profileName());
    refresh();
}

ImportSettings ReviewPage::submittedSettings() const
{
    return import::SubmittedRequest::resolve(settings());
}

QString ReviewPage::cliCommands() const
{
    return m_commands->toPlainText();
}

void ReviewPage::refresh()
{
    const ImportSettings &s = settings();
    QStringList summary;
    summary << tr("<h3>%1 in %2</h3>").arg(apiName(s.operation).toHtmlEscaped(), s.region.toHtmlEscaped());
    summary << tr("<p>AWS profile: %1</p>")
                   .arg(s.awsProfile.isEmpty() ? tr("the default") : s.awsProfile.toHtmlEscaped());
    summary << tr("<p>%n disk(s)", nullptr, int(diskCount(s)));
    const qsizetype uploads = std::count_if(s.upload.localFiles.cbegin(), s.upload.localFiles.cend(),
                                            [](const QString &f) { return !f.isEmpty(); });
    if (uploads)
        summary << tr(", %n to upload to s3://%1/%2", nullptr, int(uploads))
                       .arg(s.upload.bucket.toHtmlEscaped(), s.upload.keyPrefix.toHtmlEscaped());
    summary << QStringLiteral("</p>");
    summary << afterImportSummary(s);
    m_summary->setHtml(summary.join(QString()));

    m_diagnostics->clear();
    for (const Diagnostic &d : importWizard()->diagnostics()) {
        QString text = severityName(d.severity) + QStringLiteral(": ");
        if (!d.field.isEmpty())
            text += d.field + QStringLiteral(": ");
        text += d.message;
        if (!d.hint.isEmpty())
            text += QLatin1Char(' ') + d.hint;
        m_diagnostics->addItem(text);
    }
    if (importWizard()->diagnostics().isEmpty())
        m_diagnostics->addItem(tr("No problems found."));
    m_commands->setPlainText(import::SubmittedRequest::awsCliCommands(s).join(QStringLiteral("\n\n")));
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    return !hasErrors(importWizard()->diagnostics()) && !(m_preflight && m_preflight->isRunning());
}

void ReviewPage::runPreflight()
{
    QString error;
    aws::AwsClient *client = importWizard()->client(&error);
    if (!client) {
        m_checkStatus->setText(error);
        return;
    }
    delete m_preflight;
    m_preflight = new import::Preflight(client, this);
    m_checked = false;
    m_createRole->hide();
    m_runChecks->setEnabled(false);
    m_checkStatus->setText(tr("Asking AWS…"));
    connect(m_preflight, &import::Preflight::checkChanged, this, &ReviewPage::showPreflight);
    connect(m_preflight, &import::Preflight::finished, this, [this] {
        m_runChecks->setEnabled(true);
        m_checked = true;
        m_checkedSettings = withoutTokens(settings());
        m_createRole->setVisible(m_preflight->roleIsMissing());
        m_checkStatus->setText(m_preflight->hasFailures() ? tr("Some checks failed.")
                                                          : tr("All checks passed."));
        Q_EMIT completeChanged();
        if (std::exchange(m_startAfterChecks, false) && !m_preflight->hasFailures())
            wizard()->next(); // on the last page: finishes, through validatePage()
    });
    m_preflight->start(submittedSettings());
    showPreflight();
    Q_EMIT completeChanged();
}

void ReviewPage::showPreflight()
{
    m_checks->clear();
    if (!m_preflight)
        return;
    for (const PreflightCheck &check : m_preflight->checks())
        m_checks->addItem(
            QStringLiteral("%1 — %2: %3").arg(stateName(check.state), check.title, check.message));
}

bool ReviewPage::validatePage()
{
    // Two phases: start the checks and stay; their end presses Finish again.
    const bool current = m_checked && m_checkedSettings == withoutTokens(settings());
    if (!current) {
        m_startAfterChecks = true;
        runPreflight();
        return false;
    }
    if (m_preflight && m_preflight->hasFailures()) {
        m_checkStatus->setText(tr("Fix the failed checks first, or run them again."));
        return false;
    }
    ImportSettings handed = submittedSettings();
    Q_EMIT importWizard()->importRequested(handed);
    return true;
}

void ReviewPage::offerRoleCreation()
{
    if (!m_preflight)
        return;
    const ImportSettings resolved = submittedSettings();
    const QString name = import::ServiceRole::nameFor(resolved);
    QMessageBox box(
        QMessageBox::Question, tr("Create the service role"),
        tr("VM Import/Export needs a role named %1 that it may assume. Create it with AWS's documented "
           "trust policy and a role policy for this import's buckets (see the details)?")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("createRoleMessageBox"));
    box.setDetailedText(
        tr("Trust policy:\n%1\nRole policy \"%2\":\n%3")
            .arg(QString::fromUtf8(QJsonDocument(import::ServiceRole::trustPolicy()).toJson()),
                 QString::fromLatin1(import::ServiceRole::PolicyName),
                 QString::fromUtf8(QJsonDocument(import::ServiceRole::rolePolicy(resolved)).toJson())));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_createRole->setEnabled(false);
    m_checkStatus->setText(tr("Creating the role…"));
    connect(
        m_preflight, &import::Preflight::roleCreated, this,
        [this](bool ok, const QString &message) {
            m_createRole->setEnabled(true);
            m_checkStatus->setText(message);
            if (ok)
                runPreflight();
        },
        Qt::SingleShotConnection);
    m_preflight->createRole(resolved);
}

void ReviewPage::saveCommands()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save AWS CLI commands"), QStringLiteral("import.sh"),
                                     tr("Shell scripts (*.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write("#!/bin/sh\nset -e\n" + m_commands->toPlainText().toUtf8() + '\n') < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save AWS CLI commands"), file.errorString());
}

void ReviewPage::saveProfile()
{
    // A saved profile is a template: the token of this import is not part of it.
    ImportSettings saved = settings();
    if (m_generatedToken) {
        saved.ec2.clientToken.reset();
        saved.imageBuilder.clientToken.reset();
    }
    const Outcome<> outcome = ProfileStore().save({m_profileName->text().trimmed(), saved});
    if (!outcome.ok()) {
        m_profileStatus->setText(outcome.error);
        return;
    }
    importWizard()->setProfileName(m_profileName->text().trimmed());
    m_profileStatus->setText(outcome.notes.isEmpty() ? tr("Saved.") : outcome.notes.join(QLatin1Char(' ')));
}

} // namespace vmi::ui
