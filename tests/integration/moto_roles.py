#!/usr/bin/env python3
"""Creates the IAM roles tst_assume_role assumes, in the moto server of the moto fixture.

    moto_roles.py --state PATH NAME=PRINCIPAL[,PRINCIPAL...]...

Each role's trust policy allows sts:AssumeRole to exactly the principals named (moto compares
the caller's ARN with them literally; "user" stands for the fixture's user), and the role
carries an allow-all inline policy (moto checks the policies of assumed-role credentials too,
so a chained AssumeRole needs one). A role that exists is updated, so the test may run again
against the same server. Prints {"NAME": "arn", ...} as JSON.
"""

import argparse
import json

import boto3

ALLOW_ALL_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", required=True)
    parser.add_argument("roles", nargs="+")
    args = parser.parse_args()
    with open(args.state) as f:
        state = json.load(f)
    iam = boto3.client("iam", endpoint_url=state["endpoint"], region_name=state["region"],
                       aws_access_key_id=state["accessKeyId"],
                       aws_secret_access_key=state["secretAccessKey"])
    arns = {}
    for spec in args.roles:
        name, _, principals = spec.partition("=")
        trust = json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {
                "AWS": [state["userArn"] if p == "user" else p for p in principals.split(",")]}}],
        })
        try:
            role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust)["Role"]
        except iam.exceptions.EntityAlreadyExistsException:
            iam.update_assume_role_policy(RoleName=name, PolicyDocument=trust)
            role = iam.get_role(RoleName=name)["Role"]
        iam.put_role_policy(RoleName=name, PolicyName="allow-all",
                            PolicyDocument=json.dumps(ALLOW_ALL_POLICY))
        arns[name] = role["Arn"]
    print(json.dumps(arns))


if __name__ == "__main__":
    main()
