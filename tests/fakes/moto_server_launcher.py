#!/usr/bin/env python3
"""Runs moto_server (same arguments as `python -m moto.server`) with one fix to its request
authentication: moto checks SigV4 signatures against a query string its web framework has
already decoded, so a correctly signed request whose query holds a "/" (S3 ListObjectsV2 with
Prefix "a/" or Delimiter "/") fails with SignatureDoesNotMatch, for botocore's requests as for
ours (getmoto/moto issue #5948; the fix, pull request #5949, is not merged). The fix encodes
the query again as SigV4 does (RFC 3986 unreserved characters left as they are) before moto
computes the signature it expects.
"""

import sys
from urllib.parse import quote, unquote, urlsplit

from moto.iam import access_control


def _sigv4_query(query):
    pairs = []
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        pairs.append(f"{quote(unquote(key), safe='-_.~')}={quote(unquote(value), safe='-_.~')}")
    return "&".join(pairs)


_original = access_control.IAMRequestBase._create_aws_request


def _create_aws_request(self):
    request = _original(self)
    parts = urlsplit(request.url)
    if parts.query:
        request.url = parts._replace(query=_sigv4_query(parts.query)).geturl()
    return request


access_control.IAMRequestBase._create_aws_request = _create_aws_request

if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])
