#!/usr/bin/env python3
"""Writes the cut-down AWS service models the app embeds (app/aws/models/<name>.json).

    generate-service-models.py [--output-dir DIR]   write the models (default: app/aws/models)
    generate-service-models.py --check              fail if the committed models differ from
                                                    what the installed botocore gives

Each model is botocore's service-2.json (read with botocore's own loader, so .gz files and
sdk-extras are handled as botocore handles them) cut down to the operations the app calls and
the shapes they reach through input, output and errors. Documentation is dropped. Structure
members become an ordered list, because the C++ side reads the file with QJsonObject, which
sorts keys, and member order decides output printing and --generate-cli-skeleton order.
The operations' paginators (paginators-1.json) come along, so the command line can page the
way the AWS CLI does.
"""

import argparse
import difflib
import filecmp
import json
import os
import sys
import tempfile

import botocore
import botocore.loaders

FORMAT_VERSION = 1

# name of the file -> (botocore service name, API version, operations we call)
SERVICES = {
    "ec2": ("ec2", "2016-11-15", [
        "ImportImage", "ImportSnapshot", "DescribeImportImageTasks", "DescribeImportSnapshotTasks",
        "CancelImportTask", "DescribeRegions", "CreateTags", "RegisterImage", "DescribeImages",
        "DescribeSnapshots"]),
    "imagebuilder": ("imagebuilder", "2019-12-02", [
        "ImportDiskImage", "GetImage", "CancelImageCreation", "ListInfrastructureConfigurations"]),
    "s3": ("s3", "2006-03-01", [
        "ListBuckets", "GetBucketLocation", "HeadBucket", "HeadObject", "ListObjectsV2",
        "CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "AbortMultipartUpload",
        "ListParts", "ListMultipartUploads", "DeleteObject"]),
    "iam": ("iam", "2010-05-08", ["GetRole", "CreateRole", "PutRolePolicy"]),
    "kms": ("kms", "2014-11-01", ["DescribeKey", "ListAliases"]),
    "sts": ("sts", "2011-06-15", ["GetCallerIdentity", "AssumeRole"]),
}

DROPPED_KEYS = {"documentation", "documentationUrl"}


def without_docs(value):
    if isinstance(value, dict):
        return {k: without_docs(v) for k, v in value.items() if k not in DROPPED_KEYS}
    if isinstance(value, list):
        return [without_docs(v) for v in value]
    return value


def referenced_shapes(shape):
    for member in shape.get("members", {}).values():
        yield member["shape"]
    for key in ("member", "key", "value"):
        if key in shape:
            yield shape[key]["shape"]


def paginators_of(paginators, operation_names):
    """The paginators of the chosen operations, every token and key as a list."""
    def as_list(value):
        return value if isinstance(value, list) else [value]
    chosen = {}
    for name in operation_names:
        config = paginators.get("pagination", {}).get(name)
        if config is None:
            continue
        chosen[name] = {
            "inputTokens": as_list(config["input_token"]),
            "outputTokens": as_list(config["output_token"]),
            "resultKeys": as_list(config.get("result_key", [])),
            "nonAggregateKeys": as_list(config.get("non_aggregate_keys", [])),
            "limitKey": config.get("limit_key", ""),
            "moreResults": config.get("more_results", ""),
        }
    return chosen


def cut_down(model, operation_names, paginators):
    operations = {}
    wanted = []
    for name in operation_names:
        operation = model["operations"][name]
        operations[name] = without_docs(operation)
        for ref in ("input", "output"):
            if ref in operation:
                wanted.append(operation[ref]["shape"])
        wanted.extend(error["shape"] for error in operation.get("errors", []))

    shapes = {}
    while wanted:
        name = wanted.pop()
        if name in shapes:
            continue
        shape = without_docs(model["shapes"][name])
        if "members" in shape:
            # An ordered list instead of an object: see the module docstring.
            shape["members"] = [dict(name=member_name, **member)
                                for member_name, member in shape["members"].items()]
        shapes[name] = shape
        wanted.extend(referenced_shapes(model["shapes"][name]))

    return {
        "formatVersion": FORMAT_VERSION,
        "source": f"botocore {botocore.__version__}",
        "metadata": without_docs(model["metadata"]),
        "operations": operations,
        "paginators": paginators_of(paginators, operation_names),
        "shapes": shapes,
    }


def write_models(output_dir):
    loader = botocore.loaders.Loader()
    os.makedirs(output_dir, exist_ok=True)
    for file_name, (service, api_version, operation_names) in SERVICES.items():
        model = loader.load_service_model(service, "service-2", api_version)
        paginators = loader.load_service_model(service, "paginators-1", api_version)
        text = json.dumps(cut_down(model, operation_names, paginators), indent=1, sort_keys=True,
                          ensure_ascii=False) + "\n"
        with open(os.path.join(output_dir, f"{file_name}.json"), "w", encoding="utf-8") as out:
            out.write(text)


def check(committed_dir):
    with tempfile.TemporaryDirectory() as fresh_dir:
        write_models(fresh_dir)
        stale = []
        for file_name in sorted(SERVICES):
            fresh = os.path.join(fresh_dir, f"{file_name}.json")
            committed = os.path.join(committed_dir, f"{file_name}.json")
            if os.path.exists(committed) and filecmp.cmp(fresh, committed, shallow=False):
                continue
            stale.append(file_name)
            old = open(committed, encoding="utf-8").readlines() if os.path.exists(committed) else []
            new = open(fresh, encoding="utf-8").readlines()
            sys.stdout.writelines(list(difflib.unified_diff(old, new, committed, "generated"))[:40])
    if stale:
        print(f"\nStale models: {', '.join(stale)}. The installed botocore ({botocore.__version__}) "
              "gives different models; run scripts/generate-service-models.py and commit.")
        return 1
    print(f"All {len(SERVICES)} models match botocore {botocore.__version__}.")
    return 0


def main():
    default_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "app", "aws", "models")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", default=default_dir)
    parser.add_argument("--check", action="store_true",
                        help="compare the models in --output-dir with freshly generated ones")
    args = parser.parse_args()
    if args.check:
        return check(args.output_dir)
    write_models(args.output_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
