#!/usr/bin/env python3
"""No secret in anything the app wrote, and the app's files are the user's alone (ctest:
secrets.scan; runs after every other test of the run; fixtures moto, importfake).

First the app runs here with known dummy secrets, into a home of its own under the build
tree that stays for the scan: `vmimport run --wait` to the end, a second run killed during its
upload (a job, a profile copy and an upload checkpoint stay behind), `vmimport profiles
import`, and `--debug` commands with a session token, whose output is captured to files.
Then every file under the test homes of the build tree (the XDG homes vmi_add_qt_test gives
each test binary, whose settings, jobs, profiles and checkpoints the GUI and integration
tests left there) and this test's own home is searched for:

  * the secret key of moto's test user and this test's dummy secret key and session token,
    raw and percent-encoded (as they would appear in a URL or a query string);
  * any member that would hold a secret: "SecretAccessKey", "SessionToken",
    aws_secret_access_key, aws_session_token.

And every file in the app's own folders (data and config) must be readable by its owner only
(no group or other bits), their folders too.
"""

import glob
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
import unittest
import urllib.parse
import uuid

import boto3
from botocore.exceptions import ClientError

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from test_vmimport_run import (FAKE, MIB, MOTO, VMIMPORT, VMIMPORT_TRUST, boto,  # noqa: E402
                               bootable_raw_disk)

SCAN_ROOT = os.environ.get("VMI_SCAN_ROOT", "")    # the build tree's tests/ folder
OWN_HOME = os.environ.get("VMI_SECRETS_HOME", "")  # this test's home, under SCAN_ROOT

DUMMY_SECRET = "vmiDummySecretKey/+for+the+scan/" + uuid.uuid4().hex
DUMMY_TOKEN = "vmiDummySessionToken//" + uuid.uuid4().hex * 4 + "=="
SECRET_MEMBERS = re.compile(rb'"(SecretAccessKey|SessionToken|secretAccessKey|sessionToken)"\s*:'
                            rb'|aws_secret_access_key\s*=|aws_session_token\s*=', re.IGNORECASE)
# Folders the app writes: QStandardPaths' AppDataLocation / AppConfigLocation names.
APP_FOLDERS = ("vmimport-wizard",)


def encodings(secret):
    forms = {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}
    return [form.encode() for form in forms]


class SecretsAtRest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(VMIMPORT, os.X_OK) or not SCAN_ROOT or not OWN_HOME:
            raise SystemExit("run this through ctest (VMI_VMIMPORT, VMI_SCAN_ROOT, VMI_SECRETS_HOME)")
        shutil.rmtree(OWN_HOME, ignore_errors=True)
        os.makedirs(OWN_HOME)
        cls.secrets = encodings(MOTO["secretAccessKey"]) + encodings(DUMMY_SECRET) + encodings(DUMMY_TOKEN)
        cls.produce()

    # --- what the app writes ------------------------------------------------------------

    @classmethod
    def environment(cls, **extra):
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(
            HOME=OWN_HOME, XDG_DATA_HOME=os.path.join(OWN_HOME, "data"),
            XDG_CONFIG_HOME=os.path.join(OWN_HOME, "config"),
            XDG_CACHE_HOME=os.path.join(OWN_HOME, "cache"),
            AWS_ACCESS_KEY_ID=MOTO["accessKeyId"], AWS_SECRET_ACCESS_KEY=MOTO["secretAccessKey"],
            AWS_DEFAULT_REGION=MOTO["region"], AWS_CONFIG_FILE=os.path.join(OWN_HOME, "none"),
            AWS_SHARED_CREDENTIALS_FILE=os.path.join(OWN_HOME, "none"),
            AWS_EC2_METADATA_DISABLED="true",
            AWS_ENDPOINT_URL_EC2=FAKE["endpoint"], AWS_ENDPOINT_URL_S3=MOTO["endpoint"],
            AWS_ENDPOINT_URL_IAM=MOTO["endpoint"], AWS_ENDPOINT_URL_STS=MOTO["endpoint"],
            AWS_SDK_UA_APP_ID="vmi-secrets-scan")
        env.update(extra)
        return env

    @classmethod
    def produce(cls):
        s3 = boto("s3")
        bucket = "vmi-secrets-" + uuid.uuid4().hex[:10]
        s3.create_bucket(Bucket=bucket)
        try:
            boto("iam").create_role(RoleName="vmimport", AssumeRolePolicyDocument=json.dumps(VMIMPORT_TRUST))
        except ClientError as err:
            if err.response["Error"]["Code"] != "EntityAlreadyExists":
                raise
        disks = os.path.join(OWN_HOME, "disks")
        os.makedirs(disks)
        small, big = os.path.join(disks, "small.raw"), os.path.join(disks, "big.raw")
        bootable_raw_disk(small, 8 * MIB)
        bootable_raw_disk(big, 40 * MIB, random_content=True)
        debug = os.path.join(OWN_HOME, "captured")
        os.makedirs(debug)

        def profile(name, disk, **upload):
            path = os.path.join(disks, name + ".json")
            with open(path, "w") as f:
                json.dump({"schemaVersion": 1, "name": name, "operation": "ImportImage",
                           "region": MOTO["region"],
                           "upload": dict({"bucket": bucket, "keyPrefix": name + "-",
                                           "localFiles": [disk]}, **upload),
                           "request": {"DiskContainers": [{"Format": "RAW"}]}}, f)
            return path

        def capture(name, args, env, timeout=300):
            result = subprocess.run([VMIMPORT, *args], env=env, capture_output=True, text=True,
                                    timeout=timeout)
            with open(os.path.join(debug, name + ".out"), "w") as f:
                f.write(result.stdout)
            with open(os.path.join(debug, name + ".err"), "w") as f:
                f.write(result.stderr)
            return result

        env = cls.environment()
        done = capture("run", ["run", profile("complete", small), "--wait", "--poll", "0.2"], env)
        assert done.returncode == 0, done.stderr
        imported = capture("profiles-import", ["profiles", "import", profile("saved", small)], env)
        assert imported.returncode == 0, imported.stderr

        # Killed mid-upload: its job and checkpoint stay.
        process = subprocess.Popen([VMIMPORT, "run", profile("killed", big, partSize=5 * MIB, concurrency=1,
                                                             maxBandwidth=4 * MIB)],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not glob.glob(
                os.path.join(OWN_HOME, "data", "**", "uploads", "*.json"), recursive=True):
            time.sleep(0.05)
        time.sleep(1.5)
        process.send_signal(signal.SIGKILL)
        process.wait()

        # --debug with a session token (the fake and moto refuse it; the requests are printed
        # before that) and a dummy secret key.
        token_env = cls.environment(AWS_SESSION_TOKEN=DUMMY_TOKEN)
        capture("debug-ec2", ["ec2", "describe-import-image-tasks", "--debug"], token_env)
        capture("debug-iam", ["iam", "get-role", "--role-name", "vmimport", "--debug"], token_env)
        capture("debug-cp", ["s3", "cp", small, f"s3://{bucket}/debug.raw", "--debug"], env)
        capture("debug-dummy-key", ["sts", "get-caller-identity", "--debug"],
                cls.environment(AWS_SECRET_ACCESS_KEY=DUMMY_SECRET, AWS_SESSION_TOKEN=DUMMY_TOKEN))

    # --- the scan -------------------------------------------------------------------------

    @staticmethod
    def homes():
        """The XDG homes of the test binaries (<build>/tests/*/home/<test>) and ours."""
        found = set(glob.glob(os.path.join(SCAN_ROOT, "*", "home", "*")))
        found.add(OWN_HOME)
        return sorted(found)

    @staticmethod
    def files_under(folder):
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = os.path.join(root, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    yield path

    def test_the_app_ran_and_left_files(self):
        jobs = glob.glob(os.path.join(OWN_HOME, "data", "**", "jobs", "*.json"), recursive=True)
        checkpoints = glob.glob(os.path.join(OWN_HOME, "data", "**", "uploads", "*.json"), recursive=True)
        profiles = glob.glob(os.path.join(OWN_HOME, "data", "**", "profiles", "*.json"), recursive=True)
        self.assertGreaterEqual(len(jobs), 2)
        self.assertEqual(len(checkpoints), 1)
        self.assertEqual(len(profiles), 1)
        with open(os.path.join(OWN_HOME, "captured", "debug-ec2.err")) as f:
            debug = f.read()
        # The token was there to leak: the request went out with its header, redacted.
        self.assertIn("x-amz-security-token", debug.lower())

    def test_no_secret_in_any_file_the_app_wrote(self):
        leaks = []
        scanned = 0
        for home in self.homes():
            for path in self.files_under(home):
                if path.startswith(os.path.join(OWN_HOME, "disks")):
                    continue  # our own disk images and profiles, not the app's
                with open(path, "rb") as f:
                    content = f.read()
                scanned += 1
                for secret in self.secrets:
                    if secret in content:
                        leaks.append(f"{path}: {secret[:12]!r}...")
                if match := SECRET_MEMBERS.search(content):
                    leaks.append(f"{path}: a member that holds a secret: {match.group(0)!r}")
        self.assertGreater(scanned, 5, "nothing to scan: did the suite run?")
        self.assertEqual(leaks, [], "\n".join(leaks))

    def test_the_apps_files_are_the_users_alone(self):
        loose = set()
        checked = 0
        for home in self.homes():
            for kind in ("data", "config"):
                for app in APP_FOLDERS:
                    for top in glob.glob(os.path.join(home, kind, "**", app), recursive=True):
                        for root, dirs, files in os.walk(top):
                            for name in dirs + files:
                                path = os.path.join(root, name)
                                mode = stat.S_IMODE(os.lstat(path).st_mode)
                                checked += 1
                                if mode & 0o077:
                                    loose.add(f"{oct(mode)} {path}")
        self.assertGreater(checked, 5, "no app files found: did the suite run?")
        self.assertEqual(sorted(loose), [], "\n".join(sorted(loose)))


if __name__ == "__main__":
    unittest.main(verbosity=2)
