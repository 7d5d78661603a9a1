#!/usr/bin/env python3
"""`vmimport ec2 ...` / `vmimport imagebuilder ...` against the AWS CLI, both pointed at the
import fake with the same input files (ctest: cli.matches-aws-cli; fixtures moto + importfake).

Same input, same request on the wire, same JSON printed: stdout is compared byte for byte,
and for failures stderr and the exit status too. The EC2 commands are compared with the AWS
CLI v2 (Debian's /usr/bin/aws, whose EC2 model has the same import shapes as botocore
1.43); Image Builder's ImportDiskImage is newer than that CLI, so those are compared with the
AWS CLI v1 in python3 (botocore 1.43.11), whose JSON output is printed the same way.

Tasks advance one stage per Describe call in the fake, so outputs are compared only where
they cannot move between the two runs: the answer to a repeated ClientToken (the same task,
not advanced), and tasks that have reached a terminal state.

Needs VMI_VMIMPORT (the binary), VMI_IMPORT_FAKE_STATE and VMI_MOTO_STATE.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.request
import uuid

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vmi_testing import load_state  # noqa: E402

sys.dont_write_bytecode = True


FAKE = load_state("VMI_IMPORT_FAKE_STATE")
MOTO = load_state("VMI_MOTO_STATE")
VMIMPORT = os.environ.get("VMI_VMIMPORT", "")
AWS_V2 = os.environ.get("VMI_AWS_CLI_V2", "")

VMIMPORT_TRUST = {"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "vmie.amazonaws.com"}, "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"sts:Externalid": "vmimport"}}}]}


def boto(service, endpoint):
    return boto3.client(service, endpoint_url=endpoint, region_name=FAKE["region"],
                        aws_access_key_id=FAKE["accessKeyId"],
                        aws_secret_access_key=FAKE["secretAccessKey"],
                        config=Config(retries={"total_max_attempts": 1}))


class CliMatchesAwsCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        version = subprocess.run([AWS_V2, "--version"], capture_output=True, text=True) \
            if AWS_V2 else None
        if not version or not version.stdout.startswith("aws-cli/2."):
            raise SystemExit(f"VMI_AWS_CLI_V2 ({AWS_V2!r}) is not the AWS CLI v2 (Debian package "
                             "awscli)")
        cls.home = tempfile.mkdtemp(prefix="vmi-cli-compare-")
        # Both CLIs get the same private environment: keys and Region from variables, no
        # config files of the machine's user, no pager, no endpoint from the environment.
        cls.env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        cls.env.update(HOME=cls.home, AWS_ACCESS_KEY_ID=FAKE["accessKeyId"],
                       AWS_SECRET_ACCESS_KEY=FAKE["secretAccessKey"],
                       AWS_DEFAULT_REGION=FAKE["region"], AWS_PAGER="",
                       AWS_CONFIG_FILE=os.path.join(cls.home, "config"),
                       AWS_SHARED_CREDENTIALS_FILE=os.path.join(cls.home, "credentials"),
                       AWS_EC2_METADATA_DISABLED="true",
                       # Scopes the fake's injected errors to this test's vmimport runs:
                       # other tests run vmimport against the same fake at the same time.
                       AWS_SDK_UA_APP_ID="vmi-cli-compare")
        s3 = boto("s3", MOTO["endpoint"])
        cls.bucket = "vmi-cli-" + uuid.uuid4().hex[:12]
        s3.create_bucket(Bucket=cls.bucket)
        s3.put_object(Bucket=cls.bucket, Key="disks/root.vmdk", Body=b"r" * (2 << 20))
        s3.put_object(Bucket=cls.bucket, Key="iso/win11.iso", Body=b"i" * 4096)
        try:
            boto("iam", MOTO["endpoint"]).create_role(
                RoleName="vmimport", AssumeRolePolicyDocument=json.dumps(VMIMPORT_TRUST))
        except ClientError as err:
            if err.response["Error"]["Code"] != "EntityAlreadyExists":
                raise

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.home, ignore_errors=True)

    def write_input(self, request):
        path = os.path.join(self.home, uuid.uuid4().hex + ".json")
        with open(path, "w") as f:
            json.dump(request, f)
        return "file://" + path

    def run_cli(self, program, *args):
        command = ([sys.executable, "-m", "awscli"] if program == "aws-v1" else
                   [AWS_V2] if program == "aws" else [VMIMPORT])
        return subprocess.run(command + list(args) + ["--endpoint-url", FAKE["endpoint"],
                                                      "--output", "json"],
                               capture_output=True, text=True, env=self.env, timeout=120)

    # Image Builder puts a per-request id into some answers' bodies: the one thing two calls
    # cannot share.
    REQUEST_ID = re.compile(r'("requestId": )"[^"]*"')

    def assertSameRun(self, args, reference="aws", compare_stderr=True, compare_status=True):
        """Runs the reference CLI first, then vmimport, and compares what they print."""
        theirs = self.run_cli(reference, *args)
        ours = self.run_cli("vmimport", *args)
        self.assertEqual(self.REQUEST_ID.sub(r'\1"…"', ours.stdout),
                         self.REQUEST_ID.sub(r'\1"…"', theirs.stdout),
                         f"stdout differs for {args}\nstderr of vmimport: {ours.stderr}")
        if compare_stderr:
            self.assertEqual(ours.stderr, theirs.stderr, f"stderr differs for {args}")
        if compare_status:
            self.assertEqual(ours.returncode, theirs.returncode, f"exit status differs for {args}")
        return theirs

    def image_request(self, **extra):
        request = {"Description": "cli comparison",
                   "Architecture": "x86_64", "BootMode": "uefi", "Platform": "Linux",
                   "LicenseType": "BYOL", "RoleName": "vmimport",
                   "DiskContainers": [
                       {"Description": "root disk", "Format": "vmdk", "DeviceName": "/dev/sda1",
                        "UserBucket": {"S3Bucket": self.bucket, "S3Key": "disks/root.vmdk"}},
                       {"Format": "vmdk", "Url": f"s3://{self.bucket}/disks/root.vmdk"}],
                   "TagSpecifications": [{"ResourceType": "import-image-task",
                                          "Tags": [{"Key": "team", "Value": "vmi"},
                                                   {"Key": "empty", "Value": ""}]}],
                   "LicenseSpecifications": [{"LicenseConfigurationArn":
                                              "arn:aws:license-manager:us-east-1:123456789012:"
                                              "license-configuration:lic-0123456789abcdef0"}],
                   "ClientData": {"Comment": "ünïcode ✓", "UploadSize": 1.5,
                                  "UploadStart": "2026-11-20T10:00:00Z",
                                  "UploadEnd": "2026-11-20T11:30:00Z"},
                   "ClientToken": uuid.uuid4().hex}
        request.update(extra)
        return request

    def test_import_image_and_its_task(self):
        input_json = self.write_input(self.image_request())
        submitted = json.loads(self.assertSameRun(["ec2", "import-image",
                                                   "--cli-input-json", input_json]).stdout)
        task_id = submitted["ImportTaskId"]
        # Drive the task to its end with boto3, then compare the finished task.
        ec2 = boto("ec2", FAKE["endpoint"])
        for _ in range(20):
            task = ec2.describe_import_image_tasks(ImportTaskIds=[task_id])["ImportImageTasks"][0]
            if task["Status"] == "completed":
                break
        self.assertEqual(task["Status"], "completed")
        self.assertSameRun(["ec2", "describe-import-image-tasks", "--import-task-ids", task_id])
        self.assertSameRun(["ec2", "describe-import-image-tasks",
                            "--cli-input-json", self.write_input({"ImportTaskIds": [task_id]})])

    def test_import_snapshot_and_cancel(self):
        request = {"Description": "snapshot", "Encrypted": True, "KmsKeyId": "alias/aws/ebs",
                   "DiskContainer": {"Format": "VMDK", "UserBucket": {
                       "S3Bucket": self.bucket, "S3Key": "disks/root.vmdk"}},
                   "ClientToken": uuid.uuid4().hex, "RoleName": "vmimport"}
        input_json = self.write_input(request)
        submitted = json.loads(self.assertSameRun(["ec2", "import-snapshot",
                                                   "--cli-input-json", input_json]).stdout)
        task_id = submitted["ImportTaskId"]
        boto("ec2", FAKE["endpoint"]).cancel_import_task(ImportTaskId=task_id)
        # Cancelled: deleting, then deleted on the next look; both CLIs see "deleted" after that.
        boto("ec2", FAKE["endpoint"]).describe_import_snapshot_tasks(ImportTaskIds=[task_id])
        self.assertSameRun(["ec2", "describe-import-snapshot-tasks", "--import-task-ids", task_id])

    def finished_snapshot_tasks(self, count):
        """Makes `count` snapshot tasks tagged with a fresh run id and drives them to the end.
        Returns the --cli-input-json that selects exactly them."""
        run_id = uuid.uuid4().hex
        ec2 = boto("ec2", FAKE["endpoint"])
        ids = []
        for _ in range(count):
            ids.append(ec2.import_snapshot(
                DiskContainer={"Format": "VMDK", "UserBucket": {"S3Bucket": self.bucket,
                                                                "S3Key": "disks/root.vmdk"}},
                TagSpecifications=[{"ResourceType": "import-snapshot-task",
                                    "Tags": [{"Key": "run", "Value": run_id}]}])["ImportTaskId"])
        for _ in range(10):
            tasks = ec2.describe_import_snapshot_tasks(ImportTaskIds=ids)["ImportSnapshotTasks"]
            if all(t["SnapshotTaskDetail"]["Status"] == "completed" for t in tasks):
                break
        self.assertTrue(all(t["SnapshotTaskDetail"]["Status"] == "completed" for t in tasks))
        return {"Filters": [{"Name": "tag:run", "Values": [run_id]}]}

    def test_paging_follows_the_aws_cli(self):
        """The AWS CLI v2 pages automatically unless the input sets the page size or token
        itself (by option or in --cli-input-json): then it prints that one page with its
        NextToken. (How pages merge is tst_page_merger's.)"""
        selection = self.finished_snapshot_tasks(3)
        everything = json.loads(self.assertSameRun(["ec2", "describe-import-snapshot-tasks",
                                                    "--cli-input-json",
                                                    self.write_input(selection)]).stdout)
        self.assertEqual(len(everything["ImportSnapshotTasks"]), 3)
        one_per_page = self.write_input(dict(selection, MaxResults=1))
        first_page = json.loads(self.assertSameRun(["ec2", "describe-import-snapshot-tasks",
                                                    "--cli-input-json", one_per_page]).stdout)
        self.assertEqual(len(first_page["ImportSnapshotTasks"]), 1)
        self.assertIn("NextToken", first_page)
        second_page = json.loads(self.assertSameRun(
            ["ec2", "describe-import-snapshot-tasks", "--cli-input-json", one_per_page,
             "--next-token", first_page["NextToken"]]).stdout)
        self.assertNotEqual(second_page["ImportSnapshotTasks"], first_page["ImportSnapshotTasks"])
        self.assertSameRun(["ec2", "describe-import-snapshot-tasks", "--cli-input-json",
                            self.write_input(selection), "--no-paginate"])

    def test_profile_from_the_shared_files(self):
        """--profile: keys from the credentials file, Region from the config file."""
        with open(self.env["AWS_SHARED_CREDENTIALS_FILE"], "w") as f:
            f.write(f"[importer]\naws_access_key_id = {FAKE['accessKeyId']}\n"
                    f"aws_secret_access_key = {FAKE['secretAccessKey']}\n")
        with open(self.env["AWS_CONFIG_FILE"], "w") as f:
            f.write(f"[profile importer]\nregion = {FAKE['region']}\n")
        try:
            selection = self.write_input(self.finished_snapshot_tasks(1))
            saved = dict(self.env)
            for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"):
                self.env.pop(name)
            run = self.assertSameRun(["--profile", "importer", "ec2",
                                      "describe-import-snapshot-tasks", "--cli-input-json",
                                      selection])
            self.assertEqual(run.returncode, 0, run.stderr)
            missing = self.assertSameRun(["ec2", "describe-import-snapshot-tasks", "--profile",
                                          "nobody"])
            self.assertEqual(missing.returncode, 255)
        finally:
            self.env.clear()
            self.env.update(saved)
            os.remove(self.env["AWS_SHARED_CREDENTIALS_FILE"])
            os.remove(self.env["AWS_CONFIG_FILE"])

    def test_role_profiles_call_sts_at_the_sts_endpoint(self):
        """--endpoint-url names the command's service only: a role profile's AssumeRole goes
        to STS (here AWS_ENDPOINT_URL_STS, moto), with the command's Region."""
        iam = boto("iam", MOTO["endpoint"])
        role_name = "vmi-cli-" + uuid.uuid4().hex[:8]
        role_arn = iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Action": "sts:AssumeRole",
                "Principal": {"AWS": MOTO["userArn"]}}]}))["Role"]["Arn"]
        with open(self.env["AWS_SHARED_CREDENTIALS_FILE"], "w") as f:
            f.write(f"[base]\naws_access_key_id = {MOTO['accessKeyId']}\n"
                    f"aws_secret_access_key = {MOTO['secretAccessKey']}\n")
        with open(self.env["AWS_CONFIG_FILE"], "w") as f:
            f.write(f"[profile role]\nrole_arn = {role_arn}\nsource_profile = base\n")
        env = {k: v for k, v in self.env.items()
               if k not in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
        env["AWS_ENDPOINT_URL_STS"] = MOTO["endpoint"]
        try:
            run = subprocess.run([VMIMPORT, "--debug", "--profile", "role", "--region",
                                  FAKE["region"], "ec2", "describe-import-snapshot-tasks",
                                  "--endpoint-url", FAKE["endpoint"]],
                                 capture_output=True, text=True, env=env, timeout=120)
        finally:
            os.remove(self.env["AWS_SHARED_CREDENTIALS_FILE"])
            os.remove(self.env["AWS_CONFIG_FILE"])
        self.assertIn(f"[sts AssumeRole, attempt 1/3] POST {MOTO['endpoint']}/", run.stderr)
        self.assertNotIn(f"[sts AssumeRole, attempt 1/3] POST {FAKE['endpoint']}", run.stderr)
        self.assertIn(f"/{FAKE['region']}/sts/aws4_request", run.stderr)
        self.assertIn(f"[ec2 DescribeImportSnapshotTasks, attempt 1/3] POST {FAKE['endpoint']}/",
                      run.stderr)

    def test_dry_run_is_the_same_error(self):
        input_json = self.write_input(self.image_request())
        run = self.assertSameRun(["ec2", "import-image", "--cli-input-json", input_json,
                                  "--dry-run"])
        self.assertEqual(run.returncode, 254)
        self.assertIn("DryRunOperation", run.stderr)

    def test_service_error_is_the_same(self):
        request = self.image_request()
        request["DiskContainers"][0]["UserBucket"]["S3Key"] = "disks/missing.vmdk"
        run = self.assertSameRun(["ec2", "import-image",
                                  "--cli-input-json", self.write_input(request)])
        self.assertEqual(run.returncode, 254)

    def test_giving_up_after_retries_is_worded_the_same(self):
        """With AWS_MAX_ATTEMPTS=2 and a service failing every time, both CLIs retry once and
        say so: "(reached max retries: 1)"."""
        control = FAKE["controlEndpoint"] + "/inject"
        for agent in ("aws-cli/2", "vmimport/"):
            if agent == "vmimport/":
                agent = "app/vmi-cli-compare"
            request = urllib.request.Request(control, method="POST", data=json.dumps(
                {"action": "DescribeImportSnapshotTasks", "status": 500, "code": "InternalError",
                 "count": 2, "userAgentContains": agent}).encode(),
                headers={"Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=30).close()
        saved = dict(self.env)
        self.env["AWS_MAX_ATTEMPTS"] = "2"
        try:
            run = self.assertSameRun(["ec2", "describe-import-snapshot-tasks"])
        finally:
            self.env.clear()
            self.env.update(saved)
        self.assertEqual(run.returncode, 254)
        self.assertIn("(reached max retries: 1)", run.stderr)

    def test_unknown_task_is_the_same_error(self):
        self.assertSameRun(["ec2", "describe-import-image-tasks", "--import-task-ids",
                            "import-ami-0123456789abcdef0"])

    def test_skeletons(self):
        for operation in ("import-image", "import-snapshot", "describe-import-image-tasks",
                          "cancel-import-task"):
            self.assertSameRun(["ec2", operation, "--generate-cli-skeleton"])

    def test_debug_shows_the_wire_without_secrets(self):
        """--debug prints every request and answer, but never a secret: not the secret key,
        not the signature, not a session token, not a presigned URL's signature."""
        token = "FQoGZXIvYXdzE" + uuid.uuid4().hex * 4
        presigned = (f"https://{self.bucket}.s3.amazonaws.com/disks/root.vmdk?X-Amz-Algorithm="
                     "AWS4-HMAC-SHA256&X-Amz-Signature=" + "ab" * 32)
        request = self.image_request(DiskContainers=[{"Format": "vmdk", "Url": presigned}])
        env = dict(self.env, AWS_SESSION_TOKEN=token)
        run = subprocess.run([VMIMPORT, "--debug", "ec2", "import-image", "--cli-input-json",
                              self.write_input(request), "--endpoint-url", FAKE["endpoint"]],
                             capture_output=True, text=True, env=env, timeout=120)
        self.assertIn("POST " + FAKE["endpoint"], run.stderr)
        self.assertIn("Signature=REDACTED", run.stderr)
        # (stdout is the answer, printed as the AWS CLI prints it: EC2 echoes the Url back.)
        for secret in (FAKE["secretAccessKey"], token, "ab" * 32):
            self.assertNotIn(secret, run.stderr)

    def test_image_builder_import_disk_image(self):
        ib = boto("imagebuilder", FAKE["endpoint"])
        infrastructure = ib.list_infrastructure_configurations()[
            "infrastructureConfigurationSummaryList"][0]["arn"]
        request = {"name": "win11-cli", "semanticVersion": "1.0.0", "description": "compare",
                   "platform": "Windows", "osVersion": "Microsoft Windows 11",
                   "infrastructureConfigurationArn": infrastructure,
                   "uri": f"s3://{self.bucket}/iso/win11.iso",
                   "tags": {"team": "vmi"}, "registerImageOptions": {"secureBootEnabled": True},
                   "windowsConfiguration": {"imageIndex": 3},
                   "clientToken": str(uuid.uuid4())}
        input_json = self.write_input(request)
        submitted = json.loads(self.assertSameRun(
            ["imagebuilder", "import-disk-image", "--cli-input-json", input_json],
            reference="aws-v1", compare_stderr=False).stdout)
        arn = submitted["imageBuildVersionArn"]
        for _ in range(20):
            state = ib.get_image(imageBuildVersionArn=arn)["image"]["state"]["status"]
            if state == "AVAILABLE":
                break
        self.assertEqual(state, "AVAILABLE")
        self.assertSameRun(["imagebuilder", "get-image", "--image-build-version-arn", arn],
                           reference="aws-v1", compare_stderr=False)
        # Other tests add configurations concurrently: list only the fixture's own one.
        only_the_fixtures = self.write_input(
            {"filters": [{"name": "name", "values": ["vmimport-tests"]}]})
        self.assertSameRun(["imagebuilder", "list-infrastructure-configurations",
                            "--cli-input-json", only_the_fixtures],
                           reference="aws-v1", compare_stderr=False)


if __name__ == "__main__":
    unittest.main(verbosity=2)
