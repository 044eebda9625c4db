#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Event Desk started from a build folder, without installing it: the settings
# schema is not where GSettings looks, and nothing may abort for that.
#  - `eventdesk --help` and the app itself (on sample data, until it has
#    drawn its window) run without the schema: the copy compiled into the
#    program serves, with a message that settings are not kept;
#  - `eventdesk-cli --help` and every command's --help run without it;
#  - `meson devenv -C BUILD eventdesk` finds the schema compiled in the build.
set -u
build=${1:?usage: check-start-from-build.sh BUILD_ROOT}
app="$build/src/ui/eventdesk"
cli="$build/src/cli/eventdesk-cli"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/eventdesk-start.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# The system's schemas (GTK reads its own) without Event Desk's, wherever
# this machine keeps them: as on a desktop where Event Desk is not installed.
schemas="$tmp/share/glib-2.0/schemas"
mkdir -p "$schemas"
for dir in $(echo "${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" | tr ':' ' '); do
  for xml in "$dir"/glib-2.0/schemas/*.gschema.xml "$dir"/glib-2.0/schemas/*.enums.xml; do
    case "$xml" in *io.github.eventdesk*|*\**) ;; *) [ -f "$xml" ] && cp "$xml" "$schemas/" ;; esac
  done
done
glib-compile-schemas "$schemas" 2>/dev/null || exit 99
# The MIME database stays: GTK needs it to read the app's icon.
for dir in $(echo "${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" | tr ':' ' '); do
  [ -d "$dir/mime" ] && [ ! -e "$tmp/share/mime" ] && ln -s "$dir/mime" "$tmp/share/mime"
done

no_schema () {
  env -u GSETTINGS_SCHEMA_DIR XDG_DATA_DIRS="$tmp/share" GSETTINGS_BACKEND=memory "$@"
}

echo "TAP version 13"
n=0
status=0
check () {
  n=$((n+1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; status=1; fi
}

no_schema "$app" --help >"$tmp/out" 2>"$tmp/err"
rc=$?
grep -q "Usage:" "$tmp/out"
check $(( rc + $? )) "eventdesk --help without the schema (exit $rc)"
grep -q "not installed" "$tmp/err"
check $? "it says the schema is not installed"

no_schema "$app" --sample-data --screenshot "$tmp/window.png" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ -s "$tmp/window.png" ]
check $(( rc + $? )) "eventdesk runs on sample data without the schema (exit $rc)"
[ $rc = 0 ] || sed 's/^/# /' "$tmp/err"

no_schema "$cli" --help >"$tmp/out" 2>"$tmp/err"
check $? "eventdesk-cli --help without the schema"
for command in $(awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1}' "$tmp/out"); do
  no_schema "$cli" "$command" --help >/dev/null 2>"$tmp/err"
  check $? "eventdesk-cli $command --help without the schema"
done

if command -v meson >/dev/null 2>&1; then
  env -u GSETTINGS_SCHEMA_DIR XDG_DATA_DIRS="$tmp/share" GSETTINGS_BACKEND=memory \
    meson devenv -C "$build" eventdesk --help >"$tmp/out" 2>"$tmp/err"
  rc=$?
  ! grep -q "not installed" "$tmp/err"
  check $(( rc + $? )) "meson devenv finds the schema compiled in the build (exit $rc)"
else
  n=$((n+1)); echo "ok $n # SKIP meson is not on PATH"
fi

echo "1..$n"
exit $status
