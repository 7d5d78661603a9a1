// Saved profiles through the wizard, for each kind of import with every field the wizard
// edits set (and a few it only carries, like ClientData): loading one fills every page;
// saving it back unchanged writes the same bytes; one edit changes that member and nothing
// else, byte for byte.

#include "import/AwsSession.h"
#include "models/DiskTableModel.h"
#include "models/ProfileStore.h"
#include "models/TagTableModel.h"
#include "support/RequiredChild.h"
#include "ui/Application.h"
#include "ui/wizard/DisksPage.h"
#include "ui/wizard/ImportWizard.h"
#include "ui/wizard/TagsPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vmi;
using namespace Qt::StringLiterals;
using ui::ImportWizard;

namespace {

QString comboValue(QWidget *parent, const char *name)
{
    auto *box = child<QComboBox>(parent, name);
    const QVariant data = box->currentData();
    return data.isValid() && !data.toString().isEmpty() ? data.toString() : box->currentText();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWizardProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_disk;

    ImportSettings common(ImportOperation operation)
    {
        ImportSettings s;
        s.operation = operation;
        s.region = u"eu-west-1"_s;
        s.awsProfile = u"imports"_s;
        s.upload.bucket = u"vmi-profile-bucket"_s;
        s.upload.keyPrefix = u"imports/2026/"_s;
        s.upload.partSize = 64 * 1024 * 1024;
        s.upload.concurrency = 6;
        s.upload.storageClass = u"STANDARD_IA"_s;
        s.upload.serverSideEncryption = u"aws:kms"_s;
        s.upload.sseKmsKeyId = u"alias/uploads"_s;
        s.upload.checksumAlgorithm = u"CRC32C"_s;
        s.afterImport.deleteUploadedObjects = true;
        return s;
    }

    ImportSettings imageSettings()
    {
        ImportSettings s = common(ImportOperation::ImportImage);
        s.upload.localFiles = {m_disk, QString()};
        Ec2ImportRequest &r = s.ec2;
        r.architecture = u"x86_64"_s;
        r.clientData = ClientData{u"from the profile test"_s, {}, {}, {}};
        r.clientToken = u"0f0e0d0c-profile-token"_s;
        r.description = u"Web server"_s;
        r.diskContainers = {DiskContainer{u"boot disk"_s, u"/dev/sda1"_s, u"VMDK"_s, {}, {}, {}},
                            DiskContainer{u"data disk"_s,
                                          u"/dev/sdb"_s,
                                          u"VHD"_s,
                                          {},
                                          {},
                                          UserBucket{u"vmi-other-bucket"_s, u"disks/data.vhd"_s}}};
        r.encrypted = true;
        r.kmsKeyId = u"alias/imports"_s;
        r.licenseType = u"BYOL"_s;
        r.platform = u"Linux"_s;
        r.roleName = u"vmimport-custom"_s;
        r.licenseSpecifications = {
            {u"arn:aws:license-manager:eu-west-1:123456789012:license-configuration:lic-0123456789abcdef"_s}};
        r.tagSpecifications = {
            {u"import-image-task"_s, {Tag{u"Project"_s, u"vmi"_s}, Tag{u"Owner"_s, u"ops team"_s}}}};
        r.bootMode = u"uefi"_s;
        r.hypervisor = u"xen"_s;
        s.afterImport.tagImageAndSnapshots = true;
        return s;
    }

    ImportSettings snapshotSettings()
    {
        ImportSettings s = common(ImportOperation::ImportSnapshot);
        s.upload.localFiles = {m_disk};
        Ec2ImportRequest &r = s.ec2;
        r.description = u"arm64 root disk"_s;
        r.diskContainers = {DiskContainer{u"root"_s, {}, u"RAW"_s, {}, {}, {}}};
        r.encrypted = true;
        r.kmsKeyId = u"alias/snapshots"_s;
        r.roleName = u"vmimport"_s;
        r.tagSpecifications = {{u"import-snapshot-task"_s, {Tag{u"Project"_s, u"vmi"_s}}}};
        s.afterImport.tagImageAndSnapshots = true;
        RegisterImageSettings image;
        image.name = u"arm64-from-snapshot"_s;
        image.description = u"Registered by the wizard"_s;
        image.architecture = u"arm64"_s;
        image.bootMode = u"uefi"_s;
        image.enaSupport = true;
        image.imdsSupport = u"v2.0"_s;
        image.tpmSupport = u"v2.0"_s;
        image.rootDeviceName = u"/dev/xvda"_s;
        image.volumeType = u"io2"_s;
        s.afterImport.registerImage = image;
        return s;
    }

    ImportSettings isoSettings()
    {
        ImportSettings s = common(ImportOperation::ImportDiskImage);
        s.afterImport.deleteUploadedObjects = false; // nothing is uploaded: the ISO is in S3
        ImageBuilderImportRequest &r = s.imageBuilder;
        r.name = u"windows-11-base"_s;
        r.semanticVersion = u"1.2.3"_s;
        r.description = u"Windows 11 Enterprise"_s;
        r.platform = u"Windows"_s;
        r.osVersion = u"Microsoft Windows 11"_s;
        r.executionRole = u"ImageBuilderImportRole"_s;
        r.infrastructureConfigurationArn =
            u"arn:aws:imagebuilder:eu-west-1:123456789012:infrastructure-configuration/build"_s;
        r.uri = u"s3://vmi-iso-bucket/isos/win11.iso"_s;
        r.loggingConfiguration = ImageLoggingConfiguration{u"/imagebuilder/imports"_s};
        r.tags = {{u"Project"_s, u"vmi"_s}, {u"Edition"_s, u"Enterprise"_s}};
        r.clientToken = u"iso-profile-token"_s;
        return s;
    }

    // Loads `name` through the Start page and walks every page (entering each runs its load()).
    void loadAndWalk(ImportWizard &wizard, const QString &name, QList<int> *visited)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *profiles = child<QComboBox>(&wizard, "savedProfileComboBox");
        QVERIFY(profiles->findText(name) >= 0);
        profiles->setCurrentText(name);
        child<QPushButton>(&wizard, "loadProfileButton")->click();
        QCOMPARE(wizard.profileName(), name);
        visited->append(wizard.currentId());
        while (wizard.nextId() >= 0) {
            wizard.next();
            visited->append(wizard.currentId());
        }
    }

    void saveFromReview(ImportWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        child<QPushButton>(&wizard, "saveProfileButton")->click();
        QCOMPARE(child<QLabel>(&wizard, "profileStatusLabel")->text(), u"Saved."_s);
    }

    // Saves `settings` as `name` and returns the file's path.
    QString saveProfile(const QString &name, const ImportSettings &settings)
    {
        ProfileStore store;
        const Outcome<> saved = store.save({name, settings});
        if (!saved.ok())
            qFatal("cannot save the profile: %s", qPrintable(saved.error));
        for (const ProfileEntry &entry : store.list()) {
            if (entry.name == name)
                return entry.filePath;
        }
        return {};
    }

    // Edits one field on `page`, saves, and checks the file is the original with only `member`
    // (a path of JSON object keys) set to `value`, written the same way.
    void editSaveAndCompare(ImportWizard &wizard, const QString &path, const QByteArray &original, int page,
                            const std::function<void()> &edit, const QStringList &member,
                            const QJsonValue &value)
    {
        while (wizard.currentId() != page)
            wizard.back();
        edit();
        while (wizard.nextId() >= 0)
            wizard.next();
        saveFromReview(wizard);
        const QByteArray edited = readAll(path);
        QVERIFY(edited != original);
        // The expected file: the original document with that one member changed.
        const std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject object,
                                                                           qsizetype depth) {
            if (depth + 1 == member.size())
                object.insert(member[depth], value);
            else
                object.insert(member[depth], set(object.value(member[depth]).toObject(), depth + 1));
            return object;
        };
        const QJsonObject expected = set(QJsonDocument::fromJson(original).object(), 0);
        QCOMPARE(QJsonDocument::fromJson(edited).object(), expected);
        QCOMPARE(edited, QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::setUpApplication(*qApp);
        QSettings().clear();
        QDir(ProfileStore::defaultDirectory()).removeRecursively();
        // No account: the pages' AWS lookups fail at once and change nothing.
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(u"no-config"_s).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(u"no-credentials"_s).toUtf8());
        qputenv("AWS_EC2_METADATA_DISABLED", "true");
        for (const char *name :
             {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE", "AWS_SESSION_TOKEN"})
            qunsetenv(name);
        m_disk = m_dir.filePath(u"web.vmdk"_s);
        QFile disk(m_disk);
        QVERIFY(disk.open(QIODevice::WriteOnly) && disk.write(QByteArray(64 * 1024, '\0')));
    }

    void importImageProfile()
    {
        const QString path = saveProfile(u"image profile"_s, imageSettings());
        const QByteArray original = readAll(path);
        QVERIFY(original.contains("\"afterImport\""));
        import::AwsSession session;
        ImportWizard wizard(&session);
        QList<int> visited;
        loadAndWalk(wizard, u"image profile"_s, &visited);
        QCOMPARE(visited,
                 (QList<int>{ImportWizard::StartPageId, ImportWizard::DisksPageId, ImportWizard::UploadPageId,
                             ImportWizard::SystemPageId, ImportWizard::EncryptionPageId,
                             ImportWizard::TagsPageId, ImportWizard::ReviewPageId}));

        // Every page shows the profile's values.
        QVERIFY(child<QAbstractButton>(&wizard, "imageRadioButton")->isChecked());
        QCOMPARE(child<QComboBox>(&wizard, "regionComboBox")->currentText(), u"eu-west-1"_s);
        QCOMPARE(child<QComboBox>(&wizard, "awsProfileComboBox")->currentText(), u"imports"_s);
        const DiskTableModel *disks = wizard.findChild<ui::DisksPage *>()->model();
        QCOMPARE(disks->rowCount(), 2);
        QCOMPARE(disks->localFile(0), m_disk);
        QCOMPARE(disks->index(0, DiskTableModel::FormatColumn).data().toString(), u"VMDK"_s);
        QCOMPARE(disks->index(0, DiskTableModel::DeviceNameColumn).data().toString(), u"/dev/sda1"_s);
        QCOMPARE(disks->index(1, DiskTableModel::DescriptionColumn).data().toString(), u"data disk"_s);
        QVERIFY(
            disks->index(1, DiskTableModel::SourceColumn).data().toString().contains(u"disks/data.vhd"_s));
        QCOMPARE(child<QComboBox>(&wizard, "bucketComboBox")->currentText(), u"vmi-profile-bucket"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "keyPrefixLineEdit")->text(), u"imports/2026/"_s);
        QVERIFY(child<QCheckBox>(&wizard, "deleteUploadedCheckBox")->isChecked());
        QVERIFY(child<QGroupBox>(&wizard, "advancedUploadGroupBox")->isChecked());
        QCOMPARE(child<QSpinBox>(&wizard, "partSizeSpinBox")->value(), 64);
        QCOMPARE(child<QSpinBox>(&wizard, "concurrencySpinBox")->value(), 6);
        QCOMPARE(child<QComboBox>(&wizard, "storageClassComboBox")->currentText(), u"STANDARD_IA"_s);
        QCOMPARE(child<QComboBox>(&wizard, "sseComboBox")->currentText(), u"aws:kms"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "sseKmsKeyLineEdit")->text(), u"alias/uploads"_s);
        QCOMPARE(child<QComboBox>(&wizard, "checksumComboBox")->currentText(), u"CRC32C"_s);
        QCOMPARE(comboValue(&wizard, "platformComboBox"), u"Linux"_s);
        QCOMPARE(comboValue(&wizard, "architectureComboBox"), u"x86_64"_s);
        QCOMPARE(comboValue(&wizard, "bootModeComboBox"), u"uefi"_s);
        QCOMPARE(comboValue(&wizard, "licensingComboBox"), u"BYOL"_s);
        QVERIFY(child<QPlainTextEdit>(&wizard, "licenseArnsTextEdit")
                    ->toPlainText()
                    .endsWith(u"lic-0123456789abcdef"_s));
        QCOMPARE(comboValue(&wizard, "hypervisorComboBox"), u"xen"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "roleNameLineEdit")->text(), u"vmimport-custom"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "descriptionLineEdit")->text(), u"Web server"_s);
        QVERIFY(child<QCheckBox>(&wizard, "encryptedCheckBox")->isChecked());
        QCOMPARE(child<QComboBox>(&wizard, "kmsKeyComboBox")->currentText(), u"alias/imports"_s);
        const TagTableModel *tags = wizard.findChild<ui::TagsPage *>()->model();
        QCOMPARE(tags->rowCount(), 2);
        QCOMPARE(tags->index(1, TagTableModel::ValueColumn).data().toString(), u"ops team"_s);
        QVERIFY(child<QCheckBox>(&wizard, "tagImageAndSnapshotsCheckBox")->isChecked());

        // Saved back unchanged: the same bytes.
        saveFromReview(wizard);
        QCOMPARE(readAll(path), original);

        // One edit: only Description changes.
        editSaveAndCompare(
            wizard, path, original, ImportWizard::SystemPageId,
            [&] { child<QLineEdit>(&wizard, "descriptionLineEdit")->setText(u"Web server, edited"_s); },
            {u"request"_s, u"Description"_s}, u"Web server, edited"_s);
    }

    void importSnapshotProfile()
    {
        const QString path = saveProfile(u"snapshot profile"_s, snapshotSettings());
        const QByteArray original = readAll(path);
        QVERIFY(original.contains("\"registerImage\""));
        import::AwsSession session;
        ImportWizard wizard(&session);
        QList<int> visited;
        loadAndWalk(wizard, u"snapshot profile"_s, &visited);
        QCOMPARE(visited.value(3), int(ImportWizard::SystemPageId));

        QVERIFY(child<QAbstractButton>(&wizard, "snapshotRadioButton")->isChecked());
        QCOMPARE(wizard.findChild<ui::DisksPage *>()->model()->rowCount(), 1);
        QCOMPARE(child<QLineEdit>(&wizard, "descriptionLineEdit")->text(), u"arm64 root disk"_s);
        QVERIFY(child<QGroupBox>(&wizard, "registerImageGroupBox")->isChecked());
        QCOMPARE(child<QLineEdit>(&wizard, "registerNameLineEdit")->text(), u"arm64-from-snapshot"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "registerDescriptionLineEdit")->text(),
                 u"Registered by the wizard"_s);
        QCOMPARE(comboValue(&wizard, "registerArchitectureComboBox"), u"arm64"_s);
        QCOMPARE(comboValue(&wizard, "registerBootModeComboBox"), u"uefi"_s);
        QVERIFY(child<QCheckBox>(&wizard, "registerEnaCheckBox")->isChecked());
        QVERIFY(child<QCheckBox>(&wizard, "registerImdsV2CheckBox")->isChecked());
        QVERIFY(child<QCheckBox>(&wizard, "registerTpmCheckBox")->isChecked());
        QCOMPARE(child<QLineEdit>(&wizard, "registerRootDeviceLineEdit")->text(), u"/dev/xvda"_s);
        QCOMPARE(comboValue(&wizard, "registerVolumeTypeComboBox"), u"io2"_s);
        QCOMPARE(child<QComboBox>(&wizard, "kmsKeyComboBox")->currentText(), u"alias/snapshots"_s);
        QVERIFY(child<QCheckBox>(&wizard, "tagImageAndSnapshotsCheckBox")->isChecked());
        QVERIFY(child<QCheckBox>(&wizard, "deleteUploadedCheckBox")->isChecked());

        saveFromReview(wizard);
        QCOMPARE(readAll(path), original);

        editSaveAndCompare(
            wizard, path, original, ImportWizard::SystemPageId,
            [&] { child<QLineEdit>(&wizard, "registerNameLineEdit")->setText(u"arm64-renamed"_s); },
            {u"afterImport"_s, u"registerImage"_s, u"Name"_s}, u"arm64-renamed"_s);
    }

    void importDiskImageProfile()
    {
        const QString path = saveProfile(u"iso profile"_s, isoSettings());
        const QByteArray original = readAll(path);
        import::AwsSession session;
        ImportWizard wizard(&session);
        QList<int> visited;
        loadAndWalk(wizard, u"iso profile"_s, &visited);
        QCOMPARE(visited, (QList<int>{ImportWizard::StartPageId, ImportWizard::DisksPageId,
                                      ImportWizard::UploadPageId, ImportWizard::ImageBuilderPageId,
                                      ImportWizard::TagsPageId, ImportWizard::ReviewPageId}));

        QVERIFY(child<QAbstractButton>(&wizard, "isoRadioButton")->isChecked());
        const DiskTableModel *disks = wizard.findChild<ui::DisksPage *>()->model();
        QCOMPARE(disks->rowCount(), 1);
        QVERIFY(
            disks->index(0, DiskTableModel::SourceColumn).data().toString().contains(u"isos/win11.iso"_s));
        QCOMPARE(child<QLineEdit>(&wizard, "imageNameLineEdit")->text(), u"windows-11-base"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "semanticVersionLineEdit")->text(), u"1.2.3"_s);
        QCOMPARE(child<QLineEdit>(&wizard, "imageDescriptionLineEdit")->text(), u"Windows 11 Enterprise"_s);
        QCOMPARE(child<QComboBox>(&wizard, "osVersionComboBox")->currentText(), u"Microsoft Windows 11"_s);
        QCOMPARE(child<QComboBox>(&wizard, "imagePlatformComboBox")->currentText(), u"Windows"_s);
        QVERIFY(child<QComboBox>(&wizard, "infrastructureComboBox")->currentText().endsWith(u"/build"_s));
        QCOMPARE(child<QLineEdit>(&wizard, "executionRoleLineEdit")->text(), u"ImageBuilderImportRole"_s);
        QCOMPARE(wizard.findChild<ui::TagsPage *>()->model()->rowCount(), 2);
        QVERIFY(!child<QCheckBox>(&wizard, "tagImageAndSnapshotsCheckBox")->isVisible());

        saveFromReview(wizard);
        QCOMPARE(readAll(path), original);

        editSaveAndCompare(
            wizard, path, original, ImportWizard::ImageBuilderPageId,
            [&] { child<QLineEdit>(&wizard, "semanticVersionLineEdit")->setText(u"1.2.4"_s); },
            {u"request"_s, u"semanticVersion"_s}, u"1.2.4"_s);
    }
};

QTEST_MAIN(TestWizardProfiles)
#include "tst_wizard_profiles.moc"
