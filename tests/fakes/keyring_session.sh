#!/bin/sh
# Runs a command against a private, real Secret Service (GNOME Keyring) on a private session
# bus, so keychain tests never touch the user's own keyring:
#
#     dbus-run-session -- keyring_session.sh COMMAND [ARGS...]
#
# HOME and the XDG directories point into a temporary directory for the command and the
# daemon; it is removed afterwards. VMI_KEYRING_DIR names the directory the keyring files are
# in, for tests that look at what was written to disk.
set -eu

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "keyring_session.sh: no session bus; run me under dbus-run-session" >&2
    exit 2
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/vmi-keyring.XXXXXX")
daemon=
cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    rm -rf "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HOME="$root/home"
export XDG_CONFIG_HOME="$root/config"
export XDG_DATA_HOME="$root/data"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export VMI_KEYRING_DIR="$XDG_DATA_HOME/keyrings"

# The login keyring is created on the first unlock, with the password read from stdin. It must
# not be empty: gnome-keyring keeps a keyring without a password unencrypted (and then does not
# make it the default collection).
printf '%s' "vmi-test-keyring-password" |
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
daemon=$!

# Ready when the Secret Service name is on the bus.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
        echo "keyring_session.sh: gnome-keyring-daemon did not come up" >&2
        exit 1
    fi
    sleep 0.1
done

"$@"
