// KeychainStore against a real Secret Service: ctest runs this binary twice.
//
//  - tst_keychain: under dbus-run-session with a private GNOME Keyring
//    (tests/fakes/keyring_session.sh), VMI_KEYCHAIN_EXPECT=secret-service. Round trips,
//    overwrites, removal, isolation between profiles and services, and what reached the disk.
//  - tst_keychain.no_backend: with a session bus address that leads nowhere,
//    VMI_KEYCHAIN_EXPECT=none. Every call must fail with NoKeychain, and no file may receive the
//    secret (QtKeychain's plaintext fallback stays off).
//
// Each function checks the mode it belongs to and skips in the other, so a run under the
// wrong conditions is visible as skips rather than silently passing.

#include "aws/CredentialChain.h"
#include "aws/KeychainStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QUuid>

using namespace vmi::aws;

namespace {

void waitUntil(const bool &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

struct LoadResult
{
    Credentials credentials;
    AwsError error;
};

AwsError saveNow(KeychainStore &store, const QString &profile, const Credentials &credentials)
{
    AwsError result;
    result.message = QStringLiteral("TEST: no answer");
    bool done = false;
    store.save(profile, credentials, [&](const AwsError &error) {
        result = error;
        done = true;
    });
    waitUntil(done);
    return result;
}

LoadResult loadNow(KeychainStore &store, const QString &profile)
{
    LoadResult result;
    result.error.message = QStringLiteral("TEST: no answer");
    bool done = false;
    store.load(profile, [&](const Credentials &credentials, const AwsError &error) {
        result = {credentials, error};
        done = true;
    });
    waitUntil(done);
    return result;
}

AwsError removeNow(KeychainStore &store, const QString &profile)
{
    AwsError result;
    result.message = QStringLiteral("TEST: no answer");
    bool done = false;
    store.remove(profile, [&](const AwsError &error) {
        result = error;
        done = true;
    });
    waitUntil(done);
    return result;
}

QString randomSecret()
{
    return QStringLiteral("vmi-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The files under the test's private HOME and XDG directories that contain needle.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList found;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString root = qEnvironmentVariable(variable);
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle) &&
                !found.contains(file.fileName()))
                found.append(file.fileName());
        }
    }
    return found;
}

bool is(const char *mode)
{
    return qgetenv("VMI_KEYCHAIN_EXPECT") == mode;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    const Credentials m_keys{QStringLiteral("AKIAKEYCHAINTEST0001"), randomSecret(),
                             QStringLiteral("token-1")};

private Q_SLOTS:
    void initTestCase()
    {
        // The checks below read every file under HOME: only the private homes ctest gives.
        if (!is("secret-service") && !is("none"))
            QFAIL(
                "Run through ctest (tst_keychain, tst_keychain.no_backend): VMI_KEYCHAIN_EXPECT is not set.");
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            QVERIFY(QDir().mkpath(qEnvironmentVariable(variable)));
    }

    void theServiceIsTheApplicationName()
    {
        QCOMPARE(KeychainStore().serviceName(), QStringLiteral("VM Import Wizard"));
    }

    void roundTrip()
    {
        if (!is("secret-service"))
            QSKIP("needs the Secret Service run");
        KeychainStore store;
        bool calledInside = false;
        bool inside = true;
        bool done = false;
        store.save(QStringLiteral("round-trip"), m_keys, [&](const AwsError &error) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            calledInside = inside;
            done = true;
        });
        inside = false;
        waitUntil(done);
        QVERIFY(done);
        QVERIFY(!calledInside);
        const LoadResult loaded = loadNow(store, QStringLiteral("round-trip"));
        QVERIFY2(!loaded.error.isError(), qPrintable(loaded.error.message));
        QCOMPARE(loaded.credentials.accessKeyId, m_keys.accessKeyId);
        QCOMPARE(loaded.credentials.secretAccessKey, m_keys.secretAccessKey);
        QCOMPARE(loaded.credentials.sessionToken, m_keys.sessionToken);
    }

    void overwrite()
    {
        if (!is("secret-service"))
            QSKIP("needs the Secret Service run");
        KeychainStore store;
        QVERIFY(!saveNow(store, QStringLiteral("overwrite"), m_keys).isError());
        const Credentials longTerm{QStringLiteral("AKIAKEYCHAINTEST0002"), randomSecret(), {}};
        const AwsError saved = saveNow(store, QStringLiteral("overwrite"), longTerm);
        QVERIFY2(!saved.isError(), qPrintable(saved.message));
        const LoadResult loaded = loadNow(store, QStringLiteral("overwrite"));
        QCOMPARE(loaded.credentials.accessKeyId, longTerm.accessKeyId);
        QCOMPARE(loaded.credentials.secretAccessKey, longTerm.secretAccessKey);
        QVERIFY(loaded.credentials.sessionToken.isEmpty());
    }

    void removeThenLoadIsNotInKeychain()
    {
        if (!is("secret-service"))
            QSKIP("needs the Secret Service run");
        KeychainStore store;
        QVERIFY(!saveNow(store, QStringLiteral("removed"), m_keys).isError());
        const AwsError removed = removeNow(store, QStringLiteral("removed"));
        QVERIFY2(!removed.isError(), qPrintable(removed.message));
        const LoadResult loaded = loadNow(store, QStringLiteral("removed"));
        QCOMPARE(loaded.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(loaded.error.code, QStringLiteral("NotInKeychain"));
        QVERIFY2(loaded.error.message.contains(u"\"removed\""), qPrintable(loaded.error.message));
        QVERIFY(!loaded.credentials.isValid());
    }

    void profilesAndServicesAreIsolated()
    {
        if (!is("secret-service"))
            QSKIP("needs the Secret Service run");
        KeychainStore store;
        const Credentials other{QStringLiteral("AKIAKEYCHAINTEST0003"), randomSecret(), {}};
        QVERIFY(!saveNow(store, QStringLiteral("profile-a"), m_keys).isError());
        QVERIFY(!saveNow(store, QStringLiteral("profile-b"), other).isError());
        QCOMPARE(loadNow(store, QStringLiteral("profile-a")).credentials.secretAccessKey,
                 m_keys.secretAccessKey);
        QCOMPARE(loadNow(store, QStringLiteral("profile-b")).credentials.secretAccessKey,
                 other.secretAccessKey);
        QVERIFY(!removeNow(store, QStringLiteral("profile-a")).isError());
        QCOMPARE(loadNow(store, QStringLiteral("profile-a")).error.code, QStringLiteral("NotInKeychain"));
        QCOMPARE(loadNow(store, QStringLiteral("profile-b")).credentials.secretAccessKey,
                 other.secretAccessKey);

        KeychainStore otherService;
        otherService.setServiceName(QStringLiteral("VM Import Wizard tests"));
        QCOMPARE(loadNow(otherService, QStringLiteral("profile-b")).error.code,
                 QStringLiteral("NotInKeychain"));
    }

    void theSecretIsNotOnDiskInPlaintext()
    {
        if (!is("secret-service"))
            QSKIP("needs the Secret Service run");
        KeychainStore store;
        const Credentials keys{QStringLiteral("AKIAKEYCHAINTEST0004"), randomSecret(), {}};
        QVERIFY(!saveNow(store, QStringLiteral("on-disk"), keys).isError());
        QCOMPARE(loadNow(store, QStringLiteral("on-disk")).credentials.secretAccessKey, keys.secretAccessKey);
        // gnome-keyring wrote the entry into the login keyring file, encrypted with the
        // keyring's password; neither it nor any other file under the private home holds the
        // secret as text.
        const QString keyringFile =
            qEnvironmentVariable("VMI_KEYRING_DIR") + QStringLiteral("/login.keyring");
        QTRY_VERIFY(QFileInfo(keyringFile).size() > 200);
        const QStringList leaks = filesContaining(keys.secretAccessKey.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
        // The key id is inside the same encrypted blob.
        QVERIFY(filesContaining(keys.accessKeyId.toUtf8()).isEmpty());
        // And the scan does see a secret written in clear.
        QFile plain(qEnvironmentVariable("HOME") + QStringLiteral("/plain-control.txt"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("x" + keys.secretAccessKey.toUtf8() + "x");
        plain.close();
        QCOMPARE(filesContaining(keys.secretAccessKey.toUtf8()), QStringList{plain.fileName()});
        QVERIFY(plain.remove());
    }

    void theKeychainProviderReadsTheStore()
    {
        if (!is("secret-service"))
            QSKIP("needs the Secret Service run");
        KeychainStore store;
        QVERIFY(!saveNow(store, QStringLiteral("provider"), m_keys).isError());
        CredentialPlan plan;
        plan.source = plan.baseSource = CredentialPlan::Source::Keychain;
        plan.profile = plan.baseProfile = QStringLiteral("provider");
        CredentialChainDependencies dependencies;
        dependencies.keychain = &store;
        const auto provider = makeCredentialProvider(plan, dependencies);
        TimedCredentials got;
        AwsError error;
        bool done = false;
        provider->fetch([&](const TimedCredentials &c, const AwsError &e) {
            got = c;
            error = e;
            done = true;
        });
        waitUntil(done);
        QVERIFY2(done && !error.isError(), qPrintable(error.message));
        QCOMPARE(got.credentials.secretAccessKey, m_keys.secretAccessKey);
        QVERIFY(!got.expiration.isValid());

        plan.profile = plan.baseProfile = QStringLiteral("never-stored");
        const auto missing = makeCredentialProvider(plan, dependencies);
        done = false;
        missing->fetch([&](const TimedCredentials &, const AwsError &e) {
            error = e;
            done = true;
        });
        waitUntil(done);
        QCOMPARE(error.code, QStringLiteral("NotInKeychain"));
    }

    void withoutABackendEverythingFailsAndNothingIsWritten()
    {
        if (!is("none"))
            QSKIP("needs the run without a session bus");
        KeychainStore store;
        const AwsError saved = saveNow(store, QStringLiteral("no-backend"), m_keys);
        QCOMPARE(saved.kind, AwsError::Kind::Credentials);
        QCOMPARE(saved.code, QStringLiteral("NoKeychain"));
        QVERIFY2(saved.message.startsWith(
                     u"No OS keychain is available (on Linux: a Secret Service such as GNOME "
                     u"Keyring or KWallet must be running); VM Import Wizard never stores keys "
                     u"in a plain file."),
                 qPrintable(saved.message));
        QVERIFY(!saved.message.contains(m_keys.secretAccessKey));
        const LoadResult loaded = loadNow(store, QStringLiteral("no-backend"));
        QCOMPARE(loaded.error.code, QStringLiteral("NoKeychain"));
        QVERIFY(!loaded.credentials.isValid());
        QCOMPARE(removeNow(store, QStringLiteral("no-backend")).code, QStringLiteral("NoKeychain"));
        const QStringList leaks = filesContaining(m_keys.secretAccessKey.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
