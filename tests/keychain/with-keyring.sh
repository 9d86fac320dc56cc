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
# The daemon claims its bus name after it has forked. Until it has, a call to the Secret
# Service makes D-Bus start a second, locked keyring that wants a prompt (seen once under
# load): wait for the name to appear, as an event, before the test starts.
gdbus wait --session --timeout 20 org.freedesktop.secrets || { echo "with-keyring: the keyring did not appear on the session bus" >&2; exit 1; }
export LIFEBOAT_TEST_KEYRING_DIR="$XDG_DATA_HOME/keyrings"
"$@"
