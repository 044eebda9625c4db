#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Flatpak manifest with flatpak-builder when it is installed:
# it must parse, and flatpak-builder must know every property in it (it only
# warns about an unknown one, so its output is searched for that).
set -u
manifest=${1:?usage: check-flatpak.sh MANIFEST}
if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "1..0 # SKIP flatpak-builder is not installed"
  exit 0
fi
out=$(flatpak-builder --show-manifest "$manifest" 2>&1 >/dev/null)
rc=$?
echo "1..2"
if [ $rc -eq 0 ]; then echo "ok 1 - manifest parses"; else echo "not ok 1 - manifest does not parse: $out"; fi
if echo "$out" | grep -q 'Unknown property'; then
  echo "not ok 2 - unknown property: $(echo "$out" | grep 'Unknown property')"
  rc=1
else
  echo "ok 2 - no unknown properties"
fi
exit $rc
