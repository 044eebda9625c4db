/* evd-registrations-page-export.c: the registrations page saving every
 * registration of its event as a CSV file, with its progress in the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-registrations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-page-util.h"
#include "evd-registrations-page-private.h"
#include "evd-ticket-export.h"
#include "evd-ui-util.h"

static void
export_progress_cb (guint    fetched,
                    gint64   total,
                    gpointer user_data)
{
  EvdRegistrationsPage *self = user_data;
  g_autofree char *done = evd_format_count (fetched);
  g_autofree char *all = evd_format_count (total);
  g_autofree char *text = NULL;

  /* Translators: progress of an export: "Fetching 600 of 1,234 registrations…" */
  text = g_strdup_printf (_("Fetching %s of %s registrations…"), done, all);
  gtk_progress_bar_set_text (self->export_progress, text);
  gtk_progress_bar_set_fraction (self->export_progress, total > 0 ? (double) fetched / total : 1.0);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EvdRegistrationsPage *self = g_task_get_source_object (task);
  GError *error = NULL;
  guint written = evd_ticket_export_finish (result, &error);

  gtk_revealer_set_reveal_child (self->export_revealer, FALSE);
  gtk_widget_set_sensitive (self->export_button, TRUE);
  g_clear_object (&self->export_cancellable);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, written);
}

/**
 * evd_registrations_page_export_async:
 * @file: where to write; replaced if it exists
 *
 * Fetches every registration of the event, showing the progress in the
 * page, and writes them to @file as CSV for spreadsheets.
 */
void
evd_registrations_page_export_async (EvdRegistrationsPage *self,
                                     GFile                *file,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (EVD_IS_REGISTRATIONS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->client != NULL && self->event != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_registrations_page_export_async);

  g_clear_object (&self->export_cancellable);
  self->export_cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  gtk_widget_set_sensitive (self->export_button, FALSE);
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  gtk_progress_bar_set_text (self->export_progress, _("Fetching registrations…"));
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);

  evd_ticket_export_async (self->client, evd_event_get_event_id (self->event), self->type_names, file,
                           self->export_cancellable, export_progress_cb, self,
                           export_done_cb, g_steal_pointer (&task));
}

guint
evd_registrations_page_export_finish (EvdRegistrationsPage  *self,
                                      GAsyncResult          *result,
                                      GError               **error)
{
  gssize written;

  g_return_val_if_fail (EVD_IS_REGISTRATIONS_PAGE (self), 0);
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  written = g_task_propagate_int (G_TASK (result), error);
  return written > 0 ? (guint) written : 0;
}

static void
export_from_chooser_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  EvdRegistrationsPage *self = EVD_REGISTRATIONS_PAGE (object);
  g_autoptr(GError) error = NULL;
  guint written = evd_registrations_page_export_finish (self, result, &error);
  g_autofree char *number = NULL;
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      evd_show_toast (GTK_WIDGET (self), _("Export cancelled"));
      return;
    }
  if (error != NULL)
    {
      evd_show_error_dialog (GTK_WIDGET (self), _("Could Not Export the Registrations"), error);
      return;
    }

  number = evd_format_count (written);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s registration", "Exported %s registrations",
                                          written), number);
  evd_show_toast (GTK_WIDGET (self), message);
}

static void
export_file_chosen_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GFile) file = evd_choose_file_finish (result, NULL);

  if (file != NULL)
    evd_registrations_page_export_async (EVD_REGISTRATIONS_PAGE (object), file, NULL, export_from_chooser_cb, NULL);
}

void
evd_registrations_page_export_clicked_cb (EvdRegistrationsPage *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->event == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Registrations"),
                                         evd_window_of (GTK_WIDGET (self)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the suggested file name; %s is the event's name */
  name = g_strdup_printf (_("%s registrations.csv"), evd_event_get_name (self->event));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  evd_choose_file_async (chooser, GTK_WIDGET (self), export_file_chosen_cb, NULL);
}

void
evd_registrations_page_cancel_export_cb (EvdRegistrationsPage *self)
{
  g_cancellable_cancel (self->export_cancellable);
}
