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
import ssl
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


def wait_until_up(endpoint, process, deadline, health_path=MOTO_HEALTH_PATH, ca_file=None):
    """True once endpoint + health_path answers; False when the process ends or time is up.

    ca_file: the PEM file of the CA an https endpoint's certificate is checked against.
    """
    context = ssl.create_default_context(cafile=ca_file) if ca_file else None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(endpoint + health_path, timeout=2, context=context):
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


def start_server(log_path, tls=None, extra_env=None):
    """Starts moto_server on a free loopback port: (process, endpoint).

    tls: (certificate PEM, key PEM) to serve https with that certificate instead of http.
    extra_env: more environment for the server (MOTO_ENABLE_RECORDING, ...).
    """
    shim = crc32c_path(os.path.dirname(log_path))
    for _attempt in range(3):
        port = free_loopback_port()
        endpoint = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
        env = dict(os.environ, INITIAL_NO_AUTH_ACTION_COUNT="3", **(extra_env or {}))
        if shim:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [shim, env.get("PYTHONPATH")]))
        tls_options = ["--ssl-cert", tls[0], "--ssl-key", tls[1]] if tls else []
        log = open(log_path, "ab")
        # A session of its own and no inherited pipes, so ctest does not wait for it.
        process = subprocess.Popen(
            ["timeout", str(MAX_LIFETIME_SECONDS), sys.executable,
             os.path.join(os.path.dirname(os.path.abspath(__file__)), "moto_server_launcher.py"),
             "-H", "127.0.0.1", "-p", str(port), *tls_options],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            env=env, start_new_session=True)
        log.close()
        if wait_until_up(endpoint, process, time.monotonic() + 30, ca_file=tls[0] if tls else None):
            return process, endpoint
        stop_process_group(process.pid)
    raise SystemExit(f"moto_server did not start; see {log_path}")


def create_test_user(endpoint, verify=None):
    iam = boto3.client("iam", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap",
                       config=Config(retries={"max_attempts": 1}), verify=verify)
    user = iam.create_user(UserName=USER_NAME)["User"]
    iam.put_user_policy(UserName=USER_NAME, PolicyName="allow-all",
                        PolicyDocument=json.dumps(ALLOW_ALL_POLICY))
    key = iam.create_access_key(UserName=USER_NAME)["AccessKey"]
    return user, key


def check_auth_is_on(endpoint, key, verify=None):
    sts = boto3.client("sts", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id=key["AccessKeyId"],
                       aws_secret_access_key=key["SecretAccessKey"], verify=verify)
    sts.get_caller_identity()
    bad = boto3.client("sts", endpoint_url=endpoint, region_name=REGION,
                       aws_access_key_id=key["AccessKeyId"],
                       aws_secret_access_key="not-the-secret",
                       config=Config(retries={"max_attempts": 1}), verify=verify)
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


def start_with_user(log_path, tls=None, extra_env=None):
    """A moto_server with authentication on and its test user: the state (as start() writes it).

    Tests that need a server of their own (https, request recording) call this, stop it with
    stop_process_group(state["pid"]) and reap it with state["process"].wait() (not in the
    state file).
    """
    process, endpoint = start_server(log_path, tls=tls, extra_env=extra_env)
    verify = tls[0] if tls else None
    try:
        user, key = create_test_user(endpoint, verify=verify)
        check_auth_is_on(endpoint, key, verify=verify)
    except BaseException:
        stop_process_group(process.pid)
        raise
    return {
        "endpoint": endpoint,
        "region": REGION,
        "accessKeyId": key["AccessKeyId"],
        "secretAccessKey": key["SecretAccessKey"],
        "userName": user["UserName"],
        "userArn": user["Arn"],
        "pid": process.pid,
        "log": log_path,
        "process": process,
    }


def start(state_path):
    os.makedirs(os.path.dirname(state_path), exist_ok=True)
    stop(state_path)  # a server left by an interrupted run
    state = start_with_user(os.path.join(os.path.dirname(state_path), "moto_server.log"))
    del state["process"]  # the server outlives this script: ctest's cleanup fixture stops it by pid
    write_state(state_path, state)
    print(f"moto_server on {state['endpoint']} (pid {state['pid']}), authentication on, "
          f"user {state['userArn']}")


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
