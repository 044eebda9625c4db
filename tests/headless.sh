#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one test (or any command) headless: its own X server (Xvfb), its own
# D-Bus session, a freshly unlocked throw-away gnome-keyring, and XDG folders
# in a temporary directory, so nothing touches the person's real desktop.
#
# Why each step is here (see HACKING.md, "Headless tests"):
#  - `echo ""` and not `echo -n ""`: zero bytes make gnome-keyring create no
#    login keyring, and storing a secret then fails or prompts forever.
#  - waiting for org.freedesktop.secrets to have an owner: --unlock returns
#    before the daemon owns the name, and a request sent in between activates
#    a second daemon with a locked keyring, which prompts on Xvfb and hangs.
#  - fds 3 and 4: services the bus activates inherit its output, and their
#    chatter would break TAP, so the test alone writes to meson's pipes.
#  - ADW_DISABLE_PORTAL and the XDG folders: the desktop portal would
#    otherwise start services in the real home folder.
set -u

for tool in xvfb-run dbus-run-session gnome-keyring-daemon gdbus; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "headless.sh: $tool is missing; run build-aux/quickstart test to install it" >&2
    exit 99
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/eventdesk-test.XXXXXX") || exit 99
cleanup () { rm -rf "$tmp" 2>/dev/null || true; }
trap cleanup EXIT

export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME"
export GSK_RENDERER="${GSK_RENDERER:-cairo}" ADW_DISABLE_PORTAL=1

exec 3>&1 4>&2
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" dbus-run-session -- sh -c '
  if [ -z "${EVD_TEST_NO_KEYRING:-}" ]; then
    echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 3>&- 4>&- || exit 99
    n=0
    until gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus \
        -m org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets 2>/dev/null | grep -q true; do
      n=$((n+1)); [ $n -le 200 ] || exit 99; sleep 0.05
    done
  fi
  exec "$@" >&3 2>&4 3>&- 4>&-' headless "$@" >"$tmp/bus.log" 2>&1
status=$?
[ $status -eq 0 ] || tail -n 20 "$tmp/bus.log" >&2
exit $status
