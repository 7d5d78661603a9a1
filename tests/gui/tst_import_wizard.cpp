// The import wizard walked from Start to "Start import" for each kind of import, on the
// offscreen platform, against moto (S3, IAM, KMS, STS) and the import fake (EC2 imports,
// Image Builder): invalid values show their message and disable Next, fixing them enables
// it again, and the review's AWS CLI command sends the request the app sends.

#include "aws/AwsClient.h"
#include "import/AwsSession.h"
#include "import/SubmittedRequest.h"
#include "models/DiskTableModel.h"
#include "models/TagTableModel.h"
#include "support/FakeControl.h"
#include "support/GuiTestMain.h"
#include "support/RequiredChild.h"
#include "ui/Application.h"
#include "ui/wizard/DisksPage.h"
#include "ui/wizard/ImportWizard.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/TagsPage.h"
#include "ui/wizard/WizardPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

using namespace vmi;
using namespace Qt::StringLiterals;
using ui::ImportWizard;

namespace {} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    QJsonObject m_moto;
    QJsonObject m_fake;
    QJsonObject m_seed;
    QTemporaryDir m_dir;
    QString m_disk;
    QString m_iso;
    QNetworkAccessManager m_network;

    FakeControl fakeControl() { return FakeControl(&m_network, m_fake[u"controlEndpoint"].toString()); }

    // The fake's records of `action` since `since`.
    // The fake's `action` requests since `since` that carried this ClientToken: other tests
    // running at the same time send theirs to the same fake.
    QList<QJsonObject> recorded(const QString &action, int since, const QString &clientToken)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &r :
             fakeControl().get(u"requests?since=%1"_s.arg(since))[u"requests"].toArray()) {
            if (r[u"action"].toString() == action && r[u"params"][u"ClientToken"].toString() == clientToken)
                found.append(r.toObject());
        }
        return found;
    }

    void screenshot(ImportWizard &wizard, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VMI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(wizard.grab().save(dir + u'/' + name + u".png"_s));
    }

    static QAbstractButton *nextButton(ImportWizard &wizard) { return wizard.button(QWizard::NextButton); }

    void goNext(ImportWizard &wizard, int expectedPage)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(nextButton(wizard)->isEnabled(),
                                  qPrintable(u"page %1: "_s.arg(wizard.currentId()) +
                                             ui::WizardPage::diagnosticText(wizard.diagnostics())),
                                  10'000);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), expectedPage);
    }

    // Start page: kind and Region; waits for the identity check to answer.
    void start(ImportWizard &wizard, const char *kindButton, const QString &kindName)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        child<QAbstractButton>(&wizard, kindButton)->click();
        child<QComboBox>(&wizard, "regionComboBox")->setCurrentText(u"not a region"_s);
        auto *regionLabel = child<QLabel>(&wizard, "regionDiagnosticLabel");
        QVERIFY(regionLabel->isVisible());
        QVERIFY2(regionLabel->text().contains(u"is not an AWS Region name"_s),
                 qPrintable(regionLabel->text()));
        QVERIFY(!nextButton(wizard)->isEnabled());
        child<QComboBox>(&wizard, "regionComboBox")->setCurrentText(m_moto[u"region"].toString());
        QVERIFY(!regionLabel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&wizard, "identityLabel")->text().startsWith(u"Account "_s),
                                 15'000);
        QVERIFY(child<QLabel>(&wizard, "identityLabel")->text().contains(m_moto[u"userArn"].toString()));
        screenshot(wizard, kindName + u"-1-start"_s);
        goNext(wizard, ImportWizard::DisksPageId);
    }

    // Disks page: Next stays off without a disk; a local file (inspected) turns it on.
    void addDisk(ImportWizard &wizard, const QString &file, const QString &kindName)
    {
        auto *label = child<QLabel>(&wizard, "disksDiagnosticLabel");
        QVERIFY(!nextButton(wizard)->isEnabled());
        QVERIFY(label->isVisible());
        auto *page = qobject_cast<ui::DisksPage *>(wizard.currentPage());
        page->model()->addLocalFile(file);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->inspection(0).has_value(), 10'000);
        screenshot(wizard, kindName + u"-2-disks"_s);
        goNext(wizard, ImportWizard::UploadPageId);
    }

    // Upload page: no bucket and a bad bucket name block; the seeded bucket passes its Region check.
    void chooseBucket(ImportWizard &wizard, const QString &kindName, int nextPage)
    {
        auto *bucket = child<QComboBox>(&wizard, "bucketComboBox");
        auto *label = child<QLabel>(&wizard, "bucketDiagnosticLabel");
        bucket->setCurrentText(QString());
        QVERIFY(!nextButton(wizard)->isEnabled());
        bucket->setCurrentText(u"Bad_Bucket"_s);
        QVERIFY(label->isVisible());
        QVERIFY(!nextButton(wizard)->isEnabled());
        bucket->setCurrentText(m_seed[u"bucket"].toString());
        child<QLineEdit>(&wizard, "keyPrefixLineEdit")->setText(u"gui-tests/"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&wizard, "bucketStatusLabel")->text().contains(u"like the import"_s), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(bucket->findText(m_seed[u"bucket"].toString()) >= 0, true, 10'000);
        screenshot(wizard, kindName + u"-3-upload"_s);
        goNext(wizard, nextPage);
    }

    // Review: the checks run before start; a missing service role is created after the user
    // says yes to the dialog that shows its policies.
    void finish(ImportWizard &wizard, const QString &kindName, ImportSettings *handed)
    {
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review);
        QSignalSpy requested(&wizard, &ImportWizard::importRequested);
        review->runPreflight();
        auto *status = child<QLabel>(&wizard, "preflightStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"checks"_s), 20'000);
        auto *createRole = child<QAbstractButton>(&wizard, "createRoleButton");
        if (createRole->isVisible()) {
            QString details;
            QTimer::singleShot(0, this, [&details] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                details = box->detailedText();
                box->button(QMessageBox::Yes)->click();
            });
            createRole->click();
            QVERIFY(details.contains(u"vmie.amazonaws.com"_s));
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"checks passed"_s) ||
                                         status->text().contains(u"checks failed"_s),
                                     20'000);
        }
        QStringList checks;
        auto *list = child<QListWidget>(&wizard, "preflightListWidget");
        for (int i = 0; i < list->count(); ++i)
            checks.append(list->item(i)->text());
        QVERIFY2(status->text().contains(u"All checks passed"_s), qPrintable(checks.join(u'\n')));
        screenshot(wizard, kindName + u"-7-review"_s);
        QAbstractButton *startButton = wizard.button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(startButton->isEnabled(), 10'000);
        QTest::mouseClick(startButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 20'000);
        *handed = requested.first().first().value<ImportSettings>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::setUpApplication(*qApp);
        QSettings().clear();
        m_moto = readStateFile("VMI_MOTO_STATE");
        m_fake = readStateFile("VMI_IMPORT_FAKE_STATE");
        const QByteArray moto = m_moto[u"endpoint"].toString().toUtf8();
        const QByteArray fake = m_fake[u"endpoint"].toString().toUtf8();
        // The wizard builds its clients like the AWS CLI: from the environment.
        qputenv("AWS_ACCESS_KEY_ID", m_moto[u"accessKeyId"].toString().toUtf8());
        qputenv("AWS_SECRET_ACCESS_KEY", m_moto[u"secretAccessKey"].toString().toUtf8());
        qunsetenv("AWS_PROFILE");
        qunsetenv("AWS_SESSION_TOKEN");
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(u"no-config"_s).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(u"no-credentials"_s).toUtf8());
        qputenv("AWS_PAGER", "");
        for (const char *service : {"S3", "IAM", "KMS", "STS"})
            qputenv(QByteArray(QByteArray("AWS_ENDPOINT_URL_") + service).constData(), moto);
        for (const char *service : {"EC2", "IMAGEBUILDER"})
            qputenv(QByteArray(QByteArray("AWS_ENDPOINT_URL_") + service).constData(), fake);

        const QString name = u"vmi-gui-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QProcess seed;
        seed.start(qEnvironmentVariable("VMI_PYTHON"),
                   {qEnvironmentVariable("VMI_MOTO_SEED_SCRIPT"), u"--state"_s,
                    qEnvironmentVariable("VMI_MOTO_STATE"), u"--name"_s, name, u"--object"_s,
                    u"preview/one.raw"_s, u"--object"_s, u"preview/two.raw"_s});
        QVERIFY(seed.waitForFinished(60'000));
        QCOMPARE(seed.exitCode(), 0);
        m_seed = QJsonDocument::fromJson(seed.readAllStandardOutput()).object();
        QVERIFY(!m_seed[u"bucket"].toString().isEmpty());
        QVERIFY(
            fakeControl().post(u"infrastructure-configurations"_s, {{u"name"_s, name}}).contains(u"arn"_s));

        // A small raw disk with an MBR signature, and an "ISO" the inspector reads as data.
        m_disk = m_dir.filePath(u"disk.raw"_s);
        QByteArray bytes(2 * 1024 * 1024, '\0');
        bytes[510] = char(0x55);
        bytes[511] = char(0xAA);
        QFile disk(m_disk);
        QVERIFY(disk.open(QIODevice::WriteOnly) && disk.write(bytes) == bytes.size());
        disk.close();
        m_iso = m_dir.filePath(u"win11.iso"_s);
        QFile iso(m_iso);
        // An ISO 9660 primary volume descriptor at sector 16 is what makes a file an ISO.
        QByteArray isoBytes(64 * 1024, '\0');
        isoBytes.replace(16 * 2048, 6,
                         QByteArray("\x01"
                                    "CD001",
                                    6));
        QVERIFY(iso.open(QIODevice::WriteOnly) && iso.write(isoBytes) == isoBytes.size());
    }

    // The Upload page looks up each local file's target key: an object of the same size is not
    // sent again, one of another size is replaced; a new prefix asks again.
    void uploadPageShowsWhatIsAlreadyInS3()
    {
        // moto_seed put 1 MiB objects at preview/one.raw and preview/two.raw.
        const auto makeFile = [this](const QString &name, qint64 size) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(size));
        };
        makeFile(u"one.raw"_s, 1024 * 1024);
        makeFile(u"two.raw"_s, 2 * 1024 * 1024);
        makeFile(u"three.raw"_s, 1024 * 1024);
        import::AwsSession session;
        ImportWizard wizard(&session);
        ImportSettings settings;
        settings.region = m_moto[u"region"].toString();
        settings.upload.bucket = m_seed[u"bucket"].toString();
        settings.upload.keyPrefix = u"preview/"_s;
        for (const QString &name : {u"one.raw"_s, u"two.raw"_s, u"three.raw"_s}) {
            DiskContainer disk;
            disk.format = u"RAW"_s;
            settings.ec2.diskContainers.append(disk);
            settings.upload.localFiles.append(m_dir.filePath(name));
        }
        wizard.replaceSettings(settings);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goNext(wizard, ImportWizard::DisksPageId);
        goNext(wizard, ImportWizard::UploadPageId);
        auto *label = child<QLabel>(&wizard, "existingObjectsLabel");
        const QString bucket = m_seed[u"bucket"].toString();
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(u"looking"_s) && !label->text().isEmpty(), 10'000);
        const QStringList lines = label->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"one.raw → s3://%1/preview/one.raw: already in S3 (same size): will not be "
                           "uploaded again"_s.arg(bucket));
        QCOMPARE(lines[1], u"two.raw → s3://%1/preview/two.raw: an object of another size is there: it will "
                           "be replaced"_s.arg(bucket));
        QCOMPARE(lines[2],
                 u"three.raw → s3://%1/preview/three.raw: not there yet; it will be uploaded"_s.arg(bucket));
        screenshot(wizard, u"upload-existing-objects"_s);

        // Typing a new prefix asks again once the typing stops; the old answers are dropped.
        auto *prefix = child<QLineEdit>(&wizard, "keyPrefixLineEdit");
        prefix->setText(u"elsewhere/"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().count(u"not there yet"_s) == 3, 10'000);
        QVERIFY(label->text().contains(u"s3://%1/elsewhere/one.raw"_s.arg(bucket)));
    }

    void importImageFromStartToStart()
    {
        import::AwsSession session;
        ImportWizard wizard(&session);
        start(wizard, "imageRadioButton", u"image"_s);
        addDisk(wizard, m_disk, u"image"_s);
        chooseBucket(wizard, u"image"_s, ImportWizard::SystemPageId);

        // System: an invalid role name shows IAM's rule and blocks; clearing it fixes it.
        auto *role = child<QLineEdit>(&wizard, "roleNameLineEdit");
        role->setText(u"bad role!"_s);
        QVERIFY(child<QLabel>(&wizard, "roleNameDiagnosticLabel")->isVisible());
        QVERIFY(!nextButton(wizard)->isEnabled());
        role->clear();
        QVERIFY(!child<QLabel>(&wizard, "roleNameDiagnosticLabel")->isVisible());
        auto *platform = child<QComboBox>(&wizard, "platformComboBox");
        platform->setCurrentIndex(platform->findData(u"Linux"_s));
        auto *licensing = child<QComboBox>(&wizard, "licensingComboBox");
        licensing->setCurrentIndex(licensing->findData(u"BYOL"_s));
        QCOMPARE(wizard.settings().ec2.licenseType, std::optional(u"BYOL"_s));
        screenshot(wizard, u"image-4-system"_s);
        goNext(wizard, ImportWizard::EncryptionPageId);

        // Encryption: the seeded alias is listed; a malformed key is an error.
        child<QCheckBox>(&wizard, "encryptedCheckBox")->setChecked(true);
        auto *key = child<QComboBox>(&wizard, "kmsKeyComboBox");
        QTRY_VERIFY_WITH_TIMEOUT(key->findText(m_seed[u"alias"].toString()) >= 0, 10'000);
        key->setCurrentText(u"not a key"_s);
        QVERIFY(child<QLabel>(&wizard, "kmsKeyDiagnosticLabel")->isVisible());
        QVERIFY(!nextButton(wizard)->isEnabled());
        key->setCurrentText(m_seed[u"alias"].toString());
        screenshot(wizard, u"image-5-encryption"_s);
        goNext(wizard, ImportWizard::TagsPageId);

        // Tags: pasted key=value lines; an aws: prefix is refused.
        auto *tags = qobject_cast<ui::TagsPage *>(wizard.currentPage());
        QApplication::clipboard()->setText(u"aws:reserved=x"_s);
        tags->pasteFromClipboard();
        QVERIFY(child<QLabel>(&wizard, "tagsDiagnosticLabel")->isVisible());
        QVERIFY(!nextButton(wizard)->isEnabled());
        tags->model()->removeRow(0);
        QApplication::clipboard()->setText(u"Project=vmi\nOwner = gui test\n"_s);
        tags->pasteFromClipboard();
        QCOMPARE(wizard.settings().ec2.tagSpecifications.value(0).tags.size(), 2);
        screenshot(wizard, u"image-6-tags"_s);
        goNext(wizard, ImportWizard::ReviewPageId);

        const QString commands = child<QPlainTextEdit>(&wizard, "cliCommandsTextEdit")->toPlainText();
        QVERIFY(commands.startsWith(u"aws s3 cp "_s));
        ImportSettings handed;
        finish(wizard, u"image"_s, &handed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(handed.operation, ImportOperation::ImportImage);
        QCOMPARE(handed.upload.localFiles, QStringList{m_disk});
        QCOMPARE(handed.ec2.diskContainers[0].userBucket->s3Key, std::optional(u"gui-tests/disk.raw"_s));
        QVERIFY(handed.ec2.clientToken && !handed.ec2.clientToken->isEmpty());

        // The review's import command, run by the AWS CLI v2 against the fake, sends exactly the
        // request the app sends for the handed-over settings.
        const int since = fakeControl().get(u"requests?since=0"_s)[u"nextSeq"].toInt();
        // First the upload the review shows (to moto), then the import (to the fake).
        QProcess copy;
        QProcessEnvironment copyEnvironment = QProcessEnvironment::systemEnvironment();
        copyEnvironment.insert(u"VMI_MOTO"_s, m_moto[u"endpoint"].toString());
        copy.setProcessEnvironment(copyEnvironment);
        copy.start(u"/bin/sh"_s,
                   {u"-c"_s, u"aws() { /usr/bin/aws --endpoint-url \"$VMI_MOTO\" \"$@\"; }; "_s +
                                 commands.split(u"\n\n"_s).first()});
        QVERIFY(copy.waitForFinished(60'000));
        QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());
        const QString importCommand = commands.split(u"\n\n"_s).last();
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VMI_FAKE"_s, m_fake[u"endpoint"].toString());
        cli.setProcessEnvironment(environment);
        cli.start(u"/bin/sh"_s, {u"-c"_s, u"aws() { /usr/bin/aws --endpoint-url \"$VMI_FAKE\" \"$@\"; }; "_s +
                                              importCommand});
        QVERIFY(cli.waitForFinished(60'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        QString error;
        aws::AwsClient *client = session.client(QString(), handed.region, &error);
        QVERIFY2(client, qPrintable(error));
        aws::AwsCall *call = client->call(aws::AwsService::Ec2, u"ImportImage"_s,
                                          import::SubmittedRequest::requestJson(handed));
        QSignalSpy done(call, &aws::AwsCall::finished);
        QVERIFY(done.wait(30'000));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().toCliText()));

        const QList<QJsonObject> sent = recorded(u"ImportImage"_s, since, *handed.ec2.clientToken);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0][u"params"].toObject(), sent[1][u"params"].toObject());
        QCOMPARE(sent[0][u"params"][u"DiskContainer.1.UserBucket.S3Key"].toString(), u"gui-tests/disk.raw"_s);
    }

    void importSnapshotFromStartToStart()
    {
        import::AwsSession session;
        ImportWizard wizard(&session);
        start(wizard, "snapshotRadioButton", u"snapshot"_s);
        addDisk(wizard, m_disk, u"snapshot"_s);
        child<QCheckBox>(&wizard, "deleteUploadedCheckBox")->setChecked(true);
        QVERIFY(wizard.settings().afterImport.deleteUploadedObjects);
        chooseBucket(wizard, u"snapshot"_s, ImportWizard::SystemPageId);
        QVERIFY(!child<QComboBox>(&wizard, "platformComboBox")->isVisible());
        child<QLineEdit>(&wizard, "descriptionLineEdit")->setText(u"GUI test snapshot"_s);

        // Register an AMI afterwards: checking the group starts from x86_64, ENA, gp3; the
        // name is required, arm64 refuses legacy BIOS, NitroTPM needs UEFI.
        auto *group = child<QGroupBox>(&wizard, "registerImageGroupBox");
        QVERIFY(group->isVisible());
        QVERIFY(!group->isChecked());
        group->setChecked(true);
        QVERIFY(wizard.settings().afterImport.registerImage.has_value());
        QCOMPARE(wizard.settings().afterImport.registerImage->architecture, std::optional(u"x86_64"_s));
        QCOMPARE(wizard.settings().afterImport.registerImage->volumeType, std::optional(u"gp3"_s));
        QCOMPARE(wizard.settings().afterImport.registerImage->enaSupport, std::optional(true));
        auto *nameLabel = child<QLabel>(&wizard, "registerNameDiagnosticLabel");
        QVERIFY(nameLabel->isVisible());
        QVERIFY2(nameLabel->text().contains(u"needs a name"_s), qPrintable(nameLabel->text()));
        QVERIFY(!nextButton(wizard)->isEnabled());
        child<QLineEdit>(&wizard, "registerNameLineEdit")->setText(u"gui-arm64-ami"_s);
        QVERIFY(!nameLabel->isVisible());
        auto *architecture = child<QComboBox>(&wizard, "registerArchitectureComboBox");
        architecture->setCurrentIndex(architecture->findData(u"arm64"_s));
        auto *bootMode = child<QComboBox>(&wizard, "registerBootModeComboBox");
        bootMode->setCurrentIndex(bootMode->findData(u"legacy-bios"_s));
        auto *bootLabel = child<QLabel>(&wizard, "registerBootModeDiagnosticLabel");
        QVERIFY(bootLabel->isVisible());
        QVERIFY2(bootLabel->text().contains(u"UEFI only"_s), qPrintable(bootLabel->text()));
        QVERIFY(!nextButton(wizard)->isEnabled());
        child<QCheckBox>(&wizard, "registerTpmCheckBox")->setChecked(true);
        QVERIFY(child<QLabel>(&wizard, "registerTpmDiagnosticLabel")->isVisible());
        bootMode->setCurrentIndex(bootMode->findData(u"uefi"_s));
        QVERIFY(!bootLabel->isVisible());
        QVERIFY(!child<QLabel>(&wizard, "registerTpmDiagnosticLabel")->isVisible());
        child<QCheckBox>(&wizard, "registerImdsV2CheckBox")->setChecked(true);
        child<QLineEdit>(&wizard, "registerRootDeviceLineEdit")->setText(u"/dev/sdz9x"_s);
        QVERIFY(child<QLabel>(&wizard, "registerRootDeviceDiagnosticLabel")->isVisible());
        QVERIFY(!nextButton(wizard)->isEnabled());
        child<QLineEdit>(&wizard, "registerRootDeviceLineEdit")->setText(u"/dev/sda1"_s);
        screenshot(wizard, u"snapshot-4-system"_s);
        goNext(wizard, ImportWizard::EncryptionPageId);
        goNext(wizard, ImportWizard::TagsPageId);

        // Tagging what the import made warns while there are no tags, and never blocks.
        auto *tagOutputs = child<QCheckBox>(&wizard, "tagImageAndSnapshotsCheckBox");
        QVERIFY(tagOutputs->isVisible());
        tagOutputs->setChecked(true);
        QVERIFY(child<QLabel>(&wizard, "tagImageAndSnapshotsDiagnosticLabel")->isVisible());
        QVERIFY(nextButton(wizard)->isEnabled());
        QApplication::clipboard()->setText(u"Project=vmi"_s);
        qobject_cast<ui::TagsPage *>(wizard.currentPage())->pasteFromClipboard();
        QVERIFY(!child<QLabel>(&wizard, "tagImageAndSnapshotsDiagnosticLabel")->isVisible());
        goNext(wizard, ImportWizard::ReviewPageId);
        QVERIFY(child<QPlainTextEdit>(&wizard, "cliCommandsTextEdit")
                    ->toPlainText()
                    .contains(u"aws ec2 import-snapshot"_s));
        const QString summary = child<QTextBrowser>(&wizard, "summaryTextBrowser")->toPlainText();
        QVERIFY2(summary.contains(u"register the AMI \"gui-arm64-ami\" from the snapshot (arm64, uefi, ENA, "
                                  "IMDSv2 required, NitroTPM, gp3 root volume)"_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"delete the objects uploaded for it"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"tag what the import made"_s), qPrintable(summary));
        ImportSettings handed;
        finish(wizard, u"snapshot"_s, &handed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(handed.operation, ImportOperation::ImportSnapshot);
        QCOMPARE(handed.ec2.description, std::optional(u"GUI test snapshot"_s));
        RegisterImageSettings registered;
        registered.name = u"gui-arm64-ami"_s;
        registered.architecture = u"arm64"_s;
        registered.bootMode = u"uefi"_s;
        registered.enaSupport = true;
        registered.imdsSupport = u"v2.0"_s;
        registered.tpmSupport = u"v2.0"_s;
        registered.rootDeviceName = u"/dev/sda1"_s;
        registered.volumeType = u"gp3"_s;
        QCOMPARE(handed.afterImport.registerImage, std::optional(registered));
        QVERIFY(handed.afterImport.tagImageAndSnapshots);
        QVERIFY(handed.afterImport.deleteUploadedObjects);
    }

    void importDiskImageFromStartToStart()
    {
        import::AwsSession session;
        ImportWizard wizard(&session);
        start(wizard, "isoRadioButton", u"iso"_s);
        addDisk(wizard, m_iso, u"iso"_s);
        chooseBucket(wizard, u"iso"_s, ImportWizard::ImageBuilderPageId);

        // Name and version are required; a bad semantic version is refused.
        QVERIFY(!nextButton(wizard)->isEnabled());
        child<QLineEdit>(&wizard, "imageNameLineEdit")->setText(u"windows-11-gui"_s);
        child<QLineEdit>(&wizard, "semanticVersionLineEdit")->setText(u"1.0"_s);
        QVERIFY(child<QLabel>(&wizard, "semanticVersionDiagnosticLabel")->isVisible());
        child<QLineEdit>(&wizard, "semanticVersionLineEdit")->setText(u"1.0.0"_s);
        auto *infrastructure = child<QComboBox>(&wizard, "infrastructureComboBox");
        QTRY_VERIFY_WITH_TIMEOUT(infrastructure->count() > 0, 10'000);
        infrastructure->setCurrentIndex(infrastructure->count() - 1);
        QVERIFY(wizard.settings().imageBuilder.infrastructureConfigurationArn.value_or(QString()).startsWith(
            u"arn:"_s));
        screenshot(wizard, u"iso-4-imagebuilder"_s);
        goNext(wizard, ImportWizard::TagsPageId);
        goNext(wizard, ImportWizard::ReviewPageId);
        QVERIFY(child<QPlainTextEdit>(&wizard, "cliCommandsTextEdit")
                    ->toPlainText()
                    .contains(u"aws imagebuilder import-disk-image"_s));
        ImportSettings handed;
        finish(wizard, u"iso"_s, &handed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(handed.operation, ImportOperation::ImportDiskImage);
        QCOMPARE(handed.imageBuilder.uri,
                 std::optional(u"s3://%1/gui-tests/win11.iso"_s.arg(m_seed[u"bucket"].toString())));
    }
};

VMI_GUI_TEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
