/* evd-csv-error.c: the EVD_CSV_ERROR domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-csv-error"

#include "config.h"

#include "evd-csv-error.h"

G_DEFINE_QUARK (evd-csv-error-quark, evd_csv_error)
