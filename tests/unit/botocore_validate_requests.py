#!/usr/bin/env python3
"""Checks requests against botocore's own parameter validator (types, required members,
lengths and ranges), the same check the AWS CLI runs on --cli-input-json.
Reads a JSON array of {"operation": "ImportImage"|"ImportSnapshot"|"ImportDiskImage",
"request": {...}} on stdin and prints a JSON array with one list of error lines per request
(empty when botocore accepts it)."""

import json
import sys

import botocore.session
from botocore.exceptions import ParamValidationError
from botocore.validate import validate_parameters

SERVICES = {"ImportImage": "ec2", "ImportSnapshot": "ec2", "ImportDiskImage": "imagebuilder"}

session = botocore.session.get_session()
results = []
for item in json.load(sys.stdin):
    operation = item["operation"]
    model = session.get_service_model(SERVICES[operation]).operation_model(operation)
    try:
        validate_parameters(item["request"], model.input_shape)
        results.append([])
    except ParamValidationError as error:
        results.append(str(error).splitlines())
json.dump(results, sys.stdout)
