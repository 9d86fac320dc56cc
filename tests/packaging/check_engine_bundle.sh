#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The remote engine bundle (packaging/linux/engine-bundle.sh): its checksums hold, it is
# relocatable (unpacked elsewhere from its tarball), every library but glibc's resolves
# inside it, and it runs a real backup, verify and restore with the node's own copies of
# those libraries hidden (bind-mounted away in an unprivileged mount namespace), where the
# build's own lifeboat-cli cannot even start.
# Usage: check_engine_bundle.sh BUILD_DIR WORK_DIR. Exit 77 = skipped (tools missing).
set -euo pipefail
build=$1
work=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
for tool in patchelf objdump sha256sum tar file ldd; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (./scripts/test installs it)"; exit 77; }
done
rm -rf "$work"
mkdir -p "$work/out" "$work/elsewhere"
tarball=$("$here/packaging/linux/engine-bundle.sh" "$build/bin/lifeboat-cli" "$work/out")
echo "built $tarball ($(du -h "$tarball" | cut -f1))"
(cd "$work/out" && sha256sum -c --quiet "$(basename "$tarball").sha256")

# Unpacked somewhere else: RUNPATH is relative to the binary, not to where it was made.
tar -C "$work/elsewhere" -xzf "$tarball"
bundle=$(ls -d "$work/elsewhere"/lifeboat-engine-*)
(cd "$bundle" && sha256sum -c --quiet SHA256SUMS)
grep -q '^needs: Linux .* glibc >= 2\.[0-9]*$' "$bundle/MANIFEST" || { echo "FAIL: MANIFEST does not say which glibc it needs"; cat "$bundle/MANIFEST"; exit 1; }
ldd "$bundle/lifeboat-cli" >"$work/ldd.txt"
if grep -q 'not found' "$work/ldd.txt"; then echo "FAIL: unresolved libraries"; cat "$work/ldd.txt"; exit 1; fi
outside=$(awk '$2 == "=>" {print $1, $3}' "$work/ldd.txt" | grep -v " $bundle/lib/" \
          | grep -Ev '^(libc|libm|libresolv|libpthread|libdl|librt)\.so' || true)
[ -z "$outside" ] || { echo "FAIL: libraries resolved outside the bundle:"; echo "$outside"; exit 1; }
env -i "$bundle/lifeboat-cli" --version | grep -q '^lifeboat-cli ' || { echo "FAIL: the bundled engine does not start"; exit 1; }

# The proof that the node needs nothing but glibc: hide the machine's copies of what the
# bundle carries, then run the engine for real.
for tool in unshare mount; do
    command -v "$tool" >/dev/null || { echo "PASS (without the hidden-libraries run: no $tool)"; exit 0; }
done
unshare -rm true 2>/dev/null || { echo "PASS (without the hidden-libraries run: user namespaces are not allowed here)"; exit 0; }
# What mount(8) itself loads is hidden last (by then the last mount has it loaded).
mount_needs=$(ldd "$(command -v mount)" | awk '$2 == "=>" {print $3}' | xargs -r readlink -f)
first=""
last=""
for lib in "$bundle"/lib/*; do
    system=$(awk -v l="$(basename "$lib")" '$1 == l {print $3}' <(ldd "$build/bin/lifeboat-cli"))
    [ -n "$system" ] || continue
    system=$(readlink -f "$system")
    if grep -qx "$system" <<<"$mount_needs"; then last="$last $system"; else first="$first $system"; fi
done
hide="$first $last"
mkdir -p "$work/data/sub" "$work/restored"
head -c 3000000 /dev/urandom >"$work/data/a.bin"
echo hello >"$work/data/sub/b.txt"
# After the mounts only the engines and cmp (glibc alone) run.
cat >"$work/hidden.sh" <<SCRIPT
set -e
for f in $hide; do mount --bind /dev/null "\$f"; done
if "$build/bin/lifeboat-cli" --version >/dev/null 2>&1; then echo "the build's engine still starts: hiding did not work"; exit 3; fi
cli="$bundle/lifeboat-cli"
export LIFEBOAT_PASSWORD=bundle-check
"\$cli" repo init --repo "$work/repo" --scrypt-n 1024 >/dev/null
"\$cli" repo backup --repo "$work/repo" --dataset bundle "$work/data" >/dev/null
"\$cli" repo verify --repo "$work/repo" --read-data >/dev/null
"\$cli" repo restore --repo "$work/repo" latest --target "$work/restored" >/dev/null
cmp "$work/data/a.bin" "$work/restored/data/a.bin"
cmp "$work/data/sub/b.txt" "$work/restored/data/sub/b.txt"
SCRIPT
set +e
unshare -rm bash "$work/hidden.sh"
rc=$?
set -e
[ "$rc" -eq 0 ] || { echo "FAIL: the bundled engine did not back up, verify and restore with the system libraries hidden (exit $rc)"; exit 1; }
echo "PASS: engine bundle checked ($(echo "$hide" | wc -w) system libraries hidden)"
