#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What every Linux package must give once unpacked into ROOT, whatever its format: valid
# AppStream and desktop metadata, a command-line tool that says its version and checks the
# installed demo plan, and a console that renders its views from the installed paths.
# Usage: check_unpacked.sh ROOT WORK_DIR (called by check_deb.sh and check_rpm.sh).
set -euo pipefail
root=$1
work=$2
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/io.github.lifeboat.Lifeboat.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/io.github.lifeboat.Lifeboat.desktop"

version=$("$root/usr/bin/lifeboat-cli" --version)
echo "$version"
case $version in "lifeboat-cli "*) ;; *) echo "FAIL: unexpected version line"; exit 1 ;; esac
set +e
"$root/usr/bin/lifeboat-cli" plan check "$root/usr/share/lifeboat/demo/demo.lifeboat.json" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "FAIL: plan check of the installed demo exited $rc, expected 1 (valid with warnings)"; exit 1; }
# The installed console renders its views on the offscreen platform.
QT_QPA_PLATFORM=offscreen "$root/usr/bin/lifeboat" --screenshots "$work/shots" "$root/usr/share/lifeboat/demo/demo.lifeboat.json"
[ -s "$work/shots/02-view-fleet.png" ] || { echo "FAIL: the installed console wrote no screenshot"; exit 1; }
