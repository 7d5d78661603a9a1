#!/usr/bin/env python3
"""Upload benchmark: `vmimport s3 cp` against the AWS CLI v2 (classic and CRT transfer
clients) and rclone, same random file, same local S3 sink, interleaved runs.

    tests/bench/upload_bench.py [--vmimport build/release/bin/vmimport] [--sizes 256M,1G,4G]
                                [--rounds 3] [--tools vmimport,aws,aws-crt,rclone]
    tests/bench/upload_bench.py --serve     # only the sink, for profiling one tool by hand

The sink is Debian's nginx with the echo module (nginx-light) answering the multipart calls;
it reads every body to its last byte and stores nothing (s3_sink.conf.in), so the figures are
the clients' own: moto tops out near 70 MiB/s and is for correctness tests only. Over plain
HTTP vmimport signs every part's SHA-256 (its slower mode); the AWS CLI and rclone send what
they send by default over HTTP.

For each run it prints wall time, MiB/s, user+sys CPU seconds per GiB and peak RSS (from
wait4 of that process), then per size the median of each tool and vmimport's ratios. Not a
timed test: the machine may be shared, so it also prints the load average before and after.
Needs nginx-light, awscli and rclone (Debian packages): it says how to install them.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MIB = 1024 * 1024


def parse_size(text):
    match = re.fullmatch(r"(\d+)([KMG]?)", text.strip().upper())
    if not match:
        raise SystemExit(f"not a size: {text}")
    return int(match.group(1)) * {"": 1, "K": 1024, "M": MIB, "G": 1024 * MIB}[match.group(2)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_is_free(port):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def echo_module():
    """Debian's nginx-light ships the echo module the sink needs."""
    try:
        configure = subprocess.run(["nginx", "-V"], capture_output=True, text=True).stderr
    except FileNotFoundError:
        return None
    match = re.search(r"--modules-path=(\S+)", configure)
    path = os.path.join(match.group(1) if match else "/usr/lib/nginx/modules", "ngx_http_echo_module.so")
    return path if os.path.exists(path) else None


def check_tools(tools, vmimport):
    missing = []
    if not echo_module():
        missing.append("nginx-light (nginx with the echo module)")
    if any(t.startswith("aws") for t in tools) and not os.path.exists("/usr/bin/aws"):
        missing.append("awscli")
    if "rclone" in tools and not shutil.which("rclone"):
        missing.append("rclone")
    if missing:
        raise SystemExit("missing: " + ", ".join(missing) +
                         "\ninstall with: apt-get install --no-install-recommends nginx-light awscli rclone")
    if any(t.startswith("vmimport") for t in tools) and not os.access(vmimport, os.X_OK):
        raise SystemExit(f"no vmimport at {vmimport}: cmake --preset release && cmake --build --preset release")


class Sink:
    def __init__(self, workdir):
        self.dir = os.path.join(workdir, "sink")
        os.makedirs(self.dir)
        # Port 80 when it is free: the CRT client of Debian's AWS CLI (2.9) ignores the port of
        # an http:// endpoint and always connects to 80.
        self.port = 80 if port_is_free(80) else free_port()
        with open(os.path.join(HERE, "s3_sink.conf.in")) as f:
            conf = f.read()
        conf = (conf.replace("@USER@", "user root;" if os.geteuid() == 0 else "")
                .replace("@ECHO_MODULE@", echo_module())
                .replace("@DIR@", self.dir).replace("@PORT@", str(self.port)))
        path = os.path.join(self.dir, "nginx.conf")
        with open(path, "w") as f:
            f.write(conf)
        self.process = subprocess.Popen(["nginx", "-p", self.dir, "-c", path],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        self.endpoint = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(urllib.request.Request(self.endpoint + "/bench/x?uploads",
                                                              method="POST", data=b""), timeout=2)
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit("the nginx sink did not start; see " + os.path.join(self.dir, "error.log"))

    def stop(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        self.process.wait(timeout=10)


def commands(tool, path, endpoint, workdir, vmimport):
    key = f"s3://bench/{tool}-{os.path.basename(path)}"
    # No AWS_* from the caller's environment (a CA bundle, a profile): the same settings for all.
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDBENCHMARK", AWS_SECRET_ACCESS_KEY="benchmark-secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="", XDG_DATA_HOME=os.path.join(workdir, "xdg"),
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(workdir, "none"))
    if tool == "vmimport":
        return [vmimport, "s3", "cp", path, key, "--endpoint-url", endpoint, "--no-progress"], env
    if tool == "vmimport-unsigned":
        # What vmimport does over HTTPS (UNSIGNED-PAYLOAD + CRC-32C), here over plain HTTP: the
        # mode to hold against the CRT client, which does not hash the payload either.
        return [vmimport, "s3", "cp", path, key, "--endpoint-url", endpoint, "--no-progress",
                "--payload-signing", "unsigned"], env
    if tool in ("aws", "aws-crt"):
        config = os.path.join(workdir, f"{tool}.config")
        with open(config, "w") as f:
            f.write("[default]\nregion = us-east-1\n")
            if tool == "aws-crt":
                f.write("s3 =\n  preferred_transfer_client = crt\n")
        env["AWS_CONFIG_FILE"] = config
        return ["/usr/bin/aws", "s3", "cp", path, key, "--endpoint-url", endpoint, "--no-progress",
                "--only-show-errors"], env
    if tool == "rclone":
        env["RCLONE_CONFIG"] = os.path.join(workdir, "rclone.conf")
        remote = (f":s3,provider=Other,endpoint='{endpoint}',access_key_id=AKIDBENCHMARK,"
                  f"secret_access_key=benchmark-secret,region=us-east-1:bench/rclone-{os.path.basename(path)}")
        return ["rclone", "copyto", path, remote, "--s3-no-check-bucket", "--s3-no-head",
                "--s3-upload-cutoff", "5M", "-q"], env
    raise SystemExit(f"unknown tool {tool}")


def run_once(tool, path, endpoint, workdir, vmimport):
    argv, env = commands(tool, path, endpoint, workdir, vmimport)
    start = time.monotonic()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{tool} failed ({process.returncode}): {' '.join(argv)}\n{error}")
    size = os.path.getsize(path)
    return {"tool": tool, "size": size, "wall": wall, "mibs": size / MIB / wall,
            "cpu_per_gib": (usage.ru_utime + usage.ru_stime) / (size / (1024 * MIB)),
            "rss_mib": usage.ru_maxrss / 1024}


def make_file(workdir, size):
    path = os.path.join(workdir, f"random-{size // MIB}MiB.bin")
    with open(path, "wb") as f:
        left = size
        while left:
            chunk = min(left, 16 * MIB)
            f.write(os.urandom(chunk))
            left -= chunk
    # Every tool reads it from the page cache, the first run included.
    with open(path, "rb") as f:
        while f.read(16 * MIB):
            pass
    return path


def startup_cost(tools, endpoint, workdir, vmimport):
    """Wall time of a whole upload of a 1 MiB file, per tool (median of 5): process start,
    configuration, credentials and the four S3 calls; what a user waits before bytes move."""
    path = os.path.join(workdir, "small.bin")
    with open(path, "wb") as f:
        f.write(os.urandom(MIB))
    costs = {}
    # Not rclone: it sends a file this small with one PutObject and then checks the ETag as the
    # MD5 of the bytes, which a sink that stores nothing cannot answer.
    for tool in (t for t in tools if t != "rclone"):
        costs[tool] = statistics.median(run_once(tool, path, endpoint, workdir, vmimport)["wall"] for _ in range(5))
    os.remove(path)
    return costs


def serve(vmimport):
    """The sink alone, for a profiler run of one upload (tests/bench/RESULTS.md shows how)."""
    check_tools([], vmimport)
    workdir = tempfile.mkdtemp(prefix="vmi-bench-")
    sink = Sink(workdir)
    argv, env = commands("vmimport", "FILE", sink.endpoint, workdir, vmimport)
    print(f"sink on {sink.endpoint}; for example:\n  " +
          " ".join(f"{k}={env[k]}" for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")) +
          " perf record -e cpu-clock -g -- " + " ".join(argv) + "\nCtrl+C stops it.", flush=True)
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        sink.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vmimport", default=os.path.join(ROOT, "build", "release", "bin", "vmimport"))
    parser.add_argument("--sizes", default="256M,1G,4G")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tools", default="vmimport,vmimport-unsigned,aws,aws-crt,rclone")
    parser.add_argument("--serve", action="store_true",
                        help="start the sink, print how to upload to it, and wait for Ctrl+C")
    args = parser.parse_args()
    if args.serve:
        serve(args.vmimport)
        return
    tools = args.tools.split(",")
    check_tools(tools, args.vmimport)

    workdir = tempfile.mkdtemp(prefix="vmi-bench-")
    sink = Sink(workdir)
    if sink.port != 80 and "aws-crt" in tools:
        print("port 80 is taken: leaving out aws-crt (its client connects to port 80 whatever the endpoint says)")
        tools.remove("aws-crt")
    results = []
    try:
        print(f"load average before: {os.getloadavg()}  cores: {os.cpu_count()}  sink: {sink.endpoint}")
        costs = startup_cost(tools, sink.endpoint, workdir, args.vmimport)
        print("start-up: a whole 1 MiB upload, median of 5: " +
              ", ".join(f"{tool} {seconds:.3f} s" for tool, seconds in costs.items()))
        print(f"{'tool':<17} {'size':>7} {'wall s':>7} {'MiB/s':>7} {'CPU-s/GiB':>9} {'peak RSS MiB':>12}")
        for size_text in args.sizes.split(","):
            size = parse_size(size_text)
            path = make_file(workdir, size)
            for round_number in range(args.rounds):
                # A different order each round, so no tool always runs first or last.
                order = tools[round_number % len(tools):] + tools[:round_number % len(tools)]
                for tool in order:
                    result = run_once(tool, path, sink.endpoint, workdir, args.vmimport)
                    results.append(result)
                    print(f"{tool:<17} {size // MIB:>5}Mi {result['wall']:>7.2f} {result['mibs']:>7.1f} "
                          f"{result['cpu_per_gib']:>9.2f} {result['rss_mib']:>12.1f}", flush=True)
            os.remove(path)
        print(f"load average after: {os.getloadavg()}")
    finally:
        sink.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    # Other load on the machine only ever slows a run down, so the best run says what a tool
    # can do and the median what it did; both are printed.
    for title, pick in (("medians", statistics.median), ("best runs (highest MiB/s, lowest CPU and RSS)", None)):
        print(f"\n{title}, with vmimport's ratio (its MiB/s over the tool's)")
        for size in sorted({r["size"] for r in results}):
            summary = {}
            for tool in tools:
                runs = [r for r in results if r["size"] == size and r["tool"] == tool]
                if not runs:
                    continue
                if pick:
                    summary[tool] = {k: pick(r[k] for r in runs) for k in ("mibs", "cpu_per_gib", "rss_mib")}
                else:
                    summary[tool] = {"mibs": max(r["mibs"] for r in runs),
                                     "cpu_per_gib": min(r["cpu_per_gib"] for r in runs),
                                     "rss_mib": min(r["rss_mib"] for r in runs)}
            for tool, m in summary.items():
                ratio = ""
                for ours in ("vmimport", "vmimport-unsigned"):
                    if not tool.startswith("vmimport") and ours in summary:
                        ratio += f"  {ours}/{tool} = {summary[ours]['mibs'] / m['mibs']:.2f}x"
                print(f"  {size // MIB:>5} MiB {tool:<17} {m['mibs']:>7.1f} MiB/s {m['cpu_per_gib']:>6.2f} CPU-s/GiB "
                      f"{m['rss_mib']:>7.1f} MiB peak{ratio}")


if __name__ == "__main__":
    main()
