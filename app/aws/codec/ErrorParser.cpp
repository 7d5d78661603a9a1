#include "aws/codec/ErrorParser.h"

#include "aws/RetryPolicy.h"
#include "aws/codec/XmlNode.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vmi::aws::codec {

namespace {

QString headerText(const AwsHttpResponse &response, QByteArrayView name)
{
    return QString::fromUtf8(response.header(name));
}

// The service's request id from the headers: x-amzn-RequestId (JSON services), else
// x-amz-request-id (S3).
QString headerRequestId(const AwsHttpResponse &response)
{
    if (response.hasHeader("x-amzn-RequestId"))
        return headerText(response, "x-amzn-RequestId");
    return headerText(response, "x-amz-request-id");
}

// "aws.protocoltests#FooError:http://..." -> "FooError".
QString bareCode(QString code)
{
    code = code.section(u':', 0, 0);
    return code.section(u'#', -1);
}

void fromStatus(AwsError &error, const AwsHttpResponse &response)
{
    error.code = QString::number(response.status);
    error.message = ErrorParser::reasonPhrase(response.status);
}

// EC2 <Response><Errors><Error>..</Errors><RequestID>, query <ErrorResponse><Error>..
// <RequestId>, S3 <Error>..<RequestId> and other rest-xml <ErrorResponse>.
bool fromXml(AwsError &error, const AwsHttpResponse &response)
{
    QString parseError;
    const std::optional<XmlNode> root = XmlNode::parse(response.body, &parseError);
    if (!root)
        return false;
    const XmlNode *errorNode =
        root->tag == u"Error" && root->namespaceUri.isEmpty() ? &*root : root->child(u"Error");
    if (const XmlNode *errors = root->child(u"Errors"))
        errorNode = errors->child(u"Error");
    if (errorNode) {
        if (const XmlNode *code = errorNode->child(u"Code"))
            error.code = code->text;
        if (const XmlNode *message = errorNode->child(u"Message"))
            error.message = message->text;
    }
    for (const char16_t *name : {u"RequestID", u"RequestId"}) {
        if (const XmlNode *id = root->child(name))
            error.requestId = id->text;
    }
    return true;
}

// {"__type": "...#Code", "message": "..."}, with rest-json's x-amzn-ErrorType header first.
void fromJson(AwsError &error, const AwsHttpResponse &response, bool restJson)
{
    QJsonObject body;
    if (!response.body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            body.insert(QStringLiteral("message"), QString::fromUtf8(response.body)); // as botocore does
        else
            body = document.object();
    }
    error.message = body.contains(u"message") ? body[u"message"].toString() : body[u"Message"].toString();
    QString code = body.contains(u"__type") ? body[u"__type"].toString() : QString::number(response.status);
    if (restJson) {
        if (response.hasHeader("x-amzn-ErrorType"))
            code = headerText(response, "x-amzn-ErrorType");
        else if (body.contains(u"code") || body.contains(u"Code"))
            code = body.contains(u"code") ? body[u"code"].toString() : body[u"Code"].toString();
    }
    error.code = bareCode(code);
}

// An error shape of the operation marked "retryable" in the model, matched by its modeled
// code or its name (botocore's ModeledRetryErrorDetector).
bool isModeledRetryable(const ServiceModel &model, const QString &operation, const QString &code)
{
    const ServiceModel::Operation *op = model.operation(operation);
    if (!op)
        return false;
    for (const QJsonValue &ref : op->traits[u"errors"].toArray()) {
        const ServiceModel::Shape *shape = model.shape(ref[u"shape"].toString());
        if (!shape || !shape->traits.contains(u"retryable"))
            continue;
        if (shape->traits[u"error"][u"code"].toString(shape->name) == code)
            return true;
    }
    return false;
}

} // namespace

AwsError ErrorParser::parse(const ServiceModel &model, const QString &operation,
                            const AwsHttpResponse &response)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.service = model.signingName();
    error.operation = operation;
    error.httpStatus = response.status;

    const QByteArray body = response.body.trimmed();
    const QString protocol = model.protocol();
    if (response.status >= 500 && (body.isEmpty() || body.startsWith("<html>"))) {
        // A proxy's or load balancer's page: nothing protocol-specific to read.
        fromStatus(error, response);
    } else if (protocol == u"json" || protocol == u"rest-json") {
        fromJson(error, response, protocol == u"rest-json");
    } else if (body.isEmpty() || !fromXml(error, response)) {
        // S3 answers HEAD requests without a body; botocore names the error by the status.
        fromStatus(error, response);
    }
    if (error.requestId.isEmpty())
        error.requestId = headerRequestId(response);

    // The one set of rules for what is worth retrying is RetryPolicy's.
    error.retryable = RetryPolicy::isTransientStatus(response.status) ||
                      RetryPolicy::isTransientCode(error.code) || RetryPolicy::isThrottlingCode(error.code) ||
                      isModeledRetryable(model, operation, error.code);
    return error;
}

QString ErrorParser::reasonPhrase(int status)
{
    static const QHash<int, QString> phrases = {
        {100, QStringLiteral("Continue")},
        {101, QStringLiteral("Switching Protocols")},
        {102, QStringLiteral("Processing")},
        {103, QStringLiteral("Early Hints")},
        {200, QStringLiteral("OK")},
        {201, QStringLiteral("Created")},
        {202, QStringLiteral("Accepted")},
        {203, QStringLiteral("Non-Authoritative Information")},
        {204, QStringLiteral("No Content")},
        {205, QStringLiteral("Reset Content")},
        {206, QStringLiteral("Partial Content")},
        {207, QStringLiteral("Multi-Status")},
        {208, QStringLiteral("Already Reported")},
        {226, QStringLiteral("IM Used")},
        {300, QStringLiteral("Multiple Choices")},
        {301, QStringLiteral("Moved Permanently")},
        {302, QStringLiteral("Found")},
        {303, QStringLiteral("See Other")},
        {304, QStringLiteral("Not Modified")},
        {305, QStringLiteral("Use Proxy")},
        {307, QStringLiteral("Temporary Redirect")},
        {308, QStringLiteral("Permanent Redirect")},
        {400, QStringLiteral("Bad Request")},
        {401, QStringLiteral("Unauthorized")},
        {402, QStringLiteral("Payment Required")},
        {403, QStringLiteral("Forbidden")},
        {404, QStringLiteral("Not Found")},
        {405, QStringLiteral("Method Not Allowed")},
        {406, QStringLiteral("Not Acceptable")},
        {407, QStringLiteral("Proxy Authentication Required")},
        {408, QStringLiteral("Request Timeout")},
        {409, QStringLiteral("Conflict")},
        {410, QStringLiteral("Gone")},
        {411, QStringLiteral("Length Required")},
        {412, QStringLiteral("Precondition Failed")},
        {413, QStringLiteral("Request Entity Too Large")},
        {414, QStringLiteral("Request-URI Too Long")},
        {415, QStringLiteral("Unsupported Media Type")},
        {416, QStringLiteral("Requested Range Not Satisfiable")},
        {417, QStringLiteral("Expectation Failed")},
        {418, QStringLiteral("I'm a Teapot")},
        {421, QStringLiteral("Misdirected Request")},
        {422, QStringLiteral("Unprocessable Entity")},
        {423, QStringLiteral("Locked")},
        {424, QStringLiteral("Failed Dependency")},
        {425, QStringLiteral("Too Early")},
        {426, QStringLiteral("Upgrade Required")},
        {428, QStringLiteral("Precondition Required")},
        {429, QStringLiteral("Too Many Requests")},
        {431, QStringLiteral("Request Header Fields Too Large")},
        {451, QStringLiteral("Unavailable For Legal Reasons")},
        {500, QStringLiteral("Internal Server Error")},
        {501, QStringLiteral("Not Implemented")},
        {502, QStringLiteral("Bad Gateway")},
        {503, QStringLiteral("Service Unavailable")},
        {504, QStringLiteral("Gateway Timeout")},
        {505, QStringLiteral("HTTP Version Not Supported")},
        {506, QStringLiteral("Variant Also Negotiates")},
        {507, QStringLiteral("Insufficient Storage")},
        {508, QStringLiteral("Loop Detected")},
        {510, QStringLiteral("Not Extended")},
        {511, QStringLiteral("Network Authentication Required")},
    };
    return phrases.value(status);
}

} // namespace vmi::aws::codec
