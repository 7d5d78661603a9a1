#include "aws/ProtocolCodec.h"

#include "aws/codec/ErrorParser.h"
#include "aws/codec/InputValidator.h"
#include "aws/codec/JsonSerializer.h"
#include "aws/codec/QuerySerializer.h"
#include "aws/codec/ResponseBody.h"
#include "aws/codec/RestOutputParser.h"
#include "aws/codec/RestSerializer.h"
#include "aws/codec/XmlNode.h"
#include "aws/codec/XmlOutputParser.h"

#include <QUuid>

namespace vmi::aws {

using namespace codec;

namespace {

AwsError ourError(AwsError::Kind kind, const ServiceModel &model, const QString &operation,
                  const QString &code, const QString &message)
{
    AwsError error;
    error.kind = kind;
    error.service = model.signingName();
    error.operation = operation;
    error.code = code;
    error.message = message;
    return error;
}

} // namespace

AwsHttpRequest ProtocolCodec::serialize(const ServiceModel &model, const QString &operation,
                                        const QJsonObject &input, AwsError *error)
{
    *error = AwsError();
    const ServiceModel::Operation *op = model.operation(operation);
    if (!op) {
        *error = ourError(AwsError::Kind::InvalidInput, model, operation, QStringLiteral("UnknownOperation"),
                          QStringLiteral("%1 has no operation %2").arg(model.signingName(), operation));
        return {};
    }

    QJsonObject params = input;
    if (const ServiceModel::Shape *shape = model.shape(op->inputShape)) {
        // botocore's generate_idempotent_uuid: a token the caller left out is a new UUID.
        for (const ServiceModel::Member &member : shape->members) {
            if (member.traits[u"idempotencyToken"].toBool() && !params.contains(member.name))
                params.insert(member.name, QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        const QStringList report = InputValidator(model).validate(params, *shape);
        if (!report.isEmpty()) {
            *error = ourError(AwsError::Kind::InvalidInput, model, operation,
                              QStringLiteral("ParamValidationError"),
                              QStringLiteral("Parameter validation failed:\n") + report.join(u'\n'));
            return {};
        }
    } else if (!params.isEmpty()) {
        *error =
            ourError(AwsError::Kind::InvalidInput, model, operation, QStringLiteral("ParamValidationError"),
                     QStringLiteral("Parameter validation failed:\n%1 takes no parameters").arg(operation));
        return {};
    }

    const QString protocol = model.protocol();
    AwsHttpRequest request;
    request.method = op->httpMethod.toLatin1();
    if (protocol == u"ec2" || protocol == u"query") {
        request.path = op->requestUri.toUtf8();
        request.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
        request.body =
            QuerySerializer::formEncode(QuerySerializer(model, protocol == u"ec2").serialize(*op, params));
    } else if (protocol == u"json") {
        request.path = op->requestUri.toUtf8();
        request.headers = {{"X-Amz-Target", (model.targetPrefix() + u'.' + op->name).toUtf8()},
                           {"Content-Type", "application/x-amz-json-" + model.jsonVersion().toUtf8()}};
        const ServiceModel::Shape *shape = model.shape(op->inputShape);
        request.body = shape ? JsonSerializer(model).body(params, *shape) : QByteArray("{}");
    } else if (protocol == u"rest-json" || protocol == u"rest-xml") {
        QString problem;
        request = RestSerializer(model, protocol == u"rest-json").serialize(*op, params, &problem);
        if (!problem.isEmpty()) {
            *error = ourError(AwsError::Kind::InvalidInput, model, operation,
                              QStringLiteral("ParamValidationError"), problem);
            return {};
        }
    } else {
        *error = ourError(AwsError::Kind::InvalidInput, model, operation, QStringLiteral("UnknownProtocol"),
                          QStringLiteral("the protocol %1 is not supported").arg(protocol));
        return {};
    }
    return request;
}

QJsonObject ProtocolCodec::parseOutput(const ServiceModel &model, const QString &operation,
                                       const AwsHttpResponse &response, AwsError *error)
{
    *error = AwsError();
    const ServiceModel::Operation *op = model.operation(operation);
    if (!op) {
        *error = ourError(AwsError::Kind::Parse, model, operation, QStringLiteral("UnknownOperation"),
                          QStringLiteral("%1 has no operation %2").arg(model.signingName(), operation));
        return {};
    }
    const ServiceModel::Shape *output = model.shape(op->outputShape);
    if (response.status >= 300) {
        *error = parseError(model, operation, response);
        return {};
    }
    if (output && RestOutputParser::isS3ErrorIn200(model, *output, response)) {
        AwsHttpResponse asServerError = response;
        asServerError.status = 500;
        *error = parseError(model, operation, asServerError);
        return {};
    }
    if (!output)
        return {};

    QString problem;
    QJsonObject parsed;
    const QString protocol = model.protocol();
    if (protocol == u"ec2" || protocol == u"query") {
        const std::optional<XmlNode> root = XmlNode::parse(response.body, &problem);
        const XmlNode *start = root ? &*root : nullptr;
        const QString wrapper = op->traits[u"resultWrapper"].toString();
        if (start && !wrapper.isEmpty()) {
            start = root->child(wrapper);
            if (!start)
                problem = QStringLiteral("no <%1> in the answer").arg(wrapper);
        }
        if (start)
            parsed = XmlOutputParser(model).parse(*start, *output, &problem).toObject();
    } else if (protocol == u"json") {
        parsed = parseResponseBody(model, response.body, *output, &problem).toObject();
    } else {
        parsed = RestOutputParser(model).parse(*op, *output, response, &problem);
    }
    if (!problem.isEmpty()) {
        *error = ourError(AwsError::Kind::Parse, model, operation, QStringLiteral("ResponseParserError"),
                          QStringLiteral("Unable to parse the %1 answer: %2").arg(operation, problem));
        error->httpStatus = response.status;
        return {};
    }
    return parsed;
}

AwsError ProtocolCodec::parseError(const ServiceModel &model, const QString &operation,
                                   const AwsHttpResponse &response)
{
    return ErrorParser::parse(model, operation, response);
}

} // namespace vmi::aws
