/* test-window.c: the main window opens on the welcome page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-test-utils.h"
#include "evd-window.h"

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;

      if ((found = find_button_with_label (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_window_welcome (void)
{
  GtkWidget *window = g_object_new (EVD_TYPE_WINDOW, NULL);
  g_autofree char *shot = NULL;

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  g_assert_nonnull (find_button_with_label (window, "_Connect Your Zoom Account"));
  g_assert_nonnull (find_button_with_label (window, "_Explore With Sample Data"));

  shot = evd_test_save_screenshot (window, "welcome");
  g_assert_true (g_file_test (shot, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  evd_test_init_ui (&argc, &argv);

  g_test_add_func ("/window/welcome", test_window_welcome);

  return g_test_run ();
}
