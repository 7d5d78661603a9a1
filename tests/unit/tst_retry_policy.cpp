// The standard-mode retry rules (botocore retries/standard.py), the retry quota
// (retries/quota.py) and clock-skew detection, as pure functions.

#include "aws/ClockSkew.h"
#include "aws/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace vmi::aws;

namespace {

AwsError serviceError(int status, const QString &code)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.httpStatus = status;
    error.code = code;
    return error;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatIsRetried_data()
    {
        QTest::addColumn<AwsError>("error");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("500") << serviceError(500, QStringLiteral("InternalError")) << true;
        QTest::newRow("502") << serviceError(502, QStringLiteral("502")) << true;
        QTest::newRow("503 SlowDown") << serviceError(503, QStringLiteral("SlowDown")) << true;
        QTest::newRow("504") << serviceError(504, QStringLiteral("504")) << true;
        QTest::newRow("501") << serviceError(501, QStringLiteral("NotImplemented")) << false;
        QTest::newRow("400 Throttling") << serviceError(400, QStringLiteral("Throttling")) << true;
        QTest::newRow("503 RequestLimitExceeded")
            << serviceError(503, QStringLiteral("RequestLimitExceeded")) << true;
        QTest::newRow("429 TooManyRequests")
            << serviceError(429, QStringLiteral("TooManyRequestsException")) << true;
        QTest::newRow("400 RequestTimeout") << serviceError(400, QStringLiteral("RequestTimeout")) << true;
        QTest::newRow("400 PriorRequestNotComplete")
            << serviceError(400, QStringLiteral("PriorRequestNotComplete")) << true;
        QTest::newRow("400 IDPCommunicationError")
            << serviceError(400, QStringLiteral("IDPCommunicationError")) << true;
        QTest::newRow("400 InvalidParameter")
            << serviceError(400, QStringLiteral("InvalidParameter")) << false;
        QTest::newRow("403 AccessDenied") << serviceError(403, QStringLiteral("AccessDenied")) << false;
        QTest::newRow("412 DryRunOperation") << serviceError(412, QStringLiteral("DryRunOperation")) << false;
        QTest::newRow("429 other") << serviceError(429, QStringLiteral("Other")) << false;
        AwsError modeled = serviceError(400, QStringLiteral("ModeledRetryable"));
        modeled.retryable = true; // the codec's verdict from the model
        QTest::newRow("modeled") << modeled << true;
        AwsError network;
        network.kind = AwsError::Kind::Network;
        network.retryable = true;
        QTest::newRow("connection") << network << true;
        network.retryable = false;
        QTest::newRow("tls") << network << false;
        AwsError other;
        other.kind = AwsError::Kind::Credentials;
        other.retryable = true;
        QTest::newRow("credentials") << other << false;
        other.kind = AwsError::Kind::Cancelled;
        QTest::newRow("cancelled") << other << false;
    }
    void whatIsRetried()
    {
        QFETCH(AwsError, error);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryable(error), retryable);
    }

    void backoffDoublesUpToTheCap()
    {
        // rand(0,1) * min(base * 2^(attempt-1), max)
        QCOMPARE(RetryPolicy::backoffMs(1, 1000, 20000, 1.0), 1000);
        QCOMPARE(RetryPolicy::backoffMs(2, 1000, 20000, 1.0), 2000);
        QCOMPARE(RetryPolicy::backoffMs(5, 1000, 20000, 1.0), 16000);
        QCOMPARE(RetryPolicy::backoffMs(6, 1000, 20000, 1.0), 20000);
        QCOMPARE(RetryPolicy::backoffMs(200, 1000, 20000, 1.0), 20000); // no overflow
        QCOMPARE(RetryPolicy::backoffMs(3, 1000, 20000, 0.5), 2000);
        QCOMPARE(RetryPolicy::backoffMs(3, 1000, 20000, 0.0), 0);
    }

    void quotaTakesAndGivesBack()
    {
        RetryQuota quota;
        QCOMPARE(quota.available(), 500);
        AwsError timeout;
        timeout.kind = AwsError::Kind::Timeout;
        QCOMPARE(RetryQuota::costOf(timeout), 10);
        QCOMPARE(RetryQuota::costOf(serviceError(503, QStringLiteral("503"))), 5);
        for (int i = 0; i < 100; ++i)
            QVERIFY(quota.acquire(5));
        QVERIFY(!quota.acquire(5));
        QCOMPARE(quota.available(), 0);
        quota.release(1);
        QVERIFY(!quota.acquire(5));
        QCOMPARE(quota.available(), 1);
        quota.release(1000);
        QCOMPARE(quota.available(), 500); // never above the start
    }

    void parsesHttpDatesInAnyLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto date = ClockSkew::parseHttpDate("Tue, 02 Jan 2024 03:04:05 GMT");
        QVERIFY(date.has_value());
        QCOMPARE(*date, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        QVERIFY(!ClockSkew::parseHttpDate("Di, 02 Jan 2024 03:04:05 GMT").has_value());
        QVERIFY(!ClockSkew::parseHttpDate("").has_value());
        QVERIFY(!ClockSkew::parseHttpDate("yesterday").has_value());
        QLocale::setDefault(QLocale::c());
    }

    void skewIsCorrectedOnlyForSkewErrorsBeyondFourMinutes()
    {
        const QDateTime now(QDate(2024, 1, 2), QTime(3, 0, 0), QTimeZone::utc());
        const QByteArray hourAhead = "Tue, 02 Jan 2024 04:00:00 GMT";
        QCOMPARE(ClockSkew::correction(QStringLiteral("RequestTimeTooSkewed"), 403, hourAhead, now, now),
                 std::optional<qint64>(3600'000));
        QCOMPARE(ClockSkew::correction(QStringLiteral("RequestExpired"), 400, hourAhead, now, now),
                 std::optional<qint64>(3600'000));
        // Any 401/403 with a clock that far off counts (Java SDK v2's rule).
        QCOMPARE(ClockSkew::correction(QStringLiteral("AccessDenied"), 403, hourAhead, now, now),
                 std::optional<qint64>(3600'000));
        QVERIFY(!ClockSkew::correction(QStringLiteral("InvalidParameter"), 400, hourAhead, now, now));
        QVERIFY(!ClockSkew::correction(QStringLiteral("SignatureDoesNotMatch"), 403,
                                       "Tue, 02 Jan 2024 03:03:59 GMT", now, now));
        QCOMPARE(ClockSkew::correction(QStringLiteral("SignatureDoesNotMatch"), 403,
                                       "Tue, 02 Jan 2024 02:56:00 GMT", now, now),
                 std::optional<qint64>(-240'000));
        QVERIFY(!ClockSkew::correction(QStringLiteral("RequestTimeTooSkewed"), 403, {}, now, now));
        // Measured against the time the request was signed with, corrected from local time.
        const QDateTime signedAt = now.addSecs(3600);
        QVERIFY(
            !ClockSkew::correction(QStringLiteral("RequestTimeTooSkewed"), 403, hourAhead, signedAt, now));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
