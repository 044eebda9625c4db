/* evd-duplicate-dialog.c: asks for the copy's name, start and time zone, then duplicates an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-duplicate-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-date-time-entry.h"
#include "evd-duplicate-dialog.h"
#include "evd-time.h"

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

GtkEditable *
evd_duplicate_dialog_get_name_entry (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "name-entry");
}

GtkWidget *
evd_duplicate_dialog_get_start (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "start-entry");
}

GtkDropDown *
evd_duplicate_dialog_get_zone (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "zone-drop-down");
}

static GtkWidget *
new_field (const char *title,
           GtkWidget  *field)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (field, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), field);
  return row;
}

static GtkWidget *
new_zone_drop_down (const char *selected)
{
  g_auto(GStrv) zones = evd_time_list_zones ();
  GtkStringList *list = gtk_string_list_new ((const char * const *) zones);
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (list), expression);

  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  for (guint i = 0; zones != NULL && zones[i] != NULL; i++)
    if (g_strcmp0 (zones[i], selected) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time zone"), -1);
  return drop_down;
}

static const char *
selected_zone (GtkDropDown *drop_down)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (drop_down);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static GtkWidget *
new_form (AdwMessageDialog *dialog,
          EvdEvent         *event)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *start = evd_date_time_entry_new ();
  const char *zone = evd_event_get_timezone (event);
  GtkWidget *zone_drop_down = new_zone_drop_down (zone);
  GDateTime *event_start = evd_event_get_start_time (event);
  g_autofree char *copy_name = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  /* Translators: the default name of a copy of an event */
  copy_name = g_strdup_printf (_("Copy of %s"), evd_event_get_name (event));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("New name"));
  gtk_editable_set_text (GTK_EDITABLE (name), copy_name);
  gtk_list_box_append (GTK_LIST_BOX (list), name);

  if (event_start != NULL)
    evd_date_time_entry_set_time (EVD_DATE_TIME_ENTRY (start), event_start, zone);
  evd_date_time_entry_set_accessible_name (EVD_DATE_TIME_ENTRY (start), _("Starts"));
  gtk_list_box_append (GTK_LIST_BOX (list), new_field (_("Starts"), start));
  gtk_list_box_append (GTK_LIST_BOX (list), new_field (_("Time zone"), zone_drop_down));

  g_object_set_data (G_OBJECT (dialog), "name-entry", name);
  g_object_set_data (G_OBJECT (dialog), "start-entry", start);
  g_object_set_data (G_OBJECT (dialog), "zone-drop-down", zone_drop_down);
  return list;
}

static void
duplicated_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *new_id = evd_client_duplicate_event_finish (EVD_CLIENT (object), result, &error);

  if (new_id == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, new_id, g_free);
}

static void
name_changed_cb (GtkEditable      *name,
                 AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  adw_message_dialog_set_response_enabled (dialog, "duplicate", *text != '\0');
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  g_autoptr(GTask) task = g_object_steal_data (G_OBJECT (dialog), "evd-task");
  GCancellable *cancellable;
  EvdClient *client = g_object_get_data (G_OBJECT (task), "client");
  EvdEvent *event;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) start = NULL;
  const char *zone;

  /* Only the first answer counts. */
  if (task == NULL)
    return;
  event = g_task_get_task_data (task);
  cancellable = g_task_get_cancellable (task);

  if (g_strcmp0 (response, "duplicate") != 0 || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not duplicated"));
      return;
    }

  name = g_strstrip (g_strdup (gtk_editable_get_text (evd_duplicate_dialog_get_name_entry (dialog))));
  zone = selected_zone (evd_duplicate_dialog_get_zone (dialog));
  start = evd_date_time_entry_dup_time (EVD_DATE_TIME_ENTRY (evd_duplicate_dialog_get_start (dialog)), zone);
  if (start == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s",
                               _("Choose the time zone of the copy."));
      return;
    }

  evd_client_duplicate_event_async (client, evd_event_get_event_id (event), name, start, zone,
                                    cancellable, duplicated_cb, g_steal_pointer (&task));
}

void
evd_duplicate_event_async (GtkWidget           *parent,
                           EvdClient           *client,
                           EvdEvent            *event,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (EVD_IS_EVENT (event));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_duplicate_event_async);
  g_task_set_task_data (task, g_object_ref (event), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "client", g_object_ref (client), g_object_unref);

  /* Translators: the event's name */
  heading = g_strdup_printf (_("Duplicate “%s”?"), evd_event_get_name (event));
  dialog = adw_message_dialog_new (window_of (parent), heading,
                                   _("The copy is a new draft with the same details and sessions, "
                                     "but without registrations. Choose when it starts."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "duplicate", _("_Duplicate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "duplicate", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_form (ADW_MESSAGE_DIALOG (dialog), event));
  g_signal_connect_object (evd_duplicate_dialog_get_name_entry (ADW_MESSAGE_DIALOG (dialog)), "changed",
                           G_CALLBACK (name_changed_cb), dialog, 0);
  g_object_set_data_full (G_OBJECT (dialog), "evd-task", g_steal_pointer (&task), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
evd_duplicate_event_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == evd_duplicate_event_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
