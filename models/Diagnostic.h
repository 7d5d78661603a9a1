#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace vmi {

// One finding about import settings, for the wizard, the CLI and submission alike. `field`
// is the member's path in the request ("DiskContainers[1].UserBucket.S3Bucket", "uri") or in
// the profile ("region", "upload.localFiles[0]"); empty for the settings as a whole.
struct Diagnostic
{
    enum class Severity
    {
        Error,   // AWS would refuse the request or the import would fail
        Warning, // it may fail, or do something the user does not expect
        Info,
    };

    QString field;
    Severity severity = Severity::Error;
    QString message;
    QString hint; // what to do about it; may be empty

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

// "error", "warning", "info": the stable keys of `vmimport validate --output json`.
QString severityKey(Diagnostic::Severity severity);
std::optional<Diagnostic::Severity> severityFromKey(const QString &key);

bool hasErrors(const QList<Diagnostic> &diagnostics);

// {"field", "severity", "message", "hint"}
QJsonObject toJson(const Diagnostic &diagnostic);

// Collects diagnostics for the rule functions; keeps their call sites to one line.
class DiagnosticSink
{
public:
    void error(const QString &field, const QString &message, const QString &hint = {});
    void warning(const QString &field, const QString &message, const QString &hint = {});
    void info(const QString &field, const QString &message, const QString &hint = {});
    void add(Diagnostic diagnostic);

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    QList<Diagnostic> take() { return std::exchange(m_diagnostics, {}); }

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace vmi
