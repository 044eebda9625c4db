/* test-window-no-keyring.c: a desktop without a keyring service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-test-utils.h"
#include "evd-window.h"

static gboolean
keyring_page_shown (gpointer data)
{
  return g_strcmp0 (evd_window_get_visible_page (data), "keyring") == 0;
}

static void
test_no_keyring_page (void)
{
  GtkWidget *window = g_object_new (EVD_TYPE_WINDOW, NULL);
  g_autofree char *shot = NULL;

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_present (GTK_WINDOW (window));

  evd_window_open_saved_account (EVD_WINDOW (window));
  evd_test_iterate_until (keyring_page_shown, window, 20000);

  /* It says what happened and offers to try again; nothing hangs. */
  g_assert_true (gtk_widget_is_sensitive (window));
  shot = evd_test_save_screenshot (window, "no-keyring");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  /* The X server stays; only the session bus (and so the keyring) is gone. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eventdesk-test-bus", TRUE);

  /* Without a session bus GTK warns that it cannot register the app; that
   * is the situation under test, not a failure. */
  evd_test_init_ui_full (&argc, &argv, FALSE);
  g_test_add_func ("/window/no-keyring", test_no_keyring_page);
  return g_test_run ();
}
