#include "aws/Redactor.h"

#include <QRegularExpression>

namespace vmi::aws {

namespace {

// Names whose value is a secret wherever they appear (XML element, JSON member, form or INI
// key), compared case-insensitively: STS and SSO credentials (SecretAccessKey, SessionToken,
// secretAccessKey, sessionToken), the shared-file keys, credential_process and container
// credential output (Token), the SSO token cache (accessToken, refreshToken, clientSecret),
// KMS data keys (Plaintext), OIDC tokens for AssumeRoleWithWebIdentity.
const QString SecretNames =
    QStringLiteral("(?:aws_)?secret_?access_?key|(?:aws_)?session_?token|"
                   "(?:aws_)?security_?token|x-amz-security-token|token|web_?identity_?token|"
                   "access_?token|refresh_?token|client_?secret|password|plaintext");

constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

// <SecretAccessKey>...</SecretAccessKey>, with or without a namespace prefix or attributes.
const QRegularExpression &xmlElement()
{
    static const QRegularExpression re(QStringLiteral("(<(?:[\\w.-]+:)?(?:") + SecretNames +
                                           QStringLiteral(")(?=[\\s>])[^>]*>)[^<]*(<)"),
                                       CaseInsensitive);
    return re;
}

// "SecretAccessKey": "...", with JSON string escapes inside the value.
const QRegularExpression &jsonMember()
{
    static const QRegularExpression re(QStringLiteral("(\"(?:") + SecretNames +
                                           QStringLiteral(")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""),
                                       CaseInsensitive);
    return re;
}

// Form bodies: Credentials.SessionToken=..., Password=...; the last dotted segment decides.
const QRegularExpression &formField()
{
    static const QRegularExpression re(QStringLiteral("((?:^|&)(?:[^=&\\s]*\\.)?(?:") + SecretNames +
                                           QStringLiteral(")=)[^&\\s]*"),
                                       CaseInsensitive);
    return re;
}

// INI, environment and header lines: "aws_secret_access_key = ...", "X-Amz-Security-Token: ...".
const QRegularExpression &iniLine()
{
    static const QRegularExpression re(QStringLiteral("^(\\s*(?:export\\s+)?(?:") + SecretNames +
                                           QStringLiteral(")\\s*[=:]\\s*)\\S[^\\r\\n]*"),
                                       CaseInsensitive | QRegularExpression::MultilineOption);
    return re;
}

// Presigned-URL parameters, raw (X-Amz-Signature=...) or percent-encoded inside a form value
// (X-Amz-Signature%3D...%26); the value ends at the next parameter, quote, space or tag.
const QRegularExpression &presignParameter()
{
    static const QRegularExpression re(
        QStringLiteral("((?:X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential)(?:=|%3D))"
                       "(?:(?!&|%26)[^\\s\"'<>])*"),
        CaseInsensitive);
    return re;
}

// What is left of a SigV4 Authorization header written out as text.
const QRegularExpression &authorizationSignature()
{
    static const QRegularExpression re(QStringLiteral("(\\bSignature=)[0-9a-f]+"), CaseInsensitive);
    return re;
}

QString replaced(QString text, const QRegularExpression &re, const QString &replacement)
{
    return text.replace(re, replacement);
}

} // namespace

const QString Redactor::Redacted = QStringLiteral("REDACTED");

QByteArray Redactor::headerValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization") {
        // "AWS4-HMAC-SHA256 Credential=AKID/20240102/us-east-1/s3/aws4_request,
        // SignedHeaders=host;x-amz-date, Signature=<hex>": keep all but the signature and most
        // of the key id, which say which key and scope signed when a call is refused.
        static const QRegularExpression sigv4(
            QStringLiteral("^(AWS4-HMAC-SHA256 Credential=)([^/,\\s]{0,4})[^/,\\s]*(/[^,\\s]*,\\s*"
                           "SignedHeaders=[^,\\s]*,\\s*Signature=)[0-9a-fA-F]+$"));
        const QRegularExpressionMatch match = sigv4.match(QString::fromLatin1(value));
        if (!match.hasMatch())
            return Redacted.toLatin1();
        return (match.captured(1) + match.captured(2) + QStringLiteral("...") + match.captured(3) + Redacted)
            .toLatin1();
    }
    if (lower == "x-amz-security-token" || lower == "proxy-authorization" || lower == "cookie" ||
        lower == "set-cookie" || lower == "x-amz-sso_bearer_token" ||
        lower == "x-amz-server-side-encryption-customer-key" ||
        lower == "x-amz-copy-source-server-side-encryption-customer-key")
        return Redacted.toLatin1();
    return value;
}

QString Redactor::url(const QString &url)
{
    return replaced(url, presignParameter(), QStringLiteral("\\1") + Redacted);
}

QString Redactor::text(const QString &text)
{
    const QString keep = QStringLiteral("\\1") + Redacted;
    QString result = replaced(text, xmlElement(), keep + QStringLiteral("\\2"));
    result = replaced(result, jsonMember(), QStringLiteral("\\1\"") + Redacted + u'"');
    result = replaced(result, formField(), keep);
    result = replaced(result, iniLine(), keep);
    result = replaced(result, presignParameter(), keep);
    result = replaced(result, authorizationSignature(), keep);
    return result;
}

QString Redactor::body(const QByteArray &body, qsizetype maxChars)
{
    // Past this size a body is a disk part or a listing, not something a person reads in a log,
    // and running the patterns over it would cost more than it tells.
    constexpr qsizetype MaxRedactedSize = 1024 * 1024;
    if (body.isEmpty())
        return {};
    if (body.size() > MaxRedactedSize)
        return QStringLiteral("[%1 bytes not shown]").arg(body.size());
    if (!body.isValidUtf8() || body.contains('\0'))
        return QStringLiteral("[%1 bytes of binary data]").arg(body.size());
    QString result = text(QString::fromUtf8(body));
    if (result.size() > maxChars) {
        const qsizetype more = result.size() - maxChars;
        result.truncate(maxChars);
        result += QStringLiteral("... [%1 more characters]").arg(more);
    }
    return result;
}

} // namespace vmi::aws
