#!/usr/bin/env python3
"""Prints what `aws <service> <operation> --generate-cli-skeleton` prints for every operation in
the app's models, as JSON on stdout: {"cases": [{service, operation, command, text}]}.

It runs the AWS CLI v1 from this Python (awscli 1.x on botocore 1.43.11, the exact botocore our
models come from) in-process; Debian's /usr/bin/aws is v2 but bundles an older botocore, so
members added since would differ. The skeleton code is the same in v1 and v2 (botocore's
ArgumentGenerator). The CLI picks enum values with random.choice; it is pinned to the first
value here, which is what CliSkeleton writes.
"""

import contextlib
import io
import json
import os
import random
import sys

from botocore import xform_name

random.choice = lambda sequence: sequence[0]  # noqa: E731  (before awscli imports botocore.utils)

from awscli.clidriver import create_clidriver  # noqa: E402

MODELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "app", "aws", "models")
CLI_SERVICE = {"s3": "s3api"}


def main():
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    cases = []
    for file_name in sorted(os.listdir(MODELS)):
        service = file_name[:-len(".json")]
        with open(os.path.join(MODELS, file_name), encoding="utf-8") as model_file:
            operations = sorted(json.load(model_file)["operations"])
        for operation in operations:
            command = [CLI_SERVICE.get(service, service), xform_name(operation, "-"), "--generate-cli-skeleton"]
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                status = create_clidriver().main(command)
            if status != 0:
                sys.exit(f"aws {' '.join(command)} failed with {status}")
            cases.append({"service": service, "operation": operation, "command": " ".join(command),
                          "text": out.getvalue()})
    json.dump({"cases": cases}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
