/* evd-csv-writer.c: CSV files that spreadsheets open safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-csv-writer"

#include "config.h"

#include <string.h>

#include "evd-csv-writer.h"

/* Written for Excel as much as for RFC 4180: UTF-8 with a byte-order mark
 * (without it Excel reads the ANSI code page and mangles names), CRLF line
 * ends, and cells quoted when they hold the delimiter, a quote, CR or LF,
 * with inner quotes doubled. */
struct _EvdCsvWriter
{
  GObject  parent_instance;

  GString *out;
  guint    n_rows;
  char     delimiter;
};

G_DEFINE_FINAL_TYPE (EvdCsvWriter, evd_csv_writer, G_TYPE_OBJECT)

static void
evd_csv_writer_finalize (GObject *object)
{
  EvdCsvWriter *self = (EvdCsvWriter *) object;

  g_string_free (self->out, TRUE);

  G_OBJECT_CLASS (evd_csv_writer_parent_class)->finalize (object);
}

static void
evd_csv_writer_class_init (EvdCsvWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_csv_writer_finalize;
}

static void
evd_csv_writer_init (EvdCsvWriter *self)
{
  self->out = g_string_new ("\357\273\277");
  self->delimiter = ',';
}

EvdCsvWriter *
evd_csv_writer_new (void)
{
  return g_object_new (EVD_TYPE_CSV_WRITER, NULL);
}

/* A comma unless set; set it before the first row. */
void
evd_csv_writer_set_delimiter (EvdCsvWriter *self,
                              char          delimiter)
{
  g_return_if_fail (EVD_IS_CSV_WRITER (self));
  g_return_if_fail (delimiter != '"' && delimiter != '\r' && delimiter != '\n' && delimiter != '\0');

  self->delimiter = delimiter;
}

/* Registrant details come from strangers. A cell a spreadsheet would take
 * for a formula (=, +, -, @, or a leading tab or CR, per OWASP's CSV
 * injection guidance and CWE-1236) gets a leading apostrophe, which
 * spreadsheets show as text and hide. That includes negative numbers such as
 * "-5": OWASP says to prefix them too, and a phone number like
 * "-1 555 0100" is not arithmetic anyway. */
static gboolean
looks_like_formula (const char *cell)
{
  return cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
         cell[0] == '\t' || cell[0] == '\r';
}

/**
 * evd_csv_append_cell:
 * @out: where to append
 * @cell: (nullable): the cell's text; %NULL is an empty cell
 *
 * Appends @cell neutralised and quoted as needed, without a delimiter.
 * Neutralised cells are always quoted, as OWASP advises.
 */
void
evd_csv_append_cell (GString    *out,
                     const char *cell,
                     char        delimiter)
{
  gboolean formula;
  gboolean quote;

  g_return_if_fail (out != NULL);

  if (cell == NULL || *cell == '\0')
    return;

  formula = looks_like_formula (cell);
  quote = formula || strchr (cell, delimiter) != NULL || strpbrk (cell, "\"\r\n") != NULL;

  if (!quote)
    {
      g_string_append (out, cell);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * evd_csv_writer_add_row:
 * @cells: (array length=n_cells): the cells; %NULL entries are empty
 * @n_cells: how many, or -1 when @cells is %NULL-terminated
 */
void
evd_csv_writer_add_row (EvdCsvWriter       *self,
                        const char * const *cells,
                        gssize              n_cells)
{
  gsize n;

  g_return_if_fail (EVD_IS_CSV_WRITER (self));
  g_return_if_fail (cells != NULL || n_cells == 0);

  n = n_cells < 0 ? g_strv_length ((char **) cells) : (gsize) n_cells;
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (self->out, self->delimiter);
      evd_csv_append_cell (self->out, cells[i], self->delimiter);
    }
  g_string_append (self->out, "\r\n");
  self->n_rows++;
}

/* Adds a row from its cells as arguments, ending with %NULL. */
void
evd_csv_writer_add_values (EvdCsvWriter *self,
                           const char   *first_cell,
                           ...)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  va_list args;

  g_return_if_fail (EVD_IS_CSV_WRITER (self));

  va_start (args, first_cell);
  for (const char *cell = first_cell; cell != NULL; cell = va_arg (args, const char *))
    g_ptr_array_add (cells, (gpointer) cell);
  va_end (args);

  evd_csv_writer_add_row (self, (const char * const *) cells->pdata, cells->len);
}

guint
evd_csv_writer_get_n_rows (EvdCsvWriter *self)
{
  g_return_val_if_fail (EVD_IS_CSV_WRITER (self), 0);

  return self->n_rows;
}

/**
 * evd_csv_writer_get_bytes:
 *
 * Returns: (transfer full): the file so far, byte-order mark included
 */
GBytes *
evd_csv_writer_get_bytes (EvdCsvWriter *self)
{
  g_return_val_if_fail (EVD_IS_CSV_WRITER (self), NULL);

  return g_bytes_new (self->out->str, self->out->len);
}

static void
write_all_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * evd_csv_writer_write_async:
 * @stream: where to write; not closed
 *
 * Writes everything added so far to @stream without blocking.
 */
void
evd_csv_writer_write_async (EvdCsvWriter        *self,
                            GOutputStream       *stream,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  GBytes *bytes;

  g_return_if_fail (EVD_IS_CSV_WRITER (self));
  g_return_if_fail (G_IS_OUTPUT_STREAM (stream));

  bytes = evd_csv_writer_get_bytes (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_csv_writer_write_async);
  g_task_set_task_data (task, bytes, (GDestroyNotify) g_bytes_unref);

  g_output_stream_write_all_async (stream, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   G_PRIORITY_DEFAULT, cancellable, write_all_cb, task);
}

gboolean
evd_csv_writer_write_finish (EvdCsvWriter  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
