/* test-ticket-importer.c: the ticket importer against the sandbox, faults on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "evd-api-error.h"
#include "evd-attendee.h"
#include "evd-client-private.h"
#include "evd-duplicate-tickets.h"
#include "evd-import-journal.h"
#include "evd-sandbox-server.h"
#include "evd-ticket-importer.h"

#define PUBLISHED_EVENT "Customer Onboarding Webinar"
#define DRAFT_EVENT     "Introducing Project Phoenix"

typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
  char             *event_id;
  char             *journal_dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  evd_sandbox_server_set_seed (f->server, 7);
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  g_assert_no_error (error);

  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
  evd_client_set_rate_limit (f->client, 0);
  evd_client_set_backoff (f->client, 5, 80, 6);
  evd_client_set_random_seed (f->client, 5);

  f->event_id = evd_sandbox_server_find_event_id (f->server, PUBLISHED_EVENT);
  g_assert_nonnull (f->event_id);
  f->journal_dir = g_dir_make_tmp ("evd-journal-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_dir (f->journal_dir);
  g_free (f->journal_dir);
  g_free (f->event_id);
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  evd_sandbox_server_stop (f->server);
  g_clear_object (&f->server);
}

static char *
email_for (const char *prefix,
           guint       i)
{
  return g_strdup_printf ("%s.%04u@example.org", prefix, i);
}

static GPtrArray *
make_attendees (const char *prefix,
                guint       n)
{
  GPtrArray *attendees = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      EvdAttendee *attendee = evd_attendee_new (i + 2);
      g_autofree char *email = email_for (prefix, i);
      g_autofree char *first = g_strdup_printf ("Person %u", i);

      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_EMAIL, email);
      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_FIRST_NAME, first);
      evd_attendee_set_field (attendee, EVD_IMPORT_FIELD_LAST_NAME, "Tester");
      g_ptr_array_add (attendees, attendee);
    }
  return attendees;
}

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static EvdImportResult *
run_import (EvdTicketImporter  *importer,
            GCancellable       *cancellable,
            GError            **error)
{
  Wait wait = { NULL };
  EvdImportResult *result;

  evd_ticket_importer_run_async (importer, cancellable, store_cb, &wait);
  while (wait.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  result = evd_ticket_importer_run_finish (importer, wait.result, error);
  g_object_unref (wait.result);
  return result;
}

/* Every attendee exactly once, with the ticket id the sandbox holds. */
static void
assert_exactly_once (Fixture         *f,
                     const char      *prefix,
                     guint            n,
                     EvdImportResult *result)
{
  GListModel *rows = evd_import_result_get_rows (result);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *email = email_for (prefix, i);

      g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, email), ==, 1);
    }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpint (evd_import_row_get_state (row), ==, EVD_IMPORT_ROW_CREATED);
      g_assert_nonnull (evd_import_row_get_ticket_id (row));
      g_assert_true (g_str_has_prefix (evd_import_row_get_join_link (row), "https://"));
      g_assert_true (g_hash_table_add (ids, (gpointer) evd_import_row_get_ticket_id (row)));
    }
}

static guint
count_ticket_posts (Fixture *f)
{
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/tickets", f->event_id);

  return evd_sandbox_server_count_requests (f->server, "POST", path);
}

static void
test_clean_run_and_rerun (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("clean", 500);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdTicketImporter) again = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(EvdImportResult) second = NULL;
  g_autoptr(GError) error = NULL;
  guint before = evd_sandbox_server_count_tickets (f->server, f->event_id, NULL);
  EvdImportProgress progress;

  importer = evd_ticket_importer_new (f->client, f->event_id, attendees, NULL);
  result = run_import (importer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 500);
  g_assert_cmpuint (evd_import_result_get_n_failed (result), ==, 0);
  g_assert_true (evd_import_result_is_complete (result));
  assert_exactly_once (f, "clean", 500, result);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, NULL), ==, before + 500);
  /* 500 attendees in batches of 30 */
  g_assert_cmpuint (count_ticket_posts (f), ==, 17);

  evd_ticket_importer_get_progress (importer, &progress);
  g_assert_cmpuint (progress.total, ==, 500);
  g_assert_cmpuint (progress.created, ==, 500);
  g_assert_cmpuint (progress.pending, ==, 0);
  g_assert_cmpfloat (progress.seconds_left, ==, 0.0);

  /* The same list again: nothing new, nothing sent. */
  again = evd_ticket_importer_new (f->client, f->event_id, attendees, NULL);
  second = run_import (again, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (second), ==, 0);
  g_assert_cmpuint (evd_import_result_get_n_already_registered (second), ==, 500);
  g_assert_cmpuint (count_ticket_posts (f), ==, 17);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, NULL), ==, before + 500);
}

static void
progress_cb (EvdTicketImporter       *importer,
             const EvdImportProgress *progress,
             gpointer                 user_data)
{
  EvdImportProgress *last = user_data;

  g_assert_cmpuint (progress->created + progress->already_registered + progress->failed + progress->pending,
                    ==, progress->total);
  g_assert_cmpuint (progress->created, >=, last->created);
  g_assert_cmpuint (progress->concurrency, >=, 1);
  if (progress->speed > last->speed)
    last->speed = progress->speed;
  last->created = progress->created;
  last->requests_sent = progress->requests_sent;
}

typedef struct
{
  gboolean          seen;
  EvdImportProgress first_with_known;
} FirstProgress;

static void
first_known_cb (EvdTicketImporter       *importer,
                const EvdImportProgress *progress,
                gpointer                 user_data)
{
  FirstProgress *first = user_data;

  if (!first->seen && progress->already_registered > 0)
    {
      first->seen = TRUE;
      first->first_with_known = *progress;
    }
}

/* The time left counts only the sending: not the wait for the event and its
 * registrations before it, nor the people found registered in one go. */
static void
test_estimate_from_sending (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) known = make_attendees ("estimate", 60);
  g_autoptr(GPtrArray) all = make_attendees ("estimate", 120);
  g_autoptr(EvdTicketImporter) first_import = NULL;
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(EvdImportResult) second = NULL;
  g_autoptr(GError) error = NULL;
  FirstProgress first = { FALSE };

  first_import = evd_ticket_importer_new (f->client, f->event_id, known, NULL);
  result = run_import (first_import, NULL, &error);
  g_assert_no_error (error);

  /* Slow answers: the event and its registrations take a while to read. */
  evd_sandbox_server_set_latency (f->server, 150);
  importer = evd_ticket_importer_new (f->client, f->event_id, all, NULL);
  g_signal_connect (importer, "progress", G_CALLBACK (first_known_cb), &first);
  second = run_import (importer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_already_registered (second), ==, 60);
  g_assert_cmpuint (evd_import_result_get_n_created (second), ==, 60);

  /* When sending starts, nothing is known yet about its speed. */
  g_assert_true (first.seen);
  g_assert_cmpfloat (first.first_with_known.speed, ==, 0.0);
  g_assert_cmpfloat (first.first_with_known.seconds_left, <, 0.0);
}

static void
test_faults (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("faulty", 300);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint before = evd_sandbox_server_count_tickets (f->server, f->event_id, NULL);
  guint tokens_before = evd_sandbox_server_count_tokens_issued (f->server);
  EvdImportProgress last = { 0 };

  evd_sandbox_server_set_fault_5xx (f->server, 0.2);
  evd_sandbox_server_set_fault_cut_short (f->server, 0.2);
  evd_sandbox_server_set_fault_drop_tickets (f->server, 0.3);
  evd_sandbox_server_set_rate_limit (f->server, 20);
  evd_sandbox_server_set_token_lifetime (f->server, 3);
  evd_sandbox_server_expire_tokens (f->server);
  /* Faster than the sandbox allows, so 429s come. */
  evd_client_set_rate_limit (f->client, 40);

  importer = evd_ticket_importer_new (f->client, f->event_id, attendees, NULL);
  g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), &last);
  result = run_import (importer, NULL, &error);

  evd_sandbox_server_set_fault_5xx (f->server, 0);
  evd_sandbox_server_set_fault_cut_short (f->server, 0);
  evd_sandbox_server_set_fault_drop_tickets (f->server, 0);
  evd_sandbox_server_set_rate_limit (f->server, 0);

  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 300);
  assert_exactly_once (f, "faulty", 300, result);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, NULL), ==, before + 300);
  /* Lost answers were looked up: more requests than batches. */
  g_assert_cmpuint (last.requests_sent, >, 10);
  g_assert_cmpuint (last.created, ==, 300);
  /* The token ran out and was renewed during the import. */
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), >, tokens_before + 1);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/v2/zoom_events/events"), >, 10);
}

static void
check_event_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(EvdEvent) event = evd_ticket_importer_check_event_finish (result, error);

  g_assert_true (event == NULL || *error == NULL);
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "published");
}

static void
test_not_published (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("draft", 40);
  g_autofree char *draft_id = evd_sandbox_server_find_event_id (f->server, DRAFT_EVENT);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/tickets", draft_id);

  g_assert_nonnull (draft_id);

  /* The cheap check the assistant makes first */
  evd_ticket_importer_check_event_async (f->client, draft_id, NULL, check_event_cb, &check_error);
  while (check_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (check_error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED);
  g_clear_error (&check_error);
  evd_ticket_importer_check_event_async (f->client, f->event_id, NULL, check_event_cb, &check_error);
  while (check_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (check_error, G_IO_ERROR, G_IO_ERROR_EXISTS);

  importer = evd_ticket_importer_new (f->client, draft_id, attendees, NULL);
  result = run_import (importer, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED);
  g_assert_nonnull (strstr (error->message, "Publish"));
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", path), ==, 0);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, draft_id, NULL), ==, 0);
  result = g_object_ref (evd_ticket_importer_get_result (importer));
  g_assert_cmpuint (evd_import_result_get_n_not_done (result), ==, 40);
  g_assert_error ((GError *) evd_import_result_get_error (result), EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED);
}

/* The event is unpublished between the check and the first batch. */
static void
queue_26501_cb (EvdTicketImporter       *importer,
                const EvdImportProgress *progress,
                gpointer                 user_data)
{
  Fixture *f = user_data;
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", f->event_id);

  /* The check and the registrations were read; no batch has gone yet. */
  if (progress->requests_sent != 2)
    return;
  evd_sandbox_server_queue_status (f->server, path, 400, NULL,
                                   "{\"code\":26501,\"message\":\"Event is not published yet\"}");
  g_signal_handlers_disconnect_by_func (importer, queue_26501_cb, user_data);
}

static void
test_not_published_on_first_batch (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("race", 90);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  importer = evd_ticket_importer_new (f->client, f->event_id, attendees, NULL);
  evd_ticket_importer_set_concurrency (importer, 1, 4);
  g_signal_connect (importer, "progress", G_CALLBACK (queue_26501_cb), f);
  result = run_import (importer, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED);
  g_assert_cmpuint (count_ticket_posts (f), ==, 1);
  result = g_object_ref (evd_ticket_importer_get_result (importer));
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 0);
  g_assert_cmpuint (evd_import_result_count (result, EVD_IMPORT_ROW_PENDING), ==, 90);
}

static void
cancel_on_created_cb (EvdImportRow *row,
                      GParamSpec   *pspec,
                      gpointer      user_data)
{
  if (evd_import_row_get_state (row) == EVD_IMPORT_ROW_CREATED)
    g_cancellable_cancel (user_data);
}

/* Cancels once the 60th row is created; few batches at once, so that the
 * import is still far from done then. */
static void
cancel_after_60 (EvdTicketImporter *importer,
                 GCancellable      *cancellable)
{
  GListModel *rows = evd_import_result_get_rows (evd_ticket_importer_get_result (importer));
  g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, 59);

  evd_ticket_importer_set_concurrency (importer, 2, 2);
  g_signal_connect_object (row, "notify::state", G_CALLBACK (cancel_on_created_cb), cancellable, 0);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("cancel", 600);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint before = evd_sandbox_server_count_tickets (f->server, f->event_id, NULL);
  guint created, in_sandbox = 0;
  GListModel *rows;

  evd_sandbox_server_set_latency (f->server, 30);
  evd_sandbox_server_set_fault_drop_tickets (f->server, 0.2);
  importer = evd_ticket_importer_new (f->client, f->event_id, attendees, NULL);
  cancel_after_60 (importer, cancellable);
  result = run_import (importer, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result);

  result = g_object_ref (evd_ticket_importer_get_result (importer));
  g_assert_true (evd_import_result_get_cancelled (result));
  created = evd_import_result_get_n_created (result);
  g_assert_cmpuint (created, >=, 60);
  g_assert_cmpuint (created, <, 600);
  g_assert_cmpuint (evd_import_result_get_n_not_done (result), ==, 600 - created);

  /* What the result says is exactly what the sandbox holds. */
  rows = evd_import_result_get_rows (result);
  for (guint i = 0; i < 600; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, i);
      guint count = evd_sandbox_server_count_tickets (f->server, f->event_id, evd_import_row_get_email (row));

      g_assert_cmpint (evd_import_row_get_state (row), !=, EVD_IMPORT_ROW_SENDING);
      g_assert_cmpuint (count, ==, evd_import_row_get_state (row) == EVD_IMPORT_ROW_CREATED ? 1 : 0);
      in_sandbox += count;
    }
  g_assert_cmpuint (in_sandbox, ==, created);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, NULL), ==, before + created);
}

static void
test_per_email_errors (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("typo", 35);
  g_autoptr(GPtrArray) mixed = make_attendees ("mixed", 10);
  g_autoptr(EvdImportOptions) options = evd_import_options_new ();
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdTicketImporter) second = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(EvdImportResult) mixed_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(EvdImportRow) bad_row = NULL;
  g_autofree char *csv_text = NULL;
  EvdAttendee *bad = evd_attendee_new (99);
  GListModel *rows;

  options->ticket_type_id = g_strdup ("no-such-ticket-type");
  importer = evd_ticket_importer_new (f->client, f->event_id, attendees, options);
  result = run_import (importer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_failed (result), ==, 35);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 0);
  rows = evd_import_result_get_rows (result);
  for (guint i = 0; i < 35; i++)
    {
      g_autoptr(EvdImportRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpstr (evd_import_row_get_error_code (row), ==, "ticket_type_notfound");
      g_assert_cmpstr (evd_import_row_get_reason (row), ==, evd_import_describe_ticket_error ("ticket_type_notfound"));
      g_assert_nonnull (strstr (evd_import_row_get_reason (row), "ticket type"));
    }

  csv = evd_import_result_build_failed_csv (result);
  csv_text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_nonnull (strstr (csv_text, "typo.0034@example.org"));
  g_assert_nonnull (strstr (csv_text, "ticket type"));

  /* One address Zoom refuses among good ones: only that row fails. */
  evd_attendee_set_field (bad, EVD_IMPORT_FIELD_EMAIL, "not an address");
  g_ptr_array_insert (mixed, 4, bad);
  second = evd_ticket_importer_new (f->client, f->event_id, mixed, NULL);
  mixed_result = run_import (second, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (mixed_result), ==, 10);
  g_assert_cmpuint (evd_import_result_get_n_failed (mixed_result), ==, 1);
  bad_row = g_list_model_get_item (evd_import_result_get_rows (mixed_result), 4);
  g_assert_cmpuint (evd_import_row_get_row_number (bad_row), ==, 99);
  g_assert_cmpint (evd_import_row_get_state (bad_row), ==, EVD_IMPORT_ROW_FAILED);
  g_assert_nonnull (evd_import_row_get_reason (bad_row));
}

static void
append_text (const char *path,
             const char *text)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (G_OUTPUT_STREAM (stream), text, strlen (text), NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_journal_resume (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("journal", 400);
  g_autoptr(GPtrArray) rows = evd_import_rows_from_attendees (attendees, f->event_id);
  g_autoptr(EvdImportOptions) options = evd_import_options_new ();
  g_autoptr(EvdImportJournal) journal = NULL;
  g_autoptr(EvdImportJournal) loaded = NULL;
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdTicketImporter) resumed = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) unfinished = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint before = evd_sandbox_server_count_tickets (f->server, f->event_id, NULL);
  guint created_first, n_created_lost = 0, n_never_sent = 0;

  options->registration_mode = EVD_REGISTRATION_MODE_FAST_JOIN;
  journal = evd_import_journal_create (f->journal_dir, f->event_id, PUBLISHED_EVENT, "/tmp/attendees.csv",
                                       options, rows, &error);
  g_assert_no_error (error);
  path = g_strdup (evd_import_journal_get_path (journal));

  /* The first run stops part-way. */
  evd_sandbox_server_set_latency (f->server, 20);
  importer = evd_ticket_importer_new_from_journal (f->client, journal);
  cancel_after_60 (importer, cancellable);
  g_assert_null (run_import (importer, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  created_first = evd_import_result_get_n_created (evd_ticket_importer_get_result (importer));
  g_clear_object (&importer);
  g_clear_object (&journal);

  /* Then the machine "dies": the lines saying the last batch was created
   * never reached the disk, another batch was journalled as sending but
   * never went out, and the last line was cut in the middle. */
  for (guint i = 0; i < rows->len; i++)
    {
      EvdImportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *line = NULL;

      if (evd_import_row_get_state (row) == EVD_IMPORT_ROW_CREATED && n_created_lost < 30)
        n_created_lost++;
      else if (evd_import_row_get_state (row) == EVD_IMPORT_ROW_PENDING && n_never_sent < 30)
        n_never_sent++;
      else
        continue;
      line = g_strdup_printf ("{\"i\":%u,\"state\":\"sending\",\"batch\":99}\n", i);
      append_text (path, line);
    }
  g_assert_cmpuint (n_created_lost, ==, 30);
  g_assert_cmpuint (n_never_sent, ==, 30);
  append_text (path, "{\"i\":7,\"state\":\"fai");

  unfinished = evd_import_journal_list_unfinished (f->journal_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unfinished->len, ==, 1);
  g_assert_cmpstr (evd_import_journal_get_event_id (g_ptr_array_index (unfinished, 0)), ==, f->event_id);
  g_assert_cmpuint (evd_import_journal_count_done (g_ptr_array_index (unfinished, 0)), ==, created_first - 30);

  loaded = evd_import_journal_find_unfinished (f->journal_dir, f->event_id, "/tmp/attendees.csv", &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (evd_import_journal_get_options (loaded)->registration_mode, ==, EVD_REGISTRATION_MODE_FAST_JOIN);
  g_assert_cmpstr (evd_import_journal_get_event_name (loaded), ==, PUBLISHED_EVENT);

  resumed = evd_ticket_importer_new_from_journal (f->client, loaded);
  result = run_import (resumed, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 400);
  assert_exactly_once (f, "journal", 400, result);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, NULL), ==, before + 400);
  g_assert_true (evd_import_journal_is_finished (loaded));

  g_clear_pointer (&unfinished, g_ptr_array_unref);
  unfinished = evd_import_journal_list_unfinished (f->journal_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unfinished->len, ==, 0);

  /* A finished journal read back has every row done, with its ticket. */
  g_clear_object (&journal);
  journal = evd_import_journal_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (evd_import_journal_is_finished (journal));
  g_assert_cmpuint (evd_import_journal_count_done (journal), ==, 400);
  g_assert_true (evd_import_journal_delete (journal, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Another app registers someone once more while an import runs: a second
 * client, on its own thread and main context, so its POST has landed
 * before the import goes on. */
typedef struct
{
  Fixture  *f;
  char     *email;
  gboolean  done;
} BehindBack;

static void
behind_back_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  BehindBack *behind = user_data;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;

  answer = evd_client_request_finish (EVD_CLIENT (object), result, &error);
  g_assert_no_error (error);
  behind->done = TRUE;
}

static gpointer
behind_back_thread (gpointer data)
{
  BehindBack *behind = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(EvdAuth) auth = NULL;
  g_autoptr(EvdClient) client = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("{\"tickets\":[{\"email\":\"%s\",\"first_name\":\"Other\"}]}",
                                           behind->email);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", behind->f->event_id);

  g_main_context_push_thread_default (context);
  auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                       evd_sandbox_server_get_oauth_url (behind->f->server));
  client = evd_client_new (auth, evd_sandbox_server_get_api_url (behind->f->server));
  body = json_from_string (text, &error);
  g_assert_no_error (error);
  evd_client_request_async (client, "POST", path, NULL, body, EVD_REQUEST_NONE, NULL, behind_back_cb, behind);
  while (!behind->done)
    g_main_context_iteration (context, TRUE);
  g_clear_object (&client);
  g_clear_object (&auth);
  g_main_context_pop_thread_default (context);
  return NULL;
}

static void
add_behind_back_cb (EvdTicketImporter       *importer,
                    const EvdImportProgress *progress,
                    gpointer                 user_data)
{
  BehindBack *behind = user_data;

  /* Once the first batch is in and the rest is not. */
  if (behind->done || progress->created == 0 || progress->pending == 0)
    return;
  g_thread_join (g_thread_new ("behind-back", behind_back_thread, behind));
  g_assert_true (behind->done);
}

static guint
count_ticket_reads (Fixture *f)
{
  g_autofree char *path = g_strdup_printf ("/v2/zoom_events/events/%s/tickets", f->event_id);

  return evd_sandbox_server_count_requests (f->server, "GET", path);
}

/* The check after an import reads every ticket again only when it must:
 * when the event holds just what the importer read before sending plus
 * what it created, one count says so. A ticket someone else adds meanwhile
 * (here a second one for a person of the list) changes the count, and then
 * every ticket is read and the extra found: the count never hides one. */
static void
test_duplicate_check_by_count (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) attendees = make_attendees ("count", 120);
  g_autoptr(GPtrArray) more = make_attendees ("later", 240);
  g_autoptr(EvdTicketImporter) importer = NULL;
  g_autoptr(EvdTicketImporter) second = NULL;
  g_autoptr(EvdImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdImportRow) row = NULL;
  BehindBack behind = { f, NULL, FALSE };
  GPtrArray *extras;
  guint reads;

  /* Nobody else: the read before sending, then one count. */
  importer = evd_ticket_importer_new (f->client, f->event_id, attendees, NULL);
  result = run_import (importer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 120);
  g_assert_nonnull (evd_import_result_get_extra_tickets (result));
  g_assert_cmpuint (evd_import_result_get_extra_tickets (result)->len, ==, 0);
  g_assert_cmpuint (count_ticket_reads (f), ==, 2);
  g_clear_object (&result);

  /* Someone else gives a person of this list a second ticket while it is
   * sent, one batch at a time and 40 ms from Zoom, so that progress is
   * told (every tenth of a second) while most of it is still to come. */
  evd_sandbox_server_set_latency (f->server, 40);
  behind.email = g_strdup ("LATER.0003@example.org");
  second = evd_ticket_importer_new (f->client, f->event_id, more, NULL);
  evd_ticket_importer_set_concurrency (second, 1, 1);
  g_signal_connect (second, "progress", G_CALLBACK (add_behind_back_cb), &behind);
  reads = count_ticket_reads (f);
  result = run_import (second, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (behind.done);
  g_assert_cmpuint (evd_import_result_get_n_created (result), ==, 240);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, "later.0003@example.org"), ==, 2);

  extras = evd_import_result_get_extra_tickets (result);
  g_assert_nonnull (extras);
  g_assert_cmpuint (extras->len, ==, 1);
  g_assert_cmpstr (evd_ticket_get_email (g_ptr_array_index (extras, 0)), ==, "LATER.0003@example.org");
  /* The ticket kept is the import's own. */
  row = g_list_model_get_item (evd_import_result_get_rows (result), 3);
  g_assert_cmpstr (evd_import_row_get_email (row), ==, "later.0003@example.org");
  g_assert_cmpstr (evd_ticket_get_ticket_id (g_ptr_array_index (extras, 0)), !=, evd_import_row_get_ticket_id (row));
  /* The read before sending, the count, and every ticket again. */
  g_assert_cmpuint (count_ticket_reads (f) - reads, >=, 3);
  g_free (behind.email);

  /* A list that names one person twice (a caller that did not check it)
   * creates two tickets whose count is just what the import expects: the
   * full read runs all the same. */
  {
    g_autoptr(GPtrArray) twice = make_attendees ("twice", 3);
    g_autoptr(EvdTicketImporter) third = NULL;
    g_autoptr(EvdImportResult) third_result = NULL;

    evd_attendee_set_field (g_ptr_array_index (twice, 2), EVD_IMPORT_FIELD_EMAIL, "TWICE.0000@example.org");
    third = evd_ticket_importer_new (f->client, f->event_id, twice, NULL);
    third_result = run_import (third, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, f->event_id, "twice.0000@example.org"), ==, 2);
    g_assert_cmpuint (evd_import_result_get_extra_tickets (third_result)->len, ==, 1 + 1);
  }
}

static EvdTicket *
ticket_for_rule (const char *ticket_id,
                 const char *email,
                 const char *external_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  EvdTicket *ticket;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ticket_id");
  json_builder_add_string_value (builder, ticket_id);
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, email);
  if (external_id != NULL)
    {
      json_builder_set_member_name (builder, "external_ticket_id");
      json_builder_add_string_value (builder, external_id);
    }
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);
  ticket = evd_ticket_new_from_json (node, &error);
  g_assert_no_error (error);
  return ticket;
}

/* Which of one person's tickets is kept: Event Desk's own, else one with
 * the organizer's id, else the smallest ticket id; people with one ticket
 * have no extras, and emails compare without regard to case. */
static void
test_keep_rule (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (EVD_TYPE_TICKET);
  g_autofree char *ours = evd_make_external_ticket_id ("ev1", "a@example.org");
  g_autoptr(GPtrArray) extras = NULL;
  const char *expected[] = { "a3", "a1", "b2", "b3", "c9" };
  struct { const char *id, *email, *external; } rows[] = {
    { "a1", "a@example.org", NULL },
    { "a2", "A@Example.org", ours },
    { "a3", "a@example.org", "crm-7" },
    { "b3", "b@example.org", NULL },
    { "b2", "b@example.org", NULL },
    { "b1", "B@example.org", NULL },
    { "c9", "c@example.org", NULL },
    { "c1", "c@example.org", "crm-8" },
    { "d1", "d@example.org", ours },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(EvdTicket) ticket = ticket_for_rule (rows[i].id, rows[i].email, rows[i].external);

      g_list_store_append (tickets, ticket);
    }
  extras = evd_duplicate_tickets_find (G_LIST_MODEL (tickets), "ev1");
  g_assert_cmpuint (extras->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < extras->len; i++)
    g_assert_cmpstr (evd_ticket_get_ticket_id (g_ptr_array_index (extras, i)), ==, expected[i]);
}

static void
test_labels (void)
{
  g_assert_nonnull (evd_registration_mode_get_label (EVD_REGISTRATION_MODE_FAST_JOIN));
  g_assert_cmpstr (evd_registration_mode_to_string (EVD_REGISTRATION_MODE_REGISTRATION_NEEDED), ==,
                   "registration_needed");
  g_assert_true (evd_import_ticket_error_is_retryable ("ticket_generated_failed"));
  g_assert_false (evd_import_ticket_error_is_retryable ("stock_not_exist"));
  g_assert_nonnull (strstr (evd_import_describe_ticket_error ("stock_not_exist"), "sold out"));
  g_assert_nonnull (evd_import_describe_ticket_error ("something_new"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/ticket-importer/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("clean-run-and-rerun", test_clean_run_and_rerun);
  ADD ("estimate-from-sending", test_estimate_from_sending);
  ADD ("faults", test_faults);
  ADD ("not-published", test_not_published);
  ADD ("not-published-on-first-batch", test_not_published_on_first_batch);
  ADD ("cancel", test_cancel);
  ADD ("per-email-errors", test_per_email_errors);
  ADD ("journal-resume", test_journal_resume);
  ADD ("duplicate-check-by-count", test_duplicate_check_by_count);
#undef ADD
  g_test_add_func ("/ticket-importer/labels", test_labels);
  g_test_add_func ("/ticket-importer/keep-rule", test_keep_rule);

  return g_test_run ();
}
