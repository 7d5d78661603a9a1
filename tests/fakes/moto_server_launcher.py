#!/usr/bin/env python3
"""Runs moto_server (same arguments as `python -m moto.server`) with two fixes that make it
answer as S3 does:

1. Request authentication: moto checks SigV4 signatures against a query string its web
   framework has already decoded, so a correctly signed request whose query holds a "/" (S3
   ListObjectsV2 with Prefix "a/" or Delimiter "/") fails with SignatureDoesNotMatch, for
   botocore's requests as for ours (getmoto/moto issue #5948; the fix, pull request #5949, is
   not merged). The fix encodes the query again as SigV4 does (RFC 3986 unreserved characters
   left as they are) before moto computes the signature it expects.
2. ListMultipartUploads: moto states one fixed time (2010-11-10T20:48:33Z) as every upload's
   Initiated; S3 states when the upload was created. The fix records that time and puts it in
   the answer, so a client that tells recent uploads from old ones can be tested.
"""

import datetime
import re
import sys
from urllib.parse import quote, unquote, urlsplit

from moto.iam import access_control
from moto.s3 import models as s3_models
from moto.s3 import responses as s3_responses


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

MOTO_FIXED_INITIATED = "2010-11-10T20:48:33.000Z"
_original_multipart_init = s3_models.FakeMultipart.__init__


def _multipart_init(self, *args, **kwargs):
    _original_multipart_init(self, *args, **kwargs)
    self.initiated = datetime.datetime.now(datetime.timezone.utc)


def _list_multipart_uploads_with_times(self):
    status, headers, body = _original_list_multipart_uploads(self)
    uploads = self.backend.get_bucket(self.bucket_name).multiparts
    text = body.decode() if isinstance(body, bytes) else body

    def stamp(match):
        upload = uploads.get(match.group(1))
        if upload is None or not hasattr(upload, "initiated"):
            return match.group(0)
        when = upload.initiated.strftime("%Y-%m-%dT%H:%M:%S.") + f"{upload.initiated.microsecond // 1000:03d}Z"
        return match.group(0).replace(MOTO_FIXED_INITIATED, when)

    # Each <Upload> names its UploadId before its Initiated.
    text = re.sub(r"<UploadId>([^<]*)</UploadId>.*?</Upload>", stamp, text, flags=re.S)
    return status, headers, text.encode() if isinstance(body, bytes) else text


s3_models.FakeMultipart.__init__ = _multipart_init
_original_list_multipart_uploads = s3_responses.S3Response.list_multipart_uploads
s3_responses.S3Response.list_multipart_uploads = _list_multipart_uploads_with_times

if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])
