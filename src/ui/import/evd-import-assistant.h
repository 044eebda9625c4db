/* evd-import-assistant.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "evd-client.h"
#include "evd-csv-reader.h"
#include "evd-import-journal.h"
#include "evd-import-progress-view.h"
#include "evd-import-report-view.h"
#include "evd-ticket-importer.h"

G_BEGIN_DECLS

#define EVD_TYPE_IMPORT_ASSISTANT (evd_import_assistant_get_type ())

G_DECLARE_FINAL_TYPE (EvdImportAssistant, evd_import_assistant, EVD, IMPORT_ASSISTANT, AdwWindow)

/* A modal window that takes an attendee spreadsheet to Zoom: file, what was
 * found (encoding, separator, columns), checks, options, sending, report.
 * Emits "finished" (EvdImportResult) when an import ends, however it ends. */
EvdImportAssistant *evd_import_assistant_new                 (GtkWindow          *parent,
                                                              EvdClient          *client,
                                                              EvdEvent           *event);
EvdImportAssistant *evd_import_assistant_new_for_journal     (GtkWindow          *parent,
                                                              EvdClient          *client,
                                                              EvdImportJournal   *journal);
void                evd_import_assistant_set_journal_directory (EvdImportAssistant *self,
                                                              const char         *directory);
void                evd_import_assistant_choose_file         (EvdImportAssistant *self);
void                evd_import_assistant_open_file           (EvdImportAssistant *self,
                                                              GFile              *file);

/* For tests, and what the buttons do */
const char         *evd_import_assistant_get_step            (EvdImportAssistant *self);
gboolean            evd_import_assistant_is_busy             (EvdImportAssistant *self);
gboolean            evd_import_assistant_can_go_next         (EvdImportAssistant *self);
void                evd_import_assistant_go_next             (EvdImportAssistant *self);
void                evd_import_assistant_go_back             (EvdImportAssistant *self);
void                evd_import_assistant_set_encoding        (EvdImportAssistant *self,
                                                              EvdCsvEncoding      encoding);
void                evd_import_assistant_set_delimiter       (EvdImportAssistant *self,
                                                              char                delimiter);
void                evd_import_assistant_set_column_target   (EvdImportAssistant *self,
                                                              guint               column,
                                                              EvdImportField      field);
void                evd_import_assistant_set_send_notification (EvdImportAssistant *self,
                                                              gboolean            send);
gboolean            evd_import_assistant_can_import          (EvdImportAssistant *self);
void                evd_import_assistant_start_import        (EvdImportAssistant *self);
void                evd_import_assistant_publish_event       (EvdImportAssistant *self);
EvdCsvTable        *evd_import_assistant_get_table           (EvdImportAssistant *self);
EvdColumnMapping   *evd_import_assistant_get_mapping         (EvdImportAssistant *self);
EvdCheckReport     *evd_import_assistant_get_check_report    (EvdImportAssistant *self);
EvdTicketImporter  *evd_import_assistant_get_importer        (EvdImportAssistant *self);
EvdImportResult    *evd_import_assistant_get_result          (EvdImportAssistant *self);
EvdImportProgressView *evd_import_assistant_get_progress_view (EvdImportAssistant *self);
EvdImportReportView *evd_import_assistant_get_report_view    (EvdImportAssistant *self);
/* The message shown on the current step: a read error, the guard, … */
char               *evd_import_assistant_dup_message         (EvdImportAssistant *self);
const char         *evd_import_assistant_get_import_label    (EvdImportAssistant *self);

G_END_DECLS
