"""An HTTP/1.1 proxy in front of one server (moto for S3, the import fake for EC2) that injects
faults on a seeded random schedule.

Every request is forwarded unchanged (same Host header, so SigV4 signatures still verify)
unless the schedule picks a fault for it. The schedule is a pure function of (seed, request,
attempt): `random.Random(f"{seed}|{identity}|{attempt}")` decides whether the n-th time the
proxy sees a request (same method and S3 subresource, part number or Query action) it is
faulted, and how.
So a seed gives the same faults whatever order concurrent requests arrive in, and a run can
be repeated by hand with the seed a test printed. Identities leave out bucket, key and
ClientToken (random per run): a seed means the same faults in every run of one upload. The fault rate is bounded: `rate` per
request, and never more than `max_in_a_row` faults in a row for one request, so that retries
are what decides the outcome, not luck.

Faults, by when they happen:

    before the server sees the request
        reset       read half of the body, then reset the connection (RST)
        stall       read the request, send nothing for `stall_seconds`, then close
        500         500 InternalError
        503         503 SlowDown (S3) or 503 Unavailable (EC2)
    after the server answered (the request took effect: only the answer is lost or wrong)
        lost        close the connection without an answer
        truncate    the status line, headers with the full Content-Length and half the body
        malformed   a 200 whose body is the first half of the XML, with a matching length
        wrong-etag  (UploadPart only) the answer with another ETag than the server's

`log` lists (identity, attempt, fault) for every fault, for the test's failure messages.
Runs in threads of the test process.
"""

import hashlib
import http.server
import random
import socket
import struct
import threading
import time
import urllib.parse

import http_forward

S3_ERROR = ('<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code>'
            '<Message>injected by the chaos proxy</Message><RequestId>chaos</RequestId></Error>')
EC2_ERROR = ('<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>{code}</Code>'
             '<Message>injected by the chaos proxy</Message></Error></Errors>'
             '<RequestID>chaos</RequestID></Response>')

FAULTS_BEFORE = ("reset", "stall", "500", "503")
FAULTS_AFTER = ("lost", "truncate", "malformed")


class FaultSchedule:
    def __init__(self, seed, rate=0.15, max_in_a_row=2, faults=None):
        self.seed = seed
        self.rate = rate
        self.max_in_a_row = max_in_a_row
        self.faults = faults  # None: every fault that fits the request
        self.lock = threading.Lock()
        self.attempts = {}   # identity -> requests seen
        self.in_a_row = {}   # identity -> faults in a row up to now
        self.log = []

    def decide(self, identity, candidates):
        """The fault for this request, or None to forward it untouched."""
        with self.lock:
            attempt = self.attempts.get(identity, 0) + 1
            self.attempts[identity] = attempt
            allowed = [f for f in candidates if self.faults is None or f in self.faults]
            rng = random.Random(f"{self.seed}|{identity}|{attempt}")
            fault = None
            if allowed and self.in_a_row.get(identity, 0) < self.max_in_a_row and rng.random() < self.rate:
                fault = rng.choice(allowed)
            self.in_a_row[identity] = self.in_a_row.get(identity, 0) + 1 if fault else 0
            if fault:
                self.log.append((identity, attempt, fault))
            return fault

    def count(self, fault):
        with self.lock:
            return sum(1 for entry in self.log if entry[2] == fault)


class ChaosProxy:
    """Forwards to `upstream` (http://host:port); `service` is "s3" or "ec2" (error shapes)."""

    def __init__(self, upstream, service, stall_seconds=5.0):
        self.upstream = urllib.parse.urlsplit(upstream)
        self.service = service
        self.stall_seconds = stall_seconds
        self.schedule = None  # no faults until set_schedule()
        self.lock = threading.Lock()
        self.in_flight = 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle_one(self):
                with proxy.lock:
                    proxy.in_flight += 1
                try:
                    self.serve()
                except (ConnectionError, TimeoutError, OSError):
                    self.close_connection = True
                finally:
                    with proxy.lock:
                        proxy.in_flight -= 1

            def serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                # A Query API names its action in the (small) body: read it first there.
                body = self.rfile.read(length) if length and proxy.service == "ec2" else None
                identity, candidates = proxy.classify(self, body)
                schedule = proxy.schedule
                fault = schedule.decide(identity, candidates) if schedule else None
                if fault == "reset":
                    if body is None:
                        self.rfile.read(length // 2)
                    self.reset()
                    return
                if body is None:
                    body = self.rfile.read(length) if length else b""
                if len(body) < length:
                    self.close_connection = True  # the client went away mid-body
                    return
                if fault == "stall":
                    time.sleep(proxy.stall_seconds)
                    self.close_connection = True
                    return
                if fault in ("500", "503"):
                    self.answer_error(int(fault))
                    return
                status, reason, headers, payload = proxy.forward(self, body)
                if fault == "lost":
                    self.reset()
                    return
                if fault == "wrong-etag":
                    fake = '"' + hashlib.md5(b"not the part" + payload).hexdigest() + '"'
                    headers = [(n, fake if n.lower() == "etag" else v) for n, v in headers]
                if fault == "malformed":
                    payload = payload[: len(payload) // 2]
                self.send_response(status, reason)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command == "HEAD":
                    return
                if fault == "truncate":
                    self.wfile.write(payload[: len(payload) // 2])
                    self.wfile.flush()
                    self.reset()
                    return
                self.wfile.write(payload)

            def answer_error(self, status):
                if proxy.service == "s3":
                    code = "InternalError" if status == 500 else "SlowDown"
                    payload = S3_ERROR.format(code=code).encode()
                else:
                    code = "InternalError" if status == 500 else "Unavailable"
                    payload = EC2_ERROR.format(code=code).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            def reset(self):
                """Closes with a TCP RST (SO_LINGER 0), as a dropped connection looks."""
                self.close_connection = True
                try:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                except OSError:
                    pass

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_one

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def classify(self, handler, body):
        """(identity, faults that fit): what names the request across retries, what may hit it."""
        url = urllib.parse.urlsplit(handler.path)
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if self.service == "ec2":
            # Query protocol: the action and its parameters are the form in the body (a
            # Describe poll is the same request each time; its attempts just grow).
            form = urllib.parse.parse_qs((body or b"").decode("utf-8", "replace"))
            action = form.get("Action", ["?"])[0]
            return action, FAULTS_BEFORE + FAULTS_AFTER
        if handler.command == "PUT" and "partNumber" in query:
            return f"UploadPart {query['partNumber'][0]}", FAULTS_BEFORE + ("lost", "wrong-etag")
        operation = "&".join(sorted(k for k in query if k not in ("x-id",)))
        after = FAULTS_AFTER if handler.command != "HEAD" else ("lost",)
        return f"{handler.command} {operation}", FAULTS_BEFORE + after

    def forward(self, handler, body):
        return http_forward.forward(self.upstream, handler, body, timeout=300)

    def set_schedule(self, schedule):
        self.schedule = schedule

    def idle(self):
        with self.lock:
            return self.in_flight == 0

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
