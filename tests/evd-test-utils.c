/* evd-test-utils.c: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "evd-event-summary-view.h"
#include "evd-import-assistant.h"
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

/* Windows ----------------------------------------------------------------- */

/**
 * evd_test_show_in_window:
 *
 * Shows @child in a window of its own, under a toast overlay as in the main
 * window, and waits until it is drawn.
 *
 * Returns: (transfer full): the window; close it with evd_test_close_window()
 */
GtkWidget *
evd_test_show_in_window (GtkWidget *child,
                         int        width,
                         int        height)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

/* For evd_test_iterate_until (): whether the weak pointer at @data is cleared. */
gboolean
evd_test_pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/**
 * evd_test_close_window:
 * @window: (transfer full): from evd_test_show_in_window()
 * @child: what it showed
 *
 * Closes @window and checks that it and @child are finalized: whatever
 * is still running for @child (a request) lets go of it in time.
 */
void
evd_test_close_window (GtkWidget *window,
                       GtkWidget *child,
                       guint      timeout_ms)
{
  /* The event summaries' requests must not land in the next test's counts. */
  evd_test_wait_for_insight (window);
  g_object_add_weak_pointer (G_OBJECT (child), (gpointer *) &child);
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  evd_test_iterate_until (evd_test_pointer_cleared, &child, timeout_ms);
}

/**
 * evd_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a shown window of @type (a dialog
 *   the code under test opened), GTK keeps it alive
 */
GtkWidget *
evd_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/**
 * evd_test_find_visible_button:
 * @label: the button's label, mnemonic underscore included
 *
 * Returns: (transfer none) (nullable): the shown button under @root with
 *   this label, for gtk_widget_activate () as a click
 */
GtkWidget *
evd_test_find_visible_button (GtkWidget  *root,
                              const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = evd_test_find_visible_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* For evd_test_iterate_until (): whether the page at @data (with a
 * "loading" property) has loaded. */
gboolean
evd_test_page_loaded (gpointer data)
{
  gboolean loading = TRUE;

  g_object_get (data, "loading", &loading, NULL);
  return !loading;
}

/* Waits until @page (with a "loading" property) has loaded and is drawn. */
void
evd_test_wait_until_loaded (GtkWidget *page,
                            guint      timeout_ms)
{
  evd_test_iterate_until (evd_test_page_loaded, page, timeout_ms);
  gtk_test_widget_wait_for_draw (page);
}

/**
 * evd_test_read_clipboard:
 *
 * Returns: (transfer full): the text @widget's clipboard holds (copied by
 *   the app itself)
 */
char *
evd_test_read_clipboard (GtkWidget *widget)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_true (gdk_clipboard_is_local (clipboard));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  return g_value_dup_string (&value);
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

typedef struct
{
  EvdImportAssistant *assistant;
  const char         *step;
} StepWait;

static gboolean
at_step_and_idle (gpointer data)
{
  StepWait *wait = data;

  return g_strcmp0 (evd_import_assistant_get_step (wait->assistant), wait->step) == 0 &&
         !evd_import_assistant_is_busy (wait->assistant);
}

void
evd_test_wait_for_import_step (GtkWidget  *assistant,
                               const char *step,
                               guint       timeout_ms)
{
  StepWait wait = { EVD_IMPORT_ASSISTANT (assistant), step };

  evd_test_iterate_until (at_step_and_idle, &wait, timeout_ms);
  g_assert_cmpstr (evd_import_assistant_get_step (wait.assistant), ==, step);
}
