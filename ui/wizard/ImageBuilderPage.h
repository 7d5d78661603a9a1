#pragma once

#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QComboBox;
class QLineEdit;

namespace vmi::aws {
class AwsCall;
}

namespace vmi::ui {

// Page 4 for the ISO import: the Image Builder image's name, semantic version, OS version,
// platform, the infrastructure configuration (listed from the account) and execution role.
class ImageBuilderPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ImageBuilderPage(ImportWizard *wizard);
    ~ImageBuilderPage() override;

    void initializePage() override;

protected:
    void load() override;

private:
    void store();
    void listConfigurations();

    QLineEdit *m_name;
    QLineEdit *m_version;
    QLineEdit *m_description;
    QComboBox *m_osVersion;
    QComboBox *m_platform;
    QComboBox *m_infrastructure;
    QLineEdit *m_executionRole;
    QPointer<aws::AwsCall> m_call;
};

} // namespace vmi::ui
