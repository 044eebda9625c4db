/* evd-csv-table.h: the rows and cells of a CSV file, read once, in one buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "evd-text-decoder.h"

G_BEGIN_DECLS

#define EVD_TYPE_CSV_TABLE (evd_csv_table_get_type ())

G_DECLARE_FINAL_TYPE (EvdCsvTable, evd_csv_table, EVD, CSV_TABLE, GObject)

guint               evd_csv_table_get_n_rows          (EvdCsvTable *self);
guint               evd_csv_table_get_n_columns       (EvdCsvTable *self);
const char * const *evd_csv_table_get_headers         (EvdCsvTable *self);
const char         *evd_csv_table_get_header          (EvdCsvTable *self,
                                                       guint        column);
const char         *evd_csv_table_get_cell            (EvdCsvTable *self,
                                                       guint        row,
                                                       guint        column);
guint               evd_csv_table_get_row_n_cells     (EvdCsvTable *self,
                                                       guint        row);
gboolean            evd_csv_table_row_is_ragged       (EvdCsvTable *self,
                                                       guint        row);
guint               evd_csv_table_get_n_ragged_rows   (EvdCsvTable *self);
guint               evd_csv_table_get_row_number      (EvdCsvTable *self,
                                                       guint        row);
guint               evd_csv_table_get_header_row_number (EvdCsvTable *self);
EvdCsvEncoding      evd_csv_table_get_encoding        (EvdCsvTable *self);
char                evd_csv_table_get_delimiter       (EvdCsvTable *self);

int                 evd_csv_table_find_invalid_text   (EvdCsvTable *self,
                                                       guint        row);

G_END_DECLS
