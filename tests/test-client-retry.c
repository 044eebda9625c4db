/* test-client-retry.c: EvdClient when things go wrong: rate limits, server
 * failures, lost answers, hostile JSON, cancellation, and its own limiter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-api-error.h"
#include "evd-api-private.h"
#include "evd-api-url.h"
#include "evd-client-private.h"
#include "evd-sandbox-server.h"
#include "evd-test-fixtures.h"

#define QPS_BODY "{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API. Try again later.\"}"
#define DAILY_BODY "{\"code\":429,\"message\":\"You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.\"}"
#define HUBS "/zoom_events/hubs"

typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
} Fixture;

static GAsyncResult *last_result;

static gpointer
slot (void)
{
  g_clear_object (&last_result);
  return &last_result;
}

static GAsyncResult *
await (void)
{
  while (last_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return last_result;
}

static gboolean
flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  evd_sandbox_server_set_seed (f->server, 5);
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  g_assert_no_error (error);

  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
  evd_client_set_rate_limit (f->client, 0);
  evd_client_set_backoff (f->client, 5, 40, 6);
  evd_client_set_random_seed (f->client, 9);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&last_result);
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  evd_sandbox_server_stop (f->server);
  g_clear_object (&f->server);
}

static GListModel *
list_hubs (Fixture  *f,
           GError  **error)
{
  evd_client_list_hubs_async (f->client, NULL, evd_test_store_result_cb, slot ());
  return evd_client_list_hubs_finish (f->client, await (), error);
}

static guint
hub_requests (Fixture *f)
{
  return evd_sandbox_server_count_requests (f->server, "GET", HUBS);
}

static void
queue (Fixture    *f,
       const char *path,
       guint       status,
       const char *header1,
       const char *header2,
       const char *body)
{
  const char *headers[] = { header1, header2, NULL };

  evd_sandbox_server_queue_status (f->server, path, status, headers, body);
}

static char *
utc_text (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static void
test_429_retry_after_seconds (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  gint64 start;

  queue (f, HUBS, 429, "X-RateLimit-Type: QPS", "Retry-After: 1", QPS_BODY);
  start = g_get_monotonic_time ();
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hubs);
  g_assert_cmpuint (hub_requests (f), ==, 2);
  /* It waited as told (the back-off alone is a few milliseconds here). */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 900 * 1000);
}

static void
test_429_retry_after_dates (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 2);
  g_autofree char *iso = g_date_time_format (later, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *http = soup_date_time_to_string (later, SOUP_DATE_HTTP);
  g_autofree char *iso_header = g_strconcat ("Retry-After: ", iso, NULL);
  g_autofree char *http_header = g_strconcat ("Retry-After: ", http, NULL);
  gint64 start;
  gint64 parsed = 0;

  /* An ISO 8601 date-time, as Zoom sends. */
  queue (f, HUBS, 429, "X-RateLimit-Type: QPS", iso_header, QPS_BODY);
  start = g_get_monotonic_time ();
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hub_requests (f), ==, 2);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 500 * 1000);
  g_clear_object (&hubs);

  /* An HTTP-date, and no X-RateLimit-Type at all. */
  queue (f, HUBS, 429, http_header, NULL, QPS_BODY);
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hub_requests (f), ==, 4);

  g_assert_true (evd_api_parse_retry_after ("2020-05-31T00:00:00Z", 0, &parsed));
  g_assert_cmpint (parsed, ==, 1590883200000);
  g_assert_true (evd_api_parse_retry_after ("Sun, 31 May 2020 00:00:00 GMT", 0, &parsed));
  g_assert_cmpint (parsed, ==, 1590883200000);
  g_assert_true (evd_api_parse_retry_after (" 3 ", 100, &parsed));
  g_assert_cmpint (parsed, ==, 3100);
  g_assert_false (evd_api_parse_retry_after ("soon", 0, &parsed));
  g_assert_false (evd_api_parse_retry_after ("", 0, &parsed));
}

static void
test_429_without_retry_after (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(GListModel) refused = NULL;
  g_autofree char *far = NULL;
  g_autofree char *far_header = NULL;

  /* Back-off with jitter, then success. */
  queue (f, HUBS, 429, "X-RateLimit-Type: QPS", NULL, QPS_BODY);
  queue (f, HUBS, 429, "X-RateLimit-Type: QPS", NULL, QPS_BODY);
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hub_requests (f), ==, 3);

  /* Bounded: after six tries the 429 reaches the caller. */
  for (guint i = 0; i < 6; i++)
    queue (f, HUBS, 429, "X-RateLimit-Type: QPS", NULL, QPS_BODY);
  refused = list_hubs (f, &error);
  g_assert_null (refused);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_RATE_LIMITED);
  g_assert_cmpint (evd_api_error_get_retry_at (error), >, 0);
  g_assert_cmpuint (hub_requests (f), ==, 9);
  g_clear_error (&error);

  /* A wait of an hour is reported, not sat through. */
  far = utc_text (g_get_real_time () / G_USEC_PER_SEC + 3600);
  far_header = g_strconcat ("Retry-After: ", far, NULL);
  queue (f, HUBS, 429, "X-RateLimit-Type: QPS", far_header, QPS_BODY);
  g_clear_object (&refused);
  refused = list_hubs (f, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_RATE_LIMITED);
  g_assert_cmpint (evd_api_error_get_retry_at (error), >, g_get_real_time () / G_USEC_PER_SEC + 3000);
  g_assert_cmpuint (hub_requests (f), ==, 10);
}

static void
test_daily_limit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 reset = (now / 86400 + 1) * 86400;
  g_autofree char *reset_text = utc_text (reset + 3600);
  g_autofree char *reset_header = g_strconcat ("Retry-After: ", reset_text, NULL);

  queue (f, HUBS, 429, "X-RateLimit-Type: Daily-limit", reset_header, DAILY_BODY);
  hubs = list_hubs (f, &error);
  g_assert_null (hubs);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT);
  g_assert_cmpint (evd_api_error_get_retry_at (error), ==, reset + 3600);
  g_assert_cmpuint (hub_requests (f), ==, 1);
  g_clear_error (&error);

  /* No header: the daily message alone, and the reset at 00:00 UTC. */
  queue (f, HUBS, 429, NULL, NULL, DAILY_BODY);
  hubs = list_hubs (f, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT);
  g_assert_cmpint (evd_api_error_get_retry_at (error), ==, reset);
  g_assert_cmpuint (hub_requests (f), ==, 2);
  /* The message says when, in the person's own time. */
  {
    g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (reset);
    g_autofree char *hhmm = g_date_time_format (at, "%H:%M");

    g_assert_nonnull (strstr (error->message, hhmm));
  }
  g_clear_error (&error);

  /* The sandbox's own daily cap. */
  evd_sandbox_server_set_daily_limit (f->server, 3);
  for (guint i = 0; i < 5 && error == NULL; i++)
    {
      g_autoptr(GListModel) more = list_hubs (f, &error);
    }
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_DAILY_LIMIT);
  g_assert_cmpint (evd_api_error_get_retry_at (error), >=, reset);
}

static GPtrArray *
one_ticket (const char *email,
            const char *external_id)
{
  GPtrArray *tickets = g_ptr_array_new_with_free_func (g_object_unref);
  EvdTicket *ticket = evd_ticket_new ();

  evd_ticket_set_email (ticket, email);
  evd_ticket_set_external_ticket_id (ticket, external_id);
  evd_ticket_set_send_notification (ticket, FALSE);
  g_ptr_array_add (tickets, ticket);
  return tickets;
}

static EvdTicketBatch *
create_tickets (Fixture     *f,
                const char  *event_id,
                GPtrArray   *tickets,
                GError     **error)
{
  evd_client_create_tickets_async (f->client, event_id, tickets, NULL, NULL, evd_test_store_result_cb, slot ());
  return evd_client_create_tickets_finish (f->client, await (), error);
}

static void
test_5xx (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *tickets_path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autoptr(GPtrArray) tickets = one_ticket ("retry@example.com", "row-1");
  g_autoptr(EvdTicketBatch) batch = NULL;

  /* A GET is retried through 502, 503 and 504. */
  queue (f, HUBS, 502, NULL, NULL, "<html><body>502 Bad Gateway</body></html>");
  queue (f, HUBS, 503, NULL, NULL, "<html><body>503 Service Unavailable</body></html>");
  queue (f, HUBS, 504, NULL, NULL, "<html><body>504 Gateway Timeout</body></html>");
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hub_requests (f), ==, 4);
  g_clear_object (&hubs);

  /* ... but not for ever. */
  for (guint i = 0; i < 6; i++)
    queue (f, HUBS, 503, NULL, NULL, "<html><body>503 Service Unavailable</body></html>");
  hubs = list_hubs (f, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_SERVER);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 503);
  g_assert_cmpuint (hub_requests (f), ==, 10);
  g_clear_error (&error);

  /* A POST of tickets is not resent: a 503 comes back as is ... */
  queue (f, tickets_path, 503, NULL, NULL, "<html><body>503 Service Unavailable</body></html>");
  batch = create_tickets (f, event_id, tickets, &error);
  g_assert_null (batch);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_SERVER);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", tickets_path), ==, 1);
  g_clear_error (&error);

  /* ... and a gateway's 502 may have passed it on: outcome unknown. */
  queue (f, tickets_path, 502, NULL, NULL, "<html><body>502 Bad Gateway</body></html>");
  batch = create_tickets (f, event_id, tickets, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OUTCOME_UNKNOWN);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", tickets_path), ==, 2);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, event_id, "retry@example.com"), ==, 0);
}

static void
test_dropped_connection (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *tickets_path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autoptr(GPtrArray) tickets = one_ticket ("dropped@example.com", "import-7-row-1");
  g_autoptr(EvdTicketBatch) batch = NULL;
  g_autoptr(GListModel) found = NULL;

  /* The sandbox creates the tickets, then closes without answering. */
  evd_sandbox_server_set_fault_drop_tickets (f->server, 1.0);
  batch = create_tickets (f, event_id, tickets, &error);
  g_assert_null (batch);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OUTCOME_UNKNOWN);
  g_clear_error (&error);

  /* Sent once, never resent, and the ticket does exist: look before resending. */
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", tickets_path), ==, 1);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, event_id, "dropped@example.com"), ==, 1);
  evd_client_list_tickets_async (f->client, event_id, NULL, "import-7-row-1", NULL, evd_test_store_result_cb, slot ());
  found = evd_client_list_tickets_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
}

static void
test_cut_short (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *tickets_path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autoptr(GPtrArray) tickets = one_ticket ("short@example.com", NULL);
  g_autoptr(EvdTicketBatch) batch = NULL;

  /* JSON that stops half-way: a GET is read again ... */
  queue (f, HUBS, 200, NULL, NULL, "{\"total_records\":3,\"hubs\":[{\"hub_id\":\"ab");
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hubs), >, 0);
  g_assert_cmpuint (hub_requests (f), ==, 2);

  /* ... a POST's result is lost. */
  queue (f, tickets_path, 201, NULL, NULL, "{\"tickets\":[{\"ticket_id\":\"x");
  batch = create_tickets (f, event_id, tickets, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_OUTCOME_UNKNOWN);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", tickets_path), ==, 1);
}

/* A hub's event pages are parsed in a reader thread: an answer cut short
 * there is read again like any other, and a portal's page still fails. */
static void
test_hub_events_read_in_thread (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *marketing = evd_sandbox_server_find_hub_id (f->server, "Marketing Events Hub");
  g_autoptr(GListModel) whole = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GListModel) failed = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  evd_client_list_hub_events_async (f->client, marketing, NULL, evd_test_store_result_cb, slot ());
  whole = evd_client_list_hub_events_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (whole), >, 1);

  before = evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/events");
  queue (f, "/zoom_events/events", 200, NULL, NULL, "{\"total_records\":3,\"events\":[{\"event_id\":\"ab");
  evd_client_list_hub_events_async (f->client, marketing, NULL, evd_test_store_result_cb, slot ());
  again = evd_client_list_hub_events_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, g_list_model_get_n_items (whole));
  /* Four lists, one of them read twice */
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/events"), ==, before + 5);

  queue (f, "/zoom_events/events", 200, NULL, NULL, "<html><body>Welcome to the hotel Wi-Fi</body></html>");
  evd_client_list_hub_events_async (f->client, marketing, NULL, evd_test_store_result_cb, slot ());
  failed = evd_client_list_hub_events_finish (f->client, await (), &error);
  g_assert_null (failed);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
}

/* Answers from 64 KiB on are read in a worker thread: the same answers,
 * the same retries and refusals as small ones. */
static void
test_large_answers (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autoptr(GString) body = g_string_new ("{\"total_records\":1,\"hubs\":[{\"hub_id\":\"big-hub\",\"name\":\"Big\",\"description\":\"");
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autofree char *cut = NULL;
  g_autoptr(EvdHub) hub = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (body, "Launches. ");
  g_string_append (body, "\"}]}");
  g_assert_cmpuint (body->len, >, 64 * 1024);

  queue (f, HUBS, 200, NULL, NULL, body->str);
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hubs), ==, 1);
  hub = g_list_model_get_item (hubs, 0);
  g_assert_cmpstr (evd_hub_get_hub_id (hub), ==, "big-hub");
  g_assert_cmpuint (strlen (evd_hub_get_description (hub)), ==, 10000 * strlen ("Launches. "));
  g_assert_cmpuint (hub_requests (f), ==, 1);
  g_clear_object (&hubs);

  /* Cut short: read again, and the real answer taken. */
  cut = g_strndup (body->str, body->len - 100);
  queue (f, HUBS, 200, NULL, NULL, cut);
  hubs = list_hubs (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hubs), >, 1);
  g_assert_cmpuint (hub_requests (f), ==, 3);
  g_clear_object (&hubs);

  /* A large page from something in the way: not retried, not data. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (html, "<p>Welcome</p>");
  g_string_append (html, "</body></html>");
  queue (f, HUBS, 200, NULL, NULL, html->str);
  hubs = list_hubs (f, &error);
  g_assert_null (hubs);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpuint (hub_requests (f), ==, 4);
}

static void
test_html_pages (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;

  /* A captive portal's page with a 200: not retried, not taken for data. */
  queue (f, HUBS, 200, NULL, NULL, "<html><body>Welcome to the hotel Wi-Fi</body></html>");
  hubs = list_hubs (f, &error);
  g_assert_null (hubs);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 200);
  g_assert_cmpuint (hub_requests (f), ==, 1);
  g_clear_error (&error);

  /* A proxy's 404 page. */
  queue (f, HUBS, 404, NULL, NULL, "<html><body>Not Found</body></html>");
  hubs = list_hubs (f, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 404);
  g_assert_nonnull (error->message);
  g_assert_null (strstr (error->message, "<html>"));
  g_clear_error (&error);

  /* A 500 is a fault, not a passing overload: reported, not retried. */
  queue (f, HUBS, 500, NULL, NULL, "{\"code\":500,\"message\":\"Internal Server Error\"}");
  hubs = list_hubs (f, &error);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_SERVER);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 500);
  g_assert_cmpuint (hub_requests (f), ==, 3);
}

/* Answers with the wrong types anywhere: the client reports or skips,
 * never crashes (criticals are fatal in these tests). */
static void
test_hostile_json (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { guint status; const char *body; } hub_answers[] = {
    { 200, "{\"hubs\":\"not a list\"}" },
    { 200, "[]" },
    { 200, "null" },
    { 200, "42" },
    { 200, "{\"hubs\":[1,\"a\",null,[],{\"hub_id\":5},{\"hub_id\":\"ok\",\"name\":[\"x\"],\"hub_active\":\"yes\"}],"
           "\"next_page_token\":7,\"total_records\":\"many\"}" },
    { 400, "{\"code\":\"abc\",\"message\":5}" },
    { 400, "{\"code\":2.5e300,\"message\":null,\"errors\":[{\"field\":4},\"x\"]}" },
    { 400, "{\"code\":-1}" },
    { 400, "[1,2,3]" },
    { 401, "{\"code\":104,\"message\":\"does not contain scopes:[\"" },
    { 403, "\xff\xfe not utf-8" },
    { 500, "" },
  };
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Customer Onboarding Webinar");
  g_autofree char *tickets_path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autoptr(GPtrArray) tickets = one_ticket ("hostile@example.com", NULL);

  evd_client_set_backoff (f->client, 1, 2, 1);
  for (guint i = 0; i < G_N_ELEMENTS (hub_answers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) hubs = NULL;

      queue (f, HUBS, hub_answers[i].status, NULL, NULL, hub_answers[i].body);
      hubs = list_hubs (f, &error);
      if (hubs == NULL)
        g_assert_true (error != NULL && (error->domain == EVD_API_ERROR));
      else
        for (guint j = 0; j < g_list_model_get_n_items (hubs); j++)
          {
            g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, j);

            g_assert_nonnull (evd_hub_get_hub_id (hub));
          }
    }

  /* A batch answer of the wrong shape. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(EvdTicketBatch) batch = NULL;

    queue (f, tickets_path, 201, NULL, NULL, "{\"tickets\":{\"a\":1},\"errors\":[{\"email\":3},7,{\"error_code\":[]}]}");
    batch = create_tickets (f, event_id, tickets, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (evd_ticket_batch_get_tickets (batch)), ==, 0);
    g_assert_cmpuint (evd_ticket_batch_get_n_errors (batch), ==, 2);
    g_assert_null (evd_ticket_batch_get_error (batch, 0)->email);
  }

  /* An event list whose items lie about their types. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) events = NULL;

    queue (f, "/zoom_events/events", 200, NULL, NULL,
           "{\"events\":[{\"event_id\":1,\"hub_id\":2},{\"event_id\":\"e1\",\"hub_id\":\"h\",\"calendar\":\"x\","
           "\"status\":[],\"recurrence\":7}],\"next_page_token\":\"\"}");
    evd_client_list_events_async (f->client, "host", "upcoming", NULL, evd_test_store_result_cb, slot ());
    events = evd_client_list_events_finish (f->client, await (), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (events), <=, 1);
  }

  /* And a response that names no code at all. */
  {
    g_autoptr(GError) error = evd_api_error_from_body (418, NULL);

    g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INVALID_RESPONSE);
  }
}

static void
test_cancel_mid_request (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) waiting = g_cancellable_new ();
  g_autoptr(GListModel) hubs = NULL;

  /* While the answer is on its way. */
  evd_sandbox_server_set_latency (f->server, 3000);
  evd_client_list_hubs_async (f->client, cancellable, evd_test_store_result_cb, slot ());
  run_for (200);
  g_assert_null (last_result);
  g_cancellable_cancel (cancellable);
  hubs = evd_client_list_hubs_finish (f->client, await (), &error);
  g_assert_null (hubs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  evd_sandbox_server_set_latency (f->server, 0);

  /* While waiting out a Retry-After of 30 seconds. */
  queue (f, HUBS, 429, "X-RateLimit-Type: QPS", "Retry-After: 30", QPS_BODY);
  evd_client_list_hubs_async (f->client, waiting, evd_test_store_result_cb, slot ());
  run_for (300);
  g_assert_null (last_result);
  g_cancellable_cancel (waiting);
  hubs = evd_client_list_hubs_finish (f->client, await (), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
acquired_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GArray *starts = user_data;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_monotonic_time ();

  g_assert_true (evd_rate_limiter_acquire_finish (EVD_RATE_LIMITER (object), result, &error));
  g_array_append_val (starts, now);
}

/* The most starts that fall in any one-second window. */
static guint
busiest_second (GArray *starts)
{
  guint most = 0;

  for (guint i = 0; i < starts->len; i++)
    {
      gint64 from = g_array_index (starts, gint64, i);
      guint n = 0;

      for (guint j = 0; j < starts->len; j++)
        {
          gint64 t = g_array_index (starts, gint64, j);

          if (t >= from && t < from + G_USEC_PER_SEC)
            n++;
        }
      most = MAX (most, n);
    }
  return most;
}

static void
test_rate_limiter (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EvdRateLimiter) limiter = evd_rate_limiter_new (40);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) paused = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint burst = evd_rate_limiter_get_burst (limiter);
  gint64 pause_start;

  /* 100 asked at once at 40 a second: at most 40 + the burst start in any
   * second (a little slack for a late main loop). */
  for (guint i = 0; i < 100; i++)
    evd_rate_limiter_acquire_async (limiter, NULL, acquired_cb, starts);
  while (starts->len < 100)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (busiest_second (starts), <=, 40 + burst + 4);
  /* ... and they did not all start at once. */
  g_assert_cmpint (g_array_index (starts, gint64, 99) - g_array_index (starts, gint64, 0), >=, G_USEC_PER_SEC);

  /* A pause holds back the next start. */
  evd_rate_limiter_set_rate (limiter, 0);
  evd_rate_limiter_pause (limiter, 400);
  pause_start = g_get_monotonic_time ();
  evd_rate_limiter_acquire_async (limiter, NULL, acquired_cb, paused);
  while (paused->len < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_array_index (paused, gint64, 0) - pause_start, >=, 350 * 1000);
}

static void
count_down_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  guint *remaining = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = evd_client_request_finish (EVD_CLIENT (object), result, &error);

  g_assert_no_error (error);
  (*remaining)--;
}

static void
test_client_rate_limit (Fixture       *f,
                        gconstpointer  data)
{
  guint remaining = 24;

  /* Eight a second from the client never trips the sandbox's ten: every
   * request is answered the first time, with no 429 and no retry. */
  evd_sandbox_server_set_rate_limit (f->server, 10);
  evd_client_set_rate_limit (f->client, 8);
  g_assert_cmpfloat (evd_client_get_rate_limit (f->client), ==, 8);
  for (guint i = 0; i < 24; i++)
    evd_client_request_async (f->client, "GET", HUBS, NULL, NULL, EVD_REQUEST_NONE, NULL,
                              count_down_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (hub_requests (f), ==, 24);
}

static gboolean
quit_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* The start of an import: two reads, and as soon as they are answered the
 * batches, as fast as the client allows. The limiter's small burst must be
 * paid back within the second it was taken in: the sandbox counts requests
 * per second, as Zoom does (its seconds run on this process's monotonic
 * clock), and a second that begins just before the reads must not see more
 * than its 30. */
static void
test_client_rate_limit_per_second (Fixture       *f,
                                   gconstpointer  data)
{
  guint remaining = 1;
  gint64 into_second;

  evd_sandbox_server_set_rate_limit (f->server, 30);
  evd_client_set_rate_limit (f->client, 30);
  /* A token, then a quiet moment: the limiter's burst is whole again. */
  evd_client_request_async (f->client, "GET", HUBS, NULL, NULL, EVD_REQUEST_NONE, NULL,
                            count_down_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  spin (1100);
  into_second = g_get_monotonic_time () % G_USEC_PER_SEC;
  g_usleep (G_USEC_PER_SEC - into_second + 2000);

  remaining = 2;
  for (guint i = 0; i < 2; i++)
    evd_client_request_async (f->client, "GET", HUBS, NULL, NULL, EVD_REQUEST_NONE, NULL,
                              count_down_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  spin (50);
  remaining = 40;
  for (guint i = 0; i < 40; i++)
    evd_client_request_async (f->client, "GET", HUBS, NULL, NULL, EVD_REQUEST_NONE, NULL,
                              count_down_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);

  /* Each answered the first time: no 429 asked for a retry. */
  g_assert_cmpuint (hub_requests (f), ==, 1 + 2 + 40);
}

static void
test_sandbox_rate_limit_recovers (Fixture       *f,
                                  gconstpointer  data)
{
  guint remaining = 30;

  /* With the client's limiter off, the sandbox's 429s are waited out and
   * every request still succeeds. */
  evd_sandbox_server_set_rate_limit (f->server, 10);
  evd_client_set_backoff (f->client, 100, 1000, 8);
  for (guint i = 0; i < 30; i++)
    evd_client_request_async (f->client, "GET", HUBS, NULL, NULL, EVD_REQUEST_NONE, NULL,
                              count_down_cb, &remaining);
  while (remaining > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (hub_requests (f), >, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv (EVD_API_ENV_API_URL);
  g_unsetenv (EVD_API_ENV_OAUTH_URL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/client-retry/429-retry-after-seconds", test_429_retry_after_seconds);
  ADD ("/client-retry/429-retry-after-dates", test_429_retry_after_dates);
  ADD ("/client-retry/429-without-retry-after", test_429_without_retry_after);
  ADD ("/client-retry/daily-limit", test_daily_limit);
  ADD ("/client-retry/5xx", test_5xx);
  ADD ("/client-retry/dropped-connection", test_dropped_connection);
  ADD ("/client-retry/cut-short", test_cut_short);
  ADD ("/client-retry/hub-events-read-in-thread", test_hub_events_read_in_thread);
  ADD ("/client-retry/large-answers", test_large_answers);
  ADD ("/client-retry/html-pages", test_html_pages);
  ADD ("/client-retry/hostile-json", test_hostile_json);
  ADD ("/client-retry/cancel-mid-request", test_cancel_mid_request);
  ADD ("/client-retry/rate-limiter", test_rate_limiter);
  ADD ("/client-retry/client-rate-limit", test_client_rate_limit);
  ADD ("/client-retry/client-rate-limit-per-second", test_client_rate_limit_per_second);
  ADD ("/client-retry/sandbox-rate-limit-recovers", test_sandbox_rate_limit_recovers);

  return g_test_run ();
}
