#pragma once

#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace vmi::import {
class Preflight;
}

namespace vmi::ui {

// Page 7: a summary, every diagnostic, the equivalent AWS CLI commands (copy or save), the
// preflight checks (on demand, and again before start when the settings changed since the
// last run), the offer to create a missing service role with its policies shown first, and
// "Save as profile". "Start import" is enabled while nothing is an error; it waits for the
// preflight and stays on the page when a check failed.
class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(ImportWizard *wizard);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The settings "Start import" hands over: local files' targets filled in, client token set.
    ImportSettings submittedSettings() const;
    QString cliCommands() const;
    void runPreflight();

protected:
    void load() override;

private:
    void refresh();
    void showPreflight();
    void offerRoleCreation();
    void saveCommands();
    void saveProfile();

    QTextBrowser *m_summary;
    QListWidget *m_diagnostics;
    QPlainTextEdit *m_commands;
    QListWidget *m_checks;
    QPushButton *m_runChecks;
    QPushButton *m_createRole;
    QLabel *m_checkStatus;
    QLineEdit *m_profileName;
    QPushButton *m_saveProfile;
    QLabel *m_profileStatus;
    QPointer<import::Preflight> m_preflight;
    ImportSettings m_checkedSettings; // what the last finished preflight checked
    bool m_checked = false;
    bool m_startAfterChecks = false;
    bool m_generatedToken = false;
};

} // namespace vmi::ui
