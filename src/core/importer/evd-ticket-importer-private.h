/* evd-ticket-importer-private.h: what the importer's two files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "evd-import-journal.h"
#include "evd-import-lock.h"
#include "evd-import-result.h"
#include "evd-import-row.h"
#include "evd-ticket-importer.h"

G_BEGIN_DECLS

/* Before any latency is known; 0 as the importer's initial window means
 * "from the latency" */
#define DEFAULT_CONCURRENCY      4
/* The window otherwise follows the rate and the latency (Little's law, in
 * evd-ticket-importer-sending.c); this only bounds it */
#define DEFAULT_MAX_CONCURRENCY  256
#define MAX_LOOKUPS_IN_FLIGHT    8
/* A row whose sends all went unanswered and were then not found at Zoom
 * this many times fails: resending is safe, but not forever. */
#define MAX_SENDS                10
/* Look-ups that fail in a row (each already retried by the client) stop
 * the import: Zoom cannot be reached, and the journal keeps the rest. */
#define MAX_LOOKUP_FAILURES      5
#define PROGRESS_INTERVAL_US     (G_USEC_PER_SEC / 10)
#define SPEED_WINDOW_US          (5 * G_USEC_PER_SEC)

typedef struct
{
  guint    sends;
  guint    lookup_failures;
  gboolean lookup_by_email;   /* Zoom said the email has a ticket already */
} RowInfo;

typedef struct
{
  gint64 time_us;
  guint  done;
} SpeedSample;

struct _EvdTicketImporter
{
  GObject           parent_instance;

  EvdClient        *client;
  char             *event_id;
  EvdImportOptions *options;
  char             *source;
  GListStore       *rows;
  EvdImportJournal *journal;
  EvdImportResult  *result;
  GHashTable       *info;          /* EvdImportRow → RowInfo */

  GQueue            send_queue;    /* rows to send (borrowed) */
  GQueue            lookup_queue;  /* rows to look up (borrowed) */
  guint             batches_in_flight;
  guint             lookups_in_flight;
  guint             concurrency;
  guint             max_concurrency;
  guint             successes;
  gboolean          backed_off;    /* a 429 was seen: grow the window slowly */
  gboolean          checking_event;
  gboolean          reading_registrations;
  guint             next_batch;
  guint             requests_sent;

  GTask            *task;
  GSource          *cancel_source;
  GError           *stop_error;
  gboolean          sending;       /* past the registrations read */

  EvdImportLock    *lock;          /* held from run until the check is done */

  /* For the duplicate check after sending (evd-ticket-importer.c) */
  gint64            n_read_tickets;   /* listed before sending; -1 before the read */
  GPtrArray        *read_extras;      /* the extras among them */
  guint             n_created_here;   /* tickets this run's batch answers created */
  gboolean          outcome_unsure;   /* a batch's outcome had to be looked up */

  gint64            last_progress_us;
  GQueue            speed_samples;
};

void       importer_check_done              (EvdTicketImporter  *self);
void       importer_emit_progress           (EvdTicketImporter  *self,
                                             gboolean           force);
gboolean   importer_is_cancelled            (EvdTicketImporter  *self);
void       importer_journal_row             (EvdTicketImporter  *self,
                                             EvdImportRow       *row,
                                             guint              batch);
void       importer_journal_sync            (EvdTicketImporter  *self);
void       importer_look_up                 (EvdTicketImporter  *self,
                                             EvdImportRow       *row,
                                             gboolean           by_email);
void       importer_mark_already_registered (EvdTicketImporter  *self,
                                             EvdImportRow       *row,
                                             const char         *ticket_id);
void       importer_mark_created            (EvdTicketImporter  *self,
                                             EvdImportRow       *row,
                                             const char         *ticket_id,
                                             const char         *join_link);
void       importer_mark_failed             (EvdTicketImporter  *self,
                                             EvdImportRow       *row,
                                             const char         *error_code,
                                             const char         *reason);
void       importer_pump                    (EvdTicketImporter  *self);
RowInfo   *importer_row_info                (EvdTicketImporter  *self,
                                             EvdImportRow       *row);
void       importer_send_again              (EvdTicketImporter  *self,
                                             EvdImportRow       *row,
                                             gboolean           at_front);
const char *importer_ticket_link             (EvdTicket          *ticket);
void       importer_stop                    (EvdTicketImporter  *self,
                                             GError             *error);

G_END_DECLS
