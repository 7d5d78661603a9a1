"""What the Python integration tests share: the fixtures' state files, test files and their
digests. (Imported from the scripts next to it; ctest runs each with this folder as its
script's folder.)"""

import hashlib
import json
import os

MIB = 1024 * 1024


def load_state(variable):
    """The JSON state a ctest fixture wrote (VMI_MOTO_STATE, VMI_IMPORT_FAKE_STATE)."""
    path = os.environ.get(variable)
    if not path or not os.path.exists(path):
        raise SystemExit(f"{variable} does not name a state file: run this through ctest")
    with open(path) as f:
        return json.load(f)


def random_file(path, size):
    with open(path, "wb") as f:
        left = size
        while left:
            chunk = min(left, 8 * MIB)
            f.write(os.urandom(chunk))
            left -= chunk


def md5_of_file(path):
    digest = hashlib.md5()
    with open(path, "rb") as f:
        while block := f.read(8 * MIB):
            digest.update(block)
    return digest.hexdigest()
