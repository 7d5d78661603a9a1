// The S3 bucket browser against moto: buckets, one level of a bucket at a time, "Load more"
// pages, errors shown, and the keyboard (arrows, Enter, Backspace, a typed location); and
// the Disks and Upload pages that use it.

#include "aws/AwsClient.h"
#include "import/AwsSession.h"
#include "models/DiskTableModel.h"
#include "support/GuiTestMain.h"
#include "support/MotoState.h"
#include "support/RequiredChild.h"
#include "ui/Application.h"
#include "ui/S3BrowserDialog.h"
#include "ui/wizard/DisksPage.h"
#include "ui/wizard/ImportWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vmi;
using namespace Qt::StringLiterals;
using ui::S3BrowserDialog;

namespace {

QStringList texts(QListWidget *list)
{
    QStringList all;
    for (int i = 0; i < list->count(); ++i)
        all << list->item(i)->text();
    return all;
}

} // namespace

class TestS3Browser : public QObject
{
    Q_OBJECT

    MotoState m_moto;
    QString m_bucket;
    QTemporaryDir m_dir;
    import::AwsSession m_session;

    aws::AwsClient *client()
    {
        QString error;
        aws::AwsClient *found = m_session.client(QString(), m_moto.region, &error);
        if (!found)
            qFatal("no client: %s", qPrintable(error));
        return found;
    }

    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VMI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(dir + u'/' + name + u".png"_s));
    }

    static void waitIdle(S3BrowserDialog &dialog) { QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); }

private Q_SLOTS:
    void initTestCase()
    {
        ui::setUpApplication(*qApp);
        QSettings().clear();
        m_moto = readMotoState();
        qputenv("AWS_ACCESS_KEY_ID", m_moto.credentials.accessKeyId.toUtf8());
        qputenv("AWS_SECRET_ACCESS_KEY", m_moto.credentials.secretAccessKey.toUtf8());
        qunsetenv("AWS_PROFILE");
        qunsetenv("AWS_SESSION_TOKEN");
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(u"no-config"_s).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(u"no-credentials"_s).toUtf8());
        qputenv("AWS_ENDPOINT_URL", m_moto.endpoint.toString().toUtf8());

        m_bucket = u"vmi-browse-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QStringList arguments{qEnvironmentVariable("VMI_MOTO_SEED_SCRIPT"), u"--state"_s,
                              qEnvironmentVariable("VMI_MOTO_STATE"), u"--name"_s, m_bucket};
        for (const QString &key : {u"browse/a.vmdk"_s, u"browse/b.vmdk"_s, u"browse/c.vmdk"_s,
                                   u"browse/sub/d.vmdk"_s, u"top.raw"_s})
            arguments << u"--object"_s << key;
        QProcess seed;
        seed.start(qEnvironmentVariable("VMI_PYTHON"), arguments);
        QVERIFY(seed.waitForFinished(60'000));
        QCOMPARE(seed.exitCode(), 0);
    }

    // Arrows, Enter and Backspace walk buckets and folders; pages continue with "Load more";
    // Enter on objects picks the selection.
    void walksWithTheKeyboard()
    {
        S3BrowserDialog dialog(client(), S3BrowserDialog::Mode::PickObjects);
        dialog.setPageSize(2);
        dialog.browse({});
        dialog.show();
        dialog.activateWindow();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *list = child<QListWidget>(&dialog, "s3ListWidget");
        auto *location = child<QLineEdit>(&dialog, "s3LocationLineEdit");
        waitIdle(dialog);
        QVERIFY(texts(list).contains(m_bucket));
        QVERIFY(list->hasFocus());

        // Down to the bucket, Enter opens it: folders first, then objects with their size.
        while (list->currentItem()->text() != m_bucket) {
            const int before = list->currentRow();
            QTest::keyClick(list, Qt::Key_Down);
            QVERIFY(list->currentRow() > before);
        }
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        waitIdle(dialog);
        QCOMPARE(location->text(), u"s3://%1/"_s.arg(m_bucket));
        QCOMPARE(texts(list), (QStringList{u"browse/"_s, u"top.raw — 1.00 MiB"_s}));

        // The folder in pages of two: a, b; then c and sub/ after "Load more".
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Return);
        waitIdle(dialog);
        QCOMPARE(location->text(), u"s3://%1/browse/"_s.arg(m_bucket));
        auto *more = child<QPushButton>(&dialog, "s3LoadMoreButton");
        QCOMPARE(list->count(), 2);
        QVERIFY(more->isVisible());
        while (more->isVisible()) {
            more->click();
            waitIdle(dialog);
        }
        screenshot(dialog, u"s3-browser"_s);
        QStringList all = texts(list);
        all.sort();
        QCOMPARE(all, (QStringList{u"a.vmdk — 1.00 MiB"_s, u"b.vmdk — 1.00 MiB"_s, u"c.vmdk — 1.00 MiB"_s,
                                   u"sub/"_s}));

        // Backspace goes up a level, and up to the buckets.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Backspace);
        waitIdle(dialog);
        QCOMPARE(location->text(), u"s3://%1/"_s.arg(m_bucket));
        QTest::keyClick(list, Qt::Key_Backspace);
        waitIdle(dialog);
        QCOMPARE(location->text(), u"s3://"_s);
        QVERIFY(texts(list).contains(m_bucket));

        // A typed object location opens its folder with the object current; Shift+Down
        // selects the next one too, Enter adds both.
        location->setFocus();
        location->setText(u"s3://%1/browse/a.vmdk"_s.arg(m_bucket));
        QTest::keyClick(location, Qt::Key_Return);
        waitIdle(dialog);
        while (more->isVisible()) {
            more->click();
            waitIdle(dialog);
        }
        QVERIFY(list->hasFocus());
        QCOMPARE(list->currentItem()->text(), u"a.vmdk — 1.00 MiB"_s);
        list->currentItem()->setSelected(true);
        QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(dialog.selectedUris(), (QStringList{u"s3://%1/browse/a.vmdk"_s.arg(m_bucket),
                                                     u"s3://%1/browse/b.vmdk"_s.arg(m_bucket)}));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void showsErrors()
    {
        S3BrowserDialog dialog(client(), S3BrowserDialog::Mode::PickObjects);
        dialog.show();
        auto *location = child<QLineEdit>(&dialog, "s3LocationLineEdit");
        location->setText(u"s3://vmi-no-such-bucket-here/"_s);
        QTest::keyClick(location, Qt::Key_Return);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QProgressBar>(&dialog, "s3BusyBar")->isVisible());
        waitIdle(dialog);
        QVERIFY(!child<QProgressBar>(&dialog, "s3BusyBar")->isVisible());
        screenshot(dialog, u"s3-browser-error"_s);
        const QString status = child<QLabel>(&dialog, "s3StatusLabel")->text();
        QVERIFY2(status.contains(u"NoSuchBucket"_s), qPrintable(status));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // The Disks page adds the objects picked; the Upload page takes the bucket and folder.
    void wizardPagesUseIt()
    {
        ui::ImportWizard wizard(&m_session);
        ImportSettings settings;
        settings.region = m_moto.region;
        wizard.replaceSettings(settings);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::DisksPageId));
        child<QPushButton>(&wizard, "addS3ObjectButton")->click();
        auto *browser = child<S3BrowserDialog>(&wizard, "s3BrowserDialog");
        QVERIFY(browser->isVisible());
        waitIdle(*browser);
        auto *location = child<QLineEdit>(browser, "s3LocationLineEdit");
        location->setFocus();
        location->setText(u"s3://%1/top.raw"_s.arg(m_bucket));
        QTest::keyClick(location, Qt::Key_Return);
        QVERIFY(browser->isVisible());
        waitIdle(*browser);
        auto *list = child<QListWidget>(browser, "s3ListWidget");
        QCOMPARE(browser->selectedUris(), QStringList{u"s3://%1/top.raw"_s.arg(m_bucket)});
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!browser->isVisible());
        const auto *disks = qobject_cast<ui::DisksPage *>(wizard.currentPage())->model();
        QCOMPARE(disks->rowCount(), 1);
        QCOMPARE(wizard.settings().ec2.diskContainers.value(0).userBucket->s3Key,
                 std::optional(u"top.raw"_s));
        QCOMPARE(wizard.settings().ec2.diskContainers.value(0).userBucket->s3Bucket, std::optional(m_bucket));
        QTRY_VERIFY(!wizard.findChild<S3BrowserDialog *>()); // deleted on close

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::UploadPageId));
        child<QPushButton>(&wizard, "browseBucketButton")->click();
        browser = child<S3BrowserDialog>(&wizard, "s3BrowserDialog");
        location = child<QLineEdit>(browser, "s3LocationLineEdit");
        location->setFocus();
        location->setText(u"s3://%1/browse/"_s.arg(m_bucket));
        QTest::keyClick(location, Qt::Key_Return);
        QVERIFY(browser->isVisible()); // Enter goes there; it does not pick the location yet
        waitIdle(*browser);
        browser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(wizard.settings().upload.bucket, m_bucket);
        QCOMPARE(wizard.settings().upload.keyPrefix, u"browse/"_s);
        QCOMPARE(child<QComboBox>(&wizard, "bucketComboBox")->currentText(), m_bucket);
    }
};

VMI_GUI_TEST_MAIN(TestS3Browser)
#include "tst_s3_browser.moc"
