#!/usr/bin/env python3
"""`vmimport run` and `vmimport resume` end to end (ctest: cli.run; fixtures moto, importfake).

A profile runs from its local disk images (made by qemu-img) to a completed task: ImportImage
with two disks, ImportSnapshot registered as an AMI afterwards, Image Builder ImportDiskImage.
The process SIGKILLed during the upload, and again during monitoring, is resumed and finishes,
and the import fake saw exactly one import request per job. Cancel during the upload leaves no
multipart upload; a failing import ends with its status message and the fix; the AMI and its
snapshots carry the requested tags in moto afterwards; uploads are deleted when asked.

S3 and IAM are moto (authentication on), EC2 and Image Builder the import fake, reached the
way a user reaches them: AWS_ENDPOINT_URL_<SERVICE> and keys in the environment.
"""

import glob
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import uuid

import boto3
from botocore.exceptions import ClientError

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_proxy import FaultProxy  # noqa: E402
from vmi_testing import MIB, load_state  # noqa: E402


MOTO = load_state("VMI_MOTO_STATE")
FAKE = load_state("VMI_IMPORT_FAKE_STATE")
VMIMPORT = os.environ.get("VMI_VMIMPORT", "")
QEMU_IMG = shutil.which("qemu-img")

VMIMPORT_TRUST = {"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "vmie.amazonaws.com"}, "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"sts:Externalid": "vmimport"}}}]}


def boto(service):
    endpoint = FAKE["endpoint"] if service in ("ec2", "imagebuilder") else MOTO["endpoint"]
    return boto3.client(service, endpoint_url=endpoint, region_name=MOTO["region"],
                        aws_access_key_id=MOTO["accessKeyId"],
                        aws_secret_access_key=MOTO["secretAccessKey"])


def fake_control(path, payload=None):
    data = json.dumps(payload).encode() if payload is not None else None
    request = urllib.request.Request(FAKE["controlEndpoint"] + "/" + path, data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def bootable_raw_disk(path, size, random_content=False):
    """A raw disk with an MBR and one Linux partition, the rest zeros or random bytes."""
    with open(path, "wb") as f:
        if random_content:
            left = size
            while left:
                chunk = min(left, 8 * MIB)
                f.write(os.urandom(chunk))
                left -= chunk
        else:
            f.truncate(size)
        f.seek(446)
        sectors = size // 512 - 2048
        f.write(bytes([0x80, 0, 0, 0, 0x83, 0, 0, 0]) + struct.pack("<II", 2048, sectors))
        f.seek(510)
        f.write(b"\x55\xaa")


def iso_file(path):
    """An ISO 9660 image: the primary volume descriptor's "CD001" at sector 16."""
    with open(path, "wb") as f:
        f.truncate(2 * MIB)
        f.seek(16 * 2048)
        f.write(b"\x01CD001\x01")
        f.seek(17 * 2048)
        f.write(b"\xffCD001\x01")


class VmimportRun(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(VMIMPORT, os.X_OK):
            raise SystemExit(f"VMI_VMIMPORT is not an executable: {VMIMPORT!r}")
        if not QEMU_IMG:
            raise SystemExit("qemu-img is missing (Debian package qemu-utils)")
        cls.s3 = boto("s3")
        cls.ec2 = boto("ec2")
        cls.bucket = "vmi-run-" + uuid.uuid4().hex[:12]
        cls.s3.create_bucket(Bucket=cls.bucket)
        try:
            boto("iam").create_role(RoleName="vmimport",
                                    AssumeRolePolicyDocument=json.dumps(VMIMPORT_TRUST))
        except ClientError as err:
            if err.response["Error"]["Code"] != "EntityAlreadyExists":
                raise
        cls.proxy = FaultProxy(MOTO["endpoint"])
        cls.workdir = tempfile.mkdtemp(prefix="vmi-run-")

    @classmethod
    def tearDownClass(cls):
        cls.proxy.stop()
        shutil.rmtree(cls.workdir, ignore_errors=True)

    def setUp(self):
        self.home = tempfile.mkdtemp(dir=self.workdir)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        self.env.update(
            HOME=self.home, XDG_DATA_HOME=os.path.join(self.home, "data"),
            AWS_ACCESS_KEY_ID=MOTO["accessKeyId"], AWS_SECRET_ACCESS_KEY=MOTO["secretAccessKey"],
            AWS_DEFAULT_REGION=MOTO["region"], AWS_CONFIG_FILE=os.path.join(self.home, "none"),
            AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.home, "none"),
            AWS_EC2_METADATA_DISABLED="true",
            AWS_ENDPOINT_URL_EC2=FAKE["endpoint"], AWS_ENDPOINT_URL_IMAGEBUILDER=FAKE["endpoint"],
            AWS_ENDPOINT_URL_S3=self.proxy.endpoint, AWS_ENDPOINT_URL_IAM=MOTO["endpoint"],
            AWS_ENDPOINT_URL_STS=MOTO["endpoint"],
            # Our own User-Agent app id: errors other tests inject into the shared fake are
            # scoped to theirs.
            AWS_SDK_UA_APP_ID="vmi-cli-run")
        self.proxy.reset()
        # No "/" in the prefix: moto 5.2 mis-verifies signatures of query values with one
        # (ListObjectsV2's Prefix).
        self.prefix = f"run-{uuid.uuid4().hex[:8]}-"

    # --- helpers ---------------------------------------------------------------------

    def write_profile(self, operation, request, local_files, **extra):
        profile = {"schemaVersion": 1, "name": f"{self._testMethodName}", "operation": operation,
                   "region": MOTO["region"],
                   "upload": {"bucket": self.bucket, "keyPrefix": self.prefix,
                              "localFiles": local_files},
                   "request": request}
        for key, value in extra.items():
            if key == "upload":
                profile["upload"].update(value)
            else:
                profile[key] = value
        path = os.path.join(self.home, "profile.json")
        with open(path, "w") as f:
            json.dump(profile, f)
        return path

    def vmimport(self, *args, timeout=240):
        return subprocess.run([VMIMPORT, *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def start(self, *args):
        return subprocess.Popen([VMIMPORT, *args], env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def job_files(self):
        return glob.glob(os.path.join(self.home, "data", "**", "jobs", "*.json"), recursive=True)

    def only_job(self):
        files = self.job_files()
        self.assertEqual(len(files), 1, files)
        with open(files[0]) as f:
            return json.load(f)["job"]

    def wait_for_job(self, process, predicate, what, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                self.fail(f"vmimport ended before {what}: {process.communicate()}")
            for path in self.job_files():
                try:
                    with open(path) as f:
                        job = json.load(f)["job"]
                except (OSError, ValueError, KeyError):
                    continue
                if predicate(job):
                    return job
            time.sleep(0.05)
        self.fail(f"timed out waiting for {what}")

    def checkpoint_parts(self):
        parts = 0
        for path in glob.glob(os.path.join(self.home, "data", "**", "jobs", "uploads", "*.json"),
                              recursive=True):
            try:
                with open(path) as f:
                    parts += len(json.load(f).get("parts", {}))
            except (OSError, ValueError):
                pass
        return parts

    def import_requests(self, action, token_member, token):
        """The fake's recorded `action` requests that carried this idempotency token. A
        request the fake could not parse keeps its raw body as params: not one of ours."""
        return [r for r in fake_control("requests")["requests"]
                if r["action"] == action and isinstance(r["params"], dict)
                and r["params"].get(token_member) == token]

    def assertSucceeded(self, result):
        self.assertEqual(result.returncode, 0, f"stdout: {result.stdout}\nstderr: {result.stderr}")

    def uploads_in_progress(self):
        return self.s3.list_multipart_uploads(Bucket=self.bucket, Prefix=self.prefix).get(
            "Uploads", [])

    def object_keys(self):
        return [o["Key"] for o in self.s3.list_objects_v2(Bucket=self.bucket, Prefix=self.prefix)
                .get("Contents", [])]

    def tags_of(self, resource_id):
        tags = self.ec2.describe_tags(Filters=[{"Name": "resource-id", "Values": [resource_id]}])
        return {t["Key"]: t["Value"] for t in tags["Tags"]}

    # --- tests -----------------------------------------------------------------------

    def test_import_image_of_two_disks_completes_tagged_and_cleaned_up(self):
        root = os.path.join(self.home, "root.raw")
        bootable_raw_disk(root, 24 * MIB)
        data_raw = os.path.join(self.home, "data.raw")
        bootable_raw_disk(data_raw, 16 * MIB)
        data = os.path.join(self.home, "data.vmdk")
        subprocess.run([QEMU_IMG, "convert", "-O", "vmdk", "-o", "subformat=streamOptimized",
                        data_raw, data], check=True)
        tags = [{"Key": "team", "Value": "vmi"}, {"Key": "run", "Value": self.prefix}]
        profile = self.write_profile(
            "ImportImage",
            {"Description": "two disks", "DiskContainers": [{"Format": "RAW"}, {"Format": "VMDK"}],
             "TagSpecifications": [{"ResourceType": "import-image-task", "Tags": tags}]},
            ["root.raw", "data.vmdk"],  # relative to the profile
            afterImport={"tagImageAndSnapshots": True, "deleteUploadedObjects": True})
        result = self.vmimport("run", profile, "--wait", "--poll", "0.2", "--output", "json")
        self.assertSucceeded(result)
        job = json.loads(result.stdout)["jobs"][0]
        self.assertEqual(job["state"], "completed", result.stderr)
        self.assertTrue(job["imageId"].startswith("ami-"), job)
        self.assertEqual(len(job["snapshotIds"]), 2, job)
        self.assertEqual([u["key"] for u in job["uploads"]],
                         [self.prefix + "root.raw", self.prefix + "data.vmdk"])
        self.assertEqual(job["afterImportDone"],
                         {"imageRegistered": False, "tagged": True, "objectsDeleted": True})
        # One import request for the job, with its token; the disks were where it said.
        sent = self.import_requests("ImportImage", "ClientToken", job["clientToken"])
        self.assertEqual(len(sent), 1)
        params = sent[0]["params"]
        self.assertEqual(params["DiskContainer.1.UserBucket.S3Key"], self.prefix + "root.raw")
        self.assertEqual(params["DiskContainer.2.UserBucket.S3Key"], self.prefix + "data.vmdk")
        # The AMI and both snapshots carry the tags; the uploaded objects are gone.
        for resource in [job["imageId"], *job["snapshotIds"]]:
            self.assertEqual(self.tags_of(resource), {"team": "vmi", "run": self.prefix}, resource)
        self.assertEqual(self.object_keys(), [])
        self.assertEqual(self.uploads_in_progress(), [])

    def test_import_snapshot_registers_an_ami(self):
        disk = os.path.join(self.home, "arm.raw")
        bootable_raw_disk(disk, 12 * MIB)
        name = "vmi-arm64-" + uuid.uuid4().hex[:8]
        profile = self.write_profile(
            "ImportSnapshot", {"Description": "arm64 root", "DiskContainer": {"Format": "RAW"}},
            [disk], upload={"storageClass": "STANDARD_IA", "serverSideEncryption": "AES256"},
            afterImport={"registerImage": {"Name": name, "Architecture": "arm64", "BootMode": "uefi",
                                           "EnaSupport": True, "ImdsSupport": "v2.0",
                                           "VolumeType": "gp3"}})
        result = self.vmimport("run", profile, "--wait", "--poll", "0.2", "--output", "json")
        self.assertSucceeded(result)
        job = json.loads(result.stdout)["jobs"][0]
        self.assertEqual(job["state"], "completed")
        self.assertEqual(len(job["snapshotIds"]), 1)
        self.assertTrue(job["imageId"].startswith("ami-"), job)
        images = self.ec2.describe_images(ImageIds=[job["imageId"]])["Images"]
        self.assertEqual([i["Name"] for i in images], [name])
        # RegisterImage went out once, with the snapshot as the root device.
        registered = self.import_requests("RegisterImage", "Name", name)
        self.assertEqual(len(registered), 1)
        params = registered[0]["params"]
        self.assertEqual(params["BlockDeviceMapping.1.Ebs.SnapshotId"], job["snapshotIds"][0])
        self.assertEqual(params["BlockDeviceMapping.1.Ebs.VolumeType"], "gp3")
        self.assertEqual(params["Architecture"], "arm64")
        self.assertEqual(params["ImdsSupport"], "v2.0")
        # The upload settings reached S3.
        head = self.s3.head_object(Bucket=self.bucket, Key=self.prefix + "arm.raw")
        self.assertEqual(head.get("StorageClass"), "STANDARD_IA")
        self.assertEqual(head.get("ServerSideEncryption"), "AES256")

    def test_import_disk_image_completes(self):
        iso = os.path.join(self.home, "Win11.iso")
        iso_file(iso)
        infrastructure = (f"arn:aws:imagebuilder:{MOTO['region']}:{FAKE['accountId']}:"
                          "infrastructure-configuration/vmimport-tests")
        profile = self.write_profile(
            "ImportDiskImage",
            {"name": "win11-" + uuid.uuid4().hex[:8], "semanticVersion": "1.0.0",
             "platform": "Windows", "osVersion": "Microsoft Windows 11",
             "infrastructureConfigurationArn": infrastructure},
            [iso])
        result = self.vmimport("run", profile, "--wait", "--poll", "0.2", "--output", "json")
        self.assertSucceeded(result)
        job = json.loads(result.stdout)["jobs"][0]
        self.assertEqual(job["state"], "completed", result.stderr)
        self.assertIn(":image/", job["taskId"])
        self.assertTrue(job["imageId"].startswith("ami-"), job)
        sent = self.import_requests("ImportDiskImage", "clientToken", job["clientToken"])
        self.assertEqual(len(sent), 1)
        self.assertEqual(sent[0]["params"]["uri"], f"s3://{self.bucket}/{self.prefix}Win11.iso")

    def test_sigkill_during_upload_then_resume_finishes_with_one_import(self):
        disk = os.path.join(self.home, "big.raw")
        size = 40 * MIB
        bootable_raw_disk(disk, size, random_content=True)
        profile = self.write_profile(
            "ImportImage", {"DiskContainers": [{"Format": "RAW"}]}, [disk],
            upload={"partSize": 5 * MIB, "concurrency": 2, "maxBandwidth": 8 * MIB})
        process = self.start("run", profile, "--wait", "--poll", "0.2")
        try:
            deadline = time.monotonic() + 60
            while self.checkpoint_parts() < 2 and time.monotonic() < deadline:
                self.assertIsNone(process.poll(), process.communicate() if process.poll() else "")
                time.sleep(0.05)
            self.assertGreaterEqual(self.checkpoint_parts(), 2)
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate()
        job = self.only_job()
        self.assertEqual(job["state"], "uploading")
        self.wait_until_proxy_idle()
        sent_before = self.proxy.part_bytes
        self.assertLess(sent_before, size, "the upload finished before the kill")

        self.proxy.reset()
        result = self.vmimport("resume", "--wait", "--poll", "0.2", "--output", "json")
        self.assertSucceeded(result)
        end = json.loads(result.stdout)["jobs"][0]
        self.assertEqual(end["id"], job["id"])
        self.assertEqual(end["state"], "completed", result.stderr)
        # Only what S3 did not have went out again.
        self.assertLess(self.proxy.part_bytes, size)
        self.assertIn("in S3 already", result.stderr)
        self.assertEqual(len(self.import_requests("ImportImage", "ClientToken", job["clientToken"])), 1)
        self.assertEqual(self.uploads_in_progress(), [])

    def test_sigkill_during_monitoring_then_resume_finishes_with_one_import(self):
        disk = os.path.join(self.home, "mon.raw")
        bootable_raw_disk(disk, 8 * MIB)
        profile = self.write_profile("ImportSnapshot", {"DiskContainer": {"Format": "RAW"}}, [disk])
        # Slow polls: the fake moves a task one stage per Describe, so it waits mid-way.
        process = self.start("run", profile, "--wait", "--poll", "30")
        try:
            job = self.wait_for_job(process, lambda j: j["state"] == "monitoring" and "lastStatus" in j,
                                    "the first status of the task")
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate()
        self.assertTrue(job["taskId"].startswith("import-snap-"), job)
        result = self.vmimport("resume", job["id"][:8], "--wait", "--poll", "0.2", "--output", "json")
        self.assertSucceeded(result)
        end = json.loads(result.stdout)["jobs"][0]
        self.assertEqual(end["state"], "completed", result.stderr)
        self.assertEqual(end["taskId"], job["taskId"])
        self.assertEqual(len(self.import_requests("ImportSnapshot", "ClientToken", job["clientToken"])), 1)

    def interrupted_upload(self, name, while_running=None):
        """`vmimport run` of a slow (bandwidth-limited) 30 MiB disk, stopped with Ctrl+C once a
        part is in S3; `while_running(job)` runs first. Returns the job and vmimport's stderr."""
        disk = os.path.join(self.home, name)
        bootable_raw_disk(disk, 30 * MIB, random_content=True)
        profile = self.write_profile(
            "ImportImage", {"DiskContainers": [{"Format": "RAW"}]}, [disk],
            upload={"partSize": 5 * MIB, "concurrency": 2, "maxBandwidth": 6 * MIB})
        process = self.start("run", profile)
        try:
            deadline = time.monotonic() + 60
            while self.checkpoint_parts() < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            self.assertEqual(len(self.uploads_in_progress()), 1)
            if while_running:
                while_running(self.only_job())
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        self.assertEqual(process.returncode, 130, stderr)
        return self.only_job(), stderr

    def test_interrupt_then_cancel_leaves_no_multipart_upload(self):
        def cancel_is_refused(job):
            # While it runs, another process may not touch the job.
            busy = self.vmimport("cancel", job["id"])
            self.assertEqual(busy.returncode, 1, busy.stdout)
            self.assertIn("another process", busy.stderr)

        job, stderr = self.interrupted_upload("cancel.raw", cancel_is_refused)
        self.assertIn("vmimport resume", stderr)
        self.assertEqual(job["state"], "uploading")
        self.assertEqual(len(self.uploads_in_progress()), 1, "Ctrl+C keeps the upload resumable")
        result = self.vmimport("cancel", job["id"])
        self.assertSucceeded(result)
        self.assertEqual(self.only_job()["state"], "cancelled")
        self.assertEqual(self.only_job()["error"], "")
        self.assertEqual(self.uploads_in_progress(), [])
        self.assertEqual(self.import_requests("ImportImage", "ClientToken", job["clientToken"]), [])

    def test_cancel_that_s3_refuses_to_abort_says_what_is_left(self):
        # S3 refuses the abort (every attempt of the client): the job ends cancelled, but says
        # the upload is left and gives the command that removes it. Tried once, not forever.
        job, _ = self.interrupted_upload("refused.raw")
        self.proxy.reset({"abort": ["500"] * 10})
        refused = self.vmimport("cancel", job["id"], timeout=120)
        self.assertEqual(refused.returncode, 1, refused.stderr)
        self.assertIn("could not be aborted", refused.stderr)
        upload = self.uploads_in_progress()[0]
        self.assertIn(f"aws s3api abort-multipart-upload --bucket {self.bucket}", refused.stderr)
        self.assertIn(upload["UploadId"], refused.stderr)
        cancelled = self.only_job()
        self.assertEqual(cancelled["state"], "cancelled")
        self.assertIn("could not be aborted", cancelled["error"])
        self.assertLessEqual(10 - len(self.proxy.faults["abort"]), 3, "one abort, with the client's retries")
        self.s3.abort_multipart_upload(Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"])
        self.assertEqual(self.import_requests("ImportImage", "ClientToken", job["clientToken"]), [])

    def test_failing_import_shows_its_message_and_fix(self):
        disk = os.path.join(self.home, "broken-os.raw")
        bootable_raw_disk(disk, 8 * MIB)
        message = "ClientError: Unknown OS / Missing OS files."
        # Only the first task of this disk fails: the retry's new import succeeds.
        fake_control("failures", {"keyContains": self.prefix + "broken-os.raw", "stage": "converting",
                                  "message": message, "tasks": 1})
        profile = self.write_profile("ImportImage", {"DiskContainers": [{"Format": "RAW"}]}, [disk])
        result = self.vmimport("run", profile, "--wait", "--poll", "0.2")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"error: {message}", result.stdout)
        self.assertIn("fix: ", result.stdout)
        job = self.only_job()
        self.assertEqual(job["state"], "failed")
        self.assertEqual(job["failedIn"], "monitoring")
        failed_token = job["clientToken"]

        # vmimport retry: a new import of the same object (no second upload), with a new token.
        retried = self.vmimport("retry", job["id"], "--wait", "--poll", "0.2")
        self.assertSucceeded(retried)
        self.assertIn("Retrying job", retried.stderr)
        job = self.only_job()
        self.assertEqual(job["state"], "completed")
        self.assertNotEqual(job["clientToken"], failed_token)
        self.assertEqual(len(self.import_requests("ImportImage", "ClientToken", failed_token)), 1)
        self.assertEqual(len(self.import_requests("ImportImage", "ClientToken", job["clientToken"])), 1)

        # A job that has not failed is refused, with the reason.
        again = self.vmimport("retry", job["id"])
        self.assertEqual(again.returncode, 1)
        self.assertIn("has not failed", again.stderr)

    def test_settings_errors_stop_the_job_before_any_upload(self):
        profile = self.write_profile("ImportImage", {"DiskContainers": [{"Format": "RAW"}]},
                                     ["missing.raw"])
        result = self.vmimport("run", profile, "--wait")
        self.assertEqual(result.returncode, 1)
        self.assertIn("missing.raw", result.stdout)
        job = self.only_job()
        self.assertEqual((job["state"], job["failedIn"]), ("failed", "inspecting"))
        self.assertEqual(self.object_keys(), [])

    def wait_until_proxy_idle(self, timeout=30):
        deadline = time.monotonic() + timeout
        while not self.proxy.idle() and time.monotonic() < deadline:
            time.sleep(0.05)


if __name__ == "__main__":
    unittest.main(verbosity=2)
