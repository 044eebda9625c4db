/* evd-application.c: the Event Desk application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-application.h"
#include "evd-preferences-window.h"
#include "evd-ui.h"
#include "evd-ui-util.h"
#include "evd-window.h"

struct _EvdApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *screenshot_path;
  gboolean        sample_data;
};

G_DEFINE_FINAL_TYPE (EvdApplication, evd_application, ADW_TYPE_APPLICATION)

EvdApplication *
evd_application_new (void)
{
  return g_object_new (EVD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * evd_application_get_settings:
 *
 * Returns: (transfer none): the application's #GSettings
 */
GSettings *
evd_application_get_settings (EvdApplication *self)
{
  g_return_val_if_fail (EVD_IS_APPLICATION (self), NULL);

  return self->settings;
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  EvdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Event Desk developers", NULL };
  /* The about window reads its comments as markup: "&" in "Plus & Events"
   * would leave the Details page empty. */
  g_autofree char *comments = g_markup_escape_text (_("Create events, publish them and pre-register attendees for Zoom Webinars Plus & Events."), -1);

  adw_show_about_window (parent,
                         "application-name", _("Event Desk"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Event Desk developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/eventdesk/eventdesk",
                         "issue-url", "https://github.com/eventdesk/eventdesk/issues",
                         "comments", comments,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* --screenshot saves the window once it has drawn, then quits: it makes the
 * pictures in README.md and the metainfo from a real run. */
static gboolean
save_screenshot_cb (gpointer user_data)
{
  EvdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      int width = gtk_widget_get_width (GTK_WIDGET (window));
      int height = gtk_widget_get_height (GTK_WIDGET (window));

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL)
        {
          GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

          texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
          if (!gdk_texture_save_to_png (texture, self->screenshot_path))
            g_warning ("Could not save the screenshot to %s", self->screenshot_path);
        }
    }

  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_REMOVE;
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  EvdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean sample_data = EVD_IS_WINDOW (parent) && evd_window_is_sample_data (EVD_WINDOW (parent));
  GtkWindow *preferences = GTK_WINDOW (evd_preferences_window_new (self->settings, sample_data));

  if (EVD_IS_WINDOW (parent))
    g_signal_connect_object (preferences, "reset-sample-data", G_CALLBACK (evd_window_reset_sample_data), parent,
                             G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (preferences, parent);
  gtk_window_present (preferences);
}

static const GActionEntry app_entries[] = {
  { "about", about_action_cb },
  { "preferences", preferences_action_cb },
  { "quit", quit_action_cb },
};

static void
evd_application_startup (GApplication *app)
{
  EvdApplication *self = EVD_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *new_event_accels[] = { "<Control>n", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (evd_application_parent_class)->startup (app);

  /* Pages name widgets of rooms they may not include (the event summary,
   * the hub's comparison) by type name in their .ui. */
  evd_ui_ensure_types ();
  evd_ui_name_mnemonic_buttons ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.new-event", new_event_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
evd_application_activate (GApplication *app)
{
  EvdApplication *self = EVD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (evd_window_new (GTK_APPLICATION (self), self->settings));
      if (self->sample_data)
        evd_window_explore_sample_data (EVD_WINDOW (window));
      else
        evd_window_open_saved_account (EVD_WINDOW (window));
    }

  gtk_window_present (window);

  if (self->screenshot_path != NULL)
    g_timeout_add_seconds (2, save_screenshot_cb, self);
}

static int
evd_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  EvdApplication *self = EVD_APPLICATION (app);

  if (g_variant_dict_contains (options, "sample-data"))
    self->sample_data = TRUE;
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_path);

  /* A screenshot run must not hand over to an instance already running. */
  if (self->screenshot_path != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
evd_application_finalize (GObject *object)
{
  EvdApplication *self = EVD_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->screenshot_path, g_free);

  G_OBJECT_CLASS (evd_application_parent_class)->finalize (object);
}

static void
evd_application_class_init (EvdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = evd_application_finalize;
  app_class->startup = evd_application_startup;
  app_class->activate = evd_application_activate;
  app_class->handle_local_options = evd_application_handle_local_options;
}

static const GOptionEntry option_entries[] = {
  { "sample-data", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open on the built-in sample data, without a Zoom account"), NULL },
  { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a picture of the window to FILE, then quit"), N_("FILE") },
  { NULL }
};

/**
 * evd_application_get_sample_data:
 *
 * Returns: whether the app was started with --sample-data
 */
gboolean
evd_application_get_sample_data (EvdApplication *self)
{
  g_return_val_if_fail (EVD_IS_APPLICATION (self), FALSE);

  return self->sample_data;
}

static void
evd_application_init (EvdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);

  self->settings = evd_settings_new ();
}
