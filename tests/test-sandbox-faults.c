/* test-sandbox-faults.c: the sandbox's limits, faults, state file, scale
 * and the eventdesk-sandbox program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "test-sandbox-helpers.h"

typedef void (*Configure) (EvdSandboxServer *server);

static void
start_with (SbFixture *f,
            Configure  configure)
{
  EvdSandboxServer *server = evd_sandbox_server_new ();

  if (configure != NULL)
    configure (server);
  sb_fixture_start (f, server);
}

static void
configure_rate (EvdSandboxServer *server)
{
  evd_sandbox_server_set_rate_limit (server, 2);
}

static void
test_rate_limit (void)
{
  SbFixture f = { 0, };
  guint limited = 0, answered = 0;
  gboolean saw_retry_after = FALSE, saw_none = FALSE;

  start_with (&f, configure_rate);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SbResponse) response = sb_api (&f, "GET", "/zoom_events/hubs", NULL);

      if (response->status == 429)
        {
          SoupMessageHeaders *headers = response->headers;
          const char *retry_after;
          g_autoptr(JsonObject) object = sb_object (response);

          limited++;
          g_assert_cmpint (json_object_get_int_member (object, "code"), ==, 429);
          g_assert_cmpstr (json_object_get_string_member (object, "message"), ==,
                           "You have reached the maximum per-second rate limit for this API. Try again later.");
          g_assert_cmpstr (soup_message_headers_get_one (headers, "X-RateLimit-Type"), ==, "QPS");
          g_assert_cmpstr (soup_message_headers_get_one (headers, "X-RateLimit-Category"), ==, "Light");
          g_assert_cmpstr (soup_message_headers_get_one (headers, "X-RateLimit-Limit"), ==, "2");
          g_assert_cmpstr (soup_message_headers_get_one (headers, "X-RateLimit-Remaining"), ==, "0");
          retry_after = soup_message_headers_get_one (headers, "Retry-After");
          if (retry_after != NULL)
            {
              g_autoptr(GDateTime) http_date = soup_date_time_new_from_http_string (retry_after);
              g_autoptr(GDateTime) iso_date = g_date_time_new_from_iso8601 (retry_after, NULL);

              /* Seconds, an HTTP date or an ISO date-time. */
              g_assert_true (g_str_equal (retry_after, "1") || http_date != NULL || iso_date != NULL);
              saw_retry_after = TRUE;
            }
          else
            saw_none = TRUE;
        }
      else
        {
          g_assert_cmpuint (response->status, ==, 200);
          g_assert_nonnull (soup_message_headers_get_one (response->headers, "X-RateLimit-Remaining"));
          g_assert_cmpstr (soup_message_headers_get_one (response->headers, "X-RateLimit-Category"), ==, "Light");
          answered++;
        }
    }

  /* However the requests fall across seconds, at most two per second pass. */
  g_assert_cmpuint (limited, >, 0);
  g_assert_cmpuint (answered, >=, 2);
  if (limited >= 8)
    g_assert_true (saw_retry_after && saw_none);
  sb_fixture_teardown (&f, NULL);
}

static void
configure_daily (EvdSandboxServer *server)
{
  evd_sandbox_server_set_daily_limit (server, 3);
}

static void
test_daily_limit (void)
{
  SbFixture f = { 0, };
  g_autoptr(SbResponse) over = NULL;
  g_autoptr(JsonObject) object = NULL;
  const char *retry_after;

  start_with (&f, configure_daily);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SbResponse) response = sb_api (&f, "GET", "/zoom_events/hubs", NULL);

      g_assert_cmpuint (response->status, ==, 200);
    }

  over = sb_api (&f, "GET", "/zoom_events/hubs", NULL);
  g_assert_cmpuint (over->status, ==, 429);
  object = sb_object (over);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "message"), "You have reached the maximum daily rate limit"));
  g_assert_cmpstr (soup_message_headers_get_one (over->headers, "X-RateLimit-Type"), ==, "Daily-limit");
  retry_after = soup_message_headers_get_one (over->headers, "Retry-After");
  g_assert_nonnull (retry_after);
  g_assert_true (g_str_has_suffix (retry_after, "T00:00:00Z"));
  sb_fixture_teardown (&f, NULL);
}

static guint
count_host_events (SbFixture *f)
{
  g_autoptr(JsonNode) state = evd_sandbox_server_dump_state (f->server);

  return json_array_get_length (json_object_get_array_member (json_node_get_object (state), "events"));
}

#define CREATE_BODY \
  "{\"name\":\"Fault test\",\"description\":\"d\",\"timezone\":\"UTC\",\"event_type\":\"CONFERENCE\"," \
  "\"access_level\":\"PRIVATE_UNRESTRICTED\",\"hub_id\":\"%s\",\"attendance_type\":\"virtual\"," \
  "\"calendar\":[{\"start_time\":\"2030-01-01T10:00:00Z\",\"end_time\":\"2030-01-01T12:00:00Z\"}]}"

static SbResponse *
create_event (SbFixture *f)
{
  g_autofree char *hub = sb_hub_id (f, "Marketing Events Hub");
  g_autofree char *body = g_strdup_printf (CREATE_BODY, hub);

  return sb_api (f, "POST", "/zoom_events/events", body);
}

static void
test_fault_5xx (SbFixture     *f,
                gconstpointer  data)
{
  guint before = count_host_events (f);
  guint failures = 0;

  evd_sandbox_server_set_fault_5xx (f->server, 1.0);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(SbResponse) response = create_event (f);

      g_assert_no_error (response->error);
      g_assert_cmpuint (response->status, >=, 500);
      g_assert_cmpuint (response->status, <=, 504);
      failures++;
    }
  /* Nothing was done. */
  g_assert_cmpuint (count_host_events (f), ==, before);

  evd_sandbox_server_set_fault_5xx (f->server, 0.5);
  failures = 0;
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SbResponse) response = sb_api (f, "GET", "/zoom_events/hubs", NULL);

      if (response->status >= 500)
        failures++;
      else
        g_assert_cmpuint (response->status, ==, 200);
    }
  g_assert_cmpuint (failures, >, 0);
  g_assert_cmpuint (failures, <, 40);
}

static void
test_fault_cut_short (SbFixture     *f,
                      gconstpointer  data)
{
  guint before = count_host_events (f);

  evd_sandbox_server_set_fault_cut_short (f->server, 1.0);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(SbResponse) response = create_event (f);
      g_autoptr(JsonParser) parser = json_parser_new ();

      g_assert_no_error (response->error);
      if (response->status == 502)
        g_assert_cmpstr (soup_message_headers_get_content_type (response->headers, NULL), ==, "text/html");
      else
        g_assert_false (json_parser_load_from_data (parser, response->body, -1, NULL));
    }
  /* ...but every one was carried out. */
  g_assert_cmpuint (count_host_events (f), ==, before + 6);
}

static void
test_fault_drop_tickets (SbFixture     *f,
                         gconstpointer  data)
{
  g_autofree char *event_id = sb_create_event (f, "SIMPLE_EVENT", TRUE);
  g_autofree char *path = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
  g_autoptr(SbResponse) response = NULL;
  g_autoptr(SbResponse) listed = NULL;

  evd_sandbox_server_set_fault_drop_tickets (f->server, 1.0);
  response = sb_api (f, "POST", path, "{\"tickets\":[{\"email\":\"dropped@example.com\"}]}");
  g_assert_nonnull (response->error);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f->server, event_id, "dropped@example.com"), ==, 1);

  /* Only ticket POSTs are dropped. */
  listed = sb_api (f, "GET", path, NULL);
  g_assert_no_error (listed->error);
  g_assert_cmpuint (listed->status, ==, 200);
  g_test_message ("ticket POSTs seen: %u", evd_sandbox_server_count_requests (f->server, "POST", path));
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "POST", path), >=, 1);
}

static void
test_queue_status (SbFixture     *f,
                   gconstpointer  data)
{
  const char *headers[] = { "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT", "X-RateLimit-Type", "QPS", NULL };
  g_autoptr(SbResponse) events = NULL;
  g_autoptr(SbResponse) canned = NULL;
  g_autoptr(SbResponse) after = NULL;
  g_autoptr(SbResponse) html = NULL;

  evd_sandbox_server_queue_status (f->server, "/zoom_events/hubs", 429, headers, "{\"code\":429,\"message\":\"slow down\"}");
  evd_sandbox_server_queue_status (f->server, "/v2/zoom_events/events", 502, NULL, "<html><body>502 Bad Gateway</body></html>");
  events = sb_api (f, "GET", "/zoom_events/events/abc", NULL);
  canned = sb_api (f, "GET", "/zoom_events/hubs", NULL);
  after = sb_api (f, "GET", "/zoom_events/hubs", NULL);

  g_assert_cmpuint (events->status, ==, 502);
  g_assert_cmpstr (soup_message_headers_get_content_type (events->headers, NULL), ==, "text/html");
  g_assert_cmpuint (canned->status, ==, 429);
  g_assert_cmpstr (soup_message_headers_get_one (canned->headers, "Retry-After"), ==, "Wed, 21 Oct 2015 07:28:00 GMT");
  g_assert_cmpstr (soup_message_headers_get_one (canned->headers, "X-RateLimit-Type"), ==, "QPS");
  g_assert_cmpuint (after->status, ==, 200);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, "GET", "/zoom_events/hubs"), ==, 2);
  g_assert_cmpuint (evd_sandbox_server_count_requests (f->server, NULL, "/v2/zoom_events/"), ==, 3);
  (void) html;
}

static void
configure_latency (EvdSandboxServer *server)
{
  evd_sandbox_server_set_latency (server, 50);
}

static void
test_latency (void)
{
  SbFixture f = { 0, };

  /* Answers still arrive, whole, with latency switched on. */
  start_with (&f, configure_latency);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SbResponse) response = sb_api (&f, "GET", "/zoom_events/hubs", NULL);
      g_autoptr(JsonObject) object = sb_object (response);

      g_assert_cmpuint (response->status, ==, 200);
      g_assert_cmpint (json_object_get_int_member (object, "total_records"), ==, 3);
    }
  sb_fixture_teardown (&f, NULL);
}

static char *state_path;

static void
configure_state_file (EvdSandboxServer *server)
{
  evd_sandbox_server_set_state_file (server, state_path);
}

static void
test_state_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("evd-sandbox-XXXXXX", NULL);
  SbFixture first = { 0, }, second = { 0, };
  g_autofree char *event_id = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SbResponse) again = NULL;
  g_autoptr(JsonObject) object = NULL;

  state_path = g_build_filename (dir, "state.json", NULL);
  start_with (&first, configure_state_file);
  g_assert_true (g_file_test (state_path, G_FILE_TEST_EXISTS));
  event_id = sb_create_event (&first, "SIMPLE_EVENT", TRUE);
  {
    g_autofree char *tickets = g_strdup_printf ("/zoom_events/events/%s/tickets", event_id);
    g_autoptr(SbResponse) created = sb_api (&first, "POST", tickets, "{\"tickets\":[{\"email\":\"kept@example.com\"}]}");

    g_assert_cmpuint (created->status, ==, 201);
  }
  sb_fixture_teardown (&first, NULL);

  start_with (&second, configure_state_file);
  path = g_strdup_printf ("/zoom_events/events/%s", event_id);
  again = sb_api (&second, "GET", path, NULL);
  g_assert_cmpuint (again->status, ==, 200);
  object = sb_object (again);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "PUBLISHED");
  g_assert_cmpuint (evd_sandbox_server_count_tickets (second.server, event_id, "kept@example.com"), ==, 1);
  sb_fixture_teardown (&second, NULL);

  g_unlink (state_path);
  g_rmdir (dir);
  g_clear_pointer (&state_path, g_free);
}

static void
configure_scale (EvdSandboxServer *server)
{
  evd_sandbox_server_set_generated (server, 10000, 100000);
}

static guint
list_all (SbFixture  *f,
          const char *status)
{
  g_autofree char *token = g_strdup ("");
  guint total = 0, pages = 0;

  do
    {
      g_autofree char *path = g_strdup_printf ("/zoom_events/events?role_type=host&event_status_type=%s&page_size=300&next_page_token=%s",
                                               status, token);
      g_autoptr(SbResponse) response = sb_api (f, "GET", path, NULL);
      g_autoptr(JsonObject) object = sb_object (response);

      g_assert_cmpuint (response->status, ==, 200);
      total += json_array_get_length (json_object_get_array_member (object, "events"));
      g_free (token);
      token = g_strdup (json_object_get_string_member (object, "next_page_token"));
      pages++;
    }
  while (*token != '\0' && pages < 100);

  return total;
}

static void
test_scale (void)
{
  SbFixture f = { 0, };
  g_autofree char *big = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SbResponse) first_page = NULL;
  g_autoptr(JsonObject) object = NULL;
  guint total;

  start_with (&f, configure_scale);
  total = list_all (&f, "upcoming") + list_all (&f, "past") + list_all (&f, "draft") + list_all (&f, "cancelled");
  /* 10,000 generated + 8 hosted sample events + the one with the tickets. */
  g_assert_cmpuint (total, ==, 10000 + 8 + 1);

  big = evd_sandbox_server_find_event_id (f.server, "TechCorp All-Hands (sample registrations)");
  g_assert_nonnull (big);
  g_assert_cmpuint (evd_sandbox_server_count_tickets (f.server, big, NULL), ==, 100000);
  path = g_strdup_printf ("/zoom_events/events/%s/tickets?page_size=300", big);
  first_page = sb_api (&f, "GET", path, NULL);
  object = sb_object (first_page);
  g_assert_cmpint (json_object_get_int_member (object, "total_records"), ==, 100000);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "tickets")), ==, 300);
  sb_fixture_teardown (&f, NULL);
}

static void
test_program (void)
{
  const char *root = g_getenv ("EVD_BUILD_ROOT");
  g_autofree char *program = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GHashTable) env = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(SoupSession) session = NULL;
  g_autofree char *token = NULL;

  if (root == NULL)
    {
      g_test_skip ("EVD_BUILD_ROOT is not set");
      return;
    }

  program = g_build_filename (root, "src", "cli", "eventdesk-sandbox", NULL);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, program, "--port", "0", "--seed", "7", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));

  while (g_hash_table_size (env) < 5)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      char *equals;

      g_assert_no_error (error);
      g_assert_nonnull (line);
      g_assert_true (g_str_has_prefix (line, "export EVENTDESK_"));
      equals = strchr (line, '=');
      g_assert_nonnull (equals);
      g_hash_table_insert (env, g_strndup (line + 7, equals - line - 7), g_strdup (equals + 1));
    }

  g_assert_cmpstr (g_hash_table_lookup (env, "EVENTDESK_ACCOUNT_ID"), ==, EVD_SANDBOX_ACCOUNT_ID);
  g_assert_cmpstr (g_hash_table_lookup (env, "EVENTDESK_CLIENT_ID"), ==, EVD_SANDBOX_CLIENT_ID);
  g_assert_cmpstr (g_hash_table_lookup (env, "EVENTDESK_CLIENT_SECRET"), ==, EVD_SANDBOX_CLIENT_SECRET);
  g_assert_true (g_str_has_suffix (g_hash_table_lookup (env, "EVENTDESK_API_URL"), "/v2"));

  session = soup_session_new ();
  token = sb_fetch_token (session, g_hash_table_lookup (env, "EVENTDESK_OAUTH_URL"));
  g_assert_nonnull (token);

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox-faults/rate-limit", test_rate_limit);
  g_test_add_func ("/sandbox-faults/daily-limit", test_daily_limit);
  g_test_add ("/sandbox-faults/5xx", SbFixture, NULL, sb_fixture_setup, test_fault_5xx, sb_fixture_teardown);
  g_test_add ("/sandbox-faults/cut-short", SbFixture, NULL, sb_fixture_setup, test_fault_cut_short, sb_fixture_teardown);
  g_test_add ("/sandbox-faults/drop-tickets", SbFixture, NULL, sb_fixture_setup, test_fault_drop_tickets, sb_fixture_teardown);
  g_test_add ("/sandbox-faults/queue-status", SbFixture, NULL, sb_fixture_setup, test_queue_status, sb_fixture_teardown);
  g_test_add_func ("/sandbox-faults/latency", test_latency);
  g_test_add_func ("/sandbox-faults/state-file", test_state_file);
  g_test_add_func ("/sandbox-faults/scale", test_scale);
  g_test_add_func ("/sandbox-faults/program", test_program);

  return g_test_run ();
}
