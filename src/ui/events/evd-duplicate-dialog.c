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
#include "evd-timezone-row.h"
#include "evd-ui-util.h"

struct _EvdDuplicateDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *name_row;
  EvdDateTimeEntry *start_entry;
  GtkDropDown      *zone_drop_down;

  GTask            *task;     /* evd_duplicate_event_async (), until answered */
};

G_DEFINE_FINAL_TYPE (EvdDuplicateDialog, evd_duplicate_dialog, ADW_TYPE_MESSAGE_DIALOG)

GtkEditable *
evd_duplicate_dialog_get_name_entry (AdwMessageDialog *dialog)
{
  g_return_val_if_fail (EVD_IS_DUPLICATE_DIALOG (dialog), NULL);

  return GTK_EDITABLE (EVD_DUPLICATE_DIALOG (dialog)->name_row);
}

GtkWidget *
evd_duplicate_dialog_get_start (AdwMessageDialog *dialog)
{
  g_return_val_if_fail (EVD_IS_DUPLICATE_DIALOG (dialog), NULL);

  return GTK_WIDGET (EVD_DUPLICATE_DIALOG (dialog)->start_entry);
}

GtkDropDown *
evd_duplicate_dialog_get_zone (AdwMessageDialog *dialog)
{
  g_return_val_if_fail (EVD_IS_DUPLICATE_DIALOG (dialog), NULL);

  return EVD_DUPLICATE_DIALOG (dialog)->zone_drop_down;
}

/* The zones are Zoom's, as in the event form. */
static const char *
selected_zone (GtkDropDown *drop_down)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (drop_down);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
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

/* The copy keeps the event's zone and start, under a new name. */
static void
fill_in (EvdDuplicateDialog *self,
         EvdEvent           *event)
{
  const char *zone = evd_event_get_timezone (event);
  GDateTime *event_start = evd_event_get_start_time (event);
  g_autofree char *copy_name = NULL;
  g_autofree char *heading = NULL;

  /* Translators: the event's name */
  heading = g_strdup_printf (_("Duplicate “%s”?"), evd_event_get_name (event));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);

  /* Translators: the default name of a copy of an event */
  copy_name = g_strdup_printf (_("Copy of %s"), evd_event_get_name (event));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), copy_name);

  if (event_start != NULL)
    evd_date_time_entry_set_time (self->start_entry, event_start, zone);
  evd_timezone_row_select (self->zone_drop_down, zone);
}

/* What the question is about, until the answer comes */
typedef struct
{
  EvdClient *client;
  EvdEvent  *event;
} DuplicateData;

static void
duplicate_data_free (DuplicateData *data)
{
  g_clear_object (&data->client);
  g_clear_object (&data->event);
  g_free (data);
}

/* The copy's name, start and zone are read as the organizer answers,
 * while the dialog still shows them. */
static void
response_cb (EvdDuplicateDialog *self,
             const char         *response)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);
  DuplicateData *data;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) start = NULL;
  const char *zone;

  /* Only the first answer counts. */
  if (task == NULL)
    return;
  data = g_task_get_task_data (task);

  if (g_strcmp0 (response, "duplicate") != 0 || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not duplicated"));
      return;
    }

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  zone = selected_zone (self->zone_drop_down);
  start = evd_date_time_entry_dup_time (self->start_entry, zone);
  if (start == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s",
                               _("Choose the time zone of the copy."));
      return;
    }

  evd_client_duplicate_event_async (data->client, evd_event_get_event_id (data->event), name, start, zone,
                                    g_task_get_cancellable (task), duplicated_cb, g_object_ref (task));
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
  DuplicateData *data;
  GtkWidget *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (EVD_IS_EVENT (event));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_duplicate_event_async);
  data = g_new0 (DuplicateData, 1);
  data->client = g_object_ref (client);
  data->event = g_object_ref (event);
  g_task_set_task_data (task, data, (GDestroyNotify) duplicate_data_free);

  dialog = g_object_new (EVD_TYPE_DUPLICATE_DIALOG,
                         "transient-for", evd_window_of (parent),
                         NULL);
  fill_in (EVD_DUPLICATE_DIALOG (dialog), event);
  EVD_DUPLICATE_DIALOG (dialog)->task = g_steal_pointer (&task);
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

static void
evd_duplicate_dialog_dispose (GObject *object)
{
  EvdDuplicateDialog *self = EVD_DUPLICATE_DIALOG (object);

  /* Closed without an answer */
  if (self->task != NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Not duplicated"));
    }

  gtk_widget_dispose_template (GTK_WIDGET (object), EVD_TYPE_DUPLICATE_DIALOG);

  G_OBJECT_CLASS (evd_duplicate_dialog_parent_class)->dispose (object);
}

static void
evd_duplicate_dialog_class_init (EvdDuplicateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_duplicate_dialog_dispose;

  g_type_ensure (EVD_TYPE_DATE_TIME_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/events/evd-duplicate-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EvdDuplicateDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EvdDuplicateDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, EvdDuplicateDialog, zone_drop_down);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
}

static void
evd_duplicate_dialog_init (EvdDuplicateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Zoom's zones with its labels, and the date entry builds its own buttons. */
  evd_timezone_row_setup_drop_down (self->zone_drop_down);
  evd_date_time_entry_set_accessible_name (self->start_entry, _("Starts"));
}
