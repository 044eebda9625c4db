#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a language in po/LINGUAS lacks a translation of a string the
# sources now hold (untranslated, or fuzzy after the English changed), so a
# changed message cannot reach people half in English. The sources are
# read as the build's gettext preset reads them; po/ itself is not touched.
# Fix with po/update-translations BUILD_DIR, then translate what it lists.
set -u
srcdir=${1:?usage: check-translations.sh SOURCE_ROOT}
cd "$srcdir" || exit 99
for tool in xgettext msgmerge msgfmt; do
  command -v "$tool" > /dev/null || { echo "1..0 # SKIP $tool is missing"; exit 0; }
done

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

echo "TAP version 13"
if ! xgettext --from-code=UTF-8 --files-from=po/POTFILES.in --directory=. \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
       --output="$tmp/eventdesk.pot" 2> "$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log" >&2
  echo "not ok 1 - the sources' strings could not be read"
  echo "1..1"
  exit 1
fi

n=0
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  n=$((n+1))
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "po/$lang.po" "$tmp/eventdesk.pot"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "not ok $n - $lang: $stats (po/update-translations lists them)"
      status=1 ;;
    *)
      echo "ok $n - $lang: $stats" ;;
  esac
done
echo "1..$n"
exit $status
