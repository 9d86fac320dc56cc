#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured build tree, then checks it as a distribution would:
# lintian (no errors), appstreamcli and desktop-file-validate on the installed metadata,
# the expected files present, and both programs run from the unpacked package.
# Usage: check_deb.sh BUILD_DIR WORK_DIR. Exit 77 = skipped (tools missing).
set -euo pipefail
build=$1
work=$2
for tool in cpack dpkg-deb lintian appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (./scripts/test installs it)"; exit 77; }
done
rm -rf "$work"
mkdir -p "$work"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/lifeboat_*.deb)
echo "built $deb ($(du -h "$deb" | cut -f1))"

dpkg-deb --contents "$deb" >"$work/contents.txt"
for path in ./usr/bin/lifeboat ./usr/bin/lifeboat-cli \
    ./usr/share/applications/io.github.lifeboat.Lifeboat.desktop \
    ./usr/share/metainfo/io.github.lifeboat.Lifeboat.metainfo.xml \
    ./usr/share/icons/hicolor/48x48/apps/io.github.lifeboat.Lifeboat.png \
    ./usr/share/icons/hicolor/scalable/apps/io.github.lifeboat.Lifeboat.svg \
    ./usr/share/doc/lifeboat/copyright ./usr/share/lifeboat/demo/demo.lifeboat.json; do
    grep -q " $path\$" "$work/contents.txt" || { echo "FAIL: $path is not in the package"; exit 1; }
done

# lintian exits non-zero on errors; warnings are printed for the reader.
lintian --tag-display-limit 0 "$deb" | tee "$work/lintian.txt" || true
if grep -q '^E:' "$work/lintian.txt"; then
    echo "FAIL: lintian reports errors"
    exit 1
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
"$(dirname "${BASH_SOURCE[0]}")/check_unpacked.sh" "$root" "$work"
echo "PASS: package checked"
