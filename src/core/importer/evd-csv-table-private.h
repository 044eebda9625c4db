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

EvdCsvTable *evd_csv_table_new_take (char           *text,
                                     GArray         *cells,
                                     GArray         *records,
                                     EvdCsvEncoding  encoding,
                                     char            delimiter);

G_END_DECLS
