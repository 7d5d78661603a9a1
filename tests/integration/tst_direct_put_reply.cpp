// PartUploadNetworkManager and DirectPutReply against a real HTTP/1.1 server on loopback
// (ScriptedHttpServer): which requests take the direct path, and that a DirectPutReply keeps
// the QNetworkReply contract AwsClient relies on (body sent exactly, answers of any status with
// their headers and body, transport errors, the transfer timeout, abort, keep-alive reuse).
// The whole upload pipeline over it is covered by tst_multipart_upload, s3.upload (moto, TLS)
// and faults.schedule (resets, stalls, lost answers through a proxy).

#include "ScriptedHttpServer.h"
#include "transfer/DirectPutReply.h"
#include "transfer/PartUploadNetworkManager.h"

#include <QBuffer>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace vmi::transfer;

class TestDirectPutReply : public QObject
{
    Q_OBJECT

    static QByteArray randomBody(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        return bytes;
    }

    // A PUT as AwsClient makes it: raw headers, Content-Length, a seekable body device.
    static QNetworkReply *put(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &body,
                              int timeoutMs = 30'000)
    {
        QNetworkRequest request(url);
        request.setRawHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setTransferTimeout(timeoutMs);
        auto *device = new QBuffer;
        device->setData(body);
        device->open(QIODevice::ReadOnly);
        QNetworkReply *reply = manager.sendCustomRequest(request, "PUT", device);
        device->setParent(reply);
        return reply;
    }

    static bool waitFinished(QNetworkReply *reply)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        return finished.wait(20'000);
    }

private Q_SLOTS:
    void partPutsGoDirectlyOtherRequestsThroughQt()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptStep::respond(200));
        PartUploadNetworkManager manager;
        QNetworkReply *part =
            put(manager, server.url().resolved(QUrl(u"/b/k?partNumber=1&uploadId=u"_qs)), "x");
        QVERIFY(qobject_cast<DirectPutReply *>(part));
        QNetworkReply *get = manager.get(QNetworkRequest(server.url()));
        QVERIFY(!qobject_cast<DirectPutReply *>(get));
        QVERIFY(waitFinished(part));
        QVERIFY(waitFinished(get));
        delete part;
        delete get;

        // A proxy in the way: Qt's stack speaks to it. (Qt never proxies loopback, nor do we,
        // hence a name that is not; neither request gets far.)
        const QUrl remote(u"http://s3.example.invalid/b/k?partNumber=1"_qs);
        QNetworkReply *direct = put(manager, remote, "x");
        QVERIFY(qobject_cast<DirectPutReply *>(direct));
        direct->abort();
        delete direct;
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_qs, 9));
        QNetworkReply *proxied = put(manager, remote, "x");
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QVERIFY(!qobject_cast<DirectPutReply *>(proxied));
        proxied->abort();
        delete proxied;
    }

    void bodyArrivesExactlyAndTheAnswerIsReadable()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.script(
            {ScriptStep::respond(200, {}, {{"ETag", "\"abc\""}}),
             ScriptStep::respond(503, "<Error><Code>SlowDown</Code></Error>", {{"x-amz-request-id", "r2"}})});
        PartUploadNetworkManager manager;
        const QByteArray body = randomBody(5 * 1024 * 1024 + 17);
        QNetworkReply *first = put(manager, server.url().resolved(QUrl(u"/b/k?partNumber=1"_qs)), body);
        QSignalSpy progress(first, &QNetworkReply::uploadProgress);
        QVERIFY(waitFinished(first));
        QCOMPARE(first->error(), QNetworkReply::NoError);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(first->rawHeader("ETag"), QByteArray("\"abc\""));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), body.size());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().body.size(), body.size());
        QVERIFY(server.requests().first().body == body);
        QCOMPARE(server.requests().first().header("x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
        QCOMPARE(server.requests().first().header("Host"), server.url().authority().toLatin1());
        delete first;

        // An error answer: status, headers and body, and an error code AwsClient does not take
        // for a transport failure (>= 200).
        QNetworkReply *second = put(manager, server.url().resolved(QUrl(u"/b/k?partNumber=2"_qs)), "abc");
        QVERIFY(waitFinished(second));
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        QCOMPARE(second->rawHeader("x-amz-request-id"), QByteArray("r2"));
        QCOMPARE(second->readAll(), QByteArray("<Error><Code>SlowDown</Code></Error>"));
        QVERIFY(second->error() >= 200);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).body, QByteArray("abc"));
        delete second;
    }

    void aResetIsATransportErrorAndAStallTimesOut()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.script({ScriptStep::reset(), ScriptStep::stall()});
        PartUploadNetworkManager manager;
        QNetworkReply *reset = put(manager, server.url(), randomBody(100'000));
        QVERIFY(waitFinished(reset));
        QVERIFY(reset->error() != QNetworkReply::NoError && reset->error() < 200);
        QVERIFY(!reset->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
        delete reset;

        QElapsedTimer clock;
        clock.start();
        QNetworkReply *stalled = put(manager, server.url(), "abc", 500);
        QVERIFY(waitFinished(stalled));
        QCOMPARE(stalled->error(), QNetworkReply::OperationCanceledError); // as Qt's transfer timeout
        QVERIFY2(clock.elapsed() < 5'000, QByteArray::number(clock.elapsed()).constData());
        delete stalled;
    }

    void abortFinishesAtOnce()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptStep::stall());
        PartUploadNetworkManager manager;
        QNetworkReply *reply = put(manager, server.url(), randomBody(1'000'000));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_VERIFY(!server.requests().isEmpty());
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->abort(); // once finished, nothing more
        QCOMPARE(finished.size(), 1);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestDirectPutReply)
#include "tst_direct_put_reply.moc"
