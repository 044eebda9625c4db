/* test-insight.c: an event's summary against what the sandbox holds, the
 * local cache, incremental reads and a missing report scope
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "evd-client-private.h"
#include "evd-event-insight.h"
#include "evd-insight-cache.h"
#include "evd-sandbox-server.h"

#define REGISTRATIONS_PATH "ticket_registration"
#define ATTENDANCE_PATH "event_attendance"

typedef struct
{
  EvdSandboxServer *server;
  EvdAuth          *auth;
  EvdClient        *client;
} Fixture;

static void
start (Fixture            *f,
       guint               n_tickets,
       const char * const *scopes)
{
  g_autoptr(GError) error = NULL;

  f->server = evd_sandbox_server_new ();
  evd_sandbox_server_set_port (f->server, 0);
  if (n_tickets > 0)
    evd_sandbox_server_set_generated (f->server, 0, n_tickets);
  if (scopes != NULL)
    evd_sandbox_server_set_scopes (f->server, scopes);
  g_assert_true (evd_sandbox_server_start (f->server, &error));
  f->auth = evd_auth_new (EVD_SANDBOX_ACCOUNT_ID, EVD_SANDBOX_CLIENT_ID, EVD_SANDBOX_CLIENT_SECRET,
                          evd_sandbox_server_get_oauth_url (f->server));
  f->client = evd_client_new (f->auth, evd_sandbox_server_get_api_url (f->server));
  evd_client_set_backoff (f->client, 5, 40, 8);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  start (f, GPOINTER_TO_UINT (data), NULL);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->client);
  g_clear_object (&f->auth);
  evd_sandbox_server_stop (f->server);
  g_clear_object (&f->server);
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static EvdEventSummary *
refresh (EvdEventInsight *insight)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEventSummary *summary;

  evd_event_insight_refresh_async (insight, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  summary = evd_event_insight_refresh_finish (insight, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static EvdEventSummary *
load_cached (EvdEventInsight *insight)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EvdEventSummary *summary;

  evd_event_insight_load_cached_async (insight, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  summary = evd_event_insight_load_cached_finish (insight, result, &error);
  g_assert_no_error (error);
  return summary;
}

static JsonObject *
dumped_event (Fixture    *f,
              const char *name,
              JsonNode  **keep)
{
  JsonArray *events;

  *keep = evd_sandbox_server_dump_state (f->server);
  events = json_object_get_array_member (json_node_get_object (*keep), "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *entry = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (json_object_get_object_member (entry, "event"), "name"), name) == 0)
        return entry;
    }
  g_assert_not_reached ();
}

static guint
requests_for (Fixture    *f,
              const char *report,
              const char *event_id)
{
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/reports/%s", event_id, report);

  return evd_sandbox_server_count_requests (f->server, "GET", path);
}

/* Every number of the summary against the sandbox's own state. */
static void
test_matches_sandbox (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Partner Enablement Day");
  g_autoptr(EvdEventInsight) insight = evd_event_insight_new (f->client, event_id);
  g_autoptr(EvdEventSummary) summary = refresh (insight);
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *entry = dumped_event (f, "Partner Enablement Day", &keep);
  JsonArray *tickets = json_object_get_array_member (entry, "tickets");
  JsonArray *types = json_object_get_array_member (entry, "ticket_types");
  const EvdSummaryTicketType *type_rows;
  const EvdSummaryDay *days;
  const EvdSummarySource *sources;
  guint n, attended = 0, sum = 0;
  EvdAttendanceList *roster;

  g_assert_cmpint (evd_event_summary_get_registered (summary), ==, json_array_get_length (tickets));
  g_assert_cmpint (evd_event_summary_get_registered (summary), ==, evd_sandbox_server_count_tickets (f->server, event_id, NULL));
  /* General Admission has no limit, so neither has the event. */
  g_assert_cmpint (evd_event_summary_get_capacity (summary), ==, -1);

  type_rows = evd_event_summary_get_ticket_types (summary, &n);
  g_assert_cmpuint (n, ==, json_array_get_length (types));
  for (guint i = 0; i < n; i++)
    {
      JsonObject *type = json_array_get_object_element (types, i);

      g_assert_cmpstr (type_rows[i].ticket_type_id, ==, json_object_get_string_member (type, "ticket_type_id"));
      g_assert_cmpint (type_rows[i].sold, ==, json_object_get_int_member (type, "sold_quantity"));
    }

  days = evd_event_summary_get_days (summary, &n);
  for (guint i = 0; i < n; i++)
    sum += days[i].count;
  g_assert_cmpuint (sum, ==, json_array_get_length (tickets));
  sources = evd_event_summary_get_sources (summary, &n);
  sum = 0;
  for (guint i = 0; i < n; i++)
    {
      guint expected = 0;

      for (guint t = 0; t < json_array_get_length (tickets); t++)
        if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (tickets, t), "registration_source"),
                       sources[i].source) == 0)
          expected++;
      g_assert_cmpint (sources[i].count, ==, expected);
      sum += sources[i].count;
    }
  g_assert_cmpuint (sum, ==, json_array_get_length (tickets));

  roster = evd_event_summary_get_roster (summary);
  g_assert_cmpuint (evd_attendance_list_get_n_rows (roster), ==, json_array_get_length (tickets));
  for (guint t = 0; t < json_array_get_length (tickets); t++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, t);
      JsonObject *attendance = json_object_get_object_member (ticket, "attendance");
      JsonArray *spans = json_object_get_array_member (attendance, "sessions");
      const EvdAttendance *row = evd_attendance_list_lookup (roster, json_object_get_string_member (ticket, "email"));
      guint minutes = 0;

      for (guint s = 0; s < json_array_get_length (spans); s++)
        minutes += json_object_get_int_member (json_array_get_object_element (spans, s), "minutes");
      g_assert_nonnull (row);
      g_assert_cmpint (row->attended, ==, json_array_get_length (spans) > 0);
      g_assert_cmpuint (row->minutes, ==, minutes);
      g_assert_cmpuint (row->sessions_joined, ==, json_array_get_length (spans));
      /* Only in the lobby is absent. */
      if (json_array_get_length (spans) == 0 && json_object_get_boolean_member (attendance, "lobby"))
        g_assert_true (row->lobby && !row->attended);
      attended += json_array_get_length (spans) > 0;
    }
  g_assert_cmpint (evd_event_summary_get_attended (summary), ==, attended);
  g_assert_cmpuint (evd_event_summary_get_sessions (summary, &n) != NULL, ==, TRUE);
  g_assert_cmpuint (n, ==, 3);
}

/* The second refresh asks only for what changed: one page instead of
 * three; a deleted registration (which `from` cannot show) brings one full
 * read. */
static void
test_incremental (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "TechCorp All-Hands (sample registrations)");
  g_autoptr(EvdEventInsight) insight = evd_event_insight_new (f->client, event_id);
  g_autoptr(EvdEventSummary) first = refresh (insight);
  g_autoptr(EvdEventSummary) second = NULL;
  g_autoptr(EvdEventSummary) third = NULL;
  g_autoptr(EvdEventSummary) fourth = NULL;
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EvdTicket) ticket = evd_ticket_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(EvdTicketBatch) batch = NULL;
  g_autoptr(EvdTicket) created = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (evd_event_summary_get_registered (first), ==, 700);
  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id), ==, 3);
  /* Not started: no attendance report asked for. */
  g_assert_cmpuint (requests_for (f, ATTENDANCE_PATH, event_id), ==, 0);
  g_assert_cmpint (evd_event_summary_get_attended (first), ==, -1);

  second = refresh (insight);
  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id), ==, 4);
  g_assert_cmpint (evd_event_summary_get_registered (second), ==, 700);

  evd_ticket_set_email (ticket, "new.person@example.com");
  evd_ticket_set_first_name (ticket, "New");
  evd_ticket_set_last_name (ticket, "Person");
  g_ptr_array_add (tickets, g_object_ref (ticket));
  evd_client_create_tickets_async (f->client, event_id, tickets, "newsletter", NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  batch = evd_client_create_tickets_finish (f->client, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  third = refresh (insight);
  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id), ==, 5);
  g_assert_cmpint (evd_event_summary_get_registered (third), ==, 701);
  g_assert_cmpint (evd_event_summary_get_new_today (third), >=, 1);
  g_assert_nonnull (evd_attendance_list_lookup (evd_event_summary_get_roster (third), "new.person@example.com"));

  created = g_list_model_get_item (evd_ticket_batch_get_tickets (batch), 0);
  evd_client_delete_ticket_async (f->client, event_id, evd_ticket_get_ticket_id (created), NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (evd_client_delete_ticket_finish (f->client, result, &error));

  fourth = refresh (insight);
  /* One incremental page, then three pages read again. */
  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id), ==, 5 + 1 + 3);
  g_assert_cmpint (evd_event_summary_get_registered (fourth), ==, 700);
  g_assert_null (evd_attendance_list_lookup (evd_event_summary_get_roster (fourth), "new.person@example.com"));
}

/* A HEAVY report can outlast its page token (15 minutes): a refused token
 * reads the report again from the first page, skipping the rows already
 * read, and is never sent again. Here the first page is Zoom's own, handed
 * out with a token the sandbox does not know. */
static void
test_report_token_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "TechCorp All-Hands (sample registrations)");
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/reports/%s", event_id, REGISTRATIONS_PATH);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) first_page = NULL;
  g_autoptr(JsonObject) canned = json_object_new ();
  g_autoptr(JsonNode) canned_node = NULL;
  g_autoptr(EvdRegistrationList) before = NULL;
  g_autoptr(EvdRegistrationList) after = NULL;
  g_autofree char *canned_text = NULL;
  g_autofree char *token = NULL;
  guint requests;

  evd_client_report_registrations_async (f->client, event_id, NULL, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  before = evd_client_report_registrations_finish (f->client, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  evd_client_fetch_page_async (f->client, path, NULL, "registrations", NULL, 300, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  first_page = evd_client_fetch_page_finish (f->client, result, &token, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (token);
  g_clear_object (&result);

  json_object_set_int_member (canned, "total_records", 700);
  json_object_set_string_member (canned, "next_page_token", "stale-token");
  json_object_set_array_member (canned, "registrations", json_array_ref (first_page));
  canned_node = json_node_init_object (json_node_alloc (), canned);
  canned_text = json_to_string (canned_node, FALSE);
  requests = requests_for (f, REGISTRATIONS_PATH, event_id);
  evd_sandbox_server_queue_status (f->server, path, 200, NULL, canned_text);

  evd_client_report_registrations_async (f->client, event_id, NULL, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  after = evd_client_report_registrations_finish (f->client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evd_registration_list_get_n_rows (after), ==, evd_registration_list_get_n_rows (before));
  g_assert_cmpuint (evd_registration_list_get_n_rows (after), ==, 700);
  /* The canned page, the refused token, then the three real pages. */
  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id) - requests, ==, 1 + 1 + 3);
}

/* A second view of the event shows the kept numbers at once, with their
 * time, from a file only this user can read. */
static void
test_cache (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Partner Enablement Day");
  g_autoptr(EvdEventInsight) insight = evd_event_insight_new (f->client, event_id);
  g_autoptr(EvdEventInsight) later = evd_event_insight_new (f->client, event_id);
  g_autoptr(EvdEventInsight) other = evd_event_insight_new (f->client, "no-such-event");
  g_autoptr(EvdEventSummary) fresh = refresh (insight);
  g_autoptr(EvdEventSummary) kept = load_cached (later);
  g_autoptr(EvdEventSummary) none = load_cached (other);
  g_autoptr(JsonNode) fresh_json = evd_event_summary_to_json (fresh);
  g_autoptr(JsonNode) kept_json = evd_event_summary_to_json (kept);
  g_autofree char *path = evd_insight_cache_path (evd_sandbox_server_get_api_url (f->server), event_id);
  g_autoptr(EvdEventSummary) damaged = NULL;
  struct stat info;
  guint requests;

  g_assert_null (none);
  g_assert_nonnull (kept);
  g_assert_true (json_node_equal (fresh_json, kept_json));
  g_assert_cmpint (evd_event_summary_get_as_of (kept), >, 0);
  g_assert_cmpint (ABS (evd_event_summary_get_as_of (kept) - g_get_real_time () / G_USEC_PER_SEC), <, 24 * 3600);

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* A damaged file is nothing to show, never a crash; the next refresh
   * reads everything again. */
  g_assert_true (g_file_set_contents (path, "\x01\x00\x00\x00garbage", 11, NULL));
  g_clear_object (&later);
  later = evd_event_insight_new (f->client, event_id);
  damaged = load_cached (later);
  g_assert_null (damaged);
  requests = requests_for (f, REGISTRATIONS_PATH, event_id);
  g_clear_object (&fresh);
  fresh = refresh (later);
  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id), ==, requests + 1);
  g_assert_cmpint (evd_event_summary_get_registered (fresh), ==, 64);
}

/* Names with tabs, line breaks and backslashes come back as they were; a
 * file cut short or of another kind never crashes and never invents rows. */
static void
test_cache_file (void)
{
  g_autoptr(EvdInsightCache) cache = evd_insight_cache_new ();
  g_autoptr(EvdInsightCache) loaded = NULL;
  g_autoptr(EvdInsightCache) cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("insight-cache-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sub", "cache", NULL);
  g_autofree char *contents = NULL;
  EvdRegistration reg = { "odd@example.com", "Tab\tTab", "Line\nBreak\\", "tt1", "", "self-registration", 1767225600 };
  EvdAttendance person = { "odd@example.com", "Tab\tTab", "Line\nBreak\\", TRUE, TRUE, 42, 2, 1767225700 };
  EvdAttendanceSpan span = { 0, "s1", "Keynote\tPart 1", 1767225700, 1767228220, 42 };
  gsize length;

  cache->event_json = g_strdup ("{\"event_id\":\"e1\"}");
  cache->ticket_types_json = g_strdup ("[]");
  cache->registrations = evd_registration_list_new ();
  cache->registrations_read_at = 123;
  cache->count_gap = -2;
  evd_registration_list_add (cache->registrations, &reg);
  cache->attendance = evd_attendance_list_new ();
  cache->attendance_read_at = 456;
  evd_attendance_list_add (cache->attendance, &person);
  evd_attendance_list_add_span (cache->attendance, &span);
  g_assert_true (evd_insight_cache_save (cache, path, &error));
  g_assert_no_error (error);

  loaded = evd_insight_cache_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->event_json, ==, cache->event_json);
  g_assert_cmpint (loaded->registrations_read_at, ==, 123);
  g_assert_cmpint (loaded->count_gap, ==, -2);
  g_assert_cmpint (loaded->attendance_read_at, ==, 456);
  g_assert_cmpuint (evd_registration_list_get_n_rows (loaded->registrations), ==, 1);
  g_assert_cmpstr (evd_registration_list_get_row (loaded->registrations, 0)->first_name, ==, "Tab\tTab");
  g_assert_cmpstr (evd_registration_list_get_row (loaded->registrations, 0)->last_name, ==, "Line\nBreak\\");
  g_assert_cmpint (evd_registration_list_get_row (loaded->registrations, 0)->registered, ==, 1767225600);
  g_assert_cmpuint (evd_attendance_list_get_row (loaded->attendance, 0)->minutes, ==, 42);
  g_assert_true (evd_attendance_list_get_row (loaded->attendance, 0)->lobby);
  g_assert_cmpuint (evd_attendance_list_get_n_spans (loaded->attendance), ==, 1);
  g_assert_cmpstr (evd_attendance_list_get_span (loaded->attendance, 0)->session_name, ==, "Keynote\tPart 1");

  /* Cut in the middle of the last line: the rows before it stand. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length - 5, NULL));
  cut = evd_insight_cache_load (path, NULL);
  g_assert_nonnull (cut);
  g_assert_cmpuint (evd_registration_list_get_n_rows (cut->registrations), ==, 1);
  g_assert_cmpuint (evd_attendance_list_get_n_spans (cut->attendance), ==, 0);

  g_assert_true (g_file_set_contents (path, "EVDINSIGHT 1\nR\tx\n", -1, NULL));
  g_assert_null (evd_insight_cache_load (path, NULL));
  g_assert_true (g_file_set_contents (path, "EVDINSIGHT 2\nR\tonly@example.com\n", -1, NULL));
  g_assert_null (evd_insight_cache_load (path, NULL));

  g_unlink (path);
  g_autofree char *sub = g_path_get_dirname (path);
  g_rmdir (sub);
  g_rmdir (dir);
}

static void
burst_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  guint *done = user_data;
  g_autoptr(EvdEventSummary) summary = evd_event_insight_refresh_finish (EVD_EVENT_INSIGHT (object), result, NULL);

  g_assert_nonnull (summary);
  (*done)++;
}

/* Twenty-five refreshes at once (a person pressing Refresh, several views)
 * cost one request to each HEAVY report. */
static void
test_burst (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Partner Enablement Day");
  g_autoptr(EvdEventInsight) insight = evd_event_insight_new (f->client, event_id);
  guint done = 0;

  for (guint i = 0; i < 25; i++)
    evd_event_insight_refresh_async (insight, NULL, burst_cb, &done);
  while (done < 25)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (requests_for (f, REGISTRATIONS_PATH, event_id), ==, 1);
  g_assert_cmpuint (requests_for (f, ATTENDANCE_PATH, event_id), ==, 1);
}

/* One session's report (LIGHT): who was in it, as the sandbox holds it. */
static void
test_session_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Partner Enablement Day");
  g_autoptr(JsonNode) keep = NULL;
  JsonObject *entry = dumped_event (f, "Partner Enablement Day", &keep);
  JsonObject *session = json_array_get_object_element (json_object_get_array_member (entry, "sessions"), 1);
  const char *session_id = json_object_get_string_member (session, "session_id");
  JsonArray *tickets = json_object_get_array_member (entry, "tickets");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(EvdAttendanceList) list = NULL;
  g_autoptr(GError) error = NULL;
  guint in_session = 0;

  evd_client_report_session_attendance_async (f->client, event_id, session_id, "Selling the Platform",
                                              NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  list = evd_client_report_session_attendance_finish (f->client, result, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (evd_attendance_list_get_n_rows (list), ==, json_array_get_length (tickets));
  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      JsonArray *spans = json_object_get_array_member (json_object_get_object_member (ticket, "attendance"), "sessions");
      const EvdAttendance *row = evd_attendance_list_lookup (list, json_object_get_string_member (ticket, "email"));
      JsonObject *span = NULL;

      for (guint s = 0; s < json_array_get_length (spans); s++)
        if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (spans, s), "session_id"), session_id) == 0)
          span = json_array_get_object_element (spans, s);
      g_assert_nonnull (row);
      g_assert_cmpint (row->attended, ==, span != NULL);
      g_assert_cmpuint (row->minutes, ==, span != NULL ? json_object_get_int_member (span, "minutes") : 0);
      in_session += span != NULL;
    }
  g_assert_cmpuint (evd_attendance_list_get_n_spans (list), ==, in_session);
  g_assert_cmpuint (in_session, >, 0);
}

static void
scope_setup (Fixture       *f,
             gconstpointer  data)
{
  const char * const scopes[] = {
    "zoom_events:read:event:admin", "zoom_events:read:list_ticket_types:admin", NULL
  };

  start (f, 0, scopes);
}

/* Without the report scopes the counts that need no report still come,
 * and the summary names what is missing. */
static void
test_missing_scope (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Partner Enablement Day");
  g_autoptr(EvdEventInsight) insight = evd_event_insight_new (f->client, event_id);
  g_autoptr(EvdEventSummary) summary = refresh (insight);
  const char * const *missing = evd_event_summary_get_missing_scopes (summary);
  guint n;

  g_assert_nonnull (missing);
  g_assert_true (g_strv_contains (missing, EVD_SCOPE_REGISTRATION_REPORT));
  g_assert_true (g_strv_contains (missing, EVD_SCOPE_ATTENDANCE_REPORT));
  g_assert_false (evd_event_summary_has_registration_report (summary));
  /* From the ticket types' sold counts. */
  g_assert_cmpint (evd_event_summary_get_registered (summary), ==, 64);
  g_assert_nonnull (evd_event_summary_get_ticket_types (summary, &n));
  g_assert_cmpuint (n, ==, 2);
  evd_event_summary_get_days (summary, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (evd_event_summary_get_attended (summary), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/insight/matches-sandbox", Fixture, NULL, setup, test_matches_sandbox, teardown);
  g_test_add ("/insight/incremental", Fixture, GUINT_TO_POINTER (700), setup, test_incremental, teardown);
  g_test_add ("/insight/cache", Fixture, NULL, setup, test_cache, teardown);
  g_test_add ("/insight/report-token-refused", Fixture, GUINT_TO_POINTER (700), setup, test_report_token_refused, teardown);
  g_test_add_func ("/insight/cache-file", test_cache_file);
  g_test_add ("/insight/burst", Fixture, NULL, setup, test_burst, teardown);
  g_test_add ("/insight/session-report", Fixture, NULL, setup, test_session_report, teardown);
  g_test_add ("/insight/missing-scope", Fixture, NULL, scope_setup, test_missing_scope, teardown);

  return g_test_run ();
}
