/* evd-ticket-importer-sending.c: the importer's batches and look-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sending and resolving, the half of EvdTicketImporter that talks to Zoom
 * once the event's registrations are known: batches of at most 30 go out
 * as the window allows (Little's law: the account's rate times Zoom's
 * latency, halved on a 429 and grown back on success), and a
 * batch whose answer was lost is resolved by looking its rows up before
 * any of them is sent again. evd-ticket-importer.c explains why.
 */
#define G_LOG_DOMAIN "evd-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "evd-api-error.h"
#include "evd-attendee.h"
#include "evd-import-private.h"
#include "evd-ticket-importer.h"
#include "evd-ticket-importer-private.h"

/* Look-ups */

typedef struct
{
  EvdTicketImporter *self;
  EvdImportRow      *row;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_object_unref (lookup->self);
  g_object_unref (lookup->row);
  g_free (lookup);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lookup, lookup_free)

static EvdTicket *
find_ticket_of_row (GListModel   *tickets,
                    EvdImportRow *row,
                    gboolean      same_id_only)
{
  const char *external_id = evd_import_row_get_external_ticket_id (row);
  guint n_tickets = g_list_model_get_n_items (tickets);

  for (guint i = 0; i < n_tickets; i++)
    {
      g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);

      if (external_id != NULL && g_strcmp0 (evd_ticket_get_external_ticket_id (ticket), external_id) == 0)
        return g_steal_pointer (&ticket);
    }
  if (same_id_only || n_tickets == 0)
    return NULL;
  return g_list_model_get_item (tickets, 0);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Lookup) lookup = user_data;
  EvdTicketImporter *self = lookup->self;
  EvdImportRow *row = lookup->row;
  RowInfo *info = importer_row_info (self, row);
  g_autoptr(GListModel) tickets = NULL;
  g_autoptr(EvdTicket) ours = NULL;
  g_autoptr(EvdTicket) other = NULL;
  g_autoptr(GError) error = NULL;

  self->lookups_in_flight--;
  tickets = evd_client_list_tickets_finish (EVD_CLIENT (object), result, &error);
  if (tickets == NULL)
    {
      /* The row stays "sending": a resume looks it up again. */
      if (++info->lookup_failures >= MAX_LOOKUP_FAILURES || g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT))
        importer_stop (self, g_steal_pointer (&error));
      else
        g_queue_push_tail (&self->lookup_queue, row);
      importer_pump (self);
      return;
    }

  info->lookup_failures = 0;
  ours = find_ticket_of_row (tickets, row, TRUE);
  if (ours == NULL && info->lookup_by_email)
    other = find_ticket_of_row (tickets, row, FALSE);

  if (ours != NULL)
    importer_mark_created (self, row, evd_ticket_get_ticket_id (ours), importer_ticket_link (ours));
  else if (other != NULL)
    importer_mark_already_registered (self, row, evd_ticket_get_ticket_id (other));
  else if (info->lookup_by_email)
    importer_mark_failed (self, row, NULL, NULL);
  else if (self->stop_error != NULL || importer_is_cancelled (self))
    {
      evd_import_row_set_pending (row);
      importer_journal_row (self, row, 0);
    }
  else
    importer_send_again (self, row, TRUE);

  importer_journal_sync (self);
  importer_emit_progress (self, FALSE);
  importer_pump (self);
}

static void
start_lookup (EvdTicketImporter *self,
              EvdImportRow      *row)
{
  Lookup *lookup = g_new0 (Lookup, 1);
  gboolean by_email = importer_row_info (self, row)->lookup_by_email;

  lookup->self = g_object_ref (self);
  lookup->row = g_object_ref (row);
  self->lookups_in_flight++;
  self->requests_sent++;
  self->outcome_unsure = TRUE;
  /* Not cancellable: a cancelled import still resolves its rows. */
  evd_client_list_tickets_async (self->client, self->event_id,
                                 by_email ? evd_import_row_get_email (row) : NULL,
                                 by_email ? NULL : evd_import_row_get_external_ticket_id (row),
                                 NULL, lookup_cb, lookup);
}

/* Batches */

/* Requests in flight that keep the rate busy (Little's law: in flight =
 * rate × time each one takes), with a quarter more and one extra for the
 * latency's jitter. The rate limiter holds any excess, so the window only
 * needs to be large enough; it is bounded by two seconds of the rate and
 * by the client's connections, less those the look-ups may take (a request
 * waiting for a connection would count its wait as latency). Without a
 * rate limit, the connections are the bound. */
static guint
window_for_latency (EvdTicketImporter *self)
{
  double rate = evd_client_get_class_rate (self->client,
                                           evd_rate_class_for_request ("POST", "/zoom_events/events/*/tickets"));
  double latency = evd_client_get_latency (self->client);
  double window;
  double bound = MIN (self->max_concurrency, EVD_CLIENT_MAX_IN_FLIGHT - MAX_LOOKUPS_IN_FLIGHT);

  if (rate <= 0.0)
    return (guint) bound;
  if (latency <= 0.0)
    return MIN (DEFAULT_CONCURRENCY, (guint) bound);
  window = ceil (rate * latency * 1.25) + 1;
  window = MIN (window, 2 * ceil (rate));
  return (guint) CLAMP (window, 1.0, bound);
}


typedef struct
{
  EvdTicketImporter *self;
  GPtrArray         *rows;
  guint              number;
} Batch;

static void
batch_free (Batch *batch)
{
  g_object_unref (batch->self);
  g_ptr_array_unref (batch->rows);
  g_free (batch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Batch, batch_free)

static JsonNode *
batch_body (EvdTicketImporter *self,
            Batch             *batch)
{
  JsonObject *body = json_object_new ();
  JsonArray *tickets = json_array_new ();
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (body, "registration_source", self->source);
  for (guint i = 0; i < batch->rows->len; i++)
    {
      JsonNode *ticket = json_node_copy (evd_import_row_get_ticket (g_ptr_array_index (batch->rows, i)));

      evd_import_options_apply (self->options, json_node_get_object (ticket));
      json_array_add_element (tickets, ticket);
    }
  json_object_set_array_member (body, "tickets", tickets);
  json_node_take_object (root, body);
  return root;
}

static const char *
object_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
object_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

/* Takes the row out of the batch, so each answer entry is used once. */
static EvdImportRow *
take_batch_row (Batch      *batch,
                const char *external_id,
                const char *email)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < batch->rows->len; i++)
      {
        EvdImportRow *row = g_ptr_array_index (batch->rows, i);
        gboolean match;

        if (pass == 0)
          match = external_id != NULL && g_strcmp0 (evd_import_row_get_external_ticket_id (row), external_id) == 0;
        else
          match = email != NULL && evd_import_row_get_email (row) != NULL &&
                  g_ascii_strcasecmp (evd_import_row_get_email (row), email) == 0;
        if (match)
          return g_ptr_array_steal_index (batch->rows, i);
      }
  return NULL;
}

static void
apply_created (EvdTicketImporter *self,
               Batch             *batch,
               JsonArray         *created)
{
  for (guint i = 0; created != NULL && i < json_array_get_length (created); i++)
    {
      JsonNode *node = json_array_get_element (created, i);
      g_autoptr(EvdImportRow) row = NULL;
      JsonObject *entry;
      const char *link;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      entry = json_node_get_object (node);
      row = take_batch_row (batch, object_string (entry, "external_ticket_id"), object_string (entry, "email"));
      if (row == NULL || object_string (entry, "ticket_id") == NULL)
        {
          if (row != NULL)
            importer_look_up (self, row, FALSE);
          continue;
        }
      link = object_string (entry, "event_join_link");
      if (link == NULL)
        link = object_string (entry, "event_registration_link");
      importer_mark_created (self, row, object_string (entry, "ticket_id"), link);
      self->n_created_here++;
    }
}

static void
apply_errors (EvdTicketImporter *self,
              Batch             *batch,
              JsonArray         *errors)
{
  for (guint i = 0; errors != NULL && i < json_array_get_length (errors); i++)
    {
      JsonNode *node = json_array_get_element (errors, i);
      g_autoptr(EvdImportRow) row = NULL;
      const char *code;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      row = take_batch_row (batch, NULL, object_string (json_node_get_object (node), "email"));
      if (row == NULL)
        continue;
      code = object_string (json_node_get_object (node), "error_code");
      /* Zoom documents no "already registered" code: people who are
       * registered were found by the look-up before sending. */
      if (evd_import_ticket_error_is_retryable (code))
        importer_send_again (self, row, FALSE);
      else
        importer_mark_failed (self, row, code, NULL);
    }
}

static void
batch_answered (EvdTicketImporter *self,
                Batch             *batch,
                JsonNode          *root)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;

  if (object == NULL)
    {
      for (guint i = 0; i < batch->rows->len; i++)
        importer_look_up (self, g_ptr_array_index (batch->rows, i), FALSE);
      return;
    }

  apply_created (self, batch, object_array (object, "tickets"));
  apply_errors (self, batch, object_array (object, "errors"));
  /* In neither list: Zoom said nothing about them. */
  for (guint i = 0; i < batch->rows->len; i++)
    importer_look_up (self, g_ptr_array_index (batch->rows, i), FALSE);

  /* Before any 429, slow start: one more per answer (twice as many per
   * round trip) up to what the latency asks for. After one, additive
   * increase: one more per window of answers. */
  if (!self->backed_off)
    self->concurrency = MIN (self->concurrency + 1, MAX (window_for_latency (self), self->concurrency));
  else if (++self->successes >= self->concurrency && self->concurrency < self->max_concurrency)
    {
      self->concurrency++;
      self->successes = 0;
    }
}

/* A whole request refused by a 4xx was not carried out. One ticket's field
 * refused (tickets[N].field) fails that row; the others go again. */
static gboolean
batch_refused (EvdTicketImporter *self,
               Batch             *batch,
               const GError      *error)
{
  const char *field = evd_api_error_get_field (error);
  guint64 index;
  char *end;

  if (field == NULL || !g_str_has_prefix (field, "tickets[") ||
      (index = g_ascii_strtoull (field + strlen ("tickets["), &end, 10), *end != ']') ||
      index >= batch->rows->len)
    return FALSE;

  importer_mark_failed (self, g_ptr_array_index (batch->rows, index), NULL, error->message);
  for (guint i = 0; i < batch->rows->len; i++)
    if (i != index)
      {
        importer_row_info (self, g_ptr_array_index (batch->rows, i))->sends--;
        importer_send_again (self, g_ptr_array_index (batch->rows, i), TRUE);
      }
  return TRUE;
}

static void
batch_not_sent (EvdTicketImporter *self,
                Batch             *batch)
{
  for (guint i = batch->rows->len; i > 0; i--)
    {
      EvdImportRow *row = g_ptr_array_index (batch->rows, i - 1);

      importer_row_info (self, row)->sends--;
      if (self->stop_error != NULL || importer_is_cancelled (self))
        {
          evd_import_row_set_pending (row);
          importer_journal_row (self, row, 0);
        }
      else
        importer_send_again (self, row, TRUE);
    }
}

static void
batch_failed (EvdTicketImporter *self,
              Batch             *batch,
              GError            *error)
{
  guint status = evd_api_error_get_http_status (error);

  if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_RATE_LIMITED))
    {
      /* Too fast for the account (other apps share its rate): fewer
       * batches at once (AIMD), and from now on the window grows slowly. */
      self->concurrency = MAX (1, MIN (self->concurrency, self->batches_in_flight + 1) / 2);
      self->successes = 0;
      self->backed_off = TRUE;
      batch_not_sent (self, batch);
      g_error_free (error);
      return;
    }
  if (error->domain == EVD_API_ERROR && status >= 400 && status < 500)
    {
      if (!batch_refused (self, batch, error))
        {
          batch_not_sent (self, batch);
          importer_stop (self, error);
          return;
        }
      g_error_free (error);
      return;
    }
  if (g_error_matches (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT))
    {
      batch_not_sent (self, batch);
      importer_stop (self, error);
      return;
    }

  /* Lost, cut short, a server error, the network: it may have been done. */
  g_debug ("Batch %u: %s; looking its rows up", batch->number, error->message);
  for (guint i = 0; i < batch->rows->len; i++)
    importer_look_up (self, g_ptr_array_index (batch->rows, i), FALSE);
  g_error_free (error);
}

static void
batch_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(Batch) batch = user_data;
  EvdTicketImporter *self = batch->self;
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;

  self->batches_in_flight--;
  root = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  if (error != NULL)
    batch_failed (self, batch, error);
  else if (root == NULL)
    {
      for (guint i = 0; i < batch->rows->len; i++)
        importer_look_up (self, g_ptr_array_index (batch->rows, i), FALSE);
    }
  else
    batch_answered (self, batch, root);

  importer_journal_sync (self);
  importer_emit_progress (self, FALSE);
  importer_pump (self);
}

static void
start_batch (EvdTicketImporter *self)
{
  Batch *batch = g_new0 (Batch, 1);
  g_autofree char *escaped = g_uri_escape_string (self->event_id, NULL, FALSE);
  g_autofree char *path = g_strconcat ("/zoom_events/events/", escaped, "/tickets", NULL);
  g_autoptr(JsonNode) body = NULL;

  batch->self = g_object_ref (self);
  batch->rows = g_ptr_array_new_with_free_func (g_object_unref);
  batch->number = ++self->next_batch;
  while (batch->rows->len < EVD_CLIENT_MAX_TICKETS && !g_queue_is_empty (&self->send_queue))
    {
      EvdImportRow *row = g_queue_pop_head (&self->send_queue);

      if (evd_import_row_state_is_done (evd_import_row_get_state (row)))
        continue;
      g_ptr_array_add (batch->rows, g_object_ref (row));
      importer_row_info (self, row)->sends++;
      evd_import_row_set_sending (row);
      importer_journal_row (self, row, batch->number);
    }
  /* Written down before the request goes out, so a crash after it cannot
   * forget that these rows may exist at Zoom. */
  importer_journal_sync (self);
  if (batch->rows->len == 0 || self->stop_error != NULL)
    {
      batch_not_sent (self, batch);
      batch_free (batch);
      return;
    }

  body = batch_body (self, batch);
  self->batches_in_flight++;
  self->requests_sent++;
  /* Not cancellable: cancelling a POST in flight would make its outcome
   * unknown for nothing. Cancel stops new batches instead. */
  evd_client_request_async (self->client, "POST", path, NULL, body, EVD_REQUEST_NOT_SAFE_TO_REPEAT,
                            NULL, batch_cb, batch);
}

static void
update_window (EvdTicketImporter *self)
{
  guint target = window_for_latency (self);

  /* Unless told otherwise (evd_ticket_importer_set_concurrency), the first
   * window is what the latency measured by the reads before asks for; it
   * never stays above it when the latency falls. */
  if (self->concurrency == 0)
    self->concurrency = target;
  self->concurrency = MAX (1, MIN (self->concurrency, target));
}

void
importer_pump (EvdTicketImporter *self)
{
  if (self->task == NULL || !self->sending)
    return;

  update_window (self);

  /* Unknown outcomes are resolved even after a cancel or a stop, as long as
   * Zoom answers: that is what keeps the result and the journal exact. */
  while (self->lookups_in_flight < MAX_LOOKUPS_IN_FLIGHT && !g_queue_is_empty (&self->lookup_queue) &&
         self->stop_error == NULL)
    start_lookup (self, g_queue_pop_head (&self->lookup_queue));

  while (self->batches_in_flight < self->concurrency && !g_queue_is_empty (&self->send_queue) &&
         self->stop_error == NULL && !importer_is_cancelled (self))
    start_batch (self);

  importer_check_done (self);
}
