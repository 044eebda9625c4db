/* evd-import-assistant-steps.c: what was found in the file, and the checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-import-assistant"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "evd-attendee-problem.h"
#include "evd-duplicate-tickets.h"
#include "evd-import-assistant-private.h"
#include "evd-page-util.h"
#include "evd-ticket.h"

/* The preview shows the first rows; a problem group the first rows with
 * that problem. Nothing iterates every row on the main thread. */
#define PREVIEW_ROWS       8
#define PROBLEM_ROWS_SHOWN 50
#define ROW_NUMBERS_LISTED 12

static const EvdCsvEncoding encodings[] = {
  EVD_CSV_ENCODING_UTF8,
  EVD_CSV_ENCODING_UTF8_BOM,
  EVD_CSV_ENCODING_UTF16LE,
  EVD_CSV_ENCODING_UTF16BE,
  EVD_CSV_ENCODING_WINDOWS_1252,
};

static const char delimiters[] = { ',', ';', '\t', '|' };

/* The file's settings ----------------------------------------------------- */

static void
encoding_selected_cb (EvdImportAssistant *self)
{
  guint selected = adw_combo_row_get_selected (self->encoding_row);

  if (self->updating_rows || selected >= G_N_ELEMENTS (encodings))
    return;
  self->csv_options.encoding = encodings[selected];
  evd_import_assistant_reread (self);
}

static void
delimiter_selected_cb (EvdImportAssistant *self)
{
  guint selected = adw_combo_row_get_selected (self->delimiter_row);

  if (self->updating_rows || selected >= G_N_ELEMENTS (delimiters))
    return;
  self->csv_options.delimiter = delimiters[selected];
  evd_import_assistant_reread (self);
}

void
evd_import_assistant_set_encoding (EvdImportAssistant *self,
                                   EvdCsvEncoding      encoding)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    if (encodings[i] == encoding)
      adw_combo_row_set_selected (self->encoding_row, i);
}

void
evd_import_assistant_set_delimiter (EvdImportAssistant *self,
                                    char                delimiter)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));

  for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
    if (delimiters[i] == delimiter)
      adw_combo_row_set_selected (self->delimiter_row, i);
}

/* The preview ------------------------------------------------------------- */

static void
preview_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (label, "preview-cell");
  gtk_list_item_set_child (item, label);
}

/* What a preview column's cells read */
typedef struct
{
  EvdImportAssistant *self;     /* owns the preview */
  guint               column;
} PreviewColumn;

static void
preview_column_free (gpointer  data,
                     GClosure *closure)
{
  g_free (data);
}

static void
preview_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 PreviewColumn            *preview)
{
  EvdImportAssistant *self = preview->self;
  GtkStringObject *string = gtk_list_item_get_item (item);
  guint column = preview->column;
  guint row = (guint) strtoul (gtk_string_object_get_string (string), NULL, 10);
  const char *cell = self->table != NULL ? evd_csv_table_get_cell (self->table, row, column) : NULL;
  g_autofree char *one_line = g_strdup (cell != NULL ? cell : "");

  /* A quoted line break shows as a space in the preview. */
  g_strdelimit (one_line, "\r\n\t", ' ');
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), one_line);
}

static char *
preview_title (EvdImportAssistant *self,
               guint               column)
{
  EvdImportField field = evd_column_mapping_get_target (self->mapping, column);
  const char *header = evd_column_mapping_get_header (self->mapping, column);

  if (field == EVD_IMPORT_FIELD_IGNORED)
    /* Translators: a preview column that is not imported; %s is the file's column name */
    return g_strdup_printf (_("%s (not imported)"), header);
  return g_strdup (evd_import_field_get_label (field));
}

static void
fill_preview (EvdImportAssistant *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  guint n_rows = MIN (evd_csv_table_get_n_rows (self->table), PREVIEW_ROWS);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview_view, column);
    }

  for (guint c = 0; c < evd_csv_table_get_n_columns (self->table); c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autofree char *title = preview_title (self, c);
      g_autoptr(GtkColumnViewColumn) column = NULL;

      PreviewColumn *preview = g_new0 (PreviewColumn, 1);

      preview->self = self;
      preview->column = c;
      g_signal_connect (factory, "setup", G_CALLBACK (preview_setup_cb), NULL);
      g_signal_connect_data (factory, "bind", G_CALLBACK (preview_bind_cb), preview, preview_column_free, 0);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->preview_view, column);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", r);
      gtk_string_list_append (rows, number);
    }
  gtk_column_view_set_model (self->preview_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)))));
}

static void
update_preview_titles (EvdImportAssistant *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);

  for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
      g_autofree char *title = preview_title (self, c);

      gtk_column_view_column_set_title (column, title);
    }
}

/* The mapping ------------------------------------------------------------- */

static const char *
first_sample (EvdCsvTable *table,
              guint        column)
{
  for (guint r = 0; r < MIN (evd_csv_table_get_n_rows (table), PREVIEW_ROWS); r++)
    {
      const char *cell = evd_csv_table_get_cell (table, r, column);

      if (cell != NULL && *cell != '\0')
        return cell;
    }
  return NULL;
}

void
evd_import_assistant_update_mapping_state (EvdImportAssistant *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree guint *ignored = NULL;
  guint n_ignored = 0;

  if (self->mapping == NULL)
    return;

  if (!evd_column_mapping_check (self->mapping, &error))
    gtk_label_set_text (self->mapping_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_error_label), error != NULL);

  ignored = evd_column_mapping_dup_ignored_columns (self->mapping, &n_ignored);
  if (n_ignored == 0)
    gtk_label_set_text (self->ignored_label, _("Every column is imported."));
  else
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; i < n_ignored; i++)
        g_ptr_array_add (names, (gpointer) evd_column_mapping_get_header (self->mapping, ignored[i]));
      g_ptr_array_add (names, NULL);
      list = evd_join_labels ((const char * const *) names->pdata);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not imported: %s", "Not imported: %s", n_ignored), list);
      gtk_label_set_text (self->ignored_label, text);
    }

  update_preview_titles (self);
  /* A new mapping means new checks. */
  g_clear_object (&self->report);
  evd_import_assistant_update_buttons (self);
}

static void
mapping_selected_cb (AdwComboRow        *row,
                     GParamSpec         *pspec,
                     EvdImportAssistant *self)
{
  guint column;

  /* The rows are in the file's column order. */
  if (self->updating_rows || self->mapping == NULL || !g_ptr_array_find (self->mapping_rows, row, &column))
    return;
  evd_column_mapping_set_target (self->mapping, column, adw_combo_row_get_selected (row));
  evd_import_assistant_update_mapping_state (self);
}

void
evd_import_assistant_set_column_target (EvdImportAssistant *self,
                                        guint               column,
                                        EvdImportField      field)
{
  g_return_if_fail (EVD_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (column < self->mapping_rows->len);

  adw_combo_row_set_selected (g_ptr_array_index (self->mapping_rows, column), field);
}

static GListModel *
create_field_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint f = 0; f < EVD_N_IMPORT_FIELDS; f++)
    gtk_string_list_append (list, evd_import_field_get_label (f));
  return G_LIST_MODEL (list);
}

static void
fill_mapping_rows (EvdImportAssistant *self)
{
  g_autoptr(GListModel) fields = create_field_model ();

  for (guint i = 0; i < self->mapping_rows->len; i++)
    adw_preferences_group_remove (self->mapping_group, g_ptr_array_index (self->mapping_rows, i));
  g_ptr_array_set_size (self->mapping_rows, 0);

  for (guint c = 0; c < evd_column_mapping_get_n_columns (self->mapping); c++)
    {
      GtkWidget *row = adw_combo_row_new ();
      const char *sample = first_sample (self->table, c);
      g_autofree char *title = g_markup_escape_text (evd_column_mapping_get_header (self->mapping, c), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *title != '\0' ? title : _("(no name)"));
      if (sample != NULL)
        {
          g_autofree char *one_line = g_strdelimit (g_strdup (sample), "\r\n\t", ' ');
          g_autofree char *escaped = g_markup_escape_text (one_line, -1);
          /* Translators: an example value of a column, "e.g. ana@example.com" */
          g_autofree char *subtitle = g_strdup_printf (_("e.g. %s"), escaped);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
        }
      adw_combo_row_set_model (ADW_COMBO_ROW (row), fields);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), evd_column_mapping_get_target (self->mapping, c));
      g_signal_connect (row, "notify::selected", G_CALLBACK (mapping_selected_cb), self);
      adw_preferences_group_add (self->mapping_group, row);
      g_ptr_array_add (self->mapping_rows, row);
    }
}

/**
 * evd_import_assistant_show_found:
 *
 * Fills the "found" step from a table just read: the detected settings,
 * the suggested mapping and the preview.
 */
void
evd_import_assistant_show_found (EvdImportAssistant *self)
{
  guint n_rows = evd_csv_table_get_n_rows (self->table);
  g_autofree char *count = evd_format_count (n_rows);
  g_autofree char *subtitle = NULL;

  self->updating_rows = TRUE;
  evd_import_assistant_set_encoding (self, evd_csv_table_get_encoding (self->table));
  evd_import_assistant_set_delimiter (self, evd_csv_table_get_delimiter (self->table));

  gtk_label_set_text (self->rows_count, count);
  if (evd_csv_table_get_n_ragged_rows (self->table) > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u row has more or fewer cells than the header: see the checks",
                                             "%u rows have more or fewer cells than the header: see the checks",
                                             evd_csv_table_get_n_ragged_rows (self->table)),
                                evd_csv_table_get_n_ragged_rows (self->table));
  adw_action_row_set_subtitle (self->rows_row, subtitle != NULL ? subtitle : "");

  g_clear_object (&self->mapping);
  self->mapping = evd_column_mapping_suggest (evd_csv_table_get_headers (self->table));
  fill_mapping_rows (self);
  fill_preview (self);
  self->updating_rows = FALSE;

  evd_import_assistant_update_mapping_state (self);
}

/* The checks -------------------------------------------------------------- */

/* A row with its count; rows that may be empty hide at 0. */
static void
set_count (AdwActionRow *row,
           GtkLabel     *label,
           guint         count,
           gboolean      always)
{
  g_autofree char *text = evd_format_count (count);

  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (row), count > 0 || always);
}

static char *
describe_row (EvdImportAssistant *self,
              guint               row)
{
  GString *text = g_string_new (NULL);
  guint n_cells = evd_csv_table_get_row_n_cells (self->table, row);

  for (guint c = 0; c < n_cells; c++)
    {
      const char *cell = evd_csv_table_get_cell (self->table, row, c);

      if (cell == NULL || *cell == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, cell);
    }
  g_strdelimit (text->str, "\r\n\t", ' ');
  return g_string_free (text, FALSE);
}

/* Row numbers grow with the rows (quoted line breaks make gaps), so a
 * binary search finds a row without walking the file. */
static gboolean
find_row_index (EvdCsvTable *table,
                guint        number,
                guint       *index)
{
  guint low = 0, high = evd_csv_table_get_n_rows (table);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      guint found = evd_csv_table_get_row_number (table, middle);

      if (found == number)
        {
          *index = middle;
          return TRUE;
        }
      if (found < number)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
}

static char *
list_row_numbers (EvdImportAssistant *self,
                  const guint        *rows,
                  guint               n_rows)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MIN (n_rows, ROW_NUMBERS_LISTED); i++)
    g_string_append_printf (text, i == 0 ? "%u" : ", %u", rows[i]);
  if (n_rows > ROW_NUMBERS_LISTED)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                                            n_rows - ROW_NUMBERS_LISTED), n_rows - ROW_NUMBERS_LISTED);
      g_string_append (text, more);
    }
  return g_string_free (text, FALSE);
}

static void
add_problem_group (EvdImportAssistant *self,
                   EvdProblemKind      kind,
                   const guint        *rows,
                   guint               n_rows)
{
  AdwPreferencesGroup *group;
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *numbers = list_row_numbers (self, rows, n_rows);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;

  switch (evd_problem_kind_get_severity (kind))
    {
    case EVD_PROBLEM_SEVERITY_ERROR:
      group = self->errors_group;
      break;
    case EVD_PROBLEM_SEVERITY_SKIPPED:
      group = self->skipped_group;
      break;
    case EVD_PROBLEM_SEVERITY_WARNING:
    default:
      group = self->warnings_group;
    }

  /* Translators: a problem and how many rows have it: "Not a valid email address (3)" */
  title = g_strdup_printf (_("%s (%u)"), evd_problem_kind_get_message (kind), n_rows);
  escaped = g_markup_escape_text (title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), escaped);
  g_clear_pointer (&escaped, g_free);
  /* Translators: the fix, then the spreadsheet rows: "Correct the address… Rows: 4, 9" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Row: %s", "%s Rows: %s", n_rows),
                              evd_problem_kind_get_fix (kind), numbers);
  escaped = g_markup_escape_text (subtitle, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), escaped);

  for (guint i = 0; i < MIN (n_rows, PROBLEM_ROWS_SHOWN); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *row_title = g_strdup_printf (_("Row %u"), rows[i]);
      guint index = 0;
      g_autofree char *values = find_row_index (self->table, rows[i], &index) ? describe_row (self, index)
                                                                              : g_strdup ("");
      g_autofree char *escaped_values = g_markup_escape_text (*values != '\0' ? values : _("(empty)"), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_values);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  if (n_rows > PROBLEM_ROWS_SHOWN)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more row", "And %u more rows",
                                                            n_rows - PROBLEM_ROWS_SHOWN), n_rows - PROBLEM_ROWS_SHOWN);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  adw_preferences_group_add (group, expander);
  g_ptr_array_add (self->problem_rows, expander);
  gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
}

static void
clear_problem_groups (EvdImportAssistant *self)
{
  for (guint i = 0; i < self->problem_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->problem_rows, i);

      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->problem_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), FALSE);
}

void
evd_import_assistant_show_checks (EvdImportAssistant *self)
{
  EvdCheckReport *report = self->report;
  guint n_valid;

  clear_problem_groups (self);
  gtk_widget_set_visible (self->counts_group, report != NULL);
  if (report == NULL)
    return;

  n_valid = evd_check_report_get_n_valid (report);
  set_count (self->valid_row, self->valid_count, n_valid, TRUE);
  set_count (self->invalid_row, self->invalid_count, evd_check_report_get_n_invalid (report), FALSE);
  set_count (self->duplicates_row, self->duplicates_count, evd_check_report_get_n_duplicates (report), FALSE);
  set_count (self->registered_row, self->registered_count, evd_check_report_get_n_already_registered (report), FALSE);

  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = evd_problem_kind_from_index (i);
      guint n_rows = 0;
      const guint *rows = evd_check_report_get_rows_with_problem (report, kind, &n_rows);

      if (n_rows > 0)
        add_problem_group (self, kind, rows, n_rows);
    }

  gtk_widget_set_visible (self->checking_box, n_valid == 0);
  gtk_spinner_set_spinning (self->checks_spinner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_spinner), FALSE);
  if (n_valid == 0)
    gtk_label_set_text (self->checking_label, _("Nobody in this file can be registered: see the problems below."));
}

static void
show_checking (EvdImportAssistant *self,
               const char         *text)
{
  gtk_widget_set_visible (self->checking_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_spinner), TRUE);
  gtk_spinner_set_spinning (self->checks_spinner, TRUE);
  gtk_label_set_text (self->checking_label, text);
  gtk_widget_set_visible (self->counts_group, FALSE);
  clear_problem_groups (self);
}

/* A look-up or check, and which round of checks it belongs to */
typedef struct
{
  EvdImportAssistant *self;
  guint               generation;
} ListData;

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ListData *data = user_data;
  g_autoptr(EvdImportAssistant) self = data->self;
  guint generation = data->generation;
  g_autoptr(EvdCheckReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_free (data);
  report = evd_attendee_checker_check_finish (EVD_ATTENDEE_CHECKER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || generation != self->checks_generation)
    return;

  self->checking = FALSE;
  if (report == NULL)
    {
      gtk_spinner_set_spinning (self->checks_spinner, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->checks_spinner), FALSE);
      gtk_label_set_text (self->checking_label, error->message);
    }
  else
    {
      g_set_object (&self->report, report);
      evd_import_assistant_show_checks (self);
    }
  evd_import_assistant_update_buttons (self);
}

static void
run_checker (EvdImportAssistant *self,
             GListModel         *tickets)
{
  g_autoptr(EvdAttendeeChecker) checker = evd_attendee_checker_new ();
  g_autofree char *count = evd_format_count (evd_csv_table_get_n_rows (self->table));
  g_autofree char *text = g_strdup_printf (_("Checking %s rows…"), count);
  ListData *data;

  for (guint i = 0; tickets != NULL && i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);

      if (evd_ticket_get_email (ticket) != NULL)
        evd_attendee_checker_add_registered_email (checker, evd_ticket_get_email (ticket));
    }

  show_checking (self, text);
  data = g_new0 (ListData, 1);
  data->self = g_object_ref (self);
  data->generation = self->checks_generation;
  evd_attendee_checker_check_async (checker, self->table, self->mapping, self->cancellable,
                                    check_done_cb, data);
}


static void
registered_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ListData *data = user_data;
  g_autoptr(EvdImportAssistant) self = data->self;
  guint generation = data->generation;
  g_autoptr(GListModel) tickets = NULL;
  g_autoptr(GError) error = NULL;

  g_free (data);
  tickets = evd_client_list_tickets_finish (EVD_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* Without the list the checks go on; the import itself skips whoever
   * turns out to have a ticket. */
  if (error != NULL)
    g_debug ("Registrations not listed: %s", error->message);
  if (generation != self->checks_generation || self->table == NULL)
    return;
  run_checker (self, tickets);
}

/**
 * evd_import_assistant_start_checks:
 *
 * Lists who is registered already, then checks every row in a worker
 * thread.
 */
void
evd_import_assistant_start_checks (EvdImportAssistant *self)
{
  ListData *data;

  if (self->table == NULL || self->mapping == NULL)
    return;

  self->checks_generation++;
  self->checking = TRUE;
  g_clear_object (&self->report);
  evd_import_assistant_update_buttons (self);

  if (self->client == NULL || self->event_id == NULL)
    {
      run_checker (self, NULL);
      return;
    }

  show_checking (self, _("Looking up who is registered already…"));
  data = g_new0 (ListData, 1);
  data->self = g_object_ref (self);
  data->generation = self->checks_generation;
  evd_client_list_tickets_async (self->client, self->event_id, NULL, NULL, self->cancellable,
                                 registered_cb, data);
}

/* Setup ------------------------------------------------------------------- */

void
evd_import_assistant_setup_steps (EvdImportAssistant *self)
{
  g_autoptr(GtkStringList) encoding_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) delimiter_labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    gtk_string_list_append (encoding_labels, evd_csv_encoding_get_label (encodings[i]));
  for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
    gtk_string_list_append (delimiter_labels, evd_csv_delimiter_get_label (delimiters[i]));

  self->updating_rows = TRUE;
  adw_combo_row_set_model (self->encoding_row, G_LIST_MODEL (encoding_labels));
  adw_combo_row_set_model (self->delimiter_row, G_LIST_MODEL (delimiter_labels));
  self->updating_rows = FALSE;
  g_signal_connect_swapped (self->encoding_row, "notify::selected", G_CALLBACK (encoding_selected_cb), self);
  g_signal_connect_swapped (self->delimiter_row, "notify::selected", G_CALLBACK (delimiter_selected_cb), self);

  self->mapping_rows = g_ptr_array_new ();
  self->problem_rows = g_ptr_array_new ();
  clear_problem_groups (self);
}

static void
extras_removed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(EvdImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  guint removed = evd_duplicate_tickets_remove_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  evd_import_report_view_show_extras_removed (self->report_view, error != NULL ? 0 : removed, error);
}

/* "Remove N Extra Tickets" in the report: the ones the check after the
 * import found, each person keeping the ticket the shared rule picks. */
void
evd_import_assistant_remove_extras_cb (EvdImportAssistant *self)
{
  GPtrArray *extras = self->result != NULL ? evd_import_result_get_extra_tickets (self->result) : NULL;

  if (extras == NULL || extras->len == 0)
    return;
  evd_duplicate_tickets_remove_async (self->client, self->event_id, extras, self->cancellable,
                                      extras_removed_cb, g_object_ref (self));
}
