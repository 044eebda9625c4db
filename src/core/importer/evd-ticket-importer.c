/* evd-ticket-importer.c: sends attendees to Zoom, each exactly once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How no attendee gets two tickets, although POST tickets is not
 * idempotent:
 *  - every row carries a stable external_ticket_id (event + email);
 *  - before anything is sent, the event's registrations are read: rows whose
 *    id or email is there are done (this is also how a resumed import learns
 *    what its last, unanswered batches did);
 *  - a row is journalled as "sending", durably, before its request goes out;
 *  - a request whose outcome is unknown (answer lost or cut short, a 5xx)
 *    is never resent as such: its rows are looked up by external_ticket_id,
 *    found ones are created, and only the others go into a later batch.
 */
#define G_LOG_DOMAIN "evd-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "evd-api-error.h"
#include "evd-attendee.h"
#include "evd-duplicate-tickets.h"
#include "evd-import-private.h"
#include "evd-ticket-importer.h"
#include "evd-ticket-importer-private.h"

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EvdTicketImporter, evd_ticket_importer, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (EvdImportProgress, evd_import_progress,
                     evd_import_progress_copy, evd_import_progress_free)

EvdImportProgress *
evd_import_progress_copy (const EvdImportProgress *progress)
{
  return g_memdup2 (progress, sizeof *progress);
}

void
evd_import_progress_free (EvdImportProgress *progress)
{
  g_free (progress);
}


static void
evd_ticket_importer_dispose (GObject *object)
{
  EvdTicketImporter *self = (EvdTicketImporter *) object;

  if (self->cancel_source != NULL)
    {
      g_source_destroy (self->cancel_source);
      g_clear_pointer (&self->cancel_source, g_source_unref);
    }

  G_OBJECT_CLASS (evd_ticket_importer_parent_class)->dispose (object);
}

static void
evd_ticket_importer_finalize (GObject *object)
{
  EvdTicketImporter *self = (EvdTicketImporter *) object;

  g_queue_clear (&self->send_queue);
  g_queue_clear (&self->lookup_queue);
  g_queue_clear_full (&self->speed_samples, g_free);
  g_clear_object (&self->client);
  g_free (self->event_id);
  g_clear_pointer (&self->options, evd_import_options_free);
  g_free (self->source);
  g_clear_object (&self->rows);
  g_clear_object (&self->journal);
  g_clear_object (&self->result);
  g_clear_pointer (&self->info, g_hash_table_unref);
  g_clear_error (&self->stop_error);
  g_clear_object (&self->task);
  g_clear_pointer (&self->lock, evd_import_lock_release);
  g_clear_pointer (&self->read_extras, g_ptr_array_unref);

  G_OBJECT_CLASS (evd_ticket_importer_parent_class)->finalize (object);
}

static void
evd_ticket_importer_class_init (EvdTicketImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = evd_ticket_importer_dispose;
  object_class->finalize = evd_ticket_importer_finalize;

  /**
   * EvdTicketImporter::progress:
   * @progress: (type EvdImportProgress): counts, speed and time left
   */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                    EVD_TYPE_IMPORT_PROGRESS | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
evd_ticket_importer_init (EvdTicketImporter *self)
{
  self->rows = g_list_store_new (EVD_TYPE_IMPORT_ROW);
  self->result = evd_import_result_new (G_LIST_MODEL (self->rows));
  self->info = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->concurrency = 0;
  self->max_concurrency = DEFAULT_MAX_CONCURRENCY;
  self->n_read_tickets = -1;
  g_queue_init (&self->send_queue);
  g_queue_init (&self->lookup_queue);
  g_queue_init (&self->speed_samples);
}

static void
add_row (EvdTicketImporter *self,
         EvdImportRow      *row)
{
  g_list_store_append (self->rows, row);
  g_hash_table_insert (self->info, row, g_new0 (RowInfo, 1));
}

RowInfo *
importer_row_info (EvdTicketImporter *self,
          EvdImportRow      *row)
{
  return g_hash_table_lookup (self->info, row);
}

/**
 * evd_import_rows_from_attendees:
 * @attendees: (element-type EvdAttendee): the attendees to send
 *
 * Returns: (transfer full) (element-type EvdImportRow): one pending row per
 *   attendee that has an email, with the ticket as it will be sent
 */
GPtrArray *
evd_import_rows_from_attendees (GPtrArray  *attendees,
                                const char *event_id)
{
  GPtrArray *rows;

  g_return_val_if_fail (attendees != NULL, NULL);
  g_return_val_if_fail (event_id != NULL, NULL);

  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < attendees->len; i++)
    {
      EvdAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autoptr(JsonNode) ticket = NULL;

      if (evd_attendee_get_email (attendee) == NULL)
        continue;
      ticket = evd_attendee_to_ticket_json (attendee, event_id);
      g_ptr_array_add (rows, evd_import_row_new (evd_attendee_get_row_number (attendee), ticket));
    }
  return rows;
}

static EvdTicketImporter *
importer_new (EvdClient              *client,
              const char             *event_id,
              const EvdImportOptions *options)
{
  EvdTicketImporter *self = g_object_new (EVD_TYPE_TICKET_IMPORTER, NULL);

  self->client = g_object_ref (client);
  self->event_id = g_strdup (event_id);
  self->options = evd_import_options_copy (options);
  self->source = evd_import_options_dup_source (options);
  return self;
}

/**
 * evd_ticket_importer_new:
 * @attendees: (element-type EvdAttendee): the attendees to send
 * @options: (nullable): %NULL for evd_import_options_new()
 *
 * An import without a journal. For one that survives a crash, make the rows
 * with evd_import_rows_from_attendees(), a journal with
 * evd_import_journal_create(), and use evd_ticket_importer_new_from_journal().
 *
 * Returns: (transfer full): the importer
 */
EvdTicketImporter *
evd_ticket_importer_new (EvdClient              *client,
                         const char             *event_id,
                         GPtrArray              *attendees,
                         const EvdImportOptions *options)
{
  g_autoptr(EvdImportOptions) defaults = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  EvdTicketImporter *self;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (event_id != NULL, NULL);
  g_return_val_if_fail (attendees != NULL, NULL);

  if (options == NULL)
    options = defaults = evd_import_options_new ();
  self = importer_new (client, event_id, options);
  rows = evd_import_rows_from_attendees (attendees, event_id);
  for (guint i = 0; i < rows->len; i++)
    add_row (self, g_ptr_array_index (rows, i));
  return self;
}

/**
 * evd_ticket_importer_new_from_journal:
 *
 * Returns: (transfer full): the importer; its rows are the journal's
 */
EvdTicketImporter *
evd_ticket_importer_new_from_journal (EvdClient        *client,
                                      EvdImportJournal *journal)
{
  EvdTicketImporter *self;
  GPtrArray *rows;

  g_return_val_if_fail (EVD_IS_CLIENT (client), NULL);
  g_return_val_if_fail (EVD_IS_IMPORT_JOURNAL (journal), NULL);

  self = importer_new (client, evd_import_journal_get_event_id (journal),
                       evd_import_journal_get_options (journal));
  self->journal = g_object_ref (journal);
  rows = evd_import_journal_get_rows (journal);
  for (guint i = 0; i < rows->len; i++)
    add_row (self, g_ptr_array_index (rows, i));
  return self;
}

/**
 * evd_ticket_importer_get_client:
 *
 * Returns: (transfer none): the client
 */
EvdClient *
evd_ticket_importer_get_client (EvdTicketImporter *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_IMPORTER (self), NULL);
  return self->client;
}

const char *
evd_ticket_importer_get_event_id (EvdTicketImporter *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_IMPORTER (self), NULL);
  return self->event_id;
}

const EvdImportOptions *
evd_ticket_importer_get_options (EvdTicketImporter *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_IMPORTER (self), NULL);
  return self->options;
}

/**
 * evd_ticket_importer_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal, if there is one
 */
EvdImportJournal *
evd_ticket_importer_get_journal (EvdTicketImporter *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_IMPORTER (self), NULL);
  return self->journal;
}

/**
 * evd_ticket_importer_get_result:
 *
 * Returns: (transfer none): the rows and counts so far
 */
EvdImportResult *
evd_ticket_importer_get_result (EvdTicketImporter *self)
{
  g_return_val_if_fail (EVD_IS_TICKET_IMPORTER (self), NULL);
  return self->result;
}

void
evd_ticket_importer_set_concurrency (EvdTicketImporter *self,
                                     guint              initial,
                                     guint              maximum)
{
  g_return_if_fail (EVD_IS_TICKET_IMPORTER (self));
  g_return_if_fail (initial >= 1 && maximum >= initial);
  g_return_if_fail (self->task == NULL);

  self->concurrency = initial;
  self->max_concurrency = maximum;
}

/* Progress */

static guint
count_done (EvdTicketImporter *self)
{
  return evd_import_result_get_n_created (self->result) +
         evd_import_result_get_n_already_registered (self->result) +
         evd_import_result_get_n_failed (self->result);
}

/* Samples over the last few seconds: the speed is the recent one, not the
 * average since a start that included reading the registrations. */
static void
add_speed_sample (EvdTicketImporter *self,
                  gint64             now,
                  guint              done)
{
  SpeedSample *sample = g_new (SpeedSample, 1);

  sample->time_us = now;
  sample->done = done;
  g_queue_push_tail (&self->speed_samples, sample);
  while (g_queue_get_length (&self->speed_samples) > 2 &&
         ((SpeedSample *) g_queue_peek_nth (&self->speed_samples, 1))->time_us < now - SPEED_WINDOW_US)
    g_free (g_queue_pop_head (&self->speed_samples));
}

void
evd_ticket_importer_get_progress (EvdTicketImporter *self,
                                  EvdImportProgress *progress)
{
  SpeedSample *oldest, *newest;

  g_return_if_fail (EVD_IS_TICKET_IMPORTER (self));
  g_return_if_fail (progress != NULL);

  progress->total = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  progress->created = evd_import_result_get_n_created (self->result);
  progress->already_registered = evd_import_result_get_n_already_registered (self->result);
  progress->failed = evd_import_result_get_n_failed (self->result);
  progress->pending = progress->total - progress->created - progress->already_registered - progress->failed;
  progress->requests_sent = self->requests_sent;
  progress->concurrency = self->concurrency > 0 ? self->concurrency : DEFAULT_CONCURRENCY;
  progress->speed = 0.0;
  progress->seconds_left = progress->pending == 0 ? 0.0 : -1.0;

  oldest = g_queue_peek_head (&self->speed_samples);
  newest = g_queue_peek_tail (&self->speed_samples);
  if (oldest != NULL && newest->time_us - oldest->time_us >= G_USEC_PER_SEC / 4)
    progress->speed = (double) (newest->done - oldest->done) * G_USEC_PER_SEC /
                      (double) (newest->time_us - oldest->time_us);
  if (progress->speed > 0.0 && progress->pending > 0)
    progress->seconds_left = progress->pending / progress->speed;
}

void
importer_emit_progress (EvdTicketImporter *self,
               gboolean           force)
{
  EvdImportProgress progress;
  gint64 now = g_get_monotonic_time ();

  if (!force && now - self->last_progress_us < PROGRESS_INTERVAL_US)
    return;
  self->last_progress_us = now;
  add_speed_sample (self, now, count_done (self));
  evd_ticket_importer_get_progress (self, &progress);
  g_signal_emit (self, signals[PROGRESS], 0, &progress);
}

/* Stopping and finishing */

void
importer_stop (EvdTicketImporter *self,
      GError            *error)
{
  if (self->stop_error == NULL)
    {
      g_debug ("Import stops: %s", error->message);
      self->stop_error = error;
      evd_import_result_set_error (self->result, error);
    }
  else
    g_error_free (error);
}

gboolean
importer_is_cancelled (EvdTicketImporter *self)
{
  return self->task != NULL && g_task_get_cancellable (self->task) != NULL &&
         g_cancellable_is_cancelled (g_task_get_cancellable (self->task));
}

void
importer_journal_row (EvdTicketImporter *self,
             EvdImportRow      *row,
             guint              batch)
{
  g_autoptr(GError) error = NULL;

  if (self->journal == NULL)
    return;
  if (!evd_import_journal_record (self->journal, row, batch, &error))
    importer_stop (self, g_steal_pointer (&error));
}

void
importer_journal_sync (EvdTicketImporter *self)
{
  g_autoptr(GError) error = NULL;

  if (self->journal != NULL && !evd_import_journal_sync (self->journal, &error))
    importer_stop (self, g_steal_pointer (&error));
}

static void
finish (EvdTicketImporter *self)
{
  gboolean cancelled = importer_is_cancelled (self);
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  g_clear_pointer (&self->lock, evd_import_lock_release);

  if (self->stop_error != NULL)
    g_task_return_error (task, g_steal_pointer (&self->stop_error));
  else if (cancelled && !evd_import_result_is_complete (self->result))
    {
      evd_import_result_set_cancelled (self->result, TRUE);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The import was stopped. The attendees sent so far are registered."));
    }
  else
    g_task_return_pointer (task, g_object_ref (self->result), g_object_unref);
}

static void
extras_checked_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(EvdTicketImporter) self = user_data;
  g_autoptr(GPtrArray) extras = NULL;
  g_autoptr(GError) error = NULL;

  /* The import itself is done: a check that fails is reported as not
   * made (no list of extras), not as a failed import. */
  extras = evd_duplicate_tickets_check_finish (result, &error);
  if (extras == NULL)
    g_debug ("Could not check the event for extra tickets: %s", error->message);
  evd_import_result_set_extra_tickets (self->result, extras);
  finish (self);
}

/* Whether the tickets this run created all have different emails: the
 * rows of one file are checked for that before sending, but a caller may
 * hand in the same person twice, and those two tickets would pass the
 * count unseen. Rows created by an earlier run of the journal are in the
 * read before sending, so they count too. */
static gboolean
created_emails_are_unique (EvdTicketImporter *self)
{
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      const char *email = evd_import_row_get_email (row);

      if (evd_import_row_get_state (row) == EVD_IMPORT_ROW_CREATED && email != NULL &&
          !g_hash_table_add (emails, g_utf8_strdown (email, -1)))
        return FALSE;
    }
  return TRUE;
}

/* The check after an import: any email with more than one ticket, whoever
 * made them. Reading every ticket again takes one round trip
 * per 300 tickets, one after another (each page needs the previous one's
 * token): 17 of them for 5,000 attendees, as long as the import itself at
 * 300 ms from Zoom. But the importer knows what the event held when it
 * started (it read every ticket, and found the extras among them) and what
 * it created since; if Zoom's count of tickets is exactly that sum, nobody
 * else added a ticket meanwhile, and the extras are those it already
 * knows. One request (one ticket and Zoom's total_records) tells, and only
 * a different count (another import into the same event, someone adding
 * people in Zoom, or no count at all) costs the full read.
 *
 * What a count cannot see: someone else removing as many tickets as they
 * (or another app) add during the same import, one of them a second ticket
 * for someone. That needs two other people or apps changing the same event
 * in opposite ways within the minutes of an import, and the extra ticket
 * would still show in any later check (the registrations page's, the next
 * import's). Where the importer's own count might be off, the full read
 * runs whatever the total: when a batch's outcome had to be looked up (a
 * lost answer, a 5xx; rare, and Zoom's lists may lag behind its writes),
 * and when this import created two tickets for one email. */
static gboolean
count_is_enough (EvdTicketImporter *self)
{
  return self->n_read_tickets >= 0 && self->read_extras != NULL && !self->outcome_unsure &&
         created_emails_are_unique (self);
}

/* The sending is over: the journal is brought up to date, and then, still
 * holding the lock, the event is checked for any email with more than one
 * ticket. */
static void
finish_sending (EvdTicketImporter *self)
{
  g_autoptr(GError) journal_error = NULL;

  if (self->cancel_source != NULL)
    {
      g_source_destroy (self->cancel_source);
      g_clear_pointer (&self->cancel_source, g_source_unref);
    }

  importer_journal_sync (self);
  if (self->journal != NULL && evd_import_result_is_complete (self->result) &&
      !evd_import_journal_mark_finished (self->journal, &journal_error))
    g_warning ("Could not mark the import journal finished: %s", journal_error->message);

  importer_emit_progress (self, TRUE);

  if (self->stop_error != NULL || self->lock == NULL || importer_is_cancelled (self))
    {
      finish (self);
      return;
    }
  self->requests_sent++;
  if (count_is_enough (self))
    evd_duplicate_tickets_verify_async (self->client, self->event_id,
                                        self->n_read_tickets + self->n_created_here, self->read_extras,
                                        NULL, extras_checked_cb, g_object_ref (self));
  else
    evd_duplicate_tickets_check_async (self->client, self->event_id, NULL,
                                       extras_checked_cb, g_object_ref (self));
}

void
importer_check_done (EvdTicketImporter *self)
{
  gboolean idle = self->batches_in_flight == 0 && self->lookups_in_flight == 0 &&
                  !self->checking_event && !self->reading_registrations;

  if (self->task == NULL || !idle)
    return;
  if (self->stop_error != NULL || importer_is_cancelled (self) ||
      (g_queue_is_empty (&self->send_queue) && g_queue_is_empty (&self->lookup_queue)))
    finish_sending (self);
}

/* Row outcomes */

void
importer_mark_created (EvdTicketImporter *self,
              EvdImportRow      *row,
              const char        *ticket_id,
              const char        *join_link)
{
  evd_import_row_set_created (row, ticket_id, join_link);
  importer_journal_row (self, row, 0);
}

void
importer_mark_already_registered (EvdTicketImporter *self,
                         EvdImportRow      *row,
                         const char        *ticket_id)
{
  evd_import_row_set_already_registered (row, ticket_id);
  importer_journal_row (self, row, 0);
}

void
importer_mark_failed (EvdTicketImporter *self,
             EvdImportRow      *row,
             const char        *error_code,
             const char        *reason)
{
  evd_import_row_set_failed (row, error_code, reason);
  importer_journal_row (self, row, 0);
}

/* Back in the queue, unless it was sent too often without an outcome. */
void
importer_send_again (EvdTicketImporter *self,
            EvdImportRow      *row,
            gboolean           at_front)
{
  if (importer_row_info (self, row)->sends >= MAX_SENDS)
    {
      importer_mark_failed (self, row, NULL,
                   _("Zoom failed again and again while registering this person. Import the file again "
                     "later: people already registered are skipped."));
      return;
    }
  evd_import_row_set_pending (row);
  importer_journal_row (self, row, 0);
  if (at_front)
    g_queue_push_head (&self->send_queue, row);
  else
    g_queue_push_tail (&self->send_queue, row);
}

void
importer_look_up (EvdTicketImporter *self,
         EvdImportRow      *row,
         gboolean           by_email)
{
  importer_row_info (self, row)->lookup_by_email = by_email || evd_import_row_get_external_ticket_id (row) == NULL;
  g_queue_push_tail (&self->lookup_queue, row);
}

const char *
importer_ticket_link (EvdTicket *ticket)
{
  const char *link = evd_ticket_get_event_join_link (ticket);

  return link != NULL ? link : evd_ticket_get_event_registration_link (ticket);
}

static gboolean
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  EvdTicketImporter *self = user_data;

  importer_pump (self);
  return G_SOURCE_REMOVE;
}

/* Before sending: what the event already has */

static char *
email_key (const char *email)
{
  return email != NULL ? g_utf8_strdown (email, -1) : NULL;
}

static void
apply_registrations (EvdTicketImporter *self,
                     GListModel        *tickets)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_tickets = g_list_model_get_n_items (tickets);
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  /* What the duplicate check after sending starts from. */
  self->n_read_tickets = n_tickets;
  g_clear_pointer (&self->read_extras, g_ptr_array_unref);
  self->read_extras = evd_duplicate_tickets_find (tickets, self->event_id);
  self->n_created_here = 0;
  self->outcome_unsure = FALSE;

  for (guint i = 0; i < n_tickets; i++)
    {
      EvdTicket *ticket = g_list_model_get_item (tickets, i);   /* the list keeps it */

      g_object_unref (ticket);
      if (evd_ticket_get_external_ticket_id (ticket) != NULL)
        g_hash_table_insert (by_id, (gpointer) evd_ticket_get_external_ticket_id (ticket), ticket);
      if (evd_ticket_get_email (ticket) != NULL)
        g_hash_table_insert (by_email, email_key (evd_ticket_get_email (ticket)), ticket);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      g_autofree char *key = email_key (evd_import_row_get_email (row));
      EvdImportRowState state = evd_import_row_get_state (row);
      const char *external_id = evd_import_row_get_external_ticket_id (row);
      EvdTicket *ours = external_id != NULL ? g_hash_table_lookup (by_id, external_id) : NULL;
      EvdTicket *any = ours != NULL ? ours : (key != NULL ? g_hash_table_lookup (by_email, key) : NULL);

      if (evd_import_row_state_is_done (state))
        continue;
      if (state == EVD_IMPORT_ROW_SENDING && ours != NULL)
        importer_mark_created (self, row, evd_ticket_get_ticket_id (ours), importer_ticket_link (ours));
      else if (any != NULL)
        importer_mark_already_registered (self, row, evd_ticket_get_ticket_id (any));
      else
        {
          if (state == EVD_IMPORT_ROW_SENDING)
            {
              /* Sent before a crash and not there: it was never done. */
              evd_import_row_set_pending (row);
              importer_journal_row (self, row, 0);
            }
          g_queue_push_tail (&self->send_queue, row);
        }
    }
}

static void
registrations_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdTicketImporter) self = user_data;
  g_autoptr(GListModel) tickets = NULL;
  GError *error = NULL;

  self->reading_registrations = FALSE;
  tickets = evd_client_list_tickets_finish (EVD_CLIENT (object), result, &error);
  if (tickets == NULL)
    importer_stop (self, error);
  else if (self->stop_error == NULL)
    {
      apply_registrations (self, tickets);
      importer_journal_sync (self);
    }

  /* On a stop, this only waits for what is in flight, then finishes. */
  self->sending = TRUE;
  /* The time left is measured from here: the wait for the event and its
   * registrations, and the people found already registered in one go, made
   * a 2-second import say 17. */
  g_queue_clear_full (&self->speed_samples, g_free);
  importer_emit_progress (self, TRUE);
  importer_pump (self);
}

/* The check only turns Zoom's refusal into a clearer sentence before the
 * first batch would meet it: sending does not wait for it. */
static void
event_checked_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(EvdTicketImporter) self = user_data;
  g_autoptr(EvdEvent) event = NULL;
  GError *error = NULL;

  self->checking_event = FALSE;
  event = evd_ticket_importer_check_event_finish (result, &error);
  if (event == NULL)
    importer_stop (self, error);
  importer_pump (self);
}

void
evd_ticket_importer_run_async (EvdTicketImporter   *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GError) lock_error = NULL;

  g_return_if_fail (EVD_IS_TICKET_IMPORTER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->task == NULL);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, evd_ticket_importer_run_async);
  g_clear_error (&self->stop_error);
  evd_import_result_set_error (self->result, NULL);
  evd_import_result_set_cancelled (self->result, FALSE);
  self->sending = FALSE;

  if (cancellable != NULL)
    {
      self->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (self->cancel_source, (GSourceFunc) (GCallback) cancelled_cb, self, NULL);
      g_source_attach (self->cancel_source, g_main_context_get_thread_default ());
    }

  /* Refused, not queued, when another import into this event runs here:
   * nothing is sent, and the journal of this run stays for a resume. */
  if (self->lock == NULL)
    self->lock = evd_import_lock_acquire (self->event_id, EVD_IMPORT_ORIGIN_APP, &lock_error);
  if (self->lock == NULL)
    {
      importer_stop (self, g_steal_pointer (&lock_error));
      finish_sending (self);
      return;
    }

  /* The event check and the read of the registrations go out together, and
   * sending waits only for the read (each row's fate depends on it): at
   * 300 ms from Zoom, round trips in a row before the first POST cost a
   * tenth of a 5,000-attendee import. */
  importer_emit_progress (self, TRUE);
  self->requests_sent += 2;
  self->checking_event = TRUE;
  self->reading_registrations = TRUE;
  evd_ticket_importer_check_event_async (self->client, self->event_id, cancellable,
                                         event_checked_cb, g_object_ref (self));
  evd_client_list_tickets_async (self->client, self->event_id, NULL, NULL, cancellable,
                                 registrations_cb, g_object_ref (self));
}

/**
 * evd_ticket_importer_take_lock:
 * @lock: (transfer full): the event's lock, taken by the caller before it
 *   looked for or wrote the journal of this run
 *
 * Without it, evd_ticket_importer_run_async() takes the lock itself.
 */
void
evd_ticket_importer_take_lock (EvdTicketImporter *self,
                               EvdImportLock     *lock)
{
  g_return_if_fail (EVD_IS_TICKET_IMPORTER (self));
  g_return_if_fail (self->task == NULL);

  g_clear_pointer (&self->lock, evd_import_lock_release);
  self->lock = lock;
}

/**
 * evd_ticket_importer_run_finish:
 *
 * Returns: (transfer full): the result, every row done; %NULL with @error
 *   when the import stopped early or was cancelled (then
 *   evd_ticket_importer_get_result() says what was done)
 */
EvdImportResult *
evd_ticket_importer_run_finish (EvdTicketImporter  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  g_return_val_if_fail (EVD_IS_TICKET_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The event check */

static void
get_event_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(EvdEvent) event = NULL;
  GError *error = NULL;

  event = evd_client_get_event_finish (EVD_CLIENT (object), result, &error);
  if (event == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  switch (evd_event_get_status (event))
    {
    case EVD_EVENT_STATUS_DRAFT:
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_EVENT_NOT_PUBLISHED, 0, NULL));
      break;
    case EVD_EVENT_STATUS_CANCELLED:
      g_task_return_error (task, evd_api_error_new (EVD_API_ERROR_EVENT_PAST_OR_CANCELLED, 0, NULL));
      break;
    default:
      g_task_return_pointer (task, g_steal_pointer (&event), g_object_unref);
    }
}

/**
 * evd_ticket_importer_check_event_async:
 *
 * One GET of the event: whether attendees can be added to it now.
 */
void
evd_ticket_importer_check_event_async (EvdClient           *client,
                                       const char          *event_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (EVD_IS_CLIENT (client));
  g_return_if_fail (event_id != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, evd_ticket_importer_check_event_async);
  evd_client_get_event_async (client, event_id, cancellable, get_event_cb, task);
}

/**
 * evd_ticket_importer_check_event_finish:
 *
 * Returns: (transfer full): the event, published
 */
EvdEvent *
evd_ticket_importer_check_event_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
