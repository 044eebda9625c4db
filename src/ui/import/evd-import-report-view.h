/* evd-import-report-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-check-report.h"
#include "evd-import-result.h"

G_BEGIN_DECLS

#define EVD_TYPE_IMPORT_REPORT_VIEW (evd_import_report_view_get_type ())

G_DECLARE_FINAL_TYPE (EvdImportReportView, evd_import_report_view, EVD, IMPORT_REPORT_VIEW, GtkWidget)

/* The end of an import: created, already registered, invalid (not sent) and
 * failed, each group with its rows and reasons, and "Save Problem Rows as
 * CSV…" writing one file (UTF-8 with BOM, CRLF, formulas neutralised) with
 * the rows that were not registered, ready to fix and import again.
 *
 * @result comes from evd_ticket_importer_get_result() (or run_finish);
 * @report (nullable) is the check of the file: its invalid and duplicate
 * rows are the "invalid" group and lead the saved file. Without a report
 * (a pasted list checked elsewhere) only the result's rows are shown. */
GtkWidget       *evd_import_report_view_new                (void);
void             evd_import_report_view_set_result         (EvdImportReportView  *self,
                                                            EvdImportResult      *result,
                                                            EvdCheckReport       *report);
EvdImportResult *evd_import_report_view_get_result         (EvdImportReportView  *self);
EvdCheckReport  *evd_import_report_view_get_report         (EvdImportReportView  *self);
/* A suggested file name for the save dialog, e.g. from the source file */
void             evd_import_report_view_set_suggested_name (EvdImportReportView  *self,
                                                            const char           *name);

/* Rows not registered: invalid, duplicate, already registered in the file
 * check, plus the rows that failed at Zoom */
guint            evd_import_report_view_get_n_problem_rows (EvdImportReportView  *self);
char            *evd_import_report_view_dup_problem_file_name (EvdImportReportView *self);
GBytes          *evd_import_report_view_build_problem_csv  (EvdImportReportView  *self);
void             evd_import_report_view_save_async         (EvdImportReportView  *self,
                                                            GFile                *file,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
gboolean         evd_import_report_view_save_finish        (EvdImportReportView  *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

/* Signal "remove-extra-tickets": the person asked to remove the extra
 * tickets of the check after the import; the handler answers with: */
void             evd_import_report_view_show_extras_removed (EvdImportReportView *self,
                                                             guint                n_removed,
                                                             const GError        *error);
/* For tests: the title line of the summary ("1,230 attendees registered") */
const char      *evd_import_report_view_get_summary_text   (EvdImportReportView  *self);

G_END_DECLS
