/* evd-csv-table-private.h: how the reader hands its buffers to a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-csv-table.h"

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
} EvdCsvTableView;

EvdCsvTable *evd_csv_table_new_take (char           *text,
                                     guint32        *cells,
                                     EvdCsvRecord   *records,
                                     guint           n_records,
                                     EvdCsvEncoding  encoding,
                                     char            delimiter);
void         evd_csv_table_get_view (EvdCsvTable     *self,
                                     EvdCsvTableView *view);

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

G_END_DECLS
