/* test-cli.c: eventdesk-cli, run as scripts run it, against eventdesk-sandbox
 *
 * Starts `eventdesk-sandbox --port 0`, reads the export lines it prints, and
 * runs `eventdesk-cli` with them in its environment, checking stdout, stderr
 * and the exit status of each command of the tutorial's flow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#ifdef __linux__
# include <sys/prctl.h>
#endif

#include "evd-client.h"
#include "evd-credential-store.h"

static const char * const export_names[] = {
  "EVENTDESK_API_URL", "EVENTDESK_OAUTH_URL",
  "EVENTDESK_ACCOUNT_ID", "EVENTDESK_CLIENT_ID", "EVENTDESK_CLIENT_SECRET",
};

static GSubprocess *sandbox;
static GHashTable  *sandbox_env;  /* name → value, from the export lines */
static char        *tmp_dir;

typedef struct
{
  int    status;
  char  *out;
  gsize  out_len;
  char  *err;
} CliRun;

static void
cli_run_free (CliRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliRun, cli_run_free)

static char *
build_path (const char *relative)
{
  const char *root = g_getenv ("EVD_BUILD_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

/* --- The sandbox -------------------------------------------------------- */

static char *
unquote (const char *value)
{
  gsize len = strlen (value);

  if (len >= 2 && (value[0] == '\'' || value[0] == '"') && value[len - 1] == value[0])
    return g_strndup (value + 1, len - 2);
  return g_strdup (value);
}

/* A failed assertion aborts this process; the sandbox must not outlive it
 * and keep meson waiting on its pipes. */
static void
die_with_parent (gpointer user_data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

static void
start_sandbox (void)
{
  g_autofree char *program = build_path ("src/cli/eventdesk-sandbox");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  sandbox = g_subprocess_launcher_spawn (launcher, &error, program, "--port", "0", NULL);
  g_assert_no_error (error);

  sandbox_env = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (sandbox));
  while (g_hash_table_size (sandbox_env) < G_N_ELEMENTS (export_names))
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
      const char *assignment;
      const char *equals;

      g_assert_no_error (error);
      g_assert_nonnull (line);  /* the sandbox stopped before printing them all */
      if (!g_str_has_prefix (line, "export "))
        continue;
      assignment = line + strlen ("export ");
      equals = strchr (assignment, '=');
      g_assert_nonnull (equals);
      g_hash_table_insert (sandbox_env, g_strndup (assignment, equals - assignment), unquote (equals + 1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (export_names); i++)
    g_assert_true (g_hash_table_contains (sandbox_env, export_names[i]));
}

static void
stop_sandbox (void)
{
  g_subprocess_send_signal (sandbox, SIGTERM);
  g_subprocess_wait (sandbox, NULL, NULL);
  g_clear_object (&sandbox);
  g_clear_pointer (&sandbox_env, g_hash_table_unref);
}

/* --- Running the CLI ---------------------------------------------------- */

static char *
bytes_to_string (GBytes *bytes)
{
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    return g_strdup ("");
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @env: NULL-terminated name, value pairs over the sandbox's exports; a
 * NULL value removes the variable. */
static CliRun *
run_cli_full (const char * const *env,
              const char         *input,
              const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) stdin_bytes = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  CliRun *run = g_new0 (CliRun, 1);
  GHashTableIter iter;
  gpointer name, value;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, tmp_dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_hash_table_iter_init (&iter, sandbox_env);
  while (g_hash_table_iter_next (&iter, &name, &value))
    g_subprocess_launcher_setenv (launcher, name, value, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    {
      if (env[i + 1] != NULL)
        g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
      else
        g_subprocess_launcher_unsetenv (launcher, env[i]);
    }

  g_ptr_array_add (argv, build_path ("src/cli/eventdesk-cli"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  stdin_bytes = g_bytes_new (input != NULL ? input : "", input != NULL ? strlen (input) : 0);
  g_subprocess_communicate (process, stdin_bytes, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (out);
  run->out_len = out != NULL ? g_bytes_get_size (out) : 0;
  run->err = bytes_to_string (err);
  g_test_message ("eventdesk-cli %s → %d\nstdout: %s\nstderr: %s",
                  args[0] != NULL ? args[0] : "", run->status, run->out, run->err);
  return run;
}

#define run_cli(...) run_cli_full (NULL, NULL, (const char * const[]) { __VA_ARGS__, NULL })
#define run_cli_env(env, ...) run_cli_full ((env), NULL, (const char * const[]) { __VA_ARGS__, NULL })

static void
assert_success (CliRun *run)
{
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpint (run->status, ==, 0);
}

/* Exit 1, nothing on stdout, and exactly one plain line on stderr. */
static void
assert_failure_line (CliRun     *run,
                     const char *expected_part)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "eventdesk-cli: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (expected_part != NULL)
    g_assert_nonnull (strstr (run->err, expected_part));
}

static void
assert_usage_error (CliRun     *run,
                    const char *command)
{
  g_autofree char *usage = g_strdup_printf ("eventdesk-cli %s", command);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "Usage:"));
  g_assert_nonnull (strstr (run->err, usage));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static JsonArray *
parse_json_array (const char *text)
{
  g_autoptr(JsonNode) node = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_array_ref (json_node_get_array (node));
}

static JsonObject *
parse_json_object (const char *text)
{
  g_autoptr(JsonNode) node = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static JsonObject *
find_by_member (JsonArray  *array,
                const char *member,
                const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        return object;
    }
  return NULL;
}

static char *
marketing_hub_id (void)
{
  g_autoptr(CliRun) run = run_cli ("hubs", "--json");
  g_autoptr(JsonArray) hubs = NULL;
  JsonObject *hub;

  assert_success (run);
  hubs = parse_json_array (run->out);
  hub = find_by_member (hubs, "name", "Marketing Events Hub");
  g_assert_nonnull (hub);
  return g_strdup (json_object_get_string_member (hub, "hub_id"));
}

/* The body of step 3.2 of the tutorial, thirty days from now. Zoom requires
 * a description, which the tutorial leaves out. */
static char *
phoenix_body (const char *hub_id,
              const char *attendance_type)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 30);
  g_autoptr(GDateTime) start = g_date_time_new_utc (g_date_time_get_year (day), g_date_time_get_month (day),
                                                    g_date_time_get_day_of_month (day), 18, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 90);
  g_autofree char *start_text = g_date_time_format (start, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *end_text = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");

  return g_strdup_printf ("{\n"
                          "  \"hub_id\": \"%s\",\n"
                          "  \"name\": \"Introducing Project Phoenix\",\n"
                          "  \"description\": \"TechCorp's product launch webinar.\",\n"
                          "  \"timezone\": \"America/Los_Angeles\",\n"
                          "  \"event_type\": \"SIMPLE_EVENT\",\n"
                          "  \"access_level\": \"PRIVATE_UNRESTRICTED\",\n"
                          "  \"meeting_type\": \"WEBINAR\",\n"
                          "  \"attendance_type\": \"%s\",\n"
                          "  \"calendar\": [\n"
                          "    { \"start_time\": \"%s\", \"end_time\": \"%s\" }\n"
                          "  ],\n"
                          "  \"tagline\": \"The future of product analytics starts here\"\n"
                          "}\n",
                          hub_id, attendance_type, start_text, end_text);
}

static char *
write_temp_file (const char *name,
                 const char *contents)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static guint
count_events (const char *hub_id)
{
  g_autoptr(CliRun) run = run_cli ("events", hub_id, "--json");
  g_autoptr(JsonArray) events = NULL;

  assert_success (run);
  events = parse_json_array (run->out);
  return json_array_get_length (events);
}

static char *
create_phoenix (const char *hub_id)
{
  g_autofree char *body = phoenix_body (hub_id, "virtual");
  g_autofree char *path = write_temp_file ("phoenix.json", body);
  g_autoptr(CliRun) run = run_cli ("create-event", path);
  g_autoptr(GRegex) id_line = g_regex_new ("^[A-Za-z0-9_-]+\n$", 0, 0, NULL);

  assert_success (run);
  /* Nothing but the id, so `id=$(eventdesk-cli create-event …)` works */
  g_assert_true (g_regex_match (id_line, run->out, 0, NULL));
  return g_strndup (run->out, strlen (run->out) - 1);
}

/* --- Registrations, added through the API as the importer will --------- */

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
register_attendees (const char *event_id)
{
  g_autoptr(EvdAuth) auth = evd_auth_new (g_hash_table_lookup (sandbox_env, "EVENTDESK_ACCOUNT_ID"),
                                          g_hash_table_lookup (sandbox_env, "EVENTDESK_CLIENT_ID"),
                                          g_hash_table_lookup (sandbox_env, "EVENTDESK_CLIENT_SECRET"),
                                          g_hash_table_lookup (sandbox_env, "EVENTDESK_OAUTH_URL"));
  g_autoptr(EvdClient) client = evd_client_new (auth, g_hash_table_lookup (sandbox_env, "EVENTDESK_API_URL"));
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(EvdTicketBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  EvdTicket *sarah = evd_ticket_new ();
  EvdTicket *mallory = evd_ticket_new ();

  evd_ticket_set_email (sarah, "sarah.chen@techcorp.com");
  evd_ticket_set_first_name (sarah, "Sarah");
  evd_ticket_set_last_name (sarah, "Chen, PhD");
  evd_ticket_set_external_ticket_id (sarah, "crm-1");
  g_ptr_array_add (tickets, sarah);

  /* What an attendee typed into a form must not run in a spreadsheet. */
  evd_ticket_set_email (mallory, "mallory@example.com");
  evd_ticket_set_first_name (mallory, "=HYPERLINK(\"http://x\")");
  evd_ticket_set_last_name (mallory, "Q");
  evd_ticket_set_external_ticket_id (mallory, "crm-2");
  g_ptr_array_add (tickets, mallory);

  evd_client_create_tickets_async (client, event_id, tickets, "eventdesk-test", NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  batch = evd_client_create_tickets_finish (client, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (batch);
}

/* --- Tests -------------------------------------------------------------- */

static void
test_usage (void)
{
  g_autoptr(CliRun) none = run_cli_full (NULL, NULL, (const char * const[]) { NULL });
  g_autoptr(CliRun) help = run_cli ("--help");
  g_autoptr(CliRun) help_word = run_cli ("help");
  g_autoptr(CliRun) unknown = run_cli ("frobnicate");
  g_autoptr(CliRun) events_help = run_cli ("events", "--help");
  g_autoptr(CliRun) help_tickets = run_cli ("help", "tickets");
  g_autoptr(CliRun) missing = run_cli ("events");
  g_autoptr(CliRun) extra = run_cli ("event", "a", "b");
  g_autoptr(CliRun) bad_option = run_cli ("hubs", "--frobnicate");
  g_autoptr(CliRun) hubs_extra = run_cli ("hubs", "extra");
  g_autoptr(CliRun) create_missing = run_cli ("create-event");
  g_autoptr(CliRun) csv_missing = run_cli ("tickets", "x", "--csv");
  const char *commands[] = { "hubs", "events", "event", "create-event", "publish", "sessions", "ticket-types", "tickets" };

  g_assert_cmpint (none->status, ==, 2);
  g_assert_cmpstr (none->out, ==, "");
  g_assert_nonnull (strstr (none->err, "Usage: eventdesk-cli COMMAND"));

  assert_success (help);
  assert_success (help_word);
  g_assert_cmpstr (help->out, ==, help_word->out);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *listed = g_strdup_printf ("\n  %s ", commands[i]);
      g_autoptr(CliRun) command_help = run_cli (commands[i], "--help");

      g_assert_nonnull (strstr (help->out, listed));
      assert_success (command_help);
      g_assert_nonnull (strstr (command_help->out, "--json"));
    }

  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_cmpstr (unknown->out, ==, "");
  g_assert_nonnull (strstr (unknown->err, "frobnicate"));
  g_assert_nonnull (strstr (unknown->err, "Usage:"));

  assert_success (events_help);
  g_assert_nonnull (strstr (events_help->out, "eventdesk-cli events"));
  g_assert_nonnull (strstr (events_help->out, "HUB_ID"));
  assert_success (help_tickets);
  g_assert_nonnull (strstr (help_tickets->out, "--csv"));

  assert_usage_error (missing, "events");
  assert_usage_error (extra, "event");
  assert_usage_error (bad_option, "hubs");
  g_assert_nonnull (strstr (bad_option->err, "--frobnicate"));
  assert_usage_error (hubs_extra, "hubs");
  assert_usage_error (create_missing, "create-event");
  assert_usage_error (csv_missing, "tickets");
}

static void
test_hubs (void)
{
  g_autoptr(CliRun) json = run_cli ("hubs", "--json");
  g_autoptr(CliRun) table = run_cli ("hubs");
  g_autoptr(JsonArray) hubs = NULL;
  JsonObject *marketing;

  assert_success (json);
  hubs = parse_json_array (json->out);
  g_assert_cmpuint (json_array_get_length (hubs), >=, 2);
  marketing = find_by_member (hubs, "name", "Marketing Events Hub");
  g_assert_nonnull (marketing);
  g_assert_nonnull (find_by_member (hubs, "name", "Product Training Hub"));
  /* Zoom's objects as Zoom sent them, not a digest */
  g_assert_true (json_object_has_member (marketing, "hub_id"));
  g_assert_true (json_object_has_member (marketing, "public_url"));

  assert_success (table);
  g_assert_true (g_str_has_prefix (table->out, "Name"));
  g_assert_nonnull (strstr (table->out, "Marketing Events Hub"));
  g_assert_nonnull (strstr (table->out, json_object_get_string_member (marketing, "hub_id")));
}

static void
test_tutorial_flow (void)
{
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *event_id = NULL;
  g_autofree char *csv_path = g_build_filename (tmp_dir, "out.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(JsonObject) event = NULL;
  g_autoptr(JsonArray) events = NULL;
  g_autoptr(JsonArray) types = NULL;
  g_autoptr(JsonArray) tickets = NULL;
  g_autoptr(JsonArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  gsize csv_len;

  /* 3.2 Create the event (draft status) */
  event_id = create_phoenix (hub_id);

  /* 3.3 Verify the event */
  {
    g_autoptr(CliRun) run = run_cli ("event", event_id, "--json");

    assert_success (run);
    event = parse_json_object (run->out);
    g_assert_cmpstr (json_object_get_string_member (event, "event_id"), ==, event_id);
    g_assert_cmpstr (json_object_get_string_member (event, "status"), ==, "DRAFT");
    g_assert_cmpstr (json_object_get_string_member (event, "name"), ==, "Introducing Project Phoenix");
    g_assert_cmpstr (json_object_get_string_member (event, "attendance_type"), ==, "virtual");
  }
  {
    g_autoptr(CliRun) run = run_cli ("event", event_id);

    assert_success (run);
    g_assert_nonnull (strstr (run->out, "Introducing Project Phoenix"));
    g_assert_nonnull (strstr (run->out, "Status:"));
    g_assert_nonnull (strstr (run->out, "Draft"));
    g_assert_nonnull (strstr (run->out, "America/Los_Angeles"));
  }
  {
    g_autoptr(CliRun) run = run_cli ("events", hub_id, "--json");
    g_autoptr(CliRun) table = run_cli ("events", hub_id);

    assert_success (run);
    events = parse_json_array (run->out);
    g_assert_nonnull (find_by_member (events, "event_id", event_id));
    /* Every status: the sample hub also has published events */
    g_assert_nonnull (find_by_member (events, "status", "PUBLISHED"));
    for (guint i = 0; i < json_array_get_length (events); i++)
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, i), "hub_id"), ==, hub_id);

    assert_success (table);
    g_assert_true (g_str_has_prefix (table->out, "Name"));
    g_assert_nonnull (strstr (table->out, "Introducing Project Phoenix"));
    g_assert_nonnull (strstr (table->out, "Single session"));
    g_assert_nonnull (strstr (table->out, event_id));
  }

  /* Step 5 before step 4: Zoom refuses tickets on a draft */
  {
    g_autoptr(CliRun) run = run_cli ("ticket-types", event_id, "--json");

    assert_success (run);
  }

  /* Step 4: publish */
  {
    g_autoptr(CliRun) run = run_cli ("publish", event_id);
    g_autoptr(CliRun) shown = run_cli ("event", event_id);
    g_autoptr(CliRun) json = run_cli ("event", event_id, "--json");
    g_autoptr(JsonObject) published = NULL;

    assert_success (run);
    g_assert_nonnull (strstr (run->out, event_id));
    assert_success (shown);
    g_assert_nonnull (strstr (shown->out, "Published"));
    assert_success (json);
    published = parse_json_object (json->out);
    g_assert_cmpstr (json_object_get_string_member (published, "status"), ==, "PUBLISHED");
  }

  /* 5.1 The default ticket type */
  {
    g_autoptr(CliRun) run = run_cli ("ticket-types", event_id, "--json");
    g_autoptr(CliRun) table = run_cli ("ticket-types", event_id);
    JsonObject *first;

    assert_success (run);
    types = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (types), >=, 1);
    first = json_array_get_object_element (types, 0);
    g_assert_true (json_object_has_member (first, "ticket_type_id"));
    g_assert_true (json_object_has_member (first, "name"));

    assert_success (table);
    g_assert_nonnull (strstr (table->out, json_object_get_string_member (first, "ticket_type_id")));
  }

  /* Sessions: a single-session event has its one */
  {
    g_autoptr(CliRun) run = run_cli ("sessions", event_id, "--json");

    assert_success (run);
    sessions = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (sessions), ==, 1);
  }

  /* No registrations yet: an empty array, and a sentence for people */
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--json");
    g_autoptr(CliRun) table = run_cli ("tickets", event_id);
    g_autoptr(JsonArray) none = NULL;

    assert_success (run);
    none = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (none), ==, 0);
    assert_success (table);
    g_assert_cmpstr (table->out, !=, "");
  }

  /* 5.2 Pre-register, then list and save them */
  register_attendees (event_id);
  {
    g_autoptr(CliRun) run = run_cli ("tickets", event_id, "--json");
    g_autoptr(CliRun) table = run_cli ("tickets", event_id);
    g_autoptr(CliRun) saved = run_cli ("tickets", event_id, "--csv", "out.csv");
    JsonObject *sarah;

    assert_success (run);
    tickets = parse_json_array (run->out);
    g_assert_cmpuint (json_array_get_length (tickets), ==, 2);
    sarah = find_by_member (tickets, "email", "sarah.chen@techcorp.com");
    g_assert_nonnull (sarah);
    g_assert_true (json_object_has_member (sarah, "event_join_link"));

    assert_success (table);
    g_assert_nonnull (strstr (table->out, "sarah.chen@techcorp.com"));
    g_assert_nonnull (strstr (table->out, "Sarah Chen, PhD"));

    assert_success (saved);
    g_assert_nonnull (strstr (saved->out, "out.csv"));
  }

  g_file_get_contents (csv_path, &csv, &csv_len, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "ticket_id,email,first_name,last_name,"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  /* Every line ends in CRLF: no bare LF anywhere */
  for (gsize i = 0; i < csv_len; i++)
    if (csv[i] == '\n')
      g_assert_cmpint (csv[i - 1], ==, '\r');
  g_assert_nonnull (strstr (csv, ",sarah.chen@techcorp.com,Sarah,\"Chen, PhD\","));
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"http://x\"\")\",Q,"));
  g_assert_nonnull (strstr (csv, ",crm-1,"));
}

static void
test_create_event_input (void)
{
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *body = phoenix_body (hub_id, "virtual");
  g_autofree char *broken = write_temp_file ("broken.json", "{\n  \"name\": \"Phoenix\",\n  \"hub_id\" \"x\"\n}\n");
  g_autofree char *array = write_temp_file ("array.json", "[]");
  g_autofree char *empty = write_temp_file ("empty.json", "");
  guint before = count_events (hub_id);
  g_autoptr(CliRun) from_stdin = run_cli_full (NULL, body, (const char * const[]) { "create-event", "-", NULL });
  g_autoptr(CliRun) bad = run_cli ("create-event", broken);
  g_autoptr(CliRun) not_object = run_cli ("create-event", array);
  g_autoptr(CliRun) nothing = run_cli ("create-event", empty);
  g_autoptr(CliRun) missing = run_cli ("create-event", "no-such-file.json");
  g_autoptr(CliRun) as_json = NULL;
  g_autoptr(JsonObject) created = NULL;
  g_autofree char *path = write_temp_file ("phoenix-json.json", body);

  /* - reads standard input */
  assert_success (from_stdin);
  g_assert_cmpuint (strlen (from_stdin->out), >, 1);

  /* A file that is not JSON: where, in words, before anything is sent */
  assert_failure_line (bad, "line 3");
  g_assert_nonnull (strstr (bad->err, "broken.json"));
  g_assert_nonnull (strstr (bad->err, "column"));
  assert_failure_line (not_object, "JSON object");
  assert_failure_line (nothing, "empty");
  assert_failure_line (missing, "no-such-file.json");

  /* --json prints the created event */
  as_json = run_cli ("create-event", path, "--json");
  assert_success (as_json);
  created = parse_json_object (as_json->out);
  g_assert_cmpstr (json_object_get_string_member (created, "name"), ==, "Introducing Project Phoenix");
  g_assert_true (json_object_has_member (created, "event_id"));

  g_assert_cmpuint (count_events (hub_id), ==, before + 2);
}

/* The tutorial writes "VIRTUAL"; Zoom's enum is lower case. The CLI sends
 * the body as it is, so what Zoom (here the sandbox) says is what the
 * script sees, on one line, and no event is made. */
static void
test_create_event_upper_case_virtual (void)
{
  g_autofree char *hub_id = marketing_hub_id ();
  g_autofree char *body = phoenix_body (hub_id, "VIRTUAL");
  g_autofree char *path = write_temp_file ("phoenix-upper.json", body);
  guint before = count_events (hub_id);
  g_autoptr(CliRun) run = run_cli ("create-event", path);

  assert_failure_line (run, "attendance_type");
  g_assert_cmpuint (count_events (hub_id), ==, before);
}

static void
test_not_found (void)
{
  g_autoptr(CliRun) events = run_cli ("events", "no-such-hub");
  g_autoptr(CliRun) event = run_cli ("event", "no-such-event");
  g_autoptr(CliRun) event_json = run_cli ("event", "no-such-event", "--json");
  g_autoptr(CliRun) publish = run_cli ("publish", "no-such-event");
  g_autoptr(CliRun) sessions = run_cli ("sessions", "no-such-event");
  g_autoptr(CliRun) types = run_cli ("ticket-types", "no-such-event");
  g_autoptr(CliRun) tickets = run_cli ("tickets", "no-such-event");

  assert_failure_line (events, "no-such-hub");
  assert_failure_line (event, NULL);
  assert_failure_line (event_json, NULL);
  assert_failure_line (publish, NULL);
  assert_failure_line (sessions, NULL);
  assert_failure_line (types, NULL);
  assert_failure_line (tickets, NULL);
}

static void
test_wrong_secret (void)
{
  const char *env[] = { "EVENTDESK_CLIENT_SECRET", "not-the-secret-4711", NULL };
  g_autoptr(CliRun) run = run_cli_env (env, "hubs");

  assert_failure_line (run, NULL);
  g_assert_null (strstr (run->err, "not-the-secret-4711"));
}

static void
test_partial_environment (void)
{
  const char *env[] = { "EVENTDESK_CLIENT_ID", NULL, NULL };
  g_autoptr(CliRun) run = run_cli_env (env, "hubs");

  assert_failure_line (run, "EVENTDESK_CLIENT_ID");
  g_assert_null (strstr (run->err, g_hash_table_lookup (sandbox_env, "EVENTDESK_CLIENT_SECRET")));
}

static void
test_unreachable (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *api_url = NULL;
  g_autofree char *oauth_url = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliRun) run = NULL;
  guint port;

  /* A port that was free a moment ago answers nothing. */
  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  api_url = g_strdup_printf ("http://127.0.0.1:%u/v2", port);
  oauth_url = g_strdup_printf ("http://127.0.0.1:%u/oauth/token", port);
  {
    const char *env[] = { "EVENTDESK_API_URL", api_url, "EVENTDESK_OAUTH_URL", oauth_url, NULL };

    run = run_cli_env (env, "hubs");
  }
  assert_failure_line (run, NULL);
}

static void
store_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
save_to_keyring (EvdCredentials *credentials)
{
  g_autoptr(EvdCredentialStore) store = evd_credential_store_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (credentials != NULL)
    evd_credential_store_save_async (store, credentials, NULL, store_done_cb, &result);
  else
    evd_credential_store_clear_async (store, NULL, store_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (credentials != NULL)
    evd_credential_store_save_finish (store, result, &error);
  else
    evd_credential_store_clear_finish (store, result, &error);
  g_assert_no_error (error);
}

/* Without EVENTDESK_* credentials the CLI uses what the app saved. */
static void
test_keyring_fallback (void)
{
  const char *env[] = {
    "EVENTDESK_ACCOUNT_ID", NULL, "EVENTDESK_CLIENT_ID", NULL, "EVENTDESK_CLIENT_SECRET", NULL, NULL
  };
  g_autoptr(EvdCredentials) credentials = NULL;
  g_autoptr(CliRun) nothing = NULL;
  g_autoptr(CliRun) saved = NULL;
  g_autoptr(JsonArray) hubs = NULL;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs the keyring of tests/headless.sh");
      return;
    }

  save_to_keyring (NULL);
  nothing = run_cli_env (env, "hubs");
  assert_failure_line (nothing, "EVENTDESK_ACCOUNT_ID");

  credentials = evd_credentials_new (g_hash_table_lookup (sandbox_env, "EVENTDESK_ACCOUNT_ID"),
                                     g_hash_table_lookup (sandbox_env, "EVENTDESK_CLIENT_ID"),
                                     g_hash_table_lookup (sandbox_env, "EVENTDESK_CLIENT_SECRET"));
  save_to_keyring (credentials);
  saved = run_cli_env (env, "hubs", "--json");
  assert_success (saved);
  hubs = parse_json_array (saved->out);
  g_assert_nonnull (find_by_member (hubs, "name", "Marketing Events Hub"));

  save_to_keyring (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("eventdesk-cli-XXXXXX", &error);
  g_assert_no_error (error);
  start_sandbox ();

  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/hubs", test_hubs);
  g_test_add_func ("/cli/tutorial-flow", test_tutorial_flow);
  g_test_add_func ("/cli/create-event/input", test_create_event_input);
  g_test_add_func ("/cli/create-event/upper-case-virtual", test_create_event_upper_case_virtual);
  g_test_add_func ("/cli/not-found", test_not_found);
  g_test_add_func ("/cli/wrong-secret", test_wrong_secret);
  g_test_add_func ("/cli/partial-environment", test_partial_environment);
  g_test_add_func ("/cli/unreachable", test_unreachable);
  g_test_add_func ("/cli/keyring-fallback", test_keyring_fallback);

  status = g_test_run ();

  stop_sandbox ();
  /* Only the files this test wrote are in it. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
