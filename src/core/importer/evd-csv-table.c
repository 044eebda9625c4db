/* evd-csv-table.c: the rows and cells of a CSV file, read once, in one buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* For madvise() and posix_memalign() under -std=c11 */
#define _DEFAULT_SOURCE
#define G_LOG_DOMAIN "evd-csv-table"

#include "config.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>
#ifdef G_OS_UNIX
# include <sys/mman.h>
#endif

#include "evd-csv-table-private.h"

#define POPULATE_MIN_SIZE (64u << 10)
#define HUGE_PAGE_SIZE (2u << 20)

/* A 100,000-row file must not cost a million small allocations: every cell
 * is a NUL-terminated string inside the one decoded text buffer (the reader
 * unquotes in place), and the table keeps only a 32-bit offset per cell and
 * three numbers per row. Cells are read-only and live as long as the table. */
struct _EvdCsvTable
{
  GObject         parent_instance;

  char           *text;
  guint32        *cells;    /* offsets into text */
  EvdCsvRecord   *records;  /* [0] is the header */
  guint           n_records;
  const char    **headers;  /* NULL-terminated, pointing into text */
  guint           n_columns;
  guint           n_ragged;
  gboolean        has_invalid_text;
  gboolean        padded;
  EvdCsvEncoding  encoding;
  char            delimiter;
};

G_DEFINE_FINAL_TYPE (EvdCsvTable, evd_csv_table, G_TYPE_OBJECT)

static void
evd_csv_table_finalize (GObject *object)
{
  EvdCsvTable *self = (EvdCsvTable *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->records, g_free);
  g_clear_pointer (&self->headers, g_free);

  G_OBJECT_CLASS (evd_csv_table_parent_class)->finalize (object);
}

static void
evd_csv_table_class_init (EvdCsvTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = evd_csv_table_finalize;
}

static void
evd_csv_table_init (EvdCsvTable *self)
{
}

static const EvdCsvRecord *
get_record (EvdCsvTable *self,
            guint        index)
{
  return &self->records[index];
}

static const char *
cell_text (EvdCsvTable *self,
           guint        cell)
{
  return self->text + self->cells[cell];
}

/**
 * evd_csv_table_new_take:
 * @text: (transfer full): the decoded text, cells NUL-terminated in it
 * @cells: (transfer full): offsets of each cell in @text, from g_malloc();
 *   where a cell is followed by another of its row, the byte before that
 *   one is either this cell's NUL or not a NUL (no other text between
 *   them ends in one), so that its length is known without strlen()
 * @records: (transfer full): the header first, from g_malloc()
 * @n_records: at least 1
 */
EvdCsvTable *
evd_csv_table_new_take (char           *text,
                        guint32        *cells,
                        EvdCsvRecord   *records,
                        guint           n_records,
                        EvdCsvEncoding  encoding,
                        char            delimiter)
{
  EvdCsvTable *self;
  const EvdCsvRecord *header;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (records != NULL && n_records > 0, NULL);

  self = g_object_new (EVD_TYPE_CSV_TABLE, NULL);
  self->text = text;
  self->cells = cells;
  self->records = records;
  self->n_records = n_records;
  self->encoding = encoding;
  self->delimiter = delimiter;

  header = get_record (self, 0);
  self->n_columns = header->n_cells;
  self->headers = g_new0 (const char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    self->headers[i] = cell_text (self, header->first_cell + i);

  for (guint i = 1; i < n_records; i++)
    if (get_record (self, i)->n_cells != self->n_columns)
      self->n_ragged++;

  return self;
}

void
evd_csv_table_get_view (EvdCsvTable     *self,
                        EvdCsvTableView *view)
{
  g_return_if_fail (EVD_IS_CSV_TABLE (self));
  g_return_if_fail (view != NULL);

  view->text = self->text;
  view->cells = self->cells;
  view->records = self->records;
  view->n_records = self->n_records;
  view->n_columns = self->n_columns;
  view->has_invalid_text = self->has_invalid_text;
  view->padded = self->padded;
}

/* @padded: whether the text's buffer has EVD_CSV_TEXT_PADDING bytes after
 * its final NUL */
void
evd_csv_table_set_padded (EvdCsvTable *self,
                          gboolean     padded)
{
  g_return_if_fail (EVD_IS_CSV_TABLE (self));

  self->padded = padded;
}

void
evd_csv_table_set_has_invalid_text (EvdCsvTable *self,
                                    gboolean     has_invalid_text)
{
  g_return_if_fail (EVD_IS_CSV_TABLE (self));

  self->has_invalid_text = has_invalid_text;
}

/**
 * evd_csv_table_find_invalid_text:
 * @row: a data row
 *
 * Returns: the first column of @row whose text has a character that was not
 *   valid text in the file (U+FFFD in its place), or -1
 */
int
evd_csv_table_find_invalid_text (EvdCsvTable *self,
                                 guint        row)
{
  EvdCsvTableView view;

  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), -1);
  g_return_val_if_fail (row < evd_csv_table_get_n_rows (self), -1);

  evd_csv_table_get_view (self, &view);
  return evd_csv_table_view_find_invalid_text (&view, row);
}

/* Data rows: the header is not one of them. */
guint
evd_csv_table_get_n_rows (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), 0);

  return self->n_records - 1;
}

/* The header's number of cells. */
guint
evd_csv_table_get_n_columns (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), 0);

  return self->n_columns;
}

/**
 * evd_csv_table_get_headers:
 *
 * Returns: (transfer none) (array zero-terminated=1): the column names as
 *   written in the file (byte-order mark removed, not trimmed)
 */
const char * const *
evd_csv_table_get_headers (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), NULL);

  return (const char * const *) self->headers;
}

const char *
evd_csv_table_get_header (EvdCsvTable *self,
                          guint        column)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return self->headers[column];
}

/**
 * evd_csv_table_get_cell:
 * @row: a data row, from 0
 * @column: a column, from 0; it may be beyond the header's columns when the
 *   row is ragged
 *
 * Returns: (transfer none): the cell's text, unquoted and untrimmed; "" when
 *   a short row has no such cell. Valid as long as the table.
 */
const char *
evd_csv_table_get_cell (EvdCsvTable *self,
                        guint        row,
                        guint        column)
{
  const EvdCsvRecord *record;

  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), NULL);
  g_return_val_if_fail (row + 1 < self->n_records, NULL);

  record = get_record (self, row + 1);
  if (column >= record->n_cells)
    return "";
  return cell_text (self, record->first_cell + column);
}

guint
evd_csv_table_get_row_n_cells (EvdCsvTable *self,
                               guint        row)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), 0);
  g_return_val_if_fail (row + 1 < self->n_records, 0);

  return get_record (self, row + 1)->n_cells;
}

/* A ragged row has fewer or more cells than the header: kept, and flagged. */
gboolean
evd_csv_table_row_is_ragged (EvdCsvTable *self,
                             guint        row)
{
  return evd_csv_table_get_row_n_cells (self, row) != self->n_columns;
}

guint
evd_csv_table_get_n_ragged_rows (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), 0);

  return self->n_ragged;
}

/**
 * evd_csv_table_get_row_number:
 * @row: a data row, from 0
 *
 * Returns: the row number a spreadsheet shows for @row: the header is row 1
 *   (unless blank lines come before it), a cell with line breaks does not
 *   add rows, and skipped blank lines still count, as they do on screen
 */
guint
evd_csv_table_get_row_number (EvdCsvTable *self,
                              guint        row)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), 0);
  g_return_val_if_fail (row + 1 < self->n_records, 0);

  return get_record (self, row + 1)->number;
}

guint
evd_csv_table_get_header_row_number (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), 0);

  return get_record (self, 0)->number;
}

/* What was detected, or what the person chose. */
EvdCsvEncoding
evd_csv_table_get_encoding (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), EVD_CSV_ENCODING_AUTO);

  return self->encoding;
}

char
evd_csv_table_get_delimiter (EvdCsvTable *self)
{
  g_return_val_if_fail (EVD_IS_CSV_TABLE (self), ',');

  return self->delimiter;
}

/**
 * evd_csv_alloc_large:
 * @size: bytes
 * @zeroed: whether the memory must be zeroed, as by g_malloc0()
 *
 * Memory for a table's text and cells and what is kept per row when it is
 * checked: tens of megabytes for a large list. Freed with g_free(), like
 * any (GLib allocates with the system's malloc since 2.46), and may be
 * g_realloc()ed.
 *
 * Mapping fresh memory page by page as it is first written costs a fault
 * per 4 KiB, which took as long as parsing the file. So from
 * POPULATE_MIN_SIZE it is mapped at once (MADV_POPULATE_WRITE, Linux 5.14),
 * and from HUGE_PAGE_SIZE it is aligned to the 2 MiB pages Linux backs it
 * with when asked (MADV_HUGEPAGE: where transparent huge pages are allowed;
 * otherwise small pages). Both are hints: elsewhere this is g_malloc().
 */
gpointer
evd_csv_alloc_large (gsize    size,
                     gboolean zeroed)
{
#if defined(G_OS_UNIX) && defined(MADV_POPULATE_WRITE)
  gpointer memory = NULL;

  if (size >= HUGE_PAGE_SIZE)
    {
      if (posix_memalign (&memory, HUGE_PAGE_SIZE, size) != 0)
        memory = NULL;
    }
  else if (size >= POPULATE_MIN_SIZE)
    /* calloc() knows when fresh pages need no clearing */
    memory = zeroed ? g_malloc0 (size) : g_malloc (size);

  if (memory != NULL)
    {
      const guintptr page = 4096;
      guintptr start = ((guintptr) memory + page - 1) & ~(page - 1);
      guintptr end = ((guintptr) memory + size) & ~(page - 1);

      if (end > start)
        {
# ifdef MADV_HUGEPAGE
          if (size >= HUGE_PAGE_SIZE)
            madvise ((void *) start, end - start, MADV_HUGEPAGE);
# endif
          madvise ((void *) start, end - start, MADV_POPULATE_WRITE);
        }
      /* posix_memalign() may return reused memory, and the pages are
       * mapped already */
      if (zeroed && size >= HUGE_PAGE_SIZE)
        memset (memory, 0, size);
      return memory;
    }
#endif
  return zeroed ? g_malloc0 (size) : g_malloc (size);
}
