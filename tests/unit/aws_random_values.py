"""Random values for AWS shapes, driven by botocore's own service models.

Shared by botocore_serializer_cases.py and botocore_parser_cases.py. Values are what the
operation's JSON holds (the --cli-input-json shape for inputs, the CLI's output for outputs),
with the awkward cases over-represented: empty strings and lists, unicode, XML and JSON
special characters, numbers at the edges of Python's float repr, timestamps in every form
botocore reads.
"""

import base64
import datetime
import random

import botocore.session

STRINGS = ["", "a", "vmimport", "x86_64", "disk image.vmdk", "my-bucket", "images/2024/disk 1.vmdk",
           "été", "ディスク", "emoji \U0001F600", "tab\there", "new\nline", "quote\"d", "back\\slash",
           "<xml> & 'apos'", "a+b=c&d", "percent%41", "~tilde*star", "semi;colon,comma", "slash/",
           "  spaces  ", "ünïcödé/kéy", "arn:aws:iam::123456789012:role/vmimport", "a" * 70,
           "ctrl\x01\x1f\x7f", "\u2028line sep", "nul\x00byte"]
KEY_STRINGS = ["a", "Name", "env", "ключ", "k:v", "Owner Name", "x-y_z.w", "日本"]
# Doubles whose Python repr exercises every branch of the layout (positional, exponent,
# shortest round trip).
DOUBLES = [0.5, 1.5, 0.1, 2.675, 123.456, 1e16, 1.5e-05, 0.0001, 1e-07, 3.0e20, 12345678.9,
           1.7976931348623157e308, 5e-324, 0.30000000000000004, 1073741824.5, 99.99]


def session():
    return botocore.session.get_session()


def service_model(name):
    return session().get_service_model(name)


class RandomValues:
    def __init__(self, rng, member_probability=0.6):
        self.rng = rng
        self.member_probability = member_probability

    def string(self, shape):
        if shape.enum:
            return self.rng.choice(shape.enum)
        minimum = shape.metadata.get("min", 0)
        value = self.rng.choice(STRINGS)
        while len(value) < minimum:
            value += self.rng.choice(STRINGS[1:])
        return value

    def integer(self, shape):
        minimum = shape.metadata.get("min", 0)
        return self.rng.choice([minimum, minimum + 1, minimum + self.rng.randint(0, 100000),
                                minimum + self.rng.randint(0, 2**40)])

    def double(self, shape):
        choice = self.rng.random()
        if choice < 0.3:
            value = float(self.rng.choice(DOUBLES))
        elif choice < 0.5:
            return self.rng.randint(0, 10**6)  # an int: Qt and Python agree on its text
        elif choice < 0.8:
            value = round(self.rng.uniform(0, 10000), self.rng.randint(1, 6))
        else:
            value = self.rng.uniform(0, 1) * 10 ** self.rng.randint(-12, 25)
        # JSON cannot tell 2.0 from 2 once Qt has read it; keep such values ints on both sides.
        return int(value) if value.is_integer() and abs(value) < 2**63 else value

    def timestamp_input(self):
        """A timestamp as a user may write it in --cli-input-json."""
        seconds = self.rng.randint(0, 4102444800)
        micros = self.rng.choice([0, 0, 500000, 123456, self.rng.randint(0, 999999)])
        moment = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).replace(microsecond=micros)
        form = self.rng.randint(0, 7)
        if form == 0:
            return seconds
        if form == 1:
            return seconds + self.rng.choice([0.25, 0.5, 0.125, 0.75])
        if form == 2:
            return str(seconds)
        if form == 3:
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        if form == 4:
            return moment.isoformat()
        if form == 5:
            offset = datetime.timezone(datetime.timedelta(minutes=self.rng.choice([-480, -90, 60, 330])))
            return moment.astimezone(offset).isoformat()
        if form == 6:
            return moment.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (micros // 1000)
        return moment.strftime("%Y-%m-%d")

    def value(self, shape, depth=0, hooks=None, path=""):
        hooks = hooks or {}
        if path in hooks:
            return hooks[path](self, shape)
        kind = shape.type_name
        if kind == "structure":
            result = {}
            required = shape.metadata.get("required", [])
            for name, member in shape.members.items():
                if name in required or (depth < 4 and self.rng.random() < self.member_probability):
                    result[name] = self.value(member, depth + 1, hooks, f"{path}.{name}")
            return result
        if kind == "list":
            minimum = shape.metadata.get("min", 0)
            count = self.rng.randint(minimum, max(minimum, 3 if depth < 4 else 1))
            return [self.value(shape.member, depth + 1, hooks, f"{path}[]") for _ in range(count)]
        if kind == "map":
            count = self.rng.randint(max(1, shape.metadata.get("min", 0)), 3)
            return {self.rng.choice(KEY_STRINGS) + str(i): self.value(shape.value, depth + 1, hooks, f"{path}{{}}")
                    for i in range(count)}
        if kind == "string":
            return self.string(shape)
        if kind in ("integer", "long"):
            return self.integer(shape)
        if kind in ("double", "float"):
            return self.double(shape)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "timestamp":
            return self.timestamp_input()
        if kind == "blob":
            return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(self.rng.randint(0, 20)))).decode()
        raise ValueError(f"no generator for {kind}")


def utf16_sorted(value):
    """The value with every object's keys in QJsonObject's order (UTF-16 code units), so that
    botocore, which keeps the input's order, sees the order our serializer sees."""
    if isinstance(value, dict):
        return {k: utf16_sorted(value[k]) for k in sorted(value, key=lambda k: k.encode("utf-16-be"))}
    if isinstance(value, list):
        return [utf16_sorted(v) for v in value]
    return value


def for_botocore(value, shape):
    """The JSON input as the AWS CLI v2 hands it to botocore: blobs base64-decoded."""
    kind = shape.type_name
    if kind == "structure":
        return {k: for_botocore(v, shape.members[k]) for k, v in value.items()}
    if kind == "list":
        return [for_botocore(v, shape.member) for v in value]
    if kind == "map":
        return {k: for_botocore(v, shape.value) for k, v in value.items()}
    if kind == "blob":
        return base64.b64decode(value)
    return value
