/* evd-check-report.c: what checking an attendee list found, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-check-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "evd-check-report-private.h"
#include "evd-csv-table-private.h"
#include "evd-csv-writer.h"

/* A report for 100,000 rows holds a few bytes per row, not 100,000 objects:
 * attendees are made on demand from the table. */
struct _EvdCheckReport
{
  GObject            parent_instance;

  EvdCsvTable       *table;
  EvdColumnMapping  *mapping;
  guint              n_rows;
  guint32           *problems;
  guint8            *status;
  guint32           *duplicate_of;
  GArray            *rows_by_kind[EVD_N_PROBLEM_KINDS];
  guint              n_by_status[4];
  guint              n_with_warnings;
};

G_DEFINE_FINAL_TYPE (EvdCheckReport, evd_check_report, G_TYPE_OBJECT)

static void
evd_check_report_finalize (GObject *object)
{
  EvdCheckReport *self = (EvdCheckReport *) object;

  g_clear_object (&self->table);
  g_clear_object (&self->mapping);
  g_clear_pointer (&self->problems, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->duplicate_of, g_free);
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    g_clear_pointer (&self->rows_by_kind[i], g_array_unref);

  G_OBJECT_CLASS (evd_check_report_parent_class)->finalize (object);
}

static void
evd_check_report_class_init (EvdCheckReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_check_report_finalize;
}

static void
evd_check_report_init (EvdCheckReport *self)
{
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    self->rows_by_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* @mapping is kept as it is: pass a copy the person cannot edit. */
EvdCheckReport *
evd_check_report_new (EvdCsvTable      *table,
                      EvdColumnMapping *mapping)
{
  EvdCheckReport *self = g_object_new (EVD_TYPE_CHECK_REPORT, NULL);

  self->table = g_object_ref (table);
  self->mapping = g_object_ref (mapping);
  self->n_rows = evd_csv_table_get_n_rows (table);
  self->problems = evd_csv_alloc_large (self->n_rows * sizeof (guint32), TRUE);
  self->status = evd_csv_alloc_large (self->n_rows, TRUE);
  self->duplicate_of = evd_csv_alloc_large (self->n_rows * sizeof (guint32), TRUE);
  return self;
}

/* Rows are set once each, in order, so the per-kind lists stay sorted. */
void
evd_check_report_set_row (EvdCheckReport    *self,
                          guint              row,
                          EvdProblemKind     problems,
                          EvdAttendeeStatus  status,
                          guint              duplicate_of)
{
  guint number;

  self->problems[row] = problems;
  self->status[row] = status;
  self->duplicate_of[row] = duplicate_of;
  self->n_by_status[status]++;

  /* Most rows have nothing to list */
  if (problems == EVD_PROBLEM_NONE)
    return;

  number = evd_csv_table_get_row_number (self->table, row);
  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    if (problems & (1u << i))
      g_array_append_val (self->rows_by_kind[i], number);

  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    if ((problems & (1u << i)) &&
        evd_problem_kind_get_severity (1u << i) == EVD_PROBLEM_SEVERITY_WARNING)
      {
        self->n_with_warnings++;
        break;
      }
}

EvdCsvTable *
evd_check_report_get_table (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), NULL);

  return self->table;
}

/* The mapping the check used (a copy: later edits do not change it). */
EvdColumnMapping *
evd_check_report_get_mapping (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), NULL);

  return self->mapping;
}

/* Every data row is exactly one of valid, invalid, duplicate and already
 * registered, so those four counts add up to this one. */
guint
evd_check_report_get_n_rows (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);

  return self->n_rows;
}

/* Unique attendees that would be sent. */
guint
evd_check_report_get_n_valid (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);

  return self->n_by_status[EVD_ATTENDEE_VALID];
}

/* Rows failing a check. */
guint
evd_check_report_get_n_invalid (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);

  return self->n_by_status[EVD_ATTENDEE_INVALID];
}

/* Rows repeating the email of an earlier row that passed the checks. */
guint
evd_check_report_get_n_duplicates (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);

  return self->n_by_status[EVD_ATTENDEE_DUPLICATE];
}

guint
evd_check_report_get_n_already_registered (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);

  return self->n_by_status[EVD_ATTENDEE_ALREADY_REGISTERED];
}

/* Rows with a warning (they may still be valid). */
guint
evd_check_report_get_n_with_warnings (EvdCheckReport *self)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);

  return self->n_with_warnings;
}

EvdProblemKind
evd_check_report_get_problems (EvdCheckReport *self,
                               guint           row)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), EVD_PROBLEM_NONE);
  g_return_val_if_fail (row < self->n_rows, EVD_PROBLEM_NONE);

  return self->problems[row];
}

EvdAttendeeStatus
evd_check_report_get_status (EvdCheckReport *self,
                             guint           row)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), EVD_ATTENDEE_INVALID);
  g_return_val_if_fail (row < self->n_rows, EVD_ATTENDEE_INVALID);

  return self->status[row];
}

/* For a duplicate row: the spreadsheet row it repeats; otherwise 0. */
guint
evd_check_report_get_duplicate_of (EvdCheckReport *self,
                                   guint           row)
{
  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), 0);
  g_return_val_if_fail (row < self->n_rows, 0);

  return self->duplicate_of[row];
}

/**
 * evd_check_report_get_rows_with_problem:
 * @kind: one problem kind
 * @n_rows: (out): how many rows have it
 *
 * Returns: (transfer none) (array length=n_rows): their spreadsheet row
 *   numbers, in order
 */
const guint *
evd_check_report_get_rows_with_problem (EvdCheckReport *self,
                                        EvdProblemKind  kind,
                                        guint          *n_rows)
{
  GArray *rows;

  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), NULL);
  g_return_val_if_fail (n_rows != NULL, NULL);

  rows = self->rows_by_kind[evd_problem_kind_to_index (kind)];
  *n_rows = rows->len;
  return (const guint *) rows->data;
}

/**
 * evd_check_report_create_attendee:
 * @row: a data row, from 0
 *
 * Returns: (transfer full): the attendee of @row with its problems and status
 */
EvdAttendee *
evd_check_report_create_attendee (EvdCheckReport *self,
                                  guint           row)
{
  EvdAttendee *attendee;

  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);

  attendee = evd_attendee_new_from_row (self->table, self->mapping, row);
  evd_attendee_set_problems (attendee, self->problems[row]);
  evd_attendee_set_status (attendee, self->status[row]);
  evd_attendee_set_duplicate_of (attendee, self->duplicate_of[row]);
  return attendee;
}

/**
 * evd_check_report_dup_attendees:
 *
 * Returns: (transfer container) (element-type EvdAttendee): the attendees
 *   of rows with @status, in file order; with %EVD_ATTENDEE_VALID, what an
 *   import would send
 */
GPtrArray *
evd_check_report_dup_attendees (EvdCheckReport    *self,
                                EvdAttendeeStatus  status)
{
  GPtrArray *attendees;

  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), NULL);

  attendees = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint row = 0; row < self->n_rows; row++)
    if (self->status[row] == status)
      g_ptr_array_add (attendees, evd_check_report_create_attendee (self, row));
  return attendees;
}

static char *
describe_problems (EvdCheckReport *self,
                   guint           row)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < EVD_N_PROBLEM_KINDS; i++)
    {
      EvdProblemKind kind = 1u << i;

      if (!(self->problems[row] & kind))
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      if (kind == EVD_PROBLEM_DUPLICATE)
        g_string_append_printf (text, _("Same email address as row %u"), self->duplicate_of[row]);
      else
        g_string_append (text, evd_problem_kind_get_message (kind));
    }
  return g_string_free (text, FALSE);
}

/**
 * evd_check_report_build_problem_csv:
 *
 * For "Save Problem Rows as CSV…": every row that will not be sent
 * (invalid, duplicate, already registered), with the file's own columns as
 * read, after two added columns: the spreadsheet row and what is wrong. A
 * person can fix the rows there and import that file.
 *
 * Returns: (transfer full): the file, UTF-8 with BOM, CRLF, formulas
 *   neutralised (see #EvdCsvWriter)
 */
GBytes *
evd_check_report_build_problem_csv (EvdCheckReport *self)
{
  g_autoptr(EvdCsvWriter) writer = evd_csv_writer_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n_columns;

  g_return_val_if_fail (EVD_IS_CHECK_REPORT (self), NULL);

  n_columns = evd_csv_table_get_n_columns (self->table);
  g_ptr_array_add (cells, (gpointer) C_("spreadsheet column", "Row"));
  g_ptr_array_add (cells, _("Problem"));
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (cells, (gpointer) evd_csv_table_get_header (self->table, i));
  evd_csv_writer_add_row (writer, (const char * const *) cells->pdata, cells->len);

  for (guint row = 0; row < self->n_rows; row++)
    {
      g_autofree char *number = NULL;
      g_autofree char *problems = NULL;

      if (self->status[row] == EVD_ATTENDEE_VALID)
        continue;

      number = g_strdup_printf ("%u", evd_csv_table_get_row_number (self->table, row));
      problems = describe_problems (self, row);
      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, number);
      g_ptr_array_add (cells, problems);
      for (guint i = 0; i < MAX (n_columns, evd_csv_table_get_row_n_cells (self->table, row)); i++)
        g_ptr_array_add (cells, (gpointer) evd_csv_table_get_cell (self->table, row, i));
      evd_csv_writer_add_row (writer, (const char * const *) cells->pdata, cells->len);
    }
  return evd_csv_writer_get_bytes (writer);
}
