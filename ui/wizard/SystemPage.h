#pragma once

#include "ui/wizard/WizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace vmi::ui {

class RegisterImageGroup;

// Page 4 for the EC2 imports: operating system, boot and licensing. For ImportImage:
// platform, architecture, boot mode (pre-filled from the first disk's inspection), license
// type or usage operation with what each means, license configuration ARNs, the service role
// and the hypervisor. ImportSnapshot takes a description and the role, and may
// register an AMI from the snapshot afterwards (RegisterImageGroup).
class SystemPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SystemPage(ImportWizard *wizard);

protected:
    void load() override;

private:
    void store();
    void explainLicensing();
    void storeRegisterImage();

    QWidget *m_imageOnly;
    QComboBox *m_platform;
    QComboBox *m_architecture;
    QComboBox *m_bootMode;
    QComboBox *m_licensing;
    QComboBox *m_usageOperation;
    QLabel *m_licensingHelp;
    QPlainTextEdit *m_licenseArns;
    QComboBox *m_hypervisor;
    QLineEdit *m_roleName;
    QLineEdit *m_description;
    RegisterImageGroup *m_registerImage;
};

} // namespace vmi::ui
