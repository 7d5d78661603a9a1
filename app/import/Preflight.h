#pragma once

#include "models/ImportSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::import {

// One preflight check and how it went.
struct PreflightCheck
{
    enum class State
    {
        Running,
        Passed,
        Warning, // could not tell, or a risk that does not stop the import
        Failed,
    };
    QString id; // "permissions", "role", "bucket:NAME", "kms", "object:BUCKET/KEY"
    QString title;
    State state = State::Running;
    QString message;
};

// What AWS can tell before an import starts, all asked at once and never blocking: the
// caller's permissions (ImportImage/ImportSnapshot with DryRun, whose success is the
// DryRunOperation error), the service role (exists, trusts vmie.amazonaws.com; for Image
// Builder the executionRole, trusting imagebuilder.amazonaws.com, or without one Image
// Builder's service-linked role), each bucket's
// Region, the KMS key (enabled, symmetric, for encryption) and the S3 objects the import reads
// that are already there. Give it the settings after SubmittedRequest::resolve(); objects of
// local files are not checked (they are uploaded first).
class Preflight : public QObject
{
    Q_OBJECT

public:
    explicit Preflight(aws::AwsClient *client, QObject *parent = nullptr);
    ~Preflight() override;

    void start(const ImportSettings &resolved);
    void cancel();
    bool isRunning() const { return !m_calls.isEmpty(); }

    const QList<PreflightCheck> &checks() const { return m_checks; }
    bool hasFailures() const;
    // The service role check failed because the role does not exist: it can be created.
    bool roleIsMissing() const { return m_roleMissing; }

    // Creates the service role with ServiceRole's trust and role policies (CreateRole, then
    // PutRolePolicy); roleCreated() tells how it went.
    void createRole(const ImportSettings &resolved);

Q_SIGNALS:
    void checkChanged(int index);
    void finished();
    void roleCreated(bool ok, const QString &message);

private:
    int add(const QString &id, const QString &title);
    void settle(int index, PreflightCheck::State state, const QString &message);
    void track(aws::AwsCall *call, std::function<void(aws::AwsCall *)> done);
    void checkPermissions(const ImportSettings &settings);
    void checkRole(const ImportSettings &settings);
    void checkImageBuilderRole(const ImportSettings &settings);
    void checkBucket(const QString &bucket, const QString &region);
    void checkKmsKey(const QString &keyId);
    void checkObject(const QString &bucket, const QString &key);

    QPointer<aws::AwsClient> m_client;
    QList<PreflightCheck> m_checks;
    QList<QPointer<aws::AwsCall>> m_calls;
    bool m_roleMissing = false;
};

} // namespace vmi::import
