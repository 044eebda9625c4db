/* test-sandbox-reports.c: the sandbox's registration and attendance reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-sandbox-helpers.h"

static char *
report_path (SbFixture  *f,
             const char *event_name,
             const char *report)
{
  g_autofree char *id = evd_sandbox_server_find_event_id (f->server, event_name);

  g_assert_nonnull (id);
  return g_strdup_printf ("/zoom_events/events/%s/reports/%s", id, report);
}

/* Every page of a report, 300 at a time, as one array. */
static JsonArray *
read_all (SbFixture  *f,
          const char *path,
          const char *items_key)
{
  JsonArray *all = json_array_new ();
  g_autofree char *token = NULL;

  do
    {
      g_autofree char *url = g_strdup_printf ("%s?page_size=300%s%s", path, token ? "&next_page_token=" : "", token ? token : "");
      g_autoptr(SbResponse) response = sb_api (f, "GET", url, NULL);
      g_autoptr(JsonObject) object = NULL;
      JsonArray *items;

      g_assert_cmpuint (response->status, ==, 200);
      object = sb_object (response);
      items = json_object_get_array_member (object, items_key);
      for (guint i = 0; i < json_array_get_length (items); i++)
        json_array_add_element (all, json_node_copy (json_array_get_element (items, i)));
      g_free (token);
      token = g_strdup (json_object_get_string_member (object, "next_page_token"));
    }
  while (*token != '\0');

  return all;
}

static void
test_registrations (SbFixture     *f,
                    gconstpointer  data)
{
  g_autofree char *path = report_path (f, "Customer Onboarding Webinar", "ticket_registration");
  g_autoptr(JsonArray) rows = read_all (f, path, "registrations");
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 first = G_MAXINT64, last = 0;

  /* The fixture's 40 registrations, each with Zoom's fields. */
  g_assert_cmpuint (json_array_get_length (rows), ==, 40);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (json_object_get_string_member (row, "register_date"), NULL);
      JsonArray *tickets = json_object_get_array_member (row, "tickets");

      g_assert_nonnull (when);
      g_assert_true (g_str_has_suffix (json_object_get_string_member (row, "register_date"), "Z"));
      g_assert_true (g_date_time_compare (when, now) <= 0);
      first = MIN (first, g_date_time_to_unix (when));
      last = MAX (last, g_date_time_to_unix (when));
      g_assert_nonnull (json_object_get_string_member (row, "email"));
      g_assert_nonnull (json_object_get_string_member (row, "registration_method"));
      g_assert_cmpstr (json_object_get_string_member (row, "event_attendance"), ==, "absent");
      g_hash_table_add (sources, (char *) json_object_get_string_member (row, "registration_source"));
      g_assert_cmpuint (json_array_get_length (tickets), ==, 1);
      g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (tickets, 0), "ticket_type_id"));
    }
  /* Spread over weeks, from several sources. */
  g_assert_cmpint (last - first, >, 7 * 24 * 3600);
  g_assert_cmpuint (g_hash_table_size (sources), >=, 3);
}

static void
test_registrations_from (SbFixture     *f,
                         gconstpointer  data)
{
  g_autofree char *path = report_path (f, "Customer Onboarding Webinar", "ticket_registration");
  g_autoptr(JsonArray) all = read_all (f, path, "registrations");
  g_autofree char *middle = g_strdup (json_object_get_string_member (json_array_get_object_element (all, 5), "register_date"));
  g_autofree char *from_path = g_strdup_printf ("%s?page_size=300&from=%s", path, middle);
  g_autofree char *bad_path = g_strdup_printf ("%s?from=yesterday", path);
  g_autoptr(SbResponse) response = sb_api (f, "GET", from_path, NULL);
  g_autoptr(SbResponse) bad = sb_api (f, "GET", bad_path, NULL);
  g_autoptr(JsonObject) object = sb_object (response);
  JsonArray *rows = json_object_get_array_member (object, "registrations");
  guint expected = 0;

  for (guint i = 0; i < json_array_get_length (all); i++)
    if (strcmp (json_object_get_string_member (json_array_get_object_element (all, i), "register_date"), middle) >= 0)
      expected++;
  g_assert_cmpuint (json_array_get_length (rows), ==, expected);
  g_assert_cmpint (json_object_get_int_member (object, "total_records"), ==, expected);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, i), "register_date"), >=, middle);

  g_assert_cmpuint (bad->status, ==, 400);
}

static void
test_attendance (SbFixture     *f,
                 gconstpointer  data)
{
  g_autofree char *path = report_path (f, "Partner Enablement Day", "event_attendance");
  g_autoptr(JsonArray) rows = read_all (f, path, "attendees");
  guint attended = 0, lobby_only = 0, absent = 0;

  g_assert_cmpuint (json_array_get_length (rows), ==, 64);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      JsonArray *sessions = json_object_get_array_member (row, "session_attendance");
      gboolean came = g_str_equal (json_object_get_string_member (row, "event_attendance"), "attended");
      guint joined = 0;

      g_assert_cmpuint (json_array_get_length (sessions), ==, 3);
      for (guint s = 0; s < 3; s++)
        {
          JsonObject *session = json_array_get_object_element (sessions, s);

          if (g_str_equal (json_object_get_string_member (session, "session_attendance"), "attended"))
            {
              g_autoptr(GDateTime) join = g_date_time_new_from_iso8601 (json_object_get_string_member (session, "session_join_time"), NULL);
              g_autoptr(GDateTime) exit = g_date_time_new_from_iso8601 (json_object_get_string_member (session, "session_exit_time"), NULL);

              joined++;
              g_assert_true (g_date_time_compare (join, exit) < 0);
              g_assert_cmpint (json_object_get_int_member (session, "duration_spent_in_session"), ==,
                               g_date_time_difference (exit, join) / G_TIME_SPAN_MINUTE);
            }
          else
            g_assert_cmpint (json_object_get_int_member (session, "duration_spent_in_session"), ==, 0);
        }
      g_assert_cmpint (json_object_get_int_member (row, "total_sessions_joined"), ==, joined);
      g_assert_cmpint (came, ==, joined > 0);
      if (came)
        attended++;
      else if (g_str_equal (json_object_get_string_member (row, "lobby_attendance"), "attended"))
        lobby_only++;
      else
        absent++;
    }
  /* Believable: most came, some only waited in the lobby, some did not come. */
  g_assert_cmpuint (attended, >, 20);
  g_assert_cmpuint (lobby_only, >, 0);
  g_assert_cmpuint (absent, >, 0);
}

static void
test_session_attendance (SbFixture     *f,
                         gconstpointer  data)
{
  g_autofree char *event_id = evd_sandbox_server_find_event_id (f->server, "Partner Enablement Day");
  g_autofree char *sessions_path = g_strdup_printf ("/zoom_events/events/%s/sessions", event_id);
  g_autoptr(SbResponse) sessions = sb_api (f, "GET", sessions_path, NULL);
  g_autoptr(JsonObject) object = sb_object (sessions);
  JsonObject *first = json_array_get_object_element (json_object_get_array_member (object, "sessions"), 0);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/reports/sessions/%s/attendance", event_id,
                                           json_object_get_string_member (first, "session_id"));
  g_autofree char *missing = g_strdup_printf ("/zoom_events/events/%s/reports/sessions/nope/attendance", event_id);
  g_autoptr(JsonArray) rows = read_all (f, path, "attendees");
  g_autoptr(SbResponse) not_found = sb_api (f, "GET", missing, NULL);
  guint yes = 0;

  for (guint i = 0; i < json_array_get_length (rows); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (rows, i), "session_attendance"), "yes"))
      yes++;
  g_assert_cmpuint (json_array_get_length (rows), ==, 64);
  g_assert_cmpuint (yes, >, 0);
  sb_assert_error (not_found, 404, 2003);
}

static void
configure_heavy (EvdSandboxServer *server)
{
  evd_sandbox_server_set_heavy_rate_limit (server, 3);
}

static void
heavy_setup (SbFixture     *f,
             gconstpointer  data)
{
  EvdSandboxServer *server = evd_sandbox_server_new ();

  configure_heavy (server);
  sb_fixture_start (f, server);
}

/* HEAVY reports have their own per-second budget; LIGHT calls do not
 * count against it. */
static void
test_heavy_limit (SbFixture     *f,
                  gconstpointer  data)
{
  g_autofree char *path = report_path (f, "Customer Onboarding Webinar", "ticket_registration");
  guint ok = 0, limited = 0;

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(SbResponse) light = sb_api (f, "GET", "/zoom_events/hubs", NULL);
      g_autoptr(SbResponse) heavy = sb_api (f, "GET", path, NULL);

      g_assert_cmpuint (light->status, ==, 200);
      g_assert_cmpstr (soup_message_headers_get_one (heavy->headers, "X-RateLimit-Category"), ==, "Heavy");
      if (heavy->status == 429)
        {
          limited++;
          g_assert_cmpstr (soup_message_headers_get_one (heavy->headers, "X-RateLimit-Type"), ==, "QPS");
        }
      else
        ok++;
    }
  /* 12 requests within at most a few seconds against 3 a second. */
  g_assert_cmpuint (limited, >, 0);
  g_assert_cmpuint (ok, >=, 3);
}

static void
scope_setup (SbFixture     *f,
             gconstpointer  data)
{
  EvdSandboxServer *server = evd_sandbox_server_new ();
  const char * const scopes[] = { "zoom_events:read:list_events:admin", NULL };

  evd_sandbox_server_set_scopes (server, scopes);
  sb_fixture_start (f, server);
}

static void
test_missing_scope (SbFixture     *f,
                    gconstpointer  data)
{
  g_autofree char *path = report_path (f, "Customer Onboarding Webinar", "ticket_registration");
  g_autoptr(SbResponse) response = sb_api (f, "GET", path, NULL);

  g_assert_cmpuint (response->status, ==, 401);
  g_assert_nonnull (strstr (response->body, "zoom_events:read:event_registration:admin"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sandbox-reports/registrations", SbFixture, NULL, sb_fixture_setup, test_registrations, sb_fixture_teardown);
  g_test_add ("/sandbox-reports/registrations-from", SbFixture, NULL, sb_fixture_setup, test_registrations_from, sb_fixture_teardown);
  g_test_add ("/sandbox-reports/attendance", SbFixture, NULL, sb_fixture_setup, test_attendance, sb_fixture_teardown);
  g_test_add ("/sandbox-reports/session-attendance", SbFixture, NULL, sb_fixture_setup, test_session_attendance, sb_fixture_teardown);
  g_test_add ("/sandbox-reports/heavy-limit", SbFixture, NULL, heavy_setup, test_heavy_limit, sb_fixture_teardown);
  g_test_add ("/sandbox-reports/missing-scope", SbFixture, NULL, scope_setup, test_missing_scope, sb_fixture_teardown);

  return g_test_run ();
}
