#pragma once

#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace vmi::aws {
class AwsCall;
}

namespace vmi::ui {

// Page 1: what to import, a saved profile to start from, and where: the Region and the AWS
// profile, with a "who am I" check (STS GetCallerIdentity) that runs a moment after the last
// change, shows a busy bar meanwhile and can be cancelled.
class StartPage : public WizardPage
{
    Q_OBJECT

public:
    explicit StartPage(ImportWizard *wizard);
    ~StartPage() override;

    // Runs the identity check now (the debounce timer calls it).
    void checkIdentity();

protected:
    void load() override;

private:
    void loadProfile();
    void refreshProfiles();
    void cancelIdentity();
    void scheduleIdentity();

    QButtonGroup *m_kinds;
    QComboBox *m_profiles;
    QPushButton *m_loadProfile;
    QComboBox *m_region;
    QComboBox *m_awsProfile;
    QLabel *m_identity;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QTimer *m_debounce;
    QPointer<aws::AwsCall> m_call;
};

} // namespace vmi::ui
