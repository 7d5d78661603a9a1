"""One request forwarded as it came (same Host header and body, so SigV4 signatures still
verify) to an upstream server, for the test proxies (chaos_proxy, fault_proxy)."""

import http.client

# Hop-by-hop and per-server headers the proxy sets itself when it answers.
DROPPED_ANSWER_HEADERS = ("content-length", "transfer-encoding", "connection", "server", "date")


def forward(upstream, handler, body, timeout):
    """Sends handler's request to `upstream` (a urllib.parse result); returns (status,
    reason, headers to pass on, payload)."""
    connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=timeout)
    try:
        connection.putrequest(handler.command, handler.path, skip_host=True, skip_accept_encoding=True)
        for name, value in handler.headers.items():
            connection.putheader(name, value)
        connection.endheaders(body if body else None)
        response = connection.getresponse()
        payload = response.read()
    finally:
        connection.close()
    headers = [(n, v) for n, v in response.getheaders() if n.lower() not in DROPPED_ANSWER_HEADERS]
    return response.status, response.reason, headers, payload
