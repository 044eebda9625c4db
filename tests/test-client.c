/* test-client.c: every resource call of EvdClient against the sandbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "evd-api-error.h"
#include "evd-api-url.h"
#include "evd-client-private.h"
#include "evd-sandbox-server.h"
#include "evd-test-fixtures.h"

typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
} Fixture;

static GAsyncResult *last_result;

/* The callback data for the next call; await() then waits for its result. */
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

static void
start_fixture (Fixture *f,
               guint    n_generated_events)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  evd_sandbox_server_set_seed (f->server, 11);
  if (n_generated_events > 0)
    evd_sandbox_server_set_generated (f->server, n_generated_events, 0);
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  g_assert_no_error (error);

  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
  evd_client_set_rate_limit (f->client, 0);
  evd_client_set_backoff (f->client, 5, 40, 6);
  evd_client_set_random_seed (f->client, 3);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  start_fixture (f, GPOINTER_TO_UINT (data));
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

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

static char *
utc_in_days (int days,
             int hours)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                                  g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) when = g_date_time_add (day, (GTimeSpan) (days * 24 + hours) * G_TIME_SPAN_HOUR);

  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
event_id_named (Fixture    *f,
                const char *name)
{
  char *id = evd_sandbox_server_find_event_id (f->server, name);

  g_assert_nonnull (id);
  return id;
}

static gboolean
list_has_event_named (GListModel *events,
                      const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (evd_event_get_name (event), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_hubs (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hubs = NULL;
  g_autofree char *marketing = evd_sandbox_server_find_hub_id (f->server, "Marketing Events Hub");
  gboolean found = FALSE;

  evd_client_list_hubs_async (f->client, NULL, evd_test_store_result_cb, slot ());
  hubs = evd_client_list_hubs_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (hubs) == EVD_TYPE_HUB);
  g_assert_cmpuint (g_list_model_get_n_items (hubs), >=, 2);

  for (guint i = 0; i < g_list_model_get_n_items (hubs); i++)
    {
      g_autoptr(EvdHub) hub = g_list_model_get_item (hubs, i);

      g_assert_nonnull (evd_hub_get_name (hub));
      if (g_strcmp0 (evd_hub_get_hub_id (hub), marketing) == 0)
        found = TRUE;
      /* role_type=host: the hub the account only attends is not listed. */
      g_assert_cmpstr (evd_hub_get_name (hub), !=, "CloudWorks Community Hub");
    }
  g_assert_true (found);
}

static void
test_hub_events_all_statuses (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autofree char *marketing = evd_sandbox_server_find_hub_id (f->server, "Marketing Events Hub");

  evd_client_list_hub_events_async (f->client, marketing, NULL, evd_test_store_result_cb, slot ());
  events = evd_client_list_hub_events_finish (f->client, await (), &error);
  g_assert_no_error (error);

  /* A draft, an upcoming, a past and a cancelled event of the hub. */
  g_assert_true (list_has_event_named (events, "Introducing Project Phoenix"));
  g_assert_true (list_has_event_named (events, "Spring Product Launch Webinar"));
  g_assert_true (list_has_event_named (events, "Regional Roadshow: Chicago"));
  g_assert_false (list_has_event_named (events, "Customer Onboarding Webinar"));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpstr (evd_event_get_hub_id (event), ==, marketing);
    }
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/events"), ==, 4);
}

/* With hundreds of generated events, every status spans several pages. */
static void
test_pagination (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const query[] = { "role_type", "host", "event_status_type", "draft", NULL };
  static const char * const statuses[] = { "draft", "upcoming", "past", "cancelled" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) first_page = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GListModel) hub_events = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *next_page_token = NULL;
  g_autofree char *marketing = evd_sandbox_server_find_hub_id (f->server, "Marketing Events Hub");
  gint64 total = -1;
  guint pages;
  guint in_hub = 0;

  evd_client_fetch_page_async (f->client, "/zoom_events/events", query, "events", NULL, 300,
                               NULL, evd_test_store_result_cb, slot ());
  first_page = evd_client_fetch_page_finish (f->client, await (), &next_page_token, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (first_page), ==, 300);
  g_assert_nonnull (next_page_token);
  g_assert_cmpint (total, >, 600);

  evd_client_list_events_async (f->client, "host", "draft", NULL, evd_test_store_result_cb, slot ());
  drafts = evd_client_list_events_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, total);
  for (guint i = 0; i < g_list_model_get_n_items (drafts); i++)
    {
      g_autoptr(EvdEvent) event = g_list_model_get_item (drafts, i);

      g_assert_true (g_hash_table_add (ids, g_strdup (evd_event_get_event_id (event))));
      g_assert_cmpint (evd_event_get_status (event), ==, EVD_EVENT_STATUS_DRAFT);
    }
  pages = (guint) ((total + 299) / 300);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/events"), ==, 1 + pages);

  /* A hub's events are exactly the hub's share of each status's list. */
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(GListModel) events = NULL;

      evd_client_list_events_async (f->client, "host", statuses[s], NULL, evd_test_store_result_cb, slot ());
      events = evd_client_list_events_finish (f->client, await (), &error);
      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(EvdEvent) event = g_list_model_get_item (events, i);

          if (g_strcmp0 (evd_event_get_hub_id (event), marketing) == 0)
            in_hub++;
        }
    }
  evd_client_list_hub_events_async (f->client, marketing, NULL, evd_test_store_result_cb, slot ());
  hub_events = evd_client_list_hub_events_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (in_hub, >, 300);
  g_assert_cmpuint (g_list_model_get_n_items (hub_events), ==, in_hub);
}

static EvdEvent *
get_event (Fixture     *f,
           const char  *event_id,
           GError     **error)
{
  evd_client_get_event_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  return evd_client_get_event_finish (f->client, await (), error);
}

static EvdEvent *
create_simple_event (Fixture    *f,
                     const char *name,
                     const char *hub_id,
                     GError    **error)
{
  g_autofree char *start = utc_in_days (40, 15);
  g_autofree char *end = utc_in_days (40, 16);
  g_autofree char *json = g_strdup_printf ("{\"name\":\"%s\",\"description\":\"A test event.\",\"timezone\":\"Europe/Paris\","
                                           "\"event_type\":\"SIMPLE_EVENT\",\"meeting_type\":\"WEBINAR\","
                                           "\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\","
                                           "\"attendance_type\":\"virtual\","
                                           "\"calendar\":[{\"start_time\":\"%s\",\"end_time\":\"%s\"}]}",
                                           name, hub_id, start, end);
  g_autoptr(JsonNode) body = parse (json);

  evd_client_create_event_async (f->client, body, NULL, evd_test_store_result_cb, slot ());
  return evd_client_create_event_finish (f->client, await (), error);
}

static void
test_event_lifecycle (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *marketing = evd_sandbox_server_find_hub_id (f->server, "Marketing Events Hub");
  g_autofree char *partner = evd_sandbox_server_find_hub_id (f->server, "Partner Hub");
  g_autoptr(EvdEvent) created = NULL;
  g_autoptr(EvdEvent) fetched = NULL;
  g_autoptr(EvdEvent) refused = NULL;
  g_autoptr(EvdEvent) copy = NULL;
  g_autoptr(EvdEvent) draft = NULL;
  g_autoptr(EvdEvent) gone = NULL;
  g_autoptr(JsonNode) changes = parse ("{\"name\":\"Quarterly Review (renamed)\"}");
  g_autoptr(GDateTime) copy_start = g_date_time_new_utc (2031, 3, 4, 15, 0, 0);
  g_autofree char *copy_id = NULL;
  const char *event_id;

  created = create_simple_event (f, "Quarterly Review", marketing, &error);
  g_assert_no_error (error);
  event_id = evd_event_get_event_id (created);
  g_assert_nonnull (event_id);
  g_assert_cmpint (evd_event_get_status (created), ==, EVD_EVENT_STATUS_DRAFT);

  evd_client_update_event_async (f->client, event_id, changes, NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_update_event_finish (f->client, await (), &error));
  g_assert_no_error (error);
  fetched = get_event (f, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evd_event_get_name (fetched), ==, "Quarterly Review (renamed)");
  g_clear_object (&fetched);

  evd_client_publish_event_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_publish_event_finish (f->client, await (), &error));
  g_assert_no_error (error);
  fetched = get_event (f, event_id, &error);
  g_assert_cmpint (evd_event_get_status (fetched), ==, EVD_EVENT_STATUS_PUBLISHED);
  g_clear_object (&fetched);

  evd_client_duplicate_event_async (f->client, event_id, "Quarterly Review (copy)", copy_start,
                                    "Europe/Paris", NULL, evd_test_store_result_cb, slot ());
  copy_id = evd_client_duplicate_event_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy_id);
  g_assert_cmpstr (copy_id, !=, event_id);
  copy = get_event (f, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evd_event_get_name (copy), ==, "Quarterly Review (copy)");

  evd_client_cancel_event_async (f->client, event_id, "Moved to next quarter.", NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_cancel_event_finish (f->client, await (), &error));
  g_assert_no_error (error);
  fetched = get_event (f, event_id, &error);
  g_assert_cmpint (evd_event_get_status (fetched), ==, EVD_EVENT_STATUS_CANCELLED);

  /* Zoom's own refusals arrive with Zoom's codes. */
  evd_client_update_event_async (f->client, event_id, changes, NULL, evd_test_store_result_cb, slot ());
  g_assert_false (evd_client_update_event_finish (f->client, await (), &error));
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_PAST_OR_CANCELLED);
  g_clear_error (&error);

  refused = create_simple_event (f, "Not here", partner, &error);
  g_assert_null (refused);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_HUB_PERMISSION);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 403);
  g_clear_error (&error);

  draft = create_simple_event (f, "Scratch draft", marketing, &error);
  g_assert_no_error (error);
  evd_client_delete_event_async (f->client, evd_event_get_event_id (draft), NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_delete_event_finish (f->client, await (), &error));
  g_assert_no_error (error);
  gone = get_event (f, evd_event_get_event_id (draft), &error);
  g_assert_null (gone);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_FOUND);
  g_assert_cmpuint (evd_api_error_get_http_status (error), ==, 404);
}

static void
test_sessions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Developer Day Workshop");
  g_autofree char *start = utc_in_days (60, 13);
  g_autofree char *end = utc_in_days (60, 14);
  g_autofree char *json = g_strdup_printf ("{\"name\":\"Office Hours\",\"start_time\":\"%s\",\"end_time\":\"%s\","
                                           "\"timezone\":\"Europe/Berlin\",\"type\":2}", start, end);
  g_autoptr(JsonNode) body = parse (json);
  g_autoptr(JsonNode) changes = parse ("{\"name\":\"Office Hours with the Team\"}");
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(EvdSession) created = NULL;
  g_autoptr(EvdSession) fetched = NULL;
  g_autoptr(EvdSession) gone = NULL;
  guint before;

  evd_client_list_sessions_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  sessions = evd_client_list_sessions_finish (f->client, await (), &error);
  g_assert_no_error (error);
  before = g_list_model_get_n_items (sessions);
  g_assert_cmpuint (before, >=, 2);
  g_clear_object (&sessions);

  evd_client_create_session_async (f->client, event_id, body, NULL, evd_test_store_result_cb, slot ());
  created = evd_client_create_session_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (evd_session_get_session_id (created));

  evd_client_update_session_async (f->client, event_id, evd_session_get_session_id (created), changes,
                                   NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_update_session_finish (f->client, await (), &error));
  g_assert_no_error (error);

  evd_client_get_session_async (f->client, event_id, evd_session_get_session_id (created),
                                NULL, evd_test_store_result_cb, slot ());
  fetched = evd_client_get_session_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evd_session_get_name (fetched), ==, "Office Hours with the Team");

  evd_client_list_sessions_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  sessions = evd_client_list_sessions_finish (f->client, await (), &error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, before + 1);
  g_clear_object (&sessions);

  evd_client_delete_session_async (f->client, event_id, evd_session_get_session_id (created),
                                   NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_delete_session_finish (f->client, await (), &error));
  g_assert_no_error (error);

  evd_client_get_session_async (f->client, event_id, evd_session_get_session_id (created),
                                NULL, evd_test_store_result_cb, slot ());
  gone = evd_client_get_session_finish (f->client, await (), &error);
  g_assert_null (gone);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_SESSION_NOT_FOUND);
}

static void
test_ticket_types (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Developer Day Workshop");
  g_autofree char *start = utc_in_days (1, 0);
  g_autofree char *end = utc_in_days (59, 0);
  g_autofree char *json = g_strdup_printf ("{\"name\":\"Student Seat\",\"currency\":\"USD\",\"free\":false,"
                                           "\"price\":\"19.00\",\"quantity\":50,"
                                           "\"start_time\":\"%s\",\"end_time\":\"%s\"}", start, end);
  g_autoptr(JsonNode) body = parse (json);
  g_autoptr(GListModel) types = NULL;
  g_autofree char *type_id = NULL;
  gboolean found = FALSE;
  guint before;

  evd_client_list_ticket_types_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  types = evd_client_list_ticket_types_finish (f->client, await (), &error);
  g_assert_no_error (error);
  before = g_list_model_get_n_items (types);
  g_assert_cmpuint (before, >=, 1);
  g_clear_object (&types);

  evd_client_create_ticket_type_async (f->client, event_id, body, NULL, evd_test_store_result_cb, slot ());
  type_id = evd_client_create_ticket_type_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (type_id);

  evd_client_list_ticket_types_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  types = evd_client_list_ticket_types_finish (f->client, await (), &error);
  g_assert_cmpuint (g_list_model_get_n_items (types), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(EvdTicketType) type = g_list_model_get_item (types, i);

      if (g_strcmp0 (evd_ticket_type_get_ticket_type_id (type), type_id) == 0)
        {
          found = TRUE;
          g_assert_cmpstr (evd_ticket_type_get_name (type), ==, "Student Seat");
          g_assert_cmpstr (evd_ticket_type_get_price (type), ==, "19.00");
        }
    }
  g_assert_true (found);
}

static void
test_tickets_pages (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Customer Onboarding Webinar");
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) filtered = NULL;
  g_autofree char *token = NULL;
  g_autofree char *some_email = NULL;
  guint pages = 0;
  gint64 total = -1;

  /* Page after page as the list scrolls, 15 at a time. */
  do
    {
      g_autoptr(EvdTicketPage) page = NULL;
      GListModel *tickets;

      evd_client_list_tickets_page_async (f->client, event_id, token, 15, NULL, NULL,
                                          NULL, evd_test_store_result_cb, slot ());
      page = evd_client_list_tickets_page_finish (f->client, await (), &error);
      g_assert_no_error (error);
      tickets = evd_ticket_page_get_tickets (page);
      total = evd_ticket_page_get_total_records (page);
      g_assert_cmpuint (g_list_model_get_n_items (tickets), <=, 15);
      for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
        {
          g_autoptr(EvdTicket) ticket = g_list_model_get_item (tickets, i);

          g_assert_true (g_hash_table_add (ids, g_strdup (evd_ticket_get_ticket_id (ticket))));
          if (some_email == NULL)
            some_email = g_strdup (evd_ticket_get_email (ticket));
        }
      g_free (token);
      token = g_strdup (evd_ticket_page_get_next_page_token (page));
      g_assert_true (evd_ticket_page_is_last (page) == (token == NULL));
      pages++;
    }
  while (token != NULL);

  g_assert_cmpint (total, ==, 40);
  g_assert_cmpuint (g_hash_table_size (ids), ==, 40);
  g_assert_cmpuint (pages, ==, 3);

  evd_client_list_tickets_async (f->client, event_id, NULL, NULL, NULL, evd_test_store_result_cb, slot ());
  all = evd_client_list_tickets_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 40);

  evd_client_list_tickets_async (f->client, event_id, some_email, NULL, NULL, evd_test_store_result_cb, slot ());
  filtered = evd_client_list_tickets_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (filtered), ==, 1);
}

static EvdTicket *
new_ticket (const char *email,
            const char *external_id)
{
  EvdTicket *ticket = evd_ticket_new ();

  evd_ticket_set_email (ticket, email);
  evd_ticket_set_external_ticket_id (ticket, external_id);
  evd_ticket_set_first_name (ticket, "Grace");
  evd_ticket_set_last_name (ticket, "Hopper");
  evd_ticket_set_send_notification (ticket, FALSE);
  return ticket;
}

static void
test_tickets_create_and_change (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Customer Onboarding Webinar");
  g_autofree char *draft_id = event_id_named (f, "Introducing Project Phoenix");
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdTicketBatch) batch = NULL;
  g_autoptr(EvdTicketBatch) refused = NULL;
  g_autoptr(EvdTicket) created = NULL;
  g_autoptr(EvdTicket) fetched = NULL;
  g_autoptr(EvdTicket) gone = NULL;
  g_autoptr(GListModel) by_external_id = NULL;
  g_autoptr(JsonNode) changes = parse ("{\"first_name\":\"Ada\"}");
  const EvdTicketError *ticket_error;

  g_ptr_array_add (tickets, new_ticket ("grace@example.com", "import-1-row-1"));
  g_ptr_array_add (tickets, new_ticket ("not-an-email", "import-1-row-2"));
  g_ptr_array_add (tickets, new_ticket ("grace@example.com", "import-1-row-3"));

  evd_client_create_tickets_async (f->client, event_id, tickets, "Event Desk", NULL, evd_test_store_result_cb, slot ());
  batch = evd_client_create_tickets_finish (f->client, await (), &error);
  g_assert_no_error (error);

  /* Partial success: the bad address refused with Zoom's code; the
   * repeated email gets a second ticket, as Zoom may give one (keeping
   * people from being registered twice is the importer's job). */
  g_assert_cmpuint (g_list_model_get_n_items (evd_ticket_batch_get_tickets (batch)), ==, 2);
  g_assert_cmpuint (evd_ticket_batch_get_n_errors (batch), ==, 1);
  ticket_error = evd_ticket_batch_find_error (batch, "NOT-AN-EMAIL");
  g_assert_nonnull (ticket_error);
  g_assert_cmpstr (ticket_error->error_code, ==, "email_not_found");
  g_assert_nonnull (ticket_error->message);
  created = g_list_model_get_item (evd_ticket_batch_get_tickets (batch), 0);
  g_assert_cmpstr (evd_ticket_get_email (created), ==, "grace@example.com");
  g_assert_nonnull (evd_ticket_get_ticket_id (created));
  g_assert_nonnull (evd_ticket_get_event_join_link (created));
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, event_id, "grace@example.com"), ==, 2);

  evd_client_list_tickets_async (f->client, event_id, NULL, "import-1-row-1", NULL, evd_test_store_result_cb, slot ());
  by_external_id = evd_client_list_tickets_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (by_external_id), ==, 1);

  evd_client_update_ticket_async (f->client, event_id, evd_ticket_get_ticket_id (created), changes,
                                  NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_update_ticket_finish (f->client, await (), &error));
  g_assert_no_error (error);
  evd_client_get_ticket_async (f->client, event_id, evd_ticket_get_ticket_id (created), NULL, evd_test_store_result_cb, slot ());
  fetched = evd_client_get_ticket_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evd_ticket_get_first_name (fetched), ==, "Ada");

  evd_client_delete_ticket_async (f->client, event_id, evd_ticket_get_ticket_id (created), NULL, evd_test_store_result_cb, slot ());
  g_assert_true (evd_client_delete_ticket_finish (f->client, await (), &error));
  g_assert_no_error (error);
  evd_client_get_ticket_async (f->client, event_id, evd_ticket_get_ticket_id (created), NULL, evd_test_store_result_cb, slot ());
  gone = evd_client_get_ticket_finish (f->client, await (), &error);
  g_assert_null (gone);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_TICKET_NOT_FOUND);
  g_clear_error (&error);

  /* Tickets only on published events: 26501. */
  evd_client_create_tickets_async (f->client, draft_id, tickets, NULL, NULL, evd_test_store_result_cb, slot ());
  refused = evd_client_create_tickets_finish (f->client, await (), &error);
  g_assert_null (refused);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_EVENT_NOT_PUBLISHED);
}

static void
test_batch_error_message_fallback (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Customer Onboarding Webinar");
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdTicketBatch) batch = NULL;
  const EvdTicketError *ticket_error;

  /* Seen live: `error_message` where Zoom documents `message`. */
  evd_sandbox_server_queue_status (f->server, "/zoom_events/events", 201, NULL,
                                   "{\"tickets\":[],\"errors\":[{\"email\":\"a@example.com\","
                                   "\"error_code\":\"stock_not_exist\",\"error_message\":\"Sold out\"}]}");
  g_ptr_array_add (tickets, new_ticket ("a@example.com", NULL));
  evd_client_create_tickets_async (f->client, event_id, tickets, NULL, NULL, evd_test_store_result_cb, slot ());
  batch = evd_client_create_tickets_finish (f->client, await (), &error);
  g_assert_no_error (error);
  ticket_error = evd_ticket_batch_get_error (batch, 0);
  g_assert_cmpstr (ticket_error->email, ==, "a@example.com");
  g_assert_cmpstr (ticket_error->error_code, ==, "stock_not_exist");
  g_assert_cmpstr (ticket_error->message, ==, "Sold out");
}

static void
test_registrants (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Customer Onboarding Webinar");
  g_autoptr(JsonArray) registrants = NULL;

  evd_client_list_registrants_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  registrants = evd_client_list_registrants_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (registrants), ==, 40);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_array_get_element (registrants, 0)));
}

/* A canned first page whose token the sandbox does not know, as if it had
 * expired; its one registrant is a real one, so a restart must skip it. */
static char *
stale_first_page (const char *email)
{
  return g_strdup_printf ("{\"total_records\":40,\"next_page_token\":\"stale-token\","
                          "\"registrants\":[{\"email\":\"%s\",\"tickets\":[]}]}", email);
}

static void
test_paging_token_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Customer Onboarding Webinar");
  g_autofree char *prefix = g_strdup_printf ("/zoom_events/events/%s/registrants", event_id);
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;
  g_autoptr(GHashTable) emails = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *canned = NULL;
  guint requests;

  evd_client_list_registrants_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  before = evd_client_list_registrants_finish (f->client, await (), &error);
  g_assert_no_error (error);
  canned = stale_first_page (json_object_get_string_member (json_array_get_object_element (before, 0), "email"));

  /* The refused token is not sent again: the list starts over from its
   * first page and keeps each registrant once. */
  requests = evd_sandbox_server_count_requests (f->server, "GET", prefix);
  evd_sandbox_server_queue_status (f->server, prefix, 200, NULL, canned);
  evd_client_list_registrants_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  after = evd_client_list_registrants_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before));
  for (guint i = 0; i < json_array_get_length (after); i++)
    g_assert_true (g_hash_table_add (emails, (gpointer) json_object_get_string_member (json_array_get_object_element (after, i), "email")));
  /* canned page, refused token, the first page again */
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", prefix) - requests, ==, 3);
}

static void
test_paging_every_token_refused (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *event_id = event_id_named (f, "Customer Onboarding Webinar");
  g_autofree char *prefix = g_strdup_printf ("/zoom_events/events/%s/registrants", event_id);
  g_autofree char *canned = stale_first_page ("someone@example.com");
  g_autoptr(JsonArray) registrants = NULL;

  /* Every first page hands out a token that is then refused: the list
   * gives up after a few restarts instead of going round for ever. */
  for (guint i = 0; i < 4; i++)
    {
      evd_sandbox_server_queue_status (f->server, prefix, 200, NULL, canned);
      evd_sandbox_server_queue_status (f->server, prefix, 400, NULL,
                                       "{\"code\":300,\"message\":\"The next page token is invalid or expired.\"}");
    }
  evd_client_list_registrants_async (f->client, event_id, NULL, evd_test_store_result_cb, slot ());
  registrants = evd_client_list_registrants_finish (f->client, await (), &error);
  g_assert_null (registrants);
  g_assert_true (evd_client_error_is_page_token_refused (error));
  /* Four first pages, four refusals. */
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", prefix), ==, 8);
}

static void
test_generic_request (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const query[] = { "role_type", "host", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  evd_client_request_async (f->client, "GET", "/zoom_events/hubs", query, NULL, EVD_REQUEST_NONE,
                            NULL, evd_test_store_result_cb, slot ());
  root = evd_client_request_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_true (json_object_has_member (json_node_get_object (root), "hubs"));
  g_clear_pointer (&root, json_node_unref);

  /* 204: no body and no error. */
  evd_sandbox_server_queue_status (f->server, "/zoom_events/hubs", 204, NULL, NULL);
  evd_client_request_async (f->client, "GET", "/zoom_events/hubs", NULL, NULL, EVD_REQUEST_NONE,
                            NULL, evd_test_store_result_cb, slot ());
  root = evd_client_request_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_null (root);
}

static void
test_insecure_url (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EvdClient) client = evd_client_new (f->auth, "http://api.zoom.us/v2");
  g_autoptr(GListModel) hubs = NULL;

  evd_client_list_hubs_async (client, NULL, evd_test_store_result_cb, slot ());
  hubs = evd_client_list_hubs_finish (client, await (), &error);
  g_assert_null (hubs);
  g_assert_error (error, EVD_API_ERROR, EVD_API_ERROR_INSECURE_URL);
  g_clear_error (&error);
  /* Refused before anything was sent, the token request included. */
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 0);

  /* The same credentials on the loopback sandbox are fine. */
  evd_client_list_hubs_async (f->client, NULL, evd_test_store_result_cb, slot ());
  hubs = evd_client_list_hubs_finish (f->client, await (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_sandbox_server_count_tokens_issued (f->server), ==, 1);
}

/* Runs first, with no server: the environment is changed before any thread
 * exists. */
static void
test_urls (void)
{
  g_autoptr(EvdAuth) auth = evd_auth_new ("a", "b", "c", NULL);
  g_autoptr(EvdClient) defaults = evd_client_new (auth, NULL);
  g_autoptr(EvdClient) from_settings = evd_client_new (auth, "https://zoom.example.com/v2/");
  g_autoptr(EvdClient) from_env = NULL;

  g_assert_cmpstr (evd_client_get_api_url (defaults), ==, EVD_API_DEFAULT_API_URL);
  g_assert_cmpstr (evd_client_get_api_url (from_settings), ==, "https://zoom.example.com/v2");

  g_setenv (EVD_API_ENV_API_URL, "http://127.0.0.1:1/v2/", TRUE);
  from_env = evd_client_new (auth, "https://example.com/v2");
  g_unsetenv (EVD_API_ENV_API_URL);
  g_assert_cmpstr (evd_client_get_api_url (from_env), ==, "http://127.0.0.1:1/v2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv (EVD_API_ENV_API_URL);
  g_unsetenv (EVD_API_ENV_OAUTH_URL);

#define ADD(path, func, generated) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (generated), fixture_setup, func, fixture_teardown)

  g_test_add_func ("/client/urls", test_urls);
  ADD ("/client/hubs", test_hubs, 0);
  ADD ("/client/hub-events-all-statuses", test_hub_events_all_statuses, 0);
  ADD ("/client/pagination", test_pagination, 2800);
  ADD ("/client/event-lifecycle", test_event_lifecycle, 0);
  ADD ("/client/sessions", test_sessions, 0);
  ADD ("/client/ticket-types", test_ticket_types, 0);
  ADD ("/client/tickets-pages", test_tickets_pages, 0);
  ADD ("/client/tickets-create-and-change", test_tickets_create_and_change, 0);
  ADD ("/client/batch-error-message-fallback", test_batch_error_message_fallback, 0);
  ADD ("/client/registrants", test_registrants, 0);
  ADD ("/client/paging-token-refused", test_paging_token_refused, 0);
  ADD ("/client/paging-every-token-refused", test_paging_every_token_refused, 0);
  ADD ("/client/generic-request", test_generic_request, 0);
  ADD ("/client/insecure-url", test_insecure_url, 0);

  return g_test_run ();
}
