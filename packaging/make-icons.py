#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Windows .ico and the macOS .icns from the hicolor PNGs, so all three
platforms show the same icon. Both formats may hold PNG data as is.
Run from the project root: packaging/make-icons.py (the outputs are committed)."""
import pathlib
import struct

root = pathlib.Path(__file__).resolve().parent.parent
pngs = {size: (root / f"resources/icons/hicolor/lifeboat-{size}.png").read_bytes() for size in (16, 32, 48, 64, 128, 256)}

# ICO: ICONDIR, one ICONDIRENTRY per image (0 stands for 256), then the PNGs.
entries = b""
images = b""
offset = 6 + 16 * len(pngs)
for size, data in pngs.items():
    edge = 0 if size == 256 else size
    entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset + len(images))
    images += data
(root / "packaging/windows/lifeboat.ico").write_bytes(struct.pack("<HHH", 0, 1, len(pngs)) + entries + images)

# ICNS: 'icns' and the total length, then (type, length, PNG) per size Apple defines.
types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}
body = b"".join(t + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s, t in types.items())
(root / "packaging/macos/lifeboat.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
