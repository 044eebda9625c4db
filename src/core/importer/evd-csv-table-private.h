/* evd-csv-table-private.h: how the reader hands its buffers to a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "evd-csv-table.h"

/* U+FFFD, in UTF-8 */
#define EVD_CSV_REPLACEMENT_CHARACTER "\357\277\275"

G_BEGIN_DECLS

/* One record of the file: its cells are cells[first_cell … first_cell + n_cells),
 * and number is the row a spreadsheet shows for it (blank lines count). */
typedef struct
{
  guint32 first_cell;
  guint32 n_cells;
  guint32 number;
} EvdCsvRecord;

/* The table's storage, read-only, for loops over every row that cannot
 * afford a type check per cell (the checker). records[0] is the header. */
typedef struct
{
  const char         *text;
  const guint32      *cells;
  const EvdCsvRecord *records;
  guint               n_records;
  guint               n_columns;
  gboolean            has_invalid_text;
  /* Whether EVD_CSV_TEXT_PADDING bytes after the text's final NUL may be
   * read: then a cell can be read 16 bytes at a time up to its end. */
  gboolean            padded;
} EvdCsvTableView;

#define EVD_CSV_TEXT_PADDING 16

EvdCsvTable *evd_csv_table_new_take (char           *text,
                                     guint32        *cells,
                                     EvdCsvRecord   *records,
                                     guint           n_records,
                                     EvdCsvEncoding  encoding,
                                     char            delimiter);
void         evd_csv_table_get_view (EvdCsvTable     *self,
                                     EvdCsvTableView *view);
/* Whether the file had bytes that are not text (now U+FFFD, see
 * evd_text_decode_at()): only then are rows searched for them. */
void         evd_csv_table_set_has_invalid_text (EvdCsvTable *self,
                                                 gboolean     has_invalid_text);

void         evd_csv_table_set_padded (EvdCsvTable *self,
                                       gboolean     padded);

gpointer     evd_csv_alloc_large (gsize    size,
                                  gboolean zeroed);

/* The text of @column in data row @row, "" past the row's cells (a column
 * of -1, "not mapped", is past every row's cells). */
static inline const char *
evd_csv_table_view_cell (const EvdCsvTableView *view,
                         guint                  row,
                         int                    column)
{
  const EvdCsvRecord *record = &view->records[row + 1];

  if ((guint) column >= record->n_cells)
    return "";
  return view->text + view->cells[record->first_cell + (guint) column];
}

/* Like evd_csv_table_view_cell(), with the cell's length in bytes. A cell
 * followed by another of its row needs no strlen(): when the byte before
 * the next cell is a NUL, it is this cell's. Tables are built so (see
 * evd_csv_table_new_take()): the reader ends an unquoted cell on its
 * delimiter, and leaves the delimiter after a quoted one, whose text moved
 * left; the paste parser writes cells one after another. */
static inline const char *
evd_csv_table_view_cell_length (const EvdCsvTableView *view,
                                guint                  row,
                                int                    column,
                                gsize                 *length)
{
  const EvdCsvRecord *record = &view->records[row + 1];
  const guint32 *cell;

  if ((guint) column >= record->n_cells)
    {
      *length = 0;
      return "";
    }
  cell = &view->cells[record->first_cell + (guint) column];
  if ((guint) column + 1 < record->n_cells && view->text[cell[1] - 1] == '\0')
    *length = cell[1] - 1 - cell[0];
  else
    *length = strlen (view->text + cell[0]);
  return view->text + cell[0];
}

/* The first column of data row @row holding U+FFFD, or -1. */
static inline int
evd_csv_table_view_find_invalid_text (const EvdCsvTableView *view,
                                      guint                  row)
{
  const EvdCsvRecord *record = &view->records[row + 1];

  if (!view->has_invalid_text)
    return -1;
  for (guint i = 0; i < record->n_cells; i++)
    if (strstr (view->text + view->cells[record->first_cell + i], EVD_CSV_REPLACEMENT_CHARACTER) != NULL)
      return (int) i;
  return -1;
}

G_END_DECLS
