/* evd-import-result.h: what an import did, in counts and row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-import-row.h"

G_BEGIN_DECLS

#define EVD_TYPE_IMPORT_RESULT (evd_import_result_get_type ())

G_DECLARE_FINAL_TYPE (EvdImportResult, evd_import_result, EVD, IMPORT_RESULT, GObject)

/* Built by the importer over its rows; the counts are read from the rows
 * when asked, so a result taken mid-import says what is done so far. */
EvdImportResult *evd_import_result_new                 (GListModel      *rows);
GListModel      *evd_import_result_get_rows            (EvdImportResult *self);
guint            evd_import_result_get_n_rows          (EvdImportResult *self);
guint            evd_import_result_count               (EvdImportResult *self,
                                                        EvdImportRowState state);
guint            evd_import_result_get_n_created       (EvdImportResult *self);
guint            evd_import_result_get_n_already_registered (EvdImportResult *self);
guint            evd_import_result_get_n_failed        (EvdImportResult *self);
/* Rows not sent, or sent without a known outcome (after a cancel or a stop). */
guint            evd_import_result_get_n_not_done      (EvdImportResult *self);
gboolean         evd_import_result_is_complete         (EvdImportResult *self);
gboolean         evd_import_result_get_cancelled       (EvdImportResult *self);
void             evd_import_result_set_cancelled       (EvdImportResult *self,
                                                        gboolean         cancelled);
/* Why the import stopped early, if it did (not published, daily limit…). */
const GError    *evd_import_result_get_error           (EvdImportResult *self);
void             evd_import_result_set_error           (EvdImportResult *self,
                                                        const GError    *error);
/* The check after the import: tickets beyond one per email in the event. */
void             evd_import_result_set_extra_tickets   (EvdImportResult *self,
                                                        GPtrArray       *extras);
GPtrArray       *evd_import_result_get_extra_tickets   (EvdImportResult *self);
/* The failed rows as CSV (row, email, reason), for "Save Failed Rows". */
GBytes          *evd_import_result_build_failed_csv    (EvdImportResult *self);

G_END_DECLS
