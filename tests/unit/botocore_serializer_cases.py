#!/usr/bin/env python3
"""Prints random operation inputs and the HTTP request botocore's serializers make of them.

    botocore_serializer_cases.py --seed S [--per-operation N]

Output (stdout, JSON): {"cases": [{name, service, operation, input, expected}]}. "input" is the
operation's input in the --cli-input-json shape (blobs base64). "expected" is either the
request (method, path, query pairs, header pairs, body as base64) or, for deliberately invalid
inputs, {"validationError": str(ParamValidationError)}.

botocore gets the input the way the AWS CLI v2 gives it (blobs decoded) with its objects' keys
in the order QJsonObject keeps them, and runs create_serializer(protocol) with validation. For
ec2/query the body is what botocore's AWSRequest prepares from the serializer's parameters
(urllib's urlencode), i.e. the bytes on the wire. tst_protocol_serializer runs ProtocolCodec on
the same inputs and compares.
"""

import argparse
import base64
import json
import random
import sys
from urllib.parse import parse_qsl

from botocore.awsrequest import AWSRequest
from botocore.exceptions import ParamValidationError
from botocore.serialize import create_serializer

from aws_random_values import RandomValues, for_botocore, service_model, utf16_sorted

# (service, operation, cases): the import path gets the most.
OPERATIONS = [
    ("ec2", "ImportImage", 60), ("ec2", "ImportSnapshot", 60), ("ec2", "DescribeImportImageTasks", 20),
    ("ec2", "DescribeImportSnapshotTasks", 10), ("ec2", "CancelImportTask", 10), ("ec2", "CreateTags", 10),
    ("ec2", "RegisterImage", 10), ("ec2", "DescribeImages", 5), ("ec2", "DescribeSnapshots", 5),
    ("ec2", "DescribeRegions", 5),
    ("imagebuilder", "ImportDiskImage", 60), ("imagebuilder", "GetImage", 5),
    ("imagebuilder", "CancelImageCreation", 5), ("imagebuilder", "ListInfrastructureConfigurations", 10),
    ("iam", "GetRole", 5), ("iam", "CreateRole", 15), ("iam", "PutRolePolicy", 5),
    ("sts", "GetCallerIdentity", 2), ("sts", "AssumeRole", 15),
    ("kms", "DescribeKey", 10), ("kms", "ListAliases", 10),
    ("s3", "ListBuckets", 5), ("s3", "GetBucketLocation", 3), ("s3", "HeadBucket", 3), ("s3", "HeadObject", 15),
    ("s3", "ListObjectsV2", 15), ("s3", "CreateMultipartUpload", 20), ("s3", "UploadPart", 15),
    ("s3", "CompleteMultipartUpload", 20), ("s3", "AbortMultipartUpload", 5), ("s3", "ListParts", 10),
    ("s3", "ListMultipartUploads", 10),
]

def meta_keys(value):
    """S3 metadata keys are header-name suffixes: keep them to ASCII tokens."""
    if "Metadata" in value:
        value["Metadata"] = {f"key{i}-{values_suffix(k)}": v for i, (k, v) in enumerate(value["Metadata"].items())}
    return value


def values_suffix(key):
    return "".join(c for c in key if c.isascii() and c.isalnum()) or "k"


def expected_request(serialized, protocol):
    path, _, literal_query = serialized["url_path"].partition("?")
    query = parse_qsl(literal_query, keep_blank_values=True) if literal_query else []
    query_string = serialized["query_string"]
    if isinstance(query_string, dict):
        for key, value in query_string.items():
            for item in value if isinstance(value, list) else [value]:
                query.append((key, item))
    body = serialized["body"]
    if isinstance(body, dict):
        # What goes on the wire: AWSRequest prepares a dict body with urlencode.
        body = AWSRequest(method="POST", url="https://example.com/", data=body).prepare().body
    if isinstance(body, str):
        body = body.encode("utf-8")
    return {
        "method": serialized["method"],
        "path": path,
        "query": [[k, str(v)] for k, v in query],
        "headers": [[k, str(v)] for k, v in serialized["headers"].items()],
        "body": base64.b64encode(body or b"").decode(),
    }


def invalid_inputs(rng, operation_model, valid):
    """A few broken copies of a valid input, one mistake each, like a user's typos."""
    shape = operation_model.input_shape
    broken = []
    candidate = dict(valid)
    candidate["NoSuchMember"] = "x"
    broken.append(candidate)
    for name in shape.metadata.get("required", []):
        if shape.members[name].metadata.get("idempotencyToken"):
            continue  # botocore's client (and ProtocolCodec) fill a missing token in
        candidate = dict(valid)
        candidate.pop(name, None)
        broken.append(candidate)
    for name, member in shape.members.items():
        # Below the model's minimum length: botocore checks "min" (not max, pattern or enum).
        if member.type_name in ("string", "list") and member.metadata.get("min", 0) > 0:
            candidate = dict(valid)
            candidate[name] = "" if member.type_name == "string" else []
            broken.append(candidate)
        # A typo one level down: "Unknown parameter in DiskContainers[0]: ...".
        if member.type_name == "list" and member.member.type_name == "structure" and valid.get(name):
            candidate = dict(valid)
            candidate[name] = [dict(valid[name][0], Foo="x")] + valid[name][1:]
            broken.append(candidate)
    for name, member in shape.members.items():
        if member.type_name in ("string", "boolean", "list", "structure", "integer"):
            candidate = dict(valid)
            candidate[name] = rng.choice([42, "text", True, ["a"], {"A": 1}, None, 2.5])
            broken.append(candidate)
            if len(broken) > 6:
                break
    return broken


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-operation", type=float, default=1.0, help="scale the case counts")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    values = RandomValues(rng)
    cases = []
    for service, operation, count in OPERATIONS:
        model = service_model(service)
        operation_model = model.operation_model(operation)
        serializer = create_serializer(model.protocol, include_validation=True)
        for index in range(max(1, int(count * args.per_operation))):
            # Every fifth input sets every member (to the generator's depth limit).
            values.member_probability = 1.0 if index % 5 == 0 else 0.6
            value = values.value(operation_model.input_shape) if operation_model.input_shape else {}
            value = utf16_sorted(meta_keys(value))
            serialized = serializer.serialize_to_request(
                for_botocore(value, operation_model.input_shape) if operation_model.input_shape else value,
                operation_model)
            cases.append({"name": f"{service}.{operation}.{index}", "service": service, "operation": operation,
                          "input": value, "expected": expected_request(serialized, model.protocol)})
            if index == 0 and operation_model.input_shape:
                for bad_index, bad in enumerate(invalid_inputs(rng, operation_model, value)):
                    bad = utf16_sorted(bad)
                    try:
                        serializer.serialize_to_request(for_botocore_lenient(bad, operation_model.input_shape),
                                                        operation_model)
                        continue  # botocore accepts it (e.g. a bool where an int goes): not a case
                    except ParamValidationError as error:
                        message = str(error)
                    cases.append({"name": f"{service}.{operation}.invalid{bad_index}", "service": service,
                                  "operation": operation, "input": bad,
                                  "expected": {"validationError": message}})
    json.dump({"cases": cases}, sys.stdout, ensure_ascii=False)


def for_botocore_lenient(value, shape):
    try:
        return for_botocore(value, shape)
    except (KeyError, AttributeError, TypeError, ValueError):
        return value


if __name__ == "__main__":
    main()
