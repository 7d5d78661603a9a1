#include "transfer/PartPlan.h"

#include <QTest>

using vmi::transfer::PartPlan;

namespace {
constexpr qint64 MiB = PartPlan::MiB;
constexpr qint64 GiB = 1024 * MiB;
} // namespace

class TestPartPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooses_data()
    {
        QTest::addColumn<qint64>("fileSize");
        QTest::addColumn<qint64>("requested");
        QTest::addColumn<qint64>("partSize");
        QTest::addColumn<int>("partCount");

        QTest::newRow("one byte") << qint64(1) << qint64(0) << 16 * MiB << 1;
        QTest::newRow("exactly one default part") << 16 * MiB << qint64(0) << 16 * MiB << 1;
        QTest::newRow("one byte over") << 16 * MiB + 1 << qint64(0) << 16 * MiB << 2;
        QTest::newRow("1 GiB") << GiB << qint64(0) << 16 * MiB << 64;
        QTest::newRow("156.25 GiB fits 10,000 default parts")
            << 10000 * 16 * MiB << qint64(0) << 16 * MiB << 10000;
        QTest::newRow("just over: grows to 17 MiB") << 10000 * 16 * MiB + 1 << qint64(0) << 17 * MiB << 9412;
        QTest::newRow("1 TiB") << 1024 * GiB << qint64(0) << 105 * MiB << 9987;
        QTest::newRow("largest upload") << 10000 * 5 * GiB << qint64(0) << 5 * GiB << 10000;
        QTest::newRow("user 5 MiB") << 100 * MiB << 5 * MiB << 5 * MiB << 20;
        QTest::newRow("user 5 GiB") << 6 * GiB << 5 * GiB << 5 * GiB << 2;
        QTest::newRow("user 8 MiB on 78 GiB") << 10000 * 8 * MiB << 8 * MiB << 8 * MiB << 10000;
    }
    void chooses()
    {
        QFETCH(qint64, fileSize);
        QFETCH(qint64, requested);
        QFETCH(qint64, partSize);
        QFETCH(int, partCount);

        QString error;
        const auto plan = PartPlan::forFile(fileSize, requested, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->partSize, partSize);
        QCOMPARE(plan->partCount, partCount);
        QVERIFY(plan->partCount <= PartPlan::MaxParts);

        // The parts tile the file exactly: no gap, no overlap, no empty part.
        qint64 covered = 0;
        for (int part = 1; part <= plan->partCount; ++part) {
            QCOMPARE(plan->offsetOf(part), covered);
            QVERIFY(plan->lengthOf(part) > 0);
            QVERIFY(plan->lengthOf(part) <= plan->partSize);
            covered += plan->lengthOf(part);
        }
        QCOMPARE(covered, fileSize);
        QCOMPARE(plan->lengthOf(0), qint64(0));
        QCOMPARE(plan->lengthOf(plan->partCount + 1), qint64(0));
    }

    void refuses_data()
    {
        QTest::addColumn<qint64>("fileSize");
        QTest::addColumn<qint64>("requested");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty file") << qint64(0) << qint64(0) << QStringLiteral("empty");
        QTest::newRow("negative size") << qint64(-1) << qint64(0) << QStringLiteral("empty");
        QTest::newRow("too large") << 10000 * 5 * GiB + 1 << qint64(0)
                                   << QStringLiteral("larger than S3 accepts");
        QTest::newRow("part below 5 MiB")
            << 100 * MiB << 5 * MiB - 1 << QStringLiteral("between 5 MiB and 5 GiB");
        QTest::newRow("part above 5 GiB")
            << 100 * GiB << 5 * GiB + 1 << QStringLiteral("between 5 MiB and 5 GiB");
        QTest::newRow("too many parts") << 10000 * 8 * MiB + 1 << 8 * MiB << QStringLiteral("at least 9 MiB");
    }
    void refuses()
    {
        QFETCH(qint64, fileSize);
        QFETCH(qint64, requested);
        QFETCH(QString, message);

        QString error;
        QVERIFY(!PartPlan::forFile(fileSize, requested, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPartPlan)
#include "tst_partplan.moc"
