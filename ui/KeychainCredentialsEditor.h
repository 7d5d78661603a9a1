#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace vmi::aws {
class KeychainStore;
}

namespace vmi::ui {

// Adds, replaces and removes the access key pair the app keeps in the OS keychain for an AWS
// profile (the keys the credential chain uses when the AWS files have none for it). Every
// change goes to the keychain at once, not when the Settings dialog closes: the keychain is
// the only place the secret ever goes, and the secret field is cleared after a save.
class KeychainCredentialsEditor : public QWidget
{
    Q_OBJECT

public:
    // store: the keychain to use (the dialog's; tests may rename its service); not owned.
    KeychainCredentialsEditor(aws::KeychainStore *store, QWidget *parent = nullptr);

    QString profile() const;
    void setProfile(const QString &profile);

    // True while a keychain call is out.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The keys stored for a profile were saved or removed; sessions holding the old keys in
    // memory should forget them.
    void credentialsChanged(const QString &profile);
    // A keychain call ended (for tests and for the dialog's status).
    void keychainCallFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void checkStoredKeys();
    void saveKeys();
    void removeKeys();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool isError);
    void updateButtons();

    aws::KeychainStore *m_store;
    QComboBox *m_profile;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secretAccessKey;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_status;
    QTimer *m_checkDebounce;
    bool m_busy = false;
    bool m_hasStoredKeys = false;
    // Answers about a profile the user has since moved away from are dropped.
    quint64 m_generation = 0;
    quint64 m_checkedGeneration = ~quint64(0); // the generation last asked about
};

} // namespace vmi::ui
