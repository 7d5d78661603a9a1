// The embedded service models and what is built on them alone: ServiceModel::forService reads
// the resources compiled into vmi_aws (this test links nothing else), keeps botocore's member
// order and resolves traits as botocore does; CliSkeleton prints exactly what the AWS CLI's
// --generate-cli-skeleton prints (awscli_skeletons.py runs the real CLI at test time).

#include "aws/CliSkeleton.h"
#include "aws/ServiceModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace vmi::aws;

class TestServiceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyServiceIsEmbedded_data()
    {
        QTest::addColumn<AwsService>("service");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<int>("operations");
        QTest::newRow("ec2") << AwsService::Ec2 << "ec2"
                             << "2016-11-15" << 10;
        QTest::newRow("imagebuilder") << AwsService::ImageBuilder << "rest-json"
                                      << "2019-12-02" << 4;
        QTest::newRow("s3") << AwsService::S3 << "rest-xml"
                            << "2006-03-01" << 12;
        QTest::newRow("iam") << AwsService::Iam << "query"
                             << "2010-05-08" << 3;
        QTest::newRow("kms") << AwsService::Kms << "json"
                             << "2014-11-01" << 2;
        QTest::newRow("sts") << AwsService::Sts << "query"
                             << "2011-06-15" << 2;
    }

    void everyServiceIsEmbedded()
    {
        QFETCH(AwsService, service);
        QFETCH(QString, protocol);
        QFETCH(QString, apiVersion);
        QFETCH(int, operations);
        const ServiceModel &model = ServiceModel::forService(service);
        QCOMPARE(model.protocol(), protocol);
        QCOMPARE(model.apiVersion(), apiVersion);
        QCOMPARE(model.signingName(), namesOf(service).signingName);
        QCOMPARE(model.operationNames().size(), operations);
        // Every shape an operation reaches is there (fromJson refuses dangling references).
        for (const QString &name : model.operationNames()) {
            const ServiceModel::Operation *operation = model.operation(name);
            QVERIFY(operation);
            QVERIFY(operation->inputShape.isEmpty() || model.shape(operation->inputShape));
        }
        QCOMPARE(&ServiceModel::forService(service), &model); // loaded once
    }

    void membersKeepBotocoresOrderAndTraits()
    {
        const ServiceModel &ec2 = ServiceModel::forService(AwsService::Ec2);
        const ServiceModel::Shape *request =
            ec2.shape(ec2.operation(QStringLiteral("ImportImage"))->inputShape);
        QVERIFY(request);
        QStringList names;
        for (const ServiceModel::Member &member : request->members)
            names.append(member.name);
        QCOMPARE(names.first(), QStringLiteral("Architecture"));
        QVERIFY(names.indexOf(QStringLiteral("RoleName")) <
                names.indexOf(QStringLiteral("LicenseSpecifications")));
        QCOMPARE(names.last(), QStringLiteral("BootMode"));
        QCOMPARE(request->members[names.indexOf(QStringLiteral("DiskContainers"))]
                     .traits[u"locationName"]
                     .toString(),
                 QStringLiteral("DiskContainer"));

        // A member inherits the serialization traits of its shape (botocore's resolve_shape_ref).
        const ServiceModel &s3 = ServiceModel::forService(AwsService::S3);
        const ServiceModel::Shape *parts = s3.shape(QStringLiteral("CompletedMultipartUpload"));
        QVERIFY(parts);
        QCOMPARE(parts->members.first().name, QStringLiteral("Parts"));
        QVERIFY(parts->members.first().traits[u"flattened"].toBool());
        QCOMPARE(s3.shape(QStringLiteral("CompleteMultipartUploadRequest"))->traits[u"payload"].toString(),
                 QStringLiteral("MultipartUpload"));

        const ServiceModel &iam = ServiceModel::forService(AwsService::Iam);
        QCOMPARE(iam.operation(QStringLiteral("GetRole"))->traits[u"resultWrapper"].toString(),
                 QStringLiteral("GetRoleResult"));
        QCOMPARE(ServiceModel::forService(AwsService::Kms).targetPrefix(), QStringLiteral("TrentService"));
        QCOMPARE(ServiceModel::forService(AwsService::Kms).jsonVersion(), QStringLiteral("1.1"));
        QVERIFY(!ec2.operation(QStringLiteral("NoSuchOperation")));
    }

    void refusesBrokenModels()
    {
        QString error;
        QVERIFY(!ServiceModel::fromJson("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ServiceModel::fromJson(R"({"metadata": {"protocol": "ec2"}, "operations": {},
            "shapes": {"A": {"type": "structure", "members": [{"name": "B", "shape": "Missing"}]}}})",
                                        &error));
        QVERIFY2(error.contains(u"Missing"), qPrintable(error));
    }

    void skeletonsMatchTheCli()
    {
        QProcess cli;
        cli.start(QString::fromLocal8Bit(qgetenv("VMI_PYTHON")),
                  {QString::fromLocal8Bit(qgetenv("VMI_AWSCLI_SKELETON_SCRIPT"))});
        QVERIFY2(cli.waitForFinished(120000), qPrintable(cli.errorString()));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonArray cases = QJsonDocument::fromJson(cli.readAllStandardOutput())[u"cases"].toArray();
        QCOMPARE(cases.size(), 33); // every operation of the generated models
        const QHash<QString, AwsService> services = {
            {QStringLiteral("ec2"), AwsService::Ec2},
            {QStringLiteral("s3"), AwsService::S3},
            {QStringLiteral("imagebuilder"), AwsService::ImageBuilder},
            {QStringLiteral("iam"), AwsService::Iam},
            {QStringLiteral("kms"), AwsService::Kms},
            {QStringLiteral("sts"), AwsService::Sts}};
        for (const QJsonValue &c : cases) {
            const ServiceModel &model = ServiceModel::forService(services.value(c[u"service"].toString()));
            const QByteArray ours = CliSkeleton::print(model, c[u"operation"].toString());
            if (ours != c[u"text"].toString().toUtf8())
                QFAIL(qPrintable(
                    QStringLiteral("aws %1:\n--- ours\n%2\n--- the CLI's\n%3")
                        .arg(c[u"command"].toString(), QString::fromUtf8(ours), c[u"text"].toString())));
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceModel)
#include "tst_service_model.moc"
