// The wizard from the keyboard alone: on every page of each kind of import, Tab visits the
// inputs in reading order, each input has an accessible name or a label whose mnemonic
// focuses it, and no two visible mnemonics of a page (with the wizard's buttons) collide.
// Every page shows its icon, and the Start page one per kind of import. The light and dark
// palettes keep text and diagnostics readable.

#include "import/AwsSession.h"
#include "models/TagTableModel.h"
#include "ui/Application.h"
#include "ui/wizard/ImportWizard.h"
#include "ui/wizard/WizardPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vmi;
using namespace Qt::StringLiterals;
using ui::ImportWizard;

namespace {

bool isInside(const QWidget *widget, const QWidget *ancestor)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget == ancestor)
            return true;
    }
    return false;
}

// The named widget a focus widget belongs to (an editable combo box's line edit is the box).
const QWidget *namedInput(const QWidget *widget)
{
    while (widget && widget->objectName().isEmpty())
        widget = widget->parentWidget();
    return widget;
}

bool tabStop(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// The mnemonic letter of a text ("&Next" -> 'n'), or nothing.
QChar mnemonic(const QString &text)
{
    static const QRegularExpression amp(u"&([^&])"_s);
    const QRegularExpressionMatch m = amp.match(QString(text).replace(u"&&"_s, QString()));
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

} // namespace

class TestWizardAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_problems; // of the current test: all of them are reported at once

    // The objectNames Tab visits on the current page, from its first tab stop until focus
    // leaves the page.
    QStringList tabWalk(ImportWizard &wizard)
    {
        QWidget *page = wizard.currentPage();
        QWidget *first = page->nextInFocusChain();
        while (first != page && !(isInside(first, page) && tabStop(first)))
            first = first->nextInFocusChain();
        if (first == page)
            return {};
        first->setFocus(Qt::TabFocusReason);
        QStringList visited;
        for (int steps = 0; steps < 80; ++steps) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus || !isInside(focus, page))
                break;
            const QWidget *input = namedInput(focus);
            const QString name = input ? input->objectName() : u"<unnamed>"_s;
            if (visited.contains(name))
                break;
            visited << name;
            checkNamed(focus, input);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return visited;
    }

    // An input must be named for screen readers: its own accessible name, a button's text,
    // or a label that is its buddy.
    void checkNamed(const QWidget *focus, const QWidget *input)
    {
        if (!input->accessibleName().isEmpty() || !focus->accessibleName().isEmpty())
            return;
        if (auto *button = qobject_cast<const QAbstractButton *>(input); button && !button->text().isEmpty())
            return;
        // Qt's accessibility names a group box by its title.
        if (auto *group = qobject_cast<const QGroupBox *>(input); group && !group->title().isEmpty())
            return;
        const QList<QLabel *> labels = input->window()->findChildren<QLabel *>();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [input](const QLabel *label) {
            return label->buddy() == input && !label->text().isEmpty();
        });
        if (!labelled)
            m_problems << u"%1 has no accessible name and no label"_s.arg(input->objectName());
    }

    // Mnemonics of the visible labels and buttons of the page and the wizard's own buttons.
    void checkMnemonics(ImportWizard &wizard)
    {
        QMap<QChar, QString> seen;
        const auto note = [&](const QWidget *widget, const QString &text) {
            const QChar key = mnemonic(text);
            if (key.isNull() || !widget->isVisible())
                return;
            if (seen.contains(key))
                m_problems << u"%1: \"%2\" and \"%3\" share Alt+%4"_s.arg(wizard.currentPage()->objectName(),
                                                                          seen.value(key), text, key);
            seen.insert(key, text);
        };
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
            if (label->buddy())
                note(label, label->text());
            // Without a buddy QLabel shows the '&' itself.
            else if (label->isVisible() && label->textFormat() != Qt::RichText &&
                     !mnemonic(label->text()).isNull())
                m_problems << u"%1: the label \"%2\" has a mnemonic but no buddy"_s.arg(
                    wizard.currentPage()->objectName(), label->text());
        }
        for (const QAbstractButton *button : wizard.currentPage()->findChildren<QAbstractButton *>())
            note(button, button->text());
        for (const QWidget *group : wizard.currentPage()->findChildren<QGroupBox *>())
            note(group, qobject_cast<const QGroupBox *>(group)->title());
        for (QWizard::WizardButton which :
             {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
            note(wizard.button(which), wizard.button(which)->text());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::setUpApplication(*qApp);
        QSettings().clear();
        // No account: the pages' AWS lookups fail at once, without a network.
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(u"no-config"_s).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(u"no-credentials"_s).toUtf8());
        qputenv("AWS_EC2_METADATA_DISABLED", "true");
        for (const char *name :
             {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE", "AWS_SESSION_TOKEN"})
            qunsetenv(name);
    }

    void tabOrder_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QList<QStringList>>("pages"); // the Tab order of each page, in flow order
        const QStringList start = QStringList{u"imageRadioButton"_s, u"savedProfileComboBox"_s,
                                              u"regionComboBox"_s, u"awsProfileComboBox"_s};
        const QStringList upload =
            QStringList{u"bucketComboBox"_s,         u"browseBucketButton"_s,     u"keyPrefixLineEdit"_s,
                        u"deleteUploadedCheckBox"_s, u"advancedUploadGroupBox"_s, u"partSizeSpinBox"_s,
                        u"concurrencySpinBox"_s,     u"storageClassComboBox"_s,   u"sseComboBox"_s,
                        u"sseKmsKeyLineEdit"_s,      u"checksumComboBox"_s};
        const QStringList review =
            QStringList{u"summaryTextBrowser"_s, u"diagnosticsListWidget"_s, u"cliCommandsTextEdit"_s,
                        u"copyCommandsButton"_s, u"saveCommandsButton"_s,    u"preflightListWidget"_s,
                        u"runChecksButton"_s,    u"profileNameLineEdit"_s,   u"saveProfileButton"_s};
        const QStringList tags =
            QStringList{u"tagTableView"_s, u"addTagButton"_s, u"removeTagButton"_s, u"pasteTagsButton"_s};
        QTest::newRow("ImportImage")
            << int(ImportOperation::ImportImage)
            << QList<QStringList>{
                   start,
                   QStringList{u"diskTableView"_s, u"addFilesButton"_s, u"addS3ObjectButton"_s,
                               u"addUrlButton"_s, u"addSnapshotButton"_s},
                   upload,
                   QStringList{u"platformComboBox"_s, u"architectureComboBox"_s, u"bootModeComboBox"_s,
                               u"licensingComboBox"_s, u"usageOperationComboBox"_s, u"licenseArnsTextEdit"_s,
                               u"hypervisorComboBox"_s, u"roleNameLineEdit"_s, u"descriptionLineEdit"_s},
                   QStringList{u"encryptedCheckBox"_s, u"kmsKeyComboBox"_s},
                   tags + QStringList{u"tagImageAndSnapshotsCheckBox"_s},
                   review};
        QTest::newRow("ImportSnapshot")
            << int(ImportOperation::ImportSnapshot)
            << QList<QStringList>{
                   start,
                   QStringList{u"diskTableView"_s, u"addFilesButton"_s, u"addS3ObjectButton"_s,
                               u"addUrlButton"_s},
                   upload,
                   QStringList{u"roleNameLineEdit"_s, u"descriptionLineEdit"_s, u"registerImageGroupBox"_s,
                               u"registerNameLineEdit"_s, u"registerDescriptionLineEdit"_s,
                               u"registerArchitectureComboBox"_s, u"registerBootModeComboBox"_s,
                               u"registerEnaCheckBox"_s, u"registerImdsV2CheckBox"_s,
                               u"registerTpmCheckBox"_s, u"registerRootDeviceLineEdit"_s,
                               u"registerVolumeTypeComboBox"_s},
                   QStringList{u"encryptedCheckBox"_s, u"kmsKeyComboBox"_s},
                   tags + QStringList{u"tagImageAndSnapshotsCheckBox"_s},
                   review};
        QTest::newRow("ImportDiskImage")
            << int(ImportOperation::ImportDiskImage)
            << QList<QStringList>{
                   start,
                   QStringList{u"diskTableView"_s, u"addFilesButton"_s, u"addS3ObjectButton"_s},
                   upload,
                   QStringList{u"imageNameLineEdit"_s, u"semanticVersionLineEdit"_s,
                               u"imageDescriptionLineEdit"_s, u"osVersionComboBox"_s,
                               u"imagePlatformComboBox"_s, u"infrastructureComboBox"_s,
                               u"executionRoleLineEdit"_s},
                   tags,
                   review};
    }

    void tabOrder()
    {
        QFETCH(int, operation);
        QFETCH(QList<QStringList>, pages);
        m_problems.clear();
        import::AwsSession session;
        ImportWizard wizard(&session);
        ImportSettings settings;
        settings.operation = ImportOperation(operation);
        settings.region = u"eu-west-1"_s;
        // A disk and a tag, so that Tab has rows to leave in the tables.
        if (settings.operation == ImportOperation::ImportDiskImage) {
            settings.imageBuilder.uri = u"s3://bucket/win11.iso"_s;
            settings.imageBuilder.tags.insert(u"Project"_s, u"vmi"_s);
        } else {
            DiskContainer disk;
            disk.url = u"s3://bucket/disk.vmdk"_s;
            settings.ec2.diskContainers.append(disk);
            settings.ec2.tagSpecifications.append(
                {TagTableModel::taskResourceType(settings.operation), {Tag{u"Project"_s, u"vmi"_s}}});
        }
        // Every field enabled: encrypted (the key), a part size (Advanced), a usage operation.
        settings.ec2.encrypted = true;
        settings.ec2.usageOperation = u"RunInstances:0800"_s;
        settings.upload.partSize = 64 * 1024 * 1024;
        settings.afterImport.registerImage = settings.operation == ImportOperation::ImportSnapshot
                                                 ? std::optional(RegisterImageSettings{})
                                                 : std::nullopt;
        wizard.replaceSettings(settings);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QList<QStringList> walked;
        for (;;) {
            walked << tabWalk(wizard);
            checkMnemonics(wizard);
            if (wizard.nextId() < 0)
                break;
            wizard.next();
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
        QCOMPARE(walked, pages);
    }

    void everyPageHasItsIcon()
    {
        import::AwsSession session;
        ImportWizard wizard(&session);
        for (const char *radio : {"imageRadioButton", "snapshotRadioButton", "isoRadioButton"}) {
            const auto *button = wizard.findChild<QAbstractButton *>(QString::fromLatin1(radio));
            QVERIFY(button);
            QVERIFY2(!button->icon().pixmap(32).isNull(), radio);
        }
        for (int id : wizard.pageIds()) {
            const QPixmap logo = wizard.page(id)->pixmap(QWizard::LogoPixmap);
            QVERIFY2(!logo.isNull(), qPrintable(wizard.page(id)->objectName()));
            QCOMPARE(logo.deviceIndependentSize().toSize(), QSize(48, 48));
        }
    }

    // Text and the diagnostics' colours keep WCAG's contrast on the light and dark palettes:
    // 7:1 for text on windows and fields, 4.5:1 for the error and warning colours.
    void bothPalettesAreReadable()
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        for (const ui::ColorScheme scheme : {ui::ColorScheme::Dark, ui::ColorScheme::Light}) {
            ui::applyColorScheme(scheme);
            QCOMPARE(ui::paletteIsDark(), scheme == ui::ColorScheme::Dark);
            const QPalette palette = QApplication::palette();
            QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
            QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
            for (const bool error : {true, false}) {
                const QString style = ui::WizardPage::diagnosticStyle(error);
                const QColor colour(style.section(u' ', 1).chopped(1));
                QVERIFY2(colour.isValid(), qPrintable(style));
                QVERIFY2(contrast(colour, palette.color(QPalette::Window)) >= 4.5, qPrintable(style));
            }
        }
    }
};

QTEST_MAIN(TestWizardAccessibility)
#include "tst_wizard_accessibility.moc"
