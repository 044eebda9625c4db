/* evd-text-decoder.h: turns the bytes of a spreadsheet export into UTF-8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The encodings spreadsheets and CRMs actually write. AUTO asks for
 * detection: the byte-order mark first, then UTF-16 by its pattern of zero
 * bytes, then UTF-8 when the file reads as UTF-8 as a whole (a few stray
 * bytes become U+FFFD, and their rows are flagged), and otherwise
 * Windows-1252. A UTF-8 byte-order mark before Latin-1 text is ignored. */
typedef enum
{
  EVD_CSV_ENCODING_AUTO,
  EVD_CSV_ENCODING_UTF8,
  EVD_CSV_ENCODING_UTF8_BOM,
  EVD_CSV_ENCODING_UTF16LE,
  EVD_CSV_ENCODING_UTF16BE,
  EVD_CSV_ENCODING_WINDOWS_1252,
} EvdCsvEncoding;

const char *evd_csv_encoding_to_string   (EvdCsvEncoding   encoding);
gboolean    evd_csv_encoding_from_string (const char      *name,
                                          EvdCsvEncoding  *encoding);
const char *evd_csv_encoding_get_label   (EvdCsvEncoding   encoding);

gboolean    evd_text_decode              (char           **buffer,
                                          gsize           *length,
                                          EvdCsvEncoding   requested,
                                          EvdCsvEncoding  *detected,
                                          GError         **error);

G_END_DECLS
