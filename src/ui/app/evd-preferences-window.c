/* evd-preferences-window.c: the account's plan, sample data, addresses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-preferences-window.h"
#include "evd-ui-util.h"

struct _EvdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *plan_row;
  AdwActionRow         *reset_row;
  GtkButton            *reset_button;
  AdwEntryRow          *api_url_row;
  AdwEntryRow          *oauth_url_row;
  GtkWidget            *addresses_group;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (EvdPreferencesWindow, evd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  RESET_SAMPLE_DATA,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The combo row's position and the schema's enum share their order. */
static gboolean
plan_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "business") ? 1 : 0);
  return TRUE;
}

static GVariant *
position_to_plan (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "business" : "pro");
}

static void
reset_response_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(EvdPreferencesWindow) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  if (g_strcmp0 (response, "reset") == 0)
    g_signal_emit (self, signals[RESET_SAMPLE_DATA], 0);
}

static void
reset_clicked_cb (EvdPreferencesWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Reset Sample Data?"),
    _("Events, sessions and registrations you made or changed in the sample data are lost. The "
      "made-up company’s events come back as they were. Your Zoom account is not touched.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reset", _("_Reset"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, reset_response_cb, g_object_ref (self));
}

/**
 * evd_preferences_window_new:
 * @settings: (nullable): the app's settings
 * @sample_data: whether the window shows the sample data, which Reset
 *   puts back ("reset-sample-data")
 */
static void
plan_selected_cb (EvdPreferencesWindow *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->plan_row),
                               adw_combo_row_get_selected (self->plan_row) == 1
                                 ? _("Up to 80 requests a second")
                                 : _("Up to 30 requests a second"));
}

GtkWidget *
evd_preferences_window_new (GSettings *settings,
                            gboolean   sample_data)
{
  EvdPreferencesWindow *self = g_object_new (EVD_TYPE_PREFERENCES_WINDOW, NULL);
  gboolean sample = sample_data;

  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), sample);
  if (!sample)
    adw_action_row_set_subtitle (self->reset_row, _("Available while you explore the sample data"));

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind_with_mapping (settings, "rate-plan", self->plan_row, "selected",
                                    G_SETTINGS_BIND_DEFAULT, plan_to_position, position_to_plan,
                                    NULL, NULL);
      g_settings_bind (settings, "api-url", self->api_url_row, "text", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "oauth-url", self->oauth_url_row, "text", G_SETTINGS_BIND_DEFAULT);
    }

  /* The addresses are for developers testing against a copy of Zoom; an
   * organizer never needs them. They show only once someone has set one
   * (with gsettings), so that it can be seen and emptied again. */
  if (settings != NULL)
    {
      g_autofree char *api_url = g_settings_get_string (settings, "api-url");
      g_autofree char *oauth_url = g_settings_get_string (settings, "oauth-url");

      gtk_widget_set_visible (self->addresses_group, *api_url != '\0' || *oauth_url != '\0');
    }

  plan_selected_cb (self);
  return GTK_WIDGET (self);
}

static void
evd_preferences_window_dispose (GObject *object)
{
  EvdPreferencesWindow *self = EVD_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (evd_preferences_window_parent_class)->dispose (object);
}

static void
evd_preferences_window_class_init (EvdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_preferences_window_dispose;

  /**
   * EvdPreferencesWindow::reset-sample-data:
   *
   * The organizer confirmed Reset: the sample data is to be put back.
   */
  signals[RESET_SAMPLE_DATA] = g_signal_new ("reset-sample-data", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/app/evd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdPreferencesWindow, plan_row);
  gtk_widget_class_bind_template_child (widget_class, EvdPreferencesWindow, reset_row);
  gtk_widget_class_bind_template_child (widget_class, EvdPreferencesWindow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, EvdPreferencesWindow, api_url_row);
  gtk_widget_class_bind_template_child (widget_class, EvdPreferencesWindow, oauth_url_row);
  gtk_widget_class_bind_template_child (widget_class, EvdPreferencesWindow, addresses_group);
  gtk_widget_class_bind_template_callback (widget_class, reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_selected_cb);
}

static void
evd_preferences_window_init (EvdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
