#!/usr/bin/env python3
"""Prints botocore's default endpoint URL for each service and region given, as JSON:
{"region": {"service": "https://..."}}. tst_endpoints compares EndpointResolver with it."""

import json
import sys

import boto3

SERVICES = ["ec2", "s3", "imagebuilder", "iam", "kms", "sts"]

session = boto3.session.Session(aws_access_key_id="unused", aws_secret_access_key="unused")
result = {}
for region in sys.argv[1:]:
    result[region] = {s: session.client(s, region_name=region).meta.endpoint_url for s in SERVICES}
json.dump(result, sys.stdout)
