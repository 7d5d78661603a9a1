#include "ui/KeychainCredentialsEditor.h"

#include "aws/KeychainStore.h"
#include "import/AwsSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {

constexpr int CheckDebounceMs = 400;

// Enough of an access key id to recognise it, not enough to copy it.
QString shortKeyId(const QString &accessKeyId)
{
    if (accessKeyId.size() <= 8)
        return accessKeyId;
    return accessKeyId.left(4) + QChar(0x2026) + accessKeyId.right(4);
}

} // namespace

KeychainCredentialsEditor::KeychainCredentialsEditor(aws::KeychainStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_profile(new QComboBox(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secretAccessKey(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save to Keychain"), this))
    , m_remove(new QPushButton(tr("Re&move from Keychain"), this))
    , m_status(new QLabel(this))
    , m_checkDebounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Keys saved here are used for an AWS profile that has no keys in "
                                "~/.aws/credentials. They are kept in the system keychain only, never "
                                "in a file, and take effect at once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_profile->setObjectName(QStringLiteral("keychainProfileComboBox"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->setAccessibleName(tr("AWS profile for the keys"));
    QStringList profiles = import::AwsSession::profileNames();
    if (!profiles.contains(QStringLiteral("default")))
        profiles.prepend(QStringLiteral("default"));
    m_profile->addItems(profiles);
    // Profile names as the AWS CLI allows them in config section headers.
    m_profile->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.@+=,-]+")), m_profile));
    auto *profileLabel = new QLabel(tr("AWS p&rofile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, m_profile);

    m_accessKeyId->setObjectName(QStringLiteral("accessKeyIdLineEdit"));
    m_accessKeyId->setAccessibleName(tr("Access key ID"));
    m_accessKeyId->setPlaceholderText(tr("AKIA..."));
    m_accessKeyId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Z0-9]{0,128}")), m_accessKeyId));
    auto *keyIdLabel = new QLabel(tr("Access key &ID:"), this);
    keyIdLabel->setBuddy(m_accessKeyId);
    form->addRow(keyIdLabel, m_accessKeyId);

    m_secretAccessKey->setObjectName(QStringLiteral("secretAccessKeyLineEdit"));
    m_secretAccessKey->setAccessibleName(tr("Secret access key"));
    m_secretAccessKey->setEchoMode(QLineEdit::Password);
    // No undo history and no drag out of a password field; and no input method that learns it.
    m_secretAccessKey->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto *secretLabel = new QLabel(tr("S&ecret access key:"), this);
    secretLabel->setBuddy(m_secretAccessKey);
    form->addRow(secretLabel, m_secretAccessKey);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_save->setObjectName(QStringLiteral("saveKeysButton"));
    m_save->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeKeysButton"));
    m_remove->setAutoDefault(false);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Keychain status"));
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_checkDebounce->setSingleShot(true);
    m_checkDebounce->setInterval(CheckDebounceMs);
    connect(m_checkDebounce, &QTimer::timeout, this, &KeychainCredentialsEditor::checkStoredKeys);
    connect(m_profile, &QComboBox::currentTextChanged, this, [this] {
        ++m_generation; // an answer still out is about the old name
        m_hasStoredKeys = false;
        m_status->clear();
        updateButtons();
        if (isVisible())
            m_checkDebounce->start();
    });
    connect(m_accessKeyId, &QLineEdit::textChanged, this, &KeychainCredentialsEditor::updateButtons);
    connect(m_secretAccessKey, &QLineEdit::textChanged, this, &KeychainCredentialsEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &KeychainCredentialsEditor::saveKeys);
    connect(m_remove, &QPushButton::clicked, this, &KeychainCredentialsEditor::removeKeys);

    updateButtons();
}

void KeychainCredentialsEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keychain is asked only once this tab is seen: on some systems reading it prompts.
    if (m_checkedGeneration != m_generation)
        m_checkDebounce->start();
}

QString KeychainCredentialsEditor::profile() const
{
    return m_profile->currentText().trimmed();
}

void KeychainCredentialsEditor::setProfile(const QString &profile)
{
    m_profile->setCurrentText(profile);
}

void KeychainCredentialsEditor::checkStoredKeys()
{
    const QString name = profile();
    if (name.isEmpty() || m_busy)
        return;
    const quint64 generation = m_generation;
    m_checkedGeneration = generation;
    setBusy(true);
    m_store->load(name, [this, generation](const aws::Credentials &credentials, const aws::AwsError &error) {
        setBusy(false);
        if (generation != m_generation) {
            m_checkDebounce->start(); // the user moved on to another profile meanwhile
            return;
        }
        m_hasStoredKeys = !error.isError();
        if (!error.isError())
            showStatus(
                tr("The keychain holds keys for this profile (access key ID %1). Saving replaces them.")
                    .arg(shortKeyId(credentials.accessKeyId)),
                false);
        else if (error.code == u"NotInKeychain")
            showStatus(tr("No keys are stored for this profile."), false);
        else
            showStatus(error.message, true);
        updateButtons();
        Q_EMIT keychainCallFinished();
    });
}

void KeychainCredentialsEditor::saveKeys()
{
    const QString name = profile();
    const aws::Credentials credentials{m_accessKeyId->text().trimmed(), m_secretAccessKey->text(), {}};
    if (name.isEmpty() || !credentials.isValid() || m_busy)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_store->save(name, credentials, [this, name, generation](const aws::AwsError &error) {
        setBusy(false);
        if (error.isError()) {
            showStatus(error.message, true);
        } else {
            // The secret leaves the widget as soon as the keychain has it.
            m_secretAccessKey->clear();
            m_accessKeyId->clear();
            if (generation == m_generation)
                m_hasStoredKeys = true;
            else
                m_checkDebounce->start();
            showStatus(tr("The keys of profile \"%1\" are saved in the keychain.").arg(name), false);
            Q_EMIT credentialsChanged(name);
        }
        updateButtons();
        Q_EMIT keychainCallFinished();
    });
}

void KeychainCredentialsEditor::removeKeys()
{
    const QString name = profile();
    if (name.isEmpty() || m_busy)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_store->remove(name, [this, name, generation](const aws::AwsError &error) {
        setBusy(false);
        if (error.isError() && error.code != u"NotInKeychain") {
            showStatus(error.message, true);
        } else {
            if (generation == m_generation)
                m_hasStoredKeys = false;
            else
                m_checkDebounce->start();
            showStatus(tr("The keys of profile \"%1\" are removed from the keychain.").arg(name), false);
            Q_EMIT credentialsChanged(name);
        }
        updateButtons();
        Q_EMIT keychainCallFinished();
    });
}

void KeychainCredentialsEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void KeychainCredentialsEditor::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(isError ? tr("Error") : QString());
}

void KeychainCredentialsEditor::updateButtons()
{
    const bool haveName = !profile().isEmpty();
    m_save->setEnabled(!m_busy && haveName && !m_accessKeyId->text().trimmed().isEmpty() &&
                       !m_secretAccessKey->text().isEmpty());
    m_remove->setEnabled(!m_busy && haveName && m_hasStoredKeys);
}

} // namespace vmi::ui
