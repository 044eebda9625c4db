#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
set -u
srcdir=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$srcdir" || exit 99

echo "TAP version 13"
listed=$(grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' | sort -u)
found=$( (grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' --include='*.c' src;
          grep -rl 'translatable="yes"' --include='*.ui' src data) 2>/dev/null | sort -u)

status=0
n=0
for f in $found; do
  n=$((n+1))
  if echo "$listed" | grep -qxF "$f"; then
    echo "ok $n - $f is in POTFILES.in"
  else
    echo "not ok $n - $f has translatable strings but is missing from po/POTFILES.in"
    status=1
  fi
done
for f in $listed; do
  n=$((n+1))
  if [ -f "$f" ]; then
    echo "ok $n - $f exists"
  else
    echo "not ok $n - po/POTFILES.in names $f, which does not exist"
    status=1
  fi
done
echo "1..$n"
exit $status
