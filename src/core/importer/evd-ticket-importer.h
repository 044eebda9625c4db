/* evd-ticket-importer.h: sends attendees to Zoom, each exactly once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "evd-client.h"
#include "evd-import-journal.h"
#include "evd-import-lock.h"
#include "evd-import-options.h"
#include "evd-import-result.h"
#include "evd-import-row.h"

G_BEGIN_DECLS

/* Progress, as the "progress" signal gives it. Counts are of attendees. */
typedef struct
{
  guint  total;
  guint  created;
  guint  already_registered;
  guint  failed;
  guint  pending;             /* not done yet: total minus the three above */
  guint  requests_sent;       /* ticket batches and look-ups */
  guint  concurrency;         /* batches in flight allowed right now */
  double speed;               /* attendees done per second, recent window; 0 unknown */
  double seconds_left;        /* estimate; negative when unknown */
} EvdImportProgress;

#define EVD_TYPE_IMPORT_PROGRESS (evd_import_progress_get_type ())

GType              evd_import_progress_get_type (void) G_GNUC_CONST;
EvdImportProgress *evd_import_progress_copy     (const EvdImportProgress *progress);
void               evd_import_progress_free     (EvdImportProgress       *progress);

#define EVD_TYPE_TICKET_IMPORTER (evd_ticket_importer_get_type ())

G_DECLARE_FINAL_TYPE (EvdTicketImporter, evd_ticket_importer, EVD, TICKET_IMPORTER, GObject)

/* Signals: "progress" (const EvdImportProgress *) after every answer, at
 * most ten times a second and once at the end. Each row notifies its own
 * "state"; evd_import_result_get_rows() is the list for a report view. */

/* @attendees: (element-type EvdAttendee) the rows to send, e.g.
 * evd_check_report_dup_attendees (report, EVD_ATTENDEE_VALID). */
EvdTicketImporter *evd_ticket_importer_new              (EvdClient              *client,
                                                         const char             *event_id,
                                                         GPtrArray              *attendees,
                                                         const EvdImportOptions *options);
/* A new import recorded in @journal (from evd_import_journal_create()), or a
 * resumed one (from evd_import_journal_load() / _list_unfinished()): rows
 * already done stay done, rows that were in flight are looked up first. */
EvdTicketImporter *evd_ticket_importer_new_from_journal (EvdClient              *client,
                                                         EvdImportJournal       *journal);
/* The rows of evd_ticket_importer_new(), ready for evd_import_journal_create(). */
GPtrArray         *evd_import_rows_from_attendees       (GPtrArray              *attendees,
                                                         const char             *event_id);

EvdClient         *evd_ticket_importer_get_client       (EvdTicketImporter      *self);
const char        *evd_ticket_importer_get_event_id     (EvdTicketImporter      *self);
const EvdImportOptions *
                   evd_ticket_importer_get_options      (EvdTicketImporter      *self);
EvdImportJournal  *evd_ticket_importer_get_journal      (EvdTicketImporter      *self);
void               evd_ticket_importer_get_progress     (EvdTicketImporter      *self,
                                                         EvdImportProgress      *progress);
/* Always valid: during the import it says what is done so far. */
EvdImportResult   *evd_ticket_importer_get_result       (EvdTicketImporter      *self);

/* Tuning, before run: batches in flight at the start and at most (4 and 8). */
void               evd_ticket_importer_set_concurrency  (EvdTicketImporter      *self,
                                                         guint                   initial,
                                                         guint                   maximum);

/* Reads the event's registrations first (rows already registered are
 * skipped), then sends batches of up to 30. Cancelling stops new batches,
 * resolves those in flight and finishes with G_IO_ERROR_CANCELLED.
 * Other errors stop the import: %EVD_API_ERROR_EVENT_NOT_PUBLISHED (nothing
 * was created), %EVD_API_ERROR_DAILY_LIMIT (evd_api_error_get_retry_at()),
 * credentials, network; %G_IO_ERROR_BUSY when another import into the event
 * runs on this computer (see evd_import_lock_acquire()). Whatever the
 * outcome, evd_ticket_importer_get_result() says what was done and the
 * journal holds it. After the sending, the event is checked for any email
 * with more than one ticket, whoever made them, and the result lists the
 * extras (evd_import_result_get_extra_tickets()): one count when the event
 * holds exactly what was read before sending plus what was created, every
 * ticket read again otherwise (see evd-ticket-importer.c). */
void               evd_ticket_importer_run_async        (EvdTicketImporter      *self,
                                                         GCancellable           *cancellable,
                                                         GAsyncReadyCallback     callback,
                                                         gpointer                user_data);
void               evd_ticket_importer_take_lock        (EvdTicketImporter      *self,
                                                         EvdImportLock          *lock);
EvdImportResult   *evd_ticket_importer_run_finish       (EvdTicketImporter      *self,
                                                         GAsyncResult           *result,
                                                         GError                **error);

/* The cheap check before anything is sent: fails with
 * %EVD_API_ERROR_EVENT_NOT_PUBLISHED for a draft and with
 * %EVD_API_ERROR_EVENT_PAST_OR_CANCELLED for a cancelled event. */
void               evd_ticket_importer_check_event_async  (EvdClient            *client,
                                                           const char           *event_id,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
EvdEvent          *evd_ticket_importer_check_event_finish (GAsyncResult         *result,
                                                           GError              **error);

G_END_DECLS
