/* evd-import-progress-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-ticket-importer.h"

G_BEGIN_DECLS

#define EVD_TYPE_IMPORT_PROGRESS_VIEW (evd_import_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (EvdImportProgressView, evd_import_progress_view, EVD, IMPORT_PROGRESS_VIEW, GtkWidget)

/* Shows the progress of a running EvdTicketImporter: a bar, created /
 * already registered / failed counts, speed and time left, and a Cancel
 * button that cancels the cancellable given (what was sent stays). Reuse:
 * set the importer before evd_ticket_importer_run_async(), the cancellable
 * being the one passed to it. Without an importer it shows nothing yet. */
GtkWidget         *evd_import_progress_view_new             (void);
void               evd_import_progress_view_set_importer    (EvdImportProgressView *self,
                                                             EvdTicketImporter     *importer);
EvdTicketImporter *evd_import_progress_view_get_importer    (EvdImportProgressView *self);
void               evd_import_progress_view_set_cancellable (EvdImportProgressView *self,
                                                             GCancellable          *cancellable);
void               evd_import_progress_view_set_title       (EvdImportProgressView *self,
                                                             const char            *title);

/* For tests */
double             evd_import_progress_view_get_fraction    (EvdImportProgressView *self);
const char        *evd_import_progress_view_get_counts_text (EvdImportProgressView *self);
const char        *evd_import_progress_view_get_time_text   (EvdImportProgressView *self);
void               evd_import_progress_view_cancel          (EvdImportProgressView *self);

G_END_DECLS
