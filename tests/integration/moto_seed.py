#!/usr/bin/env python3
"""Seeds moto with what tst_aws_operations reads but the app never creates: a bucket and a
KMS key with an alias (CreateBucket and CreateKey are not among the app's operations).

    moto_seed.py --state PATH --name NAME [--object KEY]...

Each --object puts a small object (1 MiB of zeros) under KEY in the bucket.

Prints {"bucket": ..., "keyId": ..., "keyArn": ..., "alias": ...} as JSON.
"""

import argparse
import json

import boto3


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--object", action="append", default=[])
    args = parser.parse_args()
    with open(args.state) as f:
        state = json.load(f)

    def client(service):
        return boto3.client(service, endpoint_url=state["endpoint"], region_name=state["region"],
                            aws_access_key_id=state["accessKeyId"],
                            aws_secret_access_key=state["secretAccessKey"])

    client("s3").create_bucket(Bucket=args.name)
    for key in args.object:
        client("s3").put_object(Bucket=args.name, Key=key, Body=bytes(1024 * 1024))
    kms = client("kms")
    key = kms.create_key(Description="tst_aws_operations")["KeyMetadata"]
    alias = f"alias/{args.name}"
    kms.create_alias(AliasName=alias, TargetKeyId=key["KeyId"])
    print(json.dumps({"bucket": args.name, "keyId": key["KeyId"], "keyArn": key["Arn"],
                      "alias": alias}))


if __name__ == "__main__":
    main()
