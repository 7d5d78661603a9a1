#include "models/Diagnostic.h"

#include <algorithm>

namespace vmi {

QString severityKey(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    Q_UNREACHABLE();
}

std::optional<Diagnostic::Severity> severityFromKey(const QString &key)
{
    for (auto severity :
         {Diagnostic::Severity::Error, Diagnostic::Severity::Warning, Diagnostic::Severity::Info}) {
        if (severityKey(severity) == key)
            return severity;
    }
    return std::nullopt;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

QJsonObject toJson(const Diagnostic &diagnostic)
{
    return QJsonObject{{QStringLiteral("field"), diagnostic.field},
                       {QStringLiteral("severity"), severityKey(diagnostic.severity)},
                       {QStringLiteral("message"), diagnostic.message},
                       {QStringLiteral("hint"), diagnostic.hint}};
}

void DiagnosticSink::error(const QString &field, const QString &message, const QString &hint)
{
    m_diagnostics.append({field, Diagnostic::Severity::Error, message, hint});
}

void DiagnosticSink::warning(const QString &field, const QString &message, const QString &hint)
{
    m_diagnostics.append({field, Diagnostic::Severity::Warning, message, hint});
}

void DiagnosticSink::info(const QString &field, const QString &message, const QString &hint)
{
    m_diagnostics.append({field, Diagnostic::Severity::Info, message, hint});
}

void DiagnosticSink::add(Diagnostic diagnostic)
{
    m_diagnostics.append(std::move(diagnostic));
}

} // namespace vmi
