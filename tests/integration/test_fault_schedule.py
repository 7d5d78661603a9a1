#!/usr/bin/env python3
"""`vmimport run --wait` through seeded random faults (ctest: faults.schedule; fixtures moto,
importfake).

A chaos proxy (tests/fakes/chaos_proxy.py) sits between vmimport and both moto (S3) and the
import fake (EC2) and, on a schedule that a seed fixes, resets connections mid-body, stalls
past the client's read timeout, answers 500 / 503 SlowDown, loses or truncates answers, sends
half an XML document, and gives UploadPart answers a wrong ETag. Whatever the seed, the run
ends in one of two ways only:

  * success: the job completed, the S3 object's bytes are the disk's (MD5 of what GetObject
    returns against the file's), and the import fake holds exactly one import task for the
    job's disk: lost answers to ImportImage were resent with the same ClientToken;
  * a clear failure: exit status 1, the job failed with an error that names the cause, and
    still no second task and no object with other bytes.

ctest runs three seeds on a 256 MiB disk in 32 MiB parts, picked so that between them they
reset, stall, lose, cut and garble answers, give an UploadPart a wrong ETag, and fail or lose
the answer to ImportImage (337: wrong ETag, ImportImage 500; 280: ImportImage answer lost,
stall, malformed XML; 58: reset, stall, lost, wrong ETag). By hand, more seeds and the 1 GiB
disk of the issue:

    VMI_FAULT_SEEDS=1,2,3,4,5,6,7,8 VMI_FAULT_DISK_MIB=1024 VMI_FAULT_PART_MIB=64 \\
        VMI_FAULT_READ_TIMEOUT=10 VMI_FAULT_REQUIRE_SUCCESS=0 \\
        ctest --preset dev -R faults.schedule --output-on-failure

(VMI_FAULT_RATE changes the fault rate, 0.15 by default.) Each seed prints its faults.

Two more faults of the issue, without the proxy: credentials that stop working mid-upload (a
credential_process that starts failing) end in exit 1 with the source's message and a failed
job whose multipart upload and checkpoint stay for a retry; a disk the user cannot read stops
the job before any upload with a message that names the file and the reason.
"""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import uuid

import boto3
from botocore.exceptions import ClientError

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))
from chaos_proxy import ChaosProxy, FaultSchedule  # noqa: E402
from test_vmimport_run import (FAKE, MIB, MOTO, VMIMPORT, VMIMPORT_TRUST, boto,  # noqa: E402
                               bootable_raw_disk)
from vmi_testing import md5_of_file  # noqa: E402

SEEDS = [int(s) for s in os.environ.get("VMI_FAULT_SEEDS", "337,280,58").split(",") if s.strip()]
DISK_MIB = int(os.environ.get("VMI_FAULT_DISK_MIB", "256"))
PART_MIB = int(os.environ.get("VMI_FAULT_PART_MIB", "32"))
RATE = float(os.environ.get("VMI_FAULT_RATE", "0.15"))
# The schedule never faults one request more than twice in a row, which the client's retries
# and the upload's part retries absorb: a run of the ctest seeds must succeed (a wrong ETag
# alone must not fail an upload). Big runs by hand on a busy machine may set 0 to accept a
# clear failure as well.
REQUIRE_SUCCESS = os.environ.get("VMI_FAULT_REQUIRE_SUCCESS", "1") != "0"
# --cli-read-timeout; the proxy stalls longer than this. Short, so a stall costs little; but
# moto answers a 64 MiB part or the completion of 1 GiB slower than that on a busy machine
# (real S3 keeps a long completion alive with whitespace): give big runs more.
READ_TIMEOUT_SECONDS = int(os.environ.get("VMI_FAULT_READ_TIMEOUT", "2"))
STALL_SECONDS = READ_TIMEOUT_SECONDS + 2


class FaultSchedule_(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(VMIMPORT, os.X_OK):
            raise SystemExit(f"VMI_VMIMPORT is not an executable: {VMIMPORT!r}")
        cls.s3 = boto("s3")
        cls.ec2 = boto("ec2")
        cls.bucket = "vmi-faults-" + uuid.uuid4().hex[:12]
        cls.s3.create_bucket(Bucket=cls.bucket)
        try:
            boto("iam").create_role(RoleName="vmimport",
                                    AssumeRolePolicyDocument=json.dumps(VMIMPORT_TRUST))
        except ClientError as err:
            if err.response["Error"]["Code"] != "EntityAlreadyExists":
                raise
        cls.s3_proxy = ChaosProxy(MOTO["endpoint"], "s3", stall_seconds=STALL_SECONDS)
        cls.ec2_proxy = ChaosProxy(FAKE["endpoint"], "ec2", stall_seconds=STALL_SECONDS)
        cls.workdir = tempfile.mkdtemp(prefix="vmi-faults-")
        cls.disk = os.path.join(cls.workdir, "disk.raw")
        bootable_raw_disk(cls.disk, DISK_MIB * MIB, random_content=True)
        cls.disk_md5 = md5_of_file(cls.disk)

    @classmethod
    def tearDownClass(cls):
        cls.s3_proxy.stop()
        cls.ec2_proxy.stop()
        shutil.rmtree(cls.workdir, ignore_errors=True)

    def environment(self, home):
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(
            HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
            AWS_ACCESS_KEY_ID=MOTO["accessKeyId"], AWS_SECRET_ACCESS_KEY=MOTO["secretAccessKey"],
            AWS_DEFAULT_REGION=MOTO["region"], AWS_CONFIG_FILE=os.path.join(home, "none"),
            AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "none"),
            AWS_EC2_METADATA_DISABLED="true",
            AWS_ENDPOINT_URL_EC2=self.ec2_proxy.endpoint,
            AWS_ENDPOINT_URL_IMAGEBUILDER=FAKE["endpoint"],
            AWS_ENDPOINT_URL_S3=self.s3_proxy.endpoint, AWS_ENDPOINT_URL_IAM=MOTO["endpoint"],
            AWS_ENDPOINT_URL_STS=MOTO["endpoint"], AWS_SDK_UA_APP_ID="vmi-faults")
        return env

    def tasks_for(self, key):
        """The fake's ImportImage tasks whose disk is s3://bucket/key."""
        found = []
        for task in self.ec2.describe_import_image_tasks()["ImportImageTasks"]:
            for detail in task.get("SnapshotDetails", []):
                bucket = detail.get("UserBucket", {})
                if bucket.get("S3Bucket") == self.bucket and bucket.get("S3Key") == key:
                    found.append(task["ImportTaskId"])
                    break
        return found

    def object_md5(self, key):
        try:
            body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"]
        except ClientError as err:
            if err.response["Error"]["Code"] in ("NoSuchKey", "404"):
                return None
            raise
        digest = hashlib.md5()
        while block := body.read(8 * MIB):
            digest.update(block)
        return digest.hexdigest()

    def run_seed(self, seed):
        home = tempfile.mkdtemp(dir=self.workdir)
        prefix = f"faults-{seed}-{uuid.uuid4().hex[:6]}-"
        key = prefix + "disk.raw"
        profile = {"schemaVersion": 1, "name": f"faults-{seed}", "operation": "ImportImage",
                   "region": MOTO["region"],
                   "upload": {"bucket": self.bucket, "keyPrefix": prefix, "localFiles": [self.disk],
                              "partSize": PART_MIB * MIB, "concurrency": 4},
                   "request": {"DiskContainers": [{"Format": "RAW"}]}}
        path = os.path.join(home, "profile.json")
        with open(path, "w") as f:
            json.dump(profile, f)
        s3_faults = FaultSchedule(seed, rate=RATE)
        ec2_faults = FaultSchedule(seed * 7919, rate=RATE)
        self.s3_proxy.set_schedule(s3_faults)
        self.ec2_proxy.set_schedule(ec2_faults)
        started = time.monotonic()
        try:
            result = subprocess.run(
                [VMIMPORT, "run", path, "--wait", "--poll", "0.2", "--cli-read-timeout",
                 str(READ_TIMEOUT_SECONDS), "--output", "json"],
                env=self.environment(home), capture_output=True, text=True, timeout=900)
        finally:
            self.s3_proxy.set_schedule(None)
            self.ec2_proxy.set_schedule(None)
        faults = s3_faults.log + ec2_faults.log
        try:
            ending = json.loads(result.stdout)["jobs"][0].get("error") or "completed"
        except (ValueError, KeyError, IndexError):
            ending = "no job summary"
        print(f"\nseed {seed}: exit {result.returncode} after {time.monotonic() - started:.0f} s ({ending}), "
              f"{len(faults)} faults: {faults}", file=sys.stderr)
        context = (f"seed {seed}, faults {faults}\nstdout:\n{result.stdout}\n"
                   f"stderr:\n{result.stderr[-6000:]}")

        if REQUIRE_SUCCESS:
            self.assertEqual(result.returncode, 0, f"bounded faults made the run fail\n{context}")
        tasks = self.tasks_for(key)
        self.assertLessEqual(len(tasks), 1, f"a second import task: {tasks}\n{context}")
        object_md5 = self.object_md5(key)
        if object_md5 is not None:
            self.assertEqual(object_md5, self.disk_md5, f"the object's bytes are not the disk's\n{context}")
        if result.returncode == 0:
            job = json.loads(result.stdout)["jobs"][0]
            self.assertEqual(job["state"], "completed", context)
            self.assertEqual(object_md5, self.disk_md5, f"no object\n{context}")
            self.assertEqual(len(tasks), 1, context)
            self.assertEqual(job["taskId"], tasks[0], context)
        else:
            # A clear failure: exit 1, a failed job with the reason, said on the terminal.
            self.assertEqual(result.returncode, 1, context)
            job = json.loads(result.stdout)["jobs"][0]
            self.assertEqual(job["state"], "failed", context)
            self.assertTrue(job.get("error"), f"a failed job without an error\n{context}")
        # Leave moto's memory as we found it: the next seed uploads the disk again.
        self.s3.delete_object(Bucket=self.bucket, Key=key)
        return result.returncode, faults

    def test_seeded_faults_end_in_an_exact_object_or_a_clear_error(self):
        outcomes = {}
        for seed in SEEDS:
            with self.subTest(seed=seed):
                outcomes[seed] = self.run_seed(seed)
        # The schedule must have done something: a run without faults proves nothing.
        self.assertGreater(sum(len(faults) for _, faults in outcomes.values()), 0)


# A credential_process that hands out moto's key, valid for 5 more minutes (inside the
# mandatory refresh window, so every call asks it again), until it has done so ALLOWED times;
# then it fails the way an expired SSO session or a revoked key would.
CREDENTIAL_PROCESS = """
import datetime, json, os, sys
state, allowed = sys.argv[1], int(sys.argv[2])
with open(state) as f:
    moto = json.load(f)
counter = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls")
calls = int(open(counter).read()) if os.path.exists(counter) else 0
open(counter, "w").write(str(calls + 1))
if calls >= allowed:
    sys.stderr.write("Error: the session token has expired; sign in again\\n")
    sys.exit(1)
expiry = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=5)
print(json.dumps({"Version": 1, "AccessKeyId": moto["accessKeyId"],
                  "SecretAccessKey": moto["secretAccessKey"],
                  "Expiration": expiry.strftime("%Y-%m-%dT%H:%M:%SZ")}))
"""


class ExpiredCredentialsMidUpload(unittest.TestCase):
    def test_credentials_that_stop_working_end_in_a_clear_error_and_a_resumable_upload(self):
        s3 = boto("s3")
        bucket = "vmi-expiry-" + uuid.uuid4().hex[:10]
        s3.create_bucket(Bucket=bucket)
        home = tempfile.mkdtemp(prefix="vmi-expiry-")
        self.addCleanup(shutil.rmtree, home, True)
        disk = os.path.join(home, "disk.raw")
        bootable_raw_disk(disk, 40 * MIB, random_content=True)
        script = os.path.join(home, "credentials.py")
        with open(script, "w") as f:
            f.write(CREDENTIAL_PROCESS)
        config = os.path.join(home, "config")
        with open(config, "w") as f:
            # HeadObject, CreateMultipartUpload and a few parts get through; the rest do not.
            f.write(f"[profile expiring]\nregion = {MOTO['region']}\n"
                    f"credential_process = {sys.executable} {script} {os.environ['VMI_MOTO_STATE']} 6\n")
        profile = os.path.join(home, "profile.json")
        with open(profile, "w") as f:
            json.dump({"schemaVersion": 1, "name": "expiry", "operation": "ImportImage",
                       "region": MOTO["region"], "awsProfile": "expiring",
                       "upload": {"bucket": bucket, "keyPrefix": "expiry-", "localFiles": [disk],
                                  "partSize": 5 * MIB, "concurrency": 1},
                       "request": {"DiskContainers": [{"Format": "RAW"}]}}, f)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), AWS_CONFIG_FILE=config,
                   AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "none"), AWS_EC2_METADATA_DISABLED="true",
                   AWS_ENDPOINT_URL_EC2=FAKE["endpoint"], AWS_ENDPOINT_URL_S3=MOTO["endpoint"],
                   AWS_ENDPOINT_URL_IAM=MOTO["endpoint"], AWS_ENDPOINT_URL_STS=MOTO["endpoint"])
        result = subprocess.run([VMIMPORT, "run", profile, "--wait", "--poll", "0.2"], env=env,
                                capture_output=True, text=True, timeout=300)
        context = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        self.assertEqual(result.returncode, 1, context)
        # The cause, in the credential source's own words, and what to do next.
        self.assertIn("the session token has expired; sign in again", result.stdout, context)
        self.assertIn("Retry to go on with the upload where it stopped.", result.stdout, context)
        jobs = glob.glob(os.path.join(home, "data", "**", "jobs", "*.json"), recursive=True)
        self.assertEqual(len(jobs), 1)
        with open(jobs[0]) as f:
            job = json.load(f)["job"]
        self.assertEqual((job["state"], job["failedIn"]), ("failed", "uploading"), context)
        # Resumable: the checkpoint and the multipart upload with its parts are still there.
        checkpoints = glob.glob(os.path.join(home, "data", "**", "uploads", "*.json"), recursive=True)
        self.assertEqual(len(checkpoints), 1, context)
        with open(checkpoints[0]) as f:
            checkpoint = json.load(f)
        uploads = s3.list_multipart_uploads(Bucket=bucket).get("Uploads", [])
        self.assertEqual([u["UploadId"] for u in uploads], [checkpoint["uploadId"]])
        self.assertEqual(job["submitOutcome"] if "submitOutcome" in job else "none", "none")


class UnreadableSource(unittest.TestCase):
    def test_a_disk_the_user_cannot_read_is_a_clear_error_before_any_upload(self):
        home = tempfile.mkdtemp(prefix="vmi-unreadable-")
        self.addCleanup(shutil.rmtree, home, True)
        os.chmod(home, 0o755)
        disk = os.path.join(home, "disk.raw")
        bootable_raw_disk(disk, 8 * MIB)
        os.chmod(disk, 0)
        profile = os.path.join(home, "profile.json")
        with open(profile, "w") as f:
            json.dump({"schemaVersion": 1, "name": "unreadable", "operation": "ImportImage",
                       "region": MOTO["region"],
                       "upload": {"bucket": "vmi-unreadable", "keyPrefix": "u-", "localFiles": [disk]},
                       "request": {"DiskContainers": [{"Format": "RAW"}]}}, f)
        os.chmod(profile, 0o644)
        user_home = os.path.join(home, "user")
        os.makedirs(user_home)
        demote = None
        if os.geteuid() == 0:
            # root reads any file: run as nobody, for whom the disk is unreadable.
            os.chown(user_home, 65534, 65534)

            def demote():
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(HOME=user_home, XDG_DATA_HOME=os.path.join(user_home, "data"),
                   AWS_ACCESS_KEY_ID=MOTO["accessKeyId"], AWS_SECRET_ACCESS_KEY=MOTO["secretAccessKey"],
                   AWS_CONFIG_FILE=os.path.join(home, "none"), AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "none"),
                   AWS_ENDPOINT_URL_S3=MOTO["endpoint"], AWS_ENDPOINT_URL_EC2=FAKE["endpoint"])
        result = subprocess.run([VMIMPORT, "run", profile, "--wait"], env=env, capture_output=True,
                                text=True, timeout=120, preexec_fn=demote)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"upload.localFiles[0]: Cannot read {disk}: Permission denied", result.stdout)
        # Only that: no guess about a format the app could not read.
        self.assertNotIn("does not take this file", result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
