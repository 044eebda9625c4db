/* evd-import-report-view.c: what an import did, row by row where it matters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-report-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "evd-attendee-problem.h"
#include "evd-csv-writer.h"
#include "evd-import-report-view.h"
#include "evd-ticket.h"
#include "evd-page-util.h"
#include "evd-ui-util.h"

/* Expanding a group lists at most this many rows, then "and N more". */
#define ROWS_SHOWN 50

struct _EvdImportReportView
{
  GtkWidget        parent_instance;

  GtkWidget       *scrolled_window;
  GtkLabel        *summary_label;
  GtkLabel        *detail_label;
  GtkWidget       *groups;
  GtkWidget       *save_button;
  GtkWidget       *extras_button;
  GtkLabel        *extras_label;
  GPtrArray       *group_rows;     /* the expander rows in groups */

  EvdImportResult *result;
  EvdCheckReport  *report;
  char            *suggested_name;
  guint            hold_id;
  gboolean         can_save;
};

/* Long enough for a click that was on its way to land harmlessly, short
 * enough not to be noticed by someone reading the report first. */
#define HOLD_MS 1000

G_DEFINE_FINAL_TYPE (EvdImportReportView, evd_import_report_view, GTK_TYPE_WIDGET)

enum {
  REMOVE_EXTRA_TICKETS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
evd_import_report_view_new (void)
{
  return g_object_new (EVD_TYPE_IMPORT_REPORT_VIEW, NULL);
}

/**
 * evd_import_report_view_get_result:
 *
 * Returns: (transfer none) (nullable): the result shown
 */
EvdImportResult *
evd_import_report_view_get_result (EvdImportReportView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), NULL);

  return self->result;
}

/**
 * evd_import_report_view_get_report:
 *
 * Returns: (transfer none) (nullable): the file's check
 */
EvdCheckReport *
evd_import_report_view_get_report (EvdImportReportView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), NULL);

  return self->report;
}

void
evd_import_report_view_set_suggested_name (EvdImportReportView *self,
                                           const char          *name)
{
  g_return_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self));

  g_free (self->suggested_name);
  self->suggested_name = g_strdup (name);
}

const char *
evd_import_report_view_get_summary_text (EvdImportReportView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

static guint
count_file_problems (EvdImportReportView *self)
{
  /* Repeats are not problems: the earlier row with the address registers
   * the person, so they need nobody's attention. */
  if (self->report == NULL)
    return 0;
  return evd_check_report_get_n_invalid (self->report);
}

guint
evd_import_report_view_get_n_problem_rows (EvdImportReportView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), 0);

  return count_file_problems (self) +
         (self->report != NULL ? evd_check_report_get_n_already_registered (self->report) : 0) +
         (self->result != NULL ? evd_import_result_get_n_failed (self->result) : 0);
}

/* The problem file ------------------------------------------------------- */

/* The file check's rows, then the rows Zoom refused with the file's own
 * cells, so that one file can be fixed and imported again. */
static GBytes *
build_combined_csv (EvdImportResult *result,
                    EvdCheckReport  *report)
{
  EvdCsvTable *table = evd_check_report_get_table (report);
  g_autoptr(GBytes) problems = evd_check_report_build_problem_csv (report);
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GBytes) failed = NULL;
  GListModel *rows = evd_import_result_get_rows (result);
  guint n_columns = evd_csv_table_get_n_columns (table);
  GByteArray *out;
  const guint8 *data;
  gsize size;

  for (guint i = 0; i < evd_csv_table_get_n_rows (table); i++)
    g_hash_table_insert (index_of, GUINT_TO_POINTER (evd_csv_table_get_row_number (table, i)), GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      guint number = evd_import_row_get_row_number (row);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, GUINT_TO_POINTER (number)));

      if (evd_import_row_get_state (row) != EVD_IMPORT_ROW_FAILED)
        continue;

      g_ptr_array_add (cells, g_strdup_printf ("%u", number));
      g_ptr_array_add (cells, g_strdup (evd_import_row_get_reason (row)));
      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_add (cells, g_strdup (index > 0 ? evd_csv_table_get_cell (table, index - 1, c)
                                                    : (c == 0 ? evd_import_row_get_email (row) : "")));
      evd_csv_writer_add_row (writer, (const char * const *) cells->pdata, cells->len);
    }

  out = g_byte_array_new ();
  data = g_bytes_get_data (problems, &size);
  g_byte_array_append (out, data, size);
  if (evd_csv_writer_get_n_rows (writer) > 0)
    {
      failed = evd_csv_writer_get_bytes (writer);
      data = g_bytes_get_data (failed, &size);
      /* One BOM, at the start of the file only. */
      if (size >= 3 && memcmp (data, "\357\273\277", 3) == 0)
        {
          data += 3;
          size -= 3;
        }
      g_byte_array_append (out, data, size);
    }
  return g_byte_array_free_to_bytes (out);
}

static GBytes *
build_problem_csv (EvdImportResult *result,
                   EvdCheckReport  *report)
{
  if (report == NULL)
    return evd_import_result_build_failed_csv (result);
  return build_combined_csv (result, report);
}

/**
 * evd_import_report_view_build_problem_csv:
 *
 * Returns: (transfer full) (nullable): the rows not registered, as a CSV
 *   file; %NULL before a result is set
 */
GBytes *
evd_import_report_view_build_problem_csv (EvdImportReportView *self)
{
  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), NULL);

  if (self->result == NULL)
    return NULL;
  return build_problem_csv (self->result, self->report);
}

typedef struct
{
  EvdImportResult *result;
  EvdCheckReport  *report;
  GFile           *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->result);
  g_clear_object (&data->report);
  g_clear_object (&data->file);
  g_free (data);
}

/* A big file's rows are gathered away from the main loop; the import is
 * over, so nothing changes them meanwhile. */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GBytes) bytes = build_problem_csv (data->result, data->report);
  GError *error = NULL;

  if (!g_file_replace_contents (data->file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE, NULL, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * evd_import_report_view_save_async:
 * @file: where to write; replaced if it exists
 *
 * Writes evd_import_report_view_build_problem_csv() to @file, in a worker
 * thread.
 */
void
evd_import_report_view_save_async (EvdImportReportView *self,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_import_report_view_save_async);
  if (self->result == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is nothing to save yet."));
      return;
    }
  data = g_new0 (SaveData, 1);
  data->result = g_object_ref (self->result);
  data->report = self->report != NULL ? g_object_ref (self->report) : NULL;
  data->file = g_object_ref (file);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
evd_import_report_view_save_finish (EvdImportReportView  *self,
                                    GAsyncResult         *result,
                                    GError              **error)
{
  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  EvdImportReportView *self = EVD_IMPORT_REPORT_VIEW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!evd_import_report_view_save_finish (self, result, &error))
    message = g_strdup_printf (_("The file could not be saved: %s"), error->message);
  evd_show_toast (GTK_WIDGET (self), message != NULL ? message : _("Problem rows saved"));
}

static void
save_file_chosen_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GFile) file = evd_choose_file_finish (result, NULL);

  if (file != NULL)
    evd_import_report_view_save_async (EVD_IMPORT_REPORT_VIEW (object), file, NULL, saved_cb, NULL);
}

/**
 * evd_import_report_view_dup_problem_file_name:
 *
 * Returns: the name offered for the problem rows: the imported file's name
 *   without its extension, as in “attendees – problem rows.csv”
 */
char *
evd_import_report_view_dup_problem_file_name (EvdImportReportView *self)
{
  g_autofree char *base = NULL;
  char *name;
  char *dot;

  g_return_val_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self), NULL);

  base = g_strdup (self->suggested_name != NULL && *self->suggested_name != '\0' ? self->suggested_name
                                                                                  : _("Attendees"));
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  /* Translators: the suggested file name; %s is the imported file's name without its extension */
  name = g_strdup_printf (_("%s – problem rows.csv"), base);
  g_strdelimit (name, "/\\", '-');
  return name;
}

static void
save_clicked_cb (EvdImportReportView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Problem Rows"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  name = evd_import_report_view_dup_problem_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  evd_choose_file_async (chooser, GTK_WIDGET (self), save_file_chosen_cb, NULL);
}

/* The groups ------------------------------------------------------------- */

static GtkWidget *
add_group (EvdImportReportView *self,
           const char          *icon_name,
           const char          *title,
           guint                count,
           const char          *explanation)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *number = evd_format_count (count);
  g_autofree char *heading = g_strdup_printf ("%s: %s", title, number);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), explanation);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), icon);
  gtk_widget_set_sensitive (expander, count > 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups), expander);
  g_ptr_array_add (self->group_rows, expander);
  return expander;
}

static void
add_row (GtkWidget  *expander,
         guint       number,
         const char *email,
         const char *reason)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;

  /* Translators: "Row 12 · ana@example.com" */
  title = g_strdup_printf (_("Row %u · %s"), number, email != NULL && *email != '\0' ? email : _("(no email)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (reason != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
add_more_row (GtkWidget *expander,
              guint      more)
{
  GtkWidget *row;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;

  if (more == 0)
    return;
  number = evd_format_count (more);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %s more: save the problem rows to see all",
                                        "And %s more: save the problem rows to see all", more), number);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "dim-label");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
fill_result_group (EvdImportReportView *self,
                   GtkWidget           *expander,
                   EvdImportRowState    state)
{
  GListModel *rows = evd_import_result_get_rows (self->result);
  guint shown = 0, total = evd_import_result_count (self->result, state);

  for (guint i = 0; i < g_list_model_get_n_items (rows) && shown < ROWS_SHOWN; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, i);

      if (evd_import_row_get_state (row) != state)
        continue;
      add_row (expander, evd_import_row_get_row_number (row), evd_import_row_get_email (row),
               state == EVD_IMPORT_ROW_FAILED ? evd_import_row_get_reason (row) : NULL);
      shown++;
    }
  add_more_row (expander, total > shown ? total - shown : 0);
}

static char *
describe_file_problems (EvdCheckReport *report,
                        guint           row)
{
  EvdProblemKind problems = evd_check_report_get_problems (report, row);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = evd_problem_kind_from_index (i);

      if ((problems & kind) == 0 || evd_problem_kind_get_severity (kind) == EVD_PROBLEM_SEVERITY_WARNING)
        continue;
      if (text->len > 0)
        g_string_append (text, " ");
      g_string_append (text, evd_problem_kind_get_message (kind));
    }
  return g_string_free (text, FALSE);
}

static void
fill_report_group (EvdImportReportView *self,
                   GtkWidget           *expander,
                   EvdAttendeeStatus    wanted_status)
{
  guint n_rows = evd_check_report_get_n_rows (self->report);
  guint shown = 0, total = 0;

  for (guint row = 0; row < n_rows; row++)
    {
      EvdAttendeeStatus status = evd_check_report_get_status (self->report, row);
      if (status != wanted_status)
        continue;
      total++;
      if (shown < ROWS_SHOWN)
        {
          g_autoptr(EvdAttendee) attendee = evd_check_report_create_attendee (self->report, row);
          g_autofree char *reason = NULL;

          if (wanted_status == EVD_ATTENDEE_INVALID)
            reason = describe_file_problems (self->report, row);
          else if (wanted_status == EVD_ATTENDEE_DUPLICATE)
            /* Translators: %u is the row (or line) number of the first one with the address */
            reason = g_strdup_printf (_("Same email address as row %u, which registers the person"),
                                      evd_check_report_get_duplicate_of (self->report, row));

          add_row (expander, evd_csv_table_get_row_number (evd_check_report_get_table (self->report), row),
                   evd_attendee_get_email (attendee), reason);
          shown++;
        }
    }
  add_more_row (expander, total - shown);
}

/* The check after the import: people with more than one ticket for the
 * event, whoever made them, and the ticket each would lose. */
static void
fill_extras_group (EvdImportReportView *self,
                   GPtrArray           *extras)
{
  GtkWidget *expander;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (self->extras_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->extras_label), FALSE);
  if (extras == NULL || extras->len == 0)
    return;

  expander = add_group (self, "dialog-warning-symbolic", _("More Than One Ticket"), extras->len,
                        _("These people have more than one ticket for this event, from this import or from "
                          "elsewhere. Each can keep one."));
  for (guint i = 0; i < extras->len && i < ROWS_SHOWN; i++)
    {
      EvdTicket *ticket = g_ptr_array_index (extras, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf (_("Extra ticket %s"), evd_ticket_get_ticket_id (ticket));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), evd_ticket_get_email (ticket));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  /* Only where the window around can remove them (it has the account). */
  if (!g_signal_has_handler_pending (self, signals[REMOVE_EXTRA_TICKETS], 0, TRUE))
    return;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Remove %u Extra Ticket", "_Remove %u Extra Tickets",
                                        extras->len), extras->len);
  gtk_button_set_label (GTK_BUTTON (self->extras_button), label);
  gtk_widget_set_sensitive (self->extras_button, TRUE);
  gtk_widget_set_visible (self->extras_button, TRUE);
}

static void
extras_clicked_cb (EvdImportReportView *self)
{
  gtk_widget_set_sensitive (self->extras_button, FALSE);
  g_signal_emit (self, signals[REMOVE_EXTRA_TICKETS], 0);
}

/**
 * evd_import_report_view_show_extras_removed:
 * @n_removed: how many extra tickets were deleted
 * @error: (nullable): why not all could be
 *
 * The answer to #EvdImportReportView::remove-extra-tickets.
 */
void
evd_import_report_view_show_extras_removed (EvdImportReportView *self,
                                            guint                n_removed,
                                            const GError        *error)
{
  g_autofree char *text = NULL;

  g_return_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self));

  if (error != NULL)
    {
      text = g_strdup_printf (_("The extra tickets could not all be removed: %s"), error->message);
      gtk_widget_set_sensitive (self->extras_button, TRUE);
    }
  else
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u extra ticket removed: each person has one ticket.",
                                           "%u extra tickets removed: each person has one ticket.", n_removed),
                              n_removed);
      gtk_widget_set_visible (self->extras_button, FALSE);
    }
  gtk_label_set_text (self->extras_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->extras_label), TRUE);
}

static void
clear_groups (EvdImportReportView *self)
{
  for (guint i = 0; i < self->group_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->groups), g_ptr_array_index (self->group_rows, i));
  g_ptr_array_set_size (self->group_rows, 0);
}

static void
update_summary (EvdImportReportView *self,
                guint                n_attention)
{
  guint created = evd_import_result_get_n_created (self->result);
  guint not_done = evd_import_result_get_n_not_done (self->result);
  g_autofree char *created_text = evd_format_count (created);
  g_autofree char *attention_text = evd_format_count (n_attention);
  g_autofree char *not_done_text = evd_format_count (not_done);
  g_autofree char *summary = NULL;
  GString *detail = g_string_new (NULL);

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s attendee registered", "%s attendees registered",
                                          created), created_text);
  gtk_label_set_text (self->summary_label, summary);

  if (not_done > 0)
    g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                                 "The import was stopped before %s attendee was sent. "
                                                 "Import the same file again to finish: nobody gets a second ticket. ",
                                                 "The import was stopped before %s attendees were sent. "
                                                 "Import the same file again to finish: nobody gets a second ticket. ",
                                                 not_done), not_done_text);
  if (n_attention > 0)
    g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                                 "%s row needs attention: save the problem rows, fix them in your "
                                                 "spreadsheet and import that file.",
                                                 "%s rows need attention: save the problem rows, fix them in your "
                                                 "spreadsheet and import that file.", n_attention), attention_text);
  else if (not_done == 0)
    g_string_append (detail, _("Every attendee in the list has a ticket."));
  gtk_label_set_text (self->detail_label, detail->str);
  g_string_free (detail, TRUE);
}

static void
hold_over_cb (gpointer user_data)
{
  EvdImportReportView *self = user_data;

  self->hold_id = 0;
  gtk_widget_set_sensitive (self->save_button, self->can_save);
}

/**
 * evd_import_report_view_set_result:
 * @result: what the import did
 * @report: (nullable): the check of the file the import came from
 */
void
evd_import_report_view_set_result (EvdImportReportView *self,
                                   EvdImportResult     *result,
                                   EvdCheckReport      *report)
{
  GtkWidget *group;
  guint n_failed, n_already, n_invalid;

  g_return_if_fail (EVD_IS_IMPORT_REPORT_VIEW (self));
  g_return_if_fail (EVD_IS_IMPORT_RESULT (result));
  g_return_if_fail (report == NULL || EVD_IS_CHECK_REPORT (report));

  g_set_object (&self->result, result);
  g_set_object (&self->report, report);
  clear_groups (self);

  n_failed = evd_import_result_get_n_failed (result);
  n_invalid = count_file_problems (self);
  n_already = evd_import_result_get_n_already_registered (result) +
              (report != NULL ? evd_check_report_get_n_already_registered (report) : 0);

  group = add_group (self, "emblem-ok-symbolic", _("Registered"), evd_import_result_get_n_created (result),
                     _("Each has a ticket now."));
  fill_result_group (self, group, EVD_IMPORT_ROW_CREATED);

  group = add_group (self, "avatar-default-symbolic", _("Already Registered"), n_already,
                     _("They had a ticket already, so they were skipped."));
  fill_result_group (self, group, EVD_IMPORT_ROW_ALREADY_REGISTERED);
  if (report != NULL)
    fill_report_group (self, group, EVD_ATTENDEE_ALREADY_REGISTERED);

  if (report != NULL && evd_check_report_get_n_duplicates (report) > 0)
    {
      group = add_group (self, "edit-copy-symbolic", _("Repeated"), evd_check_report_get_n_duplicates (report),
                         _("The same address as an earlier row, which registers the person: nothing to do."));
      fill_report_group (self, group, EVD_ATTENDEE_DUPLICATE);
    }

  if (report != NULL)
    {
      group = add_group (self, "dialog-warning-symbolic", _("Not Sent"), n_invalid,
                         _("Each has a problem, said under it: fix these rows and send them again."));
      fill_report_group (self, group, EVD_ATTENDEE_INVALID);
    }

  group = add_group (self, "dialog-error-symbolic", _("Failed"), n_failed,
                     _("Zoom did not register them; the reason is under each row."));
  fill_result_group (self, group, EVD_IMPORT_ROW_FAILED);

  fill_extras_group (self, evd_import_result_get_extra_tickets (result));

  update_summary (self, n_invalid + n_failed);

  /* The report takes the place of the running import, and Save sits where
   * Cancel Import was: a click meant for Cancel, a moment late, must not
   * open the save dialog. Save takes clicks after a short pause. */
  self->can_save = n_invalid + n_failed > 0;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  g_clear_handle_id (&self->hold_id, g_source_remove);
  if (self->can_save)
    self->hold_id = g_timeout_add_once (HOLD_MS, hold_over_cb, self);
}

/* Construction ------------------------------------------------------------ */

static void
evd_import_report_view_dispose (GObject *object)
{
  EvdImportReportView *self = EVD_IMPORT_REPORT_VIEW (object);

  g_clear_handle_id (&self->hold_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EVD_TYPE_IMPORT_REPORT_VIEW);
  g_clear_object (&self->result);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (evd_import_report_view_parent_class)->dispose (object);
}

static void
evd_import_report_view_finalize (GObject *object)
{
  EvdImportReportView *self = EVD_IMPORT_REPORT_VIEW (object);

  g_free (self->suggested_name);
  g_ptr_array_unref (self->group_rows);

  G_OBJECT_CLASS (evd_import_report_view_parent_class)->finalize (object);
}

static void
evd_import_report_view_class_init (EvdImportReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = evd_import_report_view_dispose;
  object_class->finalize = evd_import_report_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/import/evd-import-report-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * EvdImportReportView::remove-extra-tickets:
   *
   * The person asked to remove the extra tickets the check after the import
   * found; answer with evd_import_report_view_show_extras_removed(). The
   * button is only offered when this signal has a handler.
   */
  signals[REMOVE_EXTRA_TICKETS] = g_signal_new ("remove-extra-tickets", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, detail_label);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, groups);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, save_button);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, extras_label);
  gtk_widget_class_bind_template_child (widget_class, EvdImportReportView, extras_button);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, extras_clicked_cb);
}

static void
evd_import_report_view_init (EvdImportReportView *self)
{
  self->group_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
