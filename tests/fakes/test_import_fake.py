#!/usr/bin/env python3
"""Self-test of the import fake (ctest: fake.selftest, fixtures moto + importfake).

Talks to the fake the way real clients do: boto3 (so botocore's own parsers must accept every
answer), raw requests signed with botocore's SigV4Auth (for what boto3 refuses to send), and
the AWS CLI v2. Needs VMI_IMPORT_FAKE_STATE and VMI_MOTO_STATE (set by ctest).
"""

import calendar
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import uuid

import boto3
import botocore
import botocore.parsers
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError, ReadTimeoutError
from botocore.serialize import EC2Serializer

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import import_fake  # noqa: E402 - for the pure helpers (parser, number format)

VMIMPORT_TRUST = {"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "vmie.amazonaws.com"}, "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"sts:Externalid": "vmimport"}}}]}
IMAGE_PHASES = ["pending", "validating", "converting", "updating", "booting", "preparing ami"]
IB_STATES = ["PENDING", "CREATING", "BUILDING", "TESTING", "DISTRIBUTING", "INTEGRATING",
             "AVAILABLE"]


def load_state(variable):
    path = os.environ.get(variable)
    if not path or not os.path.exists(path):
        raise SystemExit(f"{variable} does not name a state file: run this through ctest")
    with open(path) as f:
        return json.load(f)


FAKE = load_state("VMI_IMPORT_FAKE_STATE")
MOTO = load_state("VMI_MOTO_STATE")


def client(service, endpoint=None, region=None, key=None, secret=None, **config):
    # total_max_attempts: botocore's "max_attempts" counts retries only (legacy mode).
    config.setdefault("retries", {"total_max_attempts": 1})
    return boto3.client(service, endpoint_url=endpoint or FAKE["endpoint"],
                        region_name=region or FAKE["region"],
                        aws_access_key_id=key or FAKE["accessKeyId"],
                        aws_secret_access_key=secret or FAKE["secretAccessKey"],
                        config=Config(**config))


def control(path, payload=None, method=None):
    data = json.dumps(payload).encode() if payload is not None else None
    req = urllib.request.Request(f"{FAKE['controlEndpoint']}/{path}", data=data,
                                 method=method or ("POST" if data else "GET"),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as reply:
        return json.load(reply)


def signed(body, service="ec2", path="/", method="POST", content_type=None, secret=None,
           tamper=None, agent=None):
    """Sends a raw request signed by botocore's SigV4Auth; returns (status, headers, text)."""
    content_type = content_type or ("application/x-www-form-urlencoded; charset=utf-8"
                                    if service == "ec2" else "application/json")
    headers = {"Content-Type": content_type}
    if agent:
        headers["User-Agent"] = agent
    req = AWSRequest(method=method, url=FAKE["endpoint"] + path, data=body.encode(),
                     headers=headers)
    SigV4Auth(Credentials(FAKE["accessKeyId"], secret or FAKE["secretAccessKey"]), service,
              FAKE["region"]).add_auth(req)
    prepared = req.prepare()
    data = prepared.body if tamper is None else tamper(prepared.body)
    headers = {k: v for k, v in prepared.headers.items() if k.lower() != "content-length"}
    raw = urllib.request.Request(prepared.url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(raw, timeout=30) as reply:
            return reply.status, reply.headers, reply.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode()


EC2_ERROR = re.compile(r'<\?xml version="1.0" encoding="UTF-8"\?>\n<Response><Errors><Error>'
                       r"<Code>(?P<code>[^<]+)</Code><Message>(?P<message>[^<]*)</Message>"
                       r"</Error></Errors><RequestID>[0-9a-f-]{36}</RequestID></Response>$")


def error_of(call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except ClientError as err:
        return err.response["Error"]["Code"], err.response["ResponseMetadata"]["HTTPStatusCode"], \
            err.response["Error"].get("Message", "")
    raise AssertionError("the call succeeded, an error was expected")


class FakeTestCase(unittest.TestCase):
    """A bucket with disks in moto, the vmimport role, and clients on the fake."""

    @classmethod
    def setUpClass(cls):
        cls.s3 = client("s3", endpoint=MOTO["endpoint"])
        cls.moto_ec2 = client("ec2", endpoint=MOTO["endpoint"])
        cls.ec2 = client("ec2")
        cls.ib = client("imagebuilder")
        cls.bucket = "vmi-fake-" + uuid.uuid4().hex[:12]
        cls.s3.create_bucket(Bucket=cls.bucket)
        cls.s3.put_object(Bucket=cls.bucket, Key="disks/root.vmdk", Body=b"r" * (3 << 20))
        cls.s3.put_object(Bucket=cls.bucket, Key="disks/data.raw", Body=b"d" * (1 << 20))
        cls.s3.put_object(Bucket=cls.bucket, Key="iso/win11.iso", Body=b"i" * 4096)
        iam = client("iam", endpoint=MOTO["endpoint"])
        try:
            iam.create_role(RoleName="vmimport",
                            AssumeRolePolicyDocument=json.dumps(VMIMPORT_TRUST))
        except ClientError as err:
            if err.response["Error"]["Code"] != "EntityAlreadyExists":
                raise

    def image_request(self, **extra):
        request = {"Description": "root and data disk",
                   "DiskContainers": [
                       {"Description": "root", "Format": "vmdk",
                        "UserBucket": {"S3Bucket": self.bucket, "S3Key": "disks/root.vmdk"}},
                       {"Format": "raw", "Url": f"s3://{self.bucket}/disks/data.raw"}],
                   "ClientToken": uuid.uuid4().hex}
        request.update(extra)
        return request

    def describe_image(self, task_id):
        return self.ec2.describe_import_image_tasks(ImportTaskIds=[task_id])["ImportImageTasks"][0]

    def infra_arn(self):
        summaries = self.ib.list_infrastructure_configurations(
            filters=[{"name": "name", "values": ["vmimport-tests"]}])
        return summaries["infrastructureConfigurationSummaryList"][0]["arn"]

    def import_disk_image(self, **extra):
        request = {"name": "win11-" + uuid.uuid4().hex[:8], "semanticVersion": "1.0.0",
                   "platform": "Windows", "osVersion": "Microsoft Windows 11",
                   "infrastructureConfigurationArn": self.infra_arn(),
                   "uri": f"s3://{self.bucket}/iso/win11.iso"}
        request.update(extra)
        return self.ib.import_disk_image(**request)


class HelperTest(unittest.TestCase):
    def test_doubles_print_like_java(self):
        self.assertEqual(import_fake.java_double(705638400.0), "7.056384E8")
        self.assertEqual(import_fake.java_double(3115815424.0), "3.115815424E9")
        self.assertEqual(import_fake.java_double(3145728.0), "3145728.0")
        self.assertEqual(import_fake.java_double(0), "0.0")
        self.assertEqual(import_fake.java_double(1.5), "1.5")

    def test_botocore_parses_the_xml_back(self):
        """Every EC2 answer the fake builds reads back through botocore's EC2QueryParser."""
        snapshot_detail = {"Description": "d", "DeviceName": "/dev/sda1",
                           "DiskImageSize": 705638400.0, "Format": "VMDK", "Progress": "28",
                           "SnapshotId": "snap-1", "Status": "completed", "StatusMessage": "x",
                           "Url": "s3://b/k", "UserBucket": {"S3Bucket": "b", "S3Key": "k"}}
        image_task = {"Architecture": "x86_64", "Description": "<d&>", "Encrypted": True,
                      "ImportTaskId": "import-ami-1", "KmsKeyId": "alias/k", "LicenseType": "BYOL",
                      "Platform": "Linux", "Progress": "2", "Status": "active",
                      "StatusMessage": "pending", "SnapshotDetails": [snapshot_detail],
                      "Tags": [{"Key": "a", "Value": ""}], "UsageOperation": "RunInstances",
                      "LicenseSpecifications": [{"LicenseConfigurationArn": "arn:lc"}],
                      "BootMode": "uefi"}
        snapshot_task = {"Description": "d", "ImportTaskId": "import-snap-1",
                         "SnapshotTaskDetail": dict({k: v for k, v in snapshot_detail.items()
                                                     if k != "DeviceName"}, Encrypted=False),
                         "Tags": [{"Key": "a", "Value": "b"}]}
        results = {
            "ImportImage": {k: v for k, v in image_task.items() if k != "BootMode"},
            "ImportSnapshot": snapshot_task,
            "DescribeImportImageTasks": {"ImportImageTasks": [image_task], "NextToken": "n"},
            "DescribeImportSnapshotTasks": {"ImportSnapshotTasks": [snapshot_task]},
            "CancelImportTask": {"ImportTaskId": "import-ami-1", "PreviousState": "active",
                                 "State": "deleting"},
        }
        for action, result in results.items():
            with self.subTest(action=action):
                response = import_fake.ec2_response(action, result, "r-1")
                parsed = botocore.parsers.create_parser("ec2").parse(
                    {"body": response.get_data(), "headers": {}, "status_code": 200},
                    import_fake.EC2_MODEL.operation_model(action).output_shape)
                self.assertEqual(parsed.pop("ResponseMetadata")["RequestId"], "r-1")
                self.assertEqual(parsed, result)

    def test_query_parser_inverts_botocore_serializer(self):
        """Whatever botocore's EC2Serializer sends, the fake parses back to the same input."""
        model = import_fake.EC2_MODEL
        upload_end = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        inputs = {
            "ImportImage": {
                "Architecture": "x86_64", "ClientToken": "tok", "Description": "d",
                "DiskContainers": [
                    {"Description": "dd", "DeviceName": "/dev/sda1", "Format": "vmdk",
                     "UserBucket": {"S3Bucket": "b", "S3Key": "k"}},
                    {"SnapshotId": "snap-1", "Url": "s3://b/k2"}],
                "DryRun": True, "Encrypted": True, "Hypervisor": "xen", "KmsKeyId": "alias/x",
                "LicenseType": "BYOL", "Platform": "Linux", "RoleName": "vmimport",
                "LicenseSpecifications": [{"LicenseConfigurationArn": "arn:lc"}],
                "TagSpecifications": [{"ResourceType": "import-image-task",
                                       "Tags": [{"Key": "a", "Value": "b"},
                                                {"Key": "c", "Value": ""}]}],
                "UsageOperation": "RunInstances:0010", "BootMode": "uefi",
                "ClientData": {"Comment": "c", "UploadEnd": upload_end, "UploadSize": 1.5}},
            "ImportSnapshot": {
                "DiskContainer": {"Format": "VHD", "UserBucket": {"S3Bucket": "b", "S3Key": "k"}},
                "TagSpecifications": [{"ResourceType": "import-snapshot-task",
                                       "Tags": [{"Key": "a", "Value": "b"}]}]},
            "DescribeImportImageTasks": {
                "ImportTaskIds": ["import-ami-1", "import-ami-2"], "MaxResults": 10,
                "Filters": [{"Name": "task-state", "Values": ["active", "completed"]}],
                "NextToken": "n"},
            "CancelImportTask": {"ImportTaskId": "import-snap-1", "CancelReason": "why"},
        }
        for action, params in inputs.items():
            with self.subTest(action=action):
                operation = model.operation_model(action)
                body = EC2Serializer().serialize_to_request(params, operation)["body"]
                flat = {k: str(v) for k, v in body.items()}
                parsed = import_fake.parse_ec2_input(operation, flat)
                expected = json.loads(json.dumps(params, default=lambda d: calendar.timegm(
                    d.utctimetuple())))
                self.assertEqual(parsed, expected)


class Ec2ImportTest(FakeTestCase):
    def test_import_image_runs_through_every_stage(self):
        tags = [{"Key": "Name", "Value": "fake-e2e"}]
        response = self.ec2.import_image(**self.image_request(
            TagSpecifications=[{"ResourceType": "import-image-task", "Tags": tags}],
            LicenseSpecifications=[{"LicenseConfigurationArn": "arn:aws:license-manager:x"}]))
        task_id = response["ImportTaskId"]
        self.assertRegex(task_id, r"^import-ami-[0-9a-f]{17}$")
        self.assertEqual((response["Status"], response["StatusMessage"], response["Progress"]),
                         ("active", "pending", "2"))
        self.assertEqual([d["DiskImageSize"] for d in response["SnapshotDetails"]], [0.0, 0.0])
        self.assertEqual(response["Tags"], tags)
        seen = []
        for _ in range(10):
            task = self.describe_image(task_id)
            if task["Status"] != "active":
                break
            seen.append(task["StatusMessage"])
            self.assertTrue(task["Progress"].isdigit())
        self.assertEqual(seen, IMAGE_PHASES)
        self.assertEqual(task["Status"], "completed")
        self.assertNotIn("Progress", task)
        self.assertNotIn("StatusMessage", task)
        self.assertEqual([d["DiskImageSize"] for d in task["SnapshotDetails"]],
                         [float(3 << 20), float(1 << 20)])
        self.assertEqual([d["DeviceName"] for d in task["SnapshotDetails"]],
                         ["/dev/sda1", "/dev/sdb"])
        self.assertEqual(task["LicenseSpecifications"][0]["LicenseConfigurationArn"],
                         "arn:aws:license-manager:x")
        # The AMI and snapshots are real in moto, and reachable through the fake (forwarded).
        images = self.ec2.describe_images(ImageIds=[task["ImageId"]])["Images"]
        self.assertEqual(images[0]["Name"], task_id)
        snapshot_ids = [d["SnapshotId"] for d in task["SnapshotDetails"]]
        self.assertEqual(images[0]["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"], snapshot_ids[0])
        found = self.moto_ec2.describe_snapshots(SnapshotIds=snapshot_ids)["Snapshots"]
        self.assertEqual(len(found), 2)
        # Filters.
        for filters, expect in (([{"Name": "task-state", "Values": ["completed"]}], True),
                                ([{"Name": "task-state", "Values": ["active"]}], False),
                                ([{"Name": "tag:Name", "Values": ["fake-e2e"]}], True),
                                ([{"Name": "tag:Name", "Values": ["other"]}], False)):
            ids = [t["ImportTaskId"] for t in self.ec2.describe_import_image_tasks(
                Filters=filters)["ImportImageTasks"]]
            self.assertEqual(task_id in ids, expect, filters)

    def test_import_snapshot_creates_the_snapshot(self):
        response = self.ec2.import_snapshot(
            Description="data disk", ClientToken=uuid.uuid4().hex,
            DiskContainer={"Format": "RAW", "UserBucket": {"S3Bucket": self.bucket,
                                                           "S3Key": "disks/data.raw"}})
        detail = response["SnapshotTaskDetail"]
        self.assertEqual((detail["Status"], detail["StatusMessage"], detail["Progress"],
                          detail["DiskImageSize"]), ("active", "pending", "3", 0.0))
        messages = []
        for _ in range(10):
            tasks = self.ec2.describe_import_snapshot_tasks(
                ImportTaskIds=[response["ImportTaskId"]])
            detail = tasks["ImportSnapshotTasks"][0]["SnapshotTaskDetail"]
            if detail["Status"] != "active":
                break
            messages.append(detail["StatusMessage"])
        self.assertEqual(messages[0], "pending")
        self.assertEqual(set(messages[1:]), {"downloading/converting"})
        self.assertEqual(detail["Status"], "completed")
        self.assertEqual(detail["DiskImageSize"], float(1 << 20))
        snapshot = self.ec2.describe_snapshots(SnapshotIds=[detail["SnapshotId"]])["Snapshots"][0]
        self.assertIn(response["ImportTaskId"], snapshot["Description"])

    def test_cancel_goes_deleting_then_deleted(self):
        task_id = self.ec2.import_image(**self.image_request())["ImportTaskId"]
        cancelled = self.ec2.cancel_import_task(ImportTaskId=task_id, CancelReason="test")
        self.assertEqual(
            (cancelled["ImportTaskId"], cancelled["PreviousState"], cancelled["State"]),
            (task_id, "active", "deleting"))
        self.assertEqual(self.describe_image(task_id)["Status"], "deleting")
        self.assertEqual(self.describe_image(task_id)["Status"], "deleted")
        code, status, _ = error_of(self.ec2.cancel_import_task, ImportTaskId=task_id)
        self.assertEqual((code, status), ("IncorrectState", 400))
        code, _, _ = error_of(self.ec2.cancel_import_task,
                              ImportTaskId="import-ami-0000000000000000f")
        self.assertEqual(code, "InvalidConversionTaskId.Malformed")

    def test_dry_run_is_412(self):
        for call, kwargs in ((self.ec2.import_image, self.image_request(DryRun=True)),
                             (self.ec2.describe_import_snapshot_tasks, {"DryRun": True})):
            code, status, message = error_of(call, **kwargs)
            self.assertEqual((code, status), ("DryRunOperation", 412))
            self.assertEqual(message, "Request would have succeeded, but DryRun flag is set.")

    def test_client_token_idempotency(self):
        request = self.image_request()
        first = self.ec2.import_image(**request)["ImportTaskId"]
        self.assertEqual(self.ec2.import_image(**request)["ImportTaskId"], first)
        request["Description"] = "something else"
        code, status, _ = error_of(self.ec2.import_image, **request)
        self.assertEqual((code, status), ("IdempotentParameterMismatch", 400))

    def test_synchronous_refusals(self):
        missing = self.image_request(DiskContainers=[{"Format": "vmdk", "UserBucket": {
            "S3Bucket": self.bucket, "S3Key": "disks/nope.vmdk"}}])
        self.assertEqual(error_of(self.ec2.import_image, **missing)[:2], ("InvalidParameter", 400))
        missing_url = {"DiskContainer": {"Url": f"s3://{self.bucket}/nope.raw", "Format": "RAW"}}
        self.assertEqual(error_of(self.ec2.import_snapshot, **missing_url)[0], "InvalidParameter")
        code, _, message = error_of(self.ec2.import_image,
                                    **self.image_request(RoleName="no-such-role"))
        self.assertEqual(code, "InvalidParameter")
        self.assertIn("provided does not exist or does not have sufficient permissions", message)
        wrong_type = self.image_request(
            TagSpecifications=[{"ResourceType": "instance", "Tags": []}])
        self.assertEqual(error_of(self.ec2.import_image, **wrong_type)[0], "InvalidParameterValue")
        self.assertEqual(error_of(self.ec2.import_image, **self.image_request(
            Architecture="arm64"))[0], "InvalidParameter")
        self.assertEqual(error_of(self.ec2.describe_import_image_tasks,
                                  ImportTaskIds=["import-ami-0123456789abcdef0"])[0],
                         "InvalidConversionTaskId.Malformed")

    def test_model_validation_of_raw_requests(self):
        cases = [
            ("Action=DescribeImportImageTasks&Version=2016-11-15&Bogus=1",
             "UnknownParameter", "The parameter Bogus is not recognized"),
            # ImportImage takes DiskContainer.N; ImportSnapshot an unindexed DiskContainer.
            ("Action=ImportImage&Version=2016-11-15&DiskContainer.Format=vmdk",
             "UnknownParameter", "The parameter DiskContainer.Format is not recognized"),
            ("Action=ImportSnapshot&Version=2016-11-15&DiskContainer.1.Format=raw",
             "UnknownParameter", "The parameter DiskContainer.1.Format is not recognized"),
            ("Action=DescribeImportImageTasks&Version=2016-11-15&Filter.1.Name=task-state",
             "UnknownParameter", "The parameter Filter.1.Name is not recognized"),
            ("Action=ImportImage&Version=2016-11-15&BootMode=bios", "InvalidParameterValue", None),
            ("Action=DescribeImportImageTasks&Version=2016-11-15&DryRun=maybe",
             "InvalidParameterValue", None),
            ("Action=DescribeImportImageTasks&Version=2016-11-15&MaxResults=ten",
             "InvalidParameterValue", None),
            ("Action=CancelImportTask&Version=2016-11-15", "MissingParameter",
             "The request must contain the parameter ImportTaskId"),
            ("Action=ImportImage&Version=2016-11-15&Description=x", "MissingParameter", None),
            ("Version=2016-11-15", "MissingAction", None),
        ]
        for body, code, message in cases:
            with self.subTest(body=body):
                status, headers, text = signed(body)
                match = EC2_ERROR.match(text)
                self.assertIsNotNone(match, text)
                self.assertEqual((status, match["code"]), (400, code))
                self.assertEqual(headers["Content-Type"], "text/xml;charset=UTF-8")
                if message:
                    self.assertEqual(match["message"], message)

    def test_response_xml_shape(self):
        tags = [{"ResourceType": "import-image-task", "Tags": [{"Key": "k", "Value": "v<&>"}]}]
        task_id = self.ec2.import_image(**self.image_request(TagSpecifications=tags))[
            "ImportTaskId"]
        status, _, text = signed(f"Action=DescribeImportImageTasks&Version=2016-11-15"
                                 f"&ImportTaskId.1={task_id}")
        self.assertEqual(status, 200)
        self.assertTrue(text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'
                                        '<DescribeImportImageTasksResponse '
                                        'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">\n'
                                        '    <requestId>'), text)
        for fragment in ("<importImageTaskSet>\n        <item>", "<snapshotDetailSet>",
                         "<diskImageSize>0.0</diskImageSize>", "<progress>2</progress>",
                         "<tagSet>", "<value>v&lt;&amp;&gt;</value>",
                         f"<importTaskId>{task_id}</importTaskId>"):
            self.assertIn(fragment, text)
        self.assertNotIn("<imageId>", text)
        empty = signed("Action=DescribeImportSnapshotTasks&Version=2016-11-15&Filters.1.Name="
                       "task-state&Filters.1.Value.1=nothing-has-this")[2]
        self.assertIn("<importSnapshotTaskSet/>", empty)
        self.assertEqual(self.ec2.describe_import_snapshot_tasks(Filters=[
            {"Name": "task-state", "Values": ["nothing-has-this"]}])["ImportSnapshotTasks"], [])

    def test_pagination(self):
        container = {"Url": f"s3://{self.bucket}/disks/data.raw"}
        ids = {self.ec2.import_snapshot(DiskContainer=container)["ImportTaskId"]
               for _ in range(3)}
        first = self.ec2.describe_import_snapshot_tasks(MaxResults=2)
        self.assertEqual(len(first["ImportSnapshotTasks"]), 2)
        self.assertIn("NextToken", first)
        pages = self.ec2.get_paginator("describe_import_snapshot_tasks").paginate(
            PaginationConfig={"PageSize": 2})
        listed = [t["ImportTaskId"] for page in pages for t in page["ImportSnapshotTasks"]]
        self.assertTrue(ids <= set(listed))
        self.assertEqual(len(listed), len(set(listed)))
        self.assertEqual(error_of(self.ec2.describe_import_snapshot_tasks, NextToken="garbage")[0],
                         "InvalidPaginationToken")

    def test_tasks_belong_to_their_region_and_account(self):
        task_id = self.ec2.import_image(**self.image_request())["ImportTaskId"]
        other_region = client("ec2", region="eu-west-1")
        self.assertEqual(error_of(other_region.describe_import_image_tasks,
                                  ImportTaskIds=[task_id])[0], "InvalidConversionTaskId.Malformed")
        control("credentials", {"accessKeyId": "AKIAFAKESECONDACCT01", "secretAccessKey": "second",
                                "accountId": "210987654321"})
        other_account = client("ec2", key="AKIAFAKESECONDACCT01", secret="second")
        listed = other_account.describe_import_image_tasks()["ImportImageTasks"]
        self.assertNotIn(task_id, [t["ImportTaskId"] for t in listed])

    def test_failed_import_ends_deleted_with_client_error(self):
        self.s3.put_object(Bucket=self.bucket, Key="disks/broken-os.vmdk", Body=b"b" * 1024)
        message = "ClientError: Unknown OS / Missing OS files."
        # A scoped rule (POST /_fake/failures): replacing the config's list would drop the
        # rules of tests running at the same time.
        control("failures", {"keyContains": f"{self.bucket}/disks/broken-os", "stage": "converting",
                             "message": message})
        task_id = self.ec2.import_image(DiskContainers=[{"Format": "vmdk", "UserBucket": {
            "S3Bucket": self.bucket, "S3Key": "disks/broken-os.vmdk"}}])["ImportTaskId"]
        states = [(t["Status"], t.get("StatusMessage")) for t in
                  (self.describe_image(task_id) for _ in range(4))]
        self.assertEqual(states, [("active", "pending"), ("active", "validating"),
                                  ("deleting", message), ("deleted", message)])

    def test_time_driven_stages(self):
        agent = "vmi-steps-" + uuid.uuid4().hex[:8]
        control("config", {"stepSeconds": 1, "stepSecondsUserAgent": agent})
        try:
            task_id = client("ec2", user_agent_extra=agent).import_image(
                **self.image_request())["ImportTaskId"]
        finally:
            control("config", {"stepSeconds": 0, "stepSecondsUserAgent": ""})
        self.assertEqual(self.describe_image(task_id)["StatusMessage"], "pending")
        self.assertEqual(self.describe_image(task_id)["StatusMessage"], "pending")
        time.sleep(2.2)
        self.assertEqual(self.describe_image(task_id)["StatusMessage"], "converting")


class AuthTest(FakeTestCase):
    def test_wrong_keys_are_refused(self):
        cases = [
            (client("ec2", secret="wrong"), "describe_import_image_tasks", {}, "AuthFailure", 401),
            (client("ec2", key="AKIANOSUCHKEY0000000"), "describe_import_image_tasks", {},
             "AuthFailure", 401),
            (client("ec2", signature_version=botocore.UNSIGNED), "describe_import_image_tasks", {},
             "MissingAuthenticationToken", 401),
            # Forwarded actions are checked too, before they reach moto.
            (client("ec2", secret="wrong"), "describe_regions", {}, "AuthFailure", 401),
            (client("imagebuilder", secret="wrong"), "list_infrastructure_configurations", {},
             "InvalidSignatureException", 403),
            (client("imagebuilder", key="AKIANOSUCHKEY0000000"),
             "list_infrastructure_configurations", {}, "UnrecognizedClientException", 403),
        ]
        for api, method, kwargs, code, status in cases:
            with self.subTest(code=code, method=method):
                self.assertEqual(error_of(getattr(api, method), **kwargs)[:2], (code, status))

    def test_tampered_body_is_refused(self):
        body = "Action=DescribeImportImageTasks&Version=2016-11-15"
        self.assertEqual(signed(body)[0], 200)
        status, _, text = signed(body, tamper=lambda b: b + b"&MaxResults=5")
        self.assertEqual((status, EC2_ERROR.match(text)["code"]), (401, "AuthFailure"))

    def test_clock_skew(self):
        for offset, ib_text in ((900, "Signature expired"), (-900, "Signature not yet current")):
            with self.subTest(offset=offset):
                # Only this test's clients see the skewed clock (see State.scoped).
                agent = "vmi-skew-" + uuid.uuid4().hex[:8]
                control("config", {"clockOffsetSeconds": offset,
                                   "clockOffsetSecondsUserAgent": agent})
                try:
                    code, status, _ = error_of(
                        client("ec2", user_agent_extra=agent).describe_import_image_tasks)
                    status_ib = error_of(client("imagebuilder", user_agent_extra=agent)
                                         .list_infrastructure_configurations)
                    _, headers, _ = signed("Action=DescribeImportImageTasks&Version=2016-11-15",
                                           agent=agent)
                finally:
                    control("config", {"clockOffsetSeconds": 0,
                                       "clockOffsetSecondsUserAgent": ""})
                self.assertEqual((code, status), ("RequestExpired", 400))
                self.assertEqual(status_ib[:2], ("InvalidSignatureException", 403))
                self.assertIn(ib_text, status_ib[2])
                server_time = calendar.timegm(time.strptime(headers["Date"],
                                                            "%a, %d %b %Y %H:%M:%S GMT"))
                self.assertAlmostEqual(server_time - time.time(), offset, delta=30)


class ForwardingTest(FakeTestCase):
    def test_unemulated_ec2_actions_reach_moto(self):
        regions = self.ec2.describe_regions()["Regions"]
        self.assertIn(FAKE["region"], [r["RegionName"] for r in regions])
        image_id = self.moto_ec2.register_image(Name="fwd-" + uuid.uuid4().hex[:8])["ImageId"]
        self.ec2.create_tags(Resources=[image_id], Tags=[{"Key": "via", "Value": "fake"}])
        image = self.moto_ec2.describe_images(ImageIds=[image_id])["Images"][0]
        self.assertIn({"Key": "via", "Value": "fake"}, image["Tags"])
        code, status, _ = error_of(self.ec2.describe_images, ImageIds=["ami-00000000000000000"])
        self.assertEqual(status, 400)  # moto's own answer, passed through
        self.assertTrue(code.startswith("InvalidAMIID"), code)


class InjectionTest(FakeTestCase):
    """Every rule is scoped to this test's own User-Agent: the fake is shared with tests that
    run at the same time, and an unscoped rule (or clearing all rules) would hit them."""

    def test_injected_errors_then_recovery(self):
        agent = "vmi-inject-" + uuid.uuid4().hex[:8]
        ec2 = client("ec2", user_agent_extra=agent)
        control("inject", {"action": "DescribeImportImageTasks", "status": 503,
                           "code": "RequestLimitExceeded", "message": "Request limit exceeded.",
                           "count": 2, "userAgentContains": agent})
        for _ in range(2):
            self.assertEqual(error_of(ec2.describe_import_image_tasks)[:2],
                             ("RequestLimitExceeded", 503))
        ec2.describe_import_image_tasks()
        # botocore's standard retry mode rides out the same failures on its own.
        control("inject", {"action": "DescribeImportImageTasks", "status": 503,
                           "code": "Unavailable", "count": 2, "userAgentContains": agent})
        since = control("requests")["nextSeq"]
        retrying = client("ec2", user_agent_extra=agent,
                          retries={"total_max_attempts": 3, "mode": "standard"})
        retrying.describe_import_image_tasks()
        seen = [r for r in control(f"requests?since={since}")["requests"]
                if agent in r["userAgent"]]
        self.assertEqual([r["status"] for r in seen], [503, 503, 200])

    def test_injected_image_builder_error(self):
        agent = "vmi-inject-" + uuid.uuid4().hex[:8]
        control("inject", {"service": "imagebuilder", "action": "GetImage", "status": 429,
                           "code": "TooManyRequestsException", "count": 1,
                           "userAgentContains": agent})
        code, status, _ = error_of(client("imagebuilder", user_agent_extra=agent).get_image,
                                   imageBuildVersionArn="arn:aws:imagebuilder:us-east-1:"
                                   "123456789012:image/x/1.0.0/1")
        self.assertEqual((code, status), ("TooManyRequestsException", 429))

    def test_delay_trips_client_timeout(self):
        agent = "vmi-inject-" + uuid.uuid4().hex[:8]
        control("inject", {"action": "DescribeImportSnapshotTasks", "delaySeconds": 3, "count": 1,
                           "userAgentContains": agent})
        slow = client("ec2", read_timeout=1, connect_timeout=5, user_agent_extra=agent)
        with self.assertRaises(ReadTimeoutError):
            slow.describe_import_snapshot_tasks()

    def test_requests_are_recorded_without_secrets(self):
        since = control("requests")["nextSeq"]
        token = uuid.uuid4().hex
        self.ec2.import_image(**self.image_request(ClientToken=token))
        recorded = control(f"requests?since={since}")
        entry = next(r for r in recorded["requests"] if r["action"] == "ImportImage")
        self.assertEqual(entry["params"]["ClientToken"], token)
        self.assertEqual(entry["params"]["DiskContainer.1.UserBucket.S3Bucket"], self.bucket)
        self.assertEqual(entry["status"], 200)
        text = json.dumps(recorded)
        self.assertNotIn(FAKE["secretAccessKey"], text)
        self.assertNotIn("Signature=", text)


class ImageBuilderTest(FakeTestCase):
    def test_import_disk_image_runs_to_available(self):
        response = self.import_disk_image(tags={"team": "vmi"})
        arn = response["imageBuildVersionArn"]
        self.assertRegex(arn, r"^arn:aws:imagebuilder:[a-z0-9-]+:\d{12}:"
                              r"image/win11-[0-9a-f]{8}/1\.0\.0/1$")
        states = []
        for _ in range(10):
            image = self.ib.get_image(imageBuildVersionArn=arn)["image"]
            states.append(image["state"]["status"])
            if states[-1] == "AVAILABLE":
                break
        self.assertEqual(states, IB_STATES)
        self.assertEqual((image["buildType"], image["platform"], image["tags"]),
                         ("IMPORT_ISO", "Windows", {"team": "vmi"}))
        ami = image["outputResources"]["amis"][0]
        self.assertEqual(ami["region"], FAKE["region"])
        self.assertEqual(len(self.moto_ec2.describe_images(ImageIds=[ami["image"]])["Images"]), 1)
        # The version ARN without the build number finds the newest build.
        by_version = self.ib.get_image(imageBuildVersionArn=arn.rsplit("/", 1)[0])["image"]
        self.assertEqual(by_version["arn"], arn)

    def test_cancel_image_creation(self):
        arn = self.import_disk_image()["imageBuildVersionArn"]
        token = uuid.uuid4().hex
        response = self.ib.cancel_image_creation(imageBuildVersionArn=arn, clientToken=token)
        self.assertEqual((response["imageBuildVersionArn"], response["clientToken"]), (arn, token))
        self.assertEqual(self.ib.get_image(imageBuildVersionArn=arn)["image"]["state"]["status"],
                         "CANCELLED")
        # Same token again: the same answer; a new token on a cancelled image: refused.
        self.ib.cancel_image_creation(imageBuildVersionArn=arn, clientToken=token)
        self.assertEqual(error_of(self.ib.cancel_image_creation, imageBuildVersionArn=arn)[:2],
                         ("ResourceInUseException", 400))

    def test_idempotency_and_refusals(self):
        token = uuid.uuid4().hex
        name = "win11-" + uuid.uuid4().hex[:8]
        first = self.import_disk_image(name=name, clientToken=token)
        again = self.import_disk_image(name=name, clientToken=token)
        self.assertEqual(again["imageBuildVersionArn"], first["imageBuildVersionArn"])
        self.assertEqual(error_of(self.import_disk_image, name=name + "x", clientToken=token)[:2],
                         ("IdempotentParameterMismatchException", 400))
        self.assertEqual(error_of(self.import_disk_image, semanticVersion="1.0")[:2],
                         ("InvalidParameterValueException", 400))
        self.assertEqual(error_of(self.import_disk_image,
                                  uri=f"s3://{self.bucket}/iso/none.iso")[0],
                         "InvalidParameterValueException")
        self.assertEqual(error_of(self.ib.get_image, imageBuildVersionArn=first[
            "imageBuildVersionArn"].replace("/1.0.0/1", "/9.9.9/1"))[:2],
            ("ResourceNotFoundException", 404))

    def test_raw_json_validation(self):
        good = {"name": "win11-raw", "semanticVersion": "1.0.0", "platform": "Windows",
                "osVersion": "Microsoft Windows 11",
                "infrastructureConfigurationArn": self.infra_arn(),
                "uri": f"s3://{self.bucket}/iso/win11.iso", "clientToken": uuid.uuid4().hex}
        cases = [
            ({k: v for k, v in good.items() if k != "name"}, "InvalidRequestException", 400),
            (dict(good, bogus=1), "InvalidRequestException", 400),
            (dict(good, windowsConfiguration={"imageIndex": 0}),
             "InvalidParameterValueException", 400),
            (dict(good, registerImageOptions={"secureBootEnabled": "yes"}),
             "InvalidParameterValueException", 400),
        ]
        for body, code, status in cases:
            with self.subTest(body=body):
                got_status, headers, text = signed(json.dumps(body), "imagebuilder",
                                                   "/ImportDiskImage", "PUT")
                self.assertEqual((got_status, headers["x-amzn-ErrorType"]), (status, code))
                self.assertIn("message", json.loads(text))
        status, headers, text = signed(json.dumps(good), "imagebuilder", "/ImportDiskImage", "PUT")
        self.assertEqual(status, 200, text)
        self.assertEqual(set(json.loads(text)), {"clientToken", "imageBuildVersionArn"})

    def test_list_infrastructure_configurations_pages(self):
        names = [f"vmi-page-{uuid.uuid4().hex[:6]}-{i}" for i in range(2)]
        for name in names:
            control("infrastructure-configurations", {"name": name, "region": FAKE["region"],
                                                      "accountId": FAKE["accountId"]})
        pages = self.ib.get_paginator("list_infrastructure_configurations").paginate(
            PaginationConfig={"PageSize": 1})
        listed = [c["name"] for page in pages
                  for c in page["infrastructureConfigurationSummaryList"]]
        self.assertTrue({"vmimport-tests", *names} <= set(listed))
        self.assertEqual(error_of(self.ib.list_infrastructure_configurations, maxResults=26)[0],
                         "InvalidParameterValueException")


def aws_cli_v2():
    """Debian's AWS CLI v2, if installed (a pip-installed v1 may shadow it on PATH)."""
    for candidate in ("/usr/bin/aws", shutil.which("aws")):
        if candidate and os.path.exists(candidate):
            version = subprocess.run([candidate, "--version"], capture_output=True, text=True)
            if version.stdout.startswith("aws-cli/2."):
                return candidate
    return None


class AwsCliTest(FakeTestCase):
    """The AWS CLI v2 against the fake: `aws ec2 import-image --cli-input-json file://x.json
    --endpoint-url <fake>` with credentials and Region from the environment. A test of the
    C++ CLI can run it the same way (env below, HOME/config pointed at a temp dir) and compare
    its JSON output with ours for the same input file."""

    def setUp(self):
        self.aws = aws_cli_v2()
        if not self.aws:
            self.skipTest("AWS CLI v2 not installed")
        self.home = tempfile.mkdtemp(prefix="vmi-awscli-")
        self.env = dict(os.environ, HOME=self.home, AWS_ACCESS_KEY_ID=FAKE["accessKeyId"],
                        AWS_SECRET_ACCESS_KEY=FAKE["secretAccessKey"],
                        AWS_DEFAULT_REGION=FAKE["region"], AWS_PAGER="",
                        AWS_CONFIG_FILE=os.path.join(self.home, "config"),
                        AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.home, "credentials"),
                        AWS_EC2_METADATA_DISABLED="true")
        for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
            self.env.pop(name, None)

    def tearDown(self):
        shutil.rmtree(getattr(self, "home", ""), ignore_errors=True)

    def run_aws(self, *args):
        return subprocess.run([self.aws, *args, "--endpoint-url", FAKE["endpoint"], "--output",
                               "json"], capture_output=True, text=True, env=self.env, timeout=120)

    def test_import_image_with_cli_input_json(self):
        input_file = os.path.join(self.home, "import.json")
        with open(input_file, "w") as f:
            json.dump(self.image_request(TagSpecifications=[{
                "ResourceType": "import-image-task",
                "Tags": [{"Key": "by", "Value": "aws-cli"}]}]), f)
        done = self.run_aws("ec2", "import-image", "--cli-input-json", f"file://{input_file}")
        self.assertEqual(done.returncode, 0, done.stderr)
        submitted = json.loads(done.stdout)
        self.assertEqual((submitted["Status"], submitted["StatusMessage"]), ("active", "pending"))
        for _ in range(10):
            done = self.run_aws("ec2", "describe-import-image-tasks", "--import-task-ids",
                                submitted["ImportTaskId"])
            self.assertEqual(done.returncode, 0, done.stderr)
            task = json.loads(done.stdout)["ImportImageTasks"][0]
            if task["Status"] == "completed":
                break
        self.assertTrue(task["ImageId"].startswith("ami-"))
        dry = self.run_aws("ec2", "import-image", "--cli-input-json", f"file://{input_file}",
                           "--dry-run")
        self.assertNotEqual(dry.returncode, 0)
        self.assertIn("DryRunOperation", dry.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
