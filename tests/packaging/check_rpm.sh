#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .rpm from a configured build tree and checks it as an RPM distribution would
# see it: rpm's own queries (metadata, file list, the libraries it requires), the expected
# files present and no directory of the filesystem package owned, then both programs run
# from the unpacked payload (rpm2cpio | cpio into a scratch root; `rpm -i` would need an
# RPM database of this machine).
# Usage: check_rpm.sh BUILD_DIR WORK_DIR. Exit 77 = skipped (tools missing).
set -euo pipefail
build=$1
work=$2
for tool in cpack rpmbuild rpm rpm2cpio cpio appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (./scripts/test installs it)"; exit 77; }
done
rm -rf "$work"
mkdir -p "$work"
cpack -G RPM --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
rpmfile=$(ls "$work"/lifeboat-*.rpm)
echo "built $rpmfile ($(du -h "$rpmfile" | cut -f1))"

rpm -qp --queryformat '%{NAME} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE}\n' "$rpmfile" | tee "$work/info.txt"
read -r name _ arch license <"$work/info.txt"
[ "$name" = lifeboat ] || { echo "FAIL: package name $name"; exit 1; }
[ "$arch" = "$(uname -m)" ] || { echo "FAIL: architecture $arch on $(uname -m)"; exit 1; }
[ "$license" = "GPL-3.0-or-later" ] || { echo "FAIL: license $license"; exit 1; }

rpm -qpl "$rpmfile" >"$work/files.txt"
for path in /usr/bin/lifeboat /usr/bin/lifeboat-cli \
    /usr/share/applications/io.github.lifeboat.Lifeboat.desktop \
    /usr/share/metainfo/io.github.lifeboat.Lifeboat.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/io.github.lifeboat.Lifeboat.png \
    /usr/share/icons/hicolor/scalable/apps/io.github.lifeboat.Lifeboat.svg \
    /usr/share/lifeboat/demo/demo.lifeboat.json; do
    grep -qx "$path" "$work/files.txt" || { echo "FAIL: $path is not in the package"; exit 1; }
done
# Owning /usr/bin or /usr/share/icons would conflict with the filesystem package on install.
for dir in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons /usr/share/icons/hicolor /usr/share/metainfo; do
    if grep -qx "$dir" "$work/files.txt"; then echo "FAIL: the package owns $dir"; exit 1; fi
done
# rpmbuild found the shared libraries the programs link: Qt, libssh, zstd.
rpm -qpR "$rpmfile" >"$work/requires.txt"
for lib in libQt6Core.so.6 libQt6Widgets.so.6 libssh.so.4 libzstd.so.1; do
    grep -q "^$lib" "$work/requires.txt" || { echo "FAIL: the package does not require $lib"; cat "$work/requires.txt"; exit 1; }
done

root="$work/root"
mkdir -p "$root"
(cd "$root" && rpm2cpio "$rpmfile" | cpio -idm --quiet)
"$(dirname "${BASH_SOURCE[0]}")/check_unpacked.sh" "$root" "$work"
echo "PASS: package checked"
