#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The window at scale (bench-window: 10,000 events, 100,000 registrations)
# and, in the same run, Event Desk's start next to gnome-text-editor's:
# time until the window is mapped on the X server and its memory two
# seconds later. Runs under tests/headless.sh (its own Xvfb and D-Bus).
# Usage: bench-window.sh BENCH_WINDOW EVENTDESK
set -eu
bench=$1
app=$2

"$bench" events 0
"$bench" events 10000
"$bench" tickets 100000

# Milliseconds until a top-level window of class $1 is on the X server
# (not GDK's 1x1 leader window, made at once), then VmRSS (KiB) of the
# process two seconds later; the rest of the command line is the program.
start_time () {
  class=$1
  shift
  begin=$(date +%s%N)
  "$@" > /dev/null 2>&1 &
  pid=$!
  while ! xwininfo -root -tree 2>/dev/null | grep "(\"$class\"" | grep -vq '1x1+-100+-100'; do
    sleep 0.005
    if [ $(( ($(date +%s%N) - begin) / 1000000 )) -gt 30000 ]; then
      echo "no window after 30 s"; kill $pid; return 1
    fi
  done
  mapped=$(( ($(date +%s%N) - begin) / 1000000 ))
  sleep 2
  rss=$(awk '/VmRSS/ { print $2 }' /proc/$pid/status)
  kill $pid
  wait $pid 2> /dev/null || true
  echo "$mapped $rss"
}

if ! command -v xwininfo > /dev/null; then
  echo "xwininfo (x11-utils) is missing: no start-up comparison"
  exit 0
fi
if ! command -v gnome-text-editor > /dev/null; then
  echo "gnome-text-editor is not installed: no start-up comparison"
  exit 0
fi

export GSETTINGS_BACKEND=memory
# The tests' G_DEBUG=fatal-warnings would turn the editor's own warnings
# (it prints a few on every start) into a crash: both start as people's do.
unset G_DEBUG
# Event Desk's schema from the build tree (meson's test setup sets it)
export GSETTINGS_SCHEMA_DIR="${GSETTINGS_SCHEMA_DIR:-$(dirname "$app")/../../data}"
best_app= best_editor=
for run in 1 2 3; do
  set -- $(start_time eventdesk "$app" --sample-data)
  app_ms=$1 app_kib=$2
  set -- $(start_time gnome-text-editor gnome-text-editor --standalone)
  editor_ms=$1 editor_kib=$2
  if [ -z "$best_app" ] || [ "$app_ms" -lt "$best_app" ]; then best_app=$app_ms; fi
  if [ -z "$best_editor" ] || [ "$editor_ms" -lt "$best_editor" ]; then best_editor=$editor_ms; fi
done
echo "start, window mapped (best of 3): Event Desk --sample-data ${best_app} ms, gnome-text-editor ${best_editor} ms," \
     "ratio $(awk "BEGIN { printf \"%.2f\", $best_app / $best_editor }")"
echo "memory 2 s after start (last run): Event Desk $((app_kib / 1024)) MiB, gnome-text-editor $((editor_kib / 1024)) MiB," \
     "ratio $(awk "BEGIN { printf \"%.2f\", $app_kib / $editor_kib }")"
