/* test-cli-insight.c: `eventdesk-cli summary` and `attendance` against an
 * eventdesk-sandbox whose reports this test wrote itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "evd-sandbox-server.h"
#include "test-cli-common.h"

#define ONBOARDING "Customer Onboarding Webinar"   /* America/Chicago, not started */
#define PARTNER_DAY "Partner Enablement Day"       /* took place, three sessions */

static char *state_path;
/* Read when the sandbox starts, after write_state () filled in the path. */
static const char *sandbox_args[] = { "--state-file", NULL, NULL };
static char *onboarding_id;
static char *partner_day_id;

static JsonObject *
entry_named (JsonArray  *events,
             const char *name)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *entry = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (json_object_get_object_member (entry, "event"), "name"), name) == 0)
        return entry;
    }
  g_assert_not_reached ();
}

static JsonObject *
span (JsonArray  *sessions,
      guint       index,
      const char *join,
      const char *exit,
      gint64      minutes)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "session_id",
                                 json_object_get_string_member (json_array_get_object_element (sessions, index), "session_id"));
  json_object_set_string_member (object, "join_time", join);
  json_object_set_string_member (object, "exit_time", exit);
  json_object_set_int_member (object, "minutes", minutes);
  return object;
}

static void
set_attendance (JsonObject *ticket,
                gboolean    lobby,
                JsonObject *first,
                JsonObject *second)
{
  JsonObject *attendance = json_object_new ();
  JsonArray *spans = json_array_new ();

  if (first != NULL)
    json_array_add_object_element (spans, first);
  if (second != NULL)
    json_array_add_object_element (spans, second);
  json_object_set_boolean_member (attendance, "lobby", lobby);
  json_object_set_array_member (attendance, "sessions", spans);
  json_object_set_object_member (ticket, "attendance", attendance);
}

/* The sample data, with registration dates and attendance chosen here:
 * Chicago is six hours behind UTC in January, so 05:59 UTC is still the
 * day before there. */
static void
write_state (const char *dir)
{
  g_autoptr(EvdSandboxServer) server = evd_sandbox_server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) state = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonArray *events, *tickets, *sessions;
  JsonObject *entry;

  evd_sandbox_server_set_port (server, 0);
  g_assert_true (evd_sandbox_server_start (server, &error));
  state = evd_sandbox_server_dump_state (server);
  evd_sandbox_server_stop (server);
  events = json_object_get_array_member (json_node_get_object (state), "events");

  entry = entry_named (events, ONBOARDING);
  onboarding_id = g_strdup (json_object_get_string_member (json_object_get_object_member (entry, "event"), "event_id"));
  tickets = json_object_get_array_member (entry, "tickets");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 40);
  for (guint i = 0; i < 40; i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      const char *date = i == 0 ? "2026-01-10T05:59:59Z"   /* Chicago: 9 January */
                       : i == 1 ? "2026-01-10T06:00:00Z"   /* 10 January, midnight */
                       : i == 2 ? "2026-01-10T23:00:00Z"
                       : i == 39 ? "2026-01-14T05:30:00Z"  /* still 13 January */
                       : "2026-01-13T12:00:00Z";

      json_object_set_string_member (ticket, "register_date", date);
      json_object_set_string_member (ticket, "registration_source", i < 10 ? "linkedin" : "");
    }

  entry = entry_named (events, PARTNER_DAY);
  partner_day_id = g_strdup (json_object_get_string_member (json_object_get_object_member (entry, "event"), "event_id"));
  tickets = json_object_get_array_member (entry, "tickets");
  sessions = json_object_get_array_member (entry, "sessions");
  g_assert_cmpuint (json_array_get_length (tickets), ==, 64);
  for (guint i = 0; i < 64; i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);

      if (i == 0)
        set_attendance (ticket, TRUE, span (sessions, 0, "2026-01-20T01:00:00Z", "2026-01-20T01:30:00Z", 30),
                        span (sessions, 1, "2026-01-20T02:15:00Z", "2026-01-20T02:35:00Z", 20));
      else if (i == 1)
        set_attendance (ticket, TRUE, NULL, NULL);    /* only in the lobby */
      else if (i == 2)
        json_object_remove_member (ticket, "attendance");
      else if (i == 3)
        set_attendance (ticket, FALSE, span (sessions, 2, "2026-01-20T03:15:00Z", "2026-01-20T04:00:00Z", 45), NULL);
      else
        set_attendance (ticket, FALSE, NULL, NULL);
    }

  state_path = g_build_filename (dir, "state.json", NULL);
  json_generator_set_root (generator, state);
  g_assert_true (json_generator_to_file (generator, state_path, &error));
  sandbox_args[1] = state_path;
}

static JsonObject *
summary_json (const char *event_id)
{
  g_autoptr(CliRun) run = run_cli ("summary", event_id, "--json");

  assert_success (run);
  return parse_json_object (run->out);
}

/* Days in the event's time zone, quiet days included, and the counts the
 * sandbox holds. */
static void
test_summary_days (void)
{
  g_autoptr(JsonObject) summary = summary_json (onboarding_id);
  JsonArray *days = json_object_get_array_member (summary, "by_day");
  JsonArray *sources = json_object_get_array_member (summary, "by_source");
  JsonArray *types = json_object_get_array_member (summary, "by_ticket_type");
  const struct { const char *date; gint64 count; } expected[] = {
    { "2026-01-09", 1 }, { "2026-01-10", 2 }, { "2026-01-11", 0 }, { "2026-01-12", 0 }, { "2026-01-13", 37 },
  };
  JsonObject *type;

  g_assert_cmpint (json_object_get_int_member (summary, "registered"), ==, 40);
  g_assert_true (json_node_is_null (json_object_get_member (summary, "capacity")));
  g_assert_true (json_node_is_null (json_object_get_member (summary, "attended")));

  g_assert_cmpuint (json_array_get_length (days), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *day = json_array_get_object_element (days, i);

      g_assert_cmpstr (json_object_get_string_member (day, "date"), ==, expected[i].date);
      g_assert_cmpint (json_object_get_int_member (day, "count"), ==, expected[i].count);
    }

  g_assert_cmpuint (json_array_get_length (sources), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sources, 0), "source"), ==, "");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (sources, 0), "count"), ==, 30);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sources, 1), "source"), ==, "linkedin");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (sources, 1), "count"), ==, 10);

  g_assert_cmpuint (json_array_get_length (types), ==, 1);
  type = json_array_get_object_element (types, 0);
  g_assert_cmpstr (json_object_get_string_member (type, "name"), ==, "General Admission");
  g_assert_cmpint (json_object_get_int_member (type, "sold"), ==, 40);
  g_assert_true (json_node_is_null (json_object_get_member (type, "quantity")));
  g_assert_nonnull (json_object_get_string_member (type, "ticket_type_id"));
  /* Exactly the documented members. */
  g_assert_cmpuint (json_object_get_size (summary), ==, 6);
}

static void
test_summary_capacity_and_attended (void)
{
  g_autoptr(JsonObject) summary = summary_json (partner_day_id);
  JsonArray *types = json_object_get_array_member (summary, "by_ticket_type");
  g_autoptr(CliRun) human = run_cli ("summary", partner_day_id);

  g_assert_cmpint (json_object_get_int_member (summary, "registered"), ==, 64);
  g_assert_cmpint (json_object_get_int_member (summary, "attended"), ==, 2);
  g_assert_cmpuint (json_array_get_length (types), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (types, 1), "quantity"), ==, 120);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (types, 1), "sold"), ==, 32);

  assert_success (human);
  g_assert_nonnull (strstr (human->out, "Registered:"));
  g_assert_nonnull (strstr (human->out, "64"));
  g_assert_nonnull (strstr (human->out, "Attended:"));
  g_assert_nonnull (strstr (human->out, "2 (3% of those registered)"));
  g_assert_nonnull (strstr (human->out, "no limit"));
}

static JsonObject *
person (JsonArray  *people,
        const char *email)
{
  JsonObject *found = find_by_member (people, "email", email);

  g_assert_nonnull (found);
  return found;
}

static void
test_attendance (void)
{
  g_autoptr(CliRun) run = run_cli ("attendance", partner_day_id, "--json");
  g_autoptr(CliRun) absent_run = run_cli ("attendance", partner_day_id, "--absent", "--json");
  g_autoptr(CliRun) table = run_cli ("attendance", partner_day_id);
  g_autoptr(JsonArray) people = NULL;
  g_autoptr(JsonArray) absent = NULL;
  g_autoptr(JsonArray) tickets = NULL;
  g_autoptr(CliRun) tickets_run = run_cli ("tickets", partner_day_id, "--json");
  guint attended = 0;

  assert_success (run);
  assert_success (absent_run);
  assert_success (tickets_run);
  people = parse_json_array (run->out);
  absent = parse_json_array (absent_run->out);
  tickets = parse_json_array (tickets_run->out);

  /* Everyone registered, and only them. */
  g_assert_cmpuint (json_array_get_length (people), ==, 64);
  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      JsonObject *row = person (people, json_object_get_string_member (ticket, "email"));

      g_assert_cmpstr (json_object_get_string_member (row, "first_name"), ==, json_object_get_string_member (ticket, "first_name"));
      g_assert_cmpstr (json_object_get_string_member (row, "last_name"), ==, json_object_get_string_member (ticket, "last_name"));
      g_assert_cmpuint (json_object_get_size (row), ==, 5);
      if (i == 0)
        {
          g_assert_true (json_object_get_boolean_member (row, "attended"));
          g_assert_cmpint (json_object_get_int_member (row, "minutes"), ==, 50);
        }
      else if (i == 3)
        {
          g_assert_true (json_object_get_boolean_member (row, "attended"));
          g_assert_cmpint (json_object_get_int_member (row, "minutes"), ==, 45);
        }
      else
        {
          /* The lobby alone is not attending. */
          g_assert_false (json_object_get_boolean_member (row, "attended"));
          g_assert_cmpint (json_object_get_int_member (row, "minutes"), ==, 0);
          g_assert_nonnull (find_by_member (absent, "email", json_object_get_string_member (ticket, "email")));
        }
      attended += json_object_get_boolean_member (row, "attended");
    }
  g_assert_cmpuint (attended, ==, 2);
  g_assert_cmpuint (json_array_get_length (absent), ==, 62);

  assert_success (table);
  g_assert_nonnull (strstr (table->out, "lobby only"));
}

static void
test_attendance_csv (void)
{
  g_autofree char *path = g_build_filename (cli_tmp_dir (), "no-shows.csv", NULL);
  g_autoptr(CliRun) run = run_cli ("attendance", partner_day_id, "--absent", "--csv", path);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  struct stat info;

  assert_success (run);
  g_assert_nonnull (strstr (run->out, "62"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  /* The shared writer's form: a BOM, CRLF, the JSON's fields. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "email,first_name,last_name,attended,minutes\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 62 + 1);
  g_assert_true (g_str_has_suffix (lines[1], ",false,0"));
}

/* Without the report scopes, summary still prints what needs no report
 * and names the missing scopes; attendance cannot, and says why. */
static void
test_missing_scope (void)
{
  const char * const scopes[] = {
    "zoom_events:read:event:admin", "zoom_events:read:list_ticket_types:admin", NULL
  };
  g_autoptr(EvdSandboxServer) limited = evd_sandbox_server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) summary = NULL;
  g_autofree char *event_id = NULL;
  const char *env[5];

  evd_sandbox_server_set_port (limited, 0);
  evd_sandbox_server_set_scopes (limited, scopes);
  g_assert_true (evd_sandbox_server_start (limited, &error));
  event_id = evd_sandbox_server_find_event_id (limited, PARTNER_DAY);
  env[0] = "EVENTDESK_API_URL";
  env[1] = evd_sandbox_server_get_api_url (limited);
  env[2] = "EVENTDESK_OAUTH_URL";
  env[3] = evd_sandbox_server_get_oauth_url (limited);
  env[4] = NULL;

  {
    g_autoptr(CliRun) run = run_cli_env (env, "summary", event_id, "--json");

    g_assert_cmpint (run->status, ==, 0);
    g_assert_nonnull (strstr (run->err, "zoom_events:read:event_registration:admin"));
    g_assert_nonnull (strstr (run->err, "zoom_events:read:event_attendance:admin"));
    summary = parse_json_object (run->out);
    g_assert_cmpint (json_object_get_int_member (summary, "registered"), ==, 64);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (summary, "by_ticket_type")), ==, 2);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (summary, "by_day")), ==, 0);
    g_assert_true (json_node_is_null (json_object_get_member (summary, "attended")));
  }
  {
    g_autoptr(CliRun) run = run_cli_env (env, "attendance", event_id, "--json");

    assert_failure_line (run, "zoom_events:read:event_attendance:admin");
  }
  evd_sandbox_server_stop (limited);
}

static void
test_not_started (void)
{
  g_autoptr(CliRun) run = run_cli ("attendance", onboarding_id, "--json");

  assert_failure_line (run, "has not started");
}

int
main (int   argc,
      char *argv[])
{
  cli_test_init_full (&argc, &argv, write_state, sandbox_args);

  g_test_add_func ("/cli-insight/summary-days", test_summary_days);
  g_test_add_func ("/cli-insight/summary-capacity-attended", test_summary_capacity_and_attended);
  g_test_add_func ("/cli-insight/attendance", test_attendance);
  g_test_add_func ("/cli-insight/attendance-csv", test_attendance_csv);
  g_test_add_func ("/cli-insight/not-started", test_not_started);
  g_test_add_func ("/cli-insight/missing-scope", test_missing_scope);

  return cli_test_run ();
}
