#!/usr/bin/env python3
"""Prints botocore's CLI names (xform_name(name, '-')) of every operation and input member in
the app's embedded models, as JSON {"ApiName": "cli-name"}: what tst_cli_aws_arguments
compares vmimport's names with.

    botocore_cli_names.py MODEL.json...
"""
import json
import sys

from botocore import xform_name

names = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        model = json.load(f)
    for operation in model["operations"]:
        names[operation] = xform_name(operation, "-")
    for shape in model["shapes"].values():
        for member in shape.get("members", []):
            names[member["name"]] = xform_name(member["name"], "-")
print(json.dumps(names, sort_keys=True))
