// The wizard's item models under QAbstractItemModelTester, and the pure helpers behind the
// review page: the submitted request, the AWS CLI commands and the service role's policies.

#include "import/ServiceRole.h"
#include "import/SubmittedRequest.h"
#include "models/DiskTableModel.h"
#include "models/TagTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace vmi;
using namespace Qt::StringLiterals;

class TestWizardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskTableKeepsOrderAndEdits()
    {
        DiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.addLocalFile(u"/tmp/a.vmdk"_s), 0);
        QCOMPARE(model.addS3Object(u"bucket"_s, u"disks/b.vhd"_s), 1);
        QCOMPARE(model.addSnapshot(u"snap-0123456789abcdef0"_s), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, DiskTableModel::SourceColumn).data().toString(),
                 u"s3://bucket/disks/b.vhd"_s);

        // The format is upper-cased; a snapshot's format cannot be edited.
        QVERIFY(model.setData(model.index(0, DiskTableModel::FormatColumn), u"vmdk"_s));
        QCOMPARE(model.index(0, DiskTableModel::FormatColumn).data().toString(), u"VMDK"_s);
        QVERIFY(!model.setData(model.index(2, DiskTableModel::FormatColumn), u"RAW"_s));

        // Move the S3 disk first: it boots.
        QVERIFY(model.moveRow({}, 1, {}, 0));
        ImportSettings settings;
        model.store(settings);
        QCOMPARE(settings.ec2.diskContainers.size(), 3);
        QCOMPARE(settings.ec2.diskContainers[0].userBucket->s3Key, std::optional(u"disks/b.vhd"_s));
        QCOMPARE(settings.upload.localFiles, (QStringList{QString(), u"/tmp/a.vmdk"_s, QString()}));
        QCOMPARE(settings.ec2.diskContainers[1].format, std::optional(u"VMDK"_s));

        // load() of what store() wrote gives the same request back.
        DiskTableModel reloaded;
        reloaded.load(settings);
        ImportSettings again;
        reloaded.store(again);
        QCOMPARE(again.ec2.diskContainers, settings.ec2.diskContainers);
        QCOMPARE(again.upload.localFiles, settings.upload.localFiles);

        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeRows(0, 5));
    }

    void diskTableInspectionFillsFormatAndAcceptsDrops()
    {
        DiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTemporaryDir dir;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.filePath(u"disk.raw"_s))});
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QCOMPARE(model.rowCount(), 1);
        QMimeData web;
        web.setUrls({QUrl(u"https://example.com/disk.raw"_s)});
        QVERIFY(!model.canDropMimeData(&web, Qt::CopyAction, -1, -1, {}));

        InspectedDisk found;
        found.format = u"raw"_s;
        found.virtualSize = 1 << 20;
        found.bootModeHint = u"uefi"_s;
        model.setInspection(0, found);
        QCOMPARE(model.index(0, DiskTableModel::FormatColumn).data().toString(), u"RAW"_s);
        QVERIFY(model.index(0, DiskTableModel::FindingsColumn).data().toString().contains(u"uefi"_s));
        QCOMPARE(model.inspections().size(), 1);
    }

    void diskTableHoldsOneIso()
    {
        DiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOperation(ImportOperation::ImportDiskImage);
        model.addLocalFile(u"/tmp/win11.iso"_s);
        QCOMPARE(model.addS3Object(u"isos"_s, u"win11.iso"_s), 0);
        QCOMPARE(model.rowCount(), 1);
        ImportSettings settings;
        settings.operation = ImportOperation::ImportDiskImage;
        model.store(settings);
        QCOMPARE(settings.imageBuilder.uri, std::optional(u"s3://isos/win11.iso"_s));
        QVERIFY(settings.upload.localFiles.isEmpty());
    }

    void tagTablePastesKeyValueLines()
    {
        TagTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.paste(u"Project = vmi\r\n\nOwner\tops team\nurl=a=b\nlonely\n"_s), 4);
        const QList<Tag> tags = model.tags();
        QCOMPARE(tags[0], (Tag{u"Project"_s, u"vmi"_s}));
        QCOMPARE(tags[1], (Tag{u"Owner"_s, u"ops team"_s}));
        QCOMPARE(tags[2], (Tag{u"url"_s, u"a=b"_s}));
        QCOMPARE(tags[3], (Tag{u"lonely"_s, QString()}));
        QVERIFY(model.setData(model.index(3, TagTableModel::ValueColumn), u"x"_s));
        QVERIFY(model.insertRows(0, 1));
        QVERIFY(model.removeRows(0, 1));

        ImportSettings settings;
        settings.operation = ImportOperation::ImportSnapshot;
        settings.ec2.tagSpecifications.append({u"import-image-task"_s, {{u"keep"_s, u"me"_s}}});
        model.store(settings);
        QCOMPARE(settings.ec2.tagSpecifications.size(), 2);
        QCOMPARE(settings.ec2.tagSpecifications[1].resourceType, std::optional(u"import-snapshot-task"_s));
        QCOMPARE(settings.ec2.tagSpecifications[1].tags.size(), 4);

        TagTableModel reloaded;
        reloaded.load(settings);
        QCOMPARE(reloaded.tags(), model.tags());

        settings.operation = ImportOperation::ImportDiskImage;
        model.store(settings);
        QCOMPARE(settings.imageBuilder.tags.value(u"url"_s), u"a=b"_s);
    }

    void submittedRequestPointsLocalFilesAtTheirUpload()
    {
        ImportSettings settings;
        settings.region = u"eu-west-1"_s;
        settings.upload.bucket = u"my-bucket"_s;
        settings.upload.keyPrefix = u"in/"_s;
        settings.upload.localFiles = {u"/data/it's.vmdk"_s};
        settings.ec2.diskContainers = {DiskContainer{{}, {}, u"VMDK"_s, {}, {}, {}}};
        const ImportSettings resolved = import::SubmittedRequest::resolve(settings);
        QCOMPARE(resolved.ec2.diskContainers[0].userBucket, (UserBucket{u"my-bucket"_s, u"in/it's.vmdk"_s}));

        const QStringList commands = import::SubmittedRequest::awsCliCommands(settings);
        QCOMPARE(commands.size(), 2);
        QCOMPARE(commands[0],
                 u"aws s3 cp '/data/it'\\''s.vmdk' 's3://my-bucket/in/it'\\''s.vmdk' --region eu-west-1"_s);
        QVERIFY(commands[1].startsWith(u"aws ec2 import-image --region eu-west-1 --cli-input-json '{"_s));
        QCOMPARE(import::SubmittedRequest::shellQuote(u"plain-word_1.0"_s), u"plain-word_1.0"_s);
        QCOMPARE(import::SubmittedRequest::shellQuote(u"two words"_s), u"'two words'"_s);
    }

    void serviceRoleTrustAndPolicy()
    {
        QVERIFY(import::ServiceRole::trustsVmImport(import::ServiceRole::trustPolicy()));
        const QByteArray text =
            QJsonDocument(import::ServiceRole::trustPolicy()).toJson(QJsonDocument::Compact);
        QVERIFY(import::ServiceRole::trustsVmImport(
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(text)))));
        QVERIFY(!import::ServiceRole::trustsVmImport(
            QJsonDocument::fromJson(
                R"({"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})")
                .object()));

        ImportSettings settings;
        settings.region = u"us-east-1"_s;
        settings.upload.bucket = u"b1"_s;
        settings.ec2.encrypted = true;
        const QJsonArray statements = import::ServiceRole::rolePolicy(settings)[u"Statement"_s].toArray();
        QCOMPARE(statements.size(), 3); // S3, EC2, KMS; no License Manager without configurations
        QCOMPARE(statements[0][u"Resource"_s].toArray(),
                 (QJsonArray{u"arn:aws:s3:::b1"_s, u"arn:aws:s3:::b1/*"_s}));
    }
};

QTEST_GUILESS_MAIN(TestWizardModels)
#include "tst_wizard_models.moc"
