/* evd-import-assistant-options.c: the options step and the publish guard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-api-error.h"
#include "evd-import-assistant-private.h"
#include "evd-publish-dialog.h"
#include "evd-page-util.h"

/* The options and the guard ----------------------------------------------- */

static void
update_import_label (EvdImportAssistant *self)
{
  guint n = self->report != NULL ? evd_check_report_get_n_valid (self->report) : 0;
  g_autofree char *count = evd_format_count (n);
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %s Attendee", "_Import %s Attendees",
                                                         n), count);

  gtk_button_set_label (self->import_button, label);
}

const char *
evd_import_assistant_get_import_label (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);

  return gtk_button_get_label (self->import_button);
}

static void
options_loaded (EvdImportAssistant *self)
{
  self->options_loading = FALSE;
  evd_import_assistant_update_buttons (self);
}

void
evd_import_assistant_show_guard (EvdImportAssistant *self,
            const char         *title,
            const char         *text,
            const char         *button)
{
  gtk_label_set_text (self->guard_title, title);
  gtk_label_set_text (self->guard_label, text);
  gtk_button_set_label (self->guard_button, button);
  gtk_widget_set_visible (GTK_WIDGET (self->guard_button), button != NULL);
  gtk_widget_set_visible (self->guard_box, TRUE);
}

static void
event_checked_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autoptr(EvdEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  event = evd_ticket_importer_check_event_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->event_ready = event != NULL;
  self->guard_publishes = g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED);
  if (event != NULL)
    {
      g_set_object (&self->event, event);
      gtk_widget_set_visible (self->guard_box, FALSE);
    }
  else if (self->guard_publishes)
    evd_import_assistant_show_guard (self, _("This Event Is Not Published Yet"),
                _("Zoom accepts registrations only for published events. Publish it to import the attendees; "
                  "nothing has been sent yet."),
                _("_Publish Event…"));
  else if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_PAST_OR_CANCELLED))
    evd_import_assistant_show_guard (self, _("Attendees Cannot Be Added"), error->message, NULL);
  else
    evd_import_assistant_show_guard (self, _("The Event Could Not Be Checked"), error->message, _("_Try Again"));
  options_loaded (self);
}

static void
check_event (EvdImportAssistant *self)
{
  self->options_loading = TRUE;
  self->event_ready = FALSE;
  evd_import_assistant_update_buttons (self);
  evd_ticket_importer_check_event_async (self->client, self->event_id, self->cancellable,
                                         event_checked_cb, g_object_ref (self));
}

static void
ticket_types_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint preferred = G_MAXUINT;

  types = evd_client_list_ticket_types_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_ptr_array_set_size (self->ticket_type_ids, 0);
  for (guint i = 0; types != NULL && i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      if (evd_ticket_type_get_ticket_type_id (type) == NULL)
        continue;
      if (preferred == G_MAXUINT && evd_ticket_type_get_free (type))
        preferred = self->ticket_type_ids->len;
      gtk_string_list_append (names, evd_ticket_type_get_name (type) != NULL ? evd_ticket_type_get_name (type)
                                                                            : evd_ticket_type_get_ticket_type_id (type));
      g_ptr_array_add (self->ticket_type_ids, g_strdup (evd_ticket_type_get_ticket_type_id (type)));
    }
  if (self->ticket_type_ids->len == 0)
    {
      gtk_string_list_append (names, _("The event’s default"));
      g_ptr_array_add (self->ticket_type_ids, NULL);
    }
  adw_combo_row_set_model (self->ticket_type_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->ticket_type_row, preferred != G_MAXUINT ? preferred : 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->ticket_type_row),
                               error != NULL ? _("The ticket types could not be listed; Zoom uses the event’s default.")
                                             : "");
}

void
evd_import_assistant_load_options (EvdImportAssistant *self)
{
  update_import_label (self);
  if (self->ticket_type_ids->len == 0)
    evd_client_list_ticket_types_async (self->client, self->event_id, self->cancellable,
                                        ticket_types_cb, g_object_ref (self));
  check_event (self);
}

/* The list shows each mode with its description; the row the chosen
 * one's label, in full. */
static void
mode_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *description = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), description);
  gtk_list_item_set_child (item, box);
}

static void
mode_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  guint mode = gtk_list_item_get_position (item);

  gtk_label_set_text (GTK_LABEL (label), evd_registration_mode_get_label (mode));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (label)), evd_registration_mode_get_description (mode));
}

static void
mode_selected_cb (EvdImportAssistant *self)
{
  guint mode = adw_combo_row_get_selected (self->mode_row);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mode_row), evd_registration_mode_get_description (mode));
}

void
evd_import_assistant_set_send_notification (EvdImportAssistant *self,
                                            gboolean            send)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  gtk_switch_set_active (self->notify_switch, send);
}

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->guard_button), TRUE);
  if (!evd_publish_event_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        evd_import_assistant_show_guard (self, _("The Event Could Not Be Published"), error->message, _("_Publish Event…"));
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Event published")));
  check_event (self);
}

/**
 * evd_import_assistant_publish_event:
 *
 * What the guard's Publish Event… button does: asks, then publishes.
 */
void
evd_import_assistant_publish_event (EvdImportAssistant *self)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  if (self->event == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->guard_button), FALSE);
  evd_publish_event_async (GTK_WIDGET (self), self->client, self->event, self->cancellable,
                           published_cb, g_object_ref (self));
}

void
evd_import_assistant_guard_clicked_cb (EvdImportAssistant *self)
{
  if (self->guard_publishes)
    evd_import_assistant_publish_event (self);
  else
    check_event (self);
}

EvdImportOptions *
evd_import_assistant_collect_options (EvdImportAssistant *self)
{
  EvdImportOptions *options = evd_import_options_new ();
  guint type = adw_combo_row_get_selected (self->ticket_type_row);

  if (type < self->ticket_type_ids->len)
    options->ticket_type_id = g_strdup (g_ptr_array_index (self->ticket_type_ids, type));
  options->send_notification = gtk_switch_get_active (self->notify_switch);
  options->registration_mode = adw_combo_row_get_selected (self->mode_row);
  return options;
}

void
evd_import_assistant_setup_options (EvdImportAssistant *self)
{
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  for (guint mode = EVD_REGISTRATION_MODE_STANDARD; mode <= EVD_REGISTRATION_MODE_REGISTRATION_NEEDED; mode++)
    gtk_string_list_append (modes, evd_registration_mode_get_label (mode));
  g_signal_connect (factory, "setup", G_CALLBACK (mode_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (mode_item_bind_cb), NULL);
  adw_combo_row_set_list_factory (self->mode_row, factory);
  g_object_unref (factory);
  adw_combo_row_set_use_subtitle (self->mode_row, TRUE);
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  g_signal_connect_swapped (self->mode_row, "notify::selected", G_CALLBACK (mode_selected_cb), self);
  mode_selected_cb (self);
}
