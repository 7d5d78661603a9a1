// The small value types every layer shares: operations, disk formats, client tokens.

#include "disk/DiskFormat.h"
#include "import/ClientToken.h"
#include "models/ImportOperation.h"

#include <QSet>
#include <QTest>

using namespace vmi;

class TestCoreValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationNamesRoundTrip()
    {
        for (auto op : {ImportOperation::ImportImage, ImportOperation::ImportSnapshot,
                        ImportOperation::ImportDiskImage})
            QCOMPARE(importOperationFromApiName(apiName(op)), op);
        QCOMPARE(importOperationFromApiName(QStringLiteral("importimage")), std::nullopt);
        QCOMPARE(importOperationFromApiName(QString()), std::nullopt);
    }

    void operationServices()
    {
        QCOMPARE(serviceName(ImportOperation::ImportImage), QStringLiteral("ec2"));
        QCOMPARE(serviceName(ImportOperation::ImportSnapshot), QStringLiteral("ec2"));
        QCOMPARE(serviceName(ImportOperation::ImportDiskImage), QStringLiteral("imagebuilder"));
    }

    void formatsPerOperation()
    {
        QVERIFY(acceptedDiskFormats(ImportOperation::ImportImage).contains(QStringLiteral("OVA")));
        QVERIFY(!acceptedDiskFormats(ImportOperation::ImportSnapshot).contains(QStringLiteral("OVA")));
        QVERIFY(!acceptedDiskFormats(ImportOperation::ImportSnapshot).contains(QStringLiteral("VHDX")));
        QCOMPARE(acceptedDiskFormats(ImportOperation::ImportDiskImage), QStringList{QStringLiteral("ISO")});
    }

    void diskFormatKeys()
    {
        for (auto format : {disk::DiskFormat::Unknown, disk::DiskFormat::Raw, disk::DiskFormat::Vmdk,
                            disk::DiskFormat::Vhd, disk::DiskFormat::Vhdx, disk::DiskFormat::Ova,
                            disk::DiskFormat::Qcow2, disk::DiskFormat::Iso, disk::DiskFormat::Vdi})
            QCOMPARE(disk::formatFromKey(disk::formatKey(format)), format);
        QCOMPARE(disk::formatFromKey(QStringLiteral("VMDK")), std::nullopt);
        QCOMPARE(disk::ec2FormatName(disk::DiskFormat::Vmdk), QStringLiteral("VMDK"));
        QCOMPARE(disk::ec2FormatName(disk::DiskFormat::Qcow2), std::nullopt);
        QCOMPARE(disk::ec2FormatName(disk::DiskFormat::Iso), std::nullopt);
        QCOMPARE(disk::ec2FormatName(disk::DiskFormat::Vdi), std::nullopt);
    }

    void clientTokensFitBothServices()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString token = import::ClientToken::generate();
            QVERIFY2(import::ClientToken::isValid(token, 36), qPrintable(token)); // Image Builder
            QVERIFY(import::ClientToken::isValid(token, 64));                     // EC2
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void clientTokenValidity()
    {
        QVERIFY(!import::ClientToken::isValid(QString(), 64));
        QVERIFY(!import::ClientToken::isValid(QString(65, u'a'), 64));
        QVERIFY(import::ClientToken::isValid(QString(64, u'a'), 64));
        QVERIFY(!import::ClientToken::isValid(QStringLiteral("caf\u00e9"), 64));
        QVERIFY(!import::ClientToken::isValid(QStringLiteral("two words"), 64));
    }
};

QTEST_GUILESS_MAIN(TestCoreValues)
#include "tst_core_values.moc"
