// The Settings dialog on the offscreen platform: values typed in come back when it opens
// again, reach the parts that use them (proxy, polling interval, upload defaults), and AWS
// keys go to the keychain only.
//
// ctest runs this binary under dbus-run-session with a private GNOME Keyring
// (tests/fakes/keyring_session.sh, VMI_KEYCHAIN_EXPECT=secret-service) when both are
// installed; without them the keychain case is skipped, visibly.

#include "aws/KeychainStore.h"
#include "import/AwsSession.h"
#include "import/JobTracker.h"
#include "models/ImportSettings.h"
#include "ui/AppSettings.h"
#include "ui/Application.h"
#include "ui/KeychainCredentialsEditor.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/wizard/ImportWizard.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace vmi::ui;
using namespace std::chrono_literals;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1StringView(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QPushButton *okButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// The files under the test's private HOME and XDG directories that contain needle.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList found;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString root = qEnvironmentVariable(variable);
        if (root.isEmpty() || !QDir(root).exists())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle) &&
                !found.contains(file.fileName()))
                found.append(file.fileName());
        }
    }
    return found;
}

struct Loaded
{
    vmi::aws::Credentials credentials;
    vmi::aws::AwsError error;
};

Loaded loadFromKeychain(const QString &profile)
{
    vmi::aws::KeychainStore store;
    Loaded result;
    bool done = false;
    store.load(profile, [&](const vmi::aws::Credentials &credentials, const vmi::aws::AwsError &error) {
        result = {credentials, error};
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!done)
        result.error.message = QStringLiteral("TEST: the keychain did not answer");
    return result;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No AWS files of the user's: the AWS profile pickers list nothing, clients are
        // planned from the keychain.
        const QString none = QDir::temp().filePath(QStringLiteral("vmi-no-aws-files/none"));
        qputenv("AWS_CONFIG_FILE", none.toLocal8Bit());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", none.toLocal8Bit());
        vmi::ui::setUpApplication(*qApp);
        // The settings file must be the private one ctest set up, not the user's.
        QVERIFY2(QSettings().fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")),
                 qPrintable(QSettings().fileName()));
        QSettings().clear();
    }

    void cleanup() { QSettings().clear(); }

    // A new import starts from the Region and AWS profile set in Settings, over the last used.
    void wizardStartsFromTheDefaults()
    {
        vmi::import::AwsSession session;
        QSettings().setValue(QStringLiteral("importWizard/region"), QStringLiteral("us-east-2"));
        {
            vmi::ui::ImportWizard wizard(&session);
            QCOMPARE(wizard.settings().region, QStringLiteral("us-east-2")); // no default: the last used
        }
        AppSettings::setDefaultRegion(QStringLiteral("eu-north-1"));
        AppSettings::setDefaultAwsProfile(QStringLiteral("imports"));
        vmi::ui::ImportWizard wizard(&session);
        QCOMPARE(wizard.settings().region, QStringLiteral("eu-north-1"));
        QCOMPARE(wizard.settings().awsProfile, QStringLiteral("imports"));
    }

    void startsWithTheDefaults()
    {
        SettingsDialog dialog;
        QVERIFY(child<QLineEdit>(&dialog, "defaultRegionLineEdit")->text().isEmpty());
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(), QString());
        QCOMPARE(child<QSpinBox>(&dialog, "pollIntervalSpinBox")->value(), 10);
        QVERIFY(child<QRadioButton>(&dialog, "systemProxyRadioButton")->isChecked());
        QVERIFY(!child<QLineEdit>(&dialog, "proxyHostLineEdit")->isEnabled());
        QCOMPARE(child<QSpinBox>(&dialog, "partSizeSpinBox")->text(),
                 child<QSpinBox>(&dialog, "partSizeSpinBox")->specialValueText());
        QCOMPARE(child<QSpinBox>(&dialog, "bandwidthSpinBox")->value(), 0);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void valuesComeBackWhenTheDialogOpensAgain()
    {
        {
            SettingsDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *region = child<QLineEdit>(&dialog, "defaultRegionLineEdit");
            region->setFocus();
            QTest::keyClicks(region, QStringLiteral("eu-central-1"));
            child<QComboBox>(&dialog, "defaultAwsProfileComboBox")->setCurrentText(QStringLiteral("imports"));
            auto *language = child<QComboBox>(&dialog, "languageComboBox");
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            child<QSpinBox>(&dialog, "pollIntervalSpinBox")->setValue(30);
            QVERIFY(child<QSpinBox>(&dialog, "pollIntervalSpinBox")->text().contains(u"30"));
            child<QRadioButton>(&dialog, "manualProxyRadioButton")->setChecked(true);
            QVERIFY(child<QLineEdit>(&dialog, "proxyHostLineEdit")->isEnabled());
            // Manual without a host cannot be accepted.
            QVERIFY(!okButton(dialog)->isEnabled());
            child<QLineEdit>(&dialog, "proxyHostLineEdit")->setText(QStringLiteral("proxy.example.invalid"));
            child<QSpinBox>(&dialog, "proxyPortSpinBox")->setValue(8080);
            child<QSpinBox>(&dialog, "partSizeSpinBox")->setValue(16);
            child<QSpinBox>(&dialog, "concurrencySpinBox")->setValue(4);
            child<QSpinBox>(&dialog, "bandwidthSpinBox")->setValue(20);
            QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QCOMPARE(applied.size(), 1);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        // What the rest of the app reads.
        QCOMPARE(AppSettings::defaultRegion(), QStringLiteral("eu-central-1"));
        QCOMPARE(AppSettings::defaultAwsProfile(), QStringLiteral("imports"));
        QCOMPARE(AppSettings::language(), QStringLiteral("fr"));
        QCOMPARE(AppSettings::pollInterval(), 30s);
        QCOMPARE(AppSettings::proxy(),
                 (ProxySettings{ProxyMode::Manual, QStringLiteral("proxy.example.invalid"), 8080}));
        QCOMPARE(AppSettings::uploadDefaults(), (UploadDefaults{16 * 1024 * 1024, 4, 20 * 1024 * 1024}));
        // OK applied the proxy to every network access of the process.
        QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.invalid"));
        QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(8080));

        // And the dialog shows them again.
        SettingsDialog again;
        QCOMPARE(child<QLineEdit>(&again, "defaultRegionLineEdit")->text(), QStringLiteral("eu-central-1"));
        QCOMPARE(child<QComboBox>(&again, "defaultAwsProfileComboBox")->currentText(),
                 QStringLiteral("imports"));
        QCOMPARE(child<QComboBox>(&again, "languageComboBox")->currentText(), QStringLiteral("Français"));
        QCOMPARE(child<QSpinBox>(&again, "pollIntervalSpinBox")->value(), 30);
        QVERIFY(child<QRadioButton>(&again, "manualProxyRadioButton")->isChecked());
        QCOMPARE(child<QLineEdit>(&again, "proxyHostLineEdit")->text(),
                 QStringLiteral("proxy.example.invalid"));
        QCOMPARE(child<QSpinBox>(&again, "proxyPortSpinBox")->value(), 8080);
        QCOMPARE(child<QSpinBox>(&again, "partSizeSpinBox")->value(), 16);
        QCOMPARE(child<QSpinBox>(&again, "concurrencySpinBox")->value(), 4);
        QCOMPARE(child<QSpinBox>(&again, "bandwidthSpinBox")->value(), 20);

        // Back to the system's proxy settings.
        child<QRadioButton>(&again, "systemProxyRadioButton")->setChecked(true);
        again.accept();
        QCOMPARE(AppSettings::proxy().mode, ProxyMode::System);
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
        // (Qt keeps "no application proxy" as NoProxy; the system's factory decides per request.)
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
    }

    void cancelKeepsTheOldValues()
    {
        AppSettings::setDefaultRegion(QStringLiteral("us-west-2"));
        SettingsDialog dialog;
        child<QLineEdit>(&dialog, "defaultRegionLineEdit")->setText(QStringLiteral("ap-south-1"));
        dialog.reject();
        QCOMPARE(AppSettings::defaultRegion(), QStringLiteral("us-west-2"));
    }

    void aRegionThatIsNoRegionIsRefused()
    {
        SettingsDialog dialog;
        child<QLineEdit>(&dialog, "defaultRegionLineEdit")->setText(QStringLiteral("Frankfurt"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "settingsProblemLabel")->text().contains(u"Frankfurt"));
        dialog.accept(); // refused while the button is off
        QVERIFY(AppSettings::defaultRegion().isEmpty());
        child<QLineEdit>(&dialog, "defaultRegionLineEdit")->setText(QStringLiteral("eu-west-3"));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void everyFieldHasAnAccessibleNameAndEveryTabAMnemonic()
    {
        SettingsDialog dialog;
        const QList<QWidget *> fields = dialog.findChildren<QWidget *>();
        for (QWidget *field : fields) {
            // The line edits inside combo and spin boxes are named through their owner.
            const bool editor =
                qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field) ||
                (qobject_cast<QLineEdit *>(field) && !qobject_cast<QComboBox *>(field->parentWidget()) &&
                 !qobject_cast<QAbstractSpinBox *>(field->parentWidget()));
            if (editor)
                QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        }
        auto *tabs = child<QTabWidget>(&dialog, "settingsTabs");
        QCOMPARE(tabs->count(), 4);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(tabs->tabText(i).contains(u'&'), qPrintable(tabs->tabText(i)));
    }

    void uploadDefaultsFillOnlyWhatTheProfileLeavesOpen()
    {
        AppSettings::setUploadDefaults({32 * 1024 * 1024, 3, 5 * 1024 * 1024});
        vmi::UploadSettings fromProfile;
        fromProfile.concurrency = 10;
        AppSettings::applyUploadDefaults(fromProfile);
        QCOMPARE(fromProfile.partSize, 32 * 1024 * 1024);
        QCOMPARE(fromProfile.concurrency, 10);
        QCOMPARE(fromProfile.maxBandwidth, 5 * 1024 * 1024);

        AppSettings::setUploadDefaults({});
        vmi::UploadSettings open;
        AppSettings::applyUploadDefaults(open);
        QCOMPARE(open, vmi::UploadSettings{});
    }

    void mainWindowOpensSettingsAndAppliesThePollingInterval()
    {
        AppSettings::setPollInterval(20s);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QKeySequence platformKey(QKeySequence::Preferences);
        QCOMPARE(window.settingsAction()->shortcut(),
                 platformKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platformKey);
        QCOMPARE(window.settingsAction()->menuRole(), QAction::PreferencesRole);

        // The interval read at start reaches the task monitors.
        vmi::import::TaskMonitor *monitor =
            window.tracker()->monitor(QStringLiteral("eu-west-1"), QStringLiteral("default"));
        QVERIFY(monitor);
        QCOMPARE(monitor->intervals().active, 20s);
        QCOMPARE(monitor->intervals().idle, 60s);

        window.settingsAction()->trigger();
        SettingsDialog *dialog = window.settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QSpinBox>(dialog, "pollIntervalSpinBox")->value(), 20);
        // A second trigger raises the open dialog rather than making another.
        window.settingsAction()->trigger();
        QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);

        child<QSpinBox>(dialog, "pollIntervalSpinBox")->setValue(90);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        // ... and a change reaches them at once.
        QCOMPARE(monitor->intervals().active, 90s);
        QCOMPARE(monitor->intervals().idle, 90s);
        QTRY_VERIFY(!window.settingsDialog()); // closed and deleted
    }

    void keysGoToTheKeychainOnly()
    {
        if (qgetenv("VMI_KEYCHAIN_EXPECT") != "secret-service")
            QSKIP("needs a Secret Service: run through ctest with dbus-run-session and gnome-keyring");
        const QString profile = QStringLiteral("settings-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString secret =
            QStringLiteral("vmi-dialog-secret-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString replacement =
            QStringLiteral("vmi-dialog-secret-") + QUuid::createUuid().toString(QUuid::Id128);

        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = child<QTabWidget>(&dialog, "settingsTabs");
        tabs->setCurrentWidget(dialog.credentialsEditor());
        KeychainCredentialsEditor *editor = dialog.credentialsEditor();
        auto *status = child<QLabel>(editor, "keychainStatusLabel");
        auto *save = child<QPushButton>(editor, "saveKeysButton");
        auto *remove = child<QPushButton>(editor, "removeKeysButton");
        auto *keyId = child<QLineEdit>(editor, "accessKeyIdLineEdit");
        auto *secretField = child<QLineEdit>(editor, "secretAccessKeyLineEdit");
        QCOMPARE(secretField->echoMode(), QLineEdit::Password);
        QSignalSpy changed(&dialog, &SettingsDialog::credentialsChanged);

        // A new profile: nothing stored yet, so nothing to remove.
        editor->setProfile(profile);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"No keys"), 30000);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!save->isEnabled());

        // Add.
        QTRY_VERIFY(!editor->isBusy());
        QTest::keyClicks(keyId, QStringLiteral("AKIASETTINGSTEST0001"));
        QTest::keyClicks(secretField, secret);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 30000);
        QCOMPARE(changed.at(0).at(0).toString(), profile);
        QVERIFY(secretField->text().isEmpty()); // the secret left the widget
        QTRY_VERIFY(remove->isEnabled());
        Loaded loaded = loadFromKeychain(profile);
        QVERIFY2(!loaded.error.isError(), qPrintable(loaded.error.message));
        QCOMPARE(loaded.credentials.accessKeyId, QStringLiteral("AKIASETTINGSTEST0001"));
        QCOMPARE(loaded.credentials.secretAccessKey, secret);

        // Replace.
        QTest::keyClicks(keyId, QStringLiteral("AKIASETTINGSTEST0002"));
        QTest::keyClicks(secretField, replacement);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
        loaded = loadFromKeychain(profile);
        QCOMPARE(loaded.credentials.accessKeyId, QStringLiteral("AKIASETTINGSTEST0002"));
        QCOMPARE(loaded.credentials.secretAccessKey, replacement);

        // The rest of the dialog saved too; no secret anywhere in the files, the settings file
        // first among them.
        dialog.accept();
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName()));
        QVERIFY2(filesContaining(secret.toUtf8()).isEmpty(),
                 qPrintable(filesContaining(secret.toUtf8()).join(u' ')));
        QVERIFY2(filesContaining(replacement.toUtf8()).isEmpty(),
                 qPrintable(filesContaining(replacement.toUtf8()).join(u' ')));

        // Remove (from a new dialog: the keychain, not the old one's memory, says what is there).
        SettingsDialog again;
        again.credentialsEditor()->setProfile(profile);
        child<QTabWidget>(&again, "settingsTabs")->setCurrentWidget(again.credentialsEditor());
        again.show();
        auto *againStatus = child<QLabel>(again.credentialsEditor(), "keychainStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(againStatus->text().contains(u"AKIA"), 30000);
        auto *againRemove = child<QPushButton>(again.credentialsEditor(), "removeKeysButton");
        QVERIFY(againRemove->isEnabled());
        QSignalSpy removed(&again, &SettingsDialog::credentialsChanged);
        QTest::mouseClick(againRemove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
        loaded = loadFromKeychain(profile);
        QCOMPARE(loaded.error.code, QStringLiteral("NotInKeychain"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
