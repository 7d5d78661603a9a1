"""An HTTP/1.1 proxy between vmimport and moto that counts UploadPart bytes and injects faults.

Requests go to moto unchanged (same Host header, so SigV4 signatures still verify); for the
part numbers named in `faults` (or "create" for CreateMultipartUpload, "abort" for
AbortMultipartUpload), the first attempts
get what the list says instead:

    "drop"      read the whole request, close the connection without an answer
    "drop-mid"  read half of the body, close the connection
    "lost"      forward the request (it takes effect), close the connection without the answer
    "500"       500 InternalError
    "503"       503 SlowDown

`part_bytes` counts the body bytes of UploadPart requests that reached moto, so a test can
tell exactly what a resumed upload sent again. Runs in a thread of the test process.
"""

import http.server
import os
import sys
import threading
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fakes"))
import http_forward  # noqa: E402

ERROR_BODY = ('<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code>'
              '<Message>injected by the test proxy</Message><RequestId>fault</RequestId></Error>')


class FaultProxy:
    def __init__(self, upstream):
        self.upstream = urllib.parse.urlsplit(upstream)
        self.lock = threading.Lock()
        self.faults = {}          # part number -> list of actions, used up in order
        self.part_bytes = 0       # UploadPart body bytes forwarded to moto
        self.part_attempts = {}   # part number -> requests seen (faulted ones included)
        self.create_attempts = 0  # CreateMultipartUpload requests seen
        self.in_flight = 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle_one(self):
                url = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
                part = int(query["partNumber"][0]) if "partNumber" in query and self.command == "PUT" else None
                if self.command == "POST" and "uploads" in query:
                    part = "create"
                elif self.command == "DELETE" and "uploadId" in query:
                    part = "abort"
                length = int(self.headers.get("Content-Length") or 0)
                action = None
                with proxy.lock:
                    proxy.in_flight += 1
                    if part == "create":
                        proxy.create_attempts += 1
                    elif part == "abort":
                        pass
                    elif part is not None:
                        proxy.part_attempts[part] = proxy.part_attempts.get(part, 0) + 1
                    pending = proxy.faults.get(part) if part is not None else None
                    if pending:
                        action = pending.pop(0)
                try:
                    if action == "drop-mid":
                        self.rfile.read(length // 2)
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    body = self.rfile.read(length) if length else b""
                    if len(body) < length:
                        # The client went away mid-body (a killed upload): nothing to forward.
                        self.close_connection = True
                        return
                    if action == "drop":
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    if action in ("500", "503"):
                        payload = ERROR_BODY.format(code="InternalError" if action == "500" else "SlowDown").encode()
                        self.send_response(int(action))
                        self.send_header("Content-Type", "application/xml")
                        self.send_header("Content-Length", str(len(payload)))
                        self.end_headers()
                        self.wfile.write(payload)
                        return
                    if action == "lost":
                        http_forward.forward(proxy.upstream, self, body, timeout=120)
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    self.forward(body, part)
                finally:
                    with proxy.lock:
                        proxy.in_flight -= 1

            def forward(self, body, part):
                status, reason, headers, payload = http_forward.forward(proxy.upstream, self, body, timeout=120)
                if isinstance(part, int) and 200 <= status < 300:
                    with proxy.lock:
                        proxy.part_bytes += len(body)
                self.send_response(status, reason)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_one

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def reset(self, faults=None):
        with self.lock:
            self.faults = {part: list(actions) for part, actions in (faults or {}).items()}
            self.part_bytes = 0
            self.part_attempts = {}
            self.create_attempts = 0

    def idle(self):
        with self.lock:
            return self.in_flight == 0

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
