/* evd-import-assistant-private.h: what the assistant's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-attendee-checker.h"
#include "evd-import-assistant.h"

G_BEGIN_DECLS

struct _EvdImportAssistant
{
  AdwWindow              parent_instance;

  /* template */
  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkWidget             *cancel_button;
  GtkWidget             *back_button;
  GtkWidget             *next_button;
  GtkStack              *stack;
  AdwStatusPage         *file_status;
  GtkSpinner            *file_spinner;
  GtkWidget             *choose_button;
  AdwActionRow          *rows_row;
  GtkLabel              *rows_count;
  AdwComboRow           *encoding_row;
  AdwComboRow           *delimiter_row;
  AdwPreferencesGroup   *mapping_group;
  GtkLabel              *mapping_error_label;
  GtkColumnView         *preview_view;
  GtkLabel              *ignored_label;
  GtkWidget             *checks_box;
  GtkWidget             *checking_box;
  GtkSpinner            *checks_spinner;
  GtkLabel              *checking_label;
  GtkWidget             *counts_group;
  AdwActionRow          *valid_row;
  AdwActionRow          *invalid_row;
  AdwActionRow          *duplicates_row;
  AdwActionRow          *registered_row;
  GtkLabel              *valid_count;
  GtkLabel              *invalid_count;
  GtkLabel              *duplicates_count;
  GtkLabel              *registered_count;
  AdwPreferencesGroup   *errors_group;
  AdwPreferencesGroup   *skipped_group;
  AdwPreferencesGroup   *warnings_group;
  GtkWidget             *guard_box;
  GtkLabel              *guard_title;
  GtkLabel              *guard_label;
  GtkButton             *guard_button;
  AdwComboRow           *ticket_type_row;
  GtkSwitch             *notify_switch;
  AdwComboRow           *mode_row;
  GtkButton             *import_button;
  EvdImportProgressView *progress_view;
  GtkLabel              *stop_label;
  EvdImportReportView   *report_view;

  /* what the person chose and what was found */
  EvdClient             *client;
  EvdEvent              *event;
  char                  *event_id;
  char                  *journal_directory;
  GFile                 *file;
  EvdCsvOptions          csv_options;
  EvdCsvTable           *table;
  EvdColumnMapping      *mapping;
  GPtrArray             *mapping_rows;     /* AdwComboRow per column */
  EvdCheckReport        *report;
  GHashTable            *registered;       /* folded emails with a ticket, or NULL */
  GPtrArray             *ticket_type_ids;  /* parallel to ticket_type_row's model */
  EvdTicketImporter     *importer;
  EvdImportJournal      *journal;
  EvdImportResult       *result;

  /* what is under way */
  GCancellable          *cancellable;      /* reading, checking, options */
  GCancellable          *import_cancellable;
  gboolean               reading;
  gboolean               checking;
  gboolean               options_loading;
  gboolean               event_ready;      /* published, attendees can be added */
  gboolean               guard_publishes;  /* the guard's button publishes */
  gboolean               sending;
  gboolean               close_when_stopped;
  gboolean               updating_rows;    /* combo rows set by code, not by a person */
  guint                  checks_generation;
  GPtrArray             *problem_rows;     /* expander rows in the checks step */
};

/* evd-import-assistant-steps.c: filling the "found" and "checks" steps */
void     evd_import_assistant_setup_steps   (EvdImportAssistant *self);
void     evd_import_assistant_show_found    (EvdImportAssistant *self);
void     evd_import_assistant_update_mapping_state (EvdImportAssistant *self);
void     evd_import_assistant_show_checks   (EvdImportAssistant *self);
void     evd_import_assistant_reread        (EvdImportAssistant *self);
void     evd_import_assistant_update_buttons (EvdImportAssistant *self);
void     evd_import_assistant_start_checks  (EvdImportAssistant *self);

/* evd-import-assistant-options.c: the options step and the guard */
void     evd_import_assistant_setup_options   (EvdImportAssistant *self);
void     evd_import_assistant_load_options    (EvdImportAssistant *self);
void     evd_import_assistant_show_guard      (EvdImportAssistant *self,
                                               const char         *title,
                                               const char         *text,
                                               const char         *button);
void     evd_import_assistant_guard_clicked_cb (EvdImportAssistant *self);
void     evd_import_assistant_remove_extras_cb (EvdImportAssistant *self);
EvdImportOptions *evd_import_assistant_collect_options (EvdImportAssistant *self);

G_END_DECLS
