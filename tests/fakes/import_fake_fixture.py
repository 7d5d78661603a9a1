#!/usr/bin/env python3
"""Starts and stops the import fake (import_fake.py) for the integration tests.

    import_fake_fixture.py start --state PATH --moto-state PATH [--step-seconds S]
    import_fake_fixture.py stop  --state PATH

Needs the moto fixture running: the fake accepts moto's test key, checks S3 objects and the
vmimport role in moto, creates the snapshots and AMIs there, and forwards every EC2 action it
does not emulate to it. The state file (JSON, mode 0600) says where what is served:

    endpoint / ec2Endpoint / imagebuilderEndpoint   the fake (one port serves both APIs)
    controlEndpoint                                 <endpoint>/_fake (no signature needed)
    motoEndpoint, region, accessKeyId, secretAccessKey, accountId, pid, log

The fixture starts the fake in its fast mode (one task stage per Describe* call naming the task
by id, per GetImage call), so
tests are deterministic; a test can switch to time-driven stages with
POST <controlEndpoint>/config {"stepSeconds": N}.
"""

import argparse
import json
import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from moto_fixture import (MAX_LIFETIME_SECONDS, free_loopback_port,  # noqa: E402
                          stop, stop_process_group, wait_until_up, write_state)

SERVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "import_fake.py")


def start_server(moto_state_path, log_path, step_seconds):
    for _attempt in range(3):
        port = free_loopback_port()
        endpoint = f"http://127.0.0.1:{port}"
        log = open(log_path, "ab")
        # A session of its own and no inherited pipes, so ctest does not wait for it; the
        # lifetime cap ends it if the cleanup fixture never runs. Secrets are read from the
        # moto state file, never passed on the command line.
        process = subprocess.Popen(
            ["timeout", str(MAX_LIFETIME_SECONDS), sys.executable, SERVER,
             "--moto-state", moto_state_path, "--port", str(port),
             "--step-seconds", str(step_seconds)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        log.close()
        if wait_until_up(endpoint, process, time.monotonic() + 30, "/_fake/health"):
            return process, endpoint
        stop_process_group(process.pid)
    raise SystemExit(f"the import fake did not start; see {log_path}")


def start(state_path, moto_state_path, step_seconds):
    os.makedirs(os.path.dirname(state_path), exist_ok=True)
    stop(state_path)  # a server left by an interrupted run
    with open(moto_state_path) as f:
        moto = json.load(f)
    log_path = os.path.join(os.path.dirname(state_path), "import_fake.log")
    process, endpoint = start_server(moto_state_path, log_path, step_seconds)
    write_state(state_path, {
        "endpoint": endpoint,
        "ec2Endpoint": endpoint,
        "imagebuilderEndpoint": endpoint,
        "controlEndpoint": endpoint + "/_fake",
        "motoEndpoint": moto["endpoint"],
        "region": moto["region"],
        "accessKeyId": moto["accessKeyId"],
        "secretAccessKey": moto["secretAccessKey"],
        "accountId": moto["userArn"].split(":")[4],
        "pid": process.pid,
        "log": log_path,
    })
    print(f"import fake on {endpoint} (pid {process.pid}), moto on {moto['endpoint']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("--state", required=True, help="state file to write or read")
    parser.add_argument("--moto-state", help="the moto fixture's state file (start)")
    parser.add_argument("--step-seconds", type=float, default=0.0)
    args = parser.parse_args()
    if args.action == "start":
        if not args.moto_state:
            parser.error("start needs --moto-state")
        start(args.state, args.moto_state, args.step_seconds)
    else:
        stop(args.state)


if __name__ == "__main__":
    main()
