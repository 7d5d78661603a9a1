#pragma once

#include <QByteArray>
#include <QString>

namespace vmi::aws {

// Takes secrets out of what --debug prints (ARCHITECTURE.md, decision 5): signatures,
// session tokens, secret keys and presigned-URL credentials, in headers, URLs and XML, JSON,
// form or INI text. Matching is by name, so a secret under a name not listed here survives:
// extend the lists rather than logging a body raw.
class Redactor
{
public:
    static const QString Redacted; // "REDACTED"

    // The value to print for a header: Authorization keeps its scheme, a shortened access key
    // id, the scope and the signed header names, never the signature; token and key headers
    // become REDACTED; everything else is returned unchanged.
    static QByteArray headerValue(const QByteArray &name, const QByteArray &value);

    // A URL or other single-line text: presigned-URL parameters (X-Amz-Signature,
    // X-Amz-Security-Token, X-Amz-Credential), raw or percent-encoded, lose their values.
    static QString url(const QString &url);

    // A request or response body for printing: secrets removed, binary data replaced by its
    // size, text cut after maxChars (after redaction, so a cut never exposes half a secret).
    static QString body(const QByteArray &body, qsizetype maxChars = 16 * 1024);

    // Any text: every rule above that applies to text (XML elements, JSON members, form and
    // INI keys, presigned-URL parameters).
    static QString text(const QString &text);
};

} // namespace vmi::aws
