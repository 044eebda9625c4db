#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the platform floor holds: a call to API newer than Debian 12
# (GTK 4.10's GtkFileDialog, libadwaita 1.4's split view, GLib 2.76's
# g_string_free_and_steal) must not compile with the project's version macros,
# while the same file calling floor API does.
set -u
cc=${1:?usage: check-api-floor.sh CC}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/evd-floor.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
flags="$(pkg-config --cflags gtk4 libadwaita-1 glib-2.0)
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74
  -DGDK_VERSION_MIN_REQUIRED=GDK_VERSION_4_8 -DGDK_VERSION_MAX_ALLOWED=GDK_VERSION_4_8
  -DADW_VERSION_MIN_REQUIRED=ADW_VERSION_1_2 -DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_2
  -Werror -Wall"

try () {
  printf '#include <adwaita.h>\nvoid f (void);\nvoid f (void) { %s }\n' "$2" > "$tmp/$1.c"
  $cc $flags -c "$tmp/$1.c" -o "$tmp/$1.o" >"$tmp/$1.log" 2>&1
}

echo "1..4"
n=0; status=0
check () {
  n=$((n+1)); want=$1; name=$2; code=$3
  if try "t$n" "$code"; then got=compiles; else got=fails; fi
  if [ "$got" = "$want" ]; then echo "ok $n - $name $want"
  else echo "not ok $n - $name $got, expected it $want"; status=1; fi
}
check compiles "floor API (AdwLeaflet, GtkFileChooserNative)" \
  'GtkWidget *l = adw_leaflet_new (); GtkFileChooserNative *n = gtk_file_chooser_native_new ("", NULL, GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL); (void) l; (void) n;'
check fails "gtk_file_dialog_new (GTK 4.10)" 'GObject *d = (GObject *) gtk_file_dialog_new (); (void) d;'
check fails "adw_navigation_split_view_new (libadwaita 1.4)" 'GtkWidget *w = adw_navigation_split_view_new (); (void) w;'
check fails "g_string_free_and_steal (GLib 2.76)" 'char *s = g_string_free_and_steal (g_string_new ("")); (void) s;'
exit $status
