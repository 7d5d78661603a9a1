#pragma once

#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;

namespace vmi::aws {
class AwsCall;
}

namespace vmi::ui {

// Page 5 for the EC2 imports: encrypt the snapshots or not, and with which KMS key: picked
// from the account's aliases, or typed as a key id, key ARN, alias name or alias ARN.
class EncryptionPage : public WizardPage
{
    Q_OBJECT

public:
    explicit EncryptionPage(ImportWizard *wizard);
    ~EncryptionPage() override;

    void initializePage() override;

protected:
    void load() override;

private:
    void store();
    void listAliases();

    QCheckBox *m_encrypted;
    QComboBox *m_key;
    QPointer<aws::AwsCall> m_call;
};

} // namespace vmi::ui
