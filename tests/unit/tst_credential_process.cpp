// CredentialProcessProvider against real child processes: small /bin/sh scripts written to a
// temporary directory print the answers a credential_process can give, good and bad, and
// count their runs in a file, so caching and refresh are seen from the outside. The command
// line splitter is checked against Python's shlex and botocore's Windows splitter.

#include "aws/CommandLineSplitter.h"
#include "aws/CredentialProcessProvider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace vmi::aws;
using namespace std::chrono_literals;

namespace {

struct Result
{
    TimedCredentials credentials;
    AwsError error;
    bool calledFromInsideFetch = false;
};

// Runs one fetch to its end; fails the test when the callback does not come.
Result fetchNow(CredentialProvider &provider, int timeoutMs = 20000)
{
    Result result;
    bool done = false;
    bool insideFetch = true;
    provider.fetch([&](const TimedCredentials &credentials, const AwsError &error) {
        result = {credentials, error, insideFetch};
        done = true;
    });
    insideFetch = false;
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!done)
        result.error.message = QStringLiteral("TEST: no answer within %1 ms").arg(timeoutMs);
    return result;
}

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
}

QByteArray answer(const QString &keyId, const QString &secret, const QString &expiration = {})
{
    QJsonObject object{{QStringLiteral("Version"), 1},
                       {QStringLiteral("AccessKeyId"), keyId},
                       {QStringLiteral("SecretAccessKey"), secret},
                       {QStringLiteral("SessionToken"), QString(u"token-" + keyId)}};
    if (!expiration.isEmpty())
        object.insert(QStringLiteral("Expiration"), expiration);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Quotes a string for /bin/sh.
QByteArray shQuote(const QByteArray &text)
{
    QByteArray quoted = text;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

} // namespace

class TestCredentialProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst credential process-XXXXXX")};
    int m_scripts = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A script that appends a line to its counter file, then runs body. Returns a
    // credential_process command line for it (quoted: the directory name has a space).
    QString script(const QByteArray &body, QString *counter = nullptr)
    {
        const QString name = QStringLiteral("process-%1").arg(++m_scripts);
        const QString counterPath = path(name + QStringLiteral(".count"));
        QFile file(path(name + QStringLiteral(".sh")));
        [&] {
            QVERIFY(file.open(QIODevice::WriteOnly));
        }();
        file.write("#!/bin/sh\necho run >> " + shQuote(QFile::encodeName(counterPath)) + "\n" + body + "\n");
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        if (counter)
            *counter = counterPath;
        return QStringLiteral("'%1'").arg(file.fileName());
    }

    // A script that prints answers[n] on its n-th run (the last one from then on).
    QString scriptAnswering(const QList<QByteArray> &answers, QString *counter)
    {
        // script() counts this run before body runs, in the file of the next script number.
        const QString counterPath = path(QStringLiteral("process-%1.count").arg(m_scripts + 1));
        QByteArray body = "runs=$(wc -l < " + shQuote(QFile::encodeName(counterPath)) + ")\ncase $runs in\n";
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QByteArray pattern = i + 1 == answers.size() ? "*" : QByteArray::number(i + 1);
            body += pattern + ") " + answers[i] + " ;;\n";
        }
        body += "esac\n";
        return script(body, counter);
    }

    static int runs(const QString &counter)
    {
        QFile file(counter);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return int(file.readAll().count('\n'));
    }

    static QByteArray print(const QByteArray &json) { return "printf '%s' " + shQuote(json); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsTheAnswer()
    {
        const QString expiration = isoIn(7200);
        CredentialProcessProvider provider(
            script(print(answer(QStringLiteral("AKIDPROC"), QStringLiteral("procsecret"), expiration))));
        const Result r = fetchNow(provider);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QVERIFY(!r.calledFromInsideFetch);
        QCOMPARE(r.credentials.credentials.accessKeyId, QStringLiteral("AKIDPROC"));
        QCOMPARE(r.credentials.credentials.secretAccessKey, QStringLiteral("procsecret"));
        QCOMPARE(r.credentials.credentials.sessionToken, QStringLiteral("token-AKIDPROC"));
        QCOMPARE(r.credentials.expiration, QDateTime::fromString(expiration, Qt::ISODate));
    }

    void passesArgumentsWithoutAShell()
    {
        // Quoting as shlex reads it; $HOME and the glob stay literal because no shell runs.
        const QString argsFile = path(QStringLiteral("args.txt"));
        const QString command = script("for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done > " +
                                       shQuote(QFile::encodeName(argsFile)) + "\n" +
                                       print(answer(QStringLiteral("AKIDARGS"), QStringLiteral("s"))));
        CredentialProcessProvider provider(command + QStringLiteral(" 'a b' \"c\\\"d\" $HOME * e\\ f ''"));
        const Result r = fetchNow(provider);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QFile args(argsFile);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll(), QByteArray("[a b]\n[c\"d]\n[$HOME]\n[*]\n[e f]\n[]\n"));
    }

    void cachesCredentialsFarFromExpiry()
    {
        QString counter;
        CredentialProcessProvider provider(script(
            print(answer(QStringLiteral("AKIDLONG"), QStringLiteral("s"), isoIn(2 * 3600))), &counter));
        QVERIFY(!fetchNow(provider).error.isError());
        const Result second = fetchNow(provider);
        QVERIFY(!second.error.isError());
        QVERIFY(!second.calledFromInsideFetch); // even from the cache
        QCOMPARE(second.credentials.credentials.accessKeyId, QStringLiteral("AKIDLONG"));
        QCOMPARE(runs(counter), 1);
    }

    void credentialsWithoutExpirationAreFetchedOnce()
    {
        QString counter;
        CredentialProcessProvider provider(
            script(print(answer(QStringLiteral("AKIDFOREVER"), QStringLiteral("s"))), &counter));
        QVERIFY(!fetchNow(provider).error.isError());
        QVERIFY(!fetchNow(provider).error.isError());
        QCOMPARE(runs(counter), 1);
        provider.invalidate();
        QVERIFY(!fetchNow(provider).error.isError());
        QCOMPARE(runs(counter), 2);
    }

    void refetchesInsideTheMandatoryWindow()
    {
        QString counter;
        CredentialProcessProvider provider(
            scriptAnswering({print(answer(QStringLiteral("AKIDSHORT"), QStringLiteral("s"), isoIn(5 * 60))),
                             print(answer(QStringLiteral("AKIDNEXT"), QStringLiteral("s"), isoIn(2 * 3600)))},
                            &counter));
        const Result first = fetchNow(provider);
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
        QCOMPARE(first.credentials.credentials.accessKeyId, QStringLiteral("AKIDSHORT"));
        const Result second = fetchNow(provider); // 5 min left < 10 min: must wait for new ones
        QVERIFY2(!second.error.isError(), qPrintable(second.error.message));
        QCOMPARE(second.credentials.credentials.accessKeyId, QStringLiteral("AKIDNEXT"));
        QCOMPARE(runs(counter), 2);
    }

    void mandatoryRefreshFailureIsReported()
    {
        QString counter;
        CredentialProcessProvider provider(
            scriptAnswering({print(answer(QStringLiteral("AKIDSHORT"), QStringLiteral("s"), isoIn(5 * 60))),
                             "echo 'session ended' >&2; exit 1"},
                            &counter));
        QVERIFY(!fetchNow(provider).error.isError());
        const Result second = fetchNow(provider);
        QCOMPARE(second.error.kind, AwsError::Kind::Credentials);
        QVERIFY2(second.error.message.contains(u"session ended"), qPrintable(second.error.message));
    }

    void advisoryRefreshRunsInTheBackground()
    {
        QString counter;
        CredentialProcessProvider provider(scriptAnswering(
            {print(answer(QStringLiteral("AKIDOLD"), QStringLiteral("s"), isoIn(12 * 60))),
             "sleep 0.3; " + print(answer(QStringLiteral("AKIDNEW"), QStringLiteral("s"), isoIn(2 * 3600)))},
            &counter));
        QCOMPARE(fetchNow(provider).credentials.credentials.accessKeyId, QStringLiteral("AKIDOLD"));
        // 12 min left: the old keys still serve at once while one refresh runs.
        QCOMPARE(fetchNow(provider).credentials.credentials.accessKeyId, QStringLiteral("AKIDOLD"));
        QCOMPARE(fetchNow(provider).credentials.credentials.accessKeyId, QStringLiteral("AKIDOLD"));
        QTRY_COMPARE_WITH_TIMEOUT(fetchNow(provider).credentials.credentials.accessKeyId,
                                  QStringLiteral("AKIDNEW"), 10000);
        QCOMPARE(runs(counter), 2);
    }

    void failedAdvisoryRefreshKeepsTheOldCredentials()
    {
        QString counter;
        CredentialProcessProvider provider(
            scriptAnswering({print(answer(QStringLiteral("AKIDOLD"), QStringLiteral("s"), isoIn(12 * 60))),
                             "echo 'cannot refresh now' >&2; exit 2"},
                            &counter));
        QVERIFY(!fetchNow(provider).error.isError());
        // Each fetch in the advisory window serves the old keys; once a refresh has failed the
        // next fetch starts another, so the run count shows the failures went by.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("advisory refresh.*cannot refresh now")));
        QElapsedTimer timer;
        timer.start();
        while (runs(counter) < 3 && timer.elapsed() < 10000) {
            const Result r = fetchNow(provider);
            QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
            QCOMPARE(r.credentials.credentials.accessKeyId, QStringLiteral("AKIDOLD"));
            QTest::qWait(20);
        }
        QVERIFY(runs(counter) >= 3);
    }

    void concurrentFetchesShareOneRun()
    {
        QString counter;
        CredentialProcessProvider provider(
            script("sleep 0.2; " + print(answer(QStringLiteral("AKIDONE"), QStringLiteral("s"), isoIn(7200))),
                   &counter));
        int answered = 0;
        for (int i = 0; i < 3; ++i) {
            provider.fetch([&](const TimedCredentials &credentials, const AwsError &error) {
                QVERIFY(!error.isError());
                QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("AKIDONE"));
                ++answered;
            });
        }
        QTRY_COMPARE(answered, 3);
        QCOMPARE(runs(counter), 1);
    }

    void unsupportedVersion_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("shown");
        QTest::newRow("2") << QByteArray(
                                  R"({"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "TOPSECRET"})")
                           << QStringLiteral("2");
        QTest::newRow("string")
            << QByteArray(R"({"Version": "1", "AccessKeyId": "A", "SecretAccessKey": "TOPSECRET"})")
            << QStringLiteral("1");
        QTest::newRow("missing") << QByteArray(R"({"AccessKeyId": "A", "SecretAccessKey": "TOPSECRET"})")
                                 << QStringLiteral("<Version key not provided>");
    }

    void unsupportedVersion()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, shown);
        CredentialProcessProvider provider(script(print(json)));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(r.error.code, QStringLiteral("CredentialRetrievalError"));
        QCOMPARE(r.error.message,
                 QStringLiteral("Error when retrieving credentials from custom-process: Unsupported "
                                "version '%1' for credential process provider, supported versions: 1")
                     .arg(shown));
    }

    void missingKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("no key id") << QByteArray(R"({"Version": 1, "SecretAccessKey": "TOPSECRET"})")
                                   << QStringLiteral("AccessKeyId");
        QTest::newRow("no secret")
            << QByteArray(R"({"Version": 1, "AccessKeyId": "AKIDTOPSECRET", "SessionToken": "TOPSECRET"})")
            << QStringLiteral("SecretAccessKey");
    }

    void missingKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        CredentialProcessProvider provider(script(print(json)));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(
            r.error.message,
            QStringLiteral("Error when retrieving credentials from custom-process: Missing required key in "
                           "response: '%1'")
                .arg(key));
    }

    void outputThatIsNotJsonIsNotEchoed()
    {
        CredentialProcessProvider provider(script("echo 'AccessKeyId=AKIDX SecretAccessKey=TOPSECRET'"));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QVERIFY2(r.error.message.contains(u"not JSON"), qPrintable(r.error.message));
        QVERIFY2(!r.error.message.contains(u"TOPSECRET"), qPrintable(r.error.message));
    }

    void nonZeroExitReportsStderrNotStdout()
    {
        CredentialProcessProvider provider(
            script(print(answer(QStringLiteral("AKIDHALF"), QStringLiteral("TOPSECRET"))) +
                   "\necho 'SSO session expired; run aws sso login' >&2\nexit 3"));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(r.error.message,
                 QStringLiteral("Error when retrieving credentials from custom-process: SSO session "
                                "expired; run aws sso login"));
    }

    void nonZeroExitWithoutStderrGivesTheCode()
    {
        CredentialProcessProvider provider(script("exit 7"));
        const Result r = fetchNow(provider);
        QVERIFY2(r.error.message.endsWith(u"the process exited with code 7."), qPrintable(r.error.message));
    }

    void alreadyExpiredCredentialsAreAnError()
    {
        CredentialProcessProvider provider(
            script(print(answer(QStringLiteral("AKIDOLD"), QStringLiteral("s"), isoIn(-60)))));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QVERIFY2(r.error.message.contains(u"still expired"), qPrintable(r.error.message));
    }

    void badExpiration()
    {
        CredentialProcessProvider provider(script(print(
            R"({"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S", "Expiration": "tomorrow"})")));
        const Result r = fetchNow(provider);
        QVERIFY2(
            r.error.message.contains(u"'Expiration' in the response is not an ISO 8601 time: 'tomorrow'"),
            qPrintable(r.error.message));
    }

    void aHungProcessIsStopped()
    {
        const QString pidFile = path(QStringLiteral("hung.pid"));
        CredentialProcessProvider provider(
            script("echo $$ > " + shQuote(QFile::encodeName(pidFile)) + "\nexec sleep 60"));
        provider.setTimeout(500ms);
        QElapsedTimer timer;
        timer.start();
        const Result r = fetchNow(provider);
        QVERIFY2(timer.elapsed() < 10000, "the timeout did not stop the process");
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QVERIFY2(r.error.message.contains(u"did not finish within 0.5 seconds"), qPrintable(r.error.message));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(file.readAll().trimmed().toLongLong());
        QVERIFY(pid > 0);
        QTRY_VERIFY(::kill(pid, 0) != 0); // killed and reaped
    }

    void hugeOutputIsBounded()
    {
        // Far more than the limit, and endless: only the bound ends it.
        CredentialProcessProvider provider(script("exec yes '{\"Version\": 1}'"));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QVERIFY2(r.error.message.contains(u"more than 65536 bytes"), qPrintable(r.error.message));
    }

    void aMissingProgram()
    {
        CredentialProcessProvider provider(path(QStringLiteral("no-such-program")));
        const Result r = fetchNow(provider);
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QVERIFY2(r.error.message.contains(u"could not run"), qPrintable(r.error.message));
    }

    void anUnsplittableCommandLine()
    {
        CredentialProcessProvider provider(QStringLiteral("/bin/echo 'unclosed"));
        const Result r = fetchNow(provider);
        QVERIFY2(r.error.message.contains(u"No closing quotation"), qPrintable(r.error.message));
    }

    // The splitters against the code the AWS CLI runs: shlex.split and botocore's Windows one.
    void splitsLikeBotocore()
    {
        const QStringList cases = {
            QStringLiteral("aws-vault export --format=json work"),
            QStringLiteral("  spaced   out\targs\n"),
            QStringLiteral("'single quoted' \"double quoted\" mixed'qu'\"ote\"s"),
            QStringLiteral("esc\\ aped \\\"quote\\\" back\\\\slash"),
            QStringLiteral("\"in \\\"double\\\" \\n \\\\ \\$\" 'in \\single'"),
            QStringLiteral("empty '' \"\" a''b"),
            QStringLiteral("C:\\Program Files\\x.exe \"C:\\Program Files\\y\" a\\\\\"b c\" d\\\\\\\"e"),
            QStringLiteral("trailing backslashes\\\\ x\\"),
            QStringLiteral("unicode 'é ü' ✓"),
            QStringLiteral("unclosed 'quote"),
            QStringLiteral("unclosed \"double"),
            QStringLiteral("\"escape at end\\"),
            QStringLiteral(""),
        };
        QJsonArray input;
        for (const QString &text : cases)
            input.append(text);
        const QByteArray program = R"(
import json, shlex, sys
from botocore.compat import _windows_shell_split
def run(f, s):
    try:
        return {"words": f(s)}
    except ValueError as e:
        return {"error": str(e)}
print(json.dumps([[run(shlex.split, s), run(_windows_shell_split, s)] for s in json.load(sys.stdin)]))
)";
        QProcess python;
        python.start(qEnvironmentVariable("VMI_PYTHON", QStringLiteral("python3")),
                     {QStringLiteral("-c"), QString::fromUtf8(program)});
        python.write(QJsonDocument(input).toJson());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray expected = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(expected.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            for (const bool windows : {false, true}) {
                const QJsonObject want = expected[i].toArray()[windows ? 1 : 0].toObject();
                QString error;
                const QStringList words = windows ? CommandLineSplitter::splitWindows(cases[i], &error)
                                                  : CommandLineSplitter::splitPosix(cases[i], &error);
                const QString label =
                    QStringLiteral("%1 split of [%2]").arg(windows ? u"Windows" : u"POSIX", cases[i]);
                if (want.contains(u"error")) {
                    QVERIFY2(!error.isEmpty(), qPrintable(label));
                    QVERIFY2(want[u"error"].toString().startsWith(error), qPrintable(label + u": " + error));
                } else {
                    QVERIFY2(error.isEmpty(), qPrintable(label + u": " + error));
                    QCOMPARE(QJsonArray::fromStringList(words), want[u"words"].toArray());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialProcess)
#include "tst_credential_process.moc"
