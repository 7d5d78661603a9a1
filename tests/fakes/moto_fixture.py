#!/usr/bin/env python3
"""Starts and stops moto_server for the integration tests, with request authentication on.

    moto_fixture.py start --state PATH   # free loopback port, IAM user + access key, state file
    moto_fixture.py stop  --state PATH   # stops the server the state file names

moto checks SigV4 signatures and IAM policies only once INITIAL_NO_AUTH_ACTION_COUNT
unauthenticated actions have run. We set it to 3 and spend exactly those three actions on
CreateUser, PutUserPolicy and CreateAccessKey; from then on every request must be signed with
the new user's key. The state file (JSON) tells tests the endpoint and that key; the key is a
throw-away of this server only.
"""

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import boto3
from botocore.config import Config

REGION = "us-east-1"
USER_NAME = "vmimport-tests"
# Longest a server may live if the cleanup fixture never runs (an interrupted ctest).
MAX_LIFETIME_SECONDS = 3 * 3600

ALLOW_ALL_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
}


def free_loopback_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The moto-api dashboard is not an AWS action: it does not use up the unauthenticated actions.
MOTO_HEALTH_PATH = "/moto-api/data.json"


def wait_until_up(endpoint, process, deadline, health_path=MOTO_HEALTH_PATH):
    """True once endpoint + health_path answers; False when the process ends or time is up."""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(endpoint + health_path, timeout=2):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def crc32c_path(state_dir):
    """A folder that lets moto import the `crc32c` module, or None when it already can.

    Without it moto silently computes CRC32 where S3 computes CRC-32C, and the checksum it
    states for a finished multipart upload is wrong. The interpreter with moto (a pyenv build
    here) may lack the module while Debian's python3-crc32c has it for the same Python ABI:
    link just that module into a folder of its own rather than put all of Debian's
    dist-packages on the path.
    """
    try:
        import crc32c  # noqa: F401
        return None
    except ImportError:
        pass
    suffix = f".cpython-{sys.version_info.major}{sys.version_info.minor}-"
    for folder in ("/usr/lib/python3/dist-packages",):
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if name.startswith("crc32c" + suffix) and name.endswith(".so"):
                shim = os.path.join(state_dir, "pylib")
                os.makedirs(shim, exist_ok=True)
                link = os.path.join(shim, name)
                if not os.path.lexists(link):
                    os.symlink(os.path.join(folder, name), link)
                return shim
    print("warning: no crc32c module for moto (Debian package python3-crc32c): its CRC-32C "
          "checksums of multipart objects will be wrong", file=sys.stderr)
    return None


def start_server(log_path):
    shim = crc32c_path(os.path.dirname(log_path))
    for _attempt in range(3):
        port = free_loopback_port()
        endpoint = f"http://127.0.0.1:{port}"
        env = dict(os.environ, INITIAL_NO_AUTH_ACTION_COUNT="3")
        if shim:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [shim, env.get("PYTHONPATH")]))
        log = open(log_path, "ab")
        # A session of its own and no inherited pipes, so ctest does not wait for it.
        process = subprocess.Popen(
            ["timeout", str(MAX_LIFETIME_SECONDS), sys.executable,
             os.path.join(os.path.dirname(os.path.abspath(__file__)), "moto_server_launcher.py"),
             "-H", "127.0.0.1", "-p", str(port)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            env=env, start_new_session=True)
        log.close()
        if wait_until_up(endpoint, process, time.monotonic() + 30):
            return process, endpoint
        stop_process_group(process.pid)
    raise SystemExit(f"moto_server did not start; see {log_path}")


def create_test_user(endpoint):
    iam = boto3.client("iam", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap",
                       config=Config(retries={"max_attempts": 1}))
    user = iam.create_user(UserName=USER_NAME)["User"]
    iam.put_user_policy(UserName=USER_NAME, PolicyName="allow-all",
                        PolicyDocument=json.dumps(ALLOW_ALL_POLICY))
    key = iam.create_access_key(UserName=USER_NAME)["AccessKey"]
    return user, key


def check_auth_is_on(endpoint, key):
    sts = boto3.client("sts", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id=key["AccessKeyId"],
                       aws_secret_access_key=key["SecretAccessKey"])
    sts.get_caller_identity()
    bad = boto3.client("sts", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id=key["AccessKeyId"],
                       aws_secret_access_key="not-the-secret",
                       config=Config(retries={"max_attempts": 1}))
    try:
        bad.get_caller_identity()
    except Exception:  # noqa: BLE001 - any refusal is what we want here
        return
    raise SystemExit("moto accepted a wrong secret: request authentication is off")


def write_state(path, state):
    tmp = path + ".tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(state, f, indent=2)
    os.replace(tmp, path)


def stop_process_group(pid):
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(50):
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stop(state_path):
    try:
        with open(state_path) as f:
            state = json.load(f)
    except (OSError, ValueError):
        return
    stop_process_group(int(state["pid"]))
    os.remove(state_path)


def start(state_path):
    os.makedirs(os.path.dirname(state_path), exist_ok=True)
    stop(state_path)  # a server left by an interrupted run
    log_path = os.path.join(os.path.dirname(state_path), "moto_server.log")
    process, endpoint = start_server(log_path)
    try:
        user, key = create_test_user(endpoint)
        check_auth_is_on(endpoint, key)
    except BaseException:
        stop_process_group(process.pid)
        raise
    write_state(state_path, {
        "endpoint": endpoint,
        "region": REGION,
        "accessKeyId": key["AccessKeyId"],
        "secretAccessKey": key["SecretAccessKey"],
        "userName": user["UserName"],
        "userArn": user["Arn"],
        "pid": process.pid,
        "log": log_path,
    })
    print(f"moto_server on {endpoint} (pid {process.pid}), authentication on, user {user['Arn']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("--state", required=True, help="state file to write or read")
    args = parser.parse_args()
    if args.action == "start":
        start(args.state)
    else:
        stop(args.state)


if __name__ == "__main__":
    main()
