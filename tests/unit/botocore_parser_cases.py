#!/usr/bin/env python3
"""Prints random AWS responses and what botocore and the AWS CLI v2 make of them.

    botocore_parser_cases.py --seed S [--per-operation N]

botocore has no response serializer, so this script writes the wire form itself from the
service model: EC2 and query XML (with <OpResult> wrappers and request ids), S3's rest-xml with
header members, json and rest-json bodies. botocore's own parser then reads it, set up as the
AWS CLI v2 sets it up (timestamps through parse_timestamp().isoformat(), blobs left as text),
with ResponseMetadata removed as the CLI does. Output (stdout, JSON):

    {"outputs": [{name, service, operation, status, headers, body (base64), expected, printed}],
     "errors":  [{name, service, operation, status, headers, body, code, message, requestId, retryable}],
     "floats":  [[hex bits, repr], ...]}

"printed" is exactly what `aws ... --output json` prints for the output
(json.dumps(indent=4, ensure_ascii=False) and a newline; nothing for {}). For errors, the code,
message and request id are botocore's, and "retryable" is botocore's standard retry mode's
verdict on a first attempt.
"""

import argparse
import base64
import datetime
import json
import random
import struct
import sys
from xml.sax.saxutils import escape

from botocore.exceptions import ClientError
from botocore.handlers import parse_get_bucket_location
from botocore.parsers import ResponseParserFactory
from botocore.retries.standard import RetryContext, StandardRetryConditions
from botocore.utils import parse_timestamp
from urllib3._collections import HTTPHeaderDict

from aws_random_values import STRINGS, service_model

OPERATIONS = [
    ("ec2", "DescribeImportImageTasks", 40), ("ec2", "DescribeImportSnapshotTasks", 40),
    ("ec2", "ImportImage", 25), ("ec2", "ImportSnapshot", 25), ("ec2", "CancelImportTask", 5),
    ("ec2", "DescribeRegions", 5), ("ec2", "RegisterImage", 3), ("ec2", "DescribeImages", 10),
    ("ec2", "DescribeSnapshots", 5), ("ec2", "CreateTags", 2),
    ("imagebuilder", "GetImage", 30), ("imagebuilder", "ImportDiskImage", 5),
    ("imagebuilder", "CancelImageCreation", 3), ("imagebuilder", "ListInfrastructureConfigurations", 5),
    ("s3", "ListParts", 25), ("s3", "HeadObject", 15), ("s3", "ListObjectsV2", 10), ("s3", "ListBuckets", 5),
    ("s3", "CreateMultipartUpload", 10), ("s3", "CompleteMultipartUpload", 10), ("s3", "UploadPart", 5),
    ("s3", "ListMultipartUploads", 5), ("s3", "AbortMultipartUpload", 3), ("s3", "HeadBucket", 3),
    ("sts", "GetCallerIdentity", 15), ("sts", "AssumeRole", 10),
    ("iam", "GetRole", 10), ("iam", "CreateRole", 5),
    ("kms", "DescribeKey", 25), ("kms", "ListAliases", 10),
]

# XML 1.0 cannot carry most control characters, and XML parsers turn \r into \n: leave them out.
XML_STRINGS = [s for s in STRINGS if all(c in "\t\n" or ord(c) >= 0x20 for c in s)]
DOUBLE_TEXTS = ["0", "1073741824", "1073741824.0", "0.5", "1.5E3", "1e-7", "12.25", "3.0e20", "7",
                "0.30000000000000004", "99.99", "1e16", "123456789012345678"]


def iso_format(value):
    """The AWS CLI v2's timestamp parser (awscli/customizations/timestampformat.py)."""
    return parse_timestamp(value).isoformat()


def cli_parser(protocol):
    factory = ResponseParserFactory()
    factory.set_parser_defaults(timestamp_parser=iso_format, blob_parser=lambda x: x)
    return factory.create_parser(protocol)


class WireWriter:
    """Model-driven response bodies, as the services write them."""

    def __init__(self, rng, protocol):
        self.rng = rng
        self.protocol = protocol

    # Scalars -------------------------------------------------------------------------------
    def timestamp_text(self, in_header=False):
        moment = datetime.datetime.fromtimestamp(self.rng.randint(0, 4102444800), datetime.timezone.utc)
        if in_header:
            return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")
        form = self.rng.randint(0, 4)
        if form == 0:
            return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        if form == 1:
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        if form == 2:
            return moment.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % self.rng.randint(1, 999999)
        if form == 3:
            return moment.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % self.rng.randint(1, 999)
        offset = datetime.timezone(datetime.timedelta(minutes=self.rng.choice([-300, 60, 330])))
        return moment.astimezone(offset).isoformat()

    def scalar_text(self, shape, in_header=False):
        kind = shape.type_name
        if kind == "string":
            if shape.enum and self.rng.random() < 0.8:
                return self.rng.choice(shape.enum)
            pool = [s for s in XML_STRINGS if s.isascii() and "\n" not in s and "\t" not in s] if in_header \
                else XML_STRINGS
            return self.rng.choice(pool)
        if kind in ("integer", "long"):
            return str(self.rng.choice([0, 1, 42, self.rng.randint(0, 2**40)]))
        if kind in ("double", "float"):
            return self.rng.choice(DOUBLE_TEXTS + [repr(self.rng.uniform(0, 1e6))])
        if kind == "boolean":
            return self.rng.choice(["true", "false"])
        if kind == "timestamp":
            return self.timestamp_text(in_header)
        if kind == "blob":
            return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(8))).decode()
        raise ValueError(kind)

    # XML -----------------------------------------------------------------------------------
    def xml_members(self, shape, depth):
        out = []
        for name, member in shape.members.items():
            if member.serialization.get("location") or self.rng.random() > (0.8 if depth < 3 else 0.3):
                continue
            out.append(self.xml_member(member, member.serialization.get("name", name), depth + 1))
        return "".join(out)

    def xml_member(self, shape, name, depth):
        kind = shape.type_name
        space = "\n" + "  " * depth if self.rng.random() < 0.3 else ""
        if kind == "structure":
            return f"<{name}>{space}{self.xml_members(shape, depth)}</{name}>"
        if kind == "list":
            count = self.rng.choice([0, 1, 1, 2, 3]) if depth < 5 else 0
            element = shape.member.serialization.get("name", "member")
            if shape.serialization.get("flattened"):
                return "".join(self.xml_member(shape.member, element if "name" in shape.member.serialization
                                               else name, depth + 1) for _ in range(count))
            if count == 0 and self.rng.random() < 0.5:
                return f"<{name}/>"
            items = "".join(space + self.xml_member(shape.member, element, depth + 1) for _ in range(count))
            return f"<{name}>{items}</{name}>"
        if kind == "map":
            keys = sorted((self.rng.choice(XML_STRINGS) + str(i) for i in range(2)), key=lambda k: k.encode("utf-16-be"))
            entries = "".join(f"<entry><key>{escape(key)}</key>"
                              f"{self.xml_member(shape.value, 'value', depth + 1)}</entry>" for key in keys)
            return f"<{name}>{entries}</{name}>"
        text = self.scalar_text(shape)
        if text == "" and self.rng.random() < 0.5:
            return f"<{name}/>"
        return f"<{name}>{escape(text)}</{name}>"

    # JSON ----------------------------------------------------------------------------------
    def json_value(self, shape, depth):
        kind = shape.type_name
        if kind == "structure":
            out = {}
            for name, member in shape.members.items():
                if member.serialization.get("location") or self.rng.random() > (0.8 if depth < 3 else 0.3):
                    continue
                out[member.serialization.get("name", name)] = self.json_value(member, depth + 1)
            return out
        if kind == "list":
            return [self.json_value(shape.member, depth + 1) for _ in range(self.rng.choice([0, 1, 2, 3]) if depth < 5 else 0)]
        if kind == "map":
            # In QJsonObject's key order: our output cannot keep a map's wire order (a known
            # difference from the CLI, which prints maps in the order the service sent them).
            keys = sorted((self.rng.choice(XML_STRINGS) + str(i) for i in range(2)), key=lambda k: k.encode("utf-16-be"))
            return {key: self.json_value(shape.value, depth + 1) for key in keys}
        if kind == "timestamp":
            # json services send epoch seconds, with milliseconds.
            return self.rng.choice([self.rng.randint(0, 4102444800), round(self.rng.uniform(0, 4102444800), 3)])
        if kind in ("integer", "long"):
            return self.rng.randint(0, 2**40)
        if kind in ("double", "float"):
            return self.rng.uniform(0, 1e6)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.scalar_text(shape)

    # Whole responses -----------------------------------------------------------------------
    def headers_for(self, shape):
        headers = HTTPHeaderDict()
        for name, member in shape.members.items():
            location = member.serialization.get("location")
            if location == "header" and self.rng.random() < 0.7:
                headers[member.serialization.get("name", name)] = self.scalar_text(member, in_header=True)
            elif location == "headers" and self.rng.random() < 0.7:
                prefix = member.serialization.get("name", "")
                # Sorted, as QJsonObject will hold them (see json_value's maps).
                for key in sorted(self.rng.sample(["owner", "Disk-Format", "source"], self.rng.randint(1, 3))):
                    headers[prefix + key] = self.scalar_text(member.value, in_header=True)
        return headers

    def response(self, operation_model, request_id):
        shape = operation_model.output_shape
        headers = HTTPHeaderDict()
        if self.protocol == "ec2":
            ns = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"'
            body = (f"<{operation_model.name}Response {ns}><requestId>{request_id}</requestId>"
                    f"{self.xml_members(shape, 0) if shape else ''}</{operation_model.name}Response>")
        elif self.protocol == "query":
            wrapper = operation_model.output_shape.serialization.get("resultWrapper") if shape else None
            inner = f"<{wrapper}>{self.xml_members(shape, 0)}</{wrapper}>" if wrapper else ""
            body = (f"<{operation_model.name}Response xmlns=\"https://example.amazonaws.com/doc/\">{inner}"
                    f"<ResponseMetadata><RequestId>{request_id}</RequestId></ResponseMetadata>"
                    f"</{operation_model.name}Response>")
        elif self.protocol == "rest-xml":
            headers = self.headers_for(shape) if shape else headers
            headers["x-amz-request-id"] = request_id
            root = shape.serialization.get("name", shape.name) if shape else ""
            has_body = shape and any("location" not in m.serialization for m in shape.members.values())
            body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
                    f"{self.xml_members(shape, 0)}</{root}>") if has_body else ""
        else:
            headers = self.headers_for(shape) if shape and self.protocol == "rest-json" else headers
            headers["x-amzn-RequestId"] = request_id
            body = json.dumps(self.json_value(shape, 0)) if shape else "{}"
        return headers, body.encode("utf-8")


def cli_output(parsed):
    parsed.pop("ResponseMetadata", None)
    printed = json.dumps(parsed, indent=4, ensure_ascii=False) + "\n" if parsed != {} else ""
    return parsed, printed


def output_cases(rng, per_operation):
    cases = []
    for service, operation, count in OPERATIONS:
        model = service_model(service)
        operation_model = model.operation_model(operation)
        writer = WireWriter(rng, model.protocol)
        parser = cli_parser(model.protocol)
        for index in range(max(1, int(count * per_operation))):
            request_id = f"{rng.randrange(16**8):08x}-1111-2222-3333-{rng.randrange(16**12):012x}"
            headers, body = writer.response(operation_model, request_id)
            parsed = parser.parse({"body": body, "headers": headers, "status_code": 200},
                                  operation_model.output_shape)
            if service == "s3" and "Expires" in headers:
                # botocore's handle_expires_header (before-parse.s3.*) keeps the raw text.
                parsed["ExpiresString"] = headers["Expires"]
            expected, printed = cli_output(parsed)
            cases.append({"name": f"{service}.{operation}.{index}", "service": service, "operation": operation,
                          "status": 200, "headers": list(headers.items()),
                          "body": base64.b64encode(body).decode(), "expected": expected, "printed": printed})
    # s3.GetBucketLocation is parsed by a botocore handler, not the model.
    operation_model = service_model("s3").operation_model("GetBucketLocation")
    for index, region in enumerate([None, "eu-west-3", "EU"]):
        text = f">{region}</LocationConstraint>" if region else "/>"
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"{text}'
        headers = HTTPHeaderDict({"x-amz-request-id": "req"})
        parsed = cli_parser("rest-xml").parse({"body": body.encode(), "headers": headers, "status_code": 200},
                                              operation_model.output_shape)
        parse_get_bucket_location(parsed, type("Response", (), {"raw": True, "content": body.encode()})())
        expected, printed = cli_output(parsed)
        cases.append({"name": f"s3.GetBucketLocation.{index}", "service": "s3", "operation": "GetBucketLocation",
                      "status": 200, "headers": list(headers.items()), "body": base64.b64encode(body.encode()).decode(),
                      "expected": expected, "printed": printed})
    return cases


ERROR_SAMPLES = {
    # protocol -> list of (status, code, message)
    "ec2": [(400, "InvalidParameter", "The given S3 bucket is not local to the Region"),
            (412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set."),
            (503, "RequestLimitExceeded", "Request limit exceeded."),
            (400, "InvalidKmsKey.NotFound", "clé <introuvable> & \"absent\""),
            (500, "InternalError", "An internal error has occurred")],
    "query": [(403, "AccessDenied", "User: arn:aws:iam::1:user/x is not authorized"),
              (400, "Throttling", "Rate exceeded"),
              (404, "NoSuchEntity", "The role with name vmimport cannot be found."),
              (400, "ExpiredToken", "The security token included in the request is expired")],
    "rest-xml": [(404, "NoSuchUpload", "The specified upload does not exist."),
                 (503, "SlowDown", "Please reduce your request rate."),
                 (400, "RequestTimeout", "Your socket connection to the server was not read from"),
                 (403, "AccessDenied", "Access Denied"),
                 (400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size")],
    "json": [(400, "com.amazonaws.kms#NotFoundException", "Alias arn:x is not found."),
             (400, "ThrottlingException", "Rate exceeded"),
             (400, "AccessDeniedException:http://internal", "denied"),
             (500, "KMSInternalException", "")],
    "rest-json": [(400, "InvalidParameterValueException", "The value supplied for parameter 'name' is not valid."),
                  (429, "TooManyRequestsException", "Too many requests"),
                  (403, "ForbiddenException", "You are not authorized"),
                  (503, "ServiceUnavailableException", "The service is unavailable")],
}
SERVICE_OF = {"ec2": ("ec2", "ImportImage"), "query": ("iam", "GetRole"), "rest-xml": ("s3", "UploadPart"),
              "json": ("kms", "DescribeKey"), "rest-json": ("imagebuilder", "ImportDiskImage")}


def error_body(protocol, code, message, request_id, rng):
    if protocol == "ec2":
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{escape(code)}</Code>"
                f"<Message>{escape(message)}</Message></Error></Errors><RequestID>{request_id}</RequestID>"
                f"</Response>"), {}
    if protocol == "query":
        return (f"<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
                f"<Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
                f"<RequestId>{request_id}</RequestId></ErrorResponse>"), {}
    if protocol == "rest-xml":
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{escape(code)}</Code>"
                f"<Message>{escape(message)}</Message><RequestId>{request_id}</RequestId>"
                f"<HostId>host</HostId></Error>"), {"x-amz-request-id": request_id, "x-amz-id-2": "host"}
    if protocol == "json":
        key = rng.choice(["message", "Message"])
        return json.dumps({"__type": code, key: message}), {"x-amzn-RequestId": request_id}
    # rest-json: the code in a header, or in the body
    if rng.random() < 0.5:
        return json.dumps({"message": message}), {"x-amzn-RequestId": request_id, "x-amzn-ErrorType": code}
    return json.dumps({"code": code, "message": message}), {"x-amzn-RequestId": request_id}


def error_cases(rng):
    cases = []
    retry = StandardRetryConditions()
    for protocol, samples in ERROR_SAMPLES.items():
        service, operation = SERVICE_OF[protocol]
        model = service_model(service)
        operation_model = model.operation_model(operation)
        # Bodies that say nothing: S3's HEAD 404 (and an empty JSON 404), a proxy's HTML page,
        # an empty 502. (An EC2/query 4xx without a body makes botocore raise instead.)
        special = [(503, None, None, "<html><body>Service Unavailable</body></html>"), (502, None, None, "")]
        if protocol in ("rest-xml", "json", "rest-json"):
            special.append((404, None, None, ""))
        for index, (status, code, message, *raw) in enumerate(samples + special):
            request_id = f"req-{protocol}-{index}"
            if code is None:
                body, headers = raw[0], {}
                if protocol == "rest-xml":
                    headers = {"x-amz-request-id": request_id}
            else:
                body, headers = error_body(protocol, code, message, request_id, rng)
            http_headers = HTTPHeaderDict(headers)
            parsed = cli_parser(protocol).parse({"body": body.encode(), "headers": http_headers,
                                                 "status_code": status}, operation_model.output_shape)
            context = RetryContext(attempt_number=1, operation_model=operation_model, parsed_response=parsed,
                                   http_response=type("R", (), {"status_code": status})())
            cases.append({
                "name": f"{protocol}.{index}", "service": service, "operation": operation, "status": status,
                "headers": list(headers.items()), "body": base64.b64encode(body.encode()).decode(),
                "code": parsed["Error"].get("Code", ""), "message": parsed["Error"].get("Message", ""),
                "requestId": parsed.get("ResponseMetadata", {}).get("RequestId", "") or headers.get(
                    "x-amz-request-id", ""),
                "retryable": retry.is_retryable(context),
                "cliText": str(ClientError(parsed, operation)),
            })
    return cases


def float_cases(rng):
    cases = []
    for _ in range(2000):
        kind = rng.random()
        if kind < 0.4:
            value = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        elif kind < 0.7:
            value = rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
        else:
            value = round(rng.uniform(0, 10**rng.randint(0, 18)), rng.randint(0, 8))
        if value != value or value in (float("inf"), float("-inf")):
            continue
        cases.append([struct.pack(">d", value).hex(), repr(value)])
    return cases


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-operation", type=float, default=1.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    json.dump({"outputs": output_cases(rng, args.per_operation), "errors": error_cases(rng),
               "floats": float_cases(rng)}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
