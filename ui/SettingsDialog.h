#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace vmi::aws {
class KeychainStore;
}

namespace vmi::ui {

class KeychainCredentialsEditor;

// Edit > Settings: the app's preferences (AppSettings) on four tabs — defaults for a new
// import and the interface language, AWS keys in the keychain, the network proxy, and upload
// defaults. OK stores the values and applies the proxy; the keychain tab acts at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    KeychainCredentialsEditor *credentialsEditor() const { return m_credentials; }
    // The keychain the credentials tab writes to (tests point it at their own service name).
    aws::KeychainStore *keychain() const { return m_keychain.get(); }

Q_SIGNALS:
    // OK stored new values: the polling interval and proxy are to be applied now.
    void settingsApplied();
    // Keys of a profile were saved to or removed from the keychain.
    void credentialsChanged(const QString &profile);

private:
    QWidget *createGeneralTab();
    QWidget *createNetworkTab();
    QWidget *createUploadTab();
    void loadValues();
    void storeValues() const;
    void updateOkButton();

    std::unique_ptr<aws::KeychainStore> m_keychain;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_awsProfile = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    KeychainCredentialsEditor *m_credentials = nullptr;
    QRadioButton *m_systemProxy = nullptr;
    QRadioButton *m_manualProxy = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QSpinBox *m_partSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vmi::ui
