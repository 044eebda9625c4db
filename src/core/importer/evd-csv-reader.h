/* evd-csv-reader.h: reads an attendee spreadsheet saved as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-csv-error.h"
#include "evd-csv-table.h"
#include "evd-text-decoder.h"

G_BEGIN_DECLS

/* What the person chose in the preview; the defaults detect both. */
typedef struct
{
  EvdCsvEncoding encoding;   /* EVD_CSV_ENCODING_AUTO to detect */
  char           delimiter;  /* '\0' to detect among , ; tab | */
} EvdCsvOptions;

#define EVD_CSV_OPTIONS_INIT { EVD_CSV_ENCODING_AUTO, '\0' }

EvdCsvTable *evd_csv_reader_read_bytes       (GBytes               *bytes,
                                              const EvdCsvOptions  *options,
                                              GCancellable         *cancellable,
                                              GError              **error);
EvdCsvTable *evd_csv_reader_read_file        (GFile                *file,
                                              const EvdCsvOptions  *options,
                                              GCancellable         *cancellable,
                                              GError              **error);
void         evd_csv_reader_read_async       (GFile                *file,
                                              const EvdCsvOptions  *options,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
void         evd_csv_reader_read_bytes_async (GBytes               *bytes,
                                              const EvdCsvOptions  *options,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
EvdCsvTable *evd_csv_reader_read_finish      (GAsyncResult         *result,
                                              GError              **error);

char         evd_csv_sniff_delimiter         (const char           *text,
                                              gsize                 length);
const char  *evd_csv_delimiter_to_string     (char                  delimiter);
gboolean     evd_csv_delimiter_from_string   (const char           *name,
                                              char                 *delimiter);
const char  *evd_csv_delimiter_get_label     (char                  delimiter);

G_END_DECLS
