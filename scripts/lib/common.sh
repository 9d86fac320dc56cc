# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run, scripts/test and scripts/screenshots: find the project, install
# the Debian/Ubuntu packages that are missing, configure and build. Sourced, not run.

LIFEBOAT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building, testing and running need on Debian 12 / Ubuntu 24.04. Names are the
# same on both. Keep this list and the README's in step.
LIFEBOAT_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libssl-dev libzstd-dev libssh-dev qtkeychain-qt6-dev
    tzdata fonts-dejavu-core
)
LIFEBOAT_TEST_PACKAGES=(
    dpkg-dev file lintian appstream desktop-file-utils rpm cpio patchelf
    openssh-server openssh-client clang gnome-keyring dbus-daemon libglib2.0-bin
)

# libFuzzer's runtime ships apart from clang, in the package of clang's own major version
# (Debian 12: 14; Ubuntu 24.04: 18).
fuzzer_runtime_package() {
    local version
    version=$(apt-cache depends clang 2>/dev/null | grep -o 'clang-[0-9]\+' | head -n1 | cut -d- -f2)
    printf 'libclang-rt-%s-dev\n' "${version:-14}"
}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed || printf '%s\n' "$p"
    done
}

# Installs the packages that are not installed yet: as root directly, else with sudo.
ensure_packages() {
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        say "No apt-get here: install the dependencies yourself (README, \"Other systems\"), then run again."
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
            sudo=(sudo)
        else
            die "these packages are missing and installing them needs root: ${missing[*]}
       Run as root, or install them with: sudo apt-get install ${missing[*]}"
        fi
    fi
    say "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine has no package lists yet; an old list may miss current versions.
    "${sudo[@]}" apt-get update -qq || die "apt-get update failed"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || die "apt-get install failed for: ${missing[*]}"
}

cpu_count() {
    local n
    n=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
    echo "$n"
}

# configure_and_build PRESET: configures (first time only, or when CMakeLists changed)
# and builds the preset's binary directory.
configure_and_build() {
    local preset=$1
    cd "$LIFEBOAT_ROOT" || die "cannot enter $LIFEBOAT_ROOT"
    say "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null || cmake --preset "$preset" || die "cmake configure failed"
    say "Building ($preset)"
    cmake --build --preset "$preset" --parallel "$(cpu_count)" || die "build failed"
}
