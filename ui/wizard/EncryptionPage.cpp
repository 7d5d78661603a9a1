#include "ui/wizard/EncryptionPage.h"

#include "aws/AwsClient.h"
#include "ui/wizard/FieldHelpers.h"
#include "ui/wizard/ImportWizard.h"

#include <QCheckBox>
#include <QJsonArray>

namespace vmi::ui {

EncryptionPage::EncryptionPage(ImportWizard *wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("encryptionPage"));
    setIcon(QStringLiteral(":/vmi/icons/page-encryption.svg"));
    setTitle(tr("Encryption"));
    setSubTitle(tr("Encrypted imports make encrypted EBS snapshots. Without a key, EBS's default key "
                   "(aws/ebs) is used."));
    auto *layout = new QVBoxLayout(this);
    m_encrypted = new QCheckBox(tr("&Encrypt the snapshots"), this);
    m_encrypted->setObjectName(QStringLiteral("encryptedCheckBox"));
    layout->addWidget(m_encrypted);
    layout->addWidget(
        diagnosticLabel(QStringLiteral("encryptedDiagnosticLabel"), {QStringLiteral("Encrypted")}));
    auto *form = new QFormLayout;
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("kmsKeyComboBox"));
    m_key->setEditable(true);
    m_key->setInsertPolicy(QComboBox::NoInsert);
    m_key->lineEdit()->setPlaceholderText(
        tr("EBS default key; or a key id, key ARN, alias/NAME or alias ARN"));
    addField(form, tr("&KMS key:"), m_key,
             diagnosticLabel(QStringLiteral("kmsKeyDiagnosticLabel"), {QStringLiteral("KmsKeyId")}));
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_encrypted, &QCheckBox::toggled, this, &EncryptionPage::store);
    connect(m_key, &QComboBox::currentTextChanged, this, &EncryptionPage::store);
}

EncryptionPage::~EncryptionPage()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void EncryptionPage::initializePage()
{
    WizardPage::initializePage();
    listAliases();
}

void EncryptionPage::load()
{
    m_encrypted->setChecked(settings().ec2.encrypted.value_or(false));
    m_key->setCurrentText(settings().ec2.kmsKeyId.value_or(QString()));
    m_key->setEnabled(m_encrypted->isChecked() || settings().ec2.kmsKeyId);
}

void EncryptionPage::store()
{
    m_key->setEnabled(m_encrypted->isChecked() || !m_key->currentText().isEmpty());
    if (m_loading)
        return;
    Ec2ImportRequest &r = editableSettings().ec2;
    // Unchecked means "not sent" unless the profile sent false: keep the request as it was.
    r.encrypted =
        m_encrypted->isChecked() ? std::optional(true) : (r.encrypted ? std::optional(false) : std::nullopt);
    r.kmsKeyId = optionalText(m_key->currentText());
    edited();
}

void EncryptionPage::listAliases()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    aws::AwsClient *client = importWizard()->client();
    if (!client)
        return;
    m_call = client->call(aws::AwsService::Kms, QStringLiteral("ListAliases"), {});
    connect(m_call, &aws::AwsCall::finished, this, [this, call = m_call] {
        if (call->error().isError())
            return;
        const LoadingScope scope(m_loading);
        const QString current = m_key->currentText();
        m_key->clear();
        for (const QJsonValue &alias : call->output()[QStringLiteral("Aliases")].toArray()) {
            const QString name = alias[QStringLiteral("AliasName")].toString();
            // AWS managed aliases other than aws/ebs cannot encrypt EBS volumes of the user's.
            if (name.startsWith(QStringLiteral("alias/aws/")) && name != u"alias/aws/ebs")
                continue;
            m_key->addItem(name);
        }
        m_key->setCurrentText(current);
    });
}

} // namespace vmi::ui
