/* evd-test-utils.c: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-event-summary-view.h"
#include "evd-registration-compare.h"
#include "evd-test-utils.h"
#include "evd-ui.h"

/**
 * evd_test_init_ui:
 *
 * Initialises GLib's test framework, GTK and libadwaita, and registers the
 * app's widget types. Tests run under tests/headless.sh, so there is a display.
 */
void
evd_test_init_ui (int    *argc,
                  char ***argv)
{
  evd_test_init_ui_full (argc, argv, TRUE);
}

/**
 * evd_test_init_ui_full:
 * @warnings_fatal: %FALSE for tests of situations where GTK itself warns
 *   (no session bus, say); criticals stay fatal
 */
void
evd_test_init_ui_full (int       *argc,
                       char    ***argv,
                       gboolean   warnings_fatal)
{
  g_test_init (argc, argv, NULL);
  if (!warnings_fatal)
    g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_init ();
  adw_init ();
  evd_ui_ensure_types ();

  /* Screenshots must not catch a page halfway through a crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* AdwApplication loads style.css itself; tests build widgets without one. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  /* GtkApplication adds this path itself; tests build widgets without one. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");
}

typedef struct
{
  gboolean timed_out;
} Deadline;

static gboolean
deadline_reached_cb (gpointer user_data)
{
  ((Deadline *) user_data)->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * evd_test_iterate_until:
 *
 * Runs the main loop until @condition holds, failing the test when it still
 * does not after @timeout_ms. The timeout guards against hangs, it is not a
 * measure of speed.
 */
void
evd_test_iterate_until (gboolean (*condition) (gpointer data),
                        gpointer   data,
                        guint      timeout_ms)
{
  Deadline deadline = { FALSE };
  guint id = g_timeout_add (timeout_ms, deadline_reached_cb, &deadline);

  while (!condition (data) && !deadline.timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (deadline.timed_out)
    g_error ("Condition not reached within %u ms", timeout_ms);
  g_source_remove (id);
}

void
evd_test_iterate_for (guint ms)
{
  Deadline deadline = { FALSE };

  g_timeout_add (ms, deadline_reached_cb, &deadline);
  while (!deadline.timed_out)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * evd_test_save_screenshot:
 * @widget: a realized widget, usually a window
 * @name: the file name without extension
 *
 * Renders @widget to a PNG in $EVD_SCREENSHOT_DIR (the build folder's
 * screenshots/ when run by meson), so every run leaves pictures to look at.
 *
 * Returns: (transfer full): the path written
 */
char *
evd_test_save_screenshot (GtkWidget  *widget,
                          const char *name)
{
  const char *dir = g_getenv ("EVD_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  char *path;
  GskRenderer *renderer;
  int width, height;

  g_assert_true (gtk_widget_get_realized (widget));

  if (dir == NULL)
    dir = g_get_tmp_dir ();
  g_mkdir_with_parents (dir, 0755);

  /* Let pending layout and drawing settle before taking the picture. */
  gtk_test_widget_wait_for_draw (widget);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  return path;
}

static gboolean
insight_idle (GtkWidget *widget)
{
  if (EVD_IS_EVENT_SUMMARY_VIEW (widget) && evd_event_summary_view_is_loading (EVD_EVENT_SUMMARY_VIEW (widget)))
    return FALSE;
  if (EVD_IS_REGISTRATION_COMPARE (widget) && evd_registration_compare_is_loading (EVD_REGISTRATION_COMPARE (widget)))
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!insight_idle (child))
      return FALSE;
  return TRUE;
}

static gboolean
insight_idle_cb (gpointer data)
{
  return insight_idle (data);
}

void
evd_test_wait_for_insight (GtkWidget *root)
{
  evd_test_iterate_until (insight_idle_cb, root, 10000);
}
