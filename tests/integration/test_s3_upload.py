#!/usr/bin/env python3
"""`vmimport s3 cp` against moto with authentication on (ctest: s3.upload; fixture moto).

What the multipart upload engine promises, checked from outside the process: the object's
bytes are the file's (MD5 of what GetObject returns), injected connection drops, 500s and
503 SlowDowns end in the same exact object, a SIGKILLed upload resumed with --resume sends
only the parts S3 does not have (bytes counted by a proxy), Ctrl+C leaves no multipart upload
behind, and a file changed since the interruption is refused instead of resumed.

Over HTTPS (a moto_server of its own serving a certificate made at test time, which only
AWS_CA_BUNDLE or --ca-bundle makes the client trust) parts go UNSIGNED-PAYLOAD with their
CRC-32C in x-amz-checksum-crc32c, as moto's own request recording shows.

Needs VMI_VMIMPORT (the binary) and VMI_MOTO_STATE.
"""

import glob
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import ssl
import unittest
import urllib.parse
import urllib.request
import uuid

import base64
import struct

import boto3
from botocore.config import Config

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fakes"))
import moto_fixture  # noqa: E402
from fault_proxy import FaultProxy  # noqa: E402
from vmi_testing import MIB, load_state, md5_of_file, random_file  # noqa: E402

MOTO = load_state("VMI_MOTO_STATE")
VMIMPORT = os.environ.get("VMI_VMIMPORT", "")


class S3Upload(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(VMIMPORT, os.X_OK):
            raise SystemExit(f"VMI_VMIMPORT is not an executable: {VMIMPORT!r}")
        cls.s3 = boto3.client("s3", endpoint_url=MOTO["endpoint"], region_name=MOTO["region"],
                              aws_access_key_id=MOTO["accessKeyId"],
                              aws_secret_access_key=MOTO["secretAccessKey"],
                              config=Config(retries={"total_max_attempts": 1}))
        cls.bucket = "upload-" + uuid.uuid4().hex[:12]
        cls.s3.create_bucket(Bucket=cls.bucket)
        cls.proxy = FaultProxy(MOTO["endpoint"])
        cls.workdir = tempfile.mkdtemp(prefix="vmi-s3-upload-")

    @classmethod
    def tearDownClass(cls):
        cls.proxy.stop()
        shutil.rmtree(cls.workdir, ignore_errors=True)

    def setUp(self):
        self.home = tempfile.mkdtemp(dir=self.workdir)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        self.env.update(AWS_ACCESS_KEY_ID=MOTO["accessKeyId"], AWS_SECRET_ACCESS_KEY=MOTO["secretAccessKey"],
                        AWS_DEFAULT_REGION=MOTO["region"], AWS_CONFIG_FILE=os.path.join(self.home, "none"),
                        AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.home, "none"),
                        XDG_DATA_HOME=os.path.join(self.home, "data"), HOME=self.home)
        self.proxy.reset()

    # --- helpers ---------------------------------------------------------------------

    def command(self, path, key, *options, endpoint=None):
        return [VMIMPORT, "s3", "cp", path, f"s3://{self.bucket}/{key}",
                "--endpoint-url", endpoint or self.proxy.endpoint, *options]

    def run_cp(self, path, key, *options, endpoint=None, timeout=180):
        return subprocess.run(self.command(path, key, *options, endpoint=endpoint), env=self.env,
                              capture_output=True, text=True, timeout=timeout)

    def start_cp(self, path, key, *options):
        return subprocess.Popen(self.command(path, key, *options), env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def checkpoints(self):
        return glob.glob(os.path.join(self.home, "data", "**", "uploads", "*.json"), recursive=True)

    def wait_for_checkpoint_parts(self, process, parts, timeout=60):
        """Waits until the running upload's checkpoint lists at least `parts` finished parts."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.assertIsNone(process.poll(), "the upload ended before it could be interrupted")
            for path in self.checkpoints():
                try:
                    with open(path) as f:
                        checkpoint = json.load(f)
                except (OSError, ValueError):
                    continue
                if len(checkpoint["parts"]) >= parts:
                    return checkpoint
            time.sleep(0.05)
        self.fail(f"no checkpoint with {parts} parts within {timeout} s")

    def wait_until_proxy_idle(self):
        deadline = time.monotonic() + 30
        while not self.proxy.idle() and time.monotonic() < deadline:
            time.sleep(0.05)

    def listed_parts(self, key, upload_id):
        parts = self.s3.list_parts(Bucket=self.bucket, Key=key, UploadId=upload_id).get("Parts", [])
        return {p["PartNumber"]: p["Size"] for p in parts}

    def uploads_in_progress(self):
        return self.s3.list_multipart_uploads(Bucket=self.bucket).get("Uploads", [])

    def assertObjectIs(self, key, path):
        body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"]
        digest = hashlib.md5()
        size = 0
        while block := body.read(4 * MIB):
            digest.update(block)
            size += len(block)
        self.assertEqual(size, os.path.getsize(path))
        self.assertEqual(digest.hexdigest(), md5_of_file(path), "the object's bytes differ from the file's")

    def assertSucceeded(self, result):
        self.assertEqual(result.returncode, 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")

    # --- tests ---------------------------------------------------------------------

    def test_300_mib_random_file_arrives_exactly(self):
        path = os.path.join(self.workdir, "big.bin")
        random_file(path, 300 * MIB)
        result = self.run_cp(path, "big.bin", endpoint=MOTO["endpoint"])
        self.assertSucceeded(result)
        self.assertIn(f"upload: {path} to s3://{self.bucket}/big.bin", result.stdout)
        self.assertObjectIs("big.bin", path)
        head = self.s3.head_object(Bucket=self.bucket, Key="big.bin", ChecksumMode="ENABLED")
        # 300 MiB in the default 16 MiB parts, each with a CRC-32C that S3 combined.
        self.assertTrue(head["ETag"].endswith('-19"'), head["ETag"])
        self.assertIn("ChecksumCRC32C", head)
        self.assertEqual(head["Metadata"]["vmimport-size"], str(300 * MIB))
        self.assertEqual(self.checkpoints(), [], "a finished upload leaves no checkpoint")

        # Same file again: the object already holds it, nothing is sent.
        again = self.run_cp(path, "big.bin", endpoint=MOTO["endpoint"])
        self.assertSucceeded(again)
        self.assertIn("skip:", again.stdout)
        os.remove(path)

    def test_faults_on_some_parts_still_end_in_the_exact_object(self):
        path = os.path.join(self.workdir, "faults.bin")
        random_file(path, 40 * MIB + 12345)
        faults = {2: ["drop"], 3: ["500"], 5: ["503", "503"], 7: ["drop-mid"], 9: ["503"]}
        self.proxy.reset(faults)
        result = self.run_cp(path, "faults.bin", "--part-size", "5MB")
        self.assertSucceeded(result)
        self.assertObjectIs("faults.bin", path)
        attempts = self.proxy.part_attempts
        self.assertEqual(sorted(attempts), list(range(1, 10)))
        for part, actions in faults.items():
            self.assertGreaterEqual(attempts[part], len(actions) + 1, f"part {part}: {attempts}")
        for part in (1, 4, 6, 8):
            self.assertEqual(attempts[part], 1, f"part {part} was sent more than once: {attempts}")
        self.assertEqual(self.uploads_in_progress(), [])

    def test_lost_create_answers_leave_no_upload_behind(self):
        # The first two CreateMultipartUpload calls reach moto and start an upload each, but
        # their answers are lost; the third answer arrives. The two uploads nobody knows of
        # must be aborted, not left to cost storage.
        # An upload of another key that starts with this one is not ours to abort.
        path = os.path.join(self.workdir, "lost-create.bin")
        random_file(path, 6 * MIB)
        other = self.s3.create_multipart_upload(Bucket=self.bucket, Key="lost-create.bin.other")["UploadId"]
        self.proxy.reset({"create": ["lost", "lost"]})
        result = self.run_cp(path, "lost-create.bin", "--part-size", "5MB")
        self.assertSucceeded(result)
        self.assertEqual(self.proxy.create_attempts, 3)
        self.assertIn("Aborted 2 upload", result.stderr + result.stdout)
        self.assertObjectIs("lost-create.bin", path)
        self.assertEqual([u["UploadId"] for u in self.uploads_in_progress()], [other])
        self.s3.abort_multipart_upload(Bucket=self.bucket, Key="lost-create.bin.other", UploadId=other)

    def test_sigkill_then_resume_sends_only_the_missing_parts(self):
        path = os.path.join(self.workdir, "resume.bin")
        size = 60 * MIB + 777
        random_file(path, size)
        process = self.start_cp(path, "resume.bin", "--part-size", "5MB", "--concurrency", "2",
                                "--max-bandwidth", "10MB/s")
        try:
            checkpoint = self.wait_for_checkpoint_parts(process, 3)
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate()
        self.wait_until_proxy_idle()
        upload_id = checkpoint["uploadId"]
        in_s3 = self.listed_parts("resume.bin", upload_id)
        self.assertGreaterEqual(len(in_s3), 3)
        self.assertLess(len(in_s3), 13, "the upload finished before the kill")

        self.proxy.reset()
        result = self.run_cp(path, "resume.bin", "--resume")
        self.assertSucceeded(result)
        self.assertIn(f"{len(in_s3)} parts were in S3 already", result.stderr)
        # Exactly the parts S3 did not have went out again: every byte counted at the proxy.
        self.assertEqual(self.proxy.part_bytes, size - sum(in_s3.values()))
        self.assertTrue(set(self.proxy.part_attempts).isdisjoint(in_s3), self.proxy.part_attempts)
        self.assertObjectIs("resume.bin", path)
        self.assertEqual(self.checkpoints(), [])
        self.assertEqual(self.uploads_in_progress(), [])

    def test_ctrl_c_aborts_the_multipart_upload(self):
        path = os.path.join(self.workdir, "cancel.bin")
        random_file(path, 40 * MIB)
        process = self.start_cp(path, "cancel.bin", "--part-size", "5MB", "--concurrency", "2",
                                "--max-bandwidth", "8MB/s")
        try:
            self.wait_for_checkpoint_parts(process, 1)
            self.assertEqual(len(self.uploads_in_progress()), 1)
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        self.assertEqual(process.returncode, 130, stderr)
        self.assertIn("aborted", stderr)
        self.wait_until_proxy_idle()
        self.assertEqual(self.uploads_in_progress(), [], "Ctrl+C left a multipart upload behind")
        self.assertEqual(self.checkpoints(), [])
        with self.assertRaises(self.s3.exceptions.ClientError):
            self.s3.head_object(Bucket=self.bucket, Key="cancel.bin")

    def test_changed_file_refuses_to_resume(self):
        path = os.path.join(self.workdir, "changed.bin")
        random_file(path, 30 * MIB)
        process = self.start_cp(path, "changed.bin", "--part-size", "5MB", "--concurrency", "1",
                                "--max-bandwidth", "6MB/s")
        try:
            checkpoint = self.wait_for_checkpoint_parts(process, 1)
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate()
        self.wait_until_proxy_idle()
        # Same size, new bytes at the start.
        with open(path, "r+b") as f:
            f.write(os.urandom(4096))
        self.proxy.reset()
        result = self.run_cp(path, "changed.bin", "--resume")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("changed since the upload was interrupted", result.stderr)
        self.assertIn("without --resume", result.stderr)
        self.assertEqual(self.proxy.part_bytes, 0, "a part of the changed file was sent")
        self.assertEqual([u["UploadId"] for u in self.uploads_in_progress()], [checkpoint["uploadId"]])

        # Without --resume the old upload is aborted and the new content goes up whole.
        result = self.run_cp(path, "changed.bin")
        self.assertSucceeded(result)
        self.assertObjectIs("changed.bin", path)
        self.assertEqual(self.uploads_in_progress(), [])


def crc32c_function(scratch):
    """CRC-32C of bytes: Debian's crc32c module when there is one (as moto gets it), else Python."""
    shim = moto_fixture.crc32c_path(scratch)
    if shim:
        sys.path.insert(0, shim)
    try:
        import crc32c
        return crc32c.crc32c
    except ImportError:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
            table.append(c)

        def crc(data):
            c = 0xFFFFFFFF
            for byte in data:
                c = table[(c ^ byte) & 0xFF] ^ (c >> 8)
            return c ^ 0xFFFFFFFF
        return crc


def make_certificate(folder):
    """A self-signed certificate for 127.0.0.1 and its key, made now: trusted by nobody else."""
    cert, key = os.path.join(folder, "test-ca.pem"), os.path.join(folder, "test-ca.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=vmimport upload test", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    return cert, key


class S3UploadOverHttps(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(VMIMPORT, os.X_OK):
            raise SystemExit(f"VMI_VMIMPORT is not an executable: {VMIMPORT!r}")
        cls.workdir = tempfile.mkdtemp(prefix="vmi-s3-https-")
        cls.cert, key = make_certificate(cls.workdir)
        cls.recording = os.path.join(cls.workdir, "moto_recording")
        # moto writes every request it gets (URL, headers, body) to the recording file.
        cls.moto = moto_fixture.start_with_user(
            os.path.join(cls.workdir, "moto_server.log"), tls=(cls.cert, key),
            extra_env={"MOTO_ENABLE_RECORDING": "true", "MOTO_RECORDER_FILEPATH": cls.recording})
        cls.s3 = boto3.client("s3", endpoint_url=cls.moto["endpoint"], region_name=cls.moto["region"],
                              aws_access_key_id=cls.moto["accessKeyId"],
                              aws_secret_access_key=cls.moto["secretAccessKey"], verify=cls.cert,
                              config=Config(retries={"total_max_attempts": 1}))
        cls.bucket = "https-" + uuid.uuid4().hex[:12]
        cls.s3.create_bucket(Bucket=cls.bucket)

    @classmethod
    def tearDownClass(cls):
        moto_fixture.stop_process_group(cls.moto["pid"])
        cls.moto["process"].wait()
        shutil.rmtree(cls.workdir, ignore_errors=True)

    def setUp(self):
        self.home = tempfile.mkdtemp(dir=self.workdir)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        self.env.update(AWS_ACCESS_KEY_ID=self.moto["accessKeyId"],
                        AWS_SECRET_ACCESS_KEY=self.moto["secretAccessKey"],
                        AWS_DEFAULT_REGION=self.moto["region"], AWS_CONFIG_FILE=os.path.join(self.home, "none"),
                        AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.home, "none"),
                        XDG_DATA_HOME=os.path.join(self.home, "data"), HOME=self.home)
        # Nothing in the system's CA store vouches for the test certificate: only a bundle may.
        self.env.pop("SSL_CERT_FILE", None)
        self.env.pop("SSL_CERT_DIR", None)

    def run_cp(self, path, key, *options, env=None):
        return subprocess.run([VMIMPORT, "s3", "cp", path, f"s3://{self.bucket}/{key}",
                               "--endpoint-url", self.moto["endpoint"], "--no-progress", *options],
                              env=env or self.env, capture_output=True, text=True, timeout=300)

    def recorded_parts(self, key):
        """moto's record of the UploadPart requests for `key`: part number -> (url, headers, body)."""
        parts = {}
        with open(self.recording) as f:
            for line in f:
                entry = json.loads(line)
                url = urllib.parse.urlsplit(entry["url"])
                query = urllib.parse.parse_qs(url.query)
                if entry["method"] != "PUT" or url.path != f"/{self.bucket}/{key}" or "partNumber" not in query:
                    continue
                headers = {name.lower(): value for name, value in entry["headers"].items()}
                body = base64.b64decode(entry["body"]) if entry["body_encoded"] else entry["body"].encode()
                parts[int(query["partNumber"][0])] = (entry["url"], headers, body)
        return parts

    def assertObjectIs(self, key, path):
        body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"]
        digest = hashlib.md5()
        while block := body.read(4 * MIB):
            digest.update(block)
        self.assertEqual(digest.hexdigest(), md5_of_file(path), "the object's bytes differ from the file's")

    def test_unsigned_payload_and_crc32c_per_part_over_https(self):
        path = os.path.join(self.workdir, "https.bin")
        size = 40 * MIB + 4321
        random_file(path, size)
        env = dict(self.env, AWS_CA_BUNDLE=self.cert)
        # One part at a time: moto's recorder interleaves the lines of requests it gets at once.
        result = self.run_cp(path, "https.bin", "--part-size", "8MB", "--concurrency", "1", env=env)
        self.assertEqual(result.returncode, 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        self.assertObjectIs("https.bin", path)

        crc32c = crc32c_function(self.workdir)
        parts = self.recorded_parts("https.bin")
        self.assertEqual(sorted(parts), list(range(1, 7)))  # 5 parts of 8 MiB and the rest
        with open(path, "rb") as f:
            for number, (url, headers, body) in sorted(parts.items()):
                expected = f.read(8 * MIB)
                self.assertTrue(url.startswith("https://"), url)
                self.assertEqual(body, expected, f"part {number}'s body")
                self.assertEqual(headers["x-amz-content-sha256"], "UNSIGNED-PAYLOAD", f"part {number}")
                self.assertIn("x-amz-content-sha256", headers["authorization"])  # signed, with the rest
                self.assertEqual(headers["x-amz-checksum-crc32c"],
                                 base64.b64encode(struct.pack(">I", crc32c(expected))).decode(),
                                 f"part {number}'s CRC-32C")

        # And with the default number of parts in flight (the recording stopped first).
        stop = urllib.request.Request(self.moto["endpoint"] + "/moto-api/recorder/stop-recording", method="POST")
        urllib.request.urlopen(stop, context=ssl.create_default_context(cafile=self.cert)).close()
        result = self.run_cp(path, "https-concurrent.bin", "--part-size", "5MB", env=env)
        self.assertEqual(result.returncode, 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        self.assertObjectIs("https-concurrent.bin", path)
        os.remove(path)

    def test_only_a_ca_bundle_makes_the_test_certificate_trusted(self):
        path = os.path.join(self.workdir, "trust.bin")
        random_file(path, 1 * MIB)
        untrusted = self.run_cp(path, "trust.bin")
        self.assertEqual(untrusted.returncode, 1, untrusted.stderr)
        # Refused, with the reason and the way to trust a CA of one's own.
        self.assertIn(f'TLS: the certificate of "{self.moto["endpoint"]}/', untrusted.stderr)
        self.assertIn("is not trusted (The certificate is self-signed, and untrusted)", untrusted.stderr)
        self.assertIn("--ca-bundle, AWS_CA_BUNDLE or ca_bundle", untrusted.stderr)
        # An API command says the same, once: a certificate error is not retried.
        api = subprocess.run([VMIMPORT, "sts", "get-caller-identity", "--endpoint-url", self.moto["endpoint"],
                              "--debug"], env=self.env, capture_output=True, text=True, timeout=120)
        self.assertEqual(api.returncode, 255, api.stderr)
        self.assertIn("is not trusted (The certificate is self-signed, and untrusted)", api.stderr)
        self.assertNotIn("retrying", api.stderr)
        # AWS_CA_BUNDLE makes the same call go through.
        trusted_api = subprocess.run([VMIMPORT, "sts", "get-caller-identity", "--endpoint-url", self.moto["endpoint"]],
                                     env=dict(self.env, AWS_CA_BUNDLE=self.cert), capture_output=True,
                                     text=True, timeout=120)
        self.assertEqual(trusted_api.returncode, 0, trusted_api.stderr)
        self.assertIn('"Arn"', trusted_api.stdout)

        missing = self.run_cp(path, "trust.bin", env=dict(self.env, AWS_CA_BUNDLE=os.path.join(self.home, "nope.pem")))
        self.assertEqual(missing.returncode, 1, missing.stderr)
        self.assertIn("Could not find a suitable TLS CA certificate bundle", missing.stderr)

        # ca_bundle in the profile, as the AWS CLI reads it.
        config = os.path.join(self.home, "config")
        with open(config, "w") as f:
            f.write(f"[default]\nca_bundle = {self.cert}\n")
        configured = self.run_cp(path, "trust-config.bin", env=dict(self.env, AWS_CONFIG_FILE=config))
        self.assertEqual(configured.returncode, 0, configured.stderr)
        self.assertObjectIs("trust-config.bin", path)

        # --ca-bundle goes before AWS_CA_BUNDLE, as in the AWS CLI.
        trusted = self.run_cp(path, "trust.bin", "--ca-bundle", self.cert,
                              env=dict(self.env, AWS_CA_BUNDLE=os.path.join(self.home, "nope.pem")))
        self.assertEqual(trusted.returncode, 0, trusted.stderr)
        self.assertObjectIs("trust.bin", path)


if __name__ == "__main__":
    unittest.main(verbosity=2)
