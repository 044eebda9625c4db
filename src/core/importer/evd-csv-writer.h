/* evd-csv-writer.h: CSV files that spreadsheets open safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EVD_TYPE_CSV_WRITER (evd_csv_writer_get_type ())

G_DECLARE_FINAL_TYPE (EvdCsvWriter, evd_csv_writer, EVD, CSV_WRITER, GObject)

EvdCsvWriter *evd_csv_writer_new           (void);
void          evd_csv_writer_set_delimiter (EvdCsvWriter        *self,
                                            char                 delimiter);
void          evd_csv_writer_add_row       (EvdCsvWriter        *self,
                                            const char * const  *cells,
                                            gssize               n_cells);
void          evd_csv_writer_add_values    (EvdCsvWriter        *self,
                                            const char          *first_cell,
                                            ...) G_GNUC_NULL_TERMINATED;
guint         evd_csv_writer_get_n_rows    (EvdCsvWriter        *self);
GBytes       *evd_csv_writer_get_bytes     (EvdCsvWriter        *self);
void          evd_csv_writer_write_async   (EvdCsvWriter        *self,
                                            GOutputStream       *stream,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      evd_csv_writer_write_finish  (EvdCsvWriter        *self,
                                            GAsyncResult        *result,
                                            GError             **error);

void          evd_csv_append_cell          (GString             *out,
                                            const char          *cell,
                                            char                 delimiter);

G_END_DECLS
