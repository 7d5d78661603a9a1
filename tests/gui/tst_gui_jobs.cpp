// Import jobs from the main window, against moto (S3, IAM) and the import fake (EC2): "Start
// import" in the wizard starts a job whose upload shows live in the dashboard (stage, progress,
// rate in the details); Pause stops the bytes and survives closing the app; the next main
// window shows the same job paused, Resume finishes it to a completed task with its AMI;
// Cancel during an upload leaves no multipart upload in S3.

#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "import/ImportJob.h"
#include "import/JobRunner.h"
#include "import/JobStore.h"
#include "import/JobTracker.h"
#include "models/ImportSettings.h"
#include "support/BootableDisk.h"
#include "support/FakeControl.h"
#include "ui/Application.h"
#include "ui/DashboardWindow.h"
#include "ui/MainWindow.h"
#include "ui/wizard/ImportWizard.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

#include <memory>

using namespace vmi;
using namespace vmi::aws;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

} // namespace

class TestGuiJobs : public QObject
{
    Q_OBJECT

    QJsonObject m_moto;
    QJsonObject m_fake;
    QString m_bucket;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<StaticCredentialProvider> m_credentials;
    std::unique_ptr<AwsClient> m_s3;

    QJsonObject call(AwsService service, const QString &operation, const QJsonObject &input)
    {
        AwsCall *pending = m_s3->call(service, operation, input);
        if (!pending->isFinished()) {
            QSignalSpy finished(pending, &AwsCall::finished);
            finished.wait(60'000);
        }
        if (pending->error().isError() && pending->error().code != u"EntityAlreadyExists")
            qWarning("%s", qPrintable(pending->error().toCliText()));
        return pending->output();
    }

    int uploadsInProgress()
    {
        return int(call(AwsService::S3, u"ListMultipartUploads"_s, {{u"Bucket"_s, m_bucket}})[u"Uploads"]
                       .toArray()
                       .size());
    }

    // An ImportImage of one local disk, uploaded at most at 8 MiB/s in 5 MiB parts, so the
    // upload lasts long enough to be paused.
    ImportSettings settingsFor(const QString &file)
    {
        ImportSettings settings;
        settings.operation = ImportOperation::ImportImage;
        settings.region = m_moto[u"region"].toString();
        settings.upload.bucket = m_bucket;
        settings.upload.keyPrefix = QUuid::createUuid().toString(QUuid::Id128).left(8) + u"-"_s;
        settings.upload.localFiles = {file};
        settings.upload.partSize = 5 * MiB;
        settings.upload.concurrency = 2;
        settings.upload.maxBandwidth = 8 * MiB;
        settings.ec2.description = u"gui job"_s;
        DiskContainer disk;
        disk.format = u"RAW"_s;
        settings.ec2.diskContainers = {disk};
        return settings;
    }

    // What the wizard's "Start import" does: the main window starts the job.
    QString startFromWizard(ui::MainWindow &window, const ImportSettings &settings)
    {
        window.newImportAction()->trigger();
        ui::ImportWizard *wizard = window.importWizard();
        if (!wizard)
            return {};
        QString started;
        const QMetaObject::Connection connection =
            connect(&window, &ui::MainWindow::importRequested,
                    [&started](const ImportSettings &, const QString &jobId) { started = jobId; });
        Q_EMIT wizard->importRequested(settings);
        disconnect(connection);
        wizard->close();
        return started;
    }

    static JobRecord job(ui::MainWindow &window, const QString &id)
    {
        return window.runner()->store()->job(id);
    }

    static QString cell(ui::MainWindow &window, const QString &id, int column)
    {
        const TaskTableModel *model = window.dashboard()->model();
        const int row = model->rowOf(id);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::setUpApplication(*qApp);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_moto = readStateFile("VMI_MOTO_STATE");
        m_fake = readStateFile("VMI_IMPORT_FAKE_STATE");
        // The app finds AWS the way a user's shell tells it: keys, Region and endpoints.
        qputenv("AWS_ACCESS_KEY_ID", m_moto[u"accessKeyId"].toString().toUtf8());
        qputenv("AWS_SECRET_ACCESS_KEY", m_moto[u"secretAccessKey"].toString().toUtf8());
        qputenv("AWS_DEFAULT_REGION", m_moto[u"region"].toString().toUtf8());
        qputenv("AWS_CONFIG_FILE", (m_dir.path() + u"/no-config"_s).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", (m_dir.path() + u"/no-credentials"_s).toUtf8());
        qputenv("AWS_EC2_METADATA_DISABLED", "true");
        qputenv("AWS_ENDPOINT_URL_EC2", m_fake[u"endpoint"].toString().toUtf8());
        qputenv("AWS_ENDPOINT_URL_S3", m_moto[u"endpoint"].toString().toUtf8());
        qputenv("AWS_ENDPOINT_URL_IAM", m_moto[u"endpoint"].toString().toUtf8());

        m_credentials = std::make_unique<StaticCredentialProvider>(
            Credentials{m_moto[u"accessKeyId"].toString(), m_moto[u"secretAccessKey"].toString(), {}});
        AwsClientConfig config;
        config.region = m_moto[u"region"].toString();
        config.endpoints.perServiceEnvironment = {{AwsService::S3, m_moto[u"endpoint"].toString()},
                                                  {AwsService::Iam, m_moto[u"endpoint"].toString()}};
        m_s3 = std::make_unique<AwsClient>(&m_network, m_credentials.get(), config);
        m_bucket = u"vmi-gui-jobs-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QProcess seed; // a bucket (CreateBucket is not one of the app's operations)
        seed.start(qEnvironmentVariable("VMI_PYTHON"),
                   {qEnvironmentVariable("VMI_MOTO_SEED_SCRIPT"), u"--state"_s,
                    qEnvironmentVariable("VMI_MOTO_STATE"), u"--name"_s, m_bucket});
        QVERIFY(seed.waitForFinished(60'000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());
        call(
            AwsService::Iam, u"CreateRole"_s,
            {{u"RoleName"_s, u"vmimport"_s},
             {u"AssumeRolePolicyDocument"_s,
              uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"vmie.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:Externalid":"vmimport"}}}]})"_s}});
    }

    void pausedJobSurvivesARestartAndCompletes()
    {
        const QString file = m_dir.path() + u"/paused.raw"_s;
        QVERIFY(writeBootableDisk(file, 30 * MiB));
        QString id;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            id = startFromWizard(window, settingsFor(file));
            QVERIFY(!id.isEmpty());
            // The upload shows in the table as it goes.
            QTRY_VERIFY_WITH_TIMEOUT(
                cell(window, id, TaskTableModel::StageColumn).startsWith(u"uploading (disk 1 of 1)"_s),
                30'000);
            QTRY_VERIFY_WITH_TIMEOUT(cell(window, id, TaskTableModel::ProgressColumn) != u"0 %"_s &&
                                         !cell(window, id, TaskTableModel::ProgressColumn).isEmpty(),
                                     30'000);
            auto *details = window.findChild<QTextBrowser *>(u"taskDetailsView"_s);
            QVERIFY(details);
            QVERIFY2(details->toPlainText().contains(u"uploading: "_s), qPrintable(details->toPlainText()));
            QVERIFY(window.dashboard()->pauseAction()->isEnabled());
            QVERIFY(!window.dashboard()->resumeAction()->isEnabled());

            window.dashboard()->pauseAction()->trigger();
            QVERIFY(job(window, id).paused);
            QTRY_VERIFY(cell(window, id, TaskTableModel::StageColumn).startsWith(u"paused"_s));
            QVERIFY(window.dashboard()->resumeAction()->isEnabled());
            const qint64 sent = window.runner()->job(id)->uploadProgress().confirmedBytes;
            QTest::qWait(1500);
            QCOMPARE(window.runner()->job(id)->uploadProgress().confirmedBytes, sent);
            QVERIFY(sent < 30 * MiB);
        } // the app quits with the job paused mid-upload

        ui::MainWindow window;
        window.tracker()->setIntervals({100ms, 400ms});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(job(window, id).state, JobRecord::State::Uploading);
        QVERIFY(job(window, id).paused);
        QCOMPARE(cell(window, id, TaskTableModel::NameColumn), u"gui job"_s);
        window.dashboard()->selectJob(id);
        QVERIFY(window.dashboard()->resumeAction()->isEnabled());
        window.dashboard()->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(job(window, id).isFinished(), 90'000);
        const JobRecord end = job(window, id);
        QCOMPARE(stateName(end.state), u"completed"_s);
        QVERIFY2(end.imageId.startsWith(u"ami-"_s), qPrintable(end.imageId));
        QCOMPARE(cell(window, id, TaskTableModel::ResultColumn), end.imageId);
        // One import for the job, with its token.
        FakeControl fake(&m_network, m_fake[u"controlEndpoint"].toString());
        int imports = 0;
        for (const QJsonValue &request : fake.get(u"requests"_s)[u"requests"].toArray()) {
            if (request[u"action"].toString() == u"ImportImage" &&
                request[u"params"][u"ClientToken"].toString() == end.clientToken)
                ++imports;
        }
        QCOMPARE(imports, 1);
    }

    void cancelDuringTheUploadLeavesNoMultipartUpload()
    {
        const QString file = m_dir.path() + u"/cancel.raw"_s;
        QVERIFY(writeBootableDisk(file, 30 * MiB));
        ui::MainWindow window;
        window.dashboard()->setConfirm([](const QString &) { return true; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString id = startFromWizard(window, settingsFor(file));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->job(id)->uploadProgress().partsDone >= 1, 30'000);
        QCOMPARE(uploadsInProgress(), 1);
        window.dashboard()->selectJob(id);
        QVERIFY(window.dashboard()->cancelAction()->isEnabled());
        window.dashboard()->cancelAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(job(window, id).state, JobRecord::State::Cancelled, 30'000);
        QCOMPARE(uploadsInProgress(), 0);
        QCOMPARE(cell(window, id, TaskTableModel::StageColumn), u"cancelled"_s);
    }
};

QTEST_MAIN(TestGuiJobs)
#include "tst_gui_jobs.moc"
