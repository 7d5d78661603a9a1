#!/usr/bin/env python3
"""Fails when a translation (.ts) leaves too many of the app's strings untranslated.

    ts_completeness.py [--lupdate LUPDATE --project PROJECT.json] [--max-unfinished 0.05] TS...

Each .ts is judged as lupdate would leave it after reading today's sources: with --lupdate,
a scratch copy is refreshed first with the build's own lupdate project (the sources and
include paths `update_translations` uses, -no-obsolete), so a string added to the code and
not yet translated counts as unfinished even when nobody ran update_translations. Without it,
the files are judged as committed.

A message is finished when its <translation> has no type (unfinished, vanished, obsolete) and
carries text (every <numerusform> of a plural). Exit status 0 only when every file has
messages and no more than the allowed share unfinished.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def judge(path):
    root = ET.parse(path).getroot()
    messages = root.findall("./context/message")
    unfinished = [m for m in messages if not is_finished(m)]
    return root.get("language", "?"), len(messages), unfinished


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="+", type=Path)
    parser.add_argument("--lupdate")
    parser.add_argument("--project", help="the lupdate project (JSON) of the translations target")
    parser.add_argument("--max-unfinished", type=float, default=0.05)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vmi-ts-") as scratch:
        judged = args.ts
        if args.lupdate:
            judged = [Path(scratch) / ts.name for ts in args.ts]
            for source, copy in zip(args.ts, judged):
                shutil.copyfile(source, copy)
            command = [args.lupdate, "-project", args.project, "-no-obsolete", "-locations", "none",
                       "-ts", *map(str, judged)]
            # lupdate's warnings about tr() in free functions would drown the verdict; they are
            # shown only when it fails.
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                sys.stderr.write(run.stdout + run.stderr)
                return 2

        failed = False
        for original, path in zip(args.ts, judged):
            language, total, unfinished = judge(path)
            share = len(unfinished) / total if total else 1.0
            verdict = "ok" if total and share <= args.max_unfinished else "FAIL"
            failed |= verdict == "FAIL"
            print(f"{original.name} ({language}): {total} messages, {len(unfinished)} unfinished "
                  f"({share:.1%}, at most {args.max_unfinished:.0%} allowed): {verdict}")
            if verdict == "FAIL":
                for message in unfinished[:10]:
                    print(f"    unfinished: {message.findtext('source')!r}")
                if len(unfinished) > 10:
                    print(f"    ... and {len(unfinished) - 10} more")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
