/* evd-import-assistant.c: an attendee spreadsheet to Zoom, step by step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "evd-api-error.h"
#include "evd-csv-error.h"
#include "evd-import-assistant-private.h"
#include "evd-page-util.h"
#include "evd-ui-util.h"

G_DEFINE_FINAL_TYPE (EvdImportAssistant, evd_import_assistant, ADW_TYPE_WINDOW)

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void run_import   (EvdImportAssistant *self);

static EvdImportAssistant *
create (GtkWindow *parent,
        EvdClient *client)
{
  EvdImportAssistant *self = g_object_new (EVD_TYPE_IMPORT_ASSISTANT,
                                           "transient-for", parent,
                                           NULL);

  self->client = client != NULL ? g_object_ref (client) : NULL;
  return self;
}

/**
 * evd_import_assistant_new:
 * @parent: (nullable): the window it is modal to
 * @event: where the attendees go
 */
EvdImportAssistant *
evd_import_assistant_new (GtkWindow *parent,
                          EvdClient *client,
                          EvdEvent  *event)
{
  EvdImportAssistant *self;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_EVENT (event), NULL);

  self = create (parent, client);
  self->event = g_object_ref (event);
  self->event_id = g_strdup (evd_event_get_event_id (event));
  adw_window_title_set_subtitle (self->window_title, evd_event_get_name (event));
  return self;
}

/**
 * evd_import_assistant_new_for_journal:
 * @journal: an unfinished import
 *
 * Opens at the sending step and finishes @journal's import: attendees it
 * registered already are not sent again.
 */
EvdImportAssistant *
evd_import_assistant_new_for_journal (GtkWindow        *parent,
                                      EvdClient        *client,
                                      EvdImportJournal *journal)
{
  EvdImportAssistant *self;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (journal), NULL);

  self = create (parent, client);
  self->journal = g_object_ref (journal);
  self->event_id = g_strdup (evd_import_journal_get_event_id (journal));
  adw_window_title_set_title (self->window_title, _("Resume Import"));
  adw_window_title_set_subtitle (self->window_title, evd_import_journal_get_event_name (journal));
  self->importer = evd_ticket_importer_new_from_journal (client, journal);
  run_import (self);
  return self;
}

/**
 * evd_import_assistant_set_journal_directory:
 * @directory: (nullable): where unfinished imports are kept; %NULL for the
 *   usual place
 */
void
evd_import_assistant_set_journal_directory (EvdImportAssistant *self,
                                            const char         *directory)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  g_free (self->journal_directory);
  self->journal_directory = g_strdup (directory);
}

/* Steps and buttons ------------------------------------------------------- */

const char *
evd_import_assistant_get_step (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static gboolean
step_is (EvdImportAssistant *self,
         const char         *name)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), name) == 0;
}

gboolean
evd_import_assistant_is_busy (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), FALSE);

  return self->reading || self->checking || self->options_loading || self->sending;
}

gboolean
evd_import_assistant_can_go_next (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), FALSE);

  if (self->reading)
    return FALSE;
  if (step_is (self, "file"))
    return self->table != NULL;
  if (step_is (self, "found"))
    return self->mapping != NULL && evd_column_mapping_check (self->mapping, NULL);
  if (step_is (self, "checks"))
    return self->report != NULL && !self->checking && evd_check_report_get_n_valid (self->report) > 0;
  return step_is (self, "report");
}

gboolean
evd_import_assistant_can_import (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), FALSE);

  return step_is (self, "options") && self->event_ready && !self->options_loading && self->report != NULL &&
         evd_check_report_get_n_valid (self->report) > 0;
}

void
evd_import_assistant_update_buttons (EvdImportAssistant *self)
{
  gboolean sending = step_is (self, "sending");
  gboolean report = step_is (self, "report");

  gtk_widget_set_visible (self->back_button, !step_is (self, "file") && !sending && !report);
  gtk_widget_set_visible (self->cancel_button, !sending && !report);
  gtk_widget_set_visible (self->next_button, !step_is (self, "options") && !sending);
  gtk_button_set_label (GTK_BUTTON (self->next_button), report ? _("_Done") : _("_Next"));
  gtk_widget_set_sensitive (self->next_button, evd_import_assistant_can_go_next (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), evd_import_assistant_can_import (self));
}

static void
set_step (EvdImportAssistant *self,
          const char         *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  evd_import_assistant_update_buttons (self);
}

/* Reading the file -------------------------------------------------------- */

static void
show_file_status (EvdImportAssistant *self,
                  const char         *title,
                  const char         *description,
                  gboolean            busy)
{
  g_autofree char *escaped = g_markup_escape_text (description, -1);

  adw_status_page_set_title (self->file_status, title);
  adw_status_page_set_description (self->file_status, escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->file_spinner), busy);
  gtk_spinner_set_spinning (self->file_spinner, busy);
  gtk_widget_set_visible (self->choose_button, !busy);
}

static void
read_failed (EvdImportAssistant *self,
             const char         *title,
             const GError       *error)
{
  /* Changing the encoding or separator keeps what worked before. */
  if (step_is (self, "found") && self->table != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Not read that way: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      self->csv_options.encoding = evd_csv_table_get_encoding (self->table);
      self->csv_options.delimiter = evd_csv_table_get_delimiter (self->table);
      self->updating_rows = TRUE;
      evd_import_assistant_set_encoding (self, self->csv_options.encoding);
      evd_import_assistant_set_delimiter (self, self->csv_options.delimiter);
      self->updating_rows = FALSE;
      return;
    }

  g_clear_object (&self->table);
  show_file_status (self, title, error->message, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->choose_button), _("_Choose Another File…"));
  set_step (self, "file");
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autoptr(EvdCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = evd_csv_reader_read_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->reading = FALSE;
  if (error != NULL)
    {
      read_failed (self, _("The File Could Not Be Read"), error);
      return;
    }
  if (evd_csv_table_get_n_rows (table) == 0)
    {
      g_set_error_literal (&error, EVD_CSV_ERROR, EVD_CSV_ERROR_EMPTY,
                           _("The file has column names but no attendees. Add one attendee per row under the "
                             "column names, or choose another file."));
      read_failed (self, _("No Attendees in the File"), error);
      return;
    }

  g_set_object (&self->table, table);
  g_clear_object (&self->report);
  evd_import_assistant_show_found (self);
  set_step (self, "found");
}

static void
read_file (EvdImportAssistant *self)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *description = g_strdup_printf (_("Reading “%s”…"), name);

  self->reading = TRUE;
  if (step_is (self, "file"))
    show_file_status (self, _("Reading the File"), description, TRUE);
  evd_import_assistant_update_buttons (self);
  evd_csv_reader_read_async (self->file, &self->csv_options, self->cancellable, read_cb, g_object_ref (self));
}

void
evd_import_assistant_reread (EvdImportAssistant *self)
{
  if (self->file != NULL && !self->reading)
    read_file (self);
}

/**
 * evd_import_assistant_open_file:
 * @file: a spreadsheet saved as CSV
 *
 * Reads @file in a worker thread, detecting its encoding and separator.
 */
void
evd_import_assistant_open_file (EvdImportAssistant *self,
                                GFile              *file)
{
  EvdCsvOptions detect = EVD_CSV_OPTIONS_INIT;
  g_autofree char *name = NULL;

  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  self->csv_options = detect;
  set_step (self, "file");
  read_file (self);
  name = g_file_get_basename (file);
  evd_import_report_view_set_suggested_name (self->report_view, name);
}

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         EvdImportAssistant *self)
{
  GFile *file;

  /* Once sending, the file is what was sent. */
  if (self->sending || step_is (self, "sending") || step_is (self, "report"))
    return FALSE;

  file = evd_drop_value_get_file (value);

  if (file == NULL)
    return FALSE;
  evd_import_assistant_open_file (self, file);
  return TRUE;
}

static void
file_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = evd_choose_file_finish (result, NULL);

  if (file != NULL)
    evd_import_assistant_open_file (EVD_IMPORT_ASSISTANT (object), file);
}

/**
 * evd_import_assistant_choose_file:
 *
 * Asks for a spreadsheet through the file chooser portal.
 */
void
evd_import_assistant_choose_file (EvdImportAssistant *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  chooser = gtk_file_chooser_native_new (_("Choose an Attendee Spreadsheet"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheets saved as CSV"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "text/tab-separated-values");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.tsv");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  evd_choose_file_async (chooser, GTK_WIDGET (self), file_chosen_cb, NULL);
}

/* Sending ----------------------------------------------------------------- */

/* The same file for the same event finishes the import that stopped
 * rather than starting one beside it. */
static EvdImportJournal *
open_journal (EvdImportAssistant  *self,
              GError             **error)
{
  g_autoptr(EvdImportOptions) options = evd_import_assistant_collect_options (self);
  g_autofree char *source = g_file_get_path (self->file);
  g_autoptr(GError) find_error = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  EvdImportJournal *journal;

  if (source == NULL)
    source = g_file_get_uri (self->file);
  journal = evd_import_journal_find_unfinished (self->journal_directory, self->event_id, source, &find_error);
  if (find_error != NULL)
    g_debug ("Unfinished imports not read: %s", find_error->message);
  if (journal != NULL)
    return journal;

  attendees = evd_check_report_dup_attendees (self->report, EVD_ATTENDEE_VALID);
  rows = evd_import_rows_from_attendees (attendees, self->event_id);
  return evd_import_journal_create (self->journal_directory, self->event_id,
                                    self->event != NULL ? evd_event_get_name (self->event) : NULL,
                                    source, options, rows, error);
}

/**
 * evd_import_assistant_start_import:
 *
 * What the Import button does: records the attendees in a journal and
 * sends them, so that a crash or a lost network can be finished later.
 */
void
evd_import_assistant_start_import (EvdImportAssistant *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdImportLock) lock = NULL;

  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  if (!evd_import_assistant_can_import (self))
    return;

  /* Before the journal is looked for: the journal of an import running now
   * (here or from the command line) is not one to resume. */
  lock = evd_import_lock_acquire (self->event_id, EVD_IMPORT_ORIGIN_APP, &error);
  if (lock == NULL)
    {
      evd_import_assistant_show_guard (self, _("Another Import Is Running"), error->message, NULL);
      return;
    }

  g_clear_object (&self->journal);
  self->journal = open_journal (self, &error);
  if (self->journal == NULL)
    {
      evd_import_assistant_show_guard (self, _("The Import Could Not Start"), error->message, NULL);
      return;
    }
  g_clear_object (&self->importer);
  self->importer = evd_ticket_importer_new_from_journal (self->client, self->journal);
  evd_ticket_importer_take_lock (self->importer, g_steal_pointer (&lock));
  run_import (self);
}

static void
notify_finished (EvdImportAssistant *self)
{
  GApplication *application = g_application_get_default ();
  guint created = evd_import_result_get_n_created (self->result);
  guint attention = evd_import_report_view_get_n_problem_rows (self->report_view) -
                    (self->report != NULL ? evd_check_report_get_n_already_registered (self->report) : 0);
  g_autofree char *created_text = evd_format_count (created);
  g_autofree char *attention_text = evd_format_count (attention);
  g_autofree char *body = NULL;
  g_autoptr(GNotification) notification = NULL;

  if (application == NULL || !g_application_get_is_registered (application) ||
      gtk_window_is_active (GTK_WINDOW (self)))
    return;

  /* Translators: "Import finished: 1,230 registered, 4 need attention" */
  body = attention > 0 ? g_strdup_printf (_("Import finished: %s registered, %s need attention"), created_text,
                                          attention_text)
                       : g_strdup_printf (_("Import finished: %s registered"), created_text);
  notification = g_notification_new (_("Attendees Imported"));
  g_notification_set_body (notification, body);
  g_application_send_notification (application, "import-finished", notification);
}

static void
show_stop_reason (EvdImportAssistant *self,
                  const GError       *error)
{
  const char *text;

  if (error == NULL)
    text = NULL;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = _("The import was cancelled. Attendees registered so far keep their tickets.");
  else if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED))
    text = _("Zoom accepts no registrations: the event is not published. Publish it, then import again to finish.");
  else
    text = error->message;
  gtk_label_set_text (self->stop_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->stop_label), text != NULL);
  /* A person's own Cancel is no error. */
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_widget_add_css_class (GTK_WIDGET (self->stop_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->stop_label), "error");
}

static void
run_cb (GObject      *object,
        GAsyncResult *async_result,
        gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) delete_error = NULL;

  result = evd_ticket_importer_run_finish (EVD_TICKET_IMPORTER (object), async_result, &error);
  if (result == NULL)
    result = g_object_ref (evd_ticket_importer_get_result (EVD_TICKET_IMPORTER (object)));
  self->sending = FALSE;
  g_set_object (&self->result, result);

  if (self->journal != NULL && evd_import_journal_is_finished (self->journal) &&
      !evd_import_journal_delete (self->journal, &delete_error))
    g_debug ("Finished import not forgotten: %s", delete_error->message);

  show_stop_reason (self, error);
  evd_import_report_view_set_result (self->report_view, result, self->report);
  set_step (self, "report");
  notify_finished (self);
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, result);

  if (self->close_when_stopped)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
run_import (EvdImportAssistant *self)
{
  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();
  self->sending = TRUE;
  evd_import_progress_view_set_importer (self->progress_view, self->importer);
  evd_import_progress_view_set_cancellable (self->progress_view, self->import_cancellable);
  set_step (self, "sending");
  evd_ticket_importer_run_async (self->importer, self->import_cancellable, run_cb, g_object_ref (self));
}

/* Navigation -------------------------------------------------------------- */

void
evd_import_assistant_go_next (EvdImportAssistant *self)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  if (!evd_import_assistant_can_go_next (self))
    return;

  if (step_is (self, "file"))
    set_step (self, "found");
  else if (step_is (self, "found"))
    {
      set_step (self, "checks");
      if (self->report == NULL)
        evd_import_assistant_start_checks (self);
    }
  else if (step_is (self, "checks"))
    {
      set_step (self, "options");
      evd_import_assistant_load_options (self);
    }
  else if (step_is (self, "report"))
    gtk_window_close (GTK_WINDOW (self));
}

void
evd_import_assistant_go_back (EvdImportAssistant *self)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  if (step_is (self, "found"))
    set_step (self, "file");
  else if (step_is (self, "checks"))
    set_step (self, "found");
  else if (step_is (self, "options"))
    set_step (self, "checks");
}

static void
next_clicked_cb (EvdImportAssistant *self)
{
  evd_import_assistant_go_next (self);
}

static void
back_clicked_cb (EvdImportAssistant *self)
{
  evd_import_assistant_go_back (self);
}

static void
cancel_clicked_cb (EvdImportAssistant *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
choose_clicked_cb (EvdImportAssistant *self)
{
  evd_import_assistant_choose_file (self);
}

static void
import_clicked_cb (EvdImportAssistant *self)
{
  evd_import_assistant_start_import (self);
}

static void
stop_response_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autofree char *response = evd_message_dialog_run_finish (result, NULL);
  if (g_strcmp0 (response, "stop") != 0 || !self->sending)
    return;
  self->close_when_stopped = TRUE;
  evd_import_progress_view_cancel (self->progress_view);
}

static gboolean
evd_import_assistant_close_request (GtkWindow *window)
{
  EvdImportAssistant *self = EVD_IMPORT_ASSISTANT (window);
  GtkWidget *dialog;

  if (!self->sending)
    return GTK_WINDOW_CLASS (evd_import_assistant_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Stop the Import?"),
                                   _("Attendees registered so far keep their tickets. The others can be sent later "
                                     "with Resume Import, without anyone getting a second ticket."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "continue", _("_Keep Importing"),
                                    "stop", _("_Stop Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  evd_message_dialog_run_async (ADW_MESSAGE_DIALOG (dialog), NULL, stop_response_cb, g_object_ref (self));
  return TRUE;
}

/* Accessors for tests ----------------------------------------------------- */

EvdCsvTable *
evd_import_assistant_get_table (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->table;
}

EvdColumnMapping *
evd_import_assistant_get_mapping (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->mapping;
}

EvdCheckReport *
evd_import_assistant_get_check_report (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->report;
}

EvdTicketImporter *
evd_import_assistant_get_importer (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->importer;
}

EvdImportResult *
evd_import_assistant_get_result (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->result;
}

EvdImportProgressView *
evd_import_assistant_get_progress_view (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->progress_view;
}

EvdImportReportView *
evd_import_assistant_get_report_view (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->report_view;
}

/**
 * evd_import_assistant_dup_message:
 *
 * Returns: (transfer full): the explanation the current step shows
 */
char *
evd_import_assistant_dup_message (EvdImportAssistant *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_ASSISTANT (self), NULL);

  if (step_is (self, "file"))
    return g_strdup_printf ("%s\n%s", adw_status_page_get_title (self->file_status),
                            adw_status_page_get_description (self->file_status));
  if (step_is (self, "found"))
    return g_strdup (gtk_label_get_text (self->mapping_error_label));
  if (step_is (self, "checks"))
    return g_strdup (gtk_label_get_text (self->checking_label));
  if (step_is (self, "options") && gtk_widget_get_visible (self->guard_box))
    return g_strdup_printf ("%s\n%s", gtk_label_get_text (self->guard_title), gtk_label_get_text (self->guard_label));
  if (step_is (self, "report"))
    return g_strdup (gtk_label_get_text (self->stop_label));
  return g_strdup ("");
}

/* GObject ----------------------------------------------------------------- */

static void
evd_import_assistant_dispose (GObject *object)
{
  EvdImportAssistant *self = EVD_IMPORT_ASSISTANT (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->import_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_IMPORT_ASSISTANT);
  g_clear_object (&self->importer);
  g_clear_object (&self->journal);
  g_clear_object (&self->result);
  g_clear_object (&self->report);
  g_clear_object (&self->mapping);
  g_clear_object (&self->table);

  G_OBJECT_CLASS (evd_import_assistant_parent_class)->dispose (object);
}

static void
evd_import_assistant_finalize (GObject *object)
{
  EvdImportAssistant *self = EVD_IMPORT_ASSISTANT (object);

  g_clear_pointer (&self->mapping_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);
  g_clear_pointer (&self->ticket_type_ids, g_ptr_array_unref);
  g_clear_pointer (&self->registered, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->event);
  g_clear_object (&self->client);
  g_free (self->event_id);
  g_free (self->journal_directory);

  G_OBJECT_CLASS (evd_import_assistant_parent_class)->finalize (object);
}

static void
evd_import_assistant_class_init (EvdImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = evd_import_assistant_dispose;
  object_class->finalize = evd_import_assistant_finalize;
  window_class->close_request = evd_import_assistant_close_request;

  /**
   * EvdImportAssistant::finished:
   * @result: what was done
   *
   * An import ended: finished, cancelled or stopped by an error.
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, EVD_TYPE_IMPORT_RESULT);

  g_type_ensure (EVD_TYPE_IMPORT_PROGRESS_VIEW);
  g_type_ensure (EVD_TYPE_IMPORT_REPORT_VIEW);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/import/evd-import-assistant.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, EvdImportAssistant, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (cancel_button);
  BIND (back_button);
  BIND (next_button);
  BIND (stack);
  BIND (file_status);
  BIND (file_spinner);
  BIND (choose_button);
  BIND (rows_row);
  BIND (rows_count);
  BIND (encoding_row);
  BIND (delimiter_row);
  BIND (mapping_group);
  BIND (mapping_error_label);
  BIND (preview_view);
  BIND (ignored_label);
  BIND (checks_box);
  BIND (checking_box);
  BIND (checks_spinner);
  BIND (checking_label);
  BIND (counts_group);
  BIND (valid_row);
  BIND (invalid_row);
  BIND (duplicates_row);
  BIND (registered_row);
  BIND (valid_count);
  BIND (invalid_count);
  BIND (duplicates_count);
  BIND (registered_count);
  BIND (errors_group);
  BIND (skipped_group);
  BIND (warnings_group);
  BIND (guard_box);
  BIND (guard_title);
  BIND (guard_label);
  BIND (guard_button);
  BIND (ticket_type_row);
  BIND (notify_switch);
  BIND (mode_row);
  BIND (import_button);
  BIND (progress_view);
  BIND (stop_label);
  BIND (report_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "guard_clicked_cb",
                                                G_CALLBACK (evd_import_assistant_guard_clicked_cb));
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "remove_extras_cb",
                                                G_CALLBACK (evd_import_assistant_remove_extras_cb));
}

static void
evd_import_assistant_init (EvdImportAssistant *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->ticket_type_ids = g_ptr_array_new_with_free_func (g_free);
  self->csv_options.encoding = EVD_CSV_ENCODING_AUTO;
  self->csv_options.delimiter = '\0';

  evd_import_assistant_setup_options (self);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), GTK_EVENT_CONTROLLER (target));

  evd_import_assistant_setup_steps (self);
  set_step (self, "file");
}
