#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets into tests/fuzz/corpus/<target>/.

    tests/fuzz/make_corpus.py [--seed S]

Run it again only to refresh the seeds; the corpus is kept in the repository (small files, a few
KiB each), together with the regression inputs of crashes found (named crash-*, never written
by this script), so the replay tests and CI see the same bytes.

- xml_response, json_response: botocore_parser_cases.py's responses (written from botocore's
  service models and checked against botocore's own parser), one answer and one error per
  operation, behind the operation's index byte (the Operations tables of fuzz_*_response.cpp).
- profile: the profile files of the README and the tests, and AWS CLI skeletons.
- shared_config: config and credentials files with every construct SharedConfig reads.
- disk_header: qemu-img images cut to their first KiB (headers come first; the parsers must
  cope with the cut anyway), and hand-made MBR, GPT, ISO and OVA headers.
"""

import argparse
import base64
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
UNIT = os.path.join(HERE, "..", "unit")
MAX_SEED = 4096

# The same order as the Operations tables of fuzz_xml_response.cpp and fuzz_json_response.cpp.
XML_OPERATIONS = [("ec2", "DescribeImportImageTasks"), ("ec2", "DescribeImportSnapshotTasks"),
                  ("ec2", "ImportImage"), ("ec2", "ImportSnapshot"), ("ec2", "DescribeImages"),
                  ("ec2", "DescribeRegions"), ("s3", "ListParts"), ("s3", "CreateMultipartUpload"),
                  ("s3", "CompleteMultipartUpload"), ("s3", "ListObjectsV2"), ("s3", "GetBucketLocation"),
                  ("sts", "AssumeRole"), ("sts", "GetCallerIdentity"), ("iam", "GetRole")]
JSON_OPERATIONS = [("imagebuilder", "GetImage"), ("imagebuilder", "ImportDiskImage"),
                   ("imagebuilder", "CancelImageCreation"), ("imagebuilder", "ListInfrastructureConfigurations"),
                   ("kms", "DescribeKey"), ("kms", "ListAliases")]


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data[:MAX_SEED] if target != "disk_header" else data)


def clear(target):
    folder = os.path.join(CORPUS, target)
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            if not name.startswith("crash-"):
                os.remove(os.path.join(folder, name))


def response_seeds(seed):
    cases = json.loads(subprocess.run(
        [sys.executable, os.path.join(UNIT, "botocore_parser_cases.py"), "--seed", str(seed),
         "--per-operation", "0.3"], check=True, capture_output=True, text=True).stdout)
    for target, operations in (("xml_response", XML_OPERATIONS), ("json_response", JSON_OPERATIONS)):
        clear(target)
        for kind in ("outputs", "errors"):
            for index, (service, operation) in enumerate(operations):
                bodies = [base64.b64decode(c["body"]) for c in cases[kind]
                          if (c["service"], c["operation"]) == (service, operation)]
                bodies = [b for b in bodies if b and len(b) < MAX_SEED]
                if bodies:
                    write(target, f"{kind[:-1]}-{service}-{operation}", bytes([index]) + max(bodies, key=len))
        # Error bodies of the other protocols' shapes, for every operation of the table.
        if target == "xml_response":
            write(target, "error-ec2-generic", b"\x02<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors>"
                  b"<Error><Code>InvalidParameter</Code><Message>The given S3 object is not local "
                  b"to the region.</Message></Error></Errors><RequestID>a1b2</RequestID></Response>")
            write(target, "error-s3-slowdown", b"\x06<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"
                  b"<Code>SlowDown</Code><Message>Please reduce your request rate.</Message>"
                  b"<RequestId>4442587FB7D0A2F9</RequestId><HostId>x</HostId></Error>")
            write(target, "error-query", b"\x0b<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                  b"<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized"
                  b"</Message></Error><RequestId>c6104cbe</RequestId></ErrorResponse>")
        else:
            write(target, "error-json-type", b"\x04{\"__type\":\"com.amazonaws.kms#NotFoundException\","
                  b"\"message\":\"Alias arn:aws:kms:eu-west-1:1:alias/x is not found.\"}")
            write(target, "error-rest-json", b"\x01{\"message\":\"The security token included in the "
                  b"request is invalid.\",\"code\":\"UnrecognizedClientException\"}")


PROFILES = {
    "readme-image.json": {"schemaVersion": 1, "name": "web server", "operation": "ImportImage",
                          "region": "eu-west-1", "awsProfile": "imports",
                          "upload": {"bucket": "vm-import-disks", "keyPrefix": "imports/",
                                     "localFiles": ["web.vmdk"]},
                          "request": {"Platform": "Linux", "LicenseType": "BYOL",
                                      "DiskContainers": [{"Format": "VMDK"}]}},
    "snapshot-registered.json": {
        "schemaVersion": 1, "name": "data", "operation": "ImportSnapshot", "region": "us-east-1",
        "upload": {"bucket": "b", "localFiles": ["d.vhd"], "partSize": 67108864, "concurrency": 4,
                   "maxBandwidth": 1000000, "storageClass": "STANDARD_IA", "serverSideEncryption": "aws:kms",
                   "sseKmsKeyId": "alias/s3", "checksumAlgorithm": "CRC32C"},
        "request": {"DiskContainer": {"Format": "VHD", "Description": "d"}, "Encrypted": True,
                    "KmsKeyId": "alias/ebs", "TagSpecifications": [
                        {"ResourceType": "import-snapshot-task", "Tags": [{"Key": "a", "Value": "b"}]}]},
        "afterImport": {"tagImageAndSnapshots": True, "deleteUploadedObjects": True,
                        "registerImage": {"Name": "from-snap", "Architecture": "x86_64",
                                          "BootMode": "uefi", "RootDeviceName": "/dev/sda1"}}},
    "imagebuilder.json": {
        "schemaVersion": 1, "name": "win11", "operation": "ImportDiskImage", "region": "us-east-1",
        "request": {"name": "win11-import", "semanticVersion": "1.0.0", "platform": "Windows",
                    "osVersion": "Microsoft Windows 11",
                    "infrastructureConfigurationArn":
                        "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/ic",
                    "uri": "s3://iso-bucket/Win11.iso", "tags": {"team": "ops"}}},
    "s3-disks.json": {
        "schemaVersion": 1, "name": "s3", "operation": "ImportImage", "region": "eu-west-1",
        "request": {"Architecture": "arm64", "BootMode": "uefi", "Encrypted": False,
                    "ClientToken": "token-1", "LicenseSpecifications": [
                        {"LicenseConfigurationArn": "arn:aws:license-manager:eu-west-1:1:license-configuration:lic-1"}],
                    "DiskContainers": [
                        {"Format": "VHDX", "UserBucket": {"S3Bucket": "b", "S3Key": "k.vhdx"}},
                        {"Format": "RAW", "Url": "https://b.s3.amazonaws.com/k.raw?X-Amz-Signature=ab"},
                        {"SnapshotId": "snap-0123456789abcdef0", "DeviceName": "/dev/sdb"}]}},
}


def profile_seeds():
    clear("profile")
    for name, profile in PROFILES.items():
        write("profile", name, json.dumps(profile, indent=1))
    write("profile", "newer-schema.json", '{"schemaVersion": 7, "name": "future"}')
    write("profile", "bare-request.json", '{"DiskContainers": [{"Format": "OVA"}]}')


CONFIGS = {
    "config": "[default]\nregion = eu-west-1\noutput = json\n\n[profile imports]\nrole_arn = "
              "arn:aws:iam::123456789012:role/vmimport\nsource_profile = default\nregion = us-east-1\n"
              "s3 =\n  addressing_style = path\n  max_concurrent_requests = 20\n\n[profile sso]\n"
              "sso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n\n"
              "[sso-session corp]\nsso_region = eu-west-1\nsso_start_url = https://corp.awsapps.com/start\n",
    "credentials": "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = "
                   "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n\n[temp]\naws_access_key_id=ASIAEXAMPLE\n"
                   "aws_secret_access_key=secret\naws_session_token = token==\n",
    "services": "[profile local]\nservices = local-moto\nendpoint_url = http://127.0.0.1:5000\n"
                "ca_bundle = /etc/ssl/certs/ca.pem\nmax_attempts = 5\n\n[services local-moto]\nec2 =\n"
                "  endpoint_url = http://127.0.0.1:5001\ns3 =\n  endpoint_url = http://127.0.0.1:5002\n",
    "process": "[profile tool]\ncredential_process = \"/opt/bin/get creds\" --profile 'x y' \\\n"
               "region=ap-south-1 ; comment\n# whole-line comment\n; another\n",
    "odd": "  [ default ]  \nregion=us-west-2\n\tcontinued value\nnovalue\n[broken\n= nokey\n[profile]\n",
}


def config_seeds():
    clear("shared_config")
    for name, text in CONFIGS.items():
        write("shared_config", name, text)


def run(*command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def head(path, size=4096):
    with open(path, "rb") as f:
        return f.read(size)


def le(fmt, *values):
    return struct.pack("<" + fmt, *values)


def mbr(status, kind, first, count):
    sector = bytearray(512)
    sector[446] = status
    sector[450] = kind
    sector[454:462] = le("II", first, count)
    sector[510:512] = b"\x55\xaa"
    return bytes(sector)


def disk_seeds():
    clear("disk_header")
    with tempfile.TemporaryDirectory() as tmp:
        made = {
            "qcow2": ["-f", "qcow2"], "vmdk-sparse": ["-f", "vmdk", "-o", "subformat=monolithicSparse"],
            "vmdk-stream": ["-f", "vmdk", "-o", "subformat=streamOptimized"],
            "vhd-dynamic": ["-f", "vpc"], "vhdx": ["-f", "vhdx"], "vdi": ["-f", "vdi"],
        }
        for name, options in made.items():
            path = os.path.join(tmp, name)
            run("qemu-img", "create", "-q", *options, path, "64M")
            write("disk_header", name, head(path))
        # A fixed VHD is raw data with the footer at the end: keep 3 sectors and the footer.
        path = os.path.join(tmp, "fixed")
        run("qemu-img", "create", "-q", "-f", "vpc", "-o", "subformat=fixed", path, "1M")
        with open(path, "rb") as f:
            data = f.read()
        write("disk_header", "vhd-fixed", data[:1536] + data[-512:])
        # A descriptor-only VMDK (its extent lives elsewhere).
        path = os.path.join(tmp, "flat.vmdk")
        run("qemu-img", "create", "-q", "-f", "vmdk", "-o", "subformat=monolithicFlat", path, "1M")
        write("disk_header", "vmdk-descriptor", head(path))
    write("disk_header", "raw-mbr", mbr(0x80, 0x83, 2048, 6144) + bytes(512 * 7))
    header = bytearray(92)
    header[0:8] = b"EFI PART"
    header[8:16] = le("II", 0x00010000, 92)
    header[24:56] = le("QQQQ", 1, 16383, 34, 16350)
    header[72:88] = le("QII", 2, 128, 128)
    entry = bytearray(128)
    entry[0:16] = bytes.fromhex("28732ac11ff8d211ba4b00a0c93ec93b")  # EFI System Partition
    entry[32:48] = le("QQ", 2048, 4095)
    write("disk_header", "raw-gpt", mbr(0, 0xEE, 1, 16383) + bytes(header).ljust(512, b"\0")
          + bytes(entry).ljust(512, b"\0") + bytes(512))
    pvd = bytearray(2048)
    pvd[0:7] = b"\x01CD001\x01"
    pvd[40:72] = b"WIN11".ljust(32, b" ")
    pvd[80:88] = le("I", 32) + struct.pack(">I", 32)
    pvd[128:132] = le("H", 2048) + struct.pack(">H", 2048)
    write("disk_header", "iso", bytes(32768) + bytes(pvd) + b"\xffCD001\x01".ljust(2048, b"\0"))
    ova = io.BytesIO()
    with tarfile.open(fileobj=ova, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in (("vm.ovf", b"<?xml version=\"1.0\"?><Envelope><DiskSection><Disk ovf:capacity="
                                      b"\"1\" ovf:fileRef=\"file1\"/></DiskSection></Envelope>"),
                           ("vm-disk1.vmdk", b"KDMV\x03\x00\x00\x00" + bytes(504))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    write("disk_header", "ova", ova.getvalue().rstrip(b"\0") + bytes(1024))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    response_seeds(args.seed)
    profile_seeds()
    config_seeds()
    disk_seeds()


if __name__ == "__main__":
    main()
