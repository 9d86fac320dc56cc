#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service: a throw-away GNOME Keyring, unlocked with a
# throw-away password, in a private data directory. Started by CTest inside
# `dbus-run-session`, so the keyring lives on a private session bus that ends with the test.
set -eu
XDG_DATA_HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_DATA_HOME XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"' EXIT
eval "$(printf 'throw-away' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export LIFEBOAT_TEST_KEYRING_DIR="$XDG_DATA_HOME/keyrings"
"$@"
