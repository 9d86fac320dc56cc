#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the remote engine a node can run without any package installed: lifeboat-cli with
# every shared library it needs beside it in lib/ (Qt Core, ICU, libssh, OpenSSL, zstd,
# Kerberos, libstdc++ …), found through RUNPATH $ORIGIN/lib, plus SHA256SUMS and a
# MANIFEST that names the oldest glibc the bundle runs on. Only glibc itself (and the
# dynamic loader) comes from the node: it cannot be carried.
#
#   packaging/linux/engine-bundle.sh BINARY OUT_DIR
#
# writes OUT_DIR/lifeboat-engine-VERSION-linux-ARCH/ and the .tar.gz of it with its .sha256.
# The architecture is the binary's own: for aarch64 nodes, build on (or in a container of)
# an arm64 Debian 12 and run this script there (.github/workflows/packages.yml does).
set -euo pipefail
binary=$1
out=$2
for tool in ldd patchelf objdump sha256sum tar file; do
    command -v "$tool" >/dev/null || { echo "engine-bundle: $tool is needed (apt-get install patchelf binutils file)" >&2; exit 77; }
done
[ -x "$binary" ] || { echo "engine-bundle: $binary is not an executable" >&2; exit 2; }

version=$("$binary" --version | awk '{print $2}')
case $(file -bL "$binary") in
    *x86-64*) arch=x86_64 ;;
    *aarch64*|*ARM\ aarch64*) arch=aarch64 ;;
    *) echo "engine-bundle: unknown architecture: $(file -bL "$binary")" >&2; exit 2 ;;
esac
name="lifeboat-engine-$version-linux-$arch"
dir="$out/$name"
rm -rf "$dir" "$out/$name.tar.gz" "$out/$name.tar.gz.sha256"
mkdir -p "$dir/lib"

# glibc's own libraries and the loader stay the node's (they must match its kernel ABI).
is_glibc() {
    case $1 in
        linux-vdso.so.*|ld-linux*.so.*|libc.so.*|libm.so.*|libpthread.so.*|libdl.so.*|librt.so.*|libresolv.so.*|libutil.so.*|libanl.so.*|libnsl.so.*) return 0 ;;
    esac
    return 1
}

install -m 0755 "$binary" "$dir/lifeboat-cli"
ldd "$binary" | while read -r lib arrow path _; do
    [ "$arrow" = "=>" ] || continue
    is_glibc "$lib" && continue
    [ -f "$path" ] || { echo "engine-bundle: $lib is not found on this machine" >&2; exit 1; }
    install -m 0644 "$(readlink -f "$path")" "$dir/lib/$lib"
done
strip --strip-unneeded "$dir/lifeboat-cli" "$dir"/lib/*.so* 2>/dev/null || true
patchelf --set-rpath '$ORIGIN/lib' "$dir/lifeboat-cli"
for lib in "$dir"/lib/*; do
    patchelf --set-rpath '$ORIGIN' "$lib"
done

# The newest glibc symbol version anything in the bundle asks for is the oldest glibc it
# runs on.
glibc=$(objdump -T "$dir/lifeboat-cli" "$dir"/lib/* 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -k3,3n -u | tail -n1)
cat >"$dir/MANIFEST" <<MANIFEST
name: $name
version: $version
architecture: $arch
needs: Linux $arch with glibc >= $glibc
run: ./lifeboat-cli --version   (the libraries in lib/ are found through RUNPATH \$ORIGIN/lib)
MANIFEST
(cd "$dir" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
tar -C "$out" --owner=0 --group=0 --numeric-owner --sort=name -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
