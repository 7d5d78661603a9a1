#!/usr/bin/env python3
"""A local fake of the AWS import APIs that moto lacks, for the integration tests.

    import_fake.py --moto-state PATH [--host 127.0.0.1] [--port N] [--step-seconds S]

One port serves
  * EC2 (Query protocol, POST/GET /, Action=...): ImportImage, ImportSnapshot,
    DescribeImportImageTasks, DescribeImportSnapshotTasks, CancelImportTask. Every other EC2
    action (CreateTags, RegisterImage, DescribeImages, DescribeRegions, ...) and every other
    service is forwarded byte for byte to moto_server, Host and Authorization included, so
    moto checks the original signature and one endpoint serves the whole import flow.
  * Image Builder (rest-json): ImportDiskImage, GetImage, CancelImageCreation,
    ListInfrastructureConfigurations.
  * control endpoints under /_fake/ (no signature): health, config, error injection, failure
    rules added one at a time (failures), the
    recorded requests, extra credentials and infrastructure configurations.

Requests are checked the way AWS checks them: SigV4 signature (botocore's SigV4Auth
recomputed over what was received), clock skew, then the input against botocore's own service
model (unknown parameter, type, enum, pattern, range, required). Responses are built from the
model's output shapes and validated against them before they are sent.

Tasks advance through the real stages lazily when they are described: one stage per
`stepSeconds`, or, with stepSeconds 0 (the test switch, `--step-seconds 0` or
POST /_fake/config {"stepSeconds": 0}), one stage per Describe*/GetImage call that returns the
task. On completion the snapshot(s) and the AMI are created in moto.

Where a wire detail of real AWS could not be verified, the comment says "(unverified)".
How to compare with the AWS CLI: see test_import_fake.py, AwsCliTest.
"""

import argparse
import base64
import calendar
import hashlib
import hmac
import http.client
import json
import logging
import math
import re
import secrets
import threading
import time
import uuid
from decimal import Decimal
from email.utils import formatdate
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape

import boto3
import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, HTTPHeaders
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from botocore.validate import ParamValidator
from flask import Flask, Response, has_request_context, request
from werkzeug.serving import WSGIRequestHandler, make_server

log = logging.getLogger("import_fake")

EC2_XMLNS = "http://ec2.amazonaws.com/doc/2016-11-15/"
SESSION = botocore.session.get_session()
EC2_MODEL = SESSION.get_service_model("ec2")
IB_MODEL = SESSION.get_service_model("imagebuilder")
EC2_EMULATED = {"ImportImage", "ImportSnapshot", "DescribeImportImageTasks",
                "DescribeImportSnapshotTasks", "CancelImportTask"}
IB_EMULATED = {"ImportDiskImage", "GetImage", "CancelImageCreation",
               "ListInfrastructureConfigurations"}
# (method, path) -> Image Builder operation, from the model's http traits.
IB_ROUTES = {(IB_MODEL.operation_model(op).http["method"],
              IB_MODEL.operation_model(op).http["requestUri"].split("?")[0]): op
             for op in IB_MODEL.operation_names}
MAX_SKEW_SECONDS = 300  # SigV4: a request more than 5 minutes off is refused
GIB = 1024 ** 3

# Stages as seen in real DescribeImportImageTasks output: Status stays "active", the phase is
# in StatusMessage, Progress is a string (facts file 1.6; awscli examples show "2" pending and
# "28" converting). The "validating" figure is (unverified).
IMAGE_STAGES = [("pending", "2"), ("validating", "12"), ("converting", "28"),
                ("updating", "41"), ("booting", "62"), ("preparing ami", "83")]
# ImportSnapshot: pending "3" (awscli example) -> downloading/converting (facts 1.6, 3/16).
SNAPSHOT_STAGES = [("pending", "3"), ("downloading/converting", "19"),
                   ("downloading/converting", "42"), ("downloading/converting", "73")]
IB_STAGES = ["PENDING", "CREATING", "BUILDING", "TESTING", "DISTRIBUTING", "INTEGRATING"]


class ApiError(Exception):
    """An AWS error response: code, message, HTTP status."""

    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def utc_iso(t, millis=True):
    base = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t))
    return base + (".%03dZ" % int((t % 1) * 1000) if millis else "Z")


def java_double(x):
    """Doubles as AWS's Java back ends print them (Double.toString): 705638400 becomes
    "7.056384E8" (facts file 1.6 cites "3.115815424E9"), small values "0.0", "1.5"."""
    x = float(x)
    if x == 0 or 1e-3 <= abs(x) < 1e7:
        return repr(x)
    sign, digits, exponent = Decimal(repr(x)).normalize().as_tuple()
    text = "".join(map(str, digits))
    mantissa = text[0] + "." + (text[1:] or "0")
    return ("-" if sign else "") + mantissa + "E" + str(len(digits) - 1 + exponent)


# ----------------------------------------------------------------------------------------------
# Input: EC2 Query parameters back into the model's structure

def ec2_wire_name(shape, member_name):
    # Mirrors botocore's EC2Serializer._get_serialized_name: queryName, else the capitalised
    # locationName, else the member name. List members' own locationName is ignored on input.
    if "queryName" in shape.serialization:
        return shape.serialization["queryName"]
    if "name" in shape.serialization:
        name = shape.serialization["name"]
        return name[0].upper() + name[1:]
    return member_name


def _ec2_scalar(shape, text, key):
    def invalid(expected):
        # Wording (unverified); code InvalidParameterValue per the EC2 error list.
        return ApiError("InvalidParameterValue",
                        f"Value ({text}) for parameter {key} is invalid. Expected: '{expected}'.")
    t = shape.type_name
    if t == "boolean":
        if text.lower() not in ("true", "false"):
            raise invalid("boolean")
        return text.lower() == "true"
    if t in ("integer", "long"):
        if not re.fullmatch(r"-?\d+", text):
            raise invalid("integer")
        return int(text)
    if t in ("double", "float"):
        try:
            return float(text)
        except ValueError:
            raise invalid("double") from None
    if t == "timestamp":
        for fmt in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ"):
            try:
                return calendar.timegm(time.strptime(text, fmt))
            except ValueError:
                pass
        raise invalid("ISO-8601 timestamp")
    if getattr(shape, "enum", None) and text not in shape.enum:
        raise invalid(" | ".join(shape.enum))
    return text


def parse_ec2_value(shape, flat, key, used):
    t = shape.type_name
    if t == "structure":
        if not any(k.startswith(key + ".") for k in flat):
            return None
        return parse_ec2_structure(shape, flat, key + ".", used)
    if t == "list":
        pattern = re.compile(re.escape(key) + r"\.([1-9]\d*)(?:\.|$)")
        indices = sorted({int(m.group(1)) for k in flat for m in [pattern.match(k)] if m})
        values = [parse_ec2_value(shape.member, flat, f"{key}.{i}", used) for i in indices]
        return [v for v in values if v is not None] or None
    if key not in flat:
        return None
    used.add(key)
    return _ec2_scalar(shape, flat[key], key)


def parse_ec2_structure(shape, flat, prefix, used):
    result = {}
    for name, member in shape.members.items():
        value = parse_ec2_value(member, flat, prefix + ec2_wire_name(member, name), used)
        if value is not None:
            result[name] = value
    return result


def parse_ec2_input(operation, flat):
    used = {"Action", "Version"}
    parsed = parse_ec2_structure(operation.input_shape, flat, "", used)
    unknown = sorted(set(flat) - used)
    if unknown:
        # Real wording: "The parameter ClientToken is not recognized" (boto/boto3#2905).
        raise ApiError("UnknownParameter", f"The parameter {unknown[0]} is not recognized")
    for name in operation.input_shape.required_members:
        if name not in parsed:
            raise ApiError("MissingParameter", f"The request must contain the parameter {name}")
    return parsed


# ----------------------------------------------------------------------------------------------
# Input: rest-json bodies and query strings against the model

def validate_json(shape, value, path):
    """Raises the Image Builder error for the first violation. Real wording for a bad value:
    "The value supplied for parameter 'distributions[0]' is not valid." (terraform-provider-aws
    #17409). Missing-member and unknown-member codes and wording are (unverified); unknown
    members are refused although a real service may ignore them, so client typos surface."""
    def bad():
        return ApiError("InvalidParameterValueException",
                        f"The value supplied for parameter '{path}' is not valid.")
    t, meta = shape.type_name, shape.metadata
    if t == "structure":
        if not isinstance(value, dict):
            raise bad()
        for key in value:
            if key not in shape.members:
                raise ApiError("InvalidRequestException",
                               f"Unrecognized field '{path + '.' if path else ''}{key}'.")
        for key in shape.required_members:
            if value.get(key) is None:
                raise ApiError("InvalidRequestException",
                               f"The following required parameter(s) are missing: "
                               f"{path + '.' if path else ''}{key}")
        for key, item in value.items():
            if item is not None:
                validate_json(shape.members[key], item, f"{path}.{key}" if path else key)
        return
    if t in ("list", "map"):
        if not isinstance(value, list if t == "list" else dict):
            raise bad()
        if not meta.get("min", 0) <= len(value) <= meta.get("max", math.inf):
            raise bad()
        if t == "list":
            for i, item in enumerate(value):
                validate_json(shape.member, item, f"{path}[{i}]")
        else:
            for key, item in value.items():
                validate_json(shape.key, key, f"{path}.{key}")
                validate_json(shape.value, item, f"{path}.{key}")
        return
    if t == "string":
        if not isinstance(value, str) or not meta.get("min", 0) <= len(value) <= meta.get(
                "max", math.inf):
            raise bad()
        if "pattern" in meta and not re.search(meta["pattern"], value):
            raise bad()
        if getattr(shape, "enum", None) and value not in shape.enum:
            raise bad()
    elif t in ("integer", "long"):
        if isinstance(value, bool) or not isinstance(value, int) or not meta.get(
                "min", -math.inf) <= value <= meta.get("max", math.inf):
            raise bad()
    elif t == "boolean" and not isinstance(value, bool):
        raise bad()
    elif t in ("double", "float", "timestamp") and (
            isinstance(value, bool) or not isinstance(value, (int, float, str))):
        raise bad()


def parse_ib_input(operation, query, body):
    shape = operation.input_shape
    params = {}
    if body.strip():
        try:
            params = json.loads(body)
        except ValueError:
            raise ApiError("SerializationException", "Could not parse the request body.") from None
    if not isinstance(params, dict):
        raise ApiError("SerializationException", "The request body must be a JSON object.")
    for name, member in shape.members.items():
        location = member.serialization.get("location")
        if location and name in params:  # e.g. GetImage's ARN belongs in the query string
            raise ApiError("InvalidRequestException", f"Unrecognized field '{name}'.")
        if location == "querystring":
            wire = member.serialization.get("name", name)
            if wire in query:
                params[name] = query.pop(wire)
    if query:
        raise ApiError("InvalidRequestException",
                       f"Unrecognized query parameter '{sorted(query)[0]}'.")
    validate_json(shape, params, "")
    return params


# ----------------------------------------------------------------------------------------------
# Output: model-shaped XML (EC2) and a check that every response fits the output shape

def prune(value):
    """Drops members that are None: absent members are absent on the wire."""
    if isinstance(value, dict):
        return {k: prune(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


def check_output(shape, value):
    """Refuses to send what the model's output shape does not allow (a bug in the fake)."""
    report = ParamValidator().validate(value, shape)
    if report.has_errors():
        raise RuntimeError("response does not fit the model: " + report.generate_report())


def _xml_member(shape, tag, value, depth):
    pad = "    " * depth
    t = shape.type_name
    if t == "structure":
        return [f"{pad}<{tag}>"] + _xml_members(shape, value, depth + 1) + [f"{pad}</{tag}>"]
    if t == "list":
        item_tag = shape.member.serialization.get("name", "item")
        lines = [f"{pad}<{tag}>"]
        for item in value:
            lines += _xml_member(shape.member, item_tag, item, depth + 1)
        return lines + [f"{pad}</{tag}>"]
    if t == "boolean":
        text = "true" if value else "false"
    elif t in ("double", "float"):
        text = java_double(value)
    else:
        text = str(value)
    return [f"{pad}<{tag}>{escape(text)}</{tag}>"]


def _xml_members(shape, value, depth):
    lines = []
    for name, member in shape.members.items():
        if value.get(name) is None:
            continue  # absent members are absent
        if value[name] == []:
            # An empty result set is an empty element, as EC2's Describe* calls send it
            # (<importImageTaskSet/>, botocore parses it to []); empty nested lists are left
            # out (unverified which of the two EC2 does for the tagSet of an import task).
            if depth == 1:
                lines.append("    " * depth + f"<{member.serialization.get('name', name)}/>")
            continue
        lines += _xml_member(member, member.serialization.get("name", name), value[name], depth)
    return lines


def ec2_response(action, result, request_id):
    shape = EC2_MODEL.operation_model(action).output_shape
    result = prune(result)
    check_output(shape, result)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<{action}Response xmlns="{EC2_XMLNS}">',
             f"    <requestId>{request_id}</requestId>"]
    lines += _xml_members(shape, result, 1) + [f"</{action}Response>"]
    return Response("\n".join(lines) + "\n", 200, content_type="text/xml;charset=UTF-8")


def ec2_error(err, request_id):
    # The EC2 error envelope: <Response><Errors>..., RequestID with capital D (facts 1.1).
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error>'
            f"<Code>{escape(err.code)}</Code><Message>{escape(err.message)}</Message>"
            f"</Error></Errors><RequestID>{request_id}</RequestID></Response>")
    return Response(body, err.status, content_type="text/xml;charset=UTF-8")


def ib_error(err, request_id):
    # rest-json errors: the code in x-amzn-ErrorType, {"message": ...} in the body (facts 1.7).
    return Response(json.dumps({"message": err.message}), err.status,
                    content_type="application/json",
                    headers={"x-amzn-ErrorType": err.code, "x-amzn-RequestId": request_id})


def ib_status(code):
    """HTTP status of an Image Builder exception as its model declares it."""
    try:
        return IB_MODEL.shape_for(code).metadata["error"]["httpStatusCode"]
    except Exception:  # noqa: BLE001 - codes outside the model (auth) come with their own
        return 400


# ----------------------------------------------------------------------------------------------
# SigV4 verification

class _ReceivedSigV4(SigV4Auth):
    """botocore's signer, told to canonicalise exactly the headers the client says it signed
    (botocore would otherwise pick headers by its own rules)."""

    def __init__(self, credentials, service, region, signed_names, received_headers):
        super().__init__(credentials, service, region)
        self._signed = signed_names
        self._received = received_headers

    def headers_to_sign(self, request):
        headers = HTTPHeaders()
        for name in self._signed:
            for value in self._received.getlist(name):
                headers[name] = value
        return headers


AUTH_RE = re.compile(r"AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),"
                     r"\s*Signature=([0-9a-f]{64})$")


def auth_errors(service):
    """Auth failure -> error per service. EC2: AuthFailure 401 for an unknown key and a wrong
    signature alike (aws/aws-sdk-java#519), RequestExpired 400 "Request has expired." on skew
    (aws/aws-sdk-go-v2#1674); missing/malformed wording from the EC2 error list. Image Builder
    uses the generic AWS JSON-service codes (UnrecognizedClientException,
    InvalidSignatureException with "Signature expired: ..."); (unverified) for Image Builder in
    particular, and so are its codes for missing/malformed headers."""
    if service == "ec2":
        return {
            "missing": ("MissingAuthenticationToken", 401, "The request must contain either a "
                        "valid (registered) AWS access key ID or X.509 certificate."),
            "malformed": ("IncompleteSignature", 400,
                          "The request signature does not conform to AWS standards."),
            "unknown": ("AuthFailure", 401,
                        "AWS was not able to validate the provided access credentials"),
            "signature": ("AuthFailure", 401,
                          "AWS was not able to validate the provided access credentials"),
            "expired": ("RequestExpired", 400, "Request has expired."),
            "future": ("RequestExpired", 400, "Request has expired."),
        }
    sig_text = ("The request signature we calculated does not match the signature you "
                "provided. Check your AWS Secret Access Key and signing method. Consult the "
                "service documentation for details.")
    return {
        "missing": ("MissingAuthenticationTokenException", 403, "Missing Authentication Token"),
        "malformed": ("IncompleteSignatureException", 403,
                      "Authorization header requires 'Credential', 'Signature' and "
                      "'SignedHeaders' parameters."),
        "unknown": ("UnrecognizedClientException", 403,
                    "The security token included in the request is invalid."),
        "signature": ("InvalidSignatureException", 403, sig_text),
        "expired": ("InvalidSignatureException", 403,
                    "Signature expired: {t} is now earlier than {edge} ({now} - 5 min.)"),
        "future": ("InvalidSignatureException", 403,
                   "Signature not yet current: {t} is still later than {edge} ({now} + 5 min.)"),
    }


def verify_sigv4(service, credentials, now, body):
    """Checks the received request's signature; returns (access key id, region)."""
    errors = auth_errors(service)

    def fail(kind, **fmt):
        code, status, message = errors[kind]
        raise ApiError(code, message.format(**fmt), status)

    # Header authentication only (no presigned query strings), long-term keys only: a session
    # token is accepted as a signed header but not looked up, so STS temporary keys fail.
    header = request.headers.get("Authorization")
    if not header:
        fail("missing")
    match = AUTH_RE.match(header.strip())
    if not match:
        fail("malformed")
    scope = match.group(1).split("/")
    signed = match.group(2).split(";")
    # SigV4 allows the Date header instead of X-Amz-Date; SDKs send X-Amz-Date, so do we.
    amz_date = request.headers.get("X-Amz-Date", "")
    try:
        signed_at = calendar.timegm(time.strptime(amz_date, "%Y%m%dT%H%M%SZ"))
    except ValueError:
        signed_at = None
    if (len(scope) != 5 or scope[4] != "aws4_request" or "host" not in signed
            or signed_at is None or amz_date[:8] != scope[1]):
        fail("malformed")
    key_id, _date, region, scope_service = scope[0], scope[1], scope[2], scope[3]
    if key_id not in credentials:
        fail("unknown")
    stamp = lambda t: time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(t))  # noqa: E731
    if signed_at < now - MAX_SKEW_SECONDS:
        fail("expired", t=amz_date, edge=stamp(now - MAX_SKEW_SECONDS), now=stamp(now))
    if signed_at > now + MAX_SKEW_SECONDS:
        fail("future", t=amz_date, edge=stamp(now + MAX_SKEW_SECONDS), now=stamp(now))
    claimed = request.headers.get("X-Amz-Content-SHA256")
    if claimed and not claimed.startswith(("UNSIGNED", "STREAMING")) and \
            claimed != hashlib.sha256(body).hexdigest():
        fail("signature")
    raw_uri = request.environ.get("RAW_URI") or request.full_path
    path, _, query = raw_uri.partition("?")
    aws_request = AWSRequest(method=request.method, url=f"http://{request.host}{path}",
                             data=body, params=parse_qsl(query, keep_blank_values=True))
    secret, _account = credentials[key_id]
    signer = _ReceivedSigV4(Credentials(key_id, secret), scope_service, region, signed,
                            request.headers)
    aws_request.context["timestamp"] = amz_date
    if request.headers.get("X-Amz-Content-SHA256"):
        aws_request.headers["X-Amz-Content-SHA256"] = request.headers["X-Amz-Content-SHA256"]
    canonical = signer.canonical_request(aws_request)
    expected = signer.signature(signer.string_to_sign(aws_request, canonical), aws_request)
    if scope_service != service or not hmac.compare_digest(expected, match.group(3)):
        fail("signature")
    return key_id, region


def scope_service():
    match = AUTH_RE.match(request.headers.get("Authorization", "").strip())
    parts = match.group(1).split("/") if match else []
    return parts[3] if len(parts) == 5 else None


# ----------------------------------------------------------------------------------------------
# Moto: S3 and IAM look-ups, snapshots and AMIs for finished tasks, raw forwarding

class Moto:
    HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade",
                  "proxy-authorization", "proxy-authenticate", "trailer"}

    def __init__(self, state):
        self.endpoint = state["endpoint"]
        self._key = (state["accessKeyId"], state["secretAccessKey"])
        self._clients = {}

    def client(self, service, region):
        if (service, region) not in self._clients:
            self._clients[(service, region)] = boto3.client(
                service, endpoint_url=self.endpoint, region_name=region,
                aws_access_key_id=self._key[0], aws_secret_access_key=self._key[1],
                config=Config(retries={"max_attempts": 2}))
        return self._clients[(service, region)]

    def object_size(self, region, bucket, key):
        """Size of s3://bucket/key, or the synchronous EC2 error. Wording from facts file 3/8
        ("The given S3 bucket is not local to the Region" / "Invalid S3 source location");
        which text AWS sends for a missing key in particular is (unverified)."""
        s3 = self.client("s3", region)
        try:
            location = s3.head_bucket(Bucket=bucket)["ResponseMetadata"]["HTTPHeaders"]
            if location.get("x-amz-bucket-region", region) != region:
                raise ApiError("InvalidParameter",
                               "The given S3 bucket is not local to the region.")
            return s3.head_object(Bucket=bucket, Key=key)["ContentLength"]
        except ClientError:
            raise ApiError("InvalidParameter", "Invalid S3 source location") from None

    def role_usable(self, role_name):
        """The vmimport role must exist and trust vmie.amazonaws.com (facts file 2.5)."""
        try:
            role = self.client("iam", "us-east-1").get_role(RoleName=role_name)["Role"]
        except ClientError:
            return False
        policy = role.get("AssumeRolePolicyDocument") or {}
        if isinstance(policy, str):
            policy = json.loads(policy)
        for statement in policy.get("Statement", []):
            services = (statement.get("Principal") or {}).get("Service", [])
            services = [services] if isinstance(services, str) else services
            actions = statement.get("Action", [])
            actions = [actions] if isinstance(actions, str) else actions
            if (statement.get("Effect") == "Allow" and "vmie.amazonaws.com" in services
                    and "sts:AssumeRole" in actions):
                return True
        return False

    def snapshot_exists(self, region, snapshot_id):
        try:
            self.client("ec2", region).describe_snapshots(SnapshotIds=[snapshot_id])
            return True
        except ClientError:
            return False

    def create_snapshot(self, region, size_bytes, description, encrypted=False):
        ec2 = self.client("ec2", region)
        volume = ec2.create_volume(AvailabilityZone=region + "a", Encrypted=bool(encrypted),
                                   Size=max(1, math.ceil(size_bytes / GIB)))
        snapshot = ec2.create_snapshot(VolumeId=volume["VolumeId"], Description=description)
        ec2.delete_volume(VolumeId=volume["VolumeId"])
        return snapshot["SnapshotId"]

    def register_image(self, region, name, description):
        """Registers an AMI; returns (image id, root snapshot id). moto's RegisterImage ignores
        BlockDeviceMappings and makes its own root snapshot, so we report that one."""
        ec2 = self.client("ec2", region)
        image_id = ec2.register_image(Name=name, Description=description,
                                      RootDeviceName="/dev/sda1",
                                      Architecture="x86_64")["ImageId"]
        image = ec2.describe_images(ImageIds=[image_id])["Images"][0]
        roots = [m["Ebs"]["SnapshotId"] for m in image.get("BlockDeviceMappings", [])
                 if "Ebs" in m and m["Ebs"].get("SnapshotId")]
        return image_id, (roots[0] if roots else None)

    def forward(self, body):
        """Sends the received request unchanged to moto and returns moto's answer."""
        parts = urlsplit(self.endpoint)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        try:
            connection.putrequest(request.method, request.environ.get("RAW_URI") or
                                  request.full_path, skip_host=True, skip_accept_encoding=True)
            for name, value in request.headers.items():
                if name.lower() not in self.HOP_BY_HOP and name.lower() != "content-length":
                    connection.putheader(name, value)
            connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            reply = connection.getresponse()
            data = reply.read()
            headers = [(k, v) for k, v in reply.getheaders()
                       if k.lower() not in self.HOP_BY_HOP | {"content-length", "date", "server"}]
            return Response(data, reply.status, headers=headers)
        finally:
            connection.close()


# ----------------------------------------------------------------------------------------------
# State

class State:
    """Everything the fake remembers. One lock: requests are few and tests are small."""

    def __init__(self, moto, moto_state, step_seconds):
        self.lock = threading.RLock()
        self.moto = moto
        account = moto_state.get("userArn", "arn:aws:iam::123456789012:user/x").split(":")[4]
        self.region = moto_state["region"]
        # access key id -> (secret, account id). The moto test user's key, plus any added
        # through /_fake/credentials (to prove tasks are per account).
        self.credentials = {moto_state["accessKeyId"]: (moto_state["secretAccessKey"], account)}
        self.config = {"stepSeconds": step_seconds, "clockOffsetSeconds": 0,
                       "requireServiceRole": True, "failures": [],
                       # Limit the two switches above to one test's clients (see scoped()).
                       "stepSecondsUserAgent": "", "clockOffsetSecondsUserAgent": ""}
        self.defaults = dict(self.config)
        self.tasks = {}            # import task id -> task
        self.tokens = {}           # (account, region, action, token) -> (fingerprint, result key)
        self.images = {}           # image build version arn -> Image Builder image
        self.build_numbers = {}    # (account, region, name, version) -> last build number
        self.infra_configs = []    # Image Builder infrastructure configurations
        self.injections = []
        # Failure rules added one by one (POST /_fake/failures); unlike config "failures" no
        # test replaces another's, so concurrent tests scope rules by their own S3 keys.
        self.scoped_failures = []
        self.requests = []
        self.next_seq = 1
        self.add_infra_config(account, self.region, "vmimport-tests",
                              "Infrastructure for the VM import tests")

    def scoped(self, key, user_agent=None):
        """A switch of the config as it applies to a request (the one being served unless
        user_agent is given): when the config also names "<key>UserAgent", only requests whose
        User-Agent contains it see the value; every other request sees the value the server
        started with. Tests run concurrently against one fake, so a test turns a switch on for
        its own clients only."""
        agent = self.config.get(key + "UserAgent", "")
        if user_agent is None and has_request_context():
            user_agent = request.headers.get("User-Agent", "")
        if agent and agent not in (user_agent or ""):
            return self.defaults[key]
        return self.config[key]

    def now(self, user_agent=None):
        return time.time() + self.scoped("clockOffsetSeconds", user_agent)

    def add_infra_config(self, account, region, name, description=None):
        arn = (f"arn:aws:imagebuilder:{region}:{account}:infrastructure-configuration/"
               f"{name.lower().replace(' ', '-')}")
        created = utc_iso(time.time())
        config = {"arn": arn, "name": name, "dateCreated": created, "dateUpdated": created,
                  "instanceTypes": ["m5.large"],
                  "instanceProfileName": "EC2InstanceProfileForImageBuilder"}
        if description:
            config["description"] = description
        self.infra_configs.append(config)
        return config


def new_id(prefix):
    return prefix + secrets.token_hex(9)[:17]


def fingerprint(params):
    return json.dumps({k: v for k, v in params.items() if k not in ("DryRun", "ClientToken",
                                                                     "clientToken")},
                      sort_keys=True, default=str)


def steps_due(state, task, on_read):
    """How many stages a task moves now. Fast mode: one after each read that returned it, so
    every stage is seen once. Otherwise one per stepSeconds elapsed."""
    step = task["stepSeconds"]
    if step <= 0:
        return 1 if on_read else 0
    due = int((time.time() - task["lastStep"]) // step)
    task["lastStep"] += due * step
    return due


def failure_rule(state, task):
    """The failure rule for a task: the first whose keyContains is in one of its sources. A
    rule with "tasks": N fails only the first N tasks it matches (a retry then succeeds)."""
    for rule in state.config["failures"] + state.scoped_failures:
        if not any(rule.get("keyContains", "\0") in source for source in task["sources"]):
            continue
        if "tasks" in rule:
            failed = rule.setdefault("_failedTasks", [])
            if id(task) not in failed:
                if len(failed) >= rule["tasks"]:
                    continue
                failed.append(id(task))
        return rule
    return None


# ----------------------------------------------------------------------------------------------
# EC2 import tasks

def s3_location(container):
    """(bucket, key) of a disk container's UserBucket or s3:// Url; None for https/snapshots."""
    if "UserBucket" in container:
        bucket = container["UserBucket"]
        for member in ("S3Bucket", "S3Key"):
            if not bucket.get(member):
                raise ApiError("MissingParameter",
                               f"The request must contain the parameter UserBucket.{member}")
        return bucket["S3Bucket"], bucket["S3Key"]
    url = container.get("Url", "")
    if url.startswith("s3://"):
        bucket, _, key = url[5:].partition("/")
        if bucket and key:
            return bucket, key
    if url.startswith("https://"):
        return None  # a presigned URL: nothing in moto to check it against
    if container.get("SnapshotId"):
        return None
    # (unverified) wording; real EC2 refuses a container without a usable source.
    raise ApiError("InvalidParameter", "Invalid S3 source location")


def check_import_request(state, ctx, action, params):
    """The synchronous checks of ImportImage/ImportSnapshot after model validation. Codes per
    facts file 1.8 and 3; messages marked where (unverified)."""
    if action == "ImportImage":
        containers = params.get("DiskContainers")
        if not containers:
            raise ApiError("MissingParameter",
                           "The request must contain the parameter DiskContainer")
        arch = params.get("Architecture")
        if arch is not None and arch not in ("i386", "x86_64"):
            # hashicorp/packer-plugin-amazon#264: "architecture=arm64 has an invalid format"
            raise ApiError("InvalidParameter",
                           f"Parameter architecture={arch} has an invalid format.")
        if params.get("BootMode") == "uefi-preferred":
            # Model doc: not supported for importing images; the text is (unverified).
            raise ApiError("InvalidParameter", "Parameter bootMode=uefi-preferred is not supported "
                           "for importing images.")
        if params.get("LicenseType") and params.get("UsageOperation"):
            # "Specifying values for both parameters will return an error" (facts 2.6); the
            # code is (unverified).
            raise ApiError("InvalidParameterCombination",
                           "You can specify either LicenseType or UsageOperation, not both.")
        kind = "import-image-task"
    else:
        if "DiskContainer" not in params:
            raise ApiError("MissingParameter",
                           "The request must contain the parameter DiskContainer")
        containers = [params["DiskContainer"]]
        kind = "import-snapshot-task"
    if params.get("KmsKeyId") and not params.get("Encrypted"):
        # Model doc: "If a KmsKeyId is specified, the Encrypted flag must also be set"; the
        # code is (unverified).
        raise ApiError("InvalidParameterCombination",
                       "KmsKeyId can only be specified when Encrypted is true.")
    for spec in params.get("TagSpecifications", []):
        if spec.get("ResourceType") != kind:
            # The usual EC2 wording for a wrong ResourceType in TagSpecifications.
            raise ApiError("InvalidParameterValue", f"'{spec.get('ResourceType')}' is not a "
                           "valid taggable resource type for this operation.")
    disks = []
    for container in containers:
        location = s3_location(container)
        if container.get("SnapshotId") and not location:
            if not state.moto.snapshot_exists(ctx["region"], container["SnapshotId"]):
                raise ApiError("InvalidSnapshot.NotFound",
                               f"The snapshot '{container['SnapshotId']}' does not exist.")
            disks.append({"container": container, "size": GIB, "source": container["SnapshotId"]})
            continue
        size = state.moto.object_size(ctx["region"], *location) if location else GIB
        source = f"s3://{location[0]}/{location[1]}" if location else container["Url"]
        disks.append({"container": container, "size": size, "source": source})
    if state.config["requireServiceRole"]:
        role = params.get("RoleName", "vmimport")
        if not state.moto.role_usable(role):
            # Exact text Terraform matches (facts file 1.8 / 2.5).
            raise ApiError("InvalidParameter", f"The service role {role} provided does not exist "
                           "or does not have sufficient permissions")
    return disks


def create_import_task(state, ctx, action, params, disks):
    kind = "image" if action == "ImportImage" else "snapshot"
    task = {"kind": kind, "id": new_id("import-ami-" if kind == "image" else "import-snap-"),
            "account": ctx["account"], "region": ctx["region"], "params": params,
            "disks": disks, "sources": [d["source"] for d in disks], "stage": 0,
            "status": "active", "message": None, "created": time.time(),
            "lastStep": time.time(), "stepSeconds": state.scoped("stepSeconds"),
            "imageId": None, "snapshotIds": []}
    state.tasks[task["id"]] = task
    return task


def advance_import_task(state, task, on_read):
    stages = IMAGE_STAGES if task["kind"] == "image" else SNAPSHOT_STAGES
    for _ in range(steps_due(state, task, on_read)):
        if task["status"] == "deleting":
            task["status"] = "deleted"
        if task["status"] != "active":
            return
        rule = failure_rule(state, task)
        if task["stage"] + 1 < len(stages):
            task["stage"] += 1
            if rule and rule.get("stage", stages[1][0]) == stages[task["stage"]][0]:
                # A failed import ends "deleted" with "ClientError: ..." (facts file 1.6).
                task["status"], task["message"] = "deleting", rule.get(
                    "message", "ClientError: Unknown OS / Missing OS files.")
        else:
            complete_import_task(state, task)


def complete_import_task(state, task):
    region, params = task["region"], task["params"]
    encrypted = params.get("Encrypted", False)
    if task["kind"] == "image":
        # Imported AMIs are named after the task (unverified for every Region).
        task["imageId"], root = state.moto.register_image(
            region, task["id"], params.get("Description", f"AWS-VMImport service: {task['id']}"))
        task["snapshotIds"] = [root or state.moto.create_snapshot(
            region, task["disks"][0]["size"], f"Created by AWS-VMImport service for {task['id']}",
            encrypted)]
        disks = task["disks"][1:]
    else:
        disks = task["disks"]
    for disk in disks:
        task["snapshotIds"].append(state.moto.create_snapshot(
            region, disk["size"], f"Created by AWS-VMImport service for {task['id']}", encrypted))
    task["status"] = "completed"


def render_disk(task, index, disk, for_snapshot_task):
    container, stage, done = disk["container"], task["stage"], task["status"] == "completed"
    out = {k: container[k] for k in ("Description", "Format", "Url") if k in container}
    if "UserBucket" in container:
        out["UserBucket"] = dict(container["UserBucket"])
    # Size 0.0 until the disk is read, then bytes (awscli examples, facts file 1.6).
    out["DiskImageSize"] = float(disk["size"]) if stage >= 1 or done else 0.0
    if done:
        out["SnapshotId"] = task["snapshotIds"][index]
        out["Status"] = "completed"
        if not for_snapshot_task:
            out["DeviceName"] = "/dev/sda1" if index == 0 else "/dev/sd" + chr(ord("a") + index)
    elif not for_snapshot_task and stage >= 2 and task["status"] == "active":
        out["Status"] = "completed"  # per-disk status completes early (awscli example)
    elif not for_snapshot_task and stage >= 1 and task["status"] == "active":
        out["Status"] = "active"
    return out


def task_tags(task):
    """The task's tags (TagSpecifications tag the task only, facts file 6.7); None if none."""
    tags = [tag for spec in task["params"].get("TagSpecifications", [])
            for tag in spec.get("Tags", [])]
    return [dict(tag, Value=tag.get("Value", "")) for tag in tags] or None


def render_image_task(task):
    params, active = task["params"], task["status"] == "active"
    stage_name, progress = IMAGE_STAGES[task["stage"]]
    out = {"ImportTaskId": task["id"], "Status": task["status"]}
    for key in ("Description", "Encrypted", "Hypervisor", "KmsKeyId", "LicenseType", "Platform",
                "UsageOperation", "BootMode", "Architecture"):
        if key in params:
            out[key] = params[key]
    if task["stage"] >= 4 or task["status"] == "completed":
        # What VM Import "detects" once the VM booted; the fake always finds a Linux x86_64 VM.
        out.setdefault("Architecture", "x86_64")
        out.setdefault("Platform", "Linux")
        out.setdefault("LicenseType", "BYOL")
    if active:
        out["Progress"], out["StatusMessage"] = progress, stage_name
    elif task["message"]:
        out["StatusMessage"] = task["message"]
    if task["imageId"]:
        out["ImageId"] = task["imageId"]
    out["SnapshotDetails"] = [render_disk(task, i, d, False) for i, d in enumerate(task["disks"])]
    if "LicenseSpecifications" in params:
        out["LicenseSpecifications"] = params["LicenseSpecifications"]
    out["Tags"] = task_tags(task)
    return out


def render_snapshot_task(task):
    params = task["params"]
    detail = render_disk(task, 0, task["disks"][0], True)
    detail["Status"] = task["status"]
    if task["status"] == "active":
        detail["StatusMessage"], detail["Progress"] = SNAPSHOT_STAGES[task["stage"]]
    elif task["message"]:
        detail["StatusMessage"] = task["message"]
    for key in ("Encrypted", "KmsKeyId"):
        if key in params:
            detail[key] = params[key]
    out = {"ImportTaskId": task["id"], "SnapshotTaskDetail": detail, "Tags": task_tags(task)}
    if "Description" in params:
        out["Description"] = params["Description"]
    return out


def only_members(action, value):
    """Keeps the keys the operation's output shape has (ImportImageResult has no BootMode)."""
    return {k: v for k, v in value.items()
            if k in EC2_MODEL.operation_model(action).output_shape.members}


def ec2_import(state, ctx, action, params):
    token = params.get("ClientToken")
    key = (ctx["account"], ctx["region"], action, token)
    if token is not None:
        if len(token) > 64:
            raise ApiError("InvalidParameterValue", "ClientToken must be at most 64 characters.")
        if key in state.tokens:
            previous, task_id = state.tokens[key]
            if previous != fingerprint(params):
                # Code per EC2's idempotency page; wording (unverified).
                raise ApiError("IdempotentParameterMismatch",
                               f"Client token {token} was used before with different parameters.")
            task = state.tasks[task_id]
            return only_members(action, render_image_task(task) if task["kind"] == "image"
                                else render_snapshot_task(task))
    disks = check_import_request(state, ctx, action, params)
    task = create_import_task(state, ctx, action, params, disks)
    if token is not None:
        state.tokens[key] = (fingerprint(params), task["id"])
    return only_members(action, render_image_task(task) if task["kind"] == "image"
                        else render_snapshot_task(task))


def ec2_describe(state, ctx, action, params):
    kind = "image" if action == "DescribeImportImageTasks" else "snapshot"
    mine = [t for t in state.tasks.values() if t["kind"] == kind and
            (t["account"], t["region"]) == (ctx["account"], ctx["region"])]
    if params.get("ImportTaskIds"):
        by_id = {t["id"]: t for t in mine}
        for task_id in params["ImportTaskIds"]:
            if task_id not in by_id:
                # nodepool's AWS driver sees this code for a task that does not exist; the
                # wording is (unverified).
                raise ApiError("InvalidConversionTaskId.Malformed",
                               f"The ID '{task_id}' is not valid")
        mine = [by_id[i] for i in dict.fromkeys(params["ImportTaskIds"])]
    for flt in params.get("Filters", []):
        name, values = flt.get("Name", ""), flt.get("Values", [])
        if name == "task-state":
            mine = [t for t in mine if t["status"] in values]
        elif name.startswith("tag:"):
            mine = [t for t in mine if any(tag.get("Key") == name[4:] and tag["Value"] in values
                                           for tag in task_tags(t) or [])]
        elif name == "tag-key":
            mine = [t for t in mine if any(tag.get("Key") in values for tag in task_tags(t) or [])]
        else:
            raise ApiError("InvalidParameterValue", f"The filter '{name}' is invalid")
    start = 0
    if "NextToken" in params:
        try:
            start = json.loads(base64.urlsafe_b64decode(params["NextToken"]))["offset"]
        except (ValueError, KeyError, TypeError):
            raise ApiError("InvalidPaginationToken",
                           f"Invalid pagination token {params['NextToken']}") from None
    limit = params.get("MaxResults", 1000)
    if limit < 1:  # the model gives no bounds; (unverified) lower bound
        raise ApiError("InvalidParameterValue",
                       f"Value ({limit}) for parameter MaxResults is invalid.")
    page = mine[start:start + limit]
    render = render_image_task if kind == "image" else render_snapshot_task
    rendered = []
    # Fast mode moves a task a stage when it is asked for by id (how a client polls its own
    # tasks), not when it merely shows up in a listing: tests that list every task of the
    # account run concurrently with tests that watch their tasks stage by stage.
    asked_by_id = bool(params.get("ImportTaskIds"))
    for task in page:
        advance_import_task(state, task, on_read=False)  # catch up with the clock
        rendered.append(render(task))
        advance_import_task(state, task, on_read=asked_by_id)
    result = {("ImportImageTasks" if kind == "image" else "ImportSnapshotTasks"): rendered}
    if start + limit < len(mine):
        result["NextToken"] = base64.urlsafe_b64encode(
            json.dumps({"offset": start + limit}).encode()).decode()
    return result


def ec2_cancel(state, ctx, _action, params):
    if not params.get("ImportTaskId"):  # optional in the model, needed by the service
        raise ApiError("MissingParameter", "The request must contain the parameter ImportTaskId")
    task = state.tasks.get(params["ImportTaskId"])
    if not task or (task["account"], task["region"]) != (ctx["account"], ctx["region"]):
        raise ApiError("InvalidConversionTaskId.Malformed",
                       f"The ID '{params['ImportTaskId']}' is not valid")
    advance_import_task(state, task, on_read=False)
    if task["status"] != "active":
        # Code and wording (unverified).
        raise ApiError("IncorrectState", f"The import task {task['id']} is in state "
                       f"{task['status']} and cannot be cancelled.")
    task["status"] = "deleting"
    task["message"] = params.get("CancelReason", "User requested cancellation")  # (unverified)
    return {"ImportTaskId": task["id"], "PreviousState": "active", "State": "deleting"}


EC2_HANDLERS = {"ImportImage": ec2_import, "ImportSnapshot": ec2_import,
                "DescribeImportImageTasks": ec2_describe,
                "DescribeImportSnapshotTasks": ec2_describe, "CancelImportTask": ec2_cancel}


# ----------------------------------------------------------------------------------------------
# Image Builder

def ib_error_for(code, message):
    return ApiError(code, message, ib_status(code))


def ib_page(items, params, default_limit):
    start = 0
    if params.get("nextToken"):
        try:
            start = json.loads(base64.urlsafe_b64decode(params["nextToken"]))["offset"]
        except (ValueError, KeyError, TypeError):
            raise ib_error_for("InvalidPaginationTokenException",
                               "The pagination token is not valid.") from None
    limit = params.get("maxResults", default_limit)
    page = {"items": items[start:start + limit]}
    if start + limit < len(items):
        page["nextToken"] = base64.urlsafe_b64encode(
            json.dumps({"offset": start + limit}).encode()).decode()
    return page


def ib_idempotent(state, ctx, operation, params):
    """Same clientToken: same answer; same token, other parameters: mismatch (facts 1.10)."""
    key = (ctx["account"], ctx["region"], operation, params["clientToken"])
    if key in state.tokens:
        previous, result = state.tokens[key]
        if previous != fingerprint(params):
            raise ib_error_for("IdempotentParameterMismatchException",
                               "The client token was used before with different parameters.")
        return key, result
    return key, None


def find_image(state, ctx, arn):
    """An image by build version ARN, or the newest build of an image version ARN."""
    candidates = [i for i in state.images.values()
                  if (i["account"], i["region"]) == (ctx["account"], ctx["region"])]
    for image in candidates:
        if image["arn"] == arn:
            return image
    match = re.fullmatch(r"(arn:[^/]+/[a-z0-9-_]+)/([0-9x]+)\.([0-9x]+)\.([0-9x]+)", arn)
    if match:
        builds = [i for i in candidates if i["arn"].startswith(match.group(1) + "/") and all(
            want in ("x", have) for want, have in zip(match.groups()[1:],
                                                      i["params"]["semanticVersion"].split(".")))]
        if builds:
            return max(builds, key=lambda i: i["created"])
    # GetImage's model lists no not-found error; ResourceNotFoundException is (unverified).
    raise ib_error_for("ResourceNotFoundException", f"The resource '{arn}' was not found.")


def ib_import_disk_image(state, ctx, params, _request_id):
    key, previous = ib_idempotent(state, ctx, "ImportDiskImage", params)
    if previous:
        return previous
    infra = [c for c in state.infra_configs if c["arn"] == params["infrastructureConfigurationArn"]
             and c["arn"].split(":")[3:5] == [ctx["region"], ctx["account"]]]
    # Model doc: platform "Windows", osVersion "Microsoft Windows 11" only. The codes for a
    # missing infrastructure configuration or ISO are (unverified).
    for field, allowed in (("platform", "Windows"), ("osVersion", "Microsoft Windows 11")):
        if params[field] != allowed:
            raise ib_error_for("InvalidParameterValueException",
                               f"The value supplied for parameter '{field}' is not valid.")
    if not infra:
        raise ib_error_for("InvalidParameterValueException", "The value supplied for parameter "
                           "'infrastructureConfigurationArn' is not valid.")
    bucket, _, object_key = params["uri"][5:].partition("/") if params["uri"].startswith(
        "s3://") else ("", "", "")
    try:
        size = state.moto.object_size(ctx["region"], bucket, object_key) if object_key else None
    except ApiError:
        size = None
    if size is None:
        raise ib_error_for("InvalidParameterValueException",
                           "The value supplied for parameter 'uri' is not valid.")
    name_key = (ctx["account"], ctx["region"], params["name"], params["semanticVersion"])
    state.build_numbers[name_key] = build = state.build_numbers.get(name_key, 0) + 1
    # ARN resource part: lower-cased name, spaces as hyphens (the model's ARN pattern allows
    # only [a-z0-9-_]; the mapping itself is (unverified)).
    arn = (f"arn:aws:imagebuilder:{ctx['region']}:{ctx['account']}:image/"
           f"{params['name'].lower().replace(' ', '-')}/{params['semanticVersion']}/{build}")
    state.images[arn] = {"arn": arn, "account": ctx["account"], "region": ctx["region"],
                         "params": params, "infra": infra[0], "size": size,
                         "sources": [params["uri"]], "stage": 0, "status": IB_STAGES[0],
                         "reason": None, "created": time.time(), "lastStep": time.time(),
                         "stepSeconds": state.scoped("stepSeconds"), "ami": None}
    result = {"clientToken": params["clientToken"], "imageBuildVersionArn": arn}
    state.tokens[key] = (fingerprint(params), result)
    return result


def advance_image(state, image, on_read):
    for _ in range(steps_due(state, image, on_read)):
        if image["status"] in ("AVAILABLE", "CANCELLED", "FAILED"):
            return
        rule = failure_rule(state, image)
        image["stage"] += 1
        if image["stage"] < len(IB_STAGES):
            image["status"] = IB_STAGES[image["stage"]]
            if rule and rule.get("stage", IB_STAGES[1]) == image["status"]:
                image["status"] = "FAILED"
                image["reason"] = rule.get("message", "Image import failed.")
        else:
            params = image["params"]
            ami_name = f"{params['name']} {utc_iso(time.time()).replace(':', '-')}"
            ami_id, _root = state.moto.register_image(image["region"], ami_name,
                                                      params.get("description", params["name"]))
            image["ami"] = {"region": image["region"], "image": ami_id, "name": ami_name,
                            "state": {"status": "AVAILABLE"}, "accountId": image["account"]}
            if "description" in params:
                image["ami"]["description"] = params["description"]
            image["status"] = "AVAILABLE"


def render_image(image):
    params, infra = image["params"], image["infra"]
    out = {"arn": image["arn"], "type": "AMI", "name": params["name"],
           "version": params["semanticVersion"], "platform": params["platform"],
           "osVersion": params["osVersion"], "state": {"status": image["status"]},
           "infrastructureConfiguration": {k: infra[k] for k in (
               "arn", "name", "description", "instanceTypes", "instanceProfileName",
               "dateCreated", "dateUpdated") if k in infra},
           "dateCreated": utc_iso(image["created"]), "buildType": "IMPORT_ISO",
           "imageSource": "IMPORTED",
           "loggingConfiguration": params.get("loggingConfiguration") or
           {"logGroupName": f"/aws/imagebuilder/{params['name']}"}}
    if image["reason"]:
        out["state"]["reason"] = image["reason"]
    for key in ("tags", "executionRole"):
        if key in params:
            out[key] = params[key]
    if image["ami"]:
        out["outputResources"] = {"amis": [image["ami"]]}
    return out


def ib_get_image(state, ctx, params, request_id):
    image = find_image(state, ctx, params["imageBuildVersionArn"])
    advance_image(state, image, on_read=False)
    result = {"requestId": request_id, "image": render_image(image)}
    advance_image(state, image, on_read=True)
    return result


def ib_cancel(state, ctx, params, request_id):
    key, previous = ib_idempotent(state, ctx, "CancelImageCreation", params)
    if previous:
        return dict(previous, requestId=request_id)
    image = find_image(state, ctx, params["imageBuildVersionArn"])
    advance_image(state, image, on_read=False)
    if image["status"] in ("AVAILABLE", "CANCELLED", "FAILED"):
        # "only ... images in a non-terminal state" (model doc); the code is (unverified).
        raise ib_error_for("ResourceInUseException", f"The image {image['arn']} is in state "
                           f"{image['status']} and cannot be cancelled.")
    image["status"], image["reason"] = "CANCELLED", "Image creation was cancelled by the user."
    result = {"clientToken": params["clientToken"], "imageBuildVersionArn": image["arn"]}
    state.tokens[key] = (fingerprint(params), result)
    return dict(result, requestId=request_id)


def ib_list_infra(state, ctx, params, request_id):
    configs = [c for c in state.infra_configs
               if c["arn"].split(":")[3:5] == [ctx["region"], ctx["account"]]]
    for flt in params.get("filters", []):
        if flt.get("name") != "name":  # (unverified) which filter names the service takes
            raise ib_error_for("InvalidParameterValueException",
                               "The value supplied for parameter 'filters' is not valid.")
        configs = [c for c in configs if c["name"] in flt.get("values", [])]
    page = ib_page(configs, params, 25)
    result = {"requestId": request_id, "infrastructureConfigurationSummaryList": page["items"]}
    if "nextToken" in page:
        result["nextToken"] = page["nextToken"]
    return result


IB_HANDLERS = {"ImportDiskImage": ib_import_disk_image, "GetImage": ib_get_image,
               "CancelImageCreation": ib_cancel,
               "ListInfrastructureConfigurations": ib_list_infra}


# ----------------------------------------------------------------------------------------------
# HTTP: dispatch, injection, recording, control endpoints

def create_app(state):
    app = Flask("import_fake")
    methods = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"]

    def record(service, action, params):
        with state.lock:
            entry = {"seq": state.next_seq, "time": time.time(), "service": service,
                     "action": action, "method": request.method, "path": request.path,
                     "params": params, "userAgent": request.headers.get("User-Agent", "")}
            state.next_seq += 1
            state.requests.append(entry)
            del state.requests[:-2000]
        return entry

    def finish(entry, response, code=None):
        entry["status"] = response.status_code
        if code:
            entry["errorCode"] = code
        log.info("%s %s %s %s", entry["service"], entry["action"], response.status_code, code or "")
        return response

    def injected(service, action):
        """Applies the first matching injection rule: a delay, an error, or both."""
        agent = request.headers.get("User-Agent", "")
        with state.lock:
            rule = next((r for r in state.injections if r["count"] > 0
                         and r.get("action", "*") in ("*", action)
                         and r.get("service", service) == service
                         and r.get("userAgentContains", "") in agent), None)
            if rule:
                rule["count"] -= 1
        if not rule:
            return None
        time.sleep(rule.get("delaySeconds", 0))
        if not rule.get("code"):
            return None
        # Throttling on EC2 is RequestLimitExceeded with 503 (facts 1.8).
        return ApiError(rule["code"], rule.get("message", "Injected by the import fake."),
                        rule.get("status", 503))

    def handle_ec2(body):
        request_id = str(uuid.uuid4())
        flat = dict(parse_qsl(request.query_string.decode("utf-8", "replace"),
                              keep_blank_values=True))
        if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
            flat.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        action = flat.get("Action")
        entry = record("ec2", action, flat)
        try:
            with state.lock:
                now, credentials = state.now(), dict(state.credentials)
            key_id, region = verify_sigv4("ec2", credentials, now, body)
            ctx = {"keyId": key_id, "region": region, "account": credentials[key_id][1]}
            error = injected("ec2", action)
            if error:
                raise error
            if not action:
                raise ApiError("MissingAction", "The request must contain the parameter Action")
            if action not in EC2_EMULATED:
                return finish(entry, state.moto.forward(body), "forwarded")
            operation = EC2_MODEL.operation_model(action)
            params = parse_ec2_input(operation, flat)
            if params.get("DryRun"):
                # Real capture: 412 with this text (facts file 1.9).
                raise ApiError("DryRunOperation",
                               "Request would have succeeded, but DryRun flag is set.", 412)
            with state.lock:
                result = EC2_HANDLERS[action](state, ctx, action, params)
            return finish(entry, ec2_response(action, result, request_id))
        except ApiError as err:
            return finish(entry, ec2_error(err, request_id), err.code)
        except Exception:  # noqa: BLE001 - a bug in the fake must still answer like EC2
            log.exception("EC2 %s failed", action)
            return finish(entry, ec2_error(ApiError("InternalError", "An internal error has "
                                                    "occurred", 500), request_id), "InternalError")

    def handle_imagebuilder(body):
        request_id = str(uuid.uuid4())
        operation_name = IB_ROUTES.get((request.method, request.path))
        entry = record("imagebuilder", operation_name or request.path,
                       body.decode("utf-8", "replace"))
        try:
            with state.lock:
                now, credentials = state.now(), dict(state.credentials)
            key_id, region = verify_sigv4("imagebuilder", credentials, now, body)
            ctx = {"keyId": key_id, "region": region, "account": credentials[key_id][1]}
            error = injected("imagebuilder", operation_name)
            if error:
                raise error
            if operation_name not in IB_EMULATED:
                raise ApiError("UnknownOperationException", f"{operation_name or request.path} "
                               "is not served by the import fake.", 404)
            operation = IB_MODEL.operation_model(operation_name)
            query = dict(parse_qsl(request.query_string.decode("utf-8", "replace"),
                                   keep_blank_values=True))
            params = parse_ib_input(operation, query, body.decode("utf-8", "replace"))
            entry["params"] = params
            with state.lock:
                result = prune(IB_HANDLERS[operation_name](state, ctx, params, request_id))
            check_output(operation.output_shape, result)
            return finish(entry, Response(json.dumps(result), 200, content_type="application/json",
                                          headers={"x-amzn-RequestId": request_id}))
        except ApiError as err:
            if err.status == 400:
                err.status = ib_status(err.code)
            return finish(entry, ib_error(err, request_id), err.code)
        except Exception:  # noqa: BLE001
            log.exception("Image Builder %s failed", operation_name)
            return finish(entry, ib_error(ApiError("ServiceException", "Internal error.", 500),
                                          request_id), "ServiceException")

    def control(path, body):
        payload = json.loads(body or b"{}") if request.method in ("POST", "PUT") else {}
        with state.lock:
            if path == "health":
                return {"ok": True}
            if path == "config":
                unknown = set(payload) - set(state.config)
                if unknown:
                    return {"error": f"unknown config keys {sorted(unknown)}"}, 400
                state.config.update(payload)
                return state.config
            if path == "inject" and request.method == "DELETE":
                state.injections.clear()
                return {"injections": []}
            if path == "inject" and request.method == "POST":
                state.injections.append(dict(payload, count=int(payload.get("count", 1))))
            if path == "inject":
                return {"injections": state.injections}
            if path == "failures" and request.method == "POST":
                state.scoped_failures.append(payload)
                return {"failures": state.scoped_failures}
            if path == "requests":
                since = int(request.args.get("since", 0))
                return {"requests": [r for r in state.requests if r["seq"] >= since],
                        "nextSeq": state.next_seq}
            if path == "credentials":
                state.credentials[payload["accessKeyId"]] = (payload["secretAccessKey"],
                                                             payload["accountId"])
                return {"accessKeyId": payload["accessKeyId"]}
            if path == "infrastructure-configurations":
                account = payload.get("accountId") or next(iter(state.credentials.values()))[1]
                return state.add_infra_config(account, payload.get("region", state.region),
                                              payload["name"], payload.get("description"))
        return {"error": f"no control endpoint /_fake/{path}"}, 404

    @app.route("/", defaults={"path": ""}, methods=methods)
    @app.route("/<path:path>", methods=methods)
    def dispatch(path):
        body = request.get_data(cache=True, parse_form_data=False)
        if path.startswith("_fake/"):
            return control(path[len("_fake/"):], body)
        service = scope_service() or ("imagebuilder" if (request.method, request.path) in IB_ROUTES
                                      else "ec2")
        if service == "ec2":
            return handle_ec2(body)
        if service == "imagebuilder":
            return handle_imagebuilder(body)
        # Any other service (s3, iam, sts, ...): moto serves it.
        entry = record(service, None, None)
        return finish(entry, state.moto.forward(body), "forwarded")

    return app


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moto-state", required=True, help="the moto fixture's state file")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--step-seconds", type=float, default=10.0,
                        help="seconds per task stage; 0 = one stage per Describe/GetImage")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with open(args.moto_state) as f:
        moto_state = json.load(f)
    state = State(Moto(moto_state), moto_state, args.step_seconds)

    class Handler(WSGIRequestHandler):
        # The Date header comes from the fake's clock, so a configured clock offset shows
        # there the way a real server's clock would (clients correct skew from it).
        def date_time_string(self, timestamp=None):
            return formatdate(state.now(self.headers.get("User-Agent", "")), usegmt=True)

        def log_request(self, *args, **kwargs):
            pass  # one line per request is logged by the app, without query strings

    server = make_server(args.host, args.port, create_app(state), threaded=True,
                         request_handler=Handler)
    print(f"import fake on http://{args.host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
