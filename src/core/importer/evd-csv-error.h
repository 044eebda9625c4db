/* evd-csv-error.h: the EVD_CSV_ERROR domain, for files that cannot be read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EVD_CSV_ERROR (evd_csv_error_quark ())

/* Every message in this domain is a plain sentence for organizers, and names
 * the spreadsheet row (header = row 1) when there is one. */
typedef enum
{
  EVD_CSV_ERROR_EMPTY,               /* no bytes, or only blank lines */
  EVD_CSV_ERROR_NOT_TEXT,            /* NUL bytes, control bytes, a workbook */
  EVD_CSV_ERROR_UNTERMINATED_QUOTE,  /* a quoted cell never closes */
  EVD_CSV_ERROR_ENCODING,            /* the chosen encoding does not fit */
  EVD_CSV_ERROR_TOO_LARGE,           /* over EVD_CSV_MAX_FILE_SIZE */
  EVD_CSV_ERROR_INVALID_OPTION,      /* a delimiter or encoding we cannot use */
  EVD_CSV_ERROR_NO_EMAIL_COLUMN,     /* no column is mapped to the email */
} EvdCsvErrorCode;

/* Cells are stored as 32-bit offsets into one buffer. */
#define EVD_CSV_MAX_FILE_SIZE (G_GUINT64_CONSTANT (1) << 30)
/* One cell, and one row: an attendee's details are a few hundred bytes. */
#define EVD_CSV_MAX_CELL_SIZE (64 * 1000)
#define EVD_CSV_MAX_ROW_SIZE  (1000 * 1000)

GQuark evd_csv_error_quark (void);

G_END_DECLS
