#!/usr/bin/env python3
"""Prints random requests signed by botocore's own SigV4 signers, as JSON on stdout.

    botocore_signing_cases.py --count N --seed S

Each case holds the request as our signer receives it (method, wire path, decoded query
pairs, headers, payload hash) and what botocore made of it (canonical request, string to
sign, signature, the headers or query parameters it added). tst_sigv4_botocore signs the same
requests with SigV4Signer and compares. Requests vary method, path (spaces, unicode,
reserved characters, dot segments, repeated slashes), repeated and empty query keys,
header case, repeats and folded whitespace, session tokens, payload signing, S3 versus other
services, and header versus query (presigned) signing.
"""

import argparse
import datetime
import hashlib
import json
import random
from unittest import mock
from urllib.parse import quote

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

FIXED_TIME = datetime.datetime(2026, 11, 23, 12, 34, 56)
# S3 twice as often: its rules (no normalisation, payload header) differ most.
SERVICES = ["ec2", "imagebuilder", "sts", "iam", "kms", "s3", "s3"]
REGIONS = ["us-east-1", "eu-west-3", "ap-northeast-1", "cn-north-1", "us-gov-west-1"]
PATH_PIECES = ["disk", "images", "my disk", "été", "ディスク", "a+b", "x=y", "semi;colon", "at@sign",
               "percent%41", "tilde~", "comma,", "(paren)", "quote'", "star*", "dollar$", "amp&",
               ".", "..", "", "UPPER", "dash-under_dot.", "emoji\U0001F600", "colon:"]
QUERY_KEYS = ["Action", "Version", "prefix", "list-type", "uploads", "partNumber", "uploadId", "",
               "key with space", "ключ", "a/b", "x-id", "DiskContainer.1.Format", "max-keys"]
QUERY_VALUES = ["", "1", "ImportImage", "2016-11-15", "a b", "a+b", "ünï", "/slash/", "x=y&z",
                "~tilde", "*", "日本", "%41", "very-long-" + "v" * 60]
HEADER_NAMES = ["Content-Type", "X-Amz-Target", "x-amz-meta-Owner", "X-Custom", "My-Header",
                "x-amz-checksum-crc32c", "Accept", "User-Agent", "Content-MD5"]
HEADER_VALUES = ["application/x-www-form-urlencoded; charset=utf-8", "value", "  padded  ",
                 "two  spaces", "tab\there", "folded\n   line", "a,b", "AmazonEC2.ImportImage",
                 "", "x" * 40, "mixed \t\n  whitespace\t"]


def wire_path(rng):
    segments = [rng.choice(PATH_PIECES) for _ in range(rng.randint(0, 5))]
    path = "/" + "/".join(quote(s, safe="") for s in segments)
    if rng.random() < 0.2:
        path = path.replace("/", "//", 1)
    if rng.random() < 0.3 and not path.endswith("/"):
        path += "/"
    return path


def random_case(rng, index):
    service = rng.choice(SERVICES)
    s3 = service == "s3"
    presign = rng.random() < 0.3
    method = rng.choice(["GET", "PUT", "POST", "DELETE", "HEAD"])
    path = wire_path(rng)
    host = rng.choice(["example.amazonaws.com", "127.0.0.1:5000", "bucket.s3.eu-west-3.amazonaws.com"])

    used_keys = set()
    query = []
    for _ in range(rng.randint(0, 5)):
        key = rng.choice(QUERY_KEYS)
        if presign and key in used_keys:
            continue  # presigning botocore keeps one value per key
        used_keys.add(key)
        query.append((key, rng.choice(QUERY_VALUES)))

    headers = [("Host", host)]
    for _ in range(rng.randint(0, 4)):
        header = (rng.choice(HEADER_NAMES), rng.choice(HEADER_VALUES))
        if presign and header[0] == "Content-Type" and header[1] == HEADER_VALUES[0]:
            continue  # botocore drops its own default form content type from presigned URLs
        headers.append(header)
    body = b""
    if not presign and method in ("PUT", "POST") and rng.random() < 0.8:
        body = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300)))

    token = None
    if rng.random() < 0.4:
        token = "FwoGZXIvYXdzE" + "".join(rng.choice("ABCDEFabcdef0123456789+/=") for _ in range(80))
    credentials = Credentials("AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
                              "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789+/") for _ in range(40)),
                              token)
    region = rng.choice(REGIONS)
    unsigned_payload = s3 and not presign and rng.random() < 0.3

    request = AWSRequest(method=method, url=f"http://{host}{path}", data=body, params=list(query))
    for name, value in headers:
        request.headers[name] = value  # assigning again adds a repeat, as on the wire
    if unsigned_payload:
        request.context["client_config"] = Config(s3={"payload_signing_enabled": False})

    if presign:
        cls = botocore.auth.S3SigV4QueryAuth if s3 else botocore.auth.SigV4QueryAuth
        signer = cls(credentials, service, region, expires=rng.choice([60, 900, 3600, 604800]))
    else:
        cls = botocore.auth.S3SigV4Auth if s3 else botocore.auth.SigV4Auth
        signer = cls(credentials, service, region)

    captured = {}
    real_canonical, real_sts = signer.canonical_request, signer.string_to_sign

    def canonical_request(req):
        captured["canonicalRequest"] = real_canonical(req)
        return captured["canonicalRequest"]

    def string_to_sign(req, canonical):
        captured["stringToSign"] = real_sts(req, canonical)
        return captured["stringToSign"]

    signer.canonical_request = canonical_request
    signer.string_to_sign = string_to_sign
    with mock.patch("botocore.auth.get_current_datetime", return_value=FIXED_TIME):
        signer.add_auth(request)

    if presign:
        payload_hash = "UNSIGNED-PAYLOAD" if s3 else hashlib.sha256(b"").hexdigest()
        signature = request.url.rsplit("X-Amz-Signature=", 1)[1]
    else:
        payload_hash = "UNSIGNED-PAYLOAD" if unsigned_payload else hashlib.sha256(body).hexdigest()
        signature = request.headers["Authorization"].rsplit("Signature=", 1)[1]

    return {
        "name": f"{index:03d}-{'presign' if presign else 'header'}-{service}-{method}",
        "method": method,
        "path": path,
        "query": [list(pair) for pair in query],
        "headers": [list(pair) for pair in headers],
        "payloadHash": payload_hash,
        "service": service,
        "region": region,
        "s3": s3,
        "presign": presign,
        "expires": getattr(signer, "_expires", 0),
        "accessKeyId": credentials.access_key,
        "secretAccessKey": credentials.secret_key,
        "sessionToken": token or "",
        "timestamp": FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "canonicalRequest": captured["canonicalRequest"],
        "stringToSign": captured["stringToSign"],
        "signature": signature,
        "authorization": request.headers.get("Authorization", ""),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=250)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = [random_case(rng, i) for i in range(args.count)]
    json.dump({"seed": args.seed, "cases": cases}, __import__("sys").stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
