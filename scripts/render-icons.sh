#!/bin/sh
# Renders the application icon (resources/icons/vmimport-wizard.svg) into the bitmaps the
# packages need, under packaging/icons/: hicolor PNGs (Linux), an .ico (Windows) and an .icns
# (macOS). The results are committed, so a build needs none of these tools; run this again
# after the SVG changes.
#
# Needs: rsvg-convert (librsvg2-bin), png2icns (icnsutils), python3.
set -eu
cd "$(dirname "$0")/.."
svg=resources/icons/vmimport-wizard.svg
out=packaging/icons
mkdir -p "$out"

for size in 16 32 48 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$out/vmimport-wizard-$size.png"
done

# Windows: an .ico with PNG-compressed entries (Vista and later read them), 16 to 256 px.
python3 - "$out" <<'PY'
import struct, sys
from pathlib import Path
out = Path(sys.argv[1])
sizes = [16, 32, 48, 256]
images = [(out / f"vmimport-wizard-{s}.png").read_bytes() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
(out / "vmimport-wizard.ico").write_bytes(header + entries + b"".join(images))
PY

# macOS: the sizes png2icns knows.
png2icns "$out/vmimport-wizard.icns" "$out/vmimport-wizard-16.png" "$out/vmimport-wizard-32.png" \
    "$out/vmimport-wizard-128.png" "$out/vmimport-wizard-256.png" "$out/vmimport-wizard-512.png" >/dev/null
